// The match statement and its patterns: the "Match statement" rules of
// CPython 3.11's Grammar/python.gram (match and case are soft keywords), with
// invalid_match_stmt, invalid_case_block, invalid_as_pattern, invalid_class_pattern.
#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

class PatternParser {
public:
    explicit PatternParser(Parser& p) : p_(p) {}

    // patterns: open_sequence_pattern | pattern
    PatternPtr patterns() {
        const Token& start = p_.peek();
        PatternPtr first = maybe_star_pattern();
        if (!p_.at(TokenKind::Comma)) {
            if (first->kind == PatternKind::MatchStar) p_.fail();
            return first;
        }
        auto seq = p_.make<MatchSequence>(start.span);
        seq->patterns.push_back(std::move(first));
        while (p_.accept(TokenKind::Comma)) {
            if (!at_pattern_start()) break;
            seq->patterns.push_back(maybe_star_pattern());
        }
        seq->span = p_.span_from(start);
        return seq;
    }

    // pattern: or_pattern ['as' NAME]
    PatternPtr pattern() {
        const Token& start = p_.peek();
        PatternPtr p = or_pattern();
        if (!p_.at_kw("as")) return p;
        p_.advance();
        if (p_.at_soft("_")) {
            if (p_.second_pass()) p_.raise_at(p_.peek(), "cannot use '_' as a target");
            p_.fail();
        }
        if (!p_.at(TokenKind::Name)) {
            if (p_.second_pass()) {
                size_t mark = p_.pos_;
                try {
                    ExprPtr e = p_.expression();
                    p_.raise_at(e->span, "invalid pattern target");
                } catch (const ParseFail&) {
                }
                p_.pos_ = mark;
            }
            p_.fail();
        }
        const Token& name = p_.advance();
        if (p_.at(TokenKind::Dot) || p_.at(TokenKind::LPar) || p_.at(TokenKind::Equal)) p_.fail();
        auto as = p_.make<MatchAs>(p_.span_from(start));
        as->pattern = std::move(p);
        as->name = name.text;
        return as;
    }

private:
    bool at_pattern_start() {
        const Token& t = p_.peek();
        switch (t.kind) {
            case TokenKind::Name:
            case TokenKind::Number:
            case TokenKind::String:
            case TokenKind::LPar:
            case TokenKind::LSqb:
            case TokenKind::LBrace:
            case TokenKind::Minus:
            case TokenKind::Star:
                return true;
            case TokenKind::Keyword:
                return t.text == "None" || t.text == "True" || t.text == "False";
            default:
                return false;
        }
    }

    PatternPtr maybe_star_pattern() {
        if (!p_.at(TokenKind::Star)) return pattern();
        const Token& star = p_.advance();
        const Token& name = p_.expect(TokenKind::Name);
        if (name.text != "_" && (p_.at(TokenKind::Dot) || p_.at(TokenKind::LPar) || p_.at(TokenKind::Equal))) {
            p_.fail();
        }
        auto s = p_.make<MatchStar>(p_.span_from(star));
        if (name.text != "_") s->name = name.text;
        return s;
    }

    PatternPtr or_pattern() {
        const Token& start = p_.peek();
        PatternPtr first = closed_pattern();
        if (!p_.at(TokenKind::VBar)) return first;
        auto o = p_.make<MatchOr>(start.span);
        o->patterns.push_back(std::move(first));
        while (p_.accept(TokenKind::VBar)) o->patterns.push_back(closed_pattern());
        o->span = p_.span_from(start);
        return o;
    }

    // signed_number: NUMBER | '-' NUMBER
    ExprPtr signed_number() {
        if (p_.at(TokenKind::Minus)) {
            const Token& minus = p_.advance();
            if (!p_.at(TokenKind::Number)) p_.fail();
            auto u = p_.make<UnaryOp>(minus.span);
            u->op = UnaryOpKind::USub;
            u->operand = p_.atom();
            u->span = p_.span_from(minus);
            return u;
        }
        if (!p_.at(TokenKind::Number)) p_.fail();
        return p_.atom();
    }

    // The number inside a signed number.
    static const Expr& unsigned_part(const Expr& e) {
        if (const UnaryOp* u = e.as<UnaryOp>()) return *u->operand;
        return e;
    }

    static bool is_imaginary(const Expr& e) {
        const Constant* c = unsigned_part(e).as<Constant>();
        return c && c->value_kind == ConstKind::Complex;
    }

