// Type objects: the MRO, attribute lookup along it, and the slots of `object`
// and `type` themselves (Objects/typeobject.c).
#include "objects/type.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

TypeObject::TypeObject(std::string type_name, TypeObject* base_type)
    : Object(nullptr), name(std::move(type_name)), module("builtins"), base(base_type) {
    qualname = name;
    // The metatype may not exist yet while the first types are made; fixed in init.
    if (base_type) {
        bases.push_back(Ref<TypeObject>::borrow(base_type));
        // Built-in subtypes inherit their base's slots; they override them after.
        repr = base_type->repr;
        str = base_type->str;
        hash = base_type->hash;
        compare = base_type->compare;
        iter = base_type->iter;
        iternext = base_type->iternext;
        call = base_type->call;
        getattr = base_type->getattr;
        setattr = base_type->setattr;
        len = base_type->len;
        getitem = base_type->getitem;
        setitem = base_type->setitem;
        contains = base_type->contains;
        number = base_type->number;
        construct = base_type->construct;
        is_exception = base_type->is_exception;
    }
    compute_mro();
}

TypeObject::~TypeObject() = default;

void TypeObject::traverse(Visitor& v) {
    if (dict) v.visit(dict.get());
    for (auto& b : bases) v.visit(b.get());
}

void TypeObject::compute_mro() {
    // Single inheritance for now: the chain of bases.
    mro.clear();
    for (TypeObject* t = this; t; t = t->base) mro.push_back(t);
}

bool TypeObject::is_subtype_of(const TypeObject* other) const {
    if (this == other) return true;
    for (TypeObject* t : mro)
        if (t == other) return true;
    return false;
}

namespace {

// The built-in type whose C++ slots serve instances of `t` (t itself, or the
// first built-in type in a class's MRO).
TypeObject* native_base(TypeObject* t) {
    for (TypeObject* k : t->mro)
        if (!k->is_heap_type) return k;
    return t;
}

// __next__ and __iter__ of built-in types, calling their iternext / iter slot
// (CPython's slot wrappers wrap_next and wrap_unaryfunc).
Val slot_next_method(Value self, CallArgs args) {
    if (!check_positional("__next__", args, 0, 0)) return nullptr;
    TypeObject* t = native_base(type_of(self));
    if (!t->iternext) return raise_type_error("'" + type_of(self)->name + "' object is not an iterator");
    Val r = t->iternext(self);
    if (!r && !cx().has_error()) return raise(exc_types().stop_iteration, "");
    return r;
}

Val slot_iter_method(Value self, CallArgs args) {
    if (!check_positional("__iter__", args, 0, 0)) return nullptr;
    TypeObject* t = native_base(type_of(self));
    if (!t->iter) return raise_type_error("'" + type_of(self)->name + "' object is not iterable");
    return t->iter(self);
}

}  // namespace

Value TypeObject::lookup(StrObject* attr) const {
    for (TypeObject* t : mro) {
        if (!t->dict) continue;
        Value v = t->dict->get_str(attr);
        if (v) return v;
    }
    // A built-in type with an iteration slot answers __next__ / __iter__ like
    // CPython's slot wrappers; the method is made on first use, in the type
    // that has the slot, so the classes below it find it in their MRO too.
    auto n = attr->view();
    if (n != "__next__" && n != "__iter__") return Value();
    TypeObject* k = native_base(const_cast<TypeObject*>(this));
    bool next = n == "__next__";
    if (!(next ? k->iternext : k->iter)) return Value();
    add_method(k, next ? "__next__" : "__iter__", next ? slot_next_method : slot_iter_method);
    return k->dict->get_str(attr);
}

TypeObject* type_of(Value v) {
    if (v.is_small_int()) return types().int_;
    return v.as_object()->type();
}

