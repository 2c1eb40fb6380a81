// tuple and list: construction, iteration, indexing and slicing, and the type
// slots (see tuple.h). The two share their comparison, repr and iteration code;
// slice assignment follows list_ass_slice / list_ass_subscript.
#include <algorithm>
#include <iterator>
#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/memory.h"

namespace ys::objects {

void TupleObject::traverse(Visitor& v) {
    for (auto& item : items)
        if (item.get().is_object()) v.visit(item.get().as_object());
}

ListObject::~ListObject() {
    // CPython clears a list from the last item to the first, which fixes the
    // order in which the items' finalisers run.
    while (!items.empty()) {
        Val last = std::move(items.back());
        items.pop_back();
    }
}

void ListObject::clear_refs() {
    std::vector<Val> old = std::move(items);
    items.clear();
}

void ListObject::traverse(Visitor& v) {
    for (auto& item : items)
        if (item.get().is_object()) v.visit(item.get().as_object());
}

Ref<TupleObject> new_tuple(std::vector<Val> items) {
    if (items.empty()) return empty_tuple();
    return make<TupleObject>(types().tuple, std::move(items));
}

Ref<TupleObject> empty_tuple() {
    static TupleObject* empty = util::uncounted([] {
        auto* t = new TupleObject(types().tuple, {});
        t->make_immortal();
        return t;
    });
    return Ref<TupleObject>::borrow(empty);
}

Ref<ListObject> new_list(std::vector<Val> items) { return make<ListObject>(types().list, std::move(items)); }

void ListAllocation::resize(int64_t newsize) {
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        size = newsize;
        return;
    }
    // Grow by about an eighth (a multiple of 4 slots), or to just what is asked
    // when one call adds more than that would leave spare.
    int64_t grown = (newsize + (newsize >> 3) + 6) & ~int64_t(3);
    if (newsize - size > grown - newsize) grown = (newsize + 3) & ~int64_t(3);
    allocated = newsize == 0 ? 0 : grown;
    size = newsize;
    has_buffer = true;  // realloc to zero bytes still returns a block
}

void ListAllocation::extend_exact(int64_t n) {
    if (n == 0) return;
    if (!has_buffer) {
        preallocate_exact(n);
        size = n;
    } else {
        resize(size + n);
    }
}

void ListAllocation::extend_iterable(int64_t hint, int64_t n) {
    int64_t m = size;
    if (!has_buffer) {
        if (hint > 0) preallocate_exact(hint);
    } else {
        resize(m + hint);
        size = m;
    }
    for (int64_t i = 0; i < n; ++i) append();
    // Give back what the guess over-allocated.
    if (size < allocated) resize(size);
}

namespace {

// A heap class's __len__ written in Python: sizing a list must not run it.
bool len_is_native(TypeObject* t) {
    if (!t->len) return false;
    if (!t->is_heap_type) return true;
    for (TypeObject* k : t->mro)
        if (!k->is_heap_type) return k->len == t->len;
    return false;
}

}  // namespace

int64_t list_length_hint(Value iterable, bool* known) {
    TypeObject* t = type_of(iterable);
    int64_t n = 0;
    if (known) *known = true;
    if (len_is_native(t)) {
        if (t->len(iterable, &n)) return n;
        cx().take_error();
    } else if (t->length_hint && t->length_hint(iterable, &n)) {
        return n;
    }
    if (known) *known = false;
    return 8;
}

void note_list_extend(ListObject* list, Value iterable, int64_t hint, int64_t added) {
    ListAllocation& a = list->alloc;
    a.sync(static_cast<int64_t>(list->items.size()) - added);
    TypeObject* t = type_of(iterable);
    if (t == types().list || t == types().tuple || iterable == Value(list)) {
        a.extend_exact(added);
    } else {
        a.extend_iterable(hint, added);
    }
    a.size = static_cast<int64_t>(list->items.size());
}

void fill_list_from(ListObject* list, std::vector<Val> items, Value iterable, int64_t hint) {
    // list___init__ preallocates for anything with a length, then extends.
    if (len_is_native(type_of(iterable)) && hint > 0) list->alloc.preallocate_exact(hint);
    list->items = std::move(items);
    note_list_extend(list, iterable, hint, static_cast<int64_t>(list->items.size()));
}

