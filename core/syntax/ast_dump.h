// Text form of the AST, identical to what CPython 3.11's ast.dump(ast.parse(src))
// prints (no indentation, no position attributes): the parser's test oracle.
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace ys::syntax {

// With `include_attributes`, like ast.dump(..., include_attributes=True):
// positions of statements, expressions, patterns, args, keywords and aliases
// (not of except handlers, whose span here covers only the header). Columns
// are our code point columns, which equal CPython's byte offsets on ASCII.
std::string dump(const ast::Module& module, bool include_attributes = false);

// Python's repr() of a float ("1e+16", "0.5", "inf"), and of str and bytes.
std::string float_repr(double value);
std::string str_repr(std::string_view utf8);
std::string bytes_repr(std::string_view bytes);

}  // namespace ys::syntax
