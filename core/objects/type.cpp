// Type objects: the MRO, attribute lookup along it, and the slots of `object`
// and `type` themselves (Objects/typeobject.c).
#include "objects/type.h"

#include <algorithm>

#include "objects/abstract.h"
#include "objects/attribute_cache.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/memory.h"

namespace ys::objects {

TypeObject::TypeObject(std::string type_name, TypeObject* base_type)
    : Object(nullptr), name(std::move(type_name)), module("builtins"), base(base_type) {
    qualname = name;
    // The metatype may not exist yet while the first types are made; fixed in init.
    if (base_type) {
        bases.push_back(Ref<TypeObject>::borrow(base_type));
        // Built-in subtypes inherit their base's slots; they override them after.
        inherit_slots();
        is_exception = base_type->is_exception;
    }
    compute_mro();
}

void TypeObject::inherit_slots() {
    if (!base) return;
    repr = base->repr;
    str = base->str;
    hash = base->hash;
    compare = base->compare;
    iter = base->iter;
    iternext = base->iternext;
    call = base->call;
    getattr = base->getattr;
    setattr = base->setattr;
    len = base->len;
    getitem = base->getitem;
    setitem = base->setitem;
    contains = base->contains;
    length_hint = base->length_hint;
    number = base->number;
    construct = base->construct;
}

TypeObject::~TypeObject() {
    for (auto& b : bases) {
        auto& subs = b->subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), this), subs.end());
    }
    // The dict may outlive its class (a class body's locals() kept elsewhere).
    if (dict && dict->owner_type == this) dict->owner_type = nullptr;
    dict.reset();
    bases.clear();
    TypeObject* meta = type();
    if (meta && meta->is_heap_type && meta->decref_is_last()) deallocate(meta);
}

void TypeObject::set_metatype(TypeObject* meta) {
    if (meta && meta->is_heap_type) meta->incref();
    set_type(meta);
}

bool is_type(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().type); }

void TypeObject::traverse(Visitor& v) {
    if (dict) v.visit(dict.get());
    for (auto& b : bases) v.visit(b.get());
    // A heap metaclass is held by its classes (set_metatype).
    if (type() && type()->is_heap_type) v.visit(type());
}

void TypeObject::compute_mro() {
    // Single inheritance for now: the chain of bases.
    mro.clear();
    for (TypeObject* t = this; t; t = t->base) mro.push_back(t);
    if (version_tag != 0) attributes_changed();
}

namespace {
// Version tags are never reused, so an entry of a freed class can never match
// a new class that happens to get its address.
uint64_t next_version_tag = 1;
}  // namespace

uint64_t builtin_types_epoch = 0;

void TypeObject::attributes_changed() {
    // Built-in types do not list their subtypes: every cache starts afresh.
    if (!is_heap_type) ++builtin_types_epoch;
    if (version_tag == 0) return;
    version_tag = 0;
    for (TypeObject* sub : subclasses) sub->attributes_changed();
}

namespace {

// Tags `t` and the classes on its MRO (bases first), and makes their dicts
// report their changes. False when some class on the MRO has no dict yet: one
// made later would not be noticed, so such classes are not cached.
bool assign_version_tag(TypeObject* t) {
    for (TypeObject* k : t->mro)
        if (!k->dict) return false;
    for (auto it = t->mro.rbegin(); it != t->mro.rend(); ++it) {
        TypeObject* k = *it;
        k->dict->owner_type = k;
        if (k->version_tag == 0) k->version_tag = next_version_tag++;
    }
    return true;
}

}  // namespace

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
    AttributeCache* cache = current_attribute_cache;
    // Only interned names are immortal: a pointer to any other str could be reused.
    if (!cache || !attr->interned) return lookup_uncached(attr);
    if (cache->epoch != builtin_types_epoch) {
        std::fill(cache->entries.begin(), cache->entries.end(), AttributeCache::Entry{});
        cache->epoch = builtin_types_epoch;
    }
    auto* self = const_cast<TypeObject*>(this);
    if (version_tag == 0 && !assign_version_tag(self)) return lookup_uncached(attr);
    AttributeCache::Entry& e = cache->entries[AttributeCache::slot(version_tag, attr)];
    if (e.type == this && e.version == version_tag && e.name == attr) return e.value;
    uint64_t tag = version_tag;
    Value found = lookup_uncached(attr);
    // The look-up may have added a slot wrapper to a class dict (see below),
    // which retags the classes: the entry is then left for the next look-up.
    if (version_tag == tag && cache->epoch == builtin_types_epoch) e = {this, tag, attr, found};
    return found;
}

