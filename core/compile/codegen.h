// The code generator (Python/compile.c): turns a module's AST, with its symbol
// table, into a tree of CodeUnits holding CPython-style bytecode.
#pragma once

#include <memory>
#include <string_view>
#include <variant>

#include "compile/code_unit.h"
#include "syntax/ast.h"
#include "syntax/syntax_error.h"

namespace ys::compile {

using CompileResult = std::variant<std::shared_ptr<CodeUnit>, syntax::SyntaxErrorInfo>;

// Compiles a parsed module; `filename` is recorded in every code unit.
CompileResult compile_module(const syntax::ast::Module& module, std::string_view filename);

// Parses and compiles source text in one step. With keep_source the code units
// share a copy of the text, so tracebacks can show their lines.
CompileResult compile_source(std::string_view source, std::string_view filename, bool keep_source = true);

// Compiles one expression to code that returns its value (eval()'s mode).
CompileResult compile_expression(std::string_view source, std::string_view filename);

}  // namespace ys::compile
