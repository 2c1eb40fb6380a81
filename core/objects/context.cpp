// The current Context and per-session ids (see context.h).
#include "objects/context.h"

#include "util/assert.h"

namespace ys::objects {

namespace {
thread_local Context* current_context = nullptr;
}

thread_local constinit uint32_t* current_allocation_counter = nullptr;
thread_local constinit AttributeCache* current_attribute_cache = nullptr;

Context& cx() {
    YS_ASSERT(current_context != nullptr);
    return *current_context;
}

Context* current_cx() { return current_context; }

ContextScope::ContextScope(Context* c) : previous_(current_context) {
    current_context = c;
    current_allocation_counter = c ? &c->allocations : nullptr;
    current_attribute_cache = c ? &c->attribute_cache : nullptr;
}
ContextScope::~ContextScope() {
    current_context = previous_;
    current_allocation_counter = previous_ ? &previous_->allocations : nullptr;
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
