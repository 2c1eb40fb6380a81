// The awaitables of async generators: asend() / __anext__() and athrow() /
// aclose() objects, and the wrapper that marks values an async generator
// yields itself (Objects/genobject.c).
#pragma once

#include "objects/object.h"

namespace ys::objects {

struct AsyncGenTypes {
    TypeObject* asend;
    TypeObject* athrow;
    TypeObject* value_wrapper;
};
const AsyncGenTypes& async_gen_types();
void init_async_gen_types(TypeObject* object_type, TypeObject* type_type);

// CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP: marks a value `yield`ed by an async generator.
Val async_gen_wrap(Val value);

}  // namespace ys::objects
