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
    explicit InstanceObject(TypeObject* t);
    ~InstanceObject() override;
    void traverse(Visitor& v) override;
    Ref<DictObject> dict;  // __dict__, made on first use
};

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

// type(name, bases, namespace): makes a heap type, computes its C3 MRO and
// fills the slots its dunder methods ask for. Null with an exception on error.
[[nodiscard]] Ref<TypeObject> new_class(const std::string& name, std::vector<Ref<TypeObject>> bases, Ref<DictObject> ns);

// Re-derives the slots of heap type `t` from its dict after methods were added
// to it (CPython's update_slot); classes derived from `t` earlier keep theirs.
void update_slots(TypeObject* t);

// The per-instance attribute dict of `v`, if its type has one (null otherwise).
DictObject* instance_dict(Value v, bool create);

// Attribute lookup and assignment for instances of heap types and for classes.
[[nodiscard]] Val generic_getattr(Value obj, StrObject* name);
[[nodiscard]] bool generic_setattr(Value obj, StrObject* name, Value value);

// True when attribute lookup on instances of `t` is the plain one (type dict,
// then instance dict), so the VM may look methods up directly.
bool uses_generic_getattr(const TypeObject* t);

// Binds a class attribute found on `type` for access through `obj` (functions
// become bound methods, properties run their getter ...). obj null: class access.
[[nodiscard]] Val bind_descriptor(Value descr, Value obj, TypeObject* type);

}  // namespace ys::objects
