// Entry point of the front end: UTF-8 source in, an AST or a SyntaxError out.
// Mirrors what CPython's tokenizer and PEG parser accept for Python 3.11.
#pragma once

#include <memory>
#include <string_view>
#include <variant>

#include "syntax/ast.h"
#include "syntax/syntax_error.h"

namespace ys::syntax {

using ParseResult = std::variant<std::unique_ptr<ast::Module>, SyntaxErrorInfo>;

// Parses a whole module ("exec" mode). Never throws for bad input.
ParseResult parse_module(std::string_view source);

}  // namespace ys::syntax
