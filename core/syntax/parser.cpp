// Parser driver and shared helpers. Like CPython's Parser/pegen.c and
// pegen_errors.c: a first pass without the invalid_* rules, a second pass
// with them when the first fails, then the tokenizer's errors get priority.
#include "syntax/parser.h"

#include <algorithm>

#include "syntax/parser_impl.h"

namespace ys::syntax {

namespace detail {

Parser::Parser(const LexResult& lex, bool second_pass) : lex_(lex), toks_(lex.tokens), second_pass_(second_pass) {}

// ------------------------------------------------------------------ tokens

const Token& Parser::peek(size_t k) {
    size_t i = pos_ + k;
    if (i >= toks_.size()) {
        if (lex_.error) {
            ParseAbort a;
            a.info = lex_.error->info;
            a.from_lexer = true;
            throw a;
        }
        i = toks_.size() - 1;  // ENDMARKER repeats
    }
    if (i > furthest_) furthest_ = i;
    return toks_[i];
}

const Token& Parser::advance() {
    const Token& t = peek();
    if (pos_ < toks_.size() - 1 || t.kind != TokenKind::EndMarker) ++pos_;
    return t;
}

bool Parser::at_kw(std::string_view kw) {
    const Token& t = peek();
    return t.kind == TokenKind::Keyword && t.text == kw;
}

bool Parser::at_soft(std::string_view word) {
    const Token& t = peek();
    return t.kind == TokenKind::Name && t.text == word;
}

bool Parser::accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
}

bool Parser::accept_kw(std::string_view kw) {
    if (!at_kw(kw)) return false;
    advance();
    return true;
}

const Token& Parser::expect(TokenKind k) {
    if (!at(k)) fail();
    return advance();
}

const Token& Parser::expect_kw(std::string_view kw) {
    if (!at_kw(kw)) fail();
    return advance();
}

const Token& Parser::expect_forced(TokenKind k, const char* shown) {
    if (!at(k)) raise_at(peek(), std::string("expected ") + shown);
    return advance();
}

// ------------------------------------------------------------------ errors

void Parser::raise(const std::string& message, int line, int col, int end_line, int end_col, const char* type) {
    ParseAbort a;
    a.info.type = type;
    a.info.message = message;
    a.info.line = line;
    a.info.col = col;
    a.info.end_line = end_line;
    a.info.end_col = end_col;
    a.info = adjust(a.info);
    throw a;
}

SyntaxErrorInfo Parser::adjust(SyntaxErrorInfo info) const {
    if (!in_fstring_) return info;
    // CPython reports errors inside a replacement field relative to the
    // "(expr)" string it parses, on the right line of the file.
    info.message = "f-string: " + info.message;
    if (info.line == fstring_line_) info.col -= fstring_col_shift_;
    if (info.end_line == fstring_line_) info.end_col -= fstring_col_shift_;
    return info;
}

void Parser::raise_at(const util::Span& s, const std::string& message, const char* type) {
    raise(message, s.line, s.col, s.end_line, s.end_col, type);
}

void Parser::raise_starting_from(const util::Span& a, const std::string& message) {
    const Token& t = toks_[std::min(furthest_, toks_.size() - 1)];
    raise(message, a.line, a.col, t.span.end_line, t.span.end_col - 1);
}

void Parser::raise_last(const std::string& message, const char* type) {
    const Token& t = toks_[std::min(furthest_, toks_.size() - 1)];
    raise_at(t, message, type);
}

// ------------------------------------------------------------------ spans

util::Span Parser::span_from(const util::Span& start) const {
    const Token& last = pos_ > 0 ? toks_[pos_ - 1] : toks_[0];
    return util::Span{start.line, start.col, last.span.end_line, last.span.end_col};
}

util::Span Parser::stmt_span_from(const Token& t) const {
    size_t i = pos_;
    while (i > 0) {
        TokenKind k = toks_[i - 1].kind;
        if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent) break;
        --i;
    }
    const Token& last = i > 0 ? toks_[i - 1] : t;
    return util::Span{t.span.line, t.span.col, last.span.end_line, last.span.end_col};
}

// ------------------------------------------------------------------ nesting

Parser::DepthGuard::DepthGuard(Parser& p, int cost) : p_(p), cost_(cost) { p.add_depth(cost); }

void Parser::add_depth(int n) {
    depth_ += n;
    if (depth_ > kMaxExprDepth) {
        // CPython gives up with a MemoryError or RecursionError here.
        raise_at(peek(), "Parser stack overflowed - Python source too complex to parse");
    }
}

// ------------------------------------------------------------------ entry points

std::unique_ptr<ast::Module> Parser::file() {
    auto module = std::make_unique<ast::Module>();
    statements(module->body);
    if (!at(TokenKind::EndMarker)) fail();
    return module;
}

ast::ExprPtr Parser::fstring_expression() {
    // CPython's rule `fstring: star_expressions`, run on "(expr)".
    return star_expressions();
}

SyntaxErrorInfo generic_error(const LexResult& lex, size_t index) {
    const Token& t = lex.tokens[std::min(index, lex.tokens.size() - 1)];
    SyntaxErrorInfo e;
    e.line = t.span.line;
    e.col = t.span.col;
    e.end_line = t.span.end_line;
    e.end_col = t.span.end_col;
    if (t.kind == TokenKind::Indent) {
        e.type = "IndentationError";
        e.message = "unexpected indent";
    } else if (t.kind == TokenKind::Dedent) {
        e.type = "IndentationError";
        e.message = "unexpected unindent";
    } else if (t.kind == TokenKind::EndMarker) {
        // ENDMARKER has no columns in CPython (-1, shown as offset 0).
        e.message = "invalid syntax";
        e.col = -1;
        e.end_col = -1;
    } else {
        e.message = "invalid syntax";
    }
    return e;
}

}  // namespace detail

ParseResult parse_module(std::string_view source) {
    LexResult lex = tokenize(source);
    std::unique_ptr<ast::Module> module;
    auto setup = [](detail::Parser&) {};
    auto start = [&](detail::Parser& p) { module = p.file(); };
    if (auto error = detail::run_two_passes(lex, setup, start)) return *error;
    return module;
}

}  // namespace ys::syntax
