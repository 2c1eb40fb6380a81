// Statements: the "GENERAL STATEMENTS", "SIMPLE STATEMENTS" and "COMPOUND
// STATEMENTS" sections of CPython 3.11's Grammar/python.gram, with the
// invalid_* rules that give "expected ':'" and the indentation errors.
#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

bool is_augassign(TokenKind k, BinOpKind& op) {
    switch (k) {
        case TokenKind::PlusEqual: op = BinOpKind::Add; return true;
        case TokenKind::MinEqual: op = BinOpKind::Sub; return true;
        case TokenKind::StarEqual: op = BinOpKind::Mult; return true;
        case TokenKind::AtEqual: op = BinOpKind::MatMult; return true;
        case TokenKind::SlashEqual: op = BinOpKind::Div; return true;
        case TokenKind::PercentEqual: op = BinOpKind::Mod; return true;
        case TokenKind::AmperEqual: op = BinOpKind::BitAnd; return true;
        case TokenKind::VBarEqual: op = BinOpKind::BitOr; return true;
        case TokenKind::CircumflexEqual: op = BinOpKind::BitXor; return true;
        case TokenKind::LeftShiftEqual: op = BinOpKind::LShift; return true;
        case TokenKind::RightShiftEqual: op = BinOpKind::RShift; return true;
        case TokenKind::DoubleStarEqual: op = BinOpKind::Pow; return true;
        case TokenKind::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
        default: return false;
    }
}

}  // namespace

// ------------------------------------------------------------------ statement lists

void Parser::statements(StmtList& out) {
    while (!at(TokenKind::EndMarker) && !at(TokenKind::Dedent)) statement(out);
}

void Parser::statement(StmtList& out) {
    if (StmtPtr s = compound_stmt()) {
        out.push_back(std::move(s));
        return;
    }
    simple_stmts(out);
}

void Parser::simple_stmts(StmtList& out) {
    for (;;) {
        out.push_back(simple_stmt());
        if (!accept(TokenKind::Semi)) break;
        if (at(TokenKind::Newline)) break;
    }
    expect(TokenKind::Newline);
}

ast::StmtList Parser::block(const Token& keyword, const std::string& what) {
    StmtList body;
    if (at(TokenKind::Newline)) {
        advance();
        if (!at(TokenKind::Indent)) {
            if (second_pass_) {
                raise_last("expected an indented block after " + what + " on line " +
                               std::to_string(keyword.span.line),
                           "IndentationError");
            }
            fail();
        }
        advance();
        statements(body);
        expect(TokenKind::Dedent);
        return body;
    }
    simple_stmts(body);
    return body;
}

// The `expected ':'` of the invalid_*_stmt rules: the header parsed but a
// NEWLINE came where the colon belongs.
void Parser::check_compound_colon() {
    if (at(TokenKind::Colon)) return;
    if (second_pass_ && at(TokenKind::Newline)) raise_last("expected ':'");
    fail();
}

// ------------------------------------------------------------------ simple statements

ast::StmtPtr Parser::simple_stmt() {
    const Token& t = peek();
    if (t.kind != TokenKind::Keyword) return expression_stmt();
    const std::string& kw = t.text;
    if (kw == "pass" || kw == "break" || kw == "continue") {
        advance();
        StmtPtr s;
        if (kw == "pass") s = make<Pass>(t.span);
        else if (kw == "break") s = make<Break>(t.span);
        else s = make<Continue>(t.span);
        return s;
    }
    if (kw == "return") {
        advance();
        auto s = make<Return>(t.span);
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) s->value = star_expressions();
        s->span = span_from(t);
        return s;
    }
    if (kw == "raise") {
        advance();
        auto s = make<Raise>(t.span);
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
            s->exc = expression();
            if (accept_kw("from")) s->cause = expression();
        }
        s->span = span_from(t);
        return s;
    }
    if (kw == "global" || kw == "nonlocal") {
        advance();
        std::vector<std::string> names;
        do {
            names.push_back(expect(TokenKind::Name).text);
        } while (accept(TokenKind::Comma));
        if (kw == "global") {
            auto s = make<Global>(span_from(t));
            s->names = std::move(names);
            return s;
        }
        auto s = make<Nonlocal>(span_from(t));
        s->names = std::move(names);
        return s;
    }
    if (kw == "assert") {
        advance();
        auto s = make<Assert>(t.span);
        s->test = expression();
        if (accept(TokenKind::Comma)) s->msg = expression();
        s->span = span_from(t);
        return s;
    }
    if (kw == "del") return del_stmt();
    if (kw == "import") {
        advance();
        auto s = make<Import>(t.span);
        do {
            Alias a;
            const Token& first = expect(TokenKind::Name);
            a.name = first.text;
            while (accept(TokenKind::Dot)) a.name += "." + expect(TokenKind::Name).text;
            if (accept_kw("as")) a.asname = expect(TokenKind::Name).text;
            a.span = span_from(first);
            s->names.push_back(std::move(a));
        } while (accept(TokenKind::Comma));
        s->span = span_from(t);
        return s;
    }
    if (kw == "from") return import_from();
    return expression_stmt();
}