Ref<ListObject> new_appended_list(std::vector<Val> items) {
    auto list = new_list(std::move(items));
    list->alloc.clear();
    for (size_t i = 0; i < list->items.size(); ++i) list->alloc.append();
    return list;
}

Ref<ListObject> new_list_from(std::vector<Val> items, Value iterable, int64_t hint) {
    auto list = new_list({});
    fill_list_from(list.get(), std::move(items), iterable, hint);
    return list;
}

bool is_tuple(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().tuple); }
bool is_list(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().list); }

bool collect_items(Value iterable, std::vector<Val>* out) {
    if (is_list(iterable) || is_tuple(iterable)) {
        const auto& src = is_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items;
        if (!room_to_grow(*out, src.size())) return false;
        out->insert(out->end(), src.begin(), src.end());
        return true;
    }
    Val it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Val item = iter_next(it);
        if (!item) return !cx().has_error();
        if (!room_to_grow(*out)) return false;
        out->push_back(std::move(item));
    }
}

namespace {

const std::vector<Val>& items_of(Value v) {
    return is_list(v) ? as_list(v)->items : as_tuple(v)->items;
}

// Lexicographic comparison, as CPython's list_richcompare / tuplerichcompare.
Val sequence_compare(Value a, Value b, CompareOp op, bool (*same_kind)(Value)) {
    if (!same_kind(b)) return new_not_implemented();
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return nullptr;
    const auto& x = items_of(a);
    const auto& y = items_of(b);
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && x.size() != y.size()) return new_bool(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < x.size() && i < y.size(); ++i) {
        if (x[i].get() == y[i].get()) continue;
        int eq = rich_compare_bool(x[i], y[i], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (!eq) break;
    }
    if (i >= x.size() || i >= y.size()) {
        int c = (x.size() > y.size()) - (x.size() < y.size());
        return new_bool(compare_result(c, op));
    }
    if (op == CompareOp::Eq) return new_bool(false);
    if (op == CompareOp::Ne) return new_bool(true);
    return rich_compare(x[i], y[i], op);
}

Val tuple_compare(Value a, Value b, CompareOp op) { return sequence_compare(a, b, op, is_tuple); }
Val list_compare(Value a, Value b, CompareOp op) { return sequence_compare(a, b, op, is_list); }

// repr of the items between the brackets; guards against self-containing lists.
Val sequence_repr(Value v, const char* open, const char* close, bool one_tuple) {
    ReprScope repr_scope(v.as_object());
    if (repr_scope.recursive()) return new_str_val(std::string(open) + "..." + close);
    std::string out = open;
    const auto& items = items_of(v);
    bool ok = true;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        std::string piece;
        if (!repr_text(items[i], &piece)) {
            ok = false;
            break;
        }
        out += piece;
    }
    if (!ok) return nullptr;
    if (one_tuple && items.size() == 1) out += ",";
    out += close;
    return new_str_val(std::move(out));
}

Val tuple_repr(Value v) { return sequence_repr(v, "(", ")", true); }
Val list_repr(Value v) { return sequence_repr(v, "[", "]", false); }

bool sequence_len(Value v, int64_t* out) {
    *out = static_cast<int64_t>(items_of(v).size());
    return true;
}

int sequence_bool(Value v) { return !items_of(v).empty(); }

int sequence_contains(Value container, Value item) {
    for (const auto& x : items_of(container)) {
        if (x.get() == item) return 1;
        int eq = rich_compare_bool(x, item, CompareOp::Eq);
        if (eq != 0) return eq;
    }
    return 0;
}

// Resolves a possibly negative index; false (with IndexError) when out of range.
// `what` names the access in the IndexError ("list assignment index ...").
bool normalize_index(Value key, size_t size, const char* what, size_t* out) {
    int64_t i;
    if (!index_value(key, &i)) {
        std::string kind = what;
        kind = kind.substr(0, kind.find(' '));  // "list assignment" -> "list"
        if (!cx().has_error())
            raise_type_error(kind + " indices must be integers or slices, not " + type_of(key)->name);
        return false;
    }
    if (i < 0) i += static_cast<int64_t>(size);
    if (i < 0 || i >= static_cast<int64_t>(size)) {
        raise_index_error(std::string(what) + " index out of range");
        return false;
    }
    *out = static_cast<size_t>(i);
    return true;
}

