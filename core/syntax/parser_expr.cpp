// Expressions: the "EXPRESSIONS", "Primary elements", "LITERALS" and
// "Comprehensions" sections of CPython 3.11's Grammar/python.gram, with the
// invalid_expression / invalid_named_expression / invalid_comprehension rules.
#include <cstdlib>

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

// Converts the digits of a non-decimal integer literal to base 10.
std::string to_decimal(std::string_view digits, int base) {
    std::vector<uint32_t> limbs;  // little-endian, base 1e9
    for (char c : digits) {
        if (c == '_') continue;
        uint32_t d = (c >= '0' && c <= '9') ? c - '0' : ((c | 0x20) - 'a' + 10);
        uint64_t carry = d;
        for (uint32_t& limb : limbs) {
            uint64_t v = static_cast<uint64_t>(limb) * base + carry;
            limb = static_cast<uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    if (limbs.empty()) return "0";
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

ExprPtr number_constant(const Token& t) {
    auto c = std::make_unique<Constant>();
    c->span = t.span;
    std::string clean;
    for (char ch : t.text)
        if (ch != '_') clean += ch;
    char last = clean.back();
    bool radix = clean.size() > 1 && clean[0] == '0' &&
                 (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' || clean[1] == 'O' || clean[1] == 'b' ||
                  clean[1] == 'B');
    if (radix) {
        int base = (clean[1] | 0x20) == 'x' ? 16 : (clean[1] | 0x20) == 'o' ? 8 : 2;
        c->value_kind = ConstKind::Int;
        c->text = to_decimal(std::string_view(clean).substr(2), base);
    } else if (last == 'j' || last == 'J') {
        c->value_kind = ConstKind::Complex;
        clean.pop_back();
        c->number = std::strtod(clean.c_str(), nullptr);
    } else if (clean.find_first_of(".eE") != std::string::npos) {
        c->value_kind = ConstKind::Float;
        c->number = std::strtod(clean.c_str(), nullptr);
    } else {
        c->value_kind = ConstKind::Int;
        size_t nz = clean.find_first_not_of('0');
        c->text = nz == std::string::npos ? "0" : clean.substr(nz);
    }
    return c;
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

void Parser::star_named_expressions(ExprList& out, TokenKind close) {
    out.push_back(star_named_expression());
    while (accept(TokenKind::Comma)) {
        if (at(close)) break;
        out.push_back(star_named_expression());
    }
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
    e->span = util::join(a->span, e->orelse->span);
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

ExprPtr Parser::disjunction_body() {
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
    b->span = util::join(b->values.front()->span, b->values.back()->span);
    return b;
}

ExprPtr Parser::conjunction() {
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
    b->span = util::join(b->values.front()->span, b->values.back()->span);
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
    cmp->span = util::join(cmp->left->span, cmp->comparators.back()->span);
    return cmp;
}

// Precedence climbing over the binary operators from `|` to `*`: one call
// per precedence level that actually occurs, loops for left associativity.
ExprPtr Parser::binary(int min_level) {
    DepthGuard chain(*this, 0);
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
        auto b = make<BinOp>(util::join(left->span, right->span));
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
    auto e = make<BinOp>(util::join(a->span, b->span));
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

ExprPtr Parser::primary() { return primary_tail(atom()); }

ExprPtr Parser::primary_tail(ExprPtr e) {
    DepthGuard chain(*this, 0);
    for (;;) {
        // Each trailer is all or nothing, as in the PEG rule `primary`.
        size_t mark = pos_;
        try {
            if (at(TokenKind::Dot)) {
                advance();
                const Token& name = expect(TokenKind::Name);
                auto a = make<Attribute>(util::join(e->span, name.span));
                a->value = std::move(e);
                a->attr = name.text;
                e = std::move(a);
            } else if (at(TokenKind::LPar)) {
                advance();
                auto c = make<Call>(e->span);
                if (!at(TokenKind::RPar)) call_arguments(*c);
                expect(TokenKind::RPar);
                c->func = std::move(e);
                c->span = span_from(c->func->span);
                e = std::move(c);
            } else if (at(TokenKind::LSqb)) {
                advance();
                auto s = make<Subscript>(e->span);
                s->slice = slices();
                expect(TokenKind::RSqb);
                s->value = std::move(e);
                s->span = span_from(s->value->span);
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

// ------------------------------------------------------------------ atoms

ExprPtr Parser::atom() {
    const Token& t = peek();
    switch (t.kind) {
        case TokenKind::Name: {
            advance();
            auto n = make<Name>(t.span);
            n->id = t.text;
            return n;
        }
        case TokenKind::Number:
            advance();
            return number_constant(t);
        case TokenKind::String:
            return strings();
        case TokenKind::Ellipsis: {
            advance();
            auto c = make<Constant>(t.span);
            c->value_kind = ConstKind::Ellipsis;
            return c;
        }
        case TokenKind::LPar:
            return paren_atom();
        case TokenKind::LSqb:
            return bracket_atom();
        case TokenKind::LBrace:
            return brace_atom();
        case TokenKind::Keyword:
            if (t.text == "None" || t.text == "True" || t.text == "False") {
                advance();
                auto c = make<Constant>(t.span);
                c->value_kind = t.text == "None" ? ConstKind::None : t.text == "True" ? ConstKind::True : ConstKind::False;
                return c;
            }
            fail();
        default:
            fail();
    }
}

ExprPtr Parser::paren_atom() {
    const Token& open = advance();
    if (at(TokenKind::RPar)) {
        advance();
        return make<Tuple>(span_from(open));
    }
    if (at_kw("yield")) {
        ExprPtr y = yield_expr();
        expect(TokenKind::RPar);
        return y;
    }
    if (second_pass_ && at(TokenKind::DoubleStar)) {
        // invalid_group: '(' '**' expression ')'
        size_t mark = pos_;
        const Token& stars = advance();
        try {
            expression();
            if (at(TokenKind::RPar)) raise_at(stars, "cannot use double starred expression here");
        } catch (const ParseFail&) {
        }
        pos_ = mark;
    }
    ExprPtr first = star_named_expression();
    if (is_comprehension_start(*this)) {
        if (first->kind == ExprKind::Starred) {
            if (second_pass_) raise_at(first->span, "iterable unpacking cannot be used in comprehension");
            fail();
        }
        auto g = make<GeneratorExp>(open.span);
        g->elt = std::move(first);
        for_if_clauses(g->generators);
        expect(TokenKind::RPar);
        g->span = span_from(open);
        return g;
    }
    if (at(TokenKind::RPar) && first->kind != ExprKind::Starred) {
        advance();
        return first;
    }
    if (!at(TokenKind::Comma)) {
        if (second_pass_ && first->kind == ExprKind::Starred && at(TokenKind::RPar)) {
            raise_at(first->span, "cannot use starred expression here");
        }
        fail();
    }
    auto t = make<Tuple>(open.span);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        t->elts.push_back(star_named_expression());
    }
    expect(TokenKind::RPar);
    t->span = span_from(open);
    return t;
}

// After the elements of a list or set display: invalid_comprehension's
// "did you forget parentheses around the comprehension target?".
static void check_unparenthesized_target(Parser& p, const ExprList& elts, const Token* trailing_comma) {
    if (!p.second_pass() || !is_comprehension_start(p)) return;
    size_t mark = p.pos_;
    try {
        std::vector<Comprehension> gens;
        p.for_if_clauses(gens);
        if (trailing_comma && elts.size() == 1) {
            p.raise_range(elts.front()->span, trailing_comma->span,
                          "did you forget parentheses around the comprehension target?");
        }
        p.raise_range(elts.front()->span, elts.back()->span,
                      "did you forget parentheses around the comprehension target?");
    } catch (const ParseFail&) {
    }
    p.pos_ = mark;
}

ExprPtr Parser::bracket_atom() {
    const Token& open = advance();
    if (at(TokenKind::RSqb)) {
        advance();
        return make<List>(span_from(open));
    }
    ExprPtr first = star_named_expression();
    if (is_comprehension_start(*this)) {
        if (first->kind == ExprKind::Starred) {
            if (second_pass_) raise_at(first->span, "iterable unpacking cannot be used in comprehension");
            fail();
        }
        auto c = make<ListComp>(open.span);
        c->elt = std::move(first);
        for_if_clauses(c->generators);
        expect(TokenKind::RSqb);
        c->span = span_from(open);
        return c;
    }
    auto l = make<List>(open.span);
    l->elts.push_back(std::move(first));
    const Token* comma = nullptr;
    while (at(TokenKind::Comma)) {
        comma = &advance();
        if (at(TokenKind::RSqb) || is_comprehension_start(*this)) break;
        comma = nullptr;
        l->elts.push_back(star_named_expression());
    }
    check_unparenthesized_target(*this, l->elts, comma);
    expect(TokenKind::RSqb);
    l->span = span_from(open);
    return l;
}

ExprPtr Parser::brace_atom() {
    const Token& open = advance();
    if (at(TokenKind::RBrace)) {
        advance();
        return make<Dict>(span_from(open));
    }
    ExprPtr first;
    if (!at(TokenKind::DoubleStar)) {
        bool bare_walrus = at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual;
        first = star_named_expression();
        if (!at(TokenKind::Colon) || first->kind == ExprKind::Starred || bare_walrus) {
            // A set display or set comprehension.
            if (is_comprehension_start(*this)) {
                if (first->kind == ExprKind::Starred) {
                    if (second_pass_) raise_at(first->span, "iterable unpacking cannot be used in comprehension");
                    fail();
                }
                auto c = make<SetComp>(open.span);
                c->elt = std::move(first);
                for_if_clauses(c->generators);
                expect(TokenKind::RBrace);
                c->span = span_from(open);
                return c;
            }
            auto s = make<Set>(open.span);
            s->elts.push_back(std::move(first));
            const Token* comma = nullptr;
            while (at(TokenKind::Comma)) {
                comma = &advance();
                if (at(TokenKind::RBrace) || is_comprehension_start(*this)) break;
                comma = nullptr;
                s->elts.push_back(star_named_expression());
            }
            check_unparenthesized_target(*this, s->elts, comma);
            expect(TokenKind::RBrace);
            s->span = span_from(open);
            return s;
        }
    }
    auto d = make<Dict>(open.span);
    // One key/value pair, or `**mapping` (null key).
    auto pair = [&](ExprPtr key, bool first_pair) {
        if (!key && at(TokenKind::DoubleStar)) {
            const Token& stars = advance();
            ExprPtr v = bitwise_or();
            if (first_pair && is_comprehension_start(*this)) {
                if (second_pass_) raise_at(stars, "dict unpacking cannot be used in dict comprehension");
                fail();
            }
            d->keys.push_back(nullptr);
            d->values.push_back(std::move(v));
            return;
        }
        if (!key) key = expression();
        if (!at(TokenKind::Colon)) {
            if (second_pass_ && !first_pair) {
                raise(std::string("':' expected after dictionary key"), key->span.line, key->span.end_col - 1,
                      key->span.end_line, -1);
            }
            fail();
        }
        const Token& colon = advance();
        if (second_pass_ && at(TokenKind::Star)) {
            const Token& star = advance();
            bitwise_or();
            peek();
            raise_starting_from(star.span, "cannot use a starred expression in a dictionary value");
        }
        if (second_pass_ && (at(TokenKind::RBrace) || at(TokenKind::Comma))) {
            raise_at(colon, "expression expected after dictionary key and ':'");
        }
        d->keys.push_back(std::move(key));
        d->values.push_back(expression());
    };
    pair(std::move(first), true);
    if (d->keys.size() == 1 && d->keys[0] && is_comprehension_start(*this)) {
        auto c = make<DictComp>(open.span);
        c->key = std::move(d->keys[0]);
        c->value = std::move(d->values[0]);
        for_if_clauses(c->generators);
        expect(TokenKind::RBrace);
        c->span = span_from(open);
        return c;
    }
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        pair(nullptr, false);
    }
    expect(TokenKind::RBrace);
    d->span = span_from(open);
    return d;
}

// ------------------------------------------------------------------ yield, lambda, comprehensions

ExprPtr Parser::yield_expr() {
    const Token& t = advance();
    if (accept_kw("from")) {
        auto y = make<YieldFrom>(t.span);
        y->value = expression();
        y->span = span_from(t);
        return y;
    }
    auto y = make<Yield>(t.span);
    if (at(TokenKind::Star) || at_expression_start()) y->value = star_expressions();
    y->span = span_from(t);
    return y;
}

ExprPtr Parser::lambdef() {
    const Token& t = advance();
    auto l = make<Lambda>(t.span);
    if (!at(TokenKind::Colon)) parameters(l->args, true);
    expect(TokenKind::Colon);
    l->body = expression();
    l->span = span_from(t);
    return l;
}

void Parser::for_if_clauses(std::vector<Comprehension>& out) {
    while (is_comprehension_start(*this)) {
        Comprehension c;
        c.is_async = accept_kw("async");
        advance();
        size_t after_for = pos_;
        try {
            c.target = star_targets();
            expect_kw("in");
        } catch (const ParseFail&) {
            if (second_pass_) {
                pos_ = after_for;
                ExprPtr e = star_expressions();
                raise_invalid_target(TargetsType::For, *e);
            }
            throw;
        }
        c.iter = disjunction();
        while (accept_kw("if")) c.ifs.push_back(disjunction());
        out.push_back(std::move(c));
    }
}

}  // namespace ys::syntax::detail
