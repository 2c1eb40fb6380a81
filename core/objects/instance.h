// Classes made by `class` and their instances (Objects/typeobject.c's heap
// types, PyObject_GenericGetAttr, slot_tp_* wrappers): instances keep their
// attributes in a __dict__, and a class that defines a dunder method gets the
// matching C++ slot filled with a wrapper that calls it.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class DictObject;
class StrObject;

// An instance of a class whose built-in base is `object`.
class InstanceObject : public Object {
public:
    // Allocates room for the values of t's __slots__ right after the object.
    static Ref<InstanceObject> create(TypeObject* t);
    ~InstanceObject() override;
    void traverse(Visitor& v) override;
    // None for a class whose __slots__ leave the __dict__ out.
    Ref<DictObject>* dict_slot() override { return type()->instances_have_dict ? &dict : nullptr; }
    void clear_refs() override;
    // obj.__class__ = t, once the layouts were found compatible.
    void change_class(TypeObject* t);
    Ref<DictObject> dict;  // __dict__, made on first use
    // The values of its class's __slots__, one per TypeObject::slot_names
    // entry (null: unset), stored right after the object: one allocation, and
    // the fields on the cache lines of the object itself.
    inline Val* slots();
    inline const Val* slots() const;
    size_t slot_count() const { return type()->slot_names.size(); }

private:
    explicit InstanceObject(TypeObject* t);
};

// Where the slot values start: the object's size, rounded up for a Val (8
// bytes, wider than a pointer in wasm32).
constexpr size_t kInstanceSlotsOffset = (sizeof(InstanceObject) + alignof(Val) - 1) / alignof(Val) * alignof(Val);
inline Val* InstanceObject::slots() {
    return reinterpret_cast<Val*>(reinterpret_cast<char*>(this) + kInstanceSlotsOffset);
}
inline const Val* InstanceObject::slots() const {
    return reinterpret_cast<const Val*>(reinterpret_cast<const char*>(this) + kInstanceSlotsOffset);
}

// A function bound to an instance (types.MethodType).
class MethodObject : public Object {
public:
    MethodObject(Val function, Val self);
    void traverse(Visitor& v) override;
    Val function;
    Val self;
};

// property, staticmethod and classmethod descriptors.
class PropertyObject : public Object {
public:
    PropertyObject();
    void traverse(Visitor& v) override;
    void clear_refs() override;
    Val fget, fset, fdel, doc;
};

class StaticMethodObject : public Object {
public:
    StaticMethodObject(TypeObject* t, Val f);
    void traverse(Visitor& v) override;
    Val function;
};

// super(type, obj): attribute lookup that starts after `type` in obj's MRO.
class SuperObject : public Object {
public:
    SuperObject(TypeObject* start, Val obj);
    void traverse(Visitor& v) override;
    TypeObject* start;  // kept alive through obj's type
    Val obj;
};

struct ClassTypes {
    TypeObject* method;
    TypeObject* property;
    TypeObject* staticmethod;
    TypeObject* classmethod;
    TypeObject* super;
};
const ClassTypes& class_types();
void init_class_types(TypeObject* object_type, TypeObject* type_type);

// Makes a heap type whose class is `metatype`, computes its C3 MRO and fills
// the slots its dunder methods ask for. Null with an exception on error.
[[nodiscard]] Ref<TypeObject> new_class(const std::string& name, std::vector<Ref<TypeObject>> bases, Ref<DictObject> ns,
                                        TypeObject* metatype = nullptr);

// type.__new__(metatype, name, bases, namespace, **kwds): new_class, then
// __set_name__ of the attributes and the parent's __init_subclass__(**kwds).
[[nodiscard]] Val type_new(TypeObject* metatype, CallArgs args);

// Re-derives the slots of heap type `t` and of the classes derived from it
// after a dunder method was set or deleted on it (CPython's update_slot).
void update_slots(TypeObject* t);

// The first built-in class on t's MRO (CPython's solid base): it decides the
// C++ class of t's instances.
TypeObject* solid_base(const TypeObject* t);
// Whether instances of t carry their items inline (int, tuple, bytes and their
// subclasses), so that they have no __weakref__ and no nonempty __slots__.
bool has_var_sized_layout(const TypeObject* t);

// Descriptors that take priority over the instance dict: property, the
// __dict__/__weakref__ getsets, and objects of classes defining __set__ or
// __delete__ (PyDescr_IsData).
bool is_data_descriptor(Value d);

// A class's __dict__ (types.MappingProxyType), and the getset descriptors a
// class holds for __dict__ and __weakref__ when it introduces them.
TypeObject* mappingproxy_type();
[[nodiscard]] Val new_getset_descriptor(const char* name, TypeObject* owner);
bool is_getset_descriptor(Value v);
const std::string& getset_name(Value v);

// The per-instance attribute dict of `v`, if its type has one (null otherwise).
// For C++ code that reads or writes it and keeps no reference.
DictObject* instance_dict(Value v, bool create);
// The same dict, made if need be, as a new reference for Python code to keep
// (obj.__dict__, vars(obj)): it joins the collector's lists. Null without one.
[[nodiscard]] Val instance_dict_for_python(Value v);

// Attribute lookup and assignment for instances of heap types and for classes:
// object_getattribute is PyObject_GenericGetAttr; generic_getattr adds the
// class's __getattr__ after an AttributeError.
[[nodiscard]] Val object_getattribute(Value obj, StrObject* name);
[[nodiscard]] Val generic_getattr(Value obj, StrObject* name);
// object_getattribute without the AttributeError when the name is missing: a
// null Val with no exception pending (a descriptor may still raise).
[[nodiscard]] Val object_getattribute_or_null(Value obj, StrObject* name);
[[nodiscard]] bool generic_setattr(Value obj, StrObject* name, Value value);

// True when attribute lookup on instances of `t` is the plain one (type dict,
// then instance dict), so the VM may look methods up directly.
bool uses_generic_getattr(const TypeObject* t);

// Binds a class attribute found on `type` for access through `obj` (functions
// become bound methods, properties run their getter ...). obj null: class access.
[[nodiscard]] Val bind_descriptor(Value descr, Value obj, TypeObject* type);

// Whether bind_descriptor gives `descr` itself back for every object: a class
// attribute that is a plain value (None, a number, a str, a built-in function
// ...), not a descriptor, and whose type no Python code can change.
bool is_plain_class_attr(Value descr);

}  // namespace ys::objects
