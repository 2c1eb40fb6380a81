// Per-session interpreter state that object code needs: the pending exception
// (CPython's tstate->current_exception), session ids, output, and the hooks into
// the VM. The Session makes its Context current while it runs; object code reads
// it through cx(), as CPython code reads the current thread state.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "objects/attribute_cache.h"
#include "objects/gc.h"
#include "objects/id_table.h"
#include "objects/object.h"
#include "objects/type.h"
#include "util/memory.h"

namespace ys::objects {

class BaseExceptionObject;
class DictObject;
class GeneratorObject;
class ModuleObject;
enum class SendResult : uint8_t;
class StrObject;
class FrameObject;

// What object code needs from the VM, implemented in vm/.
class VmHooks {
public:
    virtual ~VmHooks() = default;
    // Calls a Python function (or anything callable) and runs it to completion.
    virtual Val call_python(Value callable, CallArgs args) = 0;
    // The exception being handled right now (sys.exc_info()), or null.
    virtual Value handled_exception() = 0;
    // The innermost running Python frame (what a builtin was called from).
    virtual FrameObject* current_frame() = 0;
    // Runs a function's code with `locals` as its namespace (a class body).
    virtual Val run_with_locals(Value function, Value locals) = 0;
    // `import name` (IMPORT_NAME): the module, or null with ModuleNotFoundError.
    virtual Val import_module(StrObject* name) = 0;
    // Resumes a generator/coroutine: sends `arg` (None for next()), or raises
    // `exc` at its suspension point when exc is set (throw()). On Next/Return
    // *result holds the yielded/returned value; on Error an exception is pending.
    virtual SendResult gen_resume(GeneratorObject* gen, Value arg, Val exc, Val* result) = 0;
    // next(gen) from C++ (tp_iternext: a builtin consuming a generator), the
    // commonest resume: the yielded value, or null when the generator returned
    // (nothing pending) or raised (its exception pending).
    virtual Val gen_next(GeneratorObject* gen) = 0;
    // gen.close(): false with an exception pending on failure.
    virtual bool gen_close(GeneratorObject* gen) = 0;
    // Called when a generator is deallocated while suspended (CPython's
    // _PyGen_Finalize): closes it, so its finally blocks run at that moment.
    virtual void finalize_generator(GeneratorObject* gen) = 0;
    // Writes program output ("print") to stdout or stderr.
    virtual void write_output(bool is_stderr, std::string_view text) = 0;
    // C++ code that stands for a Python function CPython runs here (the event
    // loop's _run_once, Handle._run) brackets itself with these, so that an
    // inspector can show it as a native frame; `qualname` is a literal.
    virtual void enter_native(const char* /*qualname*/, Value /*self*/) {}
    virtual void leave_native() {}
};

// enter_native/leave_native for the lifetime of a scope.
class NativeFrameScope {
public:
    NativeFrameScope(VmHooks& hooks, const char* qualname, Value self) : hooks_(hooks) {
        hooks_.enter_native(qualname, self);
    }
    ~NativeFrameScope() { hooks_.leave_native(); }
    NativeFrameScope(const NativeFrameScope&) = delete;
    NativeFrameScope& operator=(const NativeFrameScope&) = delete;

private:
    VmHooks& hooks_;
};

// Receives the event loop's actions (asyncio/): "handle_scheduled",
// "handle_run", "timer_pushed", "timer_fired", "timer_cancelled",
// "timer_dropped", "clock_advanced", "task_created", "task_stepped",
// "task_done", "future_done", "callback_added". `subject` is the handle, task
// or future; `detail` a readable description; `clock` the virtual time after
// the action. The inspector attaches one; the loop tests for null first.
class LoopEventSink {
public:
    virtual ~LoopEventSink() = default;
    virtual void on_loop_event(std::string_view kind, Value subject, std::string_view detail, double clock) = 0;
};

// The session's spare frame blocks, by slot count (FrameObject::create and
// free_frame): a Python call takes a block freed by an earlier one instead of
// going to malloc, as CPython's frames come off a per-thread stack. A few are
// kept per size; the rest go back to malloc. The blocks stay charged to the
// session's memory budget while they wait, the same in every run of a program.
struct FrameBlockCache {
    static constexpr size_t kMaxSlots = 31;
    static constexpr size_t kPerSize = 8;
    FrameBlockCache() = default;
    ~FrameBlockCache();
    FrameBlockCache(const FrameBlockCache&) = delete;
    FrameBlockCache& operator=(const FrameBlockCache&) = delete;
    void* take(size_t slots) { return slots <= kMaxSlots && count[slots] ? blocks[slots][--count[slots]] : nullptr; }
    bool put(size_t slots, void* block) {
        if (slots > kMaxSlots || count[slots] == kPerSize) return false;
        blocks[slots][count[slots]++] = block;
        return true;
    }

private:
    void* blocks[kMaxSlots + 1][kPerSize] = {};
    uint8_t count[kMaxSlots + 1] = {};
};

class Context {
public:
    explicit Context(VmHooks* hooks);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    // The raised exception, or null. Setting one while another is pending
    // replaces it (the caller decided the new one wins).
    bool has_error() const { return !pending_.is_null(); }
    void set_error(Val exc) { pending_ = std::move(exc); }
    Val take_error() { Val e = std::move(pending_); return e; }
    Value peek_error() const { return pending_; }

