// Expressions: the "EXPRESSIONS" and "Primary elements" sections of CPython
// 3.11's Grammar/python.gram, operators by precedence down to the trailers of
// a primary, with the invalid_expression and invalid_named_expression rules.
#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

// Operator precedence levels of the binary operators, lowest first.
bool binary_op(TokenKind k, int& level, BinOpKind& op) {
    switch (k) {
        case TokenKind::VBar: level = 0; op = BinOpKind::BitOr; return true;
        case TokenKind::Circumflex: level = 1; op = BinOpKind::BitXor; return true;
        case TokenKind::Amper: level = 2; op = BinOpKind::BitAnd; return true;
        case TokenKind::LeftShift: level = 3; op = BinOpKind::LShift; return true;
        case TokenKind::RightShift: level = 3; op = BinOpKind::RShift; return true;
        case TokenKind::Plus: level = 4; op = BinOpKind::Add; return true;
        case TokenKind::Minus: level = 4; op = BinOpKind::Sub; return true;
        case TokenKind::Star: level = 5; op = BinOpKind::Mult; return true;
        case TokenKind::Slash: level = 5; op = BinOpKind::Div; return true;
        case TokenKind::DoubleSlash: level = 5; op = BinOpKind::FloorDiv; return true;
        case TokenKind::Percent: level = 5; op = BinOpKind::Mod; return true;
        case TokenKind::At: level = 5; op = BinOpKind::MatMult; return true;
        default: return false;
    }
}

}  // namespace

bool is_comprehension_start(Parser& p) {
    if (p.at_kw("for")) return true;
    if (!p.at_kw("async")) return false;
    const Token& next = p.peek(1);
    return next.kind == TokenKind::Keyword && next.text == "for";
}

// ------------------------------------------------------------------ helpers

bool Parser::at_expression_start() { return starts_expression(peek()); }

bool Parser::starts_expression(const Token& t) {
    switch (t.kind) {
        case TokenKind::Name:
        case TokenKind::Number:
        case TokenKind::String:
        case TokenKind::LPar:
        case TokenKind::LSqb:
        case TokenKind::LBrace:
        case TokenKind::Minus:
        case TokenKind::Plus:
        case TokenKind::Tilde:
        case TokenKind::Ellipsis:
            return true;
        case TokenKind::Keyword:
            return t.text == "not" || t.text == "lambda" || t.text == "await" || t.text == "None" ||
                   t.text == "True" || t.text == "False";
        default:
            return false;
    }
}

// The lookahead !(list | tuple | genexp | 'True' | 'None' | 'False') of
// invalid_named_expression: does the text at `start` begin with a display?
bool Parser::starts_like_display(size_t start) {
    const Token& t = toks_[start];
    if (t.kind == TokenKind::Keyword) return t.text == "True" || t.text == "None" || t.text == "False";
    if (t.kind != TokenKind::LPar && t.kind != TokenKind::LSqb) return false;
    size_t mark = pos_;
    pos_ = start;
    bool result = false;
    try {
        ExprPtr e = atom();
        bool same_start = e->span.line == t.span.line && e->span.col == t.span.col;
        if (t.kind == TokenKind::LPar) {
            result = same_start && (e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp);
        } else {
            result = e->kind == ExprKind::List;
        }
    } catch (const ParseFail&) {
    }
    pos_ = mark;
    return result;
}

// invalid_expression: two expressions in a row inside brackets.
void Parser::check_invalid_expression(size_t start, const Expr& a) {
    const Token& first = toks_[start];
    if (first.kind == TokenKind::Name) {
        if (first.text == "match" || first.text == "case" || first.text == "_") return;
        if (start + 1 < toks_.size() && toks_[start + 1].kind == TokenKind::String) return;
    }
    if (!at_expression_start()) return;
    if (const Name* n = a.as<Name>(); n && (n->id == "print" || n->id == "exec")) return;
    size_t mark = pos_;
    second_pass_ = false;
    quiet_ = true;
    try {
        ExprPtr b = expression();
        second_pass_ = true;
        quiet_ = false;
        if (toks_[pos_ - 1].level > 0) raise_range(a.span, b->span, "invalid syntax. Perhaps you forgot a comma?");
    } catch (const ParseFail&) {
    } catch (...) {
        second_pass_ = true;
        quiet_ = false;
        throw;
    }
    second_pass_ = true;
    quiet_ = false;
    pos_ = mark;
}

