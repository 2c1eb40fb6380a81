// __slots__ and member descriptors (see slots.h).
#include "objects/slots.h"

#include <algorithm>
#include <string>
#include <vector>

#include "compile/symtable.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

TypeObject* g_member = nullptr;

// A class's descriptor for one of its slots. It holds its class, as CPython's
// d_type does; the class dict holds it, a cycle the collector sees.
class MemberObject : public Object {
public:
    MemberObject(StrObject* n, TypeObject* o, uint32_t i)
        : Object(g_member), name(Val::borrow(n)), owner(Val::borrow(o)), index(i) {}
    void traverse(Visitor& v) override { v.visit(owner.get().as_object()); }
    StrObject* name_str() const { return static_cast<StrObject*>(name.get().as_object()); }
    TypeObject* owner_type() const { return static_cast<TypeObject*>(owner.get().as_object()); }
    Val name;
    Val owner;
    uint32_t index;
    // Its class's instances keep the value in InstanceObject::slots(), else
    // in their attribute dict (see slots.h).
    bool in_array() const { return owner_type()->slot_array; }
};

MemberObject* as_member(Value v) { return static_cast<MemberObject*>(v.as_object()); }

// The names __slots__ lists: one string, or an iterable of them.
bool declared_names(Value declared, std::vector<Val>* out) {
    if (is_str(declared)) {
        out->push_back(Val::borrow(declared));
    } else if (!collect_items(declared, out)) {
        return false;
    }
    for (const Val& name : *out) {
        if (!is_str(name)) {
            raise_type_error("__slots__ items must be strings, not '" + type_of(name)->name + "'");
            return false;
        }
        if (!is_identifier(as_str(name)->view())) {
            raise_type_error("__slots__ must be identifiers");
            return false;
        }
    }
    return true;
}

// The base whose slots this class's instances start with: the one with the
// most. Any other base with slots must have the same ones first, since an
// instance has one layout (CPython's best_base and its lay-out conflict).
bool inherited_slots(TypeObject* t, std::vector<Val>* out) {
    const TypeObject* widest = nullptr;
    for (const auto& b : t->bases)
        if (!widest || b->slot_names.size() > widest->slot_names.size()) widest = b.get();
    for (const auto& b : t->bases) {
        const auto& mine = b->slot_names;
        if (!std::equal(mine.begin(), mine.end(), widest->slot_names.begin(),
                        [](const Val& x, const Val& y) { return x.get() == y.get(); })) {
            raise_type_error("multiple bases have instance lay-out conflict");
            return false;
        }
    }
    *out = widest->slot_names;
    return true;
}

bool wrong_owner(const MemberObject* m, Value obj) {
    if (type_of(obj)->is_subtype_of(m->owner_type())) return false;
    raise_type_error("descriptor '" + m->name_str()->utf8() + "' for '" + m->owner_type()->name +
                     "' objects doesn't apply to a '" + type_of(obj)->name + "' object");
    return true;
}

Val member_repr(Value v) {
    const MemberObject* m = as_member(v);
    return new_str_val("<member '" + m->name_str()->utf8() + "' of '" + m->owner_type()->name + "' objects>");
}

Val member_get_method(Value self, CallArgs args) {
    if (args.positional_count() < 1 || args.positional_count() > 2)
        return raise_type_error("expected 1 or 2 arguments, got " + std::to_string(args.positional_count()));
    if (is_none(args[0])) return Val::borrow(self);
    return member_get(self, args[0]);
}

Val member_set_method(Value self, CallArgs args) {
    if (args.positional_count() != 2)
        return raise_type_error("expected 2 arguments, got " + std::to_string(args.positional_count()));
    if (!member_set(self, args[0], args[1])) return nullptr;
    return new_none();
}

Val member_delete_method(Value self, CallArgs args) {
    if (args.positional_count() != 1)
        return raise_type_error("expected 1 argument, got " + std::to_string(args.positional_count()));
    if (!member_set(self, args[0], Value())) return nullptr;
    return new_none();
}

Val member_getattr(Value v, StrObject* name) {
    if (name->view() == "__name__") return as_member(v)->name;
    if (name->view() == "__qualname__")
        return new_str_val(as_member(v)->owner_type()->qualname + "." + as_member(v)->name_str()->utf8());
    if (name->view() == "__objclass__") return as_member(v)->owner;
    return generic_getattr(v, name);
}

}  // namespace

bool bases_have_dict(const TypeObject* t) {
    // A built-in base: exceptions carry a __dict__; object, list... do not.
    return std::any_of(t->bases.begin(), t->bases.end(),
                       [](auto& b) { return b->is_heap_type ? b->instances_have_dict : b->is_exception; });
}

