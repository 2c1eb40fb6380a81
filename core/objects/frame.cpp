// Frame allocation and teardown (see frame.h).
#include "objects/frame.h"

#include <new>

#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"

namespace ys::objects {

void* FrameObject::operator new(size_t size, size_t slots) { return ::operator new(size + slots * sizeof(Val)); }
void FrameObject::operator delete(void* p) { ::operator delete(p); }

FrameObject::FrameObject(size_t nlocalsplus, size_t stacksize)
    : Object(types().frame), nlocalsplus_(nlocalsplus), stacksize_(stacksize) {
    Val* slots = localsplus();
    for (size_t i = 0; i < nlocalsplus + stacksize; ++i) new (&slots[i]) Val();
}

Ref<FrameObject> FrameObject::create(Ref<CodeObject> code, Ref<DictObject> globals, Ref<DictObject> builtins,
                                     Ref<DictObject> locals) {
    size_t nlocals = code->nlocalsplus();
    size_t stacksize = code->unit().stacksize;
    auto* f = new (nlocals + stacksize) FrameObject(nlocals, stacksize);
    f->code = std::move(code);
    f->globals = std::move(globals);
    f->builtins = std::move(builtins);
    f->locals = std::move(locals);
    return Ref<FrameObject>::adopt(f);
}

FrameObject::~FrameObject() {
    // Locals die first-to-last, then the stack, as CPython clears localsplus.
    Val* slots = localsplus();
    for (size_t i = 0; i < capacity(); ++i) slots[i].~Val();
}

void FrameObject::traverse(Visitor& v) {
    Val* slots = localsplus();
    for (size_t i = 0; i < nlocalsplus_ + stack_depth; ++i)
        if (slots[i].get().is_object()) v.visit(slots[i].get().as_object());
    if (locals) v.visit(locals.get());
    if (function) v.visit(function.get());
}

int FrameObject::current_line() const {
    return code->line_of(lasti < 0 ? 0 : static_cast<size_t>(lasti));
}

}  // namespace ys::objects