// invalid_legacy_expression: NAME !'(' star_expressions, then "Missing
// parentheses" if the name is print or exec. CPython parses the expressions
// whatever the name (which can reach a tokenizer error or raise a nested
// error), so we do too, once per position. For other names we parse only the
// first expression: whoever parses the enclosing construct visits the rest of
// a comma list anyway, and parsing it again from every element is quadratic.
void Parser::check_legacy_expression(size_t start) {
    const Token& t = toks_[start];
    if (t.kind != TokenKind::Name) return;
    if (legacy_checked_.size() < toks_.size()) legacy_checked_.resize(toks_.size(), false);
    if (legacy_checked_[start]) return;
    legacy_checked_[start] = true;
    size_t mark = pos_;
    pos_ = start + 1;
    const Token& next = peek();
    if (next.kind == TokenKind::LPar || (next.kind != TokenKind::Star && !starts_expression(next))) {
        pos_ = mark;
        return;
    }
    try {
        bool legacy = t.text == "print" || t.text == "exec";
        ExprPtr b = legacy ? star_expressions() : star_expression();
        if (legacy) {
            raise_range(t.span, b->span,
                        "Missing parentheses in call to '" + t.text + "'. Did you mean " + t.text + "(...)?");
        }
    } catch (const ParseFail&) {
    }
    pos_ = mark;
}

// invalid_named_expression, entered with `a` parsed from `start` and '=' next.
void Parser::check_invalid_named_expression(size_t start, const Expr& a) {
    if (!at(TokenKind::Equal)) return;
    size_t mark = pos_;
    bool single_name = a.kind == ExprKind::Name && mark - start == 1;
    ExprKind k = a.kind;
    // A parenthesized group is an atom, whatever it holds.
    bool group = toks_[start].kind == TokenKind::LPar && toks_[mark - 1].kind == TokenKind::RPar;
    for (size_t i = start + 1; group && i + 1 < mark; ++i)
        if (toks_[i].level < toks_[start].level) group = false;
    bool bitwise_level = group || (k != ExprKind::BoolOp && k != ExprKind::Compare && k != ExprKind::IfExp &&
                                   k != ExprKind::Lambda && k != ExprKind::NamedExpr && k != ExprKind::Starred &&
                                   k != ExprKind::Yield && k != ExprKind::YieldFrom &&
                                   !(k == ExprKind::UnaryOp && a.as<UnaryOp>()->op == UnaryOpKind::Not));
    if (!single_name && (!bitwise_level || starts_like_display(start))) return;
    advance();
    try {
        ExprPtr b = bitwise_or();
        if (!at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
            if (single_name) raise_range(a.span, b->span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            raise_at(a.span, std::string("cannot assign to ") + expr_name(a) +
                                 " here. Maybe you meant '==' instead of '='?");
        }
    } catch (const ParseFail&) {
    }
    pos_ = mark;
}

// ------------------------------------------------------------------ expression lists

ExprPtr Parser::star_expressions() {
    const Token& start = peek();
    ExprPtr first = star_expression();
    if (!at(TokenKind::Comma)) return first;
    auto t = make<Tuple>(start.span);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!at(TokenKind::Star) && !at_expression_start()) break;
        t->elts.push_back(star_expression());
    }
    t->span = span_from(start);
    return t;
}

ExprPtr Parser::star_expression() {
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        auto s = make<Starred>(star.span);
        s->value = bitwise_or();
        s->span = span_from(star);
        return s;
    }
    return expression();
}

ExprPtr Parser::star_named_expression() {
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        auto s = make<Starred>(star.span);
        s->value = bitwise_or();
        s->span = span_from(star);
        return s;
    }
    return named_expression();
}

ExprPtr Parser::named_expression() {
    size_t start = pos_;
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
        const Token& name = advance();
        advance();
        auto n = make<NamedExpr>(name.span);
        auto target = make<Name>(name.span);
        target->id = name.text;
        target->ctx = Ctx::Store;
        n->target = std::move(target);
        n->value = expression();
        n->span = span_from(name);
        return n;
    }
    ExprPtr e = expression();
    if (second_pass_) {
        if (at(TokenKind::ColonEqual)) {
            size_t mark = pos_;
            advance();
            try {
                expression();
                raise_at(e->span, std::string("cannot use assignment expressions with ") + expr_name(*e));
            } catch (const ParseFail&) {
            }
            pos_ = mark;
        }
        check_invalid_named_expression(start, *e);
    }
    return e;
}

// ------------------------------------------------------------------ operators

