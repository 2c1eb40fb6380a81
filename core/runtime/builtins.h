// The builtins module (Python/bltinmodule.c): the functions and types every
// program can name without importing anything.
#pragma once

#include "objects/dict.h"

namespace ys::runtime {

// Makes a fresh builtins namespace for one session.
objects::Ref<objects::DictObject> make_builtins();

// Parts of the builtins namespace defined in their own files: the iterator
// types and iteration functions (builtins_iter.cpp) and the numeric and
// formatting functions (builtins_numeric.cpp).
void add_iteration_builtins(objects::DictObject* builtins);
void add_numeric_builtins(objects::DictObject* builtins);
void add_async_iteration_builtins(objects::DictObject* builtins);  // aiter, anext
// exec, eval, compile, globals, locals, vars, dir (builtins_scope.cpp).
void add_scope_builtins(objects::DictObject* builtins);

}  // namespace ys::runtime
