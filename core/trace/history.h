// The history of a run: every event the VM reported, numbered by the step it
// happened at, recorded by an Observer that watches every instruction (for the
// "line" events). Events are compact records; their texts live in one pool.
// Frames, generators and objects are named by their allocation serials, the
// same ids the snapshots use.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "objects/context.h"
#include "vm/observer.h"

namespace ys::trace {

enum class EventKind : uint8_t {
    Line,         // a frame reaches the first instruction of a line (or jumps back within one)
    Call,         // a Python frame starts
    Return,       // a frame returns (a generator frame: it finishes)
    Yield,        // a generator/coroutine frame suspends
    Resume,       // a generator/coroutine frame resumes (next, send, throw, close)
    Exception,    // an exception is raised in a frame or arrives in it from a callee
    Handled,      // a handler in the frame catches it
    Unwind,       // the exception leaves the frame, which is done
    GenCreated,   // a generator, coroutine or async generator object is made
    GenState,     // its state changes
    GenFinalize,  // it is finalised (dropped while suspended, or at shutdown)
    Output,       // the program writes to stdout or stderr
    Runtime,      // a named event of a runtime layer (the event loop), with its own fields
};
const char* event_kind_name(EventKind kind);

// How a frame was resumed (Event::sub of Resume events).
enum class ResumeHow : uint8_t { Next, Send, Throw, Close };
const char* resume_how_name(ResumeHow how);

struct Event {
    uint64_t step;      // the step during which it happened (0 for before the first)
    uint32_t frame;     // the frame's id, or 0
    uint32_t object;    // a generator's id (yield, resume, gen_*), the exception's, or 0
    uint32_t value;     // the id of the value (return, yield, resume) if shown by ref, else 0;
                        // for output, the length of the text
    uint32_t text;      // where its text starts in the pool (output: in the session's output)
    uint16_t line;      // the frame's line, or 0 (lines past 65535 read as 65535)
    uint16_t code;      // the frame's code (History::code), kNoCode without a frame
    uint16_t text_len;  // length of its text in the pool
    EventKind kind;
    uint8_t sub;        // ResumeHow, the new FrameState, the stream (1 = stderr), the generator kind
};
static_assert(sizeof(Event) == 32, "events are kept compact: a long run has millions");
constexpr uint16_t kNoCode = 0xFFFF;

// A code object the history has seen frames of.
struct CodeInfo {
    std::string qualname;
    std::string filename;
    const void* unit;  // its CodeUnit, to find it again (names checked too: units can be freed)
};

// An append-only sequence of events in fixed blocks: growing never copies
// what is there, and wastes at most one block.
class EventLog {
public:
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Event& operator[](size_t i) const { return blocks_[i >> kShift][i & kMask]; }
    Event& push_back(const Event& e);
    size_t memory_bytes() const { return blocks_.size() * kBlock * sizeof(Event); }

    class const_iterator {
    public:
        const_iterator(const EventLog* log, size_t i) : log_(log), i_(i) {}
        const Event& operator*() const { return (*log_)[i_]; }
        const_iterator& operator++() {
            ++i_;
            return *this;
        }
        bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

    private:
        const EventLog* log_;
        size_t i_;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size_}; }

private:
    static constexpr size_t kShift = 12;
    static constexpr size_t kBlock = size_t(1) << kShift;
    static constexpr size_t kMask = kBlock - 1;
    std::vector<std::unique_ptr<Event[]>> blocks_;
    size_t size_ = 0;
};

// The recorded events of a run (steps ascending) and their texts.
class History {
public:
    const EventLog& events() const { return events_; }
    std::string_view text(const Event& e) const;
    const CodeInfo* code(uint16_t index) const { return index < codes_.size() ? &codes_[index] : nullptr; }
    // The first event at or after `step` (events().size() if none).
    size_t lower_bound(uint64_t step) const;
    // Bytes of memory the history holds (for the inspector's budget).
    size_t memory_bytes() const;
    // A history stops growing at max_bytes: events from then on are not
    // recorded (truncated_at() tells the first step without them).
    void set_max_bytes(size_t n) { max_bytes_ = n; }
    bool truncated() const { return truncated_; }
    uint64_t truncated_at() const { return truncated_at_; }

    // The output text events point into (owned by the session).
    void set_output(const std::string* output) { output_ = output; }

private:
    friend class Recorder;
    EventLog events_;
    std::string pool_;
    std::vector<CodeInfo> codes_;
    const std::string* output_ = nullptr;
    size_t max_bytes_ = size_t(256) << 20;
    bool truncated_ = false;
    uint64_t truncated_at_ = 0;
};

// Writes a run's events into a History. Watches every instruction; it reads
// VM state only (no Python code, no allocation of Python objects, no
// references kept), so the run it watches is the run it would be unwatched.
class Recorder : public vm::Observer, public objects::LoopEventSink {
public:
    // `steps` is the VM's step counter; `output_size` the size of the session's
    // output so far (output events point into it).
    Recorder(History* history, const uint64_t* steps, const std::string* output);

    uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) override;
    void on_call(objects::FrameObject* frame) override;
    void on_return(objects::FrameObject* frame, objects::Value value) override;
    void on_yield(objects::FrameObject* frame, objects::Value value) override;
    void on_resume(objects::FrameObject* frame, objects::Value sent, bool thrown) override;
    void on_exception(objects::FrameObject* frame, objects::Value exc) override;
    void on_handled(objects::FrameObject* frame, objects::Value exc) override;
    void on_unwind(objects::FrameObject* frame, objects::Value exc) override;
    void on_gen_created(objects::GeneratorObject* gen) override;
    void on_gen_state(objects::GeneratorObject* gen, objects::FrameState from) override;
    void on_gen_finalize(objects::GeneratorObject* gen) override;
    void on_output(bool is_stderr, std::string_view text) override;
    void on_runtime_event(std::string_view kind, const vm::EventField* fields, size_t count) override;
    // The event loop's actions (Context::loop_events): runtime events with the
    // fields `subject` (the handle, task or future), `detail` and `clock`.
    void on_loop_event(std::string_view kind, objects::Value subject, std::string_view detail, double clock) override;

private:
    Event& add(EventKind kind, objects::FrameObject* frame);
    // Appends `e` to the history, or to nowhere once the history is full.
    Event& push(const Event& e);
    Event scratch_{};
    uint16_t code_index(objects::FrameObject* frame);
    void set_text(Event& e, std::string_view text);
    void set_value(Event& e, objects::Value v);
    void forget(objects::FrameObject* frame);
    uint64_t now() const { return *steps_ ? *steps_ - 1 : 0; }

    History* history_;
    const uint64_t* steps_;
    const std::string* output_;
    // Where each frame last was, to tell when it reaches a new line.
    struct Position {
        int32_t line;
        uint32_t index;
        uint32_t run;  // instructions run on this line since it was reached
    };
    uint32_t cur_frame_ = 0;
    uint16_t cur_code_ = kNoCode;
    Position cur_{-1, 0, 0};
    std::unordered_map<uint32_t, Position> positions_;
};

// One line per event: "STEP KIND [QUALNAME:LINE] DETAIL" (yieldscope trace).
std::string events_to_text(const History& h);
// The events with from <= step <= to as a JSON array (docs/trace-format.md).
std::string events_to_json(const History& h, uint64_t from, uint64_t to);
// Appends one event as a JSON object to `w`.
class JsonWriter;
void write_event_json(JsonWriter& w, const History& h, const Event& e);

}  // namespace ys::trace