ExprPtr Parser::expression() {
    DepthGuard guard(*this);
    size_t start = pos_;
    if (at_kw("lambda")) return lambdef();
    ExprPtr a = disjunction();
    if (second_pass_) {
        // CPython's order: invalid_expression (a missing comma, then a
        // missing else), then invalid_legacy_expression.
        check_invalid_expression(start, *a);
        if (at_kw("if")) {
            size_t mark = pos_;
            advance();
            try {
                ExprPtr test = disjunction();
                if (!at_kw("else") && !at(TokenKind::Colon)) {
                    raise_range(a->span, test->span, "expected 'else' after 'if' expression");
                }
            } catch (const ParseFail&) {
            }
            pos_ = mark;
        }
        check_legacy_expression(start);
    }
    if (!at_kw("if")) return a;
    // Like the PEG rule, fall back to the bare disjunction when the
    // conditional expression does not complete.
    size_t mark = pos_;
    ExprPtr test, orelse;
    try {
        advance();
        test = disjunction();
        if (!at_kw("else")) fail();
        advance();
        orelse = expression();
    } catch (const ParseFail&) {
        pos_ = mark;
        return a;
    }
    auto e = make<IfExp>(a->span);
    e->test = std::move(test);
    e->orelse = std::move(orelse);
    e->span = span_from(toks_[start]);
    e->body = std::move(a);
    return e;
}

// CPython memoizes disjunction: where expression_without_invalid parsed one
// (invalid rules off), later parses at that position reuse the result and so
// run no invalid rules either. quiet_disjunction_ marks those positions.
ExprPtr Parser::disjunction() {
    if (quiet_) {
        if (quiet_disjunction_.size() < toks_.size()) quiet_disjunction_.resize(toks_.size(), false);
        quiet_disjunction_[pos_] = true;
    } else if (second_pass_ && pos_ < quiet_disjunction_.size() && quiet_disjunction_[pos_]) {
        second_pass_ = false;
        try {
            ExprPtr e = disjunction_body();
            second_pass_ = true;
            return e;
        } catch (...) {
            second_pass_ = true;
            throw;
        }
    }
    return disjunction_body();
}

// Like CPython's, spans start at the rule's first token, so a leading
// parenthesized operand counts: `(a) or b` starts at '('.
ExprPtr Parser::disjunction_body() {
    const Token& start = peek();
    ExprPtr a = conjunction();
    if (!at_kw("or")) return a;
    auto b = make<BoolOp>(a->span);
    b->op = BoolOpKind::Or;
    b->values.push_back(std::move(a));
    while (at_kw("or")) {
        size_t mark = pos_;
        advance();
        try {
            b->values.push_back(conjunction());
        } catch (const ParseFail&) {
            pos_ = mark;
            break;
        }
    }
    if (b->values.size() == 1) return std::move(b->values[0]);
    b->span = span_from(start);
    return b;
}

ExprPtr Parser::conjunction() {
    const Token& start = peek();
    ExprPtr a = inversion();
    if (!at_kw("and")) return a;
    auto b = make<BoolOp>(a->span);
    b->op = BoolOpKind::And;
    b->values.push_back(std::move(a));
    while (at_kw("and")) {
        size_t mark = pos_;
        advance();
        try {
            b->values.push_back(inversion());
        } catch (const ParseFail&) {
            pos_ = mark;
            break;
        }
    }
    if (b->values.size() == 1) return std::move(b->values[0]);
    b->span = span_from(start);
    return b;
}

ExprPtr Parser::inversion() {
    if (!at_kw("not")) return comparison();
    DepthGuard guard(*this);
    const Token& t = advance();
    auto u = make<UnaryOp>(t.span);
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    u->span = span_from(t);
    return u;
}

ExprPtr Parser::comparison() {
    const Token& start = peek();
    ExprPtr a = bitwise_or();
    std::unique_ptr<Compare> cmp;
    for (;;) {
        const Token& t = peek();
        CmpOpKind op;
        int width = 1;
        switch (t.kind) {
            case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
            case TokenKind::NotEqual:
                if (t.text != "!=") goto done;  // `<>` only exists for barry_as_FLUFL
                op = CmpOpKind::NotEq;
                break;
            case TokenKind::Less: op = CmpOpKind::Lt; break;
            case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
            case TokenKind::Greater: op = CmpOpKind::Gt; break;
            case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
            case TokenKind::Keyword:
                if (t.text == "in") {
                    op = CmpOpKind::In;
                } else if (t.text == "is") {
                    const Token& n = peek(1);
                    bool is_not = n.kind == TokenKind::Keyword && n.text == "not";
                    op = is_not ? CmpOpKind::IsNot : CmpOpKind::Is;
                    width = is_not ? 2 : 1;
                } else if (t.text == "not") {
                    const Token& n = peek(1);
                    if (n.kind != TokenKind::Keyword || n.text != "in") goto done;
                    op = CmpOpKind::NotIn;
                    width = 2;
                } else {
                    goto done;
                }
                break;
            default:
                goto done;
        }
        size_t mark = pos_;
        for (int i = 0; i < width; ++i) advance();
        ExprPtr right;
        try {
            right = bitwise_or();
        } catch (const ParseFail&) {
            pos_ = mark;
            break;
        }
        if (!cmp) {
            cmp = make<Compare>(a->span);
            cmp->left = std::move(a);
        }
        cmp->ops.push_back(op);
        cmp->comparators.push_back(std::move(right));
    }
done:
    if (!cmp) return a;
    cmp->span = span_from(start);
    return cmp;
}