ast::StmtPtr Parser::import_from() {
    const Token& t = advance();
    auto s = make<ImportFrom>(t.span);
    for (;;) {
        if (accept(TokenKind::Dot)) ++s->level;
        else if (accept(TokenKind::Ellipsis)) s->level += 3;
        else break;
    }
    if (at(TokenKind::Name)) {
        s->module = advance().text;
        while (accept(TokenKind::Dot)) s->module += "." + expect(TokenKind::Name).text;
    } else if (s->level == 0) {
        fail();
    }
    expect_kw("import");
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        Alias a;
        a.name = "*";
        a.span = star.span;
        s->names.push_back(std::move(a));
        s->span = span_from(t);
        return s;
    }
    bool parens = accept(TokenKind::LPar);
    for (;;) {
        Alias a;
        const Token& name = expect(TokenKind::Name);
        a.name = name.text;
        if (accept_kw("as")) a.asname = expect(TokenKind::Name).text;
        a.span = span_from(name);
        s->names.push_back(std::move(a));
        if (!accept(TokenKind::Comma)) break;
        if (parens && at(TokenKind::RPar)) break;
        if (!parens && at(TokenKind::Newline)) {
            if (second_pass_) raise_last("trailing comma not allowed without surrounding parentheses");
            fail();
        }
    }
    if (parens) expect(TokenKind::RPar);
    s->span = span_from(t);
    return s;
}

ast::StmtPtr Parser::del_stmt() {
    const Token& t = advance();
    auto s = make<Delete>(t.span);
    size_t start = pos_;
    ExprList items;
    bool ok = true;
    try {
        items.push_back(star_expression());
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
            items.push_back(star_expression());
        }
        ok = at(TokenKind::Newline) || at(TokenKind::Semi);
        for (auto& e : items)
            if (invalid_target(e.get(), TargetsType::Del)) ok = false;
    } catch (const ParseFail&) {
        ok = false;
    }
    if (!ok) {
        if (second_pass_) {
            // invalid_del_stmt: 'del' star_expressions
            pos_ = start;
            ExprPtr e = star_expressions();
            raise_invalid_target(TargetsType::Del, *e);
        }
        fail();
    }
    for (auto& e : items) set_context(*e, Ctx::Del);
    s->targets = std::move(items);
    s->span = span_from(t);
    return s;
}

// Assignments, annotated and augmented assignments, and expression statements:
// the first expression is parsed as an expression, then checked as a target.
ast::StmtPtr Parser::expression_stmt() {
    const Token& first_tok = peek();
    size_t start = pos_;
    ExprPtr first = at_kw("yield") ? yield_expr() : star_expressions();
    if (at(TokenKind::Colon)) return annotated_assignment(first_tok, std::move(first));
    if (at(TokenKind::Equal)) return assignment(first_tok, start, std::move(first));
    BinOpKind op;
    if (is_augassign(peek().kind, op)) return augmented_assignment(first_tok, std::move(first), op);
    auto s = make<ExprStmt>(span_from(first_tok));
    s->value = std::move(first);
    return s;
}

