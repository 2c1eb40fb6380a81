// Frame objects: CPython's _PyInterpreterFrame and PyFrameObject in one. Frames
// live on the heap, so a generator can own its suspended frame; the fast locals
// (locals, cells, frees) and the value stack share one trailing array, as
// CPython's localsplus does.
#pragma once

#include <cstddef>

#include "objects/object.h"

namespace ys::objects {

class CodeObject;
class DictObject;
class FunctionObject;

// FrameObject::return_target of a generator frame resumed by a CALL of its
// send() method (vm/eval.cpp): a yield becomes the call's result and a return
// the call's StopIteration. The second is for a watched run, where the caller
// noted send() as a native frame that the generator's yield or return ends.
inline constexpr int32_t kReturnToSendCall = -2;
inline constexpr int32_t kReturnToNotedSendCall = -3;

class FrameObject : public Object {
public:
    // Allocates a frame with room for the code's fast locals and value stack.
    static Ref<FrameObject> create(const Ref<CodeObject>& code, const Ref<DictObject>& globals,
                                   const Ref<DictObject>& builtins, const Ref<DictObject>& locals);
    ~FrameObject() override;
    void traverse(Visitor& v) override;
    void clear_refs() override;
    static void operator delete(void* p);
    // Destroys a frame whose last reference went (deallocate), keeping its
    // block for the session's next call of the same size (Context::frame_blocks).
    static void free_frame(FrameObject* f);
    // Drops the VM chain's reference to a frame that returned. The common
    // case, a frame nothing else ever held (untracked, no id, no weak
    // reference, so no finaliser either), is freed here at once: deallocate()
    // would ask the same questions after a try block that costs every call
    // in wasm.
    static void drop_returned(FrameObject* f) {
        if (!f->decref_is_last()) return;
        if (!f->is_tracked() && !f->has_session_id && !f->has_weakrefs) {
            free_frame(f);
        } else {
            deallocate(f);
        }
    }
    // A frame joins the cycle collector's lists only once something besides
    // the VM's chain and its generator holds it (a traceback, Python code
    // through sys._getframe, f_back or gi_frame), as CPython 3.11 makes a
    // frame object only then: a call made and returned costs the collector
    // nothing, and a generator's frame is traversed as part of the generator
    // (Object::visit_owned). A running frame needs no tracking: what it holds
    // counts as held from outside.
    using Object::track;

    Ref<CodeObject> code;
    Ref<DictObject> globals;
    Ref<DictObject> builtins;
    Ref<DictObject> locals;          // the namespace of module and class frames; null in functions
    Ref<FunctionObject> function;    // the function being run, null for module code

    FrameObject* back = nullptr;     // f_back while running: the frame that resumed it
    Object* owner = nullptr;         // the generator/coroutine owning this frame, or null
    uint32_t ip = 0;                 // index of the next instruction to run
    int32_t lasti = -1;              // index of the instruction that last ran (f_lasti)
    uint32_t stack_depth = 0;        // items on the value stack when not running
    // Where the resumer continues when this generator frame *returns* (the
    // END_FOR of the FOR_ITER or the END_SEND of the SEND that resumed it),
    // kReturnTo(Noted)SendCall when a send() call resumed it, or -1 when it was
    // resumed from C++ (CPython's return_offset). In the frame of a class's
    // __next__ called by FOR_ITER: that FOR_ITER's END_FOR, where a
    // StopIteration leaving this frame ends the caller's loop.
    int32_t return_target = -1;
    // While a generator frame runs: the exception its resumer was handling.
    Val exc_outer;
    // except/finally handlers entered and not yet left (PUSH_EXC_INFO minus
    // POP_EXCEPT): a generator suspended with some open keeps its own handled
    // exception (gi_exc_state), even when it is the same object its resumer handles.
    uint32_t open_handlers = 0;
    // Hints for the eval loop's delegation shortcut (vm/eval.cpp), which
    // checks what they suggest before it relies on it: resumed_by_send, a
    // resumer's SEND has resumed this generator frame (so the resumer's next
    // instruction may be the YIELD_VALUE of a yield from or await loop);
    // suspended_delegating, it has been suspended at such a YIELD_VALUE,
    // passing on what its delegate yielded. Neither is cleared on the
    // ordinary paths: a stale hint costs a check, never a wrong step.
    bool resumed_by_send = false;
    bool suspended_delegating = false;

    // The slots sit right behind the object in the same allocation.
    Val* localsplus() { return reinterpret_cast<Val*>(reinterpret_cast<char*>(this) + sizeof(FrameObject)); }
    Val* stack_base() { return localsplus() + nlocalsplus_; }
    size_t nlocalsplus() const { return nlocalsplus_; }
    size_t capacity() const { return nlocalsplus_ + stacksize_; }
    int current_line() const;

private:
    FrameObject(size_t nlocalsplus, size_t stacksize);
    static void* operator new(size_t size, size_t slots);

    size_t nlocalsplus_;
    size_t stacksize_;
};

}  // namespace ys::objects
