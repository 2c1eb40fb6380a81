// Tokens produced by the lexer, after CPython's Grammar/Tokens and the
// token kinds of Parser/tokenizer.c (NAME, NUMBER, STRING, NEWLINE, INDENT,
// DEDENT, ENDMARKER and one kind per operator).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/source.h"

namespace ys::syntax {

enum class TokenKind : uint8_t {
    EndMarker,
    Name,     // an identifier that is not a keyword (soft keywords are Names)
    Keyword,  // one of the hard keywords, see is_keyword()
    Number,
    String,   // any string or bytes literal, prefix and quotes included
    Newline,
    Indent,
    Dedent,
    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Equal,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar,
    VBar, Amper, Circumflex, Tilde, LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
    DoubleStarEqual, AtEqual, VBarEqual, AmperEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual,
    // A character CPython's tokenizer passes on as an operator although no
    // rule accepts it (`!`, `$`, `?`, a backquote): the parser reports it.
    Unknown,
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string text;  // the source text of the token (empty for layout tokens)
    util::Span span;   // columns in code points; NEWLINE has zero width
    int level = 0;     // bracket depth after the token, as tok->level
    uint32_t begin = 0;  // byte offsets into the (newline-normalized) source
    uint32_t end = 0;
};

// True for Python 3.11's hard keywords (False, None, True, and, as, ...).
bool is_keyword(std::string_view word);

// A short human-readable name of a kind, for tests and debugging.
const char* token_kind_name(TokenKind kind);

}  // namespace ys::syntax
