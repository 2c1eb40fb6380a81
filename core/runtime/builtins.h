// The builtins module (Python/bltinmodule.c): the functions and types every
// program can name without importing anything.
#pragma once

#include "objects/dict.h"

namespace ys::runtime {

// Makes a fresh builtins namespace for one session.
objects::Ref<objects::DictObject> make_builtins();

}  // namespace ys::runtime
