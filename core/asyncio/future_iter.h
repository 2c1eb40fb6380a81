// What `await future` runs: Future.__await__() (and __iter__) returns a
// FutureIter, CPython's native iterator from Modules/_asynciomodule.c. The
// first step of a pending future marks it blocking and yields the future
// itself up the await chain to the Task driving it; once the future is done,
// the next step ends with its result (or raises its exception).
//
// Being native, it leaves no frame in a traceback and costs an await no
// generator: a coroutine awaiting a future is suspended in it directly.
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace ys::aio {

objects::TypeObject* future_iter_type();

// Future.__await__(self): a new FutureIter over the future, or null with the
// TypeError a C method gives an object that is no future.
objects::Val future_await(objects::Value self, objects::CallArgs args);

bool is_future_iter(objects::Value v);
// The future it waits on; null once it gave the outcome or was closed.
objects::Value future_iter_future(objects::Value it);

}  // namespace ys::aio