    // signed_number !('+' | '-') | complex_number
    ExprPtr number_literal() {
        ExprPtr real = signed_number();
        if (!p_.at(TokenKind::Plus) && !p_.at(TokenKind::Minus)) return real;
        if (is_imaginary(*real)) p_.raise_at(unsigned_part(*real).span, "real number required in complex literal");
        const Token& sign = p_.advance();
        if (!p_.at(TokenKind::Number)) p_.fail();
        ExprPtr imag = p_.atom();
        if (!is_imaginary(*imag)) p_.raise_at(imag->span, "imaginary number required in complex literal");
        auto b = p_.make<BinOp>(util::join(real->span, imag->span));
        b->left = std::move(real);
        b->op = sign.kind == TokenKind::Plus ? BinOpKind::Add : BinOpKind::Sub;
        b->right = std::move(imag);
        return b;
    }

    // literal_expr for mapping keys, or a dotted name (attr).
    ExprPtr mapping_key() {
        const Token& t = p_.peek();
        if (t.kind == TokenKind::Number || t.kind == TokenKind::Minus) return number_literal();
        if (t.kind == TokenKind::String) return p_.strings();
        if (t.kind == TokenKind::Keyword && (t.text == "None" || t.text == "True" || t.text == "False")) {
            return p_.atom();
        }
        if (t.kind != TokenKind::Name) p_.fail();
        ExprPtr e = name_or_attr();
        if (e->kind != ExprKind::Attribute) p_.fail();
        return e;
    }

    ExprPtr name_or_attr() {
        const Token& first = p_.expect(TokenKind::Name);
        auto n = p_.make<Name>(first.span);
        n->id = first.text;
        ExprPtr e = std::move(n);
        while (p_.at(TokenKind::Dot)) {
            p_.advance();
            const Token& attr = p_.expect(TokenKind::Name);
            auto a = p_.make<Attribute>(util::join(e->span, attr.span));
            a->value = std::move(e);
            a->attr = attr.text;
            e = std::move(a);
        }
        return e;
    }

    PatternPtr closed_pattern() {
        Parser::DepthGuard guard(p_);
        const Token& t = p_.peek();
        switch (t.kind) {
            case TokenKind::Number:
            case TokenKind::Minus: {
                auto v = p_.make<MatchValue>(t.span);
                v->value = number_literal();
                v->span = v->value->span;
                return v;
            }
            case TokenKind::String: {
                auto v = p_.make<MatchValue>(t.span);
                v->value = p_.strings();
                v->span = v->value->span;
                return v;
            }
            case TokenKind::Keyword: {
                if (t.text != "None" && t.text != "True" && t.text != "False") p_.fail();
                p_.advance();
                auto s = p_.make<MatchSingleton>(t.span);
                s->value = t.text == "None" ? ConstKind::None : t.text == "True" ? ConstKind::True : ConstKind::False;
                return s;
            }
            case TokenKind::Name:
                return name_pattern();
            case TokenKind::LPar:
                return paren_pattern();
            case TokenKind::LSqb: {
                const Token& open = p_.advance();
                auto seq = p_.make<MatchSequence>(open.span);
                while (!p_.at(TokenKind::RSqb)) {
                    seq->patterns.push_back(maybe_star_pattern());
                    if (!p_.accept(TokenKind::Comma)) break;
                }
                p_.expect(TokenKind::RSqb);
                seq->span = p_.span_from(open);
                return seq;
            }
            case TokenKind::LBrace:
                return mapping_pattern();
            default:
                p_.fail();
        }
    }

    // Capture, wildcard, value (dotted name) and class patterns.
    PatternPtr name_pattern() {
        const Token& t = p_.peek();
        if (t.text == "_") {
            // wildcard_pattern comes before value_pattern and class_pattern.
            p_.advance();
            return p_.make<MatchAs>(t.span);
        }
        ExprPtr name = name_or_attr();
        if (p_.at(TokenKind::LPar)) return class_pattern(std::move(name));
        if (p_.at(TokenKind::Equal)) p_.fail();
        if (name->kind == ExprKind::Attribute) {
            auto v = p_.make<MatchValue>(name->span);
            v->value = std::move(name);
            return v;
        }
        auto capture = p_.make<MatchAs>(t.span);
        capture->name = t.text;
        return capture;
    }

    PatternPtr paren_pattern() {
        const Token& open = p_.advance();
        if (p_.at(TokenKind::RPar)) {
            p_.advance();
            return p_.make<MatchSequence>(p_.span_from(open));
        }
        PatternPtr first = maybe_star_pattern();
        if (p_.at(TokenKind::RPar) && first->kind != PatternKind::MatchStar) {
            p_.advance();
            return first;  // group_pattern
        }
        if (!p_.at(TokenKind::Comma)) p_.fail();
        auto seq = p_.make<MatchSequence>(open.span);
        seq->patterns.push_back(std::move(first));
        while (p_.accept(TokenKind::Comma)) {
            if (p_.at(TokenKind::RPar)) break;
            seq->patterns.push_back(maybe_star_pattern());
        }
        p_.expect(TokenKind::RPar);
        seq->span = p_.span_from(open);
        return seq;
    }

