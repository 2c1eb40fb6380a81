// The current Context and per-session ids (see context.h).
#include "objects/context.h"

#include "objects/builtin_types.h"
#include "objects/gc.h"
#include "util/assert.h"

namespace ys::objects {

thread_local constinit Context* detail::current_context = nullptr;

void detail::no_current_context() { util::assertion_failed("a current Context (cx())", __FILE__, __LINE__); }

thread_local constinit AttributeCache* current_attribute_cache = nullptr;
thread_local constinit Heap* current_heap = nullptr;

ContextScope::ContextScope(Context* c) : previous_(detail::current_context), previous_memory_(util::current_memory_budget) {
    detail::current_context = c;
    current_heap = c ? &c->heap : nullptr;
    util::current_memory_budget = c ? c->memory : nullptr;
    current_attribute_cache = c ? &c->attribute_cache : nullptr;
}
ContextScope::~ContextScope() {
    detail::current_context = previous_;
    current_heap = previous_ ? &previous_->heap : nullptr;
    util::current_memory_budget = previous_memory_;
    current_attribute_cache = previous_ ? &previous_->attribute_cache : nullptr;
}

// A Context starts with no cap; the Session sets the one its options name.
// The built-in types exist first: the collector's counting knows the frame type.
Context::Context(VmHooks* hooks) : memory(util::MemoryBudget::create(0)), hooks_(hooks) {
    init_builtin_types();
    gc_init(this);
}

Context::~Context() {
    // Objects still alive now (leaked, or freed with the members below) leave
    // the collector's lists, which go.
    gc_release_all(this);
    memory->release();
}

FrameBlockCache::~FrameBlockCache() {
    for (size_t slots = 0; slots <= kMaxSlots; ++slots)
        while (count[slots]) ::operator delete(blocks[slots][--count[slots]]);
}

uint64_t Context::session_id(const Object* o) {
    const_cast<Object*>(o)->has_session_id = true;
    return ids_.find_or_assign(o, &next_id_);
}

void Context::forget_id(const Object* o) { ids_.erase(o); }

}  // namespace ys::objects
