// Call arguments and def/lambda parameters: the "FUNCTION CALL ARGUMENTS"
// and "Function parameters" rules of CPython 3.11's Grammar/python.gram and
// their invalid_arguments / invalid_kwarg / invalid_parameters checks.
#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

const Expr& last_comprehension_item(const Comprehension& c) {
    return c.ifs.empty() ? *c.iter : *c.ifs.back();
}

}  // namespace

// Entered just after '(' with something other than ')' next; stops before ')'.
void Parser::call_arguments(Call& call, bool allow_genexp) {
    const Token& open = prev();
    bool seen_keyword = false;
    bool seen_double_star = false;
    bool first = true;
    for (;;) {
        if (at(TokenKind::Star)) {
            const Token& star = advance();
            if (seen_double_star) {
                if (second_pass_) raise_at(star, "iterable argument unpacking follows keyword argument unpacking");
                fail();
            }
            auto s = make<Starred>(star.span);
            try {
                s->value = expression();
            } catch (const ParseFail&) {
                // invalid_arguments: args ',' '*' — after keywords, a `*`
                // that does not parse gets this message too.
                if (second_pass_ && (seen_keyword || seen_double_star)) {
                    raise_at(star, "iterable argument unpacking follows keyword argument unpacking");
                }
                throw;
            }
            s->span = span_from(star);
            call.args.push_back(std::move(s));
        } else if (at(TokenKind::DoubleStar)) {
            const Token& stars = advance();
            Keyword k;
            k.value = expression();
            k.span = span_from(stars);
            call.keywords.push_back(std::move(k));
            seen_double_star = true;
        } else if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
            const Token& name = advance();
            const Token& eq = advance();
            Keyword k;
            k.arg = name.text;
            k.value = expression();
            if (second_pass_ && is_comprehension_start(*this)) {
                raise_range(name.span, eq.span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            k.span = span_from(name);
            call.keywords.push_back(std::move(k));
            seen_keyword = true;
        } else {
            // After keywords CPython's first pass stops right here.
            if ((seen_keyword || seen_double_star) && !second_pass_) fail();
            const Token& t = peek();
            if (second_pass_ && t.kind == TokenKind::Keyword &&
                (t.text == "True" || t.text == "False" || t.text == "None") && peek(1).kind == TokenKind::Equal) {
                raise_range(t.span, peek(1).span, "cannot assign to " + t.text);
            }
            ExprPtr e;
            if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
                e = named_expression();
            } else {
                e = expression();
                if (at(TokenKind::ColonEqual)) fail();
            }
            if (at(TokenKind::Equal)) {
                if (second_pass_) {
                    raise_range(e->span, peek().span, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                fail();
            }
            if (is_comprehension_start(*this)) {
                if (!allow_genexp && !second_pass_) fail();
                auto g = make<GeneratorExp>(e->span);
                g->elt = std::move(e);
                for_if_clauses(g->generators);
                // Only a call takes a bare generator (`primary genexp`); class
                // bases do not, and then CPython has no specific message.
                if (!allow_genexp && first && at(TokenKind::RPar)) fail();
                if (!first || !at(TokenKind::RPar) || seen_keyword || seen_double_star) {
                    if (second_pass_) {
                        // invalid_arguments: expression for_if_clauses ',' [args | ...]
                        if (accept(TokenKind::Comma) && !at(TokenKind::RPar)) {
                            size_t mark = pos_;
                            try {
                                Call rest;
                                call_arguments(rest);
                            } catch (const ParseFail&) {
                            }
                            pos_ = mark;
                        }
                        raise_range(g->elt->span, last_comprehension_item(g->generators.back()).span,
                                    "Generator expression must be parenthesized");
                    }
                    fail();
                }
                // A lone generator argument spans the call's parentheses.
                const Token& close = peek();
                g->span = util::Span{open.span.line, open.span.col, close.span.end_line, close.span.end_col};
                call.args.push_back(std::move(g));
                return;
            }
            if (seen_keyword || seen_double_star) {
                // Parse the remaining arguments first: CPython reports the
                // error at the token after them.
                const char* message = seen_double_star ? "positional argument follows keyword argument unpacking"
                                                       : "positional argument follows keyword argument";
                while (accept(TokenKind::Comma)) {
                    if (at(TokenKind::RPar)) break;
                    Call rest;
                    call_arguments(rest);
                    break;
                }
                if (second_pass_) raise_at(peek(), message);
                fail();
            }
            call.args.push_back(std::move(e));
        }
        first = false;
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::RPar)) break;
    }
}

