// The hooks an observer (the inspector) can attach to the VM. The VM holds one
// pointer; with none attached, the per-instruction cost is the step check the
// loop does anyway.
#pragma once

#include <cstdint>

namespace ys::objects {
class FrameObject;
}

namespace ys::vm {

class Observer {
public:
    virtual ~Observer() = default;
    // Called before each instruction once the step counter reaches the stop
    // point the observer asked for; returns the next step it wants to see.
    virtual uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) = 0;
};

}  // namespace ys::vm
