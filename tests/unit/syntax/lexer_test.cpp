// Tests of the tokenizer (core/syntax/lexer.cpp): token kinds, texts and
// spans, layout tokens, and the tokenizer's own errors. Positions follow
// CPython's tokenize module (1-based lines, 0-based code point columns).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "syntax/lexer.h"

using ys::syntax::LexErrorKind;
using ys::syntax::LexResult;
using ys::syntax::Token;
using ys::syntax::TokenKind;
using ys::syntax::tokenize;

namespace {

std::vector<TokenKind> kinds(const LexResult& r) {
    std::vector<TokenKind> out;
    for (const Token& t : r.tokens) out.push_back(t.kind);
    return out;
}

std::vector<std::string> texts(const LexResult& r) {
    std::vector<std::string> out;
    for (const Token& t : r.tokens)
        if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent &&
            t.kind != TokenKind::EndMarker)
            out.push_back(t.text);
    return out;
}

// The error of a source that must fail to tokenize.
ys::syntax::LexError lex_error(const std::string& source) {
    LexResult r = tokenize(source);
    REQUIRE(r.error.has_value());
    return *r.error;
}

}  // namespace

TEST_CASE("lexer: simple statement", "[syntax][lexer]") {
    LexResult r = tokenize("x = 1 + foo(2)\n");
    REQUIRE_FALSE(r.error);
    std::vector<TokenKind> expected = {TokenKind::Name,   TokenKind::Equal, TokenKind::Number, TokenKind::Plus,
                                       TokenKind::Name,   TokenKind::LPar,  TokenKind::Number, TokenKind::RPar,
                                       TokenKind::Newline, TokenKind::EndMarker};
    CHECK(kinds(r) == expected);
    CHECK(texts(r) == std::vector<std::string>{"x", "=", "1", "+", "foo", "(", "2", ")"});
    const Token& foo = r.tokens[4];
    CHECK(foo.span.line == 1);
    CHECK(foo.span.col == 8);
    CHECK(foo.span.end_col == 11);
    CHECK(r.tokens[6].level == 1);
    CHECK(r.tokens[7].level == 0);
}

