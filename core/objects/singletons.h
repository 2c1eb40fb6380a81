// The immortal singletons None, True, False, NotImplemented and Ellipsis
// (CPython's Py_None, Py_True, ...), and helpers to hand them out as values.
#pragma once

#include "objects/object.h"

namespace ys::objects {

class BoolObject : public Object {
public:
    BoolObject(TypeObject* t, bool v) : Object(t), value(v) {}
    const bool value;
};

// Set once at start-up (init_singleton_types); read inline, since the eval
// loop hands out None, True and False on nearly every instruction.
struct Singletons {
    Object* none;
    Object* true_obj;
    Object* false_obj;
    Object* not_implemented;
    Object* ellipsis;
};
extern Singletons g_singletons;

inline Value none() { return g_singletons.none; }
inline Value true_value() { return g_singletons.true_obj; }
inline Value false_value() { return g_singletons.false_obj; }
inline Value not_implemented() { return g_singletons.not_implemented; }
inline Value ellipsis() { return g_singletons.ellipsis; }

inline Value bool_value(bool b) { return b ? true_value() : false_value(); }
inline Val new_none() { return Val::borrow(none()); }
inline Val new_bool(bool b) { return Val::borrow(bool_value(b)); }
inline Val new_not_implemented() { return Val::borrow(not_implemented()); }

inline bool is_none(Value v) { return v == none(); }
inline bool is_not_implemented(Value v) { return v == not_implemented(); }

}  // namespace ys::objects
