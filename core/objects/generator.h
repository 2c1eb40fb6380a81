// Generator, coroutine and async generator objects (Objects/genobject.c's
// data): each owns the heap frame it was created with, from RETURN_GENERATOR
// until it completes. Running them is the VM's job (vm/generator_ops.cpp); the
// Python-visible methods here only forward to it through the VmHooks.
#pragma once

#include <cstdint>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class FrameObject;
class StrObject;

// CPython's gi_frame_state, reduced to what Python code can observe.
enum class FrameState : uint8_t {
    Created,    // made by RETURN_GENERATOR, body not started
    Suspended,  // stopped at a YIELD_VALUE
    Running,    // its frame is on the chain
    Completed,  // returned or raised; the frame is gone
};

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// The three outcomes of resuming (CPython's PySendResult).
enum class SendResult : uint8_t { Next, Return, Error };

class GeneratorObject : public Object {
public:
    GeneratorObject(TypeObject* t, GenKind kind, Ref<FrameObject> frame);
    ~GeneratorObject() override;
    void traverse(Visitor& v) override;
    void clear_refs() override;

    GenKind kind;
    FrameState state = FrameState::Created;
    Ref<FrameObject> frame;  // gi_frame: null once completed
    Val code;                // gi_code: kept after the frame is gone
    StrObject* name;         // __name__
    StrObject* qualname;     // __qualname__
    // The exception being handled inside the generator while it is suspended
    // (CPython's gi_exc_state), restored when it resumes.
    Val exc_state;
    // For coroutines made by calling an async def: set once awaited or closed,
    // so dropping one that never ran can warn "was never awaited".
    bool awaited = false;
    // An async generator's hooks have been run (first iteration).
    bool hooks_inited = false;
    // An async generator is running an asend/athrow awaitable.
    bool running_async = false;
    // The event loop that tracks this async generator (its firstiter hook
    // ran), as that loop's tag; 0 when none. See asyncio/asyncio_module.cpp.
    uint64_t asyncgen_loop_tag = 0;
    // The finaliser hook saved when the async generator first ran
    // (sys.set_asyncgen_hooks); called instead of closing it when it dies.
    Val asyncgen_finalizer;
    // Its finaliser has run (PEP 442: at most once, even if it survives it).
    bool finalized = false;

    // gi_yieldfrom / cr_await: the iterator this one delegates to while
    // suspended in `yield from` / `await`, or null.
    Value delegate() const;

    // Takes the frame away from a generator that is finishing (gi_frame
    // becomes None). The frame may outlive it, held by sys._getframe() or
    // gi_frame: from here on it is a plain frame, not this generator's.
    Ref<FrameObject> release_frame();

    // Every live generator of the session, oldest first (Context::generators),
    // so shutdown can finalise them in creation order, as CPython's last GC does.
    GeneratorObject* older = nullptr;
    GeneratorObject* newer = nullptr;
};

struct GeneratorTypes {
    TypeObject* generator;
    TypeObject* coroutine;
    TypeObject* async_generator;
    TypeObject* coroutine_wrapper;  // what coroutine.__await__() returns
};
// Set once at start-up; read inline (FOR_ITER tests for a generator per item).
extern GeneratorTypes g_gen_types;
inline const GeneratorTypes& generator_types() { return g_gen_types; }
void init_generator_types(TypeObject* object_type, TypeObject* type_type);

// A generator, coroutine or async generator (SEND and FOR_ITER ask on every resume).
inline bool is_generator_object(Value v) {
    if (!v.is_object()) return false;
    TypeObject* t = type_of(v);
    return t == g_gen_types.generator || t == g_gen_types.coroutine || t == g_gen_types.async_generator;
}
inline GeneratorObject* as_generator(Value v) { return static_cast<GeneratorObject*>(v.as_object()); }

// The coroutine behind coroutine.__await__()'s wrapper, or null for anything else.
Value coroutine_wrapper_target(Value v);

// The name CPython uses in messages: "generator", "coroutine", "async generator".
const char* gen_kind_name(GenKind kind);

// generator.send and coroutine.send. The eval loop compares a called method's
// function with it, to resume the generator on its own loop (vm/eval.cpp).
Val gen_send(Value self, CallArgs args);

// What send()/__next__()/throw() give for a resume's outcome: the value
// yielded, or null with StopIteration(value) raised when `gen` returned
// (StopAsyncIteration for an async generator), or null on an error.
Val finish_resume(GeneratorObject* gen, SendResult r, Val result);

// The exception that throw(type[, value[, traceback]]) or throw(instance)
// raises (the traceback argument aside), or null with the TypeError for
// arguments that name none.
[[nodiscard]] Val exception_from_throw_args(CallArgs args);

}  // namespace ys::objects