bool bases_weakrefable(const TypeObject* t) {
    return std::any_of(t->bases.begin(), t->bases.end(),
                       [](auto& b) { return b->is_heap_type && b->instances_weakrefable; });
}

bool install_slots(TypeObject* t) {
    bool base_dict = bases_have_dict(t), base_weakref = bases_weakrefable(t);
    std::vector<Val> slots;
    if (!inherited_slots(t, &slots)) return false;
    t->slot_array = solid_base(t) == types().object;
    Value declared = t->dict->get_str(intern_literal("__slots__"));
    if (!declared) {
        t->slot_names = std::move(slots);
        return true;  // a __dict__ and weak references, as every class without __slots__
    }
    std::vector<Val> names;
    if (!declared_names(declared, &names)) return false;
    bool add_dict = false, add_weakref = false;
    std::vector<std::string> own;
    for (const Val& n : names) {
        std::string name = as_str(n)->utf8();
        if (name == "__dict__") {
            if (base_dict || add_dict) {
                raise_type_error("__dict__ slot disallowed: we already got one");
                return false;
            }
            add_dict = true;
        } else if (name == "__weakref__") {
            if (base_weakref || add_weakref) {
                raise_type_error("__weakref__ slot disallowed: either we already got one, or the base type does "
                                 "not support it");
                return false;
            }
            add_weakref = true;
        } else {
            own.push_back(compile::mangle(t->name, name));
        }
    }
    if (!own.empty() && has_var_sized_layout(t)) {
        raise_type_error("nonempty __slots__ not supported for subtype of '" + t->base->name + "'");
        return false;
    }
    for (const std::string& name : own) {
        if (t->dict->get_str(intern(name))) {
            raise_value_error("'" + name + "' in __slots__ conflicts with class variable");
            return false;
        }
    }
    // CPython sorts them (the order of their members in the class dict).
    std::sort(own.begin(), own.end());
    for (const std::string& name : own) {
        StrObject* key = intern(name);
        auto index = static_cast<uint32_t>(slots.size());
        slots.push_back(Val::borrow(key));
        t->dict->set_str(key, make<MemberObject>(key, t, index).get());
    }
    t->slot_names = std::move(slots);
    t->instances_have_dict = base_dict || add_dict;
    t->instances_weakrefable = base_weakref || add_weakref;
    return true;
}

bool is_member_descriptor(Value v) { return v.is_object() && type_of(v) == g_member; }

uint32_t member_index(Value descr) { return as_member(descr)->index; }

bool member_in_slot_array(Value descr) { return as_member(descr)->in_array(); }

bool member_applies(Value descr, Value obj) { return type_of(obj)->is_subtype_of(as_member(descr)->owner_type()); }

Value member_value(Value descr, Value obj) {
    const MemberObject* m = as_member(descr);
    if (m->in_array()) return instance_slot(obj.as_object(), m->index);
    DictObject* d = instance_dict(obj, false);
    return d ? d->get_str(m->name_str()) : Value();
}

Val member_get(Value descr, Value obj) {
    const MemberObject* m = as_member(descr);
    if (wrong_owner(m, obj)) return nullptr;
    if (Value v = member_value(descr, obj)) return Val::borrow(v);
    return raise(exc_types().attribute_error,
                 "'" + type_of(obj)->name + "' object has no attribute '" + m->name_str()->utf8() + "'");
}

bool member_set(Value descr, Value obj, Value value) {
    const MemberObject* m = as_member(descr);
    if (wrong_owner(m, obj)) return false;
    if (m->in_array()) {
        if (!value && !instance_slot(obj.as_object(), m->index)) {
            raise(exc_types().attribute_error, m->name_str()->utf8());
            return false;
        }
        set_instance_slot(obj.as_object(), m->index, value);
        return true;
    }
    DictObject* d = instance_dict(obj, true);
    if (!d) {
        raise(exc_types().attribute_error, m->name_str()->utf8());
        return false;
    }
    if (value) {
        d->set_str(m->name_str(), value);
        return true;
    }
    if (d->remove(m->name_str()) > 0) return true;
    if (!cx().has_error()) raise(exc_types().attribute_error, m->name_str()->utf8());
    return false;
}

void init_member_type(TypeObject* type_type, TypeObject* object_type) {
    auto* t = new TypeObject("member_descriptor", object_type);
    t->make_immortal();
    t->set_metatype(type_type);
    t->repr = member_repr;
    t->getattr = member_getattr;
    t->getattr_extends_generic = true;
    add_method(t, "__get__", member_get_method);
    add_method(t, "__set__", member_set_method);
    add_method(t, "__delete__", member_delete_method);
    g_member = t;
}

}  // namespace ys::objects
