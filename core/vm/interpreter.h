// The VM of one session: its Context, its builtins, the frame chain, the step
// counter and the eval loop (Python/ceval.c, Python/pystate.c in miniature).
// Python-to-Python calls push a heap frame and stay in the same loop; only
// calls made from C++ code (a builtin calling back into Python) nest a loop.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "objects/context.h"
#include "objects/dict.h"
#include "objects/code.h"
#include "objects/frame.h"
#include "objects/generator.h"
#include "vm/observer.h"

namespace ys::vm {

// How an instruction run out of line (run_cold) ended: go on with the next
// instruction, raise the pending exception here, or unwind with it without
// adding this frame to its traceback again (a re-raise).
enum class ColdResult { Next, Error, Unwind };

enum class EvalStatus {
    Returned,  // the entry frame returned; the value is its result
    Yielded,   // the entry frame (a generator's) yielded; the value is what it yielded
    Raised,    // an exception escaped the entry frame; it is pending on the Context
    Paused,    // the step slice ended; resume() goes on where it stopped
    Limit,     // the step budget is spent
};

using OutputFn = std::function<void(bool is_stderr, std::string_view text)>;

class Interpreter : public objects::VmHooks {
public:
    explicit Interpreter(OutputFn output);
    ~Interpreter() override;

    objects::Context& context() { return context_; }
    const objects::Ref<objects::DictObject>& builtins() const { return builtins_; }
    void set_builtins(objects::Ref<objects::DictObject> b) { builtins_ = std::move(b); }

    // Starts running `frame` (a module frame) with the resumable top-level loop.
    EvalStatus start(objects::Ref<objects::FrameObject> frame, uint64_t slice_end);
    // Continues a paused run until it finishes or the step counter reaches slice_end.
    EvalStatus resume(uint64_t slice_end);
    // How often resume() re-enters the loop (see there), and how many times
    // start() and resume() have entered it in all.
    static constexpr uint64_t kReentrySteps = uint64_t(1) << 20;
    uint64_t loop_entries() const { return loop_entries_; }

    uint64_t steps() const { return steps_; }
    const uint64_t* steps_ptr() const { return &steps_; }
    bool limit_hit() const { return limit_hit_; }
    uint64_t step_budget = 10'000'000;
    // Attaches the observer; it sees every instruction from the next step on.
    void set_observer(Observer* o) {
        observer_ = o;
        observe_at_ = steps_;
        stop_ = 0;
    }
    Observer* observer() const { return observer_; }
    // Ends the run before the next instruction, as the step budget does (the
    // output cap uses it); the run reports EvalStatus::Limit.
    void request_stop() {
        step_budget = steps_;
        stop_ = 0;
    }
    // Reports a named runtime event (the event loop's) to the observer, if any.
    // The fields must not be built by allocating Python objects.
    void report_event(std::string_view kind, std::initializer_list<EventField> fields) {
        if (observer_) observer_->on_runtime_event(kind, fields.begin(), fields.size());
    }
    objects::FrameObject* current_frame() override { return current_; }
    // A built-in function called by CALL and still running (it may be running
    // Python code for its caller: sorted()'s key, a loop's _run_once). Kept
    // only while an observer watches; snapshots show them as native frames.
    struct NativeCall {
        objects::Value callable;  // borrowed: the caller's stack holds it during the call
        objects::Value self;      // the object a method was looked up on, or null
        objects::FrameObject* caller;
        uint64_t step;  // the step of the CALL (or the last step before enter_native)
        const char* qualname = nullptr;  // set by enter_native instead of a callable
    };
    void enter_native(const char* qualname, objects::Value self) override {
        if (observer_) note_native({objects::Value(), self, current_, steps_ ? steps_ - 1 : 0, qualname});
    }
    // Only watched runs note their native calls, so the list is not charged
    // to the run's memory cap (util/memory.h): every replay must reach the cap
    // where the run did.
    void note_native(const NativeCall& call) {
        util::UncountedScope uncounted;
        native_calls_.push_back(call);
    }
    void leave_native() override {
        if (observer_ && !native_calls_.empty()) native_calls_.pop_back();
    }
    // Ends a native call noted while an observer watched, even if it has gone since.
    void pop_native_call() {
        if (!native_calls_.empty()) native_calls_.pop_back();
    }
    const std::vector<NativeCall>& native_calls() const { return native_calls_; }
    objects::Value handled_exception() override { return handled_; }
    // Runs module code (an imported Python-source module) to completion.
    objects::Val run_module(objects::Ref<objects::CodeObject> code, objects::Ref<objects::DictObject> globals);

