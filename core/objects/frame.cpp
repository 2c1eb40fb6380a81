// Frame allocation and teardown (see frame.h).
#include "objects/frame.h"

#include <new>

#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/context.h"

namespace ys::objects {

void* FrameObject::operator new(size_t size, size_t slots) { return ::operator new(size + slots * sizeof(Val)); }
void FrameObject::operator delete(void* p) { ::operator delete(p); }

FrameObject::FrameObject(size_t nlocalsplus, size_t stacksize)
    : Object(types().frame, Untracked{}), nlocalsplus_(nlocalsplus), stacksize_(stacksize) {
    Val* slots = localsplus();
    for (size_t i = 0; i < nlocalsplus + stacksize; ++i) new (&slots[i]) Val();
}

Ref<FrameObject> FrameObject::create(const Ref<CodeObject>& code, const Ref<DictObject>& globals,
                                     const Ref<DictObject>& builtins, const Ref<DictObject>& locals) {
    size_t nlocals = code->nlocalsplus();
    size_t stacksize = code->unit().stacksize;
    Context* c = current_cx();
    void* block = c ? c->frame_blocks.take(nlocals + stacksize) : nullptr;
    auto* f = block ? ::new (block) FrameObject(nlocals, stacksize)
                    : new (nlocals + stacksize) FrameObject(nlocals, stacksize);
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    return Ref<FrameObject>::adopt(f);
}

void FrameObject::free_frame(FrameObject* f) {
    size_t slots = f->capacity();
    f->~FrameObject();
    // Only a block the current session paid for joins its cache.
    Context* c = current_cx();
    if (c && util::budget_of(f) == c->memory && c->frame_blocks.put(slots, f)) return;
    ::operator delete(f);
}

FrameObject::~FrameObject() {
    // Locals die first-to-last, then the stack, as CPython clears localsplus.
    Val* slots = localsplus();
    for (size_t i = 0; i < capacity(); ++i) slots[i].~Val();
}

// The locals and the value stack go, as CPython's frame_tp_clear; a frame
// the collector finds is not running. A generator's frame is left to the
// generator, which drops it whole (the frame of a suspended generator must
// keep its stack to be resumed).
void FrameObject::clear_refs() {
    // A frame is garbage only with the generator that holds it, which is
    // cleared too, before or after; only a running one's frame (never garbage:
    // it is on the chain) is left whole.
    if (owner && static_cast<GeneratorObject*>(owner)->state == FrameState::Running) return;
    Val* slots = localsplus();
    size_t n = nlocalsplus_ + stack_depth;
    stack_depth = 0;
    for (size_t i = 0; i < n; ++i) slots[i].reset();
    locals.reset();
    exc_outer.reset();
}

void FrameObject::traverse(Visitor& v) {
    Val* slots = localsplus();
    for (size_t i = 0; i < nlocalsplus_ + stack_depth; ++i)
        if (slots[i].get().is_object()) v.visit(slots[i].get().as_object());
    if (globals) v.visit(globals.get());
    if (builtins) v.visit(builtins.get());
    if (locals) v.visit(locals.get());
    if (function) v.visit(function.get());
    if (exc_outer.get().is_object()) v.visit(exc_outer.get().as_object());
}

namespace {

Val frame_getattr(Value v, StrObject* attr) {
    auto* f = static_cast<FrameObject*>(v.as_object());
    std::string_view n = attr->view();
    if (n == "f_back") {
        if (!f->back) return new_none();
        f->back->track();
        return Val::borrow(f->back);
    }
    if (n == "f_lasti") return new_int(f->lasti < 0 ? -1 : f->lasti * 2);
    if (n == "f_lineno") return new_int(f->current_line());
    if (n == "f_code") return f->code.val();
    if (n == "f_globals") return f->globals.val();
    if (n == "f_builtins") return f->builtins.val();
    if (n == "f_locals") {
        if (f->locals) return f->locals.val();
        // A snapshot of the fast locals, cells dereferenced (PyFrame_GetLocals).
        auto d = new_dict();
        const auto& names = f->code->localsplus_names;
        for (size_t i = 0; i < names.size(); ++i) {
            Value slot = f->localsplus()[i];
            if (slot && type_of(slot) == types().cell) slot = static_cast<CellObject*>(slot.as_object())->contents;
            if (slot) d->set_str(names[i], slot);
        }
        return d.into_val();
    }
    return nullptr;
}

Val frame_repr(Value v) {
    auto* f = static_cast<FrameObject*>(v.as_object());
    return new_str_val("<frame at 0x" + std::to_string(cx().session_id(f)) + ", file '" + f->code->unit().filename +
                       "', line " + std::to_string(f->current_line()) + ", code " + f->code->unit().name + ">");
}

}  // namespace

void init_frame_type(TypeObject* t) {
    t->getattr = frame_getattr;
    t->repr = frame_repr;
}

int FrameObject::current_line() const {
    return code->line_of(lasti < 0 ? 0 : static_cast<size_t>(lasti));
}

}  // namespace ys::objects
