// Text form of the AST, identical to what CPython 3.11's ast.dump(ast.parse(src))
// prints (no indentation, no position attributes): the parser's test oracle.
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace ys::syntax {

std::string dump(const ast::Module& module);

// Python's repr() of a float ("1e+16", "0.5", "inf"), and of str and bytes.
std::string float_repr(double value);
std::string str_repr(std::string_view utf8);
std::string bytes_repr(std::string_view bytes);

}  // namespace ys::syntax
