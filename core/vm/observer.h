// The hooks an observer (the inspector) attaches to the VM. The VM holds one
// pointer: with none attached, the only per-instruction cost is the step check
// the loop makes anyway, and each event site costs one null test.
// Observers only read VM state: they never run Python code, never allocate
// Python objects and never keep references, so a run is the same observed or not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace ys::objects {
class FrameObject;
class GeneratorObject;
enum class FrameState : uint8_t;
}  // namespace ys::objects

namespace ys::vm {

// One named field of a runtime event (see Observer::on_runtime_event): a
// number, a text or a Python value (shown by the inspector as a value ref).
struct EventField {
    enum class Type : uint8_t { Int, Float, Text, Value };
    std::string_view name;
    Type type;
    int64_t i = 0;
    double d = 0;
    std::string_view text;
    objects::Value value;

    EventField(std::string_view n, int v) : name(n), type(Type::Int), i(v) {}
    EventField(std::string_view n, int64_t v) : name(n), type(Type::Int), i(v) {}
    EventField(std::string_view n, uint64_t v) : name(n), type(Type::Int), i(static_cast<int64_t>(v)) {}
    EventField(std::string_view n, double v) : name(n), type(Type::Float), d(v) {}
    EventField(std::string_view n, std::string_view v) : name(n), type(Type::Text), text(v) {}
    EventField(std::string_view n, const char* v) : name(n), type(Type::Text), text(v) {}
    EventField(std::string_view n, objects::Value v) : name(n), type(Type::Value), value(v) {}
    EventField(std::string_view n, objects::Object* v) : name(n), type(Type::Value), value(v) {}
};

class Observer {
public:
    virtual ~Observer() = default;
    // Called before an instruction once the step counter reaches the step the
    // observer last asked for; returns the next step it wants to see. `frame`
    // is the innermost frame; frame->ip is the instruction about to run.
    virtual uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) = 0;
    // A Python frame starts running (after its arguments are bound).
    virtual void on_call(objects::FrameObject* frame) {}
    // A frame returns `value` (a generator frame: it finishes).
    virtual void on_return(objects::FrameObject* frame, objects::Value value) {}
    // A generator/coroutine frame suspends at YIELD_VALUE, handing out `value`.
    virtual void on_yield(objects::FrameObject* frame, objects::Value value) {}
    // A suspended (or new) generator/coroutine frame is resumed with `sent`;
    // `thrown` is set when it resumes by raising (throw(), close()), and then
    // `sent` is the exception it raises.
    virtual void on_resume(objects::FrameObject* frame, objects::Value sent, bool thrown) {}
    // An exception is raised in, or passes through, `frame`.
    virtual void on_exception(objects::FrameObject* frame, objects::Value exc) {}
    // A handler in `frame` catches the exception.
    virtual void on_handled(objects::FrameObject* frame, objects::Value exc) {}
    // The exception leaves `frame`, which had no handler for it; the frame is done.
    virtual void on_unwind(objects::FrameObject* frame, objects::Value exc) {}
    // RETURN_GENERATOR made `gen` (a generator, coroutine or async generator).
    virtual void on_gen_created(objects::GeneratorObject* gen) {}
    // `gen`'s state changed from `from` to gen->state.
    virtual void on_gen_state(objects::GeneratorObject* gen, objects::FrameState from) {}
    // `gen` is being finalised (dropped while suspended, or at shutdown).
    virtual void on_gen_finalize(objects::GeneratorObject* gen) {}
    // The program wrote to stdout or stderr.
    virtual void on_output(bool is_stderr, std::string_view text) {}
    // A named event of a runtime layer (the event loop: "handle_scheduled",
    // "timer_pushed", "task_stepped" ...), with its own fields.
    virtual void on_runtime_event(std::string_view kind, const EventField* fields, size_t count) {}
};

}  // namespace ys::vm