ast::StmtPtr Parser::annotated_assignment(const Token& first_tok, ExprPtr target) {
    ExprKind k = target->kind;
    if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
        if (second_pass_) {
            // invalid_assignment's rules need `':' expression` to follow.
            size_t mark = pos_;
            advance();
            try {
                expression();
            } catch (const ParseFail&) {
                pos_ = mark;
                fail();
            }
            pos_ = mark;
            if (k == ExprKind::Tuple && first_tok.kind != TokenKind::LPar) {
                raise_at(target->as<Tuple>()->elts[0]->span, "only single target (not tuple) can be annotated");
            }
            if (k == ExprKind::Tuple || k == ExprKind::List) {
                raise_at(target->span,
                         std::string("only single target (not ") + expr_name(*target) + ") can be annotated");
            }
            raise_at(target->span, "illegal target for annotation");
        }
        fail();
    }
    advance();
    auto s = make<AnnAssign>(first_tok.span);
    // `simple` is a plain name, not in parentheses.
    s->simple = k == ExprKind::Name && first_tok.kind != TokenKind::LPar;
    set_context(*target, Ctx::Store);
    s->target = std::move(target);
    s->annotation = expression();
    if (accept(TokenKind::Equal)) s->value = at_kw("yield") ? yield_expr() : star_expressions();
    s->span = span_from(first_tok);
    return s;
}

ast::StmtPtr Parser::assignment(const Token& first_tok, size_t start, ExprPtr first) {
    const size_t first_equal = pos_;
    ExprList targets;
    targets.push_back(std::move(first));
    ExprPtr value;
    bool value_failed = false;
    while (accept(TokenKind::Equal)) {
        ExprPtr e;
        try {
            e = at_kw("yield") ? yield_expr() : star_expressions();
        } catch (const ParseFail&) {
            // invalid_assignment only needs `target '='`: check the targets
            // before giving up.
            if (!second_pass_) throw;
            value_failed = true;
            break;
        }
        if (at(TokenKind::Equal)) targets.push_back(std::move(e));
        else value = std::move(e);
    }
    bool ok = !value_failed;
    for (auto& t : targets)
        if (invalid_target(t.get(), TargetsType::Star)) ok = false;
    if (!ok) {
        if (second_pass_) invalid_assignment(first_tok, start, first_equal, targets);
        fail();
    }
    auto s = make<Assign>(first_tok.span);
    for (auto& t : targets) set_context(*t, Ctx::Store);
    s->targets = std::move(targets);
    s->value = std::move(value);
    s->span = span_from(first_tok);
    return s;
}

// The errors CPython finds for a bad assignment, in its order; returns when
// none applies (the generic error stands).
void Parser::invalid_assignment(const Token& first_tok, size_t start, size_t first_equal, const ExprList& targets) {
    size_t end = pos_;
    // invalid_named_expression, reached through invalid_assignment's
    // star_named_expression(s) at the start of the statement: it looks at the
    // expression just before the first '='.
    const Expr* head = targets[0].get();
    size_t head_start = start;
    if (head->kind == ExprKind::Tuple && first_tok.kind != TokenKind::LPar) {
        const ExprList& elts = head->as<Tuple>()->elts;
        head = toks_[first_equal - 1].kind == TokenKind::Comma ? nullptr : elts.back().get();
        while (head && head_start < first_equal &&
               (toks_[head_start].span.line != head->span.line || toks_[head_start].span.col != head->span.col)) {
            ++head_start;
        }
    }
    if (head) {
        pos_ = first_equal;
        check_invalid_named_expression(head_start, *head);
    }
    pos_ = end;
    for (const auto& t : targets) {
        if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) {
            raise_at(t->span, "assignment to yield expression not possible");
        }
        if (invalid_target(t.get(), TargetsType::Star)) raise_invalid_target(TargetsType::Star, *t);
    }
}

ast::StmtPtr Parser::augmented_assignment(const Token& first_tok, ExprPtr target, BinOpKind op) {
    ExprKind k = target->kind;
    if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
        if (second_pass_) {
            raise_at(target->span,
                     std::string("'") + expr_name(*target) + "' is an illegal expression for augmented assignment");
        }
        fail();
    }
    advance();
    auto s = make<AugAssign>(first_tok.span);
    set_context(*target, Ctx::Store);
    s->target = std::move(target);
    s->op = op;
    s->value = at_kw("yield") ? yield_expr() : star_expressions();
    s->span = span_from(first_tok);
    return s;
}

// ------------------------------------------------------------------ compound statements

