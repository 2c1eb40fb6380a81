// slice objects (Objects/sliceobject.c): what `a[start:stop:step]` passes to
// __getitem__, and the index arithmetic every sequence shares.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace ys::objects {

class SliceObject : public Object {
public:
    SliceObject(Val start, Val stop, Val step);
    void traverse(Visitor& v) override;
    Val start, stop, step;  // None when omitted
};

Val new_slice(Val start, Val stop, Val step);
bool is_slice(Value v);
inline SliceObject* as_slice(Value v) { return static_cast<SliceObject*>(v.as_object()); }

// Resolves a slice against a sequence of `length` items (PySlice_GetIndicesEx):
// false with an exception for a zero step or non-integer bounds.
struct SliceIndices {
    int64_t start, stop, step, count;
};
[[nodiscard]] bool slice_indices(const SliceObject* s, int64_t length, SliceIndices* out);

}  // namespace ys::objects
