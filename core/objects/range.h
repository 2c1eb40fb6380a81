// range objects and their iterator (Objects/rangeobject.c). Bounds are Python
// ints of any size; ranges whose numbers fit in int64 take a fast path.
#pragma once

#include <cstdint>

#include "objects/int.h"
#include "objects/object.h"

namespace ys::objects {

class RangeObject : public Object {
public:
    RangeObject(BigInt start, BigInt stop, BigInt step);
    const BigInt start, stop, step;
    const BigInt length;
    // Set when start, step and length fit in int64 (iteration stays in int64).
    const bool small;
};

}  // namespace ys::objects