Value TypeObject::lookup_uncached(StrObject* attr) const {
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
    // The built-in type is shared by every session, so none of them pays for
    // its new method: charged, it would make the session that first asks cost
    // more than its replays, which find the method there.
    util::UncountedScope uncounted;
    add_method(k, next ? "__next__" : "__iter__", next ? slot_next_method : slot_iter_method);
    return k->dict->get_str(attr);
}

TypeObject* int_type_for_small_ints = nullptr;

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

// An object's default hash, fixed for its life and the same in every run of
// the program: its allocation serial. The loop's task set and gather() hash
// every task, and the serial spares them the session's id table (a probe on
// hashing, another on freeing). An object made outside a session, or shared
// by sessions (immortal), has no serial of this session: its session id.
bool object_hash(Value v, int64_t* out) {
    const Object* o = v.as_object();
    *out = o->serial && !o->is_immortal() ? static_cast<int64_t>(o->serial) : static_cast<int64_t>(cx().session_id(o));
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

// ---------------------------------------------------------------- mappingproxy

// A class's __dict__: a read-only view of its namespace (types.MappingProxyType).
class MappingProxyObject : public Object {
public:
    MappingProxyObject(TypeObject* t, Val m) : Object(t), mapping(std::move(m)) {}
    void traverse(Visitor& v) override {
        if (mapping.get().is_object()) v.visit(mapping.get().as_object());
    }
    Val mapping;
};

TypeObject* g_mappingproxy = nullptr;
TypeObject* g_getset = nullptr;

Value proxied(Value v) { return static_cast<MappingProxyObject*>(v.as_object())->mapping; }

// Forwards a method call to the mapping: proxy.keys() is mapping.keys().
template <const char* Name>
Val proxy_forward(Value self, CallArgs args) {
    Val m = get_attr(proxied(self), intern(Name));
    if (!m) return nullptr;
    return call(m, args);
}

constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";

Val mappingproxy_construct(Value, CallArgs args) {
    if (!check_positional("mappingproxy", args, 1, 1)) return nullptr;
    if (!is_dict(args[0]) && !type_of(args[0])->getitem)
        return raise_type_error("mappingproxy() argument must be a mapping, not " + type_of(args[0])->name);
    return make<MappingProxyObject>(g_mappingproxy, args[0]).into_val();
}

void init_mappingproxy_type(TypeObject* type_type, TypeObject* object_type) {
    auto* t = new TypeObject("mappingproxy", object_type);
    t->make_immortal();
    t->set_metatype(type_type);
    t->construct = mappingproxy_construct;
    t->repr = [](Value v) -> Val {
        std::string inner;
        if (!repr_text(proxied(v), &inner)) return nullptr;
        return new_str_val("mappingproxy(" + inner + ")");
    };
    t->str = [](Value v) { return str(proxied(v)); };
    t->getitem = [](Value v, Value key) { return get_item(proxied(v), key); };
    t->len = [](Value v, int64_t* out) { return length(proxied(v), out); };
    t->iter = [](Value v) { return get_iter(proxied(v)); };
    t->contains = [](Value v, Value item) { return contains(proxied(v), item); };
    t->compare = [](Value a, Value b, CompareOp op) { return rich_compare(proxied(a), b, op); };
    t->getattr = generic_getattr;
    add_method(t, "keys", proxy_forward<kKeys>);
    add_method(t, "values", proxy_forward<kValues>);
    add_method(t, "items", proxy_forward<kItems>);
    add_method(t, "get", proxy_forward<kGet>);
    add_method(t, "copy", proxy_forward<kCopy>);
    g_mappingproxy = t;
}

// ---------------------------------------------------------------- getset descriptors

// The __dict__ and __weakref__ entries of a class that introduces them.
class GetSetObject : public Object {
public:
    GetSetObject(TypeObject* t, std::string n, std::string owner) : Object(t), name(std::move(n)), owner(std::move(owner)) {}
    std::string name;
    std::string owner;  // the class's name, for the repr (the class holds this descriptor)
};

void init_getset_type(TypeObject* type_type, TypeObject* object_type) {
    auto* t = new TypeObject("getset_descriptor", object_type);
    t->make_immortal();
    t->set_metatype(type_type);
    t->repr = [](Value v) {
        auto* g = static_cast<GetSetObject*>(v.as_object());
        return new_str_val("<attribute '" + g->name + "' of '" + g->owner + "' objects>");
    };
    t->getattr = generic_getattr;
    g_getset = t;
}

// ---------------------------------------------------------------- attribute access

Val special_type_attr(TypeObject* t, std::string_view n) {
    if (n == "__name__") return new_str_val(t->name);
    if (n == "__qualname__") return new_str_val(t->qualname);
    if (n == "__module__") {
        if (t->is_heap_type && t->dict) {
            if (Value m = t->dict->get_str(intern_literal("__module__"))) return Val::borrow(m);
        }
        return new_str_val(t->module);
    }
    if (n == "__mro__") {
        std::vector<Val> items;
        for (TypeObject* k : t->mro) items.push_back(Val::borrow(k));
        return new_tuple(std::move(items)).into_val();
    }
    if (n == "__bases__") {
        std::vector<Val> items;
        for (auto& b : t->bases) items.push_back(b.val());
        return new_tuple(std::move(items)).into_val();
    }
    if (n == "__base__") return t->base ? Val::borrow(t->base) : new_none();
    if (n == "__dict__") {
        if (!t->dict) t->dict = new_dict();
        return make<MappingProxyObject>(g_mappingproxy, t->dict.val()).into_val();
    }
    if (n == "__doc__") {
        Value d = t->dict ? t->dict->get_str(intern_literal("__doc__")) : Value();
        if (!d) return new_none();
        return bind_descriptor(d, Value(), t);
    }
    if (n == "__annotations__" && t->is_heap_type) {
        // Made (empty) on first access, as type_get_annotations does.
        Value a = t->dict->get_str(intern_literal("__annotations__"));
        if (a) return Val::borrow(a);
        auto d = new_dict();
        t->dict->set_str(intern_literal("__annotations__"), d.get());
        return d.into_val();
    }
    return nullptr;
}

// type_getattro: the metatype's data descriptors, then the class's MRO, then
// the metatype's other attributes (methods of a metaclass bind to the class).
Val type_getattr(Value v, StrObject* attr) {
    auto* t = as_type(v);
    if (Val special = special_type_attr(t, attr->view())) return special;
    TypeObject* meta = type_of(v);
    Value meta_attr = meta->lookup(attr);
    if (meta_attr && is_data_descriptor(meta_attr)) return bind_descriptor(meta_attr, v, meta);
    if (Value found = t->lookup(attr)) return bind_descriptor(found, Value(), t);
    if (meta_attr) return bind_descriptor(meta_attr, v, meta);
    if (meta->is_heap_type) {
        if (Value hook = meta->lookup(intern_literal("__getattr__"))) {
            Val bound = bind_descriptor(hook, v, meta);
            if (!bound) return nullptr;
            return call1(bound, attr);
        }
    }
    return nullptr;
}

bool type_setattr(Value v, StrObject* attr, Value value) {
    auto* t = as_type(v);
    auto n = attr->view();
    if (!t->is_heap_type) {
        raise_type_error("cannot set '" + attr->utf8() + "' attribute of immutable type '" + t->name + "'");
        return false;
    }
    if (n == "__name__" || n == "__qualname__") {
        if (!value || !is_str(value)) {
            raise_type_error("can only assign string to " + t->name + "." + std::string(n) + ", not '" +
                             (value ? type_of(value)->name : std::string("NoneType")) + "'");
            return false;
        }
        (n == "__name__" ? t->name : t->qualname) = as_str(value)->utf8();
        return true;
    }
    TypeObject* meta = type_of(v);
    if (meta->is_heap_type) {
        Value descr = meta->lookup(attr);
        if (descr && is_data_descriptor(descr)) return generic_setattr(v, attr, value);
    }
    if (value) {
        t->dict->set_str(attr, value);
        if (n == "__module__" && is_str(value)) t->module = as_str(value)->utf8();
    } else {
        int removed = t->dict->remove(attr);
        if (removed < 0) return false;
        if (removed == 0) {
            raise(exc_types().attribute_error, "type object '" + t->name + "' has no attribute '" + attr->utf8() + "'");
            return false;
        }
    }
    // A dunder method added or removed after the class was made (CPython's update_slot).
    if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") update_slots(t);
    return true;
}

// ---------------------------------------------------------------- type(), type.__new__ ...

// Resolves type(name, bases, ns, **kwds) into new_class; then __set_name__
// and the parent's __init_subclass__ (type_new_impl and type_new_set_names).
Val type_new_impl(TypeObject* metatype, CallArgs args) {
    size_t npos = args.positional_count();
    if (npos != 3) return raise_type_error("type.__new__() takes exactly 3 arguments (" + std::to_string(npos) + " given)");
    if (!is_str(args[0]))
        return raise_type_error("type.__new__() argument 1 must be str, not " + type_of(args[0])->name);
    if (!is_tuple(args[1]))
        return raise_type_error("type.__new__() argument 2 must be tuple, not " + type_of(args[1])->name);
    if (!is_dict(args[2]))
        return raise_type_error("type.__new__() argument 3 must be dict, not " + type_of(args[2])->name);
    std::vector<Ref<TypeObject>> bases;
    for (const auto& b : as_tuple(args[1])->items) {
        if (!is_type(b)) return raise_type_error("bases must be types");
        bases.push_back(Ref<TypeObject>::borrow(as_type(b)));
    }
    // The most derived metaclass of the bases wins (_PyType_CalculateMetaclass).
    TypeObject* winner = metatype;
    for (auto& b : bases) {
        TypeObject* bt = type_of(Value(b.get()));
        if (winner->is_subtype_of(bt)) continue;
        if (bt->is_subtype_of(winner)) {
            winner = bt;
            continue;
        }
        return raise_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
            "of all its bases");
    }
    auto ns = new_dict();
    for (const auto& e : as_dict(args[2])->entries())
        if (e.key && !ns->set(e.key, e.value)) return nullptr;
    Val cell;
    if (Value c = ns->get_str(intern_literal("__classcell__"))) {
        cell = Val::borrow(c);
        if (ns->remove(intern_literal("__classcell__")) < 0) return nullptr;
    }
    auto cls = new_class(as_str(args[0])->utf8(), std::move(bases), ns, winner);
    if (!cls) return nullptr;
    if (cell && type_of(cell) == types().cell) static_cast<CellObject*>(cell.get().as_object())->contents = cls.val();
    // __set_name__ on each attribute that has one, in definition order.
    std::vector<std::pair<Val, Val>> entries;
    for (const auto& e : ns->entries())
        if (e.key) entries.emplace_back(e.key, e.value);
    for (auto& [name, value] : entries) {
        if (!value.get().is_object()) continue;
        Value hook = type_of(value)->lookup(intern_literal("__set_name__"));
        if (!hook) continue;
        Val bound = bind_descriptor(hook, value, type_of(value));
        if (!bound) return nullptr;
        Val pair[2] = {cls.val(), name};
        if (!call(bound, CallArgs{pair, 2, nullptr})) return nullptr;
    }
    // super(cls, cls).__init_subclass__(**kwds)
    const auto& mro = cls->mro;
    for (size_t i = 1; i < mro.size(); ++i) {
        Value hook = mro[i]->dict ? mro[i]->dict->get_str(intern_literal("__init_subclass__")) : Value();
        if (!hook) continue;
        Val bound = bind_descriptor(hook, Value(), cls.get());
        if (!bound) return nullptr;
        if (type_of(bound) == types().function) {
            // A plain function found through a builtin: called with the class.
            std::vector<Val> full{cls.val()};
            full.insert(full.end(), args.data + npos, args.data + args.count);
            if (!call(bound, CallArgs{full.data(), full.size(), args.kwnames})) return nullptr;
        } else if (!call(bound, CallArgs{args.data + npos, args.count - npos, args.kwnames})) {
            return nullptr;
        }
        break;
    }
    return cls.into_val();
}

