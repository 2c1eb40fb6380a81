// Heap types, instances, bound methods and descriptors (see instance.h).
#include "objects/instance.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/sizeof.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/subclass.h"
#include "objects/tuple.h"
#include "util/assert.h"
#include "util/memory.h"

namespace ys::objects {

namespace {
ClassTypes g_class_types;
}

const ClassTypes& class_types() { return g_class_types; }

InstanceObject::InstanceObject(TypeObject* t) : Object(t) {
    t->incref();
    std::uninitialized_value_construct_n(slots(), t->slot_names.size());
}
Ref<InstanceObject> InstanceObject::create(TypeObject* t) {
    // operator delete frees the whole block whatever size it is told.
    void* memory = ::operator new(kInstanceSlotsOffset + t->slot_names.size() * sizeof(Val));
    return Ref<InstanceObject>::adopt(new (memory) InstanceObject(t));
}
InstanceObject::~InstanceObject() {
    dict.reset();
    std::destroy_n(slots(), slot_count());
    TypeObject* t = type();
    if (t->decref_is_last()) deallocate(t);
}
// The __dict__ and the slots' values go (CPython's subtype_clear); the dict
// is made again on first use.
void InstanceObject::clear_refs() {
    dict.reset();
    for (size_t i = 0, n = slot_count(); i < n; ++i) slots()[i] = Val();
}
void InstanceObject::change_class(TypeObject* t) {
    // An instance holds a reference to its class (see the constructor).
    t->incref();
    TypeObject* old = type();
    set_type(t);
    if (old->decref_is_last()) deallocate(old);
}

void InstanceObject::traverse(Visitor& v) {
    if (dict) visit_owned(v, dict.get());
    for (size_t i = 0, n = slot_count(); i < n; ++i)
        if (Value value = slots()[i].get(); value.is_object()) v.visit(value.as_object());
    v.visit(type());
}

MethodObject::MethodObject(Val f, Val s) : Object(g_class_types.method), function(std::move(f)), self(std::move(s)) {}
void MethodObject::traverse(Visitor& v) {
    if (function.get().is_object()) v.visit(function.get().as_object());
    if (self.get().is_object()) v.visit(self.get().as_object());
}

PropertyObject::PropertyObject() : Object(g_class_types.property) {}
// Only the doc, as CPython's property_clear: a subclass instance may set it.
void PropertyObject::clear_refs() { doc.reset(); }
void PropertyObject::traverse(Visitor& v) {
    for (Val* p : {&fget, &fset, &fdel, &doc})
        if (p->get().is_object()) v.visit(p->get().as_object());
}

StaticMethodObject::StaticMethodObject(TypeObject* t, Val f) : Object(t), function(std::move(f)) {}
void StaticMethodObject::traverse(Visitor& v) {
    if (function.get().is_object()) v.visit(function.get().as_object());
}

SuperObject::SuperObject(TypeObject* s, Val o) : Object(g_class_types.super), start(s), obj(std::move(o)) {}
void SuperObject::traverse(Visitor& v) {
    if (obj.get().is_object()) v.visit(obj.get().as_object());
}

DictObject* instance_dict(Value v, bool create) {
    if (!v.is_object()) return nullptr;
    Object* o = v.as_object();
    Ref<DictObject>* slot = o->dict_slot();
    if (!slot) return nullptr;
    if (!*slot && create) {
        *slot = new_dict();
        if (auto& keys = o->type()->cached_keys) (*slot)->make_split(keys);
        // An instance's attributes are part of the instance for the collector,
        // as CPython 3.11 keeps them inside it, until someone else takes the
        // dict (instance_dict_for_python). Other owners report theirs as a
        // tracked object.
        if (dynamic_cast<InstanceObject*>(o)) (*slot)->untrack();
    }
    return slot->get();
}

Val instance_dict_for_python(Value v) {
    DictObject* d = instance_dict(v, true);
    if (!d) return nullptr;
    d->track();
    return Val::borrow(d);
}

namespace {


// Looks up a dunder on the type (never the instance), as CPython's special method lookup.
Value special(Value obj, const char* name) { return type_of(obj)->lookup(intern_literal(name)); }


Val call_special(Value obj, Value method, std::initializer_list<Value> rest) {
    Val args[4];
    YS_ASSERT(rest.size() < 4);
    size_t n = 0;
    args[n++] = Val::borrow(obj);
    for (Value r : rest) args[n++] = Val::borrow(r);
    if (is_function(method)) return call(method, CallArgs{args, n, nullptr});
    Val bound = bind_descriptor(method, obj, type_of(obj));
    if (!bound) return nullptr;
    return call(bound, CallArgs{args + 1, n - 1, nullptr});
}

}  // namespace

TypeObject* solid_base(const TypeObject* t) {
    for (TypeObject* k : t->mro)
        if (!k->is_heap_type) return k;
    return types().object;
}

bool has_var_sized_layout(const TypeObject* t) {
    TypeObject* layout = solid_base(t);
    return layout == types().int_ || layout == types().tuple || layout == types().bytes;
}

bool is_data_descriptor(Value d) {
    if (!d.is_object()) return false;
    TypeObject* t = type_of(d);
    if (t == g_class_types.property || is_getset_descriptor(d) || is_member_descriptor(d)) return true;
    return t->is_heap_type && (special(d, "__set__") || special(d, "__delete__"));
}

bool uses_generic_getattr(const TypeObject* t) {
    return t->getattr == nullptr || t->getattr == generic_getattr || t->getattr_extends_generic;
}

Val bind_descriptor(Value descr, Value obj, TypeObject* type) {
    TypeObject* dt = type_of(descr);
    if (dt == types().function) {
        if (!obj) return Val::borrow(descr);
        return make<MethodObject>(Val::borrow(descr), Val::borrow(obj)).into_val();
    }
    if (dt == g_class_types.staticmethod) return static_cast<StaticMethodObject*>(descr.as_object())->function;
    if (dt == g_class_types.classmethod) {
        return make<MethodObject>(static_cast<StaticMethodObject*>(descr.as_object())->function, Val::borrow(type))
            .into_val();
    }
    if (dt == g_class_types.property) {
        if (!obj) return Val::borrow(descr);
        auto* p = static_cast<PropertyObject*>(descr.as_object());
        if (!p->fget) return raise(exc_types().attribute_error, "property object has no getter");
        return call1(p->fget, obj);
    }
    if (is_member_descriptor(descr)) return obj ? member_get(descr, obj) : Val::borrow(descr);
    if (is_getset_descriptor(descr)) {
        if (!obj) return Val::borrow(descr);
        if (getset_name(descr) == "__dict__") {
            if (Val d = instance_dict_for_python(obj)) return d;
            return raise(exc_types().attribute_error, "This object has no __dict__");
        }
        return new_none();  // __weakref__: no weak references to it yet
    }
    if (is_unbound_method(descr) && obj) {
        auto* m = static_cast<BuiltinFunctionObject*>(descr.as_object());
        return new_builtin(m->name, m->fn, Val::borrow(obj)).into_val();
    }
    // A descriptor written in Python: descr.__get__(obj or None, type).
    if (dt->is_heap_type) {
        if (Value get = special(descr, "__get__")) {
            Val instance = obj ? Val::borrow(obj) : new_none();
            return call_special(descr, get, {instance, Value(type)});
        }
    }
    return Val::borrow(descr);
}

bool is_plain_class_attr(Value descr) {
    if (!descr.is_object()) return true;
    TypeObject* dt = type_of(descr);
    return !dt->is_heap_type && dt != types().function && dt != g_class_types.staticmethod &&
           dt != g_class_types.classmethod && dt != g_class_types.property && !is_getset_descriptor(descr) &&
           !is_member_descriptor(descr) &&
           !is_unbound_method(descr);
}

// PyObject_GenericGetAttr: data descriptors, the instance dict, other class
// attributes; no __getattr__ fallback (that is generic_getattr's).
Val object_getattribute_or_null(Value obj, StrObject* name) {
    TypeObject* t = type_of(obj);
    if (name->view() == "__class__") return Val::borrow(t);
    if (name->view() == "__dict__") {
        if (Val d = instance_dict_for_python(obj)) return d;
    }
    Value descr = t->lookup(name);
    if (descr && is_data_descriptor(descr)) return bind_descriptor(descr, obj, t);
    if (DictObject* d = instance_dict(obj, false)) {
        Value v = d->get_str(name);
        if (v) return Val::borrow(v);
    }
    if (descr) return bind_descriptor(descr, obj, t);
    return nullptr;
}

Val object_getattribute(Value obj, StrObject* name) {
    Val r = object_getattribute_or_null(obj, name);
    if (r || cx().has_error()) return r;
    return raise(exc_types().attribute_error, "'" + type_of(obj)->name + "' object has no attribute '" + name->utf8() + "'");
}

namespace {

// slot_tp_getattr_hook's second half: after an AttributeError, __getattr__.
Val getattr_fallback(Value obj, StrObject* name) {
    Value hook = type_of(obj)->lookup(intern_literal("__getattr__"));
    if (!hook || !error_matches(exc_types().attribute_error)) return nullptr;
    cx().take_error();
    Val n = Val::borrow(name);
    return call_special(obj, hook, {n});
}

}  // namespace

Val generic_getattr(Value obj, StrObject* name) {
    Val r = object_getattribute(obj, name);
    if (r) return r;
    return getattr_fallback(obj, name);
}

namespace {

bool same_layout(const TypeObject* a, const TypeObject* b) {
    const auto &x = a->c_layout, &y = b->c_layout;
    // The same slots, by name, at the same places (CPython's same_slots_added).
    auto same_name = [](const Val& p, const Val& q) { return p.get() == q.get(); };
    return x.basicsize == y.basicsize && x.has_dict == y.has_dict && x.managed_dict == y.managed_dict &&
           x.has_weakref == y.has_weakref && x.slot_count == y.slot_count &&
           a->instances_have_dict == b->instances_have_dict &&
           std::equal(a->slot_names.begin(), a->slot_names.end(), b->slot_names.begin(), b->slot_names.end(),
                      same_name);
}

// obj.__class__ = cls (object_set_class): only between classes whose instances
// are laid out alike, here plain instances of classes based on object.
bool assign_class(Value obj, Value value) {
    if (!value) {
        raise_type_error("can't delete __class__ attribute");
        return false;
    }
    if (!is_type(value)) {
        raise_type_error("__class__ must be set to a class, not '" + type_of(value)->name + "' object");
        return false;
    }
    TypeObject* old_type = type_of(obj);
    auto* new_type = static_cast<TypeObject*>(value.as_object());
    if (!old_type->is_heap_type || !new_type->is_heap_type) {
        raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
        return false;
    }
    auto* instance = dynamic_cast<InstanceObject*>(obj.as_object());
    if (!instance || solid_base(old_type) != types().object || solid_base(new_type) != types().object ||
        !same_layout(old_type, new_type)) {
        raise_type_error("__class__ assignment: '" + new_type->name + "' object layout differs from '" +
                         old_type->name + "'");
        return false;
    }
    instance->change_class(new_type);
    return true;
}

}  // namespace

bool generic_setattr(Value obj, StrObject* name, Value value) {
    if (name == intern_literal("__class__")) return assign_class(obj, value);
    TypeObject* t = type_of(obj);
    Value descr = t->lookup(name);
    if (descr && is_data_descriptor(descr) && type_of(descr)->is_heap_type) {
        // descr.__set__(obj, value) / descr.__delete__(obj)
        Value m = special(descr, value ? "__set__" : "__delete__");
        if (!m) {
            raise(exc_types().attribute_error, value ? "__set__" : "__delete__");
            return false;
        }
        Val r = value ? call_special(descr, m, {obj, value}) : call_special(descr, m, {obj});
        return !r.is_null();
    }
    if (descr && is_member_descriptor(descr)) return member_set(descr, obj, value);
    if (descr && is_getset_descriptor(descr)) {
        if (getset_name(descr) == "__dict__" && value) {
            if (!is_dict(value)) {
                raise_type_error("__dict__ must be set to a dictionary, not a '" + type_of(value)->name + "'");
                return false;
            }
            DictObject* d = instance_dict(obj, true);
            if (!d) return false;
            d->clear();
            for (const auto& e : as_dict(value)->entries())
                if (e.key && !d->set(e.key, e.value)) return false;
            return true;
        }
        raise(exc_types().attribute_error, "attribute '" + name->utf8() + "' of '" + t->name + "' objects is not writable");
        return false;
    }
    if (descr && is_data_descriptor(descr)) {
        auto* p = static_cast<PropertyObject*>(descr.as_object());
        Val& fn = value ? p->fset : p->fdel;
        if (!fn) {
            raise(exc_types().attribute_error, std::string("property '") + name->utf8() + "' of '" + t->name +
                                                   "' object has no " + (value ? "setter" : "deleter"));
            return false;
        }
        Val r = value ? call_special(obj, fn, {value}) : call1(fn, obj);
        if (value) {
            // fset is a plain function called as fset(obj, value).
        }
        return !r.is_null();
    }
    DictObject* d = instance_dict(obj, true);
    if (!d) {
        raise(exc_types().attribute_error, "'" + t->name + "' object has no attribute '" + name->utf8() + "'");
        return false;
    }
    if (value) {
        d->set_str(name, value);
        return true;
    }
    if (d->remove(name) <= 0) {
        if (!cx().has_error())
            raise(exc_types().attribute_error, "'" + t->name + "' object has no attribute '" + name->utf8() + "'");
        return false;
    }
    return true;
}

namespace {

// ---------------------------------------------------------------- slot wrappers

Val slot_repr(Value v) {
    Value m = special(v, "__repr__");
    return call_special(v, m, {});
}

Val slot_str(Value v) {
    Value m = special(v, "__str__");
    return call_special(v, m, {});
}

bool slot_hash(Value v, int64_t* out) {
    Value m = special(v, "__hash__");
    if (!m || is_none(m)) {
        raise_type_error("unhashable type: '" + type_of(v)->name + "'");
        return false;
    }
    Val r = call_special(v, m, {});
    if (!r) return false;
    if (!index_value(r, out)) {
        if (!cx().has_error()) raise_type_error("__hash__ method should return an integer");
        return false;
    }
    if (*out == -1) *out = -2;
    return true;
}

const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Val slot_compare(Value a, Value b, CompareOp op) {
    // Built-in bases' comparisons (list.__lt__ ...) are methods too.
    Value m = special(a, kCompareNames[static_cast<int>(op)]);
    if (m) return call_special(a, m, {b});
    if (op == CompareOp::Ne) {
        // The default __ne__ inverts __eq__.
        Value eq = special(a, "__eq__");
        if (eq && type_of(eq) != types().builtin_function) {
            Val r = call_special(a, eq, {b});
            if (!r || is_not_implemented(r)) return r;
            int t = truthy(r);
            if (t < 0) return nullptr;
            return new_bool(!t);
        }
    }
    if (op == CompareOp::Eq) return a == b ? new_bool(true) : new_not_implemented();
    if (op == CompareOp::Ne) return a != b ? new_bool(true) : new_not_implemented();
    return new_not_implemented();
}

Val slot_iter(Value v) { return call_special(v, special(v, "__iter__"), {}); }

Val slot_iternext(Value v) {
    Val r = call_special(v, special(v, "__next__"), {});
    if (!r && error_matches(exc_types().stop_iteration)) {
        cx().take_error();
        return nullptr;
    }
    return r;
}

Val slot_call(Value callable, CallArgs args) {
    Value m = special(callable, "__call__");
    Val bound = bind_descriptor(m, callable, type_of(callable));
    if (!bound) return nullptr;
    return call(bound, args);
}

bool slot_len(Value v, int64_t* out) {
    Val r = call_special(v, special(v, "__len__"), {});
    if (!r) return false;
    if (!index_value(r, out)) {
        if (!cx().has_error())
            raise_type_error("'" + type_of(r)->name + "' object cannot be interpreted as an integer");
        return false;
    }
    if (*out < 0) {
        raise_value_error("__len__() should return >= 0");
        return false;
    }
    return true;
}

int slot_bool(Value v) {
    Value m = special(v, "__bool__");
    if (!m) {
        int64_t n;
        if (!slot_len(v, &n)) return -1;
        return n != 0;
    }
    Val r = call_special(v, m, {});
    if (!r) return -1;
    if (type_of(r) != types().bool_) {
        raise_type_error("__bool__ should return bool, returned " + type_of(r)->name);
        return -1;
    }
    return r.get() == true_value();
}

Val slot_getitem(Value v, Value key) { return call_special(v, special(v, "__getitem__"), {key}); }

bool slot_setitem(Value v, Value key, Value value) {
    Val r = value ? call_special(v, special(v, "__setitem__"), {key, value})
                  : call_special(v, special(v, "__delitem__"), {key});
    return !r.is_null();
}

int slot_contains(Value container, Value item) {
    Val r = call_special(container, special(container, "__contains__"), {item});
    if (!r) return -1;
    return truthy(r);
}


struct BinaryNames {
    const char* op;
    const char* rop;
    const char* iop;
};
const BinaryNames kBinaryNames[kBinaryOpCount] = {
    {"__add__", "__radd__", "__iadd__"},         {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},         {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},         {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},         {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};

// CPython's SLOT1BINFULL: a.__op__(b), else b.__rop__(a).
template <int Op>
Val slot_binary(Value a, Value b) {
    const BinaryNames& n = kBinaryNames[Op];
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    bool a_is_ours = ta->number.binary[Op] == &slot_binary<Op>;
    bool b_is_ours = tb != ta && tb->number.binary[Op] == &slot_binary<Op>;
    if (a_is_ours) {
        if (Value m = special(a, n.op)) {
            Val r = call_special(a, m, {b});
            if (!r || !is_not_implemented(r)) return r;
        }
    }
    if (b_is_ours || (ta == tb && !a_is_ours)) {
        if (Value m = special(b, n.rop)) return call_special(b, m, {a});
    } else if (ta != tb) {
        if (Value m = special(b, n.rop); m && type_of(m) == types().function) return call_special(b, m, {a});
    }
    return new_not_implemented();
}

template <int Op>
Val slot_inplace(Value a, Value b) {
    Value m = special(a, kBinaryNames[Op].iop);
    if (!m) return new_not_implemented();
    return call_special(a, m, {b});
}

template <int I>
Val slot_unary(Value v) {
    static const char* const names[] = {"__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__"};
    Value m = special(v, names[I]);
    // The int conversion slot also stands for __index__.
    if (!m && I == 4) m = special(v, "__index__");
    if (!m) return raise_type_error("bad operand type for unary operation: '" + type_of(v)->name + "'");
    return call_special(v, m, {});
}

template <int... Ops>
void fill_binary(TypeObject* t, std::integer_sequence<int, Ops...>) {
    ((t->lookup(intern_literal(kBinaryNames[Ops].op)) || t->lookup(intern_literal(kBinaryNames[Ops].rop))
          ? (void)(t->number.binary[Ops] = &slot_binary<Ops>)
          : (void)0),
     ...);
    ((t->lookup(intern_literal(kBinaryNames[Ops].iop)) ? (void)(t->number.inplace[Ops] = &slot_inplace<Ops>) : (void)0), ...);
}

bool defines(TypeObject* t, const char* name) {
    // Only methods written in Python (in a heap type's dict) need a wrapper.
    for (TypeObject* k : t->mro) {
        if (!k->is_heap_type) break;
        if (k->dict && k->dict->get_str(intern_literal(name))) return true;
    }
    return false;
}

// CPython's iterator type (Objects/iterobject.c): iter() of an object that has
// __getitem__ but no __iter__ calls obj[0], obj[1] ... until IndexError or
// StopIteration.
class SeqIterObject : public Object {
public:
    SeqIterObject(TypeObject* t, Val s) : Object(t), seq(std::move(s)) {}
    void traverse(Visitor& v) override {
        if (seq.get().is_object()) v.visit(seq.get().as_object());
    }
    Val seq;  // null once exhausted
    int64_t index = 0;
};

Val seqiter_next(Value v) {
    auto* it = static_cast<SeqIterObject*>(v.as_object());
    if (!it->seq) return nullptr;
    Val item = get_item(it->seq, Val::small_int(it->index));
    if (!item) {
        if (error_matches(exc_types().index_error) || error_matches(exc_types().stop_iteration)) {
            cx().take_error();
            it->seq.reset();
        }
        return nullptr;
    }
    ++it->index;
    return item;
}

TypeObject* seqiter_type() {
    static TypeObject* t = util::uncounted([] {
        auto* type = new TypeObject("iterator", types().object);
        type->make_immortal();
        type->set_metatype(types().type);
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = seqiter_next;
        return type;
    });
    return t;
}

Val seqiter_new(Value v) { return make<SeqIterObject>(seqiter_type(), Val::borrow(v)).into_val(); }

// A class defining __getattribute__: it answers every lookup; an
// AttributeError from it falls back to __getattr__ (slot_tp_getattr_hook).
Val slot_getattribute(Value obj, StrObject* name) {
    Val n = Val::borrow(name);
    Val r = call_special(obj, special(obj, "__getattribute__"), {n});
    if (r) return r;
    return getattr_fallback(obj, name);
}

// A class defining __setattr__ or __delattr__ (slot_tp_setattro).
bool slot_setattr(Value obj, StrObject* name, Value value) {
    Val n = Val::borrow(name);
    Val r = value ? call_special(obj, special(obj, "__setattr__"), {n, value})
                  : call_special(obj, special(obj, "__delattr__"), {n});
    return !r.is_null();
}

void fill_slots(TypeObject* t, bool at_creation) {
    // Built-in bases with attributes of their own (exceptions) keep their hooks;
    // those fall back to the generic lookup themselves.
    if (!t->getattr) t->getattr = generic_getattr;
    if (!t->setattr) t->setattr = generic_setattr;
    if (defines(t, "__getattribute__")) t->getattr = slot_getattribute;
    if (defines(t, "__setattr__") || defines(t, "__delattr__")) t->setattr = slot_setattr;
    if (defines(t, "__repr__")) {
        t->repr = slot_repr;
        // str() of an int or float is its repr (they have no __str__ of their own).
        TypeObject* layout = solid_base(t);
        if (!defines(t, "__str__") && (layout == types().int_ || layout == types().float_)) t->str = nullptr;
    }
    if (defines(t, "__str__")) t->str = slot_str;
    bool eq = defines(t, "__eq__");
    for (const char* n : kCompareNames)
        if (defines(t, n)) t->compare = slot_compare;
    if (defines(t, "__hash__")) {
        t->hash = slot_hash;
    } else if (at_creation && eq && t->dict && t->dict->get_str(intern_literal("__eq__"))) {
        t->hash = nullptr;  // defining __eq__ alone makes instances unhashable
        t->dict->set_str(intern_literal("__hash__"), none());
    }
    t->has_finalizer = t->lookup(intern_literal("__del__")) != Value();
    if (defines(t, "__iter__")) t->iter = slot_iter;
    if (defines(t, "__next__")) t->iternext = slot_iternext;
    if (defines(t, "__call__")) t->call = slot_call;
    if (defines(t, "__len__")) t->len = slot_len;
    if (defines(t, "__bool__") || defines(t, "__len__")) t->number.boolean = slot_bool;
    if (defines(t, "__getitem__")) t->getitem = slot_getitem;
    if (!t->iter && t->getitem && !t->lookup(intern_literal("__iter__"))) t->iter = seqiter_new;
    if (defines(t, "__setitem__") || defines(t, "__delitem__")) t->setitem = slot_setitem;
    if (defines(t, "__contains__")) t->contains = slot_contains;
    if (defines(t, "__neg__")) t->number.negative = slot_unary<0>;
    if (defines(t, "__pos__")) t->number.positive = slot_unary<1>;
    if (defines(t, "__invert__")) t->number.invert = slot_unary<2>;
    if (defines(t, "__abs__")) t->number.absolute = slot_unary<3>;
    if (defines(t, "__int__") || defines(t, "__index__")) t->number.to_int = slot_unary<4>;
    if (defines(t, "__float__")) t->number.to_float = slot_unary<5>;
    fill_binary(t, std::make_integer_sequence<int, kBinaryOpCount>());
    fill_builtin_subclass_slots(t, solid_base(t));
}

// ---------------------------------------------------------------- construction

Val object_init(Value self, CallArgs args) { return new_none(); }

// The instance a heap type's layout asks for, before __init__ (the tp_alloc of
// its solid base): a plain instance, an exception, or an empty dict/list/tuple.
// object_new's refusal of a class with abstract methods left (abc.ABCMeta
// sets __abstractmethods__).
bool check_not_abstract(TypeObject* t) {
    Value am = t->dict ? t->dict->get_str(intern_literal("__abstractmethods__")) : Value();
    if (!am || !is_anyset(am)) return true;
    std::vector<Val> names;
    if (!collect_items(am, &names)) return false;
    if (names.empty()) return true;
    auto list = new_list(std::move(names));
    if (!sort_list(list.get(), Value(), false)) return false;
    std::string joined;
    for (const Val& n : list->items) {
        std::string text;
        if (!str_text(n, &text)) return false;
        joined += (joined.empty() ? "" : ", ") + text;
    }
    raise_type_error("Can't instantiate abstract class " + t->name + " with abstract method" +
                     (list->items.size() > 1 ? "s " : " ") + joined);
    return false;
}

Val new_instance_of(TypeObject* t, CallArgs args) {
    TypeObject* base = solid_base(t);
    if (!check_not_abstract(t)) return nullptr;
    if (base == types().object) {
        if (t->cached_keys) t->cached_keys->instance_created();  // init_inline_values
        return InstanceObject::create(t).into_val();
    }
    if (base == types().type) return type_new(t, args);  // a metaclass makes a class
    if (base->is_exception) return new_exception_instance(t, args);
    return new_builtin_subclass_instance(t, base);
}

// object.__new__(cls, ...): what super().__new__(cls) reaches from a user __new__.
Val object_new(Value, CallArgs args) {
    if (args.positional_count() == 0) return raise_type_error("object.__new__(): not enough arguments");
    if (!is_type(args[0]))
        return raise_type_error("object.__new__(X): X is not a type object (" + type_of(args[0])->name + ")");
    TypeObject* cls = as_type(args[0]);
    if (!cls->is_heap_type) return call0(cls);
    return new_instance_of(cls, CallArgs{args.data + 1, args.positional_count() - 1, nullptr});
}

bool is_builtin_fn(Value v, NativeFunction fn) {
    return v.is_object() && type_of(v) == types().builtin_function &&
           static_cast<BuiltinFunctionObject*>(v.as_object())->fn == fn;
}

Val heap_construct(Value cls, CallArgs args) {
    auto* t = as_type(cls);
    Val instance;
    Value user_new = t->lookup(intern_literal("__new__"));
    // Any __new__ but object's builds the instance itself (a Python __new__, tuple.__new__).
    bool new_in_python = user_new && type_of(user_new) == g_class_types.staticmethod &&
                         !is_builtin_fn(static_cast<StaticMethodObject*>(user_new.as_object())->function, object_new);
    if (new_in_python) {
        std::vector<Val> new_args{Val::borrow(cls)};
        new_args.insert(new_args.end(), args.data, args.data + args.count);
        instance = call(static_cast<StaticMethodObject*>(user_new.as_object())->function,
                        CallArgs{new_args.data(), new_args.size(), args.kwnames});
        if (!instance) return nullptr;
        if (!type_of(instance)->is_subtype_of(t)) return instance;  // __init__ is skipped, as in CPython
    } else {
        instance = new_instance_of(t, args);
        if (!instance) return nullptr;
    }
    Value init = t->lookup(intern_literal("__init__"));
    // A Python __init__, or a built-in base's own (dict.__init__ fills the dict);
    // object's accepts nothing and BaseException's was done by the layout above.
    bool builtin_init = init && is_unbound_method(init) && !is_builtin_fn(init, object_init) &&
                        !solid_base(t)->is_exception;
    if (init && (type_of(init) == types().function || builtin_init)) {
        std::vector<Val> init_args{instance};
        init_args.insert(init_args.end(), args.data, args.data + args.count);
        Val r = call(init, CallArgs{init_args.data(), init_args.size(), args.kwnames});
        if (!r) return nullptr;
        if (!is_none(r)) return raise_type_error("__init__() should return None, not '" + type_of(r)->name + "'");
    } else if (!new_in_python && args.count && solid_base(t) == types().object) {
        return raise_type_error(t->name + "() takes no arguments");
    }
    return instance;
}

// C3 linearization (Objects/typeobject.c mro_internal); false on a conflict.
bool c3_merge(std::vector<std::vector<TypeObject*>> seqs, std::vector<TypeObject*>* out) {
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
        if (seqs.empty()) return true;
        TypeObject* candidate = nullptr;
        for (auto& s : seqs) {
            TypeObject* head = s.front();
            bool in_tail = false;
            for (auto& other : seqs)
                if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) return false;
        out->push_back(candidate);
        for (auto& s : seqs)
            if (s.front() == candidate) s.erase(s.begin());
    }
}

}  // namespace

void update_slots(TypeObject* t) {
    if (!t->is_heap_type) return;
    t->inherit_slots();
    t->construct = heap_construct;
    fill_slots(t, false);
    for (TypeObject* sub : std::vector<TypeObject*>(t->subclasses)) update_slots(sub);
}

Ref<TypeObject> new_class(const std::string& name, std::vector<Ref<TypeObject>> bases, Ref<DictObject> ns,
                          TypeObject* metatype) {
    if (!metatype) metatype = types().type;
    if (bases.empty()) bases.push_back(Ref<TypeObject>::borrow(types().object));
    for (auto& b : bases) {
        if (b.get() == types().bool_ || b.get() == types().range || b.get() == types().function ||
            b.get() == mappingproxy_type()) {
            raise_type_error("type '" + b->name + "' is not an acceptable base type");
            return nullptr;
        }
    }
    auto t = Ref<TypeObject>::adopt(new TypeObject(name, bases[0].get()));
    t->set_metatype(metatype);
    t->is_heap_type = true;
    t->bases = bases;
    std::vector<std::vector<TypeObject*>> seqs;
    for (auto& b : bases) seqs.push_back(b->mro);
    std::vector<TypeObject*> order;
    for (auto& b : bases) order.push_back(b.get());
    seqs.push_back(order);
    std::vector<TypeObject*> mro{t.get()};
    if (!c3_merge(seqs, &mro)) {
        std::string names;
        for (auto& b : bases) names += (names.empty() ? "" : ", ") + b->name;
        raise_type_error("Cannot create a consistent method resolution order (MRO) for bases " + names);
        return nullptr;
    }
    t->mro = mro;
    TypeObject* layout = solid_base(t.get());
    t->is_exception = types().object != layout && layout->is_exception;
    t->dict = std::move(ns);
    if (!install_slots(t.get())) return nullptr;
    compute_class_layout(t.get(), t->dict.get());
    if (Value module = t->dict->get_str(intern_literal("__module__")); module && is_str(module)) t->module = as_str(module)->utf8();
    if (Value qual = t->dict->get_str(intern_literal("__qualname__")); qual && is_str(qual)) {
        t->qualname = as_str(qual)->utf8();
        bool ok = t->dict->remove(intern_literal("__qualname__")) >= 0;
        (void)ok;
    }
    // __new__ is implicitly a static method; __init_subclass__ and
    // __class_getitem__ are implicitly class methods.
    if (Value n = t->dict->get_str(intern_literal("__new__")); n && type_of(n) == types().function)
        t->dict->set_str(intern_literal("__new__"), make<StaticMethodObject>(g_class_types.staticmethod, Val::borrow(n)).get());
    for (const char* implicit : {"__init_subclass__", "__class_getitem__"}) {
        if (Value f = t->dict->get_str(intern(implicit)); f && type_of(f) == types().function)
            t->dict->set_str(intern(implicit), make<StaticMethodObject>(g_class_types.classmethod, Val::borrow(f)).get());
    }
    // The __dict__ and __weakref__ descriptors of a class that introduces them
    // (CPython's subtype_getsets), then __doc__.
    bool all_builtin = std::none_of(bases.begin(), bases.end(), [](auto& b) { return b->is_heap_type; });
    bool base_dict = bases_have_dict(t.get()), base_weakref = bases_weakrefable(t.get());
    bool var_sized = has_var_sized_layout(t.get());
    bool builtin_weakref = all_builtin && (layout == types().set || layout == types().frozenset);
    if (t->instances_have_dict && !base_dict && !t->dict->get_str(intern_literal("__dict__")))
        t->dict->set_str(intern_literal("__dict__"), new_getset_descriptor("__dict__", t.get()));
    if (t->instances_weakrefable && !base_weakref && !var_sized && !builtin_weakref &&
        !t->dict->get_str(intern_literal("__weakref__")))
        t->dict->set_str(intern_literal("__weakref__"), new_getset_descriptor("__weakref__", t.get()));
    if (!t->dict->get_str(intern_literal("__doc__"))) t->dict->set_str(intern_literal("__doc__"), none());
    t->construct = heap_construct;
    fill_slots(t.get(), true);
    for (auto& b : bases)
        if (b->is_heap_type) b->subclasses.push_back(t.get());
    return t;
}

namespace {

// ---------------------------------------------------------------- descriptor types

Val method_call(Value callable, CallArgs args) {
    auto* m = static_cast<MethodObject*>(callable.as_object());
    std::vector<Val> full{m->self};
    full.insert(full.end(), args.data, args.data + args.count);
    return call(m->function, CallArgs{full.data(), full.size(), args.kwnames});
}

Val method_repr(Value v) {
    auto* m = static_cast<MethodObject*>(v.as_object());
    std::string self_repr;
    if (!repr_text(m->self, &self_repr)) return nullptr;
    std::string fname = is_function(m->function) ? as_function(m->function)->qualname->utf8() : "?";
    return new_str_val("<bound method " + fname + " of " + self_repr + ">");
}

Val method_getattr(Value v, StrObject* name) {
    auto* m = static_cast<MethodObject*>(v.as_object());
    if (name->view() == "__self__") return m->self;
    if (name->view() == "__func__") return m->function;
    return get_attr(m->function, name);
}

Val property_construct(Value, CallArgs args) {
    auto p = make<PropertyObject>();
    Val* fields[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (size_t i = 0; i < args.positional_count() && i < 4; ++i)
        if (!is_none(args[i])) *fields[i] = args[i];
    return p.into_val();
}

// property.setter / deleter / getter return a copy with one accessor replaced.
Val property_with(Value self, CallArgs args, int which) {
    if (!check_positional("setter", args, 1, 1)) return nullptr;
    auto* old = static_cast<PropertyObject*>(self.as_object());
    auto p = make<PropertyObject>();
    p->fget = old->fget;
    p->fset = old->fset;
    p->fdel = old->fdel;
    p->doc = old->doc;
    Val* fields[] = {&p->fget, &p->fset, &p->fdel};
    *fields[which] = args[0];
    return p.into_val();
}

// True when `f` says it is abstract (abc.abstractmethod sets the flag).
bool is_abstract(Value f) {
    if (!f) return false;
    Val flag = get_attr(f, intern_literal("__isabstractmethod__"));
    if (!flag) {
        cx().take_error();
        return false;
    }
    return truthy(flag) > 0;
}

Val property_getattr(Value v, StrObject* name) {
    auto* p = static_cast<PropertyObject*>(v.as_object());
    auto n = name->view();
    if (n == "fget") return p->fget ? p->fget : new_none();
    if (n == "fset") return p->fset ? p->fset : new_none();
    if (n == "fdel") return p->fdel ? p->fdel : new_none();
    if (n == "__doc__") {
        if (p->doc) return p->doc;
        if (p->fget) return get_attr(p->fget, name);
        return new_none();
    }
    if (n == "__isabstractmethod__")
        return new_bool(is_abstract(p->fget) || is_abstract(p->fset) || is_abstract(p->fdel));
    return generic_getattr(v, name);
}

// staticmethod / classmethod: their function, and its abstractness.
Val static_getattr(Value v, StrObject* name) {
    auto* s = static_cast<StaticMethodObject*>(v.as_object());
    auto n = name->view();
    if (n == "__func__" || n == "__wrapped__") return s->function;
    if (n == "__isabstractmethod__") return new_bool(is_abstract(s->function));
    if (n == "__doc__" || n == "__name__" || n == "__qualname__") return get_attr(s->function, name);
    return generic_getattr(v, name);
}

Val static_construct(Value type, CallArgs args) {
    if (!check_positional(as_type(type)->name.c_str(), args, 1, 1)) return nullptr;
    return make<StaticMethodObject>(as_type(type), args[0]).into_val();
}

Val super_construct(Value, CallArgs args) {
    if (args.count != 2) return raise(exc_types().runtime_error, "super(): no arguments");
    if (!is_type(args[0])) return raise_type_error("super() argument 1 must be a type, not " + type_of(args[0])->name);
    TypeObject* start = as_type(args[0]);
    Value obj = args[1];
    TypeObject* obj_type = is_type(obj) && as_type(obj)->is_subtype_of(start) ? as_type(obj) : type_of(obj);
    if (!obj_type->is_subtype_of(start))
        return raise_type_error("super(type, obj): obj must be an instance or subtype of type");
    return make<SuperObject>(start, Val::borrow(obj)).into_val();
}

Val super_getattr(Value v, StrObject* name) {
    auto* s = static_cast<SuperObject*>(v.as_object());
    Value obj = s->obj;
    bool obj_is_type = is_type(obj) && as_type(obj)->is_subtype_of(s->start);
    TypeObject* obj_type = obj_is_type ? as_type(obj) : type_of(obj);
    const auto& mro = obj_type->mro;
    auto it = std::find(mro.begin(), mro.end(), s->start);
    if (it != mro.end()) ++it;
    for (; it != mro.end(); ++it) {
        TypeObject* k = *it;
        Value found = k->dict ? k->dict->get_str(name) : Value();
        if (!found) continue;
        return bind_descriptor(found, obj_is_type ? Value() : obj, obj_type);
    }
    if (name->view() == "__init__" || name->view() == "__repr__" || name->view() == "__str__") {
        // object's own methods, reached through super() from a subclass.
        Value base_method = types().object->lookup(name);
        if (base_method) return bind_descriptor(base_method, obj, obj_type);
    }
    return raise(exc_types().attribute_error, "'super' object has no attribute '" + name->utf8() + "'");
}

// object(): a featureless instance (sentinels such as `_MISSING = object()`).
// Types that merely inherit this slot from object keep CPython's refusal.
Val object_construct(Value cls, CallArgs args) {
    if (cls != Value(types().object)) return raise_type_error("cannot create '" + as_type(cls)->name + "' instances");
    if (args.count) return raise_type_error("object() takes no arguments");
    return InstanceObject::create(types().object).into_val();
}

Val object_repr_method(Value self, CallArgs args) { return types().object->repr(self); }

// object's rich comparisons and hash as methods (object_richcompare): __eq__
// is identity, __ne__ inverts the type's __eq__, the orderings decline.
Val object_eq_method(Value self, CallArgs args) {
    if (!check_positional("__eq__", args, 1, 1)) return nullptr;
    return self == args[0].get() ? new_bool(true) : new_not_implemented();
}

Val object_ne_method(Value self, CallArgs args) {
    if (!check_positional("__ne__", args, 1, 1)) return nullptr;
    TypeObject* t = type_of(self);
    Val eq = t->compare ? t->compare(self, args[0], CompareOp::Eq)
                        : (self == args[0].get() ? new_bool(true) : new_not_implemented());
    if (!eq || is_not_implemented(eq)) return eq;
    int truth = truthy(eq);
    if (truth < 0) return nullptr;
    return new_bool(!truth);
}

Val object_declines(Value, CallArgs args) {
    if (!check_positional("comparison", args, 1, 1)) return nullptr;
    return new_not_implemented();
}

Val object_hash_method(Value self, CallArgs args) {
    if (!check_positional("__hash__", args, 0, 0)) return nullptr;
    int64_t h;
    if (!types().object->hash(self, &h)) return nullptr;
    return new_int(h);
}

// object.__format__(self, spec): str(self) for an empty spec.
Val object_format_method(Value self, CallArgs args) {
    if (!check_positional("__format__", args, 1, 1)) return nullptr;
    if (!is_str(args[0])) return raise_type_error("__format__() argument must be str, not " + type_of(args[0])->name);
    if (as_str(args[0])->length() > 0)
        return raise_type_error("unsupported format string passed to " + type_of(self)->name + ".__format__");
    return str(self);
}

bool attribute_name(CallArgs args, size_t index, StrObject** out) {
    if (!is_str(args[index])) {
        raise_type_error("attribute name must be string, not '" + type_of(args[index])->name + "'");
        return false;
    }
    *out = intern(as_str(args[index])->view());
    return true;
}

// The attribute assignment of the built-in layout under a class: object's
// generic one, or that of a built-in base with attributes of its own.
SetAttrSlot builtin_setattr(TypeObject* t) {
    TypeObject* base = solid_base(t);
    if (base == types().object || !base->setattr || base->setattr == slot_setattr) return generic_setattr;
    return base->setattr;
}

// object.__getattribute__(self, name), __setattr__(self, name, value),
// __delattr__(self, name): what super() reaches from overriding methods.
Val object_getattribute_method(Value self, CallArgs args) {
    StrObject* name;
    if (!check_positional("__getattribute__", args, 1, 1) || !attribute_name(args, 0, &name)) return nullptr;
    TypeObject* base = solid_base(type_of(self));
    if (base != types().object && base->getattr && base->getattr != generic_getattr) return base->getattr(self, name);
    return object_getattribute(self, name);
}

Val object_setattr_method(Value self, CallArgs args) {
    StrObject* name;
    if (!check_positional("__setattr__", args, 2, 2) || !attribute_name(args, 0, &name)) return nullptr;
    if (!builtin_setattr(type_of(self))(self, name, args[1])) return nullptr;
    return new_none();
}

Val object_delattr_method(Value self, CallArgs args) {
    StrObject* name;
    if (!check_positional("__delattr__", args, 1, 1) || !attribute_name(args, 0, &name)) return nullptr;
    if (!builtin_setattr(type_of(self))(self, name, Value())) return nullptr;
    return new_none();
}
Val object_str_method(Value self, CallArgs args) { return types().object->str(self); }

TypeObject* define(const char* name, TypeObject* base, TypeObject* meta) {
    auto* t = new TypeObject(name, base);
    t->make_immortal();
    t->set_metatype(meta);
    return t;
}

}  // namespace

void init_class_types(TypeObject* object_type, TypeObject* type_type) {
    auto& c = g_class_types;
    c.method = define("method", object_type, type_type);
    c.method->call = method_call;
    c.method->repr = method_repr;
    c.method->getattr = method_getattr;
    // types.MethodType(function, instance)
    c.method->construct = [](Value, CallArgs args) -> Val {
        if (!check_positional("method", args, 2, 2)) return nullptr;
        if (!type_of(args[0])->call) return raise_type_error("first argument must be callable");
        if (is_none(args[1])) return raise_type_error("instance must not be None");
        return make<MethodObject>(args[0], args[1]).into_val();
    };
    c.property = define("property", object_type, type_type);
    c.property->construct = property_construct;
    c.property->getattr = property_getattr;
    add_method(c.property, "setter", [](Value s, CallArgs a) { return property_with(s, a, 1); });
    add_method(c.property, "deleter", [](Value s, CallArgs a) { return property_with(s, a, 2); });
    add_method(c.property, "getter", [](Value s, CallArgs a) { return property_with(s, a, 0); });
    c.staticmethod = define("staticmethod", object_type, type_type);
    c.staticmethod->construct = static_construct;
    c.staticmethod->getattr = static_getattr;
    c.classmethod = define("classmethod", object_type, type_type);
    c.classmethod->construct = static_construct;
    c.classmethod->getattr = static_getattr;
    c.super = define("super", object_type, type_type);
    c.super->construct = super_construct;
    c.super->getattr = super_getattr;
    // object's methods reachable as object.__init__ / super().__init__().
    add_method(object_type, "__init__", object_init);
    // object.__init_subclass__(): the end of the chain, taking no keywords.
    // Bound as a class method, it receives the class as its first argument.
    auto init_subclass = make<StaticMethodObject>(c.classmethod, new_builtin("__init_subclass__", [](Value, CallArgs args) -> Val {
        if (args.count > 1 && is_type(args[0]))
            return raise_type_error(as_type(args[0])->name + ".__init_subclass__() takes no keyword arguments");
        return new_none();
    }).into_val());
    init_subclass->make_immortal();
    object_type->dict->set_str(intern_literal("__init_subclass__"), init_subclass.get());
    add_method(object_type, "__repr__", object_repr_method);
    add_method(object_type, "__eq__", object_eq_method);
    add_method(object_type, "__ne__", object_ne_method);
    for (const char* order : {"__lt__", "__le__", "__gt__", "__ge__"}) add_method(object_type, order, object_declines);
    add_method(object_type, "__hash__", object_hash_method);
    add_method(object_type, "__format__", object_format_method);
    auto subclasshook = make<StaticMethodObject>(c.classmethod, new_builtin("__subclasshook__", [](Value, CallArgs) -> Val {
        return new_not_implemented();
    }).into_val());
    subclasshook->make_immortal();
    object_type->dict->set_str(intern_literal("__subclasshook__"), subclasshook.get());
    // Mutable containers are unhashable: their __hash__ is None, as in CPython.
    for (TypeObject* unhashable : {types().list, types().dict, types().set})
        if (unhashable->dict) unhashable->dict->set_str(intern_literal("__hash__"), none());
    add_method(object_type, "__getattribute__", object_getattribute_method);
    add_method(object_type, "__setattr__", object_setattr_method);
    add_method(object_type, "__delattr__", object_delattr_method);
    add_method(object_type, "__str__", object_str_method);
    auto new_method = make<StaticMethodObject>(c.staticmethod, new_builtin("__new__", object_new).into_val());
    new_method->make_immortal();
    object_type->dict->set_str(intern_literal("__new__"), new_method.get());
    add_slot_wrappers();
    if (!object_type->construct) object_type->construct = object_construct;
}

}  // namespace ys::objects
