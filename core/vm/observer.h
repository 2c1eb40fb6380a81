// The hooks an observer (the inspector) attaches to the VM. The VM holds one
// pointer: with none attached, the only per-instruction cost is the step check
// the loop makes anyway, and each event site costs one null test.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace ys::objects {
class FrameObject;
class GeneratorObject;
}  // namespace ys::objects

namespace ys::vm {

class Observer {
public:
    virtual ~Observer() = default;
    // Called before an instruction once the step counter reaches the step the
    // observer last asked for; returns the next step it wants to see.
    virtual uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) = 0;
    // A Python frame starts running (after its arguments are bound).
    virtual void on_call(objects::FrameObject* frame) {}
    // A frame returns `value` (a generator frame: it finishes).
    virtual void on_return(objects::FrameObject* frame, objects::Value value) {}
    // A generator/coroutine frame suspends at YIELD_VALUE, handing out `value`.
    virtual void on_yield(objects::FrameObject* frame, objects::Value value) {}
    // A suspended (or new) generator/coroutine frame is resumed with `sent`;
    // `thrown` is set when it resumes by raising (throw(), close()).
    virtual void on_resume(objects::FrameObject* frame, objects::Value sent, bool thrown) {}
    // An exception is raised in, or passes through, `frame`.
    virtual void on_exception(objects::FrameObject* frame, objects::Value exc) {}
    // A handler in `frame` catches the exception.
    virtual void on_handled(objects::FrameObject* frame, objects::Value exc) {}
    // The program wrote to stdout or stderr.
    virtual void on_output(bool is_stderr, std::string_view text) {}
};

}  // namespace ys::vm
