// Keyword table and token kind names (see token.h); the keyword list is
// Python 3.11's keyword.kwlist, which CPython's parser generator bakes in.
#include "syntax/token.h"

namespace ys::syntax {

bool is_keyword(std::string_view word) {
    static constexpr std::string_view kKeywords[] = {
        "False", "None",   "True",    "and",      "as",       "assert", "async", "await",
        "break", "class",  "continue", "def",     "del",      "elif",   "else",  "except",
        "finally", "for",  "from",    "global",   "if",       "import", "in",    "is",
        "lambda", "nonlocal", "not",  "or",       "pass",     "raise",  "return", "try",
        "while", "with",   "yield",
    };
    for (std::string_view k : kKeywords)
        if (k == word) return true;
    return false;
}

const char* token_kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::EndMarker: return "ENDMARKER";
        case TokenKind::Name: return "NAME";
        case TokenKind::Keyword: return "KEYWORD";
        case TokenKind::Number: return "NUMBER";
        case TokenKind::String: return "STRING";
        case TokenKind::Newline: return "NEWLINE";
        case TokenKind::Indent: return "INDENT";
        case TokenKind::Dedent: return "DEDENT";
        case TokenKind::Unknown: return "UNKNOWN";
        default: return "OP";
    }
}

}  // namespace ys::syntax