    // VmHooks
    objects::Val call_python(objects::Value callable, objects::CallArgs args) override;
    objects::Val run_with_locals(objects::Value function, objects::Value locals) override;
    objects::Val import_module(objects::StrObject* name) override { return importer_(name); }
    objects::SendResult gen_resume(objects::GeneratorObject* gen, objects::Value arg, objects::Val exc,
                                   objects::Val* result) override;
    objects::Val gen_next(objects::GeneratorObject* gen) override;
    bool gen_close(objects::GeneratorObject* gen) override;
    void finalize_generator(objects::GeneratorObject* gen) override;
    // Interpreter shutdown: finalises every generator still suspended, oldest
    // first, while globals are still intact (CPython's final garbage collection).
    void finalize_all_generators();
    // Drops the call chain of a run that paused and will not go on (its engine
    // is going), innermost frame first, running nothing; see teardown.cpp.
    void abandon_paused_run();
    void set_importer(std::function<objects::Val(objects::StrObject*)> importer) { importer_ = std::move(importer); }
    // Writes "Exception ignored in: <where>" and then the exception through the
    // hook (the traceback format lives above the VM), as CPython's unraisablehook.
    void report_unraisable(objects::Value where);
    void set_unraisable_hook(std::function<void(objects::Val exc)> hook) { unraisable_hook_ = std::move(hook); }
    void write_output(bool is_stderr, std::string_view text) override {
        if (observer_) observer_->on_output(is_stderr, text);
        output_(is_stderr, text);
    }

private:
    // Pushes `frame` on the chain and runs it to completion in a nested loop.
    objects::Val run_nested(objects::Ref<objects::FrameObject> frame);
    // Runs frames until `entry` returns or raises (or the slice ends, when resumable).
    // With `throwing`, the entry frame starts by raising the pending exception.
    EvalStatus run(objects::FrameObject* entry, bool resumable, objects::Val* result, bool throwing = false);
    // The loop's slow path, taken when the step counter reaches stop_: the
    // step budget's end (Limit, RuntimeError pending), the observer's next
    // step, the end of the slice (Pause: run() returns Paused). ip, lasti and
    // depth are f's position in the loop's variables, saved where needed.
    enum class StopAction { Go, Limit, Pause };
    [[gnu::noinline]] StopAction at_stop_point(objects::FrameObject* f, bool resumable, uint32_t ip, int32_t lasti,
                                               uint32_t depth);
    // An exception raised in f: chained to the one being handled, f added to
    // its traceback (CPython's PyTraceBack_Here), the observer told.
    [[gnu::noinline]] void note_raise(objects::FrameObject* f);
    // The instructions run() leaves to a function of their own (cold_ops.cpp),
    // on f as run() saved it; f's stack depth is saved again on the way out.
    ColdResult run_cold(objects::FrameObject* f, compile::Instruction ins);
    // run(), with an allocation refused under it (std::bad_alloc: past the
    // memory cap's hard limit, or malloc failing) turned into a MemoryError
    // raised in the innermost frame. Inline (below): a generator that C++
    // iterates (sum(), list(), join ...) enters it once per value. The
    // recovery is out of line (out_of_memory.cpp): whether the frames can
    // take the error, then the MemoryError and the loop run again.
    EvalStatus run_guarded(objects::FrameObject* entry, bool resumable, objects::Val* result, bool throwing = false);
    bool can_raise_memory_error(objects::FrameObject* entry) const;
    EvalStatus run_after_bad_alloc(objects::FrameObject* entry, bool resumable, objects::Val* result,
                                   size_t native_calls);
    // Generator bookkeeping around a resume: its state, its exception state
    // (inline below: every yield and resume goes through them).
    void enter_generator(objects::GeneratorObject* gen, objects::FrameObject* resumer);
    void leave_generator(objects::GeneratorObject* gen, bool completed);
    // The two halves of a delegation shortcut (yield from, await) taken only
    // when no observer watches and no stop falls inside it; the steps count as
    // if the instructions had run. passes_yield_up: `resumer`, given the value
    // a generator it resumed (to `return_target`) yielded, would only yield it
    // on (its next instruction is YIELD_VALUE, after its SEND).
    // delegate_to_resume: f, resumed with `sent` where it passed a delegate's
    // value on, would only send it on to that delegate (RESUME,
    // JUMP_BACKWARD_NO_INTERRUPT, SEND into a generator that can take it);
    // that generator, or null. Each is asked only where a flag of the frame
    // hints at it (FrameObject::resumed_by_send, suspended_delegating), so
    // that an ordinary yield and resume pay one load each.
    bool passes_yield_up(objects::FrameObject* resumer, int32_t return_target) const;
    objects::GeneratorObject* delegate_to_resume(objects::FrameObject* f, objects::Value sent) const;
    // Resumes `gen` from C++, with a nested loop; the entry point of gen_resume.
    objects::SendResult resume_frame(objects::GeneratorObject* gen, objects::Value arg, objects::Val exc,
                                     objects::Val* result);
    // Closes any iterator for close()/throw(GeneratorExit) delegation.
    bool close_iterator(objects::Value it);
    uint64_t stop_point(bool resumable) const;

