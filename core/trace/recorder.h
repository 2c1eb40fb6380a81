// The event recorder: an Observer that writes down what the VM does (calls,
// returns, yields, resumes, exceptions, output) with the step it happened at.
// It only reads the VM's state and never runs Python code, so recording
// cannot change what the program does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/observer.h"

namespace ys::trace {

enum class EventKind { Call, Return, Yield, Resume, Throw, Exception, Handled, Output };
const char* event_kind_name(EventKind kind);

struct Event {
    uint64_t step;       // the instruction count when it happened
    EventKind kind;
    std::string frame;   // the frame's code qualname ("" for output)
    int line;            // the frame's current line (0 for output)
    std::string detail;  // a short description of the value, exception or text
};

class Recorder : public vm::Observer {
public:
    // `steps` is the VM's step counter, read when an event fires.
    explicit Recorder(const uint64_t* steps) : steps_(steps) {}

    const std::vector<Event>& events() const { return events_; }
    // One event per line: "STEP KIND FRAME:LINE DETAIL".
    std::string to_text() const;

    uint64_t on_instruction(objects::FrameObject*, uint64_t) override { return UINT64_MAX; }
    void on_call(objects::FrameObject* frame) override;
    void on_return(objects::FrameObject* frame, objects::Value value) override;
    void on_yield(objects::FrameObject* frame, objects::Value value) override;
    void on_resume(objects::FrameObject* frame, objects::Value sent, bool thrown) override;
    void on_exception(objects::FrameObject* frame, objects::Value exc) override;
    void on_handled(objects::FrameObject* frame, objects::Value exc) override;
    void on_output(bool is_stderr, std::string_view text) override;

private:
    void add(EventKind kind, objects::FrameObject* frame, std::string detail);
    const uint64_t* steps_;
    std::vector<Event> events_;
};

// A short, side-effect-free description of a value: the repr of simple
// built-in values, `<TypeName>` for everything else.
std::string describe(objects::Value v);

}  // namespace ys::trace
