// Source positions shared by the lexer, parser, compiler and inspector.
// Lines are 1-based; columns are 0-based and count Unicode code points (CPython's
// col_offset counts UTF-8 bytes; the editor counts characters, so we do too).
#pragma once

namespace ys::util {

struct Span {
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
};

// The span running from the start of `a` to the end of `b`.
inline Span join(const Span& a, const Span& b) { return Span{a.line, a.col, b.end_line, b.end_col}; }

}  // namespace ys::util