// Parameters of a def (up to ')') or a lambda (up to ':').
void Parser::parameters(Arguments& args, bool is_lambda) {
    const TokenKind close = is_lambda ? TokenKind::Colon : TokenKind::RPar;
    auto param = [&](bool star_annotation) {
        const Token& name = expect(TokenKind::Name);
        Arg a;
        a.name = name.text;
        if (!is_lambda && accept(TokenKind::Colon)) {
            a.annotation = star_annotation && at(TokenKind::Star) ? star_expression() : expression();
        }
        a.span = span_from(name);
        return a;
    };
    std::vector<Arg> params;
    bool seen_slash = false;
    bool seen_default = false;
    bool seen_star = false;
    bool seen_kwargs = false;
    for (;;) {
        if (seen_kwargs) {
            if (second_pass_ && (at(TokenKind::Name) || at(TokenKind::Star) || at(TokenKind::DoubleStar) ||
                                 at(TokenKind::Slash))) {
                raise_at(peek(), "arguments cannot follow var-keyword argument");
            }
            fail();
        }
        if (at(TokenKind::Slash)) {
            const Token& slash = peek();
            if (second_pass_) {
                if (params.empty() && !seen_slash && !seen_star && peek(1).kind == TokenKind::Comma) {
                    raise_at(slash, "at least one argument must precede /");
                }
                if (seen_slash) raise_at(slash, "/ may appear only once");
                if (seen_star) raise_at(slash, "/ must be ahead of *");
            }
            if (params.empty() || seen_slash || seen_star) fail();
            advance();
            seen_slash = true;
            args.posonlyargs = std::move(params);
            params.clear();
            if (at(TokenKind::Star)) {
                if (second_pass_) raise_at(peek(), "expected comma between / and *");
                fail();
            }
        } else if (at(TokenKind::Star)) {
            const Token& star = advance();
            if (seen_star) {
                // invalid_star_etc: a second '*' followed by a parameter or ','.
                bool param_follows = at(TokenKind::Name) && (peek(1).kind == TokenKind::Comma || peek(1).kind == close);
                if (second_pass_ && (param_follows || at(TokenKind::Comma))) {
                    raise_at(star, "* argument may appear only once");
                }
                fail();
            }
            seen_star = true;
            if (at(TokenKind::Comma) || at(close)) {
                bool lonely = at(close);
                if (!lonely) {
                    TokenKind next = peek(1).kind;
                    lonely = next == close || next == TokenKind::DoubleStar;
                }
                if (lonely) {
                    if (second_pass_) {
                        if (is_lambda) raise_last("named arguments must follow bare *");
                        raise_at(star, "named arguments must follow bare *");
                    }
                    fail();
                }
            } else {
                Arg a = param(true);
                if (at(TokenKind::Equal)) {
                    if (second_pass_) raise_at(peek(), "var-positional argument cannot have default value");
                    fail();
                }
                args.vararg = std::make_unique<Arg>(std::move(a));
            }
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            Arg a = param(false);
            if (at(TokenKind::Equal)) {
                if (second_pass_) raise_at(peek(), "var-keyword argument cannot have default value");
                fail();
            }
            args.kwarg = std::make_unique<Arg>(std::move(a));
            seen_kwargs = true;
        } else if (at(TokenKind::Name)) {
            Arg a = param(false);
            ExprPtr def;
            if (at(TokenKind::Equal)) {
                const Token& eq = advance();
                if (at(TokenKind::Comma) || at(close)) {
                    // invalid_default: '=' &(')' | ',')
                    if (second_pass_ && (at(TokenKind::Comma) || at(TokenKind::RPar))) {
                        raise_at(eq, "expected default value expression");
                    }
                    fail();
                }
                def = expression();
            }
            if (seen_star) {
                args.kwonlyargs.push_back(std::move(a));
                args.kw_defaults.push_back(std::move(def));
            } else {
                if (def) {
                    args.defaults.push_back(std::move(def));
                    seen_default = true;
                } else if (seen_default) {
                    // invalid_parameters needs a whole param_no_default: a
                    // parameter followed by ',' or the closing token.
                    if (second_pass_ && (at(TokenKind::Comma) || at(close))) {
                        raise_at(a.span, "non-default argument follows default argument");
                    }
                    fail();
                }
                params.push_back(std::move(a));
            }
        } else if (at(TokenKind::LPar) && second_pass_ && !seen_star) {
            // invalid_parameters: '(' param_no_default+ ','? ')'
            const Token& open = advance();
            size_t names = 0;
            while (at(TokenKind::Name)) {
                advance();
                ++names;
                if (!accept(TokenKind::Comma)) break;
            }
            if (names > 0 && at(TokenKind::RPar)) {
                raise_range(open.span, peek().span,
                            is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized");
            }
            fail();
        } else {
            fail();
        }
        if (!accept(TokenKind::Comma)) break;
        if (at(close)) break;
    }
    args.args = std::move(params);
}

}  // namespace ys::syntax::detail