// Returns null when the next statement is not a compound statement.
ast::StmtPtr Parser::compound_stmt() {
    const Token& t = peek();
    if (t.kind == TokenKind::At) {
        ExprList decorators;
        while (accept(TokenKind::At)) {
            decorators.push_back(named_expression());
            expect(TokenKind::Newline);
        }
        if (at_kw("class")) return class_def(std::move(decorators));
        if (at_kw("def")) return function_def(std::move(decorators), nullptr);
        if (at_kw("async")) {
            const Token& a = advance();
            if (!at_kw("def")) fail();
            return function_def(std::move(decorators), &a);
        }
        fail();
    }
    if (t.kind == TokenKind::Name && t.text == "match") return match_stmt();
    if (t.kind != TokenKind::Keyword) return nullptr;
    const std::string& kw = t.text;
    if (kw == "if") return if_stmt(false);
    if (kw == "while") return while_stmt();
    if (kw == "for") return for_stmt(nullptr);
    if (kw == "with") return with_stmt(nullptr);
    if (kw == "try") return try_stmt();
    if (kw == "def") return function_def({}, nullptr);
    if (kw == "class") return class_def({});
    if (kw == "async") {
        const Token& a = advance();
        if (at_kw("def")) return function_def({}, &a);
        if (at_kw("with")) return with_stmt(&a);
        if (at_kw("for")) return for_stmt(&a);
        fail();
    }
    return nullptr;
}

ast::StmtPtr Parser::if_stmt(bool is_elif) {
    const Token& kw = advance();
    auto s = make<If>(kw.span);
    s->test = named_expression();
    check_compound_colon();
    advance();
    s->body = block(kw, is_elif ? "'elif' statement" : "'if' statement");
    if (at_kw("elif")) {
        s->orelse.push_back(if_stmt(true));
    } else if (at_kw("else")) {
        s->orelse = else_block();
    }
    s->span = stmt_span_from(kw);
    return s;
}

ast::StmtList Parser::else_block() {
    const Token& kw = advance();
    expect_forced(TokenKind::Colon, "':'");
    return block(kw, "'else' statement");
}

ast::StmtPtr Parser::while_stmt() {
    const Token& kw = advance();
    auto s = make<While>(kw.span);
    s->test = named_expression();
    check_compound_colon();
    advance();
    s->body = block(kw, "'while' statement");
    if (at_kw("else")) s->orelse = else_block();
    s->span = stmt_span_from(kw);
    return s;
}

ast::StmtPtr Parser::for_stmt(const Token* async_tok) {
    const Token& kw = advance();
    auto s = make<For>(kw.span);
    s->is_async = async_tok != nullptr;
    size_t after_for = pos_;
    try {
        s->target = star_targets();
        expect_kw("in");
    } catch (const ParseFail&) {
        if (second_pass_) {
            // invalid_for_target: 'for' star_expressions
            pos_ = after_for;
            ExprPtr e = star_expressions();
            raise_invalid_target(TargetsType::For, *e);
        }
        throw;
    }
    s->iter = star_expressions();
    check_compound_colon();
    advance();
    s->body = block(kw, "'for' statement");
    if (at_kw("else")) s->orelse = else_block();
    s->span = stmt_span_from(async_tok ? *async_tok : kw);
    return s;
}

ast::StmtPtr Parser::with_stmt(const Token* async_tok) {
    const Token& kw = advance();
    auto s = make<With>(kw.span);
    s->is_async = async_tok != nullptr;
    auto item = [&](TokenKind close) {
        WithItem w;
        w.context_expr = expression();
        if (at_kw("as")) {
            advance();
            size_t target_start = pos_;
            bool ok = true;
            try {
                w.optional_vars = star_target();
                ok = at(TokenKind::Comma) || at(close) || at(TokenKind::Colon);
                // invalid_with_stmt reports the missing ':' after `as x`.
                if (second_pass_ && at(TokenKind::Newline)) ok = true;
            } catch (const ParseFail&) {
                ok = false;
            }
            if (!ok) {
                if (second_pass_) {
                    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                    pos_ = target_start;
                    ExprPtr e = expression();
                    if (at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon)) {
                        raise_invalid_target(TargetsType::Star, *e);
                    }
                }
                fail();
            }
        }
        return w;
    };
    bool done = false;
    if (at(TokenKind::LPar)) {
        size_t mark = pos_;
        try {
            advance();
            std::vector<WithItem> items;
            items.push_back(item(TokenKind::RPar));
            while (accept(TokenKind::Comma)) {
                if (at(TokenKind::RPar)) break;
                items.push_back(item(TokenKind::RPar));
            }
            expect(TokenKind::RPar);
            check_compound_colon();
            s->items = std::move(items);
            done = true;
        } catch (const ParseFail&) {
            pos_ = mark;
        }
    }
    if (!done) {
        s->items.push_back(item(TokenKind::Colon));
        while (accept(TokenKind::Comma)) s->items.push_back(item(TokenKind::Colon));
        check_compound_colon();
    }
    advance();
    s->body = block(kw, "'with' statement");
    s->span = stmt_span_from(async_tok ? *async_tok : kw);
    return s;
}

