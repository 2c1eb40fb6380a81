// Task.__step and Task.__wakeup in C++, as CPython's C Task has them
// (task_step_impl, task_wakeup). The Task class stays Python
// (runtime/pylib/asyncio__tasks.py): its state lives in its instance dict, and
// what is rare or is Future's business (a cancelled or finished task, the
// coroutine's return or exception, an odd yield) is done by its methods.
//
// Python code reaches the two through `self.__step` and `self.__wakeup`: each
// is a TaskMethod, a callable bound to the task that the loop's handles and a
// future's callback list hold, as they would hold a bound method.
#pragma once

#include <string>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::aio {

objects::TypeObject* task_method_type();

// _asyncio_core.task_step_method(task) / task_wakeup_method(task): the bound
// step (called with an optional exception) and wake-up (called with a future).
objects::Val task_step_method(objects::Value self, objects::CallArgs args);
objects::Val task_wakeup_method(objects::Value self, objects::CallArgs args);

// For describing a handle: "Task.__step" or "Task.__wakeup", and the task.
bool is_task_method(objects::Value v);
const char* task_method_qualname(objects::Value method);
objects::Value task_method_task(objects::Value method);

}  // namespace ys::aio
