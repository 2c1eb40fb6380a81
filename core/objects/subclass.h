// Classes derived from the built-in containers dict, list and tuple (CPython's
// subtype_new / dict_new / list___init__ / tuple_new for heap types): their
// instances are real dict/list/tuple objects whose type is the heap class, plus
// a __dict__; and the container slots exposed as methods (dict.__getitem__ ...).
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class DictObject;

// Makes the instance of heap type `t` whose layout comes from the built-in
// `base` (dict or list: empty until __init__ fills it). Null with a TypeError
// for bases whose instances cannot be made this way.
[[nodiscard]] Val new_builtin_subclass_instance(TypeObject* t, TypeObject* base);


// Slots a heap type needs because of its built-in base: d[k] on a dict
// subclass calls __missing__ when the key is absent (dict_subscript).
void fill_builtin_subclass_slots(TypeObject* t, TypeObject* base);

// Adds the container slots of dict, list and tuple as methods (__getitem__,
// __setitem__, __len__, __eq__ ..., dict.__init__, list.__init__,
// tuple.__new__), so that super().__setitem__(k, v) and
// tuple.__new__(cls, items) reach the built-in behaviour.
void add_slot_wrappers();

}  // namespace ys::objects
