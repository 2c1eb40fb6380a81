// Frees an object whose last reference went away (CPython's _Py_Dealloc),
// running finalisers first: a suspended generator is closed at this very
// moment (its finally blocks run), as CPython's _PyGen_Finalize does.
#include "objects/context.h"
#include "objects/generator.h"
#include "objects/object.h"

namespace ys::objects {

namespace {

bool needs_finalizer(Object* o) {
    if (!is_generator_object(Value(o))) return false;
    auto* gen = static_cast<GeneratorObject*>(o);
    return gen->state == FrameState::Suspended ||
           (gen->kind == GenKind::Coroutine && gen->state == FrameState::Created && !gen->awaited);
}

}  // namespace

void deallocate(Object* o) {
    if (needs_finalizer(o)) {
        // Resurrect for the finaliser; it may store the object somewhere new.
        o->incref();
        auto* gen = static_cast<GeneratorObject*>(o);
        cx().hooks().finalize_generator(gen);
        gen->awaited = true;
        if (!o->decref_is_last()) return;
    }
    if (o->has_session_id) cx().forget_id(o);
    delete o;
}

}  // namespace ys::objects
