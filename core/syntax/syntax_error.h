// A compile-time error found in source: what CPython would raise as SyntaxError
// (or its subclasses IndentationError and TabError), with its position.
#pragma once

#include <string>

namespace ys::syntax {

struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or "IndentationError", "TabError"
    std::string message;               // CPython's text, e.g. "expected ':'"
    // 1-based line; 0-based column in code points of the start of the offending
    // token; the end may equal the start when CPython points at a single spot.
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
};

}  // namespace ys::syntax
