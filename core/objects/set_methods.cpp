// The set algebra, comparisons, operators and method tables of set and
// frozenset (set_union, set_intersection, set_difference, set_issubset,
// set_richcompare, set_or ... in Objects/setobject.c). Which set is iterated and
// which is probed follows CPython, since that decides the result's order.
#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/recursion.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

// make_new_set_basetype: results of set algebra are a set or a frozenset like `so`.
Ref<SetObject> new_like(SetObject* so) { return is_frozenset(so) ? new_frozenset() : new_set(); }

bool is_exact_dict(Value v) { return v.is_object() && type_of(v) == types().dict; }

Val copy_and_difference(SetObject* so, Value other) {
    Val result = set_copy_of(so);
    if (!result || !set_difference_update_with(as_set(result), other)) return nullptr;
    return result;
}

int issubset(SetObject* so, Value other);

}  // namespace

Val set_copy_of(SetObject* so) {
    auto result = new_like(so);
    if (!result->update(so)) return nullptr;
    return result.into_val();
}

Val set_union_with(SetObject* so, Value other) {
    Val result = set_copy_of(so);
    if (!result) return nullptr;
    if (other == Value(so)) return result;
    if (!as_set(result)->update(other)) return nullptr;
    return result;
}

Val set_intersection_with(SetObject* so, Value other) {
    if (other == Value(so)) return set_copy_of(so);
    auto result = new_like(so);
    Ref<SetObject> keep = Ref<SetObject>::borrow(so);
    if (is_anyset(other)) {
        // Iterate the smaller set and probe the larger one.
        SetObject* big = so;
        SetObject* small = as_set(other);
        if (small->size() > big->size()) std::swap(big, small);
        Val keep_other = Val::borrow(other);
        size_t pos = 0;
        const SetObject::Entry* e;
        while (small->next(&pos, &e)) {
            Val key = e->key;
            int64_t h = e->hash;
            int rv = big->contains_entry(key, h);
            if (rv < 0) return nullptr;
            if (rv && !result->add_entry(key, h)) return nullptr;
        }
        return result.into_val();
    }
    Val it = get_iter(other);
    if (!it) return nullptr;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return cx().has_error() ? nullptr : result.into_val();
        int64_t h;
        if (!hash(key, &h)) return nullptr;
        int rv = so->contains_entry(key, h);
        if (rv < 0) return nullptr;
        if (rv) {
            if (!result->add_entry(key, h)) return nullptr;
            if (result->size() >= so->size()) return result.into_val();
        }
    }
}

bool set_difference_update_with(SetObject* so, Value other) {
    if (other == Value(so)) {
        so->clear();
        return true;
    }
    if (is_anyset(other)) {
        // When the other set is more than 8 times larger, remove its
        // intersection with `so` instead.
        Val source = Val::borrow(other);
        if ((as_set(other)->size() >> 3) > so->size()) {
            source = set_intersection_with(so, other);
            if (!source) return false;
        }
        SetObject* src = as_set(source);
        size_t pos = 0;
        const SetObject::Entry* e;
        while (src->next(&pos, &e)) {
            Val key = e->key;
            if (so->discard_entry(key, e->hash) < 0) return false;
        }
    } else {
        Val it = get_iter(other);
        if (!it) return false;
        for (;;) {
            Val key = iter_next(it);
            if (!key) {
                if (cx().has_error()) return false;
                break;
            }
            if (so->discard_key(key) < 0) return false;
        }
    }
    so->purge_dummies_if_needed();
    return true;
}

Val set_difference_with(SetObject* so, Value other) {
    size_t other_size;
    if (is_anyset(other)) {
        other_size = as_set(other)->size();
    } else if (is_exact_dict(other)) {
        other_size = as_dict(other)->size();
    } else {
        return copy_and_difference(so, other);
    }
    // A much larger `so` is cheaper to copy and then prune.
    if ((so->size() >> 2) > other_size) return copy_and_difference(so, other);
    auto result = new_like(so);
    Val keep = Val::borrow(other);
    size_t pos = 0;
    const SetObject::Entry* e;
    while (so->next(&pos, &e)) {
        Val key = e->key;
        int64_t h = e->hash;
        int rv = is_exact_dict(other) ? as_dict(other)->contains_known_hash(key, h)
                                      : as_set(other)->contains_entry(key, h);
        if (rv < 0) return nullptr;
        if (!rv && !result->add_entry(key, h)) return nullptr;
    }
    return result.into_val();
}

