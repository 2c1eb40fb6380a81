// An allocation refused in the middle of an instruction becomes a MemoryError
// raised by that instruction (CPython's PyErr_NoMemory, seen from ceval.c).
// Most MemoryErrors are raised at the memory cap's checks (objects/memory.h)
// as ordinary pending exceptions; this is for the rest: operator new refusing
// past the cap's hard limit, or malloc itself failing, both as std::bad_alloc.
#include <new>

#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/memory.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;

namespace {

// Whether the frames from `innermost` back to `entry` are linked as the loop
// links them; an allocation refused while the loop was relinking frames (a
// return, a generator's creation) leaves them half done.
bool chain_reaches(FrameObject* innermost, FrameObject* entry, int max_links) {
    for (FrameObject* f = innermost; f && max_links >= 0; f = f->back, --max_links)
        if (f == entry) return true;
    return false;
}

// The send() calls that generators between `innermost` and `entry` were
// resumed by on this loop and noted as native frames (kReturnToNotedSendCall):
// those native calls are still running.
size_t noted_sends(FrameObject* innermost, FrameObject* entry) {
    size_t n = 0;
    for (FrameObject* f = innermost; f && f != entry; f = f->back)
        if (f->owner && f->return_target == kReturnToNotedSendCall) ++n;
    return n;
}

}  // namespace

bool Interpreter::can_raise_memory_error(FrameObject* entry) const { return chain_reaches(current_, entry, depth_); }

EvalStatus Interpreter::run_after_bad_alloc(FrameObject* entry, bool resumable, Val* result, size_t natives) {
    for (;;) {
        // The C++ code under the instruction has unwound (its references are
        // released); the frames, on the heap, are as the loop left them.
        // The built-in calls this loop noted and did not see return. The
        // send() calls running generators on this loop were noted first, and
        // the call that was running, if any, after them.
        size_t live = natives + noted_sends(current_, entry);
        while (native_calls_.size() > live) native_calls_.pop_back();
        FrameObject* f = current_;
        // Raise at the instruction that was running, as the loop's own error
        // path would: the handler lookup reads the instruction before ip.
        if (f->lasti < 0) f->lasti = 0;
        f->ip = static_cast<uint32_t>(f->lasti) + 1;
        // The value stack may have grown since it was last saved: the loop
        // clears popped slots, so the highest live slot bounds it, and the
        // handler (or the unwinding) releases everything above its own depth.
        Val* stack = f->stack_base();
        size_t stack_size = f->capacity() - f->nlocalsplus();
        for (size_t i = f->stack_depth; i < stack_size; ++i)
            if (stack[i]) f->stack_depth = static_cast<uint32_t>(i + 1);
        raise_memory_error();
        try {
            return run(entry, resumable, result, true);
        } catch (const std::bad_alloc&) {
            if (!can_raise_memory_error(entry)) throw;
        }
    }
}

}  // namespace ys::vm
