// Instances of classes derived from dict, list and tuple, and the built-in
// container slots as methods (see subclass.h). Mirrors subtype_new and the
// slot wrappers of Objects/typeobject.c, dict_subscript's __missing__ call in
// Objects/dictobject.c, list___init__ and tuple_subtype_new.
#include "objects/subclass.h"

#include <string>
#include <utility>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

bool check_self(const char* name, TypeObject* base, Value self);

// Drops the instance's reference to its heap class, as InstanceObject does.
void release_type(TypeObject* t) {
    if (t->decref_is_last()) deallocate(t);
}

// The instances below differ from plain containers only in holding their class
// (a heap type lives as long as its instances) and a __dict__.
class DictInstance : public DictObject {
public:
    explicit DictInstance(TypeObject* t) : DictObject(t) { t->incref(); }
    ~DictInstance() override {
        clear();
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        DictObject::traverse(v);
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

class ListInstance : public ListObject {
public:
    explicit ListInstance(TypeObject* t) : ListObject(t, {}) { t->incref(); }
    ~ListInstance() override {
        // Last to first, as ListObject does, before the class can go away.
        while (!items.empty()) {
            Val last = std::move(items.back());
            items.pop_back();
        }
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        ListObject::traverse(v);
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

class TupleInstance : public TupleObject {
public:
    TupleInstance(TypeObject* t, std::vector<Val> items) : TupleObject(t, std::move(items)) { t->incref(); }
    ~TupleInstance() override {
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        TupleObject::traverse(v);
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

// Instances of classes derived from int, float, str, set and frozenset: the
// built-in layout with the heap class as its type, plus a __dict__.
class IntInstance : public IntObject {
public:
    IntInstance(TypeObject* t, BigInt v) : IntObject(t, std::move(v)) { t->incref(); }
    ~IntInstance() override {
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

class FloatInstance : public FloatObject {
public:
    FloatInstance(TypeObject* t, double v) : FloatObject(t, v) { t->incref(); }
    ~FloatInstance() override {
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

class StrInstance : public StrObject {
public:
    StrInstance(TypeObject* t, std::string utf8) : StrObject(t, std::move(utf8)) { t->incref(); }
    ~StrInstance() override {
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

class SetInstance : public SetObject {
public:
    explicit SetInstance(TypeObject* t) : SetObject(t) { t->incref(); }
    ~SetInstance() override {
        clear();
        attrs.reset();
        release_type(type());
    }
    void traverse(Visitor& v) override {
        SetObject::traverse(v);
        if (attrs) v.visit(attrs.get());
        v.visit(type());
    }
    Ref<DictObject>* dict_slot() override { return &attrs; }
    Ref<DictObject> attrs;
};

bool is_type_object(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().type); }

// The class a built-in __new__ was asked to make: a subtype of `base`.
TypeObject* new_target(const char* name, TypeObject* base, CallArgs args) {
    if (args.positional_count() == 0) {
        raise_type_error(std::string(name) + ".__new__(): not enough arguments");
        return nullptr;
    }
    if (!is_type_object(args[0])) {
        raise_type_error(std::string(name) + ".__new__(X): X is not a type object (" + type_of(args[0])->name + ")");
        return nullptr;
    }
    auto* cls = static_cast<TypeObject*>(args[0].get().as_object());
    if (!cls->is_subtype_of(base)) {
        raise_type_error(std::string(name) + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " +
                         name);
        return nullptr;
    }
    return cls;
}

// int.__new__(cls, x=0, base=10), float.__new__, str.__new__,
// frozenset.__new__ and set.__new__: the value as the built-in type makes it,
// then, for a subclass, the same value in an instance of the subclass.
template <TypeObject* BuiltinTypes::*T>
Val immutable_new(Value, CallArgs args) {
    TypeObject* base = types().*T;
    TypeObject* cls = new_target(base->name.c_str(), base, args);
    if (!cls) return nullptr;
    CallArgs rest{args.data + 1, args.count - 1, args.kwnames};
    if (base == types().set) {
        // set() fills itself in __init__.
        if (cls == base) return new_set().into_val();
        return make<SetInstance>(cls).into_val();
    }
    Val value = base->construct(Value(base), rest);
    if (!value || cls == base) return value;
    if (base == types().int_) return make<IntInstance>(cls, to_bigint(value)).into_val();
    if (base == types().float_) return make<FloatInstance>(cls, float_value(value)).into_val();
    if (base == types().str) return make<StrInstance>(cls, as_str(value)->utf8()).into_val();
    auto set = make<SetInstance>(cls);
    if (!set->update(value)) return nullptr;
    return set.into_val();
}

// set.__init__(self, iterable=()): clears, then adds the iterable's items.
Val set_init(Value self, CallArgs args) {
    if (!check_self("__init__", types().set, self)) return nullptr;
    if (args.keyword_count()) return raise_type_error("set() takes no keyword arguments");
    if (args.count > 1) return raise_type_error("set expected at most 1 argument, got " + std::to_string(args.count));
    as_set(self)->clear();
    if (args.count == 1 && !as_set(self)->update(args[0])) return nullptr;
    return new_none();
}

// ---------------------------------------------------------------- dict subclasses

// dict_subscript: a subclass's __missing__ supplies absent keys.
Val dict_subclass_getitem(Value self, Value key) {
    bool error = false;
    Val found = as_dict(self)->get(key, &error);
    if (found || error) return found;
    if (type_of(self) != types().dict) {
        if (Value missing = type_of(self)->lookup(intern_literal("__missing__"))) {
            Val bound = bind_descriptor(missing, self, type_of(self));
            if (!bound) return nullptr;
            return call1(bound, key);
        }
    }
    return raise_key_error(key);
}

// ---------------------------------------------------------------- slot wrappers

// The receiver check of a wrapper_descriptor: dict.__len__(5) is a TypeError.
bool check_self(const char* name, TypeObject* base, Value self) {
    if (type_of(self)->is_subtype_of(base)) return true;
    raise_type_error(std::string("descriptor '") + name + "' requires a '" + base->name + "' object but received a '" +
                     type_of(self)->name + "'");
    return false;
}

template <TypeObject* BuiltinTypes::*T>
TypeObject* base_of() {
    return types().*T;
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_getitem(Value self, CallArgs args) {
    if (!check_self("__getitem__", base_of<T>(), self) || !check_positional("__getitem__", args, 1, 1)) return nullptr;
    if (base_of<T>() == types().dict) return dict_subclass_getitem(self, args[0]);
    return base_of<T>()->getitem(self, args[0]);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_setitem(Value self, CallArgs args) {
    if (!check_self("__setitem__", base_of<T>(), self) || !check_positional("__setitem__", args, 2, 2)) return nullptr;
    if (!base_of<T>()->setitem(self, args[0], args[1])) return nullptr;
    return new_none();
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_delitem(Value self, CallArgs args) {
    if (!check_self("__delitem__", base_of<T>(), self) || !check_positional("__delitem__", args, 1, 1)) return nullptr;
    if (!base_of<T>()->setitem(self, args[0], Value())) return nullptr;
    return new_none();
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_contains(Value self, CallArgs args) {
    if (!check_self("__contains__", base_of<T>(), self) || !check_positional("__contains__", args, 1, 1)) return nullptr;
    int r = base_of<T>()->contains(self, args[0]);
    if (r < 0) return nullptr;
    return new_bool(r);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_len(Value self, CallArgs args) {
    if (!check_self("__len__", base_of<T>(), self) || !check_positional("__len__", args, 0, 0)) return nullptr;
    int64_t n;
    if (!base_of<T>()->len(self, &n)) return nullptr;
    return new_int(n);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_iter(Value self, CallArgs args) {
    if (!check_self("__iter__", base_of<T>(), self) || !check_positional("__iter__", args, 0, 0)) return nullptr;
    return base_of<T>()->iter(self);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_repr(Value self, CallArgs args) {
    if (!check_self("__repr__", base_of<T>(), self) || !check_positional("__repr__", args, 0, 0)) return nullptr;
    return base_of<T>()->repr(self);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_hash(Value self, CallArgs args) {
    if (!check_self("__hash__", base_of<T>(), self) || !check_positional("__hash__", args, 0, 0)) return nullptr;
    int64_t h;
    if (!base_of<T>()->hash(self, &h)) return nullptr;
    return new_int(h);
}

template <TypeObject* BuiltinTypes::*T, CompareOp Op>
Val wrap_compare(Value self, CallArgs args) {
    static const char* const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    const char* name = names[static_cast<int>(Op)];
    if (!check_self(name, base_of<T>(), self) || !check_positional(name, args, 1, 1)) return nullptr;
    return base_of<T>()->compare(self, args[0], Op);
}

template <TypeObject* BuiltinTypes::*T, BinaryOp Op>
Val wrap_binary(Value self, CallArgs args) {
    int index = static_cast<int>(Op);
    bool inplace = index >= kBinaryOpCount;
    int base = inplace ? index - kBinaryOpCount : index;
    const char* name = Op == BinaryOp::Add ? "__add__" : Op == BinaryOp::Multiply ? "__mul__" : "__iadd__";
    if (!check_self(name, base_of<T>(), self) || !check_positional(name, args, 1, 1)) return nullptr;
    BinarySlot slot = inplace ? base_of<T>()->number.inplace[base] : base_of<T>()->number.binary[base];
    return slot(self, args[0]);
}

// The number methods of int, float, str and the sets as Python methods
// (int.__add__, float.__rtruediv__ ...), calling the built-in slots.
struct NumberNames {
    const char* op;
    const char* rop;
};
const NumberNames kNumberNames[kBinaryOpCount] = {
    {"__add__", "__radd__"},         {"__and__", "__rand__"},     {"__floordiv__", "__rfloordiv__"},
    {"__lshift__", "__rlshift__"},   {"__matmul__", "__rmatmul__"}, {"__mul__", "__rmul__"},
    {"__mod__", "__rmod__"},         {"__or__", "__ror__"},       {"__pow__", "__rpow__"},
    {"__rshift__", "__rrshift__"},   {"__sub__", "__rsub__"},     {"__truediv__", "__rtruediv__"},
    {"__xor__", "__rxor__"},
};

template <TypeObject* BuiltinTypes::*T, int Op, bool Reflected>
Val wrap_number(Value self, CallArgs args) {
    const char* name = Reflected ? kNumberNames[Op].rop : kNumberNames[Op].op;
    if (!check_self(name, base_of<T>(), self) || !check_positional(name, args, 1, 1)) return nullptr;
    BinarySlot slot = base_of<T>()->number.binary[Op];
    if (!slot) return new_not_implemented();
    return Reflected ? slot(args[0], self) : slot(self, args[0]);
}

template <TypeObject* BuiltinTypes::*T, int... Ops>
void add_number_methods(std::integer_sequence<int, Ops...>) {
    TypeObject* t = base_of<T>();
    ((t->number.binary[Ops] ? add_method(t, kNumberNames[Ops].op, wrap_number<T, Ops, false>) : void()), ...);
    ((t->number.binary[Ops] ? add_method(t, kNumberNames[Ops].rop, wrap_number<T, Ops, true>) : void()), ...);
}

template <TypeObject* BuiltinTypes::*T, UnarySlot NumberSlots::*S>
Val wrap_unary(Value self, CallArgs args) {
    if (!check_self("unary method", base_of<T>(), self) || !check_positional("unary method", args, 0, 0)) return nullptr;
    return (base_of<T>()->number.*S)(self);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_bool(Value self, CallArgs args) {
    if (!check_self("__bool__", base_of<T>(), self) || !check_positional("__bool__", args, 0, 0)) return nullptr;
    int r = base_of<T>()->number.boolean(self);
    if (r < 0) return nullptr;
    return new_bool(r);
}

template <TypeObject* BuiltinTypes::*T>
Val wrap_str(Value self, CallArgs args) {
    if (!check_self("__str__", base_of<T>(), self) || !check_positional("__str__", args, 0, 0)) return nullptr;
    TypeObject* t = base_of<T>();
    return t->str ? t->str(self) : t->repr(self);
}

template <TypeObject* BuiltinTypes::*T>
void add_scalar_methods() {
    TypeObject* t = base_of<T>();
    if (!t->dict) t->dict = new_dict();
    add_number_methods<T>(std::make_integer_sequence<int, kBinaryOpCount>());
    const struct {
        const char* name;
        UnarySlot NumberSlots::*slot;
    } unary[] = {{"__neg__", &NumberSlots::negative}, {"__pos__", &NumberSlots::positive},
                 {"__abs__", &NumberSlots::absolute}, {"__invert__", &NumberSlots::invert},
                 {"__int__", &NumberSlots::to_int}, {"__float__", &NumberSlots::to_float}};
    NativeFunction fns[] = {wrap_unary<T, &NumberSlots::negative>, wrap_unary<T, &NumberSlots::positive>,
                            wrap_unary<T, &NumberSlots::absolute>, wrap_unary<T, &NumberSlots::invert>,
                            wrap_unary<T, &NumberSlots::to_int>, wrap_unary<T, &NumberSlots::to_float>};
    for (size_t i = 0; i < 6; ++i)
        if (t->number.*(unary[i].slot)) add_method(t, unary[i].name, fns[i]);
    if (t == types().int_) add_method(t, "__index__", wrap_unary<T, &NumberSlots::to_int>);
    if (t->number.boolean) add_method(t, "__bool__", wrap_bool<T>);
    for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFunction>>{
             {"__eq__", wrap_compare<T, CompareOp::Eq>}, {"__ne__", wrap_compare<T, CompareOp::Ne>},
             {"__lt__", wrap_compare<T, CompareOp::Lt>}, {"__le__", wrap_compare<T, CompareOp::Le>},
             {"__gt__", wrap_compare<T, CompareOp::Gt>}, {"__ge__", wrap_compare<T, CompareOp::Ge>}})
        add_method(t, name, fn);
    if (t->hash) add_method(t, "__hash__", wrap_hash<T>);
    add_method(t, "__repr__", wrap_repr<T>);
    // int.__str__ and float.__str__ are object.__str__ (str() calls repr).
    if (t == types().str) add_method(t, "__str__", wrap_str<T>);
    auto new_method = make<StaticMethodObject>(class_types().staticmethod,
                                               new_builtin("__new__", immutable_new<T>).into_val());
    new_method->make_immortal();
    t->dict->set_str(intern_literal("__new__"), new_method.get());
}

// dict.__init__(self, *args, **kwargs) is dict.update(self, ...).
Val dict_init(Value self, CallArgs args) {
    if (!check_self("__init__", types().dict, self)) return nullptr;
    Value update = types().dict->dict->get_str(intern_literal("update"));
    return static_cast<BuiltinFunctionObject*>(update.as_object())->fn(self, args);
}

// list.__init__(self, iterable=()): list___init___impl clears, then extends.
Val list_init(Value self, CallArgs args) {
    if (!check_self("__init__", types().list, self)) return nullptr;
    if (args.keyword_count()) return raise_type_error("list() takes no keyword arguments");
    if (args.count > 1) return raise_type_error("list expected at most 1 argument, got " + std::to_string(args.count));
    std::vector<Val> items;
    if (args.count == 1 && !collect_items(args[0], &items)) return nullptr;
    std::vector<Val> old = std::move(as_list(self)->items);
    as_list(self)->items = std::move(items);
    return new_none();
}

// tuple.__new__(cls, iterable=()): a subclass instance holds the items itself.
Val tuple_new(Value, CallArgs args) {
    if (args.positional_count() == 0) return raise_type_error("tuple.__new__(): not enough arguments");
    if (!is_type_object(args[0])) return raise_type_error("tuple.__new__(X): X is not a type object (" + type_of(args[0])->name + ")");
    auto* cls = static_cast<TypeObject*>(args[0].get().as_object());
    if (!cls->is_subtype_of(types().tuple))
        return raise_type_error("tuple.__new__(" + cls->name + "): " + cls->name + " is not a subtype of tuple");
    if (args.keyword_count()) return raise_type_error("tuple() takes no keyword arguments");
    if (args.count > 2) return raise_type_error("tuple expected at most 1 argument, got " + std::to_string(args.count - 1));
    std::vector<Val> items;
    if (args.count == 2 && !collect_items(args[1], &items)) return nullptr;
    if (cls == types().tuple) return new_tuple(std::move(items)).into_val();
    return make<TupleInstance>(cls, std::move(items)).into_val();
}

template <TypeObject* BuiltinTypes::*T>
void add_container_wrappers(bool mutable_items) {
    TypeObject* t = base_of<T>();
    if (!t->dict) t->dict = new_dict();
    add_method(t, "__getitem__", wrap_getitem<T>);
    if (mutable_items) {
        add_method(t, "__setitem__", wrap_setitem<T>);
        add_method(t, "__delitem__", wrap_delitem<T>);
    }
    add_method(t, "__contains__", wrap_contains<T>);
    add_method(t, "__len__", wrap_len<T>);
    add_method(t, "__iter__", wrap_iter<T>);
    add_method(t, "__repr__", wrap_repr<T>);
    add_method(t, "__eq__", wrap_compare<T, CompareOp::Eq>);
    add_method(t, "__ne__", wrap_compare<T, CompareOp::Ne>);
}

template <TypeObject* BuiltinTypes::*T>
void add_ordering_wrappers() {
    TypeObject* t = base_of<T>();
    add_method(t, "__lt__", wrap_compare<T, CompareOp::Lt>);
    add_method(t, "__le__", wrap_compare<T, CompareOp::Le>);
    add_method(t, "__gt__", wrap_compare<T, CompareOp::Gt>);
    add_method(t, "__ge__", wrap_compare<T, CompareOp::Ge>);
    add_method(t, "__add__", wrap_binary<T, BinaryOp::Add>);
    add_method(t, "__mul__", wrap_binary<T, BinaryOp::Multiply>);
}

}  // namespace

Val new_builtin_subclass_instance(TypeObject* t, TypeObject* base) {
    if (base == types().dict) return make<DictInstance>(t).into_val();
    if (base == types().list) return make<ListInstance>(t).into_val();
    if (base == types().tuple) return make<TupleInstance>(t, std::vector<Val>{}).into_val();
    if (base == types().set) return make<SetInstance>(t).into_val();
    return raise_type_error("yieldscope does not support subclassing '" + base->name + "' yet");
}

void fill_builtin_subclass_slots(TypeObject* t, TypeObject* base) {
    // Only when no class in between replaced d[k] with a Python __getitem__.
    if (base == types().dict && t->getitem == types().dict->getitem) t->getitem = dict_subclass_getitem;
}

void add_slot_wrappers() {
    add_container_wrappers<&BuiltinTypes::dict>(true);
    add_method(types().dict, "__init__", dict_init);
    add_container_wrappers<&BuiltinTypes::list>(true);
    add_ordering_wrappers<&BuiltinTypes::list>();
    add_method(types().list, "__iadd__", wrap_binary<&BuiltinTypes::list, BinaryOp::InplaceAdd>);
    add_method(types().list, "__init__", list_init);
    add_container_wrappers<&BuiltinTypes::tuple>(false);
    add_ordering_wrappers<&BuiltinTypes::tuple>();
    add_method(types().tuple, "__hash__", wrap_hash<&BuiltinTypes::tuple>);
    auto new_method =
        make<StaticMethodObject>(class_types().staticmethod, new_builtin("__new__", tuple_new).into_val());
    new_method->make_immortal();
    types().tuple->dict->set_str(intern_literal("__new__"), new_method.get());
    add_scalar_methods<&BuiltinTypes::int_>();
    add_scalar_methods<&BuiltinTypes::float_>();
    add_scalar_methods<&BuiltinTypes::str>();
    add_method(types().str, "__len__", wrap_len<&BuiltinTypes::str>);
    add_method(types().str, "__getitem__", wrap_getitem<&BuiltinTypes::str>);
    add_method(types().str, "__contains__", wrap_contains<&BuiltinTypes::str>);
    add_method(types().str, "__iter__", wrap_iter<&BuiltinTypes::str>);
    add_scalar_methods<&BuiltinTypes::frozenset>();
    add_scalar_methods<&BuiltinTypes::set>();
    add_method(types().set, "__init__", set_init);
    add_method(types().set, "__len__", wrap_len<&BuiltinTypes::set>);
    add_method(types().set, "__contains__", wrap_contains<&BuiltinTypes::set>);
    add_method(types().set, "__iter__", wrap_iter<&BuiltinTypes::set>);
    add_method(types().frozenset, "__len__", wrap_len<&BuiltinTypes::frozenset>);
    add_method(types().frozenset, "__contains__", wrap_contains<&BuiltinTypes::frozenset>);
    add_method(types().frozenset, "__iter__", wrap_iter<&BuiltinTypes::frozenset>);
}

}  // namespace ys::objects
