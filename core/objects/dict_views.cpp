// dict views (dict_keys, dict_values, dict_items) and the dict iterators,
// forward and reversed (dictview_*, dictiter_* and dictreviter_* in
// Objects/dictobject.c), including the set operations of keys and items views.
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
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

enum class Kind { Keys, Values, Items };

class DictViewObject : public Object {
public:
    DictViewObject(TypeObject* t, DictObject* d) : Object(t), dict(Ref<DictObject>::borrow(d)) {}
    void traverse(Visitor& v) override { v.visit(dict.get()); }
    Ref<DictObject> dict;
};

class DictIterObject : public Object {
public:
    DictIterObject(TypeObject* t, DictObject* d, Kind k, bool rev)
        : Object(t),
          dict(Ref<DictObject>::borrow(d)),
          kind(k),
          reverse(rev),
          used(static_cast<int64_t>(d->size())),
          pos(rev ? static_cast<int64_t>(d->entries().size()) - 1 : 0),
          remaining(static_cast<int64_t>(d->size())) {}
    void traverse(Visitor& v) override {
        if (dict) v.visit(dict.get());
    }
    Ref<DictObject> dict;  // null once exhausted
    Kind kind;
    bool reverse;
    int64_t used;       // the size at creation; -1 once a change was reported
    int64_t pos;        // next position in the entries
    int64_t remaining;  // CPython's di->len
};

Kind kind_of(TypeObject* t) {
    const BuiltinTypes& b = types();
    if (t == b.dict_keys) return Kind::Keys;
    if (t == b.dict_values) return Kind::Values;
    return Kind::Items;
}

TypeObject* iterator_type(Kind k, bool reverse) {
    const BuiltinTypes& b = types();
    switch (k) {
    case Kind::Keys: return reverse ? b.dict_reversekeyiterator : b.dict_keyiterator;
    case Kind::Values: return reverse ? b.dict_reversevalueiterator : b.dict_valueiterator;
    case Kind::Items: return reverse ? b.dict_reverseitemiterator : b.dict_itemiterator;
    }
    return nullptr;
}

Val new_iter(DictObject* d, Kind k, bool reverse) {
    return make<DictIterObject>(iterator_type(k, reverse), d, k, reverse).into_val();
}

Val dictiter_next(Value v) {
    auto* it = static_cast<DictIterObject*>(v.as_object());
    if (!it->dict) return nullptr;
    DictObject* d = it->dict.get();
    if (it->used != static_cast<int64_t>(d->size())) {
        it->used = -1;  // sticky, as CPython's di_used
        return raise(exc_types().runtime_error, "dictionary changed size during iteration");
    }
    const auto& entries = d->entries();
    int64_t n = static_cast<int64_t>(entries.size());
    int64_t i = it->pos;
    if (it->reverse) {
        while (i >= 0 && (i >= n || entries[i].key.is_null())) --i;
        if (i < 0) {
            it->dict.reset();
            return nullptr;
        }
        it->pos = i - 1;
    } else {
        while (i < n && entries[i].key.is_null()) ++i;
        if (i >= n) {
            it->dict.reset();
            return nullptr;
        }
        // Same size but a new key found: keys were deleted and added meanwhile.
        if (it->remaining == 0) {
            it->dict.reset();
            return raise(exc_types().runtime_error, "dictionary keys changed during iteration");
        }
        it->pos = i + 1;
    }
    --it->remaining;
    const auto& e = entries[i];
    switch (it->kind) {
    case Kind::Keys: return e.key;
    case Kind::Values: return e.value;
    case Kind::Items: return new_tuple({e.key, e.value}).into_val();
    }
    return nullptr;
}

// dictiter_len: what is left, while the dict keeps its size.
bool dictiter_length_hint(Value v, int64_t* out) {
    auto* it = static_cast<DictIterObject*>(v.as_object());
    *out = it->dict && it->used == static_cast<int64_t>(it->dict->size()) ? it->remaining : 0;
    return true;
}

DictViewObject* as_view(Value v) { return static_cast<DictViewObject*>(v.as_object()); }

bool is_set_like_view(Value v) {
    if (!v.is_object()) return false;
    TypeObject* t = type_of(v);
    return t == types().dict_keys || t == types().dict_items;
}

Val view_iter(Value v) { return new_iter(as_view(v)->dict.get(), kind_of(type_of(v)), false); }

bool view_len(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_view(v)->dict->size());
    return true;
}

Val view_repr(Value v) {
    ReprScope repr_scope(v.as_object());
    if (repr_scope.recursive()) return new_str_val("...");
    std::vector<Val> items;
    bool ok = collect_items(v, &items);
    std::string text;
    if (ok) ok = repr_text(new_list(std::move(items)).into_val(), &text);
    if (!ok) return nullptr;
    return new_str_val(type_of(v)->name + "(" + text + ")");
}

int keys_contains(Value v, Value key) {
    bool error = false;
    Val found = as_view(v)->dict->get(key, &error);
    if (error) return -1;
    return found ? 1 : 0;
}

// (key, value) in d.items(): the key is looked up, then the values compared.
int items_contains(Value v, Value item) {
    if (!is_tuple(item) || as_tuple(item)->items.size() != 2) return 0;
    const auto& pair = as_tuple(item)->items;
    bool error = false;
    Val found = as_view(v)->dict->get(pair[0], &error);
    if (error) return -1;
    if (!found) return 0;
    return rich_compare_bool(found, pair[1], CompareOp::Eq);
}

