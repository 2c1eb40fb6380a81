// Memory accounting as CPython 3.11 reports it on 64-bit Linux: the
// __sizeof__ methods of Objects/*.c and the pre-header sys.getsizeof adds
// (Python/sysmodule.c's _PySys_GetSizeOf). The numbers describe the objects
// CPython would have made, not yieldscope's own.
#pragma once

#include <cstdint>
#include <vector>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class DictObject;

// A type's instance layout: tp_basicsize, tp_itemsize and its flags.
struct CTypeLayout {
    int64_t basicsize = 16;
    int64_t itemsize = 0;
    bool gc = false;            // Py_TPFLAGS_HAVE_GC: a 16-byte PyGC_Head precedes it
    bool has_dict = false;
    bool managed_dict = false;  // two more pointers precede it (Py_TPFLAGS_MANAGED_DICT)
    bool has_weakref = false;
};
CTypeLayout c_layout_of(const TypeObject* t);

// Works out a new class's layout the way type_new does (its best base, then
// __slots__, a __dict__ and a __weakref__ slot) and stores it in t->c_layout.
void compute_class_layout(TypeObject* t, DictObject* ns);

// What sys.getsizeof(obj) returns: type(obj).__sizeof__(obj) plus the GC
// header and managed-dict pointers. False with the exception pending.
[[nodiscard]] bool getsizeof(Value obj, int64_t* out);

// Adds __sizeof__ to object and to the built-in types that have their own.
void register_sizeof_methods();

}  // namespace ys::objects