bool set_symmetric_difference_update_with(SetObject* so, Value other) {
    if (other == Value(so)) {
        so->clear();
        return true;
    }
    auto toggle = [so](Value key, int64_t h) {
        int rv = so->discard_entry(key, h);
        if (rv < 0) return false;
        return rv == 1 || so->add_entry(key, h);
    };
    if (is_exact_dict(other)) {
        DictObject* d = as_dict(other);
        Val keep = Val::borrow(other);
        for (size_t i = 0; i < d->entries().size(); ++i) {
            const auto& e = d->entries()[i];
            if (e.key.is_null()) continue;
            Val key = e.key;
            if (!toggle(key, e.hash)) return false;
        }
        return true;
    }
    Ref<SetObject> otherset = is_anyset(other) ? Ref<SetObject>::borrow(as_set(other)) : new_set_from(other, false);
    if (!otherset) return false;
    size_t pos = 0;
    const SetObject::Entry* e;
    while (otherset->next(&pos, &e)) {
        Val key = e->key;
        if (!toggle(key, e->hash)) return false;
    }
    return true;
}

namespace {

Val symmetric_difference(SetObject* so, Value other) {
    // The result starts as a copy of `other`, so its order follows other's table.
    auto result = new_like(so);
    if (!result->update(other)) return nullptr;
    if (!set_symmetric_difference_update_with(result.get(), so)) return nullptr;
    return result.into_val();
}

// 1, 0 or -1 (set_issubset).
int issubset(SetObject* so, Value other) {
    if (!is_anyset(other)) {
        auto tmp = new_set_from(other, false);
        if (!tmp) return -1;
        return issubset(so, tmp.get());
    }
    SetObject* o = as_set(other);
    if (so->size() > o->size()) return 0;
    size_t pos = 0;
    const SetObject::Entry* e;
    while (so->next(&pos, &e)) {
        Val key = e->key;
        int rv = o->contains_entry(key, e->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int issuperset(SetObject* so, Value other) {
    if (is_anyset(other)) return issubset(as_set(other), so);
    Val it = get_iter(other);
    if (!it) return -1;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return cx().has_error() ? -1 : 1;
        int rv = so->contains_key(key);
        if (rv <= 0) return rv;
    }
}

int isdisjoint(SetObject* so, Value other) {
    if (other == Value(so)) return so->size() == 0;
    if (is_anyset(other)) {
        SetObject* big = so;
        SetObject* small = as_set(other);
        if (small->size() > big->size()) std::swap(big, small);
        size_t pos = 0;
        const SetObject::Entry* e;
        while (small->next(&pos, &e)) {
            Val key = e->key;
            int rv = big->contains_entry(key, e->hash);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Val it = get_iter(other);
    if (!it) return -1;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return cx().has_error() ? -1 : 1;
        int rv = so->contains_key(key);
        if (rv != 0) return rv < 0 ? -1 : 0;
    }
}

Val bool_or_null(int r) { return r < 0 ? Val() : new_bool(r != 0); }

}  // namespace

Val set_richcompare(Value a, Value b, CompareOp op) {
    if (!is_anyset(b)) return new_not_implemented();
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return nullptr;
    SetObject* v = as_set(a);
    SetObject* w = as_set(b);
    switch (op) {
    case CompareOp::Eq:
        if (v->size() != w->size()) return new_bool(false);
        if (v->cached_hash != -1 && w->cached_hash != -1 && v->cached_hash != w->cached_hash) return new_bool(false);
        return bool_or_null(issubset(v, b));
    case CompareOp::Ne: {
        if (v->size() != w->size()) return new_bool(true);
        int r = issubset(v, b);
        return r < 0 ? Val() : new_bool(r == 0);
    }
    case CompareOp::Le: return bool_or_null(issubset(v, b));
    case CompareOp::Ge: return bool_or_null(issuperset(v, b));
    case CompareOp::Lt:
        if (v->size() >= w->size()) return new_bool(false);
        return bool_or_null(issubset(v, b));
    case CompareOp::Gt:
        if (v->size() <= w->size()) return new_bool(false);
        return bool_or_null(issuperset(v, b));
    }
    return new_not_implemented();
}

namespace {

// ---------------------------------------------------------------- operators

Val set_or(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
    return set_union_with(as_set(a), b);
}

Val set_and(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
    return set_intersection_with(as_set(a), b);
}

Val set_sub(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
    return set_difference_with(as_set(a), b);
}

Val set_xor(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
    return symmetric_difference(as_set(a), b);
}

Val set_ior(Value a, Value b) {
    if (!is_anyset(b)) return new_not_implemented();
    if (!as_set(a)->update(b)) return nullptr;
    return Val::borrow(a);
}

Val set_iand(Value a, Value b) {
    if (!is_anyset(b)) return new_not_implemented();
    Val tmp = set_intersection_with(as_set(a), b);
    if (!tmp) return nullptr;
    as_set(a)->swap_bodies(as_set(tmp));
    return Val::borrow(a);
}

Val set_isub(Value a, Value b) {
    if (!is_anyset(b)) return new_not_implemented();
    if (!set_difference_update_with(as_set(a), b)) return nullptr;
    return Val::borrow(a);
}

Val set_ixor(Value a, Value b) {
    if (!is_anyset(b)) return new_not_implemented();
    if (!set_symmetric_difference_update_with(as_set(a), b)) return nullptr;
    return Val::borrow(a);
}

// ---------------------------------------------------------------- methods

// "set.add" or "frozenset.union": the name CPython's argument errors use.
std::string method_name(Value self, const char* name) { return type_of(self)->name + "." + name; }

bool check_args(Value self, const char* name, CallArgs args, size_t min, size_t max) {
    return check_positional(method_name(self, name).c_str(), args, min, max);
}

bool no_keywords(Value self, const char* name, CallArgs args) {
    if (!args.keyword_count()) return true;
    raise_type_error(method_name(self, name) + "() takes no keyword arguments");
    return false;
}

// set.remove / set.discard: a set key is looked up as a frozenset.
int discard_with_frozen_retry(SetObject* so, Value key) {
    int rv = so->discard_key(key);
    if (rv < 0 && is_set(key) && error_matches(exc_types().type_error)) {
        cx().take_error();
        auto tmp = new_set_from(key, true);
        if (!tmp) return -1;
        rv = so->discard_key(tmp.get());
    }
    return rv;
}

Val set_add_method(Value self, CallArgs args) {
    if (!check_args(self, "add", args, 1, 1)) return nullptr;
    if (!as_set(self)->add_key(args[0])) return nullptr;
    return new_none();
}

Val set_remove(Value self, CallArgs args) {
    if (!check_args(self, "remove", args, 1, 1)) return nullptr;
    int rv = discard_with_frozen_retry(as_set(self), args[0]);
    if (rv < 0) return nullptr;
    if (rv == 0) {
        auto exc = new_exception(exc_types().key_error, "");
        exc->args = new_tuple({args[0]}).into_val();
        return raise_value(exc.into_val());
    }
    return new_none();
}

Val set_discard(Value self, CallArgs args) {
    if (!check_args(self, "discard", args, 1, 1)) return nullptr;
    if (discard_with_frozen_retry(as_set(self), args[0]) < 0) return nullptr;
    return new_none();
}

Val set_pop(Value self, CallArgs args) {
    if (!check_args(self, "pop", args, 0, 0)) return nullptr;
    if (as_set(self)->size() == 0) return raise(exc_types().key_error, "pop from an empty set");
    return as_set(self)->pop();
}

Val set_clear(Value self, CallArgs args) {
    if (!check_args(self, "clear", args, 0, 0)) return nullptr;
    as_set(self)->clear();
    return new_none();
}

Val set_copy(Value self, CallArgs args) {
    if (!check_args(self, "copy", args, 0, 0)) return nullptr;
    if (type_of(self) == types().frozenset) return Val::borrow(self);  // immutable: copy is itself
    return set_copy_of(as_set(self));
}

Val set_union(Value self, CallArgs args) {
    if (!no_keywords(self, "union", args)) return nullptr;
    Val result = set_copy_of(as_set(self));
    if (!result) return nullptr;
    for (size_t i = 0; i < args.count; ++i) {
        if (args[i].get() == self) continue;
        if (!as_set(result)->update(args[i])) return nullptr;
    }
    return result;
}

Val set_update(Value self, CallArgs args) {
    if (!no_keywords(self, "update", args)) return nullptr;
    for (size_t i = 0; i < args.count; ++i)
        if (!as_set(self)->update(args[i])) return nullptr;
    return new_none();
}

Val intersection_multi(Value self, CallArgs args) {
    if (args.count == 0) return set_copy_of(as_set(self));
    Val result = Val::borrow(self);
    for (size_t i = 0; i < args.count; ++i) {
        result = set_intersection_with(as_set(result), args[i]);
        if (!result) return nullptr;
    }
    return result;
}

Val set_intersection(Value self, CallArgs args) {
    if (!no_keywords(self, "intersection", args)) return nullptr;
    return intersection_multi(self, args);
}

Val set_intersection_update(Value self, CallArgs args) {
    if (!no_keywords(self, "intersection_update", args)) return nullptr;
    Val tmp = intersection_multi(self, args);
    if (!tmp) return nullptr;
    if (tmp.get() != self) as_set(self)->swap_bodies(as_set(tmp));
    return new_none();
}

Val set_difference(Value self, CallArgs args) {
    if (!no_keywords(self, "difference", args)) return nullptr;
    if (args.count == 0) return set_copy_of(as_set(self));
    Val result = set_difference_with(as_set(self), args[0]);
    if (!result) return nullptr;
    for (size_t i = 1; i < args.count; ++i)
        if (!set_difference_update_with(as_set(result), args[i])) return nullptr;
    return result;
}

Val set_difference_update(Value self, CallArgs args) {
    if (!no_keywords(self, "difference_update", args)) return nullptr;
    for (size_t i = 0; i < args.count; ++i)
        if (!set_difference_update_with(as_set(self), args[i])) return nullptr;
    return new_none();
}

Val set_symmetric_difference(Value self, CallArgs args) {
    if (!check_args(self, "symmetric_difference", args, 1, 1)) return nullptr;
    return symmetric_difference(as_set(self), args[0]);
}

Val set_symmetric_difference_update(Value self, CallArgs args) {
    if (!check_args(self, "symmetric_difference_update", args, 1, 1)) return nullptr;
    if (!set_symmetric_difference_update_with(as_set(self), args[0])) return nullptr;
    return new_none();
}

Val set_issubset(Value self, CallArgs args) {
    if (!check_args(self, "issubset", args, 1, 1)) return nullptr;
    return bool_or_null(issubset(as_set(self), args[0]));
}

Val set_issuperset(Value self, CallArgs args) {
    if (!check_args(self, "issuperset", args, 1, 1)) return nullptr;
    return bool_or_null(issuperset(as_set(self), args[0]));
}

Val set_isdisjoint(Value self, CallArgs args) {
    if (!check_args(self, "isdisjoint", args, 1, 1)) return nullptr;
    return bool_or_null(isdisjoint(as_set(self), args[0]));
}

template <NativeFunction F>
Val guarded(Value self, CallArgs args) {
    // Called through the type (set.add(x, 1)), self may be anything.
    if (!is_anyset(self))
        return raise_type_error("descriptor requires a 'set' object but received a '" + type_of(self)->name + "'");
    return F(self, args);
}

void set_binary(TypeObject* t, BinaryOp op, BinarySlot slot) { t->number.binary[static_cast<int>(op)] = slot; }

}  // namespace

void register_set_methods(TypeObject* set, TypeObject* frozenset) {
    struct Method {
        const char* name;
        NativeFunction fn;
        bool frozen_too;
    };
    static const Method methods[] = {
        {"add", guarded<set_add_method>, false},
        {"clear", guarded<set_clear>, false},
        {"copy", guarded<set_copy>, true},
        {"discard", guarded<set_discard>, false},
        {"difference", guarded<set_difference>, true},
        {"difference_update", guarded<set_difference_update>, false},
        {"intersection", guarded<set_intersection>, true},
        {"intersection_update", guarded<set_intersection_update>, false},
        {"isdisjoint", guarded<set_isdisjoint>, true},
        {"issubset", guarded<set_issubset>, true},
        {"issuperset", guarded<set_issuperset>, true},
        {"pop", guarded<set_pop>, false},
        {"remove", guarded<set_remove>, false},
        {"symmetric_difference", guarded<set_symmetric_difference>, true},
        {"symmetric_difference_update", guarded<set_symmetric_difference_update>, false},
        {"union", guarded<set_union>, true},
        {"update", guarded<set_update>, false},
    };
    for (const auto& m : methods) {
        add_method(set, m.name, m.fn);
        if (m.frozen_too) add_method(frozenset, m.name, m.fn);
    }
    for (TypeObject* t : {set, frozenset}) {
        set_binary(t, BinaryOp::Or, set_or);
        set_binary(t, BinaryOp::And, set_and);
        set_binary(t, BinaryOp::Subtract, set_sub);
        set_binary(t, BinaryOp::Xor, set_xor);
    }
    set->number.inplace[static_cast<int>(BinaryOp::Or)] = set_ior;
    set->number.inplace[static_cast<int>(BinaryOp::And)] = set_iand;
    set->number.inplace[static_cast<int>(BinaryOp::Subtract)] = set_isub;
    set->number.inplace[static_cast<int>(BinaryOp::Xor)] = set_ixor;
}

}  // namespace ys::objects