Val type_construct(Value cls, CallArgs args) {
    if (cls == Value(types().type) && args.count == 1 && !args.keyword_count()) return Val::borrow(type_of(args[0]));
    if (args.positional_count() != 1 && args.positional_count() != 3)
        return raise_type_error("type() takes 1 or 3 arguments");
    return type_new_impl(as_type(cls), args);
}

// type.__new__(mcs, name, bases, ns, **kwds): what super().__new__ reaches from a metaclass.
Val type_new_method(Value, CallArgs args) {
    if (args.positional_count() == 0) return raise_type_error("type.__new__(): not enough arguments");
    if (!is_type(args[0]))
        return raise_type_error("type.__new__(X): X is not a type object (" + type_of(args[0])->name + ")");
    TypeObject* mcs = as_type(args[0]);
    if (!mcs->is_subtype_of(types().type))
        return raise_type_error("type.__new__(" + mcs->name + "): " + mcs->name + " is not a subtype of type");
    return type_new_impl(mcs, CallArgs{args.data + 1, args.count - 1, args.kwnames});
}

// type.__init__(cls, name, bases, ns, **kwds) does nothing more.
Val type_init_method(Value, CallArgs args) {
    size_t n = args.positional_count();
    if (n != 1 && n != 3) return raise_type_error("type.__init__() takes 1 or 3 arguments");
    return new_none();
}

