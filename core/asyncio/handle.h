// asyncio's Handle and TimerHandle (Lib/asyncio/events.py) as native objects:
// a callback with its arguments, waiting in the loop's ready deque or timer
// heap. The loop core reads them directly, so the inspector can list what is
// scheduled without running Python code.
#pragma once

#include <string>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::aio {

class LoopCore;

class HandleObject : public objects::Object {
public:
    HandleObject(objects::TypeObject* t, bool timer) : Object(t), is_timer(timer) {}
    void traverse(objects::Visitor& v) override;
    void clear_refs() override;

    objects::Val callback;  // None once cancelled (CPython drops it)
    objects::Val args;      // a tuple, None once cancelled
    objects::Val loop;      // the Python loop object (call_exception_handler)
    objects::Val context;   // the `context=` passed in, or None
    objects::Ref<LoopCore> core;  // set while a timer sits in `core`'s heap
    bool cancelled = false;
    const bool is_timer;
    bool scheduled = false;  // a timer still in the heap (TimerHandle._scheduled)
    double when = 0.0;       // deadline on the loop's clock (timers only)
    objects::Val when_value; // the deadline as given (call_at(3) keeps the int 3)
    // What the callback was, kept after cancel() drops it, for descriptions.
    std::string description;
};

objects::TypeObject* handle_type();
objects::TypeObject* timer_handle_type();

objects::Ref<HandleObject> new_handle(objects::Value callback, objects::Value args, objects::Value loop,
                                      objects::Value context);
objects::Ref<HandleObject> new_timer_handle(objects::Value when, double deadline, objects::Value callback, objects::Value args,
                                            objects::Value loop, objects::Value context);

// `f(1, 'a')`: the callback and arguments as CPython's format_helpers shows
// them. Runs no Python code (reads names and reprs of built-in values only).
std::string describe_callback(objects::Value callback, objects::Value args);

// Handle._run: calls the callback; an exception other than SystemExit and
// KeyboardInterrupt goes to loop.call_exception_handler. False when an
// exception must propagate out of the loop (it is pending).
[[nodiscard]] bool run_handle(HandleObject* h);

// Handle.cancel() (and TimerHandle's bookkeeping of cancelled timers).
void cancel_handle(HandleObject* h);

}  // namespace ys::aio
