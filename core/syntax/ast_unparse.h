// Source text of an expression as CPython 3.11's ast.unparse writes it (Python/
// ast_unparse.c): what `from __future__ import annotations` stores in
// __annotations__ instead of evaluating the annotation.
#pragma once

#include <string>

#include "syntax/ast.h"

namespace ys::syntax {

std::string unparse(const ast::Expr& e);

}  // namespace ys::syntax
