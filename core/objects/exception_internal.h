// What exception.cpp and exception_group.cpp share; not for other files.
#pragma once

#include "objects/exception.h"

namespace ys::objects::exception_detail {

// BaseException's slots, which the subclasses' own slots fall back to.
Val exception_str(Value v);
Val exception_getattr(Value v, StrObject* name);
bool exception_setattr(Value v, StrObject* name, Value value);

// True when a class derived from a built-in exception defines __init__ in
// Python: then OSError, the Unicode errors and the groups leave parsing their
// arguments (or rejecting keywords) to the __init__ chain (CPython's oserror_use_init).
bool heap_defines_init(TypeObject* t);
// A class deriving from BaseException (PyExceptionClass_Check).
bool is_exception_class(Value v);
// The value of an optional field: None when unset.
Val or_none(const Val& v);

// exception_group.cpp: BaseExceptionGroup's slots and methods, its __new__
// (BaseExceptionGroup_new for class `cls`), and that as the staticmethod
// BaseExceptionGroup.__new__(cls, message, exceptions).
void init_exception_group_type(TypeObject* base_exception_group);
Val exception_group_new(TypeObject* cls, CallArgs args);
Val exception_group_new_method(Value self, CallArgs args);

}  // namespace ys::objects::exception_detail