    PatternPtr mapping_pattern() {
        const Token& open = p_.advance();
        auto m = p_.make<MatchMapping>(open.span);
        while (!p_.at(TokenKind::RBrace)) {
            if (p_.at(TokenKind::DoubleStar)) {
                p_.advance();
                const Token& rest = p_.expect(TokenKind::Name);
                if (rest.text == "_" || p_.at(TokenKind::Dot) || p_.at(TokenKind::LPar) ||
                    p_.at(TokenKind::Equal)) {
                    p_.fail();
                }
                m->rest = rest.text;
                p_.accept(TokenKind::Comma);
                break;
            }
            m->keys.push_back(mapping_key());
            p_.expect(TokenKind::Colon);
            m->patterns.push_back(pattern());
            if (!p_.accept(TokenKind::Comma)) break;
        }
        p_.expect(TokenKind::RBrace);
        m->span = p_.span_from(open);
        return m;
    }

    PatternPtr class_pattern(ExprPtr cls) {
        auto c = p_.make<MatchClass>(cls->span);
        c->cls = std::move(cls);
        p_.advance();
        PatternList late_positional;
        while (!p_.at(TokenKind::RPar)) {
            if (p_.at(TokenKind::Name) && p_.peek(1).kind == TokenKind::Equal) {
                c->kwd_attrs.push_back(p_.advance().text);
                p_.advance();
                c->kwd_patterns.push_back(pattern());
            } else if (!c->kwd_attrs.empty()) {
                // invalid_class_argument_pattern: the run of positional
                // patterns right after keyword patterns.
                if (!p_.second_pass()) p_.fail();
                late_positional.push_back(pattern());
                while (p_.at(TokenKind::Comma)) {
                    size_t mark = p_.pos_;
                    p_.advance();
                    if (p_.at(TokenKind::RPar) || (p_.at(TokenKind::Name) && p_.peek(1).kind == TokenKind::Equal)) {
                        p_.pos_ = mark;
                        break;
                    }
                    try {
                        late_positional.push_back(pattern());
                    } catch (const ParseFail&) {
                        p_.pos_ = mark;
                        break;
                    }
                }
                break;
            } else {
                c->patterns.push_back(pattern());
            }
            if (!p_.accept(TokenKind::Comma)) break;
        }
        if (!late_positional.empty()) {
            if (p_.second_pass()) {
                p_.raise_range(late_positional.front()->span, late_positional.back()->span,
                               "positional patterns follow keyword patterns");
            }
            p_.fail();
        }
        p_.expect(TokenKind::RPar);
        c->span = p_.span_from(c->cls->span);
        return c;
    }

    Parser& p_;
};

}  // namespace

// Returns null when `match` turns out to be an ordinary name.
ast::StmtPtr Parser::match_stmt() {
    size_t mark = pos_;
    const Token& kw = advance();
    ExprPtr subject;
    try {
        const Token& start = peek();
        ExprPtr first = star_named_expression();
        if (at(TokenKind::Comma)) {
            auto t = make<Tuple>(start.span);
            t->elts.push_back(std::move(first));
            while (accept(TokenKind::Comma)) {
                if (!at(TokenKind::Star) && !at_expression_start()) break;
                t->elts.push_back(star_named_expression());
            }
            t->span = span_from(start);
            subject = std::move(t);
        } else {
            if (first->kind == ExprKind::Starred) fail();
            subject = std::move(first);
        }
    } catch (const ParseFail&) {
        pos_ = mark;
        return nullptr;
    }
    if (!at(TokenKind::Colon)) {
        if (second_pass_ && at(TokenKind::Newline)) raise_last("expected ':'");
        pos_ = mark;
        return nullptr;
    }
    advance();
    if (!at(TokenKind::Newline)) {
        pos_ = mark;
        return nullptr;
    }
    advance();
    if (!at(TokenKind::Indent)) {
        if (second_pass_) {
            raise_last("expected an indented block after 'match' statement on line " + std::to_string(kw.span.line),
                       "IndentationError");
        }
        pos_ = mark;
        return nullptr;
    }
    advance();
    auto m = make<Match>(kw.span);
    m->subject = std::move(subject);
    PatternParser pp(*this);
    while (at_soft("case")) {
        const Token& case_kw = advance();
        MatchCase c;
        c.pattern = pp.patterns();
        if (accept_kw("if")) c.guard = named_expression();
        check_compound_colon();
        advance();
        c.body = block(case_kw, "'case' statement");
        m->cases.push_back(std::move(c));
    }
    if (m->cases.empty()) fail();
    expect(TokenKind::Dedent);
    m->span = stmt_span_from(kw);
    return m;
}

}  // namespace ys::syntax::detail
