// Frees an object whose last reference went away (CPython's _Py_Dealloc),
// running finalisers first: a suspended generator is closed at this very
// moment (its finally blocks run), as CPython's _PyGen_Finalize does.
#include <new>
#include <vector>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/gc.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/object.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "util/assert.h"
#include "util/memory.h"

namespace ys::objects {

namespace {

bool needs_finalizer(Object* o) {
    if (!is_generator_object(Value(o))) return false;
    auto* gen = static_cast<GeneratorObject*>(o);
    if (gen->finalized) return false;
    if (gen->kind == GenKind::AsyncGenerator && gen->asyncgen_finalizer && gen->state != FrameState::Completed)
        return true;
    return gen->state == FrameState::Suspended ||
           (gen->kind == GenKind::Coroutine && gen->state == FrameState::Created && !gen->awaited);
}

// CPython's trashcan: freeing an object frees what it holds, recursively, so a
// deeply nested structure would exhaust the native stack. Past a fixed depth
// objects are parked, and the outermost deallocate frees them one by one.
constexpr int kMaxDeallocDepth = 200;
thread_local int dealloc_depth = 0;
thread_local std::vector<Object*>* parked = nullptr;

void destroy(Object* o) {
    if (o->has_session_id) cx().forget_id(o);
    if (o->type() == types().frame) {
        FrameObject::free_frame(static_cast<FrameObject*>(o));
        return;
    }
    delete o;
}

}  // namespace

// Calls o.__del__() on an object whose count reached zero; it holds a
// reference meanwhile. An exception is reported as unraisable, as CPython does.
void call_del(Object* o) {
    o->finalized = true;
    o->incref();
    Val pending = cx().take_error();
    Value self(o);
    Value method = o->type()->lookup(intern_literal("__del__"));
    Val bound = method ? bind_descriptor(method, self, o->type()) : Val();
    Val result = bound ? call0(bound) : Val();
    if (!result && cx().has_error()) write_unraisable(method, "<function __del__>");
    if (pending) cx().set_error(std::move(pending));
}

bool has_pending_finalizer(Object* o) {
    return (o->type() && o->type()->has_finalizer && !o->finalized) || needs_finalizer(o);
}

void run_finalizers(Object* o) {
    if (o->type() && o->type()->has_finalizer && !o->finalized) {
        call_del(o);
        // The reference call_del took; the caller's keeps o alive.
        YS_ASSERT(!o->decref_is_last());
    }
    if (needs_finalizer(o)) {
        auto* gen = static_cast<GeneratorObject*>(o);
        cx().hooks().finalize_generator(gen);
        gen->awaited = true;
    }
}

namespace {

// Runs o's finalisers; false when one of them kept o alive.
bool finalize_before_free(Object* o) {
    if (o->type() && o->type()->has_finalizer && !o->finalized) {
        call_del(o);
        if (!o->decref_is_last()) return false;  // __del__ stored it somewhere: it lives on
    }
    if (needs_finalizer(o)) {
        // Resurrect for the finaliser; it may store the object somewhere new.
        o->incref();
        auto* gen = static_cast<GeneratorObject*>(o);
        cx().hooks().finalize_generator(gen);
        gen->awaited = true;
        if (!o->decref_is_last()) return false;
    }
    if (o->has_weakrefs) {
        // Weak references die and their callbacks run while the object is whole.
        o->incref();
        clear_weakrefs(o);
        if (!o->decref_is_last()) return false;
    }
    return true;
}

}  // namespace

void deallocate(Object* o) noexcept {
    // The Python code a finaliser runs has its MemoryError in its own loop;
    // what can still throw here is an allocation refused around it (past the
    // memory cap's hard limit, or malloc failing): o is then left allocated,
    // in whatever state the finaliser reached, rather than freed half-finalised.
    try {
        if (!finalize_before_free(o)) return;
    } catch (const std::bad_alloc&) {
        return;
    }
    // From here on it is being freed: a collection started meanwhile (by a
    // finaliser of something it holds) must not find it.
    o->untrack();
    if (dealloc_depth >= kMaxDeallocDepth) {
        // The trashcan outlives sessions: none pays for it (util/memory.h).
        util::UncountedScope uncounted;
        try {
            if (!parked) parked = new std::vector<Object*>();
            parked->push_back(o);
        } catch (const std::bad_alloc&) {
            // No room to park it (malloc itself failed): it stays allocated.
        }
        return;
    }
    ++dealloc_depth;
    destroy(o);
    if (dealloc_depth == 1) {
        while (parked && !parked->empty()) {
            Object* next = parked->back();
            parked->pop_back();
            destroy(next);
        }
    }
    --dealloc_depth;
}

}  // namespace ys::objects
