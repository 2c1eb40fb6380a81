// __slots__ (Objects/typeobject.c's type_new_slots, Objects/descrobject.c's
// member descriptors): a class that lists names in __slots__ gets a
// member_descriptor for each in its dict, and its instances keep those
// attributes at fixed places instead of in a __dict__, which they have only
// when '__dict__' is listed too (or a base has one).
//
// Instances of classes based on object keep the values in
// InstanceObject::slots. Instances of subclasses of other built-in types
// (list, dict, exceptions...) keep them in their attribute dict under the
// slot's name, the one place they have: the descriptors behave the same, but
// such an instance shows its slots in its __dict__, which CPython's would not.
#pragma once

#include "objects/instance.h"
#include "objects/object.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ys::objects {


// Reads the class body's __slots__ for new class `t` (its bases and dict
// set): checks the names as CPython does, mangles private ones, lays the
// slots out after the bases' ones, puts a member descriptor for each in the
// class dict and sets t->slot_names, instances_have_dict and
// instances_weakrefable. False with an exception pending on a bad __slots__.
[[nodiscard]] bool install_slots(TypeObject* t);

// Whether a base of heap class `t` gives its instances a __dict__ already (so
// `t` adds no __dict__ descriptor), or weak references.
bool bases_have_dict(const TypeObject* t);
bool bases_weakrefable(const TypeObject* t);

bool is_member_descriptor(Value v);
// The slot a member descriptor stands for, in instances of its class.
uint32_t member_index(Value descr);

// descr.__get__(obj): the slot's value, AttributeError while it is unset,
// TypeError for an object that is no instance of the descriptor's class.
[[nodiscard]] Val member_get(Value descr, Value obj);
// descr.__set__(obj, value), or descr.__delete__(obj) for a null value.
[[nodiscard]] bool member_set(Value descr, Value obj, Value value);

// The value in slot `index` of `obj` (an instance of a class with slots,
// based on object), null while unset. For the VM's attribute cache and the
// asyncio core, which checked the class.
inline Value instance_slot(Object* obj, uint32_t index) {
    return static_cast<InstanceObject*>(obj)->slots()[index].get();
}
inline void set_instance_slot(Object* obj, uint32_t index, Value value) {
    static_cast<InstanceObject*>(obj)->slots()[index] = Val::borrow(value);
}
// Whether the instances descr applies to keep its value in
// InstanceObject::slots (at member_index), their class being based on object.
bool member_in_slot_array(Value descr);
// The index of `name` (an interned str) among t's slot_names, the first
// match, or -1. A scan comparing addresses: cheaper than the class look-up
// for the dozen slots of an asyncio task, which the loop core reads this way.
inline int64_t slot_index(const TypeObject* t, StrObject* name) {
    const auto& names = t->slot_names;
    for (size_t i = 0, n = names.size(); i < n; ++i)
        if (names[i].get() == Value(name)) return static_cast<int64_t>(i);
    return -1;
}
// Whether `obj` is an instance of descr's class (else descr.__get__(obj) is a TypeError).
bool member_applies(Value descr, Value obj);
// The slot's value in `obj`, which member_applies to; null while unset.
Value member_value(Value descr, Value obj);

// The member_descriptor type; made with the other descriptor types.
void init_member_type(TypeObject* type_type, TypeObject* object_type);

}  // namespace ys::objects
