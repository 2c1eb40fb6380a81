// What the native task step and the loop core do to futures
// (runtime/pylib/asyncio__futures.py) without running their Python methods,
// as CPython's C Task does for C futures (Future_CheckExact).
//
// A future "of a known class" is an instance of exactly asyncio.Future or
// asyncio.Task, the classes the loop core was made with: the core knows that
// their state lives in their slots (futures.py, tasks.py) and that their
// methods are the library's. Anything else, a subclass included,
// gets its methods called.
#pragma once

#include "asyncio/future_fields.h"
#include "asyncio/loop_core.h"
#include "objects/object.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ys::aio {

// obj.<method>(arg), or obj.<method>() without one; null with an exception pending.
objects::Val call_method(objects::Value obj, const char* method, objects::Value arg = objects::Value());

bool is_known_future(const LoopCore* core, objects::Value v);
// `v` is an instance of exactly `cls` (a class the core was made with; null: none).
inline bool is_exactly(const objects::Val& cls, objects::Value v) {
    return cls && objects::Value(objects::type_of(v)) == cls.get();
}
// obj.<name> for an object of a known class: its slot; get_attr for anything
// else (and an unset slot). Null with an exception pending.
objects::Val known_attr(const LoopCore* core, objects::Value obj, Field field);
// obj.<name> = value, straight into a known object's slot.
[[nodiscard]] bool set_known_attr(const LoopCore* core, objects::Value obj, Field field, objects::Value value);

// A field of a future as CPython's C Future keeps it: its slot, never through
// another descriptor. Unset (a subclass whose __init__ skipped Future's):
// RuntimeError, as the C Future's; no such field: `obj` is no future, the
// TypeError a C method gives the wrong object (`method` names it).
objects::Val future_field(objects::Value obj, Field field, const char* method);
// The same field, or null with no exception while it is unset or missing
// (*is_future, if given, tells which): for the finalisers, which a future
// whose __init__ failed also reaches.
objects::Value peek_future_field(objects::Value obj, Field field, bool* is_future = nullptr);
// Whether `obj` has a future's fields: what a C method of Future checks its
// `self` for.
bool has_future_fields(objects::Value obj);
// Sets one, in its slot (set_attr for an object without one).
[[nodiscard]] bool set_future_field(objects::Value obj, Field field, objects::Value value);

// An attribute of a library module the program has imported (say
// asyncio.events), or null with an exception pending. Both names are literals.
objects::Val library_attr(const char* module, const char* attribute);

// loop.call_soon(callback[, arg], context=context): straight into the running
// loop core when the loop's call_soon is BaseEventLoop's own.
[[nodiscard]] bool call_soon(LoopCore* core, objects::Value loop, objects::Value callback, objects::Value arg,
                             objects::Value context);

// fut.add_done_callback(fn, context=context)
[[nodiscard]] bool add_done_callback(LoopCore* core, objects::Value future, objects::Value fn,
                                     objects::Value context);

// Adds (fn, context) to a pending future's done callbacks, as CPython's
// future_add_done_callback: the first goes to `_callback0` and `_context0`
// while there is no other, any more to the `_more_callbacks` list.
[[nodiscard]] bool append_done_callback(objects::Value future, objects::Value fn, objects::Value context);

// fut._callbacks: the done callbacks as a new list of (callback, context)
// pairs, or None while there are none.
objects::Val done_callbacks(objects::Value future);

// fut.remove_done_callback(fn): removes every callback equal to fn; how many
// went, or -1 with an exception pending.
int64_t remove_done_callbacks(objects::Value future, objects::Value fn);

// Future._schedule_callbacks: every done callback goes to call_soon with the
// future, in the order they were added, and the callback fields are unset.
[[nodiscard]] bool schedule_callbacks(LoopCore* core, objects::Value future);

// Future.set_result on a pending future of a known class, in place: its
// result, its state, future_done, its done callbacks.
[[nodiscard]] bool complete_known_future(LoopCore* core, objects::Value future, objects::Value result);

// futures._set_result_unless_cancelled(fut, result), the timer callback of
// asyncio.sleep(): a future of exactly asyncio.Future is completed in place;
// anything else gets cancelled() and set_result() called.
[[nodiscard]] bool set_result_unless_cancelled(LoopCore* core, objects::Value future, objects::Value result);

// The loop core of a future's loop, or null (no exception) for a loop without
// one; null with an exception pending when reading `_loop` failed.
LoopCore* future_core(objects::Value future);

// fut.result() for the wake-up: 1 with the future's outcome a result, 0 with
// the exception result() raises taken into *error, -1 on another failure.
int future_outcome(const LoopCore* core, objects::Value future, objects::Val* error);

}  // namespace ys::aio
