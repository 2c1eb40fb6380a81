// Frees an object whose last reference went away (CPython's _Py_Dealloc).
#include "objects/context.h"
#include "objects/object.h"

namespace ys::objects {

void deallocate(Object* o) {
    if (o->has_session_id) cx().forget_id(o);
    delete o;
}

}  // namespace ys::objects
