// Atoms: names, numbers, strings, `...`, and the bracketed displays with
// their comprehensions; the "atom", "LITERALS" and "Comprehensions" rules of
// CPython 3.11's Grammar/python.gram with invalid_comprehension and friends.
#include <cstdint>
#include <cstdlib>

#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

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
namespace {

void check_unparenthesized_target(Parser& p, const ExprList& elts, const Token* trailing_comma) {
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

}  // namespace

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