// dictviews_to_set: a keys view of a plain dict starts from the dict itself.
Ref<SetObject> to_set(Value v) {
    if (v.is_object() && type_of(v) == types().dict_keys) return new_set_from(as_view(v)->dict.get(), false);
    return new_set_from(v, false);
}

Val views_sub(Value a, Value b) {
    auto result = to_set(a);
    if (!result || !set_difference_update_with(result.get(), b)) return nullptr;
    return result.into_val();
}

Val views_or(Value a, Value b) {
    auto result = to_set(a);
    if (!result || !result->update(b)) return nullptr;
    return result.into_val();
}

Val views_xor(Value a, Value b) {
    auto result = to_set(a);
    if (!result || !set_symmetric_difference_update_with(result.get(), b)) return nullptr;
    return result.into_val();
}

// _PyDictView_Intersect: iterate the smaller operand, probe the view.
Val views_and(Value a, Value b) {
    Value self = a, other = b;
    if (!is_set_like_view(self)) std::swap(self, other);
    int64_t len_self = static_cast<int64_t>(as_view(self)->dict->size());
    if (other.is_object() && type_of(other) == types().set &&
        len_self <= static_cast<int64_t>(as_set(other)->size()))
        return set_intersection_with(as_set(other), self);
    if (is_set_like_view(other) && static_cast<int64_t>(as_view(other)->dict->size()) > len_self)
        std::swap(self, other);
    auto result = new_set();
    Val it = get_iter(other);
    if (!it) return nullptr;
    bool keys = type_of(self) == types().dict_keys;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return cx().has_error() ? nullptr : result.into_val();
        int rv = keys ? keys_contains(self, key) : items_contains(self, key);
        if (rv < 0) return nullptr;
        if (rv && !result->add_key(key)) return nullptr;
    }
}

// 1 when every item of `a` is in `b`, 0 if not, -1 on error.
int all_contained_in(Value a, Value b) {
    Val it = get_iter(a);
    if (!it) return -1;
    for (;;) {
        Val item = iter_next(it);
        if (!item) return cx().has_error() ? -1 : 1;
        int rv = contains(b, item);
        if (rv <= 0) return rv;
    }
}

Val view_compare(Value a, Value b, CompareOp op) {
    if (!is_anyset(b) && !is_set_like_view(b)) return new_not_implemented();
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return nullptr;
    int64_t la, lb;
    if (!length(a, &la) || !length(b, &lb)) return nullptr;
    int ok = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CompareOp::Ne && ok >= 0) ok = !ok;
        break;
    case CompareOp::Lt: if (la < lb) ok = all_contained_in(a, b); break;
    case CompareOp::Le: if (la <= lb) ok = all_contained_in(a, b); break;
    case CompareOp::Gt: if (la > lb) ok = all_contained_in(b, a); break;
    case CompareOp::Ge: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    if (ok < 0) return nullptr;
    return new_bool(ok != 0);
}

// ---------------------------------------------------------------- methods on dict

Val dict_keys(Value self, CallArgs args) {
    if (!check_positional("dict.keys", args, 0, 0)) return nullptr;
    return make<DictViewObject>(types().dict_keys, as_dict(self)).into_val();
}

Val dict_values(Value self, CallArgs args) {
    if (!check_positional("dict.values", args, 0, 0)) return nullptr;
    return make<DictViewObject>(types().dict_values, as_dict(self)).into_val();
}

Val dict_items(Value self, CallArgs args) {
    if (!check_positional("dict.items", args, 0, 0)) return nullptr;
    return make<DictViewObject>(types().dict_items, as_dict(self)).into_val();
}

Val dict_reversed(Value self, CallArgs args) {
    if (!check_positional("dict.__reversed__", args, 0, 0)) return nullptr;
    return new_iter(as_dict(self), Kind::Keys, true);
}

Val view_reversed(Value self, CallArgs args) {
    if (!check_positional("__reversed__", args, 0, 0)) return nullptr;
    return new_iter(as_view(self)->dict.get(), kind_of(type_of(self)), true);
}

Val self_iter(Value v) { return Val::borrow(v); }

}  // namespace

void init_dict_view_types(const BuiltinTypes& b) {
    b.dict->iter = [](Value v) { return new_iter(as_dict(v), Kind::Keys, false); };
    add_method(b.dict, "keys", dict_keys);
    add_method(b.dict, "values", dict_values);
    add_method(b.dict, "items", dict_items);
    add_method(b.dict, "__reversed__", dict_reversed);
    for (TypeObject* t : {b.dict_keys, b.dict_values, b.dict_items}) {
        t->repr = view_repr;
        t->len = view_len;
        t->iter = view_iter;
        add_method(t, "__reversed__", view_reversed);
    }
    b.dict_keys->contains = keys_contains;
    b.dict_items->contains = items_contains;
    for (TypeObject* t : {b.dict_keys, b.dict_items}) {
        t->compare = view_compare;
        t->hash = nullptr;  // comparable like sets, hence unhashable
        t->number.binary[static_cast<int>(BinaryOp::Subtract)] = views_sub;
        t->number.binary[static_cast<int>(BinaryOp::Or)] = views_or;
        t->number.binary[static_cast<int>(BinaryOp::Xor)] = views_xor;
        t->number.binary[static_cast<int>(BinaryOp::And)] = views_and;
    }
    for (TypeObject* t : {b.dict_keyiterator, b.dict_valueiterator, b.dict_itemiterator, b.dict_reversekeyiterator,
                          b.dict_reversevalueiterator, b.dict_reverseitemiterator}) {
        t->iter = self_iter;
        t->iternext = dictiter_next;
        t->length_hint = dictiter_length_hint;
    }
}

}  // namespace ys::objects