// type.__call__(cls, *args, **kwargs): what super().__call__ reaches from a metaclass.
Val type_call_method(Value self, CallArgs args) {
    if (!is_type(self)) return raise_type_error("descriptor '__call__' requires a 'type' object");
    return type_call(self, args);
}

Val type_mro_method(Value self, CallArgs args) {
    std::vector<Val> items;
    for (TypeObject* k : as_type(self)->mro) items.push_back(Val::borrow(k));
    return new_list(std::move(items)).into_val();
}

Val type_subclasses_method(Value self, CallArgs args) {
    std::vector<Val> items;
    for (TypeObject* k : as_type(self)->subclasses) items.push_back(Val::borrow(k));
    return new_list(std::move(items)).into_val();
}

// type.__prepare__(name, bases, **kwds): the namespace a class body fills.
Val type_prepare(Value, CallArgs) { return new_dict().into_val(); }

}  // namespace

void init_object_type(TypeObject* t) {
    t->repr = object_repr;
    t->str = object_str;
    t->hash = object_hash;
    t->compare = object_compare;
}

void init_type_type(TypeObject* t) {
    t->repr = type_repr;
    // str(cls) is repr(cls), through the metaclass's __repr__ if it has one.
    t->str = [](Value v) { return type_of(v)->repr(v); };
    t->call = type_call;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t->construct = type_construct;
}

