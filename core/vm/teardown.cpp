// Dropping a paused run. The frames that calls pushed on the loop belong to
// the chain itself (each is released when it returns), so when the run will
// never go on, nothing would release them, nor what they hold: the module's
// globals, and through them everything the program imported.
#include "objects/frame.h"
#include "objects/generator.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;

void Interpreter::abandon_paused_run() {
    // Nothing is reported while the chain goes: whoever watched is leaving too.
    observer_ = nullptr;
    kwnames_ = nullptr;
    FrameObject* top = top_frame_.get();
    // A paused run paused in the top-level loop, so its chain holds only
    // frames that loop pushed or resumed, down to the module's frame.
    for (FrameObject* f = current_; f && f != top;) {
        FrameObject* caller = f->back;
        f->back = nullptr;
        --depth_;
        Ref<FrameObject> finished;
        if (f->owner) {
            // A generator running on the loop ends as an uncaught exception
            // would end it: completed, its frame dropped.
            auto* gen = static_cast<GeneratorObject*>(f->owner);
            if (f->return_target == kReturnToNotedSendCall) pop_native_call();
            leave_generator(gen, true);
            finished = gen->release_frame();
        } else {
            finished = Ref<FrameObject>::adopt(f);
        }
        current_ = caller;
        f = caller;
        finished.reset();  // finalisers it sets off stop at once (request_stop)
    }
    current_ = nullptr;
    top_frame_.reset();
    paused_ = false;
}

}  // namespace ys::vm