// Precedence climbing over the binary operators from `|` to `*`: one call
// per precedence level that actually occurs, loops for left associativity.
ExprPtr Parser::binary(int min_level) {
    DepthGuard chain(*this, 0);
    const Token& start = peek();
    ExprPtr left = factor();
    for (;;) {
        int level;
        BinOpKind op;
        if (!binary_op(peek().kind, level, op) || level < min_level) break;
        size_t mark = pos_;
        advance();
        ExprPtr right;
        try {
            right = binary(level + 1);
        } catch (const ParseFail&) {
            pos_ = mark;
            break;
        }
        auto b = make<BinOp>(span_from(start));
        b->left = std::move(left);
        b->op = op;
        b->right = std::move(right);
        left = std::move(b);
        add_depth(1);
        ++chain.cost_;
    }
    return left;
}

ExprPtr Parser::factor() {
    TokenKind k = peek().kind;
    if (k != TokenKind::Plus && k != TokenKind::Minus && k != TokenKind::Tilde) return power();
    DepthGuard guard(*this);
    const Token& t = advance();
    auto u = make<UnaryOp>(t.span);
    u->op = k == TokenKind::Plus ? UnaryOpKind::UAdd : k == TokenKind::Minus ? UnaryOpKind::USub : UnaryOpKind::Invert;
    u->operand = factor();
    u->span = span_from(t);
    return u;
}

ExprPtr Parser::power() {
    const Token& start = peek();
    ExprPtr a = await_primary();
    if (!at(TokenKind::DoubleStar)) return a;
    DepthGuard guard(*this);
    size_t mark = pos_;
    advance();
    ExprPtr b;
    try {
        b = factor();
    } catch (const ParseFail&) {
        pos_ = mark;
        return a;
    }
    auto e = make<BinOp>(span_from(start));
    e->left = std::move(a);
    e->op = BinOpKind::Pow;
    e->right = std::move(b);
    return e;
}

ExprPtr Parser::await_primary() {
    if (!at_kw("await")) return primary();
    const Token& t = advance();
    auto a = make<Await>(t.span);
    a->value = primary();
    a->span = span_from(t);
    return a;
}

ExprPtr Parser::primary() {
    const Token& start = peek();
    return primary_tail(atom(), start);
}

ExprPtr Parser::primary_tail(ExprPtr e, const Token& start) {
    DepthGuard chain(*this, 0);
    for (;;) {
        // Each trailer is all or nothing, as in the PEG rule `primary`.
        size_t mark = pos_;
        try {
            if (at(TokenKind::Dot)) {
                advance();
                const Token& name = expect(TokenKind::Name);
                auto a = make<Attribute>(span_from(start));
                a->value = std::move(e);
                a->attr = name.text;
                e = std::move(a);
            } else if (at(TokenKind::LPar)) {
                advance();
                auto c = make<Call>(e->span);
                if (!at(TokenKind::RPar)) call_arguments(*c);
                expect(TokenKind::RPar);
                c->func = std::move(e);
                c->span = span_from(start);
                e = std::move(c);
            } else if (at(TokenKind::LSqb)) {
                advance();
                auto s = make<Subscript>(e->span);
                s->slice = slices();
                expect(TokenKind::RSqb);
                s->value = std::move(e);
                s->span = span_from(start);
                e = std::move(s);
            } else {
                return e;
            }
        } catch (const ParseFail&) {
            pos_ = mark;
            return e;
        }
        add_depth(1);
        ++chain.cost_;
    }
}

ExprPtr Parser::slices() {
    const Token& start = peek();
    auto item = [&]() -> ExprPtr {
        if (at(TokenKind::Star)) {
            const Token& star = advance();
            auto s = make<Starred>(star.span);
            s->value = expression();
            s->span = span_from(star);
            return s;
        }
        return slice();
    };
    ExprPtr first = item();
    // A lone starred item still makes a tuple: `a[*b]` is `a[(*b,)]`.
    if (!at(TokenKind::Comma) && first->kind != ExprKind::Starred) return first;
    auto t = make<Tuple>(start.span);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb)) break;
        t->elts.push_back(item());
    }
    t->span = span_from(start);
    return t;
}

ExprPtr Parser::slice() {
    const Token& start = peek();
    ExprPtr lower;
    if (!at(TokenKind::Colon)) {
        lower = named_expression();
        if (!at(TokenKind::Colon)) return lower;
    }
    advance();
    auto s = make<Slice>(start.span);
    s->lower = std::move(lower);
    if (at_expression_start()) s->upper = expression();
    if (accept(TokenKind::Colon)) {
        if (at_expression_start()) s->step = expression();
    }
    s->span = span_from(start);
    return s;
}

}  // namespace ys::syntax::detail