void init_type_methods(TypeObject* type_type, TypeObject* object_type) {
    init_mappingproxy_type(type_type, object_type);
    init_getset_type(type_type, object_type);
    init_member_type(type_type, object_type);
    if (!type_type->dict) type_type->dict = new_dict();
    auto new_method = make<StaticMethodObject>(class_types().staticmethod, new_builtin("__new__", type_new_method).into_val());
    new_method->make_immortal();
    type_type->dict->set_str(intern_literal("__new__"), new_method.get());
    add_method(type_type, "__init__", type_init_method);
    add_method(type_type, "__call__", type_call_method);
    add_method(type_type, "mro", type_mro_method);
    add_method(type_type, "__subclasses__", type_subclasses_method);
    auto prepare = make<StaticMethodObject>(class_types().classmethod, new_builtin("__prepare__", type_prepare).into_val());
    prepare->make_immortal();
    type_type->dict->set_str(intern_literal("__prepare__"), prepare.get());
}

TypeObject* mappingproxy_type() { return g_mappingproxy; }

Val type_new(TypeObject* metatype, CallArgs args) { return type_new_impl(metatype, args); }

Val new_getset_descriptor(const char* name, TypeObject* owner) {
    return make<GetSetObject>(g_getset, name, owner->name).into_val();
}

bool is_getset_descriptor(Value v) { return v.is_object() && type_of(v) == g_getset; }

const std::string& getset_name(Value v) { return static_cast<GetSetObject*>(v.as_object())->name; }

}  // namespace ys::objects
