// Task.__init__ and Task.__del__ in C++, as CPython's C Task has them
// (__init__'s frame would otherwise be the costliest part of making a task: 64
// VM steps, a tenth of a task on a timer; __del__ runs for every task). tasks.py
// puts them in Task's class body, where they bind like methods.
#pragma once

#include "objects/module.h"

namespace ys::aio {

// Adds them to the module _asyncio_core as task_init and task_del.
void add_task_init(objects::ModuleObject* m);

}  // namespace ys::aio