TEST_CASE("lexer: keywords and soft keywords", "[syntax][lexer]") {
    LexResult r = tokenize("if match and case or _ await None\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].kind == TokenKind::Keyword);
    CHECK(r.tokens[1].kind == TokenKind::Name);  // soft keyword
    CHECK(r.tokens[2].kind == TokenKind::Keyword);
    CHECK(r.tokens[3].kind == TokenKind::Name);
    CHECK(r.tokens[4].kind == TokenKind::Keyword);
    CHECK(r.tokens[5].kind == TokenKind::Name);
    CHECK(r.tokens[6].kind == TokenKind::Keyword);
    CHECK(r.tokens[7].kind == TokenKind::Keyword);
}

TEST_CASE("lexer: indentation produces INDENT and DEDENT", "[syntax][lexer]") {
    LexResult r = tokenize("if a:\n    if b:\n        c\n\n    # comment\nd\n");
    REQUIRE_FALSE(r.error);
    std::vector<TokenKind> expected = {
        TokenKind::Keyword, TokenKind::Name,    TokenKind::Colon,  TokenKind::Newline, TokenKind::Indent,
        TokenKind::Keyword, TokenKind::Name,    TokenKind::Colon,  TokenKind::Newline, TokenKind::Indent,
        TokenKind::Name,    TokenKind::Newline, TokenKind::Dedent, TokenKind::Dedent,  TokenKind::Name,
        TokenKind::Newline, TokenKind::EndMarker};
    CHECK(kinds(r) == expected);
}

TEST_CASE("lexer: dedents at end of file", "[syntax][lexer]") {
    LexResult r = tokenize("def f():\n    return 1");
    REQUIRE_FALSE(r.error);
    auto k = kinds(r);
    REQUIRE(k.size() >= 3);
    CHECK(k[k.size() - 3] == TokenKind::Newline);
    CHECK(k[k.size() - 2] == TokenKind::Dedent);
    CHECK(k.back() == TokenKind::EndMarker);
}

TEST_CASE("lexer: brackets join lines, backslashes continue them", "[syntax][lexer]") {
    LexResult r = tokenize("x = (1,\n     2)\ny = 1 + \\\n    2\n");
    REQUIRE_FALSE(r.error);
    int newlines = 0;
    for (const Token& t : r.tokens)
        if (t.kind == TokenKind::Newline) ++newlines;
    CHECK(newlines == 2);
}

TEST_CASE("lexer: tabs count to multiples of eight", "[syntax][lexer]") {
    // A tab and eight spaces are the same indentation only if consistent.
    CHECK_FALSE(tokenize("if x:\n\ta\n\tb\n").error);
    CHECK_FALSE(tokenize("if x:\n    \ta\n    \tb\n").error);
    auto e = lex_error("if x:\n\ta\n        b\n");
    CHECK(e.info.type == "TabError");
    CHECK(e.info.message == "inconsistent use of tabs and spaces in indentation");
    CHECK(e.info.line == 3);
}

TEST_CASE("lexer: numbers", "[syntax][lexer]") {
    LexResult r = tokenize("0 00 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 1.5e+3 2j 1.5J 1_0.0_1e1_0\n");
    REQUIRE_FALSE(r.error);
    std::vector<std::string> expected = {"0",   "00",   "1_000", "0x_1F",  "0o17", "0b1_0", "1.5", ".5",
                                         "5.",  "1e10", "1E-5",  "1.5e+3", "2j",   "1.5J",  "1_0.0_1e1_0"};
    CHECK(texts(r) == expected);
    for (const Token& t : r.tokens)
        if (t.kind != TokenKind::Newline && t.kind != TokenKind::EndMarker) CHECK(t.kind == TokenKind::Number);
}

TEST_CASE("lexer: a number may touch a keyword", "[syntax][lexer]") {
    LexResult r = tokenize("1if x else 2\n");
    REQUIRE_FALSE(r.error);
    CHECK(texts(r) == std::vector<std::string>{"1", "if", "x", "else", "2"});
}

TEST_CASE("lexer: number errors", "[syntax][lexer]") {
    CHECK(lex_error("x = 1_\n").info.message == "invalid decimal literal");
    CHECK(lex_error("x = 0x\n").info.message == "invalid hexadecimal literal");
    CHECK(lex_error("x = 0b2\n").info.message == "invalid digit '2' in binary literal");
    CHECK(lex_error("x = 0o8\n").info.message == "invalid digit '8' in octal literal");
    CHECK(lex_error("x = 1.5j2\n").info.message == "invalid imaginary literal");
    auto lead = lex_error("x = 07\n");
    CHECK(lead.info.message ==
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    CHECK(lead.info.col == 4);
    auto e = lex_error("x = 1a\n");
    CHECK(e.info.message == "invalid decimal literal");
    CHECK(e.info.col == 4);
    CHECK(e.kind == LexErrorKind::Direct);
}

TEST_CASE("lexer: strings are kept whole", "[syntax][lexer]") {
    LexResult r = tokenize("a = rb'x' f\"{y}\" '''multi\nline''' u'z' ''\n");
    REQUIRE_FALSE(r.error);
    CHECK(texts(r) == std::vector<std::string>{"a", "=", "rb'x'", "f\"{y}\"", "'''multi\nline'''", "u'z'", "''"});
    const Token& multi = r.tokens[4];
    CHECK(multi.kind == TokenKind::String);
    CHECK(multi.span.line == 1);
    CHECK(multi.span.end_line == 2);
    CHECK(multi.span.end_col == 7);
}

TEST_CASE("lexer: string prefixes that are not prefixes", "[syntax][lexer]") {
    LexResult r = tokenize("ub'x'\n");  // `ub` is a name, then a string
    REQUIRE_FALSE(r.error);
    CHECK(texts(r) == std::vector<std::string>{"ub", "'x'"});
}

TEST_CASE("lexer: unterminated strings", "[syntax][lexer]") {
    auto e = lex_error("x = 'abc\n");
    CHECK(e.info.message == "unterminated string literal (detected at line 1)");
    CHECK(e.info.line == 1);
    CHECK(e.info.col == 4);
    auto t = lex_error("x = '''abc\n\ndef\n");
    CHECK(t.info.message == "unterminated triple-quoted string literal (detected at line 3)");
    CHECK(t.info.line == 1);
}

TEST_CASE("lexer: brackets are tracked", "[syntax][lexer]") {
    auto unmatched = lex_error("x = )\n");
    CHECK(unmatched.info.message == "unmatched ')'");
    CHECK(unmatched.info.col == 4);
    auto mismatch = lex_error("(]\n");
    CHECK(mismatch.info.message == "closing parenthesis ']' does not match opening parenthesis '('");
    auto other_line = lex_error("(\n]\n");
    CHECK(other_line.info.message == "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    auto open = lex_error("foo(1,\n");
    CHECK(open.kind == LexErrorKind::Unclosed);
    CHECK(open.info.message == "'(' was never closed");
    CHECK(open.info.col == 3);
    auto deep = lex_error(std::string(300, '(') + "\n");
    CHECK(deep.info.message == "too many nested parentheses");
    CHECK(deep.info.col == 200);
}

TEST_CASE("lexer: invalid characters", "[syntax][lexer]") {
    auto euro = lex_error("x = \xE2\x82\xAC\n");
    CHECK(euro.info.message == "invalid character '\xE2\x82\xAC' (U+20AC)");
    CHECK(euro.info.col == 4);
    auto ctrl = lex_error("x = \x01\n");
    CHECK(ctrl.info.message == "invalid non-printable character U+0001");
    // `$` and `?` are operators to the tokenizer: the parser rejects them.
    CHECK_FALSE(tokenize("x = $ ? !\n").error);
}

TEST_CASE("lexer: unicode identifiers", "[syntax][lexer]") {
    LexResult r = tokenize("\xE5\x8F\x98\xE9\x87\x8F = \xCF\x80\n");  // 变量 = π
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].kind == TokenKind::Name);
    CHECK(r.tokens[0].span.end_col == 2);  // columns count code points
    CHECK(r.tokens[1].span.col == 3);
    CHECK(r.tokens[2].span.col == 5);
}

TEST_CASE("lexer: indentation errors are deferred to the parser", "[syntax][lexer]") {
    auto e = lex_error("if x:\n    a\n  b\n");
    CHECK(e.kind == LexErrorKind::Deferred);
    CHECK(e.info.type == "IndentationError");
    CHECK(e.info.message == "unindent does not match any outer indentation level");
    CHECK(e.info.line == 3);
    auto cont = lex_error("x = 1 \\ 2\n");
    CHECK(cont.kind == LexErrorKind::Deferred);
    CHECK(cont.info.message == "unexpected character after line continuation character");
}

TEST_CASE("lexer: newlines are normalized", "[syntax][lexer]") {
    LexResult r = tokenize("a\r\nb\rc\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.source == "a\nb\nc\n");
    CHECK(r.tokens[2].span.line == 2);
    CHECK(r.tokens[4].span.line == 3);
}

TEST_CASE("lexer: offsets shift tokens for f-string expressions", "[syntax][lexer]") {
    ys::syntax::LexOptions options;
    options.line_offset = 4;
    options.first_line_col_offset = 10;
    LexResult r = tokenize("(a\n+b)", options);
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[1].span.line == 5);
    CHECK(r.tokens[1].span.col == 11);
    CHECK(r.tokens[3].span.line == 6);
    CHECK(r.tokens[3].span.col == 1);
}