    // Declared first, so it goes last: frames freed by the other members'
    // destructors can still come back to it.
    FrameBlockCache frame_blocks;

    // id() and the default hash: a counter per session, so runs are reproducible.
    uint64_t session_id(const Object* o);
    void forget_id(const Object* o);

    VmHooks& hooks() { return *hooks_; }

    // sys.getrecursionlimit(): Python frames (counted by the VM) and, capped
    // lower, C++ recursion through object code (objects/recursion.h).
    int recursion_limit = 1000;
    // Levels of C++ recursion entered now (RecursionGuard).
    int call_depth = 0;
    // The native stack they and the eval loops nested through C++ take, in
    // the units of objects/recursion.h.
    int native_stack = 0;
    // The containers whose repr is being built (ReprScope).
    std::vector<Object*> repr_in_progress;

    // The live generators, coroutines and async generators, oldest first.
    GeneratorObject* oldest_generator = nullptr;
    GeneratorObject* newest_generator = nullptr;

    // The virtual clock (seconds) that time.time(), time.sleep() and the event
    // loop share; it only moves when a program sleeps or the loop waits.
    double virtual_time = 0.0;
    // The clock holds an int: the loop jumped to a deadline given as an int
    // (call_at(2, f)) and only int sleeps followed. The reference keeps the
    // deadline object itself, so loop.time() then prints 2, not 2.0.
    bool virtual_time_is_int = false;

    // Where event loop actions are reported, or null (nobody is watching).
    LoopEventSink* loop_events = nullptr;
    // The loop core (asyncio::LoopCore) whose run_forever is running, or null.
    Object* running_loop = nullptr;

    // sys.set_asyncgen_hooks(firstiter, finalizer); null when unset.
    Val asyncgen_firstiter;
    Val asyncgen_finalizer;

    // The text of every file compiled with its source in this session, by
    // filename (CPython's linecache): code objects register theirs as they are
    // made, traceback.FrameSummary and linecache.getline read them.
    std::unordered_map<std::string, std::shared_ptr<const std::string>> sources;

    // The sys module once imported (borrowed; its destructor clears it):
    // print() and the tracebacks write to its stdout and stderr.
    ModuleObject* sys_module = nullptr;
    // sys.modules: the importer's table of loaded modules (owned by it).
    DictObject* modules = nullptr;

    // What object constructors reach through current_heap (object.h), and
    // the cycle collector's state (gc.h).
    Heap heap;
    GcState gc;

    // The weak references to each object that has some, oldest first
    // (weakref.cpp); declared before the pending exception, so that freeing
    // that exception at the end can still find them.
    std::unordered_map<const Object*, std::vector<Object*>> weakrefs;

    // Class attribute look-ups already made (TypeObject::lookup).
    AttributeCache attribute_cache;

    // What the session's allocations are charged to while it is current (the
    // memory cap, objects/memory.h). Never null; it outlives the Context when
    // blocks it paid for are freed later.
    util::MemoryBudget* const memory;

private:
    VmHooks* hooks_;
    Val pending_;
    uint64_t next_id_ = 1;
    IdTable ids_;
};

namespace detail {
extern thread_local constinit Context* current_context;
[[noreturn]] void no_current_context();
}  // namespace detail

// The Context of the session running on this thread.
inline Context& cx() {
    if (!detail::current_context) [[unlikely]] detail::no_current_context();
    return *detail::current_context;
}
// The same, or null outside any session.
inline Context* current_cx() { return detail::current_context; }
// Makes `c` current for the lifetime of the guard (sessions nest safely).
class ContextScope {
public:
    explicit ContextScope(Context* c);
    ~ContextScope();
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    Context* previous_;
    util::MemoryBudget* previous_memory_;
};

}  // namespace ys::objects
