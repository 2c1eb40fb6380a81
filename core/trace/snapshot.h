// Snapshots: the picture of the machine right after one step, as the JSON of
// docs/trace-format.md (frames with their locals and value stacks, the frames
// of suspended generators, the heap they reach, the exception, the output).
// A snapshot only reads VM state: it never runs Python code or allocates
// Python objects, so taking one cannot change the run.
//
// Snapshots are taken by replay: a Seeker watches a fresh (or earlier) run of
// the same program and captures the state when the step counter passes the
// target step, wherever the VM is (a nested loop included).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/source.h"
#include "vm/interpreter.h"
#include "vm/observer.h"

namespace ys::compile {
struct CodeUnit;
}

namespace ys::trace {

class History;

constexpr int kSnapshotVersion = 1;

// Limits that keep a snapshot small and fast.
struct SnapshotLimits {
    size_t max_objects = 400;    // object entries; further refs stay refs without an entry
    size_t max_items = 50;       // items of one container, attributes of one instance
    size_t max_suspended = 100;  // suspended frames listed
    size_t max_repr = 120;       // characters of a repr
};

// An exception as a snapshot shows it, captured while the VM reported it.
struct ExceptionInfo {
    std::string state;  // "raised", "handled", "uncaught"
    std::string type;
    std::string text;   // "Type: message"
    uint32_t ref = 0;
    bool caught = false;  // "raised": a handler caught it during the step
    struct Entry {
        uint32_t frame;
        std::string name;
        std::string file;
        int line;
    };
    std::vector<Entry> traceback;  // outermost first
};
ExceptionInfo describe_exception(objects::Value exc, const char* state);

// The instruction a step ran, noted just before it ran (copied: its code
// object may be gone by the end of the step).
struct StepInstruction {
    bool known = false;
    uint32_t frame = 0;  // the id of the frame that ran it
    int code = -1;       // the code's index in the dis listing, or -1
    std::string file;
    util::Span span;
    uint32_t index = 0;  // instruction index in its code
    uint8_t op = 0;
    uint32_t arg = 0;
};

// What the snapshot needs besides the VM state.
struct SnapshotInput {
    uint64_t step = 0;
    uint64_t total_steps = 0;  // steps of the whole run so far
    std::string status;        // "running", or the run's status at its last step
    const StepInstruction* instruction = nullptr;
    vm::Interpreter* interp = nullptr;
    objects::DictObject* globals = nullptr;  // __main__'s namespace, null once cleared
    const ExceptionInfo* exception = nullptr;  // raised during the step / uncaught, else null
    objects::Value exception_value;            // that exception, when it is known to be alive
    size_t output_length = 0;  // UTF-16 units of output so far
    size_t output_bytes = 0;
    const History* history = nullptr;  // for the step's events, may be null
    // The index of a code unit in the session's dis listing, or -1.
    std::function<int(const compile::CodeUnit*)> code_index;
    SnapshotLimits limits;
};

std::string build_snapshot(const SnapshotInput& in);

// The observer of a replay: lets the run go until the steps it is aimed at,
// notes each one's instruction and any exception raised during it, and calls
// `capture(step)` right after each (before the next instruction, or at the end
// of the run for the last step). One replay can so take the snapshots of a
// whole window of steps around the one asked for.
class Seeker : public vm::Observer {
public:
    using CodeIndexFn = std::function<int(const compile::CodeUnit*)>;
    using CaptureFn = std::function<void(uint64_t step)>;
    Seeker(const uint64_t* steps, CodeIndexFn code_index) : steps_(steps), code_index_(std::move(code_index)) {}
    // Aims at steps first..last; the VM must not have run `first` yet.
    void aim(uint64_t first, uint64_t last, CaptureFn capture);
    // Whether step `step` of the current aim has been captured.
    bool captured(uint64_t step) const { return captured_any_ && step <= captured_up_to_ && step >= first_; }
    // The run ended with `steps` steps: captures the last one if aimed at.
    void run_ended(uint64_t steps);

    // While capturing: the step's instruction and exception.
    const StepInstruction& instruction() const { return instruction_; }
    const ExceptionInfo* exception() const { return has_exception_ ? &exception_ : nullptr; }
    // That exception if it is still alive where the VM keeps it (on a frame's
    // stack after a handler caught it, or pending), else null. Never
    // dereferences a pointer it has not found there.
    objects::Value live_exception(vm::Interpreter& interp) const;

    uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) override;
    void on_exception(objects::FrameObject* frame, objects::Value exc) override;
    void on_handled(objects::FrameObject* frame, objects::Value exc) override;
    void on_unwind(objects::FrameObject* frame, objects::Value exc) override;

private:
    // The step running now is one being watched (its exceptions are noted).
    bool watching() const { return noted_ && *steps_ == noted_step_ + 1; }
    void note(objects::FrameObject* frame, uint64_t step);
    void capture_noted();
    const uint64_t* steps_;
    CodeIndexFn code_index_;
    uint64_t first_ = 0, last_ = 0;
    CaptureFn capture_;
    bool noted_ = false;  // instruction_ describes noted_step_, not yet captured
    uint64_t noted_step_ = 0;
    bool captured_any_ = false;
    uint64_t captured_up_to_ = 0;
    StepInstruction instruction_;
    ExceptionInfo exception_;
    const void* exception_object_ = nullptr;  // compared only, see live_exception()
    bool has_exception_ = false;
};

}  // namespace ys::trace