// The items a slice selects (list_subscript / tuplesubscript).
bool slice_items(const std::vector<Val>& items, Value key, std::vector<Val>* out) {
    SliceIndices s;
    if (!slice_indices(as_slice(key), static_cast<int64_t>(items.size()), &s)) return false;
    out->reserve(static_cast<size_t>(s.count));
    for (int64_t i = 0, cur = s.start; i < s.count; ++i, cur += s.step) out->push_back(items[cur]);
    return true;
}

Val tuple_getitem(Value v, Value key) {
    const auto& items = as_tuple(v)->items;
    if (is_slice(key)) {
        SliceIndices s;
        if (!slice_indices(as_slice(key), static_cast<int64_t>(items.size()), &s)) return nullptr;
        // A full slice of an exact tuple is the tuple itself.
        if (s.start == 0 && s.step == 1 && s.count == static_cast<int64_t>(items.size()) && type_of(v) == types().tuple)
            return Val::borrow(v);
        std::vector<Val> out;
        if (!slice_items(items, key, &out)) return nullptr;
        return new_tuple(std::move(out)).into_val();
    }
    size_t i;
    if (!normalize_index(key, items.size(), "tuple", &i)) return nullptr;
    return items[i];
}

Val list_getitem(Value v, Value key) {
    if (is_slice(key)) {
        std::vector<Val> out;
        if (!slice_items(as_list(v)->items, key, &out)) return nullptr;
        return new_list(std::move(out)).into_val();
    }
    size_t i;
    if (!normalize_index(key, as_list(v)->items.size(), "list", &i)) return nullptr;
    return as_list(v)->items[i];
}

// The items to store into a slice: PySequence_Fast, which copies `a[:] = a` first.
bool assigned_items(Value value, const char* not_iterable, std::vector<Val>* out) {
    if (!type_of(value)->iter) {
        raise_type_error(not_iterable);
        return false;
    }
    return collect_items(value, out);
}

// a[lo:hi] = value, or del a[lo:hi] when value is null (list_ass_slice).
bool list_assign_simple_slice(ListObject* list, int64_t lo, int64_t hi, Value value) {
    std::vector<Val> incoming;
    if (value && !assigned_items(value, "can only assign an iterable", &incoming)) return false;
    auto& items = list->items;
    int64_t n = static_cast<int64_t>(items.size());
    lo = std::clamp<int64_t>(lo, 0, n);
    hi = std::clamp<int64_t>(hi, lo, n);
    list->allocation().assign_slice(n - (hi - lo) + static_cast<int64_t>(incoming.size()));
    std::vector<Val> removed(std::make_move_iterator(items.begin() + lo), std::make_move_iterator(items.begin() + hi));
    items.erase(items.begin() + lo, items.begin() + hi);
    items.insert(items.begin() + lo, std::make_move_iterator(incoming.begin()), std::make_move_iterator(incoming.end()));
    // CPython releases the replaced items last to first.
    while (!removed.empty()) removed.pop_back();
    return true;
}

// Extended slices (step != 1): deletion, or assignment of exactly as many items.
bool list_assign_extended_slice(ListObject* list, const SliceIndices& s, Value value) {
    auto& items = list->items;
    if (!value) {
        if (s.count <= 0) return true;
        std::vector<bool> doomed(items.size(), false);
        std::vector<Val> garbage;
        for (int64_t i = 0, cur = s.start; i < s.count; ++i, cur += s.step) doomed[cur] = true;
        // Garbage in ascending position order, as CPython's normalised deletion loop.
        std::vector<Val> kept;
        kept.reserve(items.size() - static_cast<size_t>(s.count));
        for (size_t i = 0; i < items.size(); ++i) (doomed[i] ? garbage : kept).push_back(std::move(items[i]));
        list->allocation().resize(static_cast<int64_t>(kept.size()));
        items = std::move(kept);
        return true;
    }
    std::vector<Val> incoming;
    if (!assigned_items(value, "must assign iterable to extended slice", &incoming)) return false;
    if (static_cast<int64_t>(incoming.size()) != s.count) {
        raise_value_error("attempt to assign sequence of size " + std::to_string(incoming.size()) +
                          " to extended slice of size " + std::to_string(s.count));
        return false;
    }
    std::vector<Val> garbage;
    for (int64_t i = 0, cur = s.start; i < s.count; ++i, cur += s.step) {
        garbage.push_back(std::move(items[cur]));
        items[cur] = std::move(incoming[i]);
    }
    return true;
}

