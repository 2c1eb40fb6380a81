// The tokenizer: turns UTF-8 source into Python tokens, including the layout
// tokens NEWLINE, INDENT and DEDENT. Mirrors CPython 3.11's Parser/tokenizer.c,
// including its error messages and the positions it reports them at.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/syntax_error.h"
#include "syntax/token.h"

namespace ys::syntax {

// How a tokenizer error competes with a parser error found earlier in the
// file (see LexResult): CPython's tokenizer raises some errors itself, while
// others only surface when the parser asks for the offending token.
enum class LexErrorKind {
    Direct,     // raised by the tokenizer: wins over any parser error
    Deferred,   // indentation errors, a stray backslash: only when reached
    Unclosed,   // end of file inside brackets: "'(' was never closed"
};

struct LexError {
    SyntaxErrorInfo info;
    LexErrorKind kind = LexErrorKind::Direct;
    int paren_line = 0;  // Unclosed: line of the innermost open bracket
};

struct LexResult {
    std::string source;          // the input with \r\n and \r turned into \n
    std::vector<Token> tokens;   // everything before the error, if any
    std::optional<LexError> error;  // stands at index tokens.size()
};

struct LexOptions {
    // Added to every line number, and to the columns of the first line: lets
    // the f-string parser tokenize an expression where it sits in the file.
    int line_offset = 0;
    int first_line_col_offset = 0;
};

// Tokenizes a whole module. Never throws; stops at the first error.
LexResult tokenize(std::string_view source, const LexOptions& options = {});

}  // namespace ys::syntax
