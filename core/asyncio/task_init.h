// Task.__init__ in C++, as CPython's C Task has it (its frame would otherwise
// be the costliest part of making a task: 64 VM steps, a tenth of a task on a
// timer). tasks.py puts it in Task's class body, where it binds like a method.
#pragma once

#include "objects/module.h"

namespace ys::aio {

// Adds it to the module _asyncio_core as task_init.
void add_task_init(objects::ModuleObject* m);

}  // namespace ys::aio
