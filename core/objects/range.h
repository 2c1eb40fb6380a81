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
    // The same for int64 bounds (nearly every range), without BigInt arithmetic.
    RangeObject(int64_t start, int64_t stop, int64_t step);
    const BigInt start, stop, step;
    const BigInt length;
    // Set when start, step and length fit in int64 (iteration stays in int64).
    const bool small;

private:
    // The int64 constructor's work, given the length it computed once.
    RangeObject(int64_t start, int64_t stop, int64_t step, __int128 length);
};

// range's iterator. It counts in int64 when the range allows it, else in
// BigInt; the eval loop's FOR_ITER steps the int64 kind itself.
class RangeIterator : public Object {
public:
    explicit RangeIterator(const RangeObject& r);
    // The int64 kind's next number, or false when it is used up.
    bool next_small(int64_t* out) {
        if (remaining <= 0) return false;
        *out = next;
        next += step;
        --remaining;
        return true;
    }
    bool small;
    int64_t next = 0, step = 0, remaining = 0;
    BigInt big_next, big_step, big_remaining;
};

}  // namespace ys::objects
