// The current Context and per-session ids (see context.h).
#include "objects/context.h"

#include "objects/gc.h"
#include "util/assert.h"

namespace ys::objects {

namespace {
thread_local Context* current_context = nullptr;
}

thread_local constinit AttributeCache* current_attribute_cache = nullptr;
thread_local constinit Heap* current_heap = nullptr;

Context& cx() {
    YS_ASSERT(current_context != nullptr);
    return *current_context;
}

Context* current_cx() { return current_context; }

Context::Context(VmHooks* hooks) : hooks_(hooks) { gc_init(this); }

Context::~Context() {
    // Objects still alive now (leaked, or freed with the members below) leave
    // the collector's lists, which go.
    gc_release_all(this);
}

ContextScope::ContextScope(Context* c) : previous_(current_context) {
    current_context = c;
    current_heap = c ? &c->heap : nullptr;
    current_attribute_cache = c ? &c->attribute_cache : nullptr;
}
ContextScope::~ContextScope() {
    current_context = previous_;
    current_heap = previous_ ? &previous_->heap : nullptr;
    current_attribute_cache = previous_ ? &previous_->attribute_cache : nullptr;
}

uint64_t Context::session_id(const Object* o) {
    auto [it, inserted] = ids_.try_emplace(o, 0);
    if (inserted) {
        it->second = next_id_++;
        const_cast<Object*>(o)->has_session_id = true;
    }
    return it->second;
}

void Context::forget_id(const Object* o) { ids_.erase(o); }

}  // namespace ys::objects
