// The methods of asyncio.Future in C++, as CPython's C Future has them:
// __init__, __del__, __await__ (future_iter.h), add_done_callback() and the
// accessors done(), cancelled(), result(), exception() and get_loop().
// futures.py puts them in Future's class body, where they bind like
// methods. Being native,
// they leave no frame in a traceback (a Python `raise self._exception` in
// result() would add one that CPython does not show), and they cost a task's
// wake-up and gather's callback no bytecode.
#pragma once

#include "objects/function.h"
#include "objects/module.h"
#include "objects/object.h"

namespace ys::aio {

// Adds them to the module _asyncio_core as future_done, future_cancelled, ...
void add_future_methods(objects::ModuleObject* m);

// Puts the native `fn` in module `m` as `attribute`, a method named
// `method_name`: a class body that takes it binds it like a function.
// `attribute` is a literal.
void add_method_to(objects::ModuleObject* m, const char* attribute, const char* method_name,
                   objects::NativeFunction fn);

// Future.__init__'s work, which Task.__init__ does first: the loop given
// (`loop`, null or None: the current one, events._get_event_loop()) and no
// done callbacks yet. Returns the loop, or null with an exception pending.
objects::Val init_future_part(objects::Value self, objects::Value loop);

// Future.result() as asyncio.Future defines it, whatever a subclass
// overrides (what the C future iterator asks): the result, or null with the
// future's exception, CancelledError or InvalidStateError raised.
objects::Val future_own_result(objects::Value future);

// Future.__del__'s work (CPython's FutureObj_finalize): an exception nobody
// retrieved goes to the loop's exception handler, through futures.py's
// _report_unretrieved; otherwise nothing runs. False with an exception pending.
[[nodiscard]] bool finalize_future(objects::Value future);

}  // namespace ys::aio