ast::StmtPtr Parser::try_stmt() {
    const Token& kw = advance();
    auto s = make<Try>(kw.span);
    expect_forced(TokenKind::Colon, "':'");
    s->body = block(kw, "'try' statement");
    if (!at_kw("except") && !at_kw("finally")) {
        if (second_pass_) raise_last("expected 'except' or 'finally' block");
        fail();
    }
    bool first_handler = true;
    while (at_kw("except")) {
        const Token& ex = advance();
        bool star = false;
        const Token* star_tok = nullptr;
        if (at(TokenKind::Star)) {
            star_tok = &advance();
            star = true;
        }
        if (first_handler) {
            s->is_star = star;
        } else if (star != s->is_star) {
            if (second_pass_) {
                if (star) raise_range(ex.span, star_tok->span, "cannot have both 'except' and 'except*' on the same 'try'");
                raise_at(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            fail();
        }
        first_handler = false;
        ExceptHandler h;
        if (star && (at(TokenKind::Newline) || at(TokenKind::Colon))) {
            if (second_pass_) raise_last("expected one or more exception types");
            fail();
        }
        if (!at(TokenKind::Colon) && !at(TokenKind::Newline)) {
            h.type = expression();
            if (at(TokenKind::Comma)) {
                if (second_pass_) {
                    // invalid_except_stmt: expression ',' expressions ['as' NAME] ':'
                    advance();
                    expression();
                    while (accept(TokenKind::Comma) && at_expression_start()) expression();
                    if (accept_kw("as")) expect(TokenKind::Name);
                    if (at(TokenKind::Colon)) {
                        raise_starting_from(h.type->span, "multiple exception types must be parenthesized");
                    }
                }
                fail();
            }
            if (accept_kw("as")) h.name = expect(TokenKind::Name).text;
        }
        check_compound_colon();
        advance();
        h.span = span_from(ex);
        h.body = block(ex, star ? "'except*' statement" : "'except' statement");
        s->handlers.push_back(std::move(h));
    }
    if (!s->handlers.empty() && at_kw("else")) s->orelse = else_block();
    if (at_kw("finally")) {
        const Token& fin = advance();
        expect_forced(TokenKind::Colon, "':'");
        s->finalbody = block(fin, "'finally' statement");
    }
    s->span = stmt_span_from(kw);
    return s;
}

ast::StmtPtr Parser::function_def(ExprList decorators, const Token* async_tok) {
    const Token& kw = advance();
    auto s = make<FunctionDef>(kw.span);
    s->is_async = async_tok != nullptr;
    s->decorator_list = std::move(decorators);
    const Token& name = expect(TokenKind::Name);
    s->name = name.text;
    s->name_span = name.span;
    expect_forced(TokenKind::LPar, "'('");
    if (!at(TokenKind::RPar)) parameters(s->args, false);
    expect(TokenKind::RPar);
    if (accept(TokenKind::RArrow)) s->returns = expression();
    expect_forced(TokenKind::Colon, "':'");
    s->body = block(kw, "function definition");
    s->span = stmt_span_from(async_tok ? *async_tok : kw);
    return s;
}

ast::StmtPtr Parser::class_def(ExprList decorators) {
    const Token& kw = advance();
    auto s = make<ClassDef>(kw.span);
    s->decorator_list = std::move(decorators);
    const Token& name = expect(TokenKind::Name);
    s->name = name.text;
    s->name_span = name.span;
    if (accept(TokenKind::LPar)) {
        if (!at(TokenKind::RPar)) {
            Call call;
            call_arguments(call, false);
            s->bases = std::move(call.args);
            s->keywords = std::move(call.keywords);
        }
        expect(TokenKind::RPar);
    }
    check_compound_colon();
    advance();
    s->body = block(kw, "class definition");
    s->span = stmt_span_from(kw);
    return s;
}

}  // namespace ys::syntax::detail