bool list_setitem(Value v, Value key, Value value) {
    auto* list = as_list(v);
    auto& items = list->items;
    if (is_slice(key)) {
        SliceIndices s;
        if (!slice_indices(as_slice(key), static_cast<int64_t>(items.size()), &s)) return false;
        if (s.step == 1) return list_assign_simple_slice(list, s.start, s.stop, value);
        return list_assign_extended_slice(list, s, value);
    }
    size_t i;
    if (!normalize_index(key, items.size(), "list assignment", &i)) return false;
    Val old = std::move(items[i]);
    if (value) {
        items[i] = Val::borrow(value);
    } else {
        list->allocation().assign_slice(static_cast<int64_t>(items.size()) - 1);
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return true;
}

Val concat(Value a, Value b, bool (*same_kind)(Value), bool make_list) {
    if (!same_kind(a) || !same_kind(b)) return new_not_implemented();
    const auto& more = items_of(b);
    if (!reserve_memory(items_of(a).size() + more.size(), sizeof(Val))) return nullptr;
    std::vector<Val> items;
    items.reserve(items_of(a).size() + more.size());
    items.insert(items.end(), items_of(a).begin(), items_of(a).end());
    items.insert(items.end(), more.begin(), more.end());
    return make_list ? new_list(std::move(items)).into_val() : new_tuple(std::move(items)).into_val();
}

Val repeat(Value seq, Value count, bool make_list) {
    int64_t n;
    if (!index_value(count, &n)) return new_not_implemented();
    const auto& src = items_of(seq);
    std::vector<Val> items;
    if (n > 0 && !src.empty()) {
        size_t total;
        if (__builtin_mul_overflow(src.size(), static_cast<uint64_t>(n), &total)) return raise_memory_error();
        if (!reserve_memory(total, sizeof(Val))) return nullptr;
        items.reserve(total);
        for (int64_t k = 0; k < n; ++k) items.insert(items.end(), src.begin(), src.end());
    }
    return make_list ? new_list(std::move(items)).into_val() : new_tuple(std::move(items)).into_val();
}

Val list_add(Value a, Value b) { return concat(a, b, is_list, true); }
Val tuple_add(Value a, Value b) { return concat(a, b, is_tuple, false); }
Val list_mul(Value a, Value b) { return is_list(a) ? repeat(a, b, true) : repeat(b, a, true); }
Val tuple_mul(Value a, Value b) { return is_tuple(a) ? repeat(a, b, false) : repeat(b, a, false); }

Val list_inplace_add(Value a, Value b) {
    if (!is_list(a)) return new_not_implemented();
    int64_t hint = list_length_hint(b);
    std::vector<Val> more;
    if (!collect_items(b, &more)) return nullptr;
    auto& items = as_list(a)->items;
    if (!room_to_grow(items, more.size())) return nullptr;
    for (auto& x : more) items.push_back(std::move(x));
    note_list_extend(as_list(a), b, hint, static_cast<int64_t>(more.size()));
    return Val::borrow(a);
}

// a *= n (list_inplace_repeat): the same list, repeated in place.
Val list_inplace_mul(Value a, Value b) {
    if (!is_list(a)) return new_not_implemented();
    int64_t n;
    if (!index_value(b, &n)) {
        if (cx().has_error()) return nullptr;
        return new_not_implemented();
    }
    auto* list = as_list(a);
    auto& items = list->items;
    size_t size = items.size();
    if (size == 0 || n == 1) return Val::borrow(a);
    if (n < 1) {
        list->allocation().clear();
        while (!items.empty()) {
            Val last = std::move(items.back());
            items.pop_back();
        }
        return Val::borrow(a);
    }
    if (size * static_cast<uint64_t>(n) > (uint64_t(1) << 28)) return raise(exc_types().memory_error, "");
    list->allocation().resize(static_cast<int64_t>(size) * n);
    items.reserve(size * n);
    for (int64_t k = 1; k < n; ++k)
        for (size_t i = 0; i < size; ++i) items.push_back(items[i]);
    return Val::borrow(a);
}

bool tuple_hash(Value v, int64_t* out) {
    // Objects/tupleobject.c: the xxHash-based tuple hash of CPython 3.8+.
    constexpr uint64_t kPrime1 = 11400714785074694791ull;
    constexpr uint64_t kPrime2 = 14029467366897019727ull;
    constexpr uint64_t kPrime5 = 2870177450012600261ull;
    const auto& items = as_tuple(v)->items;
    // CPython recurses here unchecked; nested tuples deep enough to exhaust
    // the stack get a RecursionError instead.
    RecursionGuard guard("");
    if (!guard.ok()) return false;
    uint64_t acc = kPrime5;
    for (const auto& item : items) {
        int64_t lane;
        if (!hash(item, &lane)) return false;
        acc += static_cast<uint64_t>(lane) * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += items.size() ^ (kPrime5 ^ 3527539ull);
    if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
    *out = static_cast<int64_t>(acc);
    return true;
}

// One iterator type per sequence type, as CPython has (list_iterator, tuple_iterator).
class SequenceIterator : public Object {
public:
    SequenceIterator(TypeObject* t, Val seq) : Object(t), seq(std::move(seq)) {}
    void traverse(Visitor& v) override {
        if (seq.get().is_object()) v.visit(seq.get().as_object());
    }
    Val seq;  // null once exhausted, as CPython drops its reference
    size_t index = 0;
};

Val list_iter(Value v) { return make<SequenceIterator>(types().list_iterator, Val::borrow(v)).into_val(); }
Val tuple_iter(Value v) { return make<SequenceIterator>(types().tuple_iterator, Val::borrow(v)).into_val(); }

Val sequence_iterator_next(Value v) {
    auto* it = static_cast<SequenceIterator*>(v.as_object());
    if (!it->seq) return nullptr;
    const auto& items = items_of(it->seq);
    if (it->index < items.size()) return items[it->index++];
    it->seq.reset();
    return nullptr;
}

Val self_iter(Value v) { return Val::borrow(v); }

// listiter_len / tupleiter_len: what is left.
bool sequence_iterator_length_hint(Value v, int64_t* out) {
    auto* it = static_cast<SequenceIterator*>(v.as_object());
    *out = 0;
    if (it->seq) *out = std::max<int64_t>(0, static_cast<int64_t>(items_of(it->seq).size()) - static_cast<int64_t>(it->index));
    return true;
}

}  // namespace

void init_list_types(TypeObject* t, TypeObject* iterator) {
    t->repr = list_repr;
    t->compare = list_compare;
    t->len = sequence_len;
    t->contains = sequence_contains;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->iter = list_iter;
    t->hash = nullptr;  // mutable: unhashable
    t->number.boolean = sequence_bool;
    t->number.binary[static_cast<int>(BinaryOp::Add)] = list_add;
    t->number.binary[static_cast<int>(BinaryOp::Multiply)] = list_mul;
    t->number.inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_add;
    t->number.inplace[static_cast<int>(BinaryOp::Multiply)] = list_inplace_mul;
    iterator->iter = self_iter;
    iterator->iternext = sequence_iterator_next;
    iterator->length_hint = sequence_iterator_length_hint;
}

void init_tuple_types(TypeObject* t, TypeObject* iterator) {
    t->repr = tuple_repr;
    t->compare = tuple_compare;
    t->hash = tuple_hash;
    t->len = sequence_len;
    t->contains = sequence_contains;
    t->getitem = tuple_getitem;
    t->iter = tuple_iter;
    t->number.boolean = sequence_bool;
    t->number.binary[static_cast<int>(BinaryOp::Add)] = tuple_add;
    t->number.binary[static_cast<int>(BinaryOp::Multiply)] = tuple_mul;
    iterator->iter = self_iter;
    iterator->iternext = sequence_iterator_next;
    iterator->length_hint = sequence_iterator_length_hint;
}

}  // namespace ys::objects