    objects::Context context_;
    objects::Ref<objects::DictObject> builtins_;
    OutputFn output_;
    std::function<objects::Val(objects::StrObject*)> importer_;
    std::function<void(objects::Val)> unraisable_hook_;
    Observer* observer_ = nullptr;
    uint64_t observe_at_ = 0;  // the next step the observer wants to see
    std::vector<NativeCall> native_calls_;  // innermost last, see native_calls()
    objects::FrameObject* current_ = nullptr;  // innermost running frame
    objects::Ref<objects::FrameObject> top_frame_;  // the module frame of the current run
    uint64_t steps_ = 0;
    uint64_t slice_end_ = 0;
    uint64_t loop_entries_ = 0;
    // The __next__ FOR_ITER last found on a class, by the class's version tag
    // (unique in the process and changed whenever the class's attributes
    // change) and the built-in types' epoch, as the attribute caches check
    // them: a loop over a class iterator asks for it once per item.
    // Borrowed: the class's dict holds it while the tag stands.
    uint64_t next_method_tag_ = 0;
    uint64_t next_method_epoch_ = 0;
    objects::Value next_method_;
    // The step at which the running loop next takes its slow path (budget,
    // observer, end of slice). A member rather than a local so that
    // request_stop() and set_observer() reach a loop that is already running;
    // a nested loop sets it to 0 on the way out so its caller recomputes it.
    uint64_t stop_ = 0;
    // The keyword names KW_NAMES sets for the CALL right after it. A member
    // rather than a variable of run() (see there); nothing runs between the
    // two, so a nested loop never finds it set.
    objects::TupleObject* kwnames_ = nullptr;
    // In the wasm build, the running loop's instruction that runs or last ran
    // (run()'s THIS_IP, see there); unused natively.
    const compile::Instruction* last_ip_ = nullptr;
    // A paused run keeps the paused frame's earlier saved position here and
    // restores it on resuming, so pausing leaves no trace in the frames (a
    // snapshot of an outer frame then reads the same whatever the pauses were).
    bool paused_ = false;
    uint32_t paused_ip_ = 0;
    uint32_t paused_depth_ = 0;
    int depth_ = 0;  // Python frames on the chain, for RecursionError
    // Eval loops nested through C++ (a builtin calling back into Python): Python
    // calls themselves do not nest, but these do, so each takes its share of
    // the native stack budget (objects/recursion.h), which keeps the native
    // (and wasm) stack safe whatever sys.setrecursionlimit says. False, with
    // RecursionError pending, when the budget is spent.
    [[nodiscard]] bool enter_nested_loop();
    void leave_nested_loop();
    bool limit_hit_ = false;  // the step budget ran out: unwind without running handlers
    // The exception being handled (sys.exc_info()); the ones it displaced are
    // saved on the value stack by PUSH_EXC_INFO, as in CPython 3.11+.
    objects::Val handled_;
};

// Binds call arguments into a new frame's fast locals, raising CPython's
// TypeErrors for missing, surplus, duplicate or unexpected arguments.
[[nodiscard]] bool bind_arguments(objects::FunctionObject* fn, objects::FrameObject* frame, objects::CallArgs args);

YS_ALWAYS_INLINE void Interpreter::enter_generator(objects::GeneratorObject* gen, objects::FrameObject* resumer) {
    objects::FrameObject* gf = gen->frame.get();
    objects::FrameState from = gen->state;
    gen->state = objects::FrameState::Running;
    if (observer_) observer_->on_gen_state(gen, from);
    gf->back = resumer;
    // The generator sees its own handled exception if it has one, else its
    // resumer's. Usually neither has one: then there is nothing to move (a
    // suspended generator's exc_outer is always empty, leave_generator sees to it).
    if (handled_ || gen->exc_state) [[unlikely]] {
        gf->exc_outer = handled_;
        if (gen->exc_state) handled_ = std::move(gen->exc_state);
    }
}

YS_ALWAYS_INLINE EvalStatus Interpreter::run_guarded(objects::FrameObject* entry, bool resumable,
                                                     objects::Val* result, bool throwing) {
    size_t natives = native_calls_.size();
    try {
        return run(entry, resumable, result, throwing);
    } catch (const std::bad_alloc&) {
        if (!can_raise_memory_error(entry)) throw;
    }
    return run_after_bad_alloc(entry, resumable, result, natives);
}

YS_ALWAYS_INLINE void Interpreter::leave_generator(objects::GeneratorObject* gen, bool completed) {
    objects::FrameObject* gf = gen->frame.get();
    // gen->exc_state is empty while it runs (enter_generator took it); with no
    // exception handled inside or outside, there is nothing to move.
    if (handled_ || gf->exc_outer) [[unlikely]] {
        gen->exc_state = gf->open_handlers > 0 ? std::move(handled_) : objects::Val();
        handled_ = std::move(gf->exc_outer);
    }
    gf->return_target = -1;
    gen->state = completed ? objects::FrameState::Completed : objects::FrameState::Suspended;
    if (observer_) observer_->on_gen_state(gen, objects::FrameState::Running);
}

}  // namespace ys::vm