namespace {

Val object_repr(Value v) {
    TypeObject* t = type_of(v);
    std::string prefix = t->module == "builtins" ? "" : t->module + ".";
    return new_str_val("<" + prefix + t->qualname + " object at 0x" + std::to_string(cx().session_id(v.as_object())) + ">");
}

Val object_str(Value v) {
    TypeObject* t = type_of(v);
    return t->repr ? t->repr(v) : object_repr(v);
}

bool object_hash(Value v, int64_t* out) {
    *out = static_cast<int64_t>(cx().session_id(v.as_object()));
    return true;
}

Val object_compare(Value a, Value b, CompareOp op) {
    if (op == CompareOp::Eq) return a == b ? new_bool(true) : new_not_implemented();
    if (op == CompareOp::Ne) {
        // Default __ne__ inverts __eq__ unless that is NotImplemented.
        Val eq = type_of(a)->compare == object_compare ? (a == b ? new_bool(true) : new_not_implemented())
                                                       : type_of(a)->compare(a, b, CompareOp::Eq);
        if (!eq || is_not_implemented(eq)) return eq;
        int t = truthy(eq);
        if (t < 0) return nullptr;
        return new_bool(!t);
    }
    return new_not_implemented();
}

Val type_repr(Value v) {
    auto* t = static_cast<TypeObject*>(v.as_object());
    std::string prefix = t->module == "builtins" ? "" : t->module + ".";
    return new_str_val("<class '" + prefix + t->qualname + "'>");
}

Val type_call(Value callable, CallArgs args) {
    auto* t = static_cast<TypeObject*>(callable.as_object());
    if (!t->construct) return raise_type_error("cannot create '" + t->name + "' instances");
    return t->construct(callable, args);
}

Val type_getattr(Value v, StrObject* attr) {
    auto* t = static_cast<TypeObject*>(v.as_object());
    if (attr->view() == "__name__") return new_str_val(t->name);
    if (attr->view() == "__qualname__") return new_str_val(t->qualname);
    if (attr->view() == "__module__") return new_str_val(t->module);
    if (attr->view() == "__mro__") {
        std::vector<Val> items;
        for (TypeObject* k : t->mro) items.push_back(Val::borrow(k));
        return new_tuple(std::move(items)).into_val();
    }
    if (attr->view() == "__bases__") {
        std::vector<Val> items;
        for (auto& b : t->bases) items.push_back(b.val());
        return new_tuple(std::move(items)).into_val();
    }
    if (attr->view() == "__dict__") return t->dict ? t->dict.val() : new_dict().into_val();
    Value found = t->lookup(attr);
    if (found) return bind_descriptor(found, Value(), t);
    return nullptr;
}

bool type_setattr(Value v, StrObject* attr, Value value) {
    auto* t = static_cast<TypeObject*>(v.as_object());
    if (!t->is_heap_type) {
        raise_type_error("cannot set '" + attr->utf8() + "' attribute of immutable type '" + t->name + "'");
        return false;
    }
    if (value) {
        t->dict->set_str(attr, value);
        return true;
    }
    int removed = t->dict->remove(attr);
    if (removed == 0) raise(exc_types().attribute_error, attr->utf8());
    return removed > 0;
}

Val type_construct(Value, CallArgs args) {
    if (args.count == 1 && !args.keyword_count()) return Val::borrow(type_of(args[0]));
    if (args.count == 3 && is_str(args[0]) && is_tuple(args[1]) && is_dict(args[2])) {
        std::vector<Ref<TypeObject>> bases;
        for (const auto& b : as_tuple(args[1])->items) {
            if (!b.get().is_object() || type_of(b) != types().type) return raise_type_error("bases must be types");
            bases.push_back(Ref<TypeObject>::borrow(static_cast<TypeObject*>(b.get().as_object())));
        }
        auto ns = new_dict();
        for (const auto& e : as_dict(args[2])->entries())
            if (e.key && !ns->set(e.key, e.value)) return nullptr;
        auto t = new_class(as_str(args[0])->utf8(), std::move(bases), std::move(ns));
        if (!t) return nullptr;
        return t.into_val();
    }
    return raise_type_error("type() takes 1 or 3 arguments");
}

}  // namespace

void init_object_type(TypeObject* t) {
    t->repr = object_repr;
    t->str = object_str;
    t->hash = object_hash;
    t->compare = object_compare;
}

void init_type_type(TypeObject* t) {
    t->repr = type_repr;
    t->str = type_repr;
    t->call = type_call;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t->construct = type_construct;
}

}  // namespace ys::objects
