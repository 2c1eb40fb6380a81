// The module _collections: deque, the double-ended queue of
// Modules/_collectionsmodule.c. Appends and pops at either end are O(1) (the
// event loops of the teaching examples use one as their ready queue); every
// mutation bumps `state`, so iterators notice "deque mutated during iteration".
#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/sizeof.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

class DequeObject : public Object {
public:
    explicit DequeObject(TypeObject* t) : Object(t) {}
    ~DequeObject() override { clear(); }
    void traverse(Visitor& v) override {
        for (auto& item : items) visit_val(v, item);
    }
    void clear_refs() override { clear(); }
    // Drops the items left to right, as deque_clear does.
    void clear() {
        std::deque<Val> old;
        old.swap(items);
        while (!old.empty()) {
            Val first = std::move(old.front());
            old.pop_front();
        }
        ++state;
        leftindex = kCenter + 1;
    }
    std::deque<Val> items;
    int64_t maxlen = -1;  // -1: unbounded (maxlen=None)
    uint64_t state = 0;   // bumped by every mutation (CPython's deque->state)

    // CPython keeps a deque in blocks of 64 slots; deque->leftindex is where
    // the first item sits in the first block, which decides how many blocks
    // the items span (its __sizeof__). Followed through every move here.
    static constexpr int64_t kBlock = 64;
    static constexpr int64_t kCenter = (kBlock - 1) / 2;
    int64_t leftindex = kCenter + 1;
    void left_grew() {  // appendleft
        if (leftindex == 0) leftindex = kBlock;
        --leftindex;
    }
    void left_shrank() {  // after a popleft
        if (++leftindex == kBlock) leftindex = items.empty() ? kCenter + 1 : 0;
    }
    void right_shrank() {  // after a pop: an emptied deque re-centres when its block ran out
        if (items.empty() && leftindex == 0) leftindex = kCenter + 1;
    }
    // _deque_rotate(n) on `len` items: it first brings n within half the length.
    void rotated(int64_t n, int64_t len) {
        if (len <= 1) return;
        int64_t half = len >> 1;
        if (n > half || n < -half) {
            n %= len;
            if (n > half) n -= len;
            else if (n < -half) n += len;
        }
        leftindex = ((leftindex - n) % kBlock + kBlock) % kBlock;
    }
    // deque_del_item(i): rotate it to the front, popleft, rotate back.
    void deleted_at(int64_t i, int64_t len_before) {
        rotated(-i, len_before);
        left_shrank();
        rotated(i, len_before - 1);
    }
};

class DequeIterator : public Object {
public:
    DequeIterator(TypeObject* t, Ref<DequeObject> d) : Object(t), deque(std::move(d)), state(deque->state) {}
    void traverse(Visitor& v) override {
        if (deque) v.visit(deque.get());
    }
    Ref<DequeObject> deque;
    uint64_t state;
    size_t index = 0;  // items handed out so far
};

TypeObject* deque_type();
TypeObject* deque_iterator_type(bool reverse);

bool is_deque(Value v) { return v.is_object() && type_of(v)->is_subtype_of(deque_type()); }
DequeObject* as_deque(Value v) { return static_cast<DequeObject*>(v.as_object()); }

// Appends with the maxlen rule: a full deque drops an item from the other end.
void push_back(DequeObject* d, Val item) {
    if (d->maxlen == 0) return;
    d->items.push_back(std::move(item));
    ++d->state;
    if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) > d->maxlen) {
        Val dropped = std::move(d->items.front());
        d->items.pop_front();
        d->left_shrank();
    }
}

void push_front(DequeObject* d, Val item) {
    if (d->maxlen == 0) return;
    d->items.push_front(std::move(item));
    d->left_grew();
    ++d->state;
    if (d->maxlen > 0 && static_cast<int64_t>(d->items.size()) > d->maxlen) {
        Val dropped = std::move(d->items.back());
        d->items.pop_back();
        d->right_shrank();
    }
}

// Every item of `iterable`; a deque extended with itself is read first.
bool extend_deque(DequeObject* d, Value iterable, bool left) {
    // CPython fills an empty deque from the end it grows away from.
    if (d->items.empty() && d->maxlen != 0) d->leftindex = left ? DequeObject::kBlock - 1 : 1;
    if (iterable == Value(d)) {
        std::vector<Val> copy(d->items.begin(), d->items.end());
        for (auto& item : copy) left ? push_front(d, item) : push_back(d, item);
        return true;
    }
    Val it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Val item = iter_next(it);
        if (!item) return !cx().has_error();
        left ? push_front(d, std::move(item)) : push_back(d, std::move(item));
    }
}

Ref<DequeObject> new_deque(int64_t maxlen) {
    auto d = make<DequeObject>(deque_type());
    d->maxlen = maxlen;
    return d;
}

// deque_copy: a new deque that appends one item, or extends by the others.
Ref<DequeObject> copy_deque(DequeObject* d) {
    auto copy = new_deque(d->maxlen);
    copy->items = d->items;
    if (d->items.size() != 1 && d->maxlen != 0) copy->leftindex = 1;
    return copy;
}

// deque(iterable=(), maxlen=None)
Val deque_construct(Value, CallArgs args) {
    Value a[2] = {};
    if (!unpack_arguments("deque", args, {"iterable", "maxlen"}, 0, a)) return nullptr;
    int64_t maxlen = -1;
    if (a[1] && !is_none(a[1])) {
        if (!index_value(a[1], &maxlen)) {
            if (!cx().has_error()) raise_type_error("an integer is required");
            return nullptr;
        }
        if (maxlen < 0) return raise_value_error("maxlen must be non-negative");
    }
    auto d = new_deque(maxlen);
    if (a[0] && !extend_deque(d.get(), a[0], false)) return nullptr;
    return d.into_val();
}

// ---------------------------------------------------------------- methods

Val deque_append(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.append", args, 1, 1)) return nullptr;
    push_back(as_deque(self), args[0]);
    return new_none();
}

Val deque_appendleft(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.appendleft", args, 1, 1)) return nullptr;
    push_front(as_deque(self), args[0]);
    return new_none();
}

Val deque_pop(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.pop", args, 0, 0)) return nullptr;
    DequeObject* d = as_deque(self);
    if (d->items.empty()) return raise_index_error("pop from an empty deque");
    Val item = std::move(d->items.back());
    d->items.pop_back();
    d->right_shrank();
    ++d->state;
    return item;
}

Val deque_popleft(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.popleft", args, 0, 0)) return nullptr;
    DequeObject* d = as_deque(self);
    if (d->items.empty()) return raise_index_error("pop from an empty deque");
    Val item = std::move(d->items.front());
    d->items.pop_front();
    d->left_shrank();
    ++d->state;
    return item;
}

Val deque_extend(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.extend", args, 1, 1)) return nullptr;
    if (!extend_deque(as_deque(self), args[0], false)) return nullptr;
    return new_none();
}

Val deque_extendleft(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.extendleft", args, 1, 1)) return nullptr;
    if (!extend_deque(as_deque(self), args[0], true)) return nullptr;
    return new_none();
}

// rotate(n): n steps to the right (negative: to the left).
Val deque_rotate(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.rotate", args, 0, 1)) return nullptr;
    int64_t n = 1;
    if (args.count == 1 && !index_argument(args[0], &n)) return nullptr;
    DequeObject* d = as_deque(self);
    int64_t size = static_cast<int64_t>(d->items.size());
    if (size <= 1) return new_none();
    d->rotated(n, size);
    n %= size;
    if (n < 0) n += size;
    ++d->state;
    // Whichever direction moves fewer items.
    if (n <= size / 2) {
        for (int64_t i = 0; i < n; ++i) {
            d->items.push_front(std::move(d->items.back()));
            d->items.pop_back();
        }
    } else {
        for (int64_t i = 0; i < size - n; ++i) {
            d->items.push_back(std::move(d->items.front()));
            d->items.pop_front();
        }
    }
    return new_none();
}

Val deque_clear(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.clear", args, 0, 0)) return nullptr;
    as_deque(self)->clear();
    return new_none();
}

Val deque_copy(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.copy", args, 0, 0)) return nullptr;
    DequeObject* d = as_deque(self);
    return copy_deque(d).into_val();
}

// Compares each item with `x` by position, holding it: __eq__ may mutate the deque.
Val deque_count(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.count", args, 1, 1)) return nullptr;
    DequeObject* d = as_deque(self);
    uint64_t state = d->state;
    int64_t n = 0;
    for (size_t i = 0; i < d->items.size(); ++i) {
        Val item = d->items[i];
        int eq = rich_compare_bool(item, args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        n += eq;
        if (d->state != state) return raise(exc_types().runtime_error, "deque mutated during iteration");
    }
    return new_int(n);
}

// Position of the first item equal to `x` in [start, stop), or -1 (-2 on error).
int64_t find_item(DequeObject* d, Value x, int64_t start, int64_t stop) {
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(d->items.size()); ++i) {
        Val item = d->items[i];
        int eq = rich_compare_bool(item, x, CompareOp::Eq);
        if (eq < 0) return -2;
        if (d->state != state) {
            raise(exc_types().runtime_error, "deque mutated during iteration");
            return -2;
        }
        if (eq) return i;
    }
    return -1;
}

Val not_in_deque(Value x) {
    std::string text;
    if (!repr_text(x, &text)) return nullptr;
    return raise_value_error(text + " is not in deque");
}

// index(x, start=0, stop=sys.maxsize), bounds clamped as list.index does.
Val deque_index(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.index", args, 1, 3)) return nullptr;
    DequeObject* d = as_deque(self);
    int64_t size = static_cast<int64_t>(d->items.size());
    int64_t start = 0, stop = INT64_MAX / 2;
    for (size_t i = 1; i < args.count; ++i) {
        int64_t* bound = i == 1 ? &start : &stop;
        if (!index_value(args[i], bound)) {
            if (!cx().has_error()) raise_type_error("slice indices must be integers or have an __index__ method");
            return nullptr;
        }
    }
    if (start < 0 && (start += size) < 0) start = 0;
    if (stop < 0 && (stop += size) < 0) stop = 0;
    int64_t at = find_item(d, args[0], start, stop);
    if (at == -2) return nullptr;
    if (at < 0) return not_in_deque(args[0]);
    return new_int(at);
}

Val deque_remove(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.remove", args, 1, 1)) return nullptr;
    DequeObject* d = as_deque(self);
    int64_t at = find_item(d, args[0], 0, static_cast<int64_t>(d->items.size()));
    if (at == -2) return nullptr;
    if (at < 0) return not_in_deque(args[0]);
    d->deleted_at(at, static_cast<int64_t>(d->items.size()));
    Val removed = std::move(d->items[at]);
    d->items.erase(d->items.begin() + at);
    ++d->state;
    return new_none();
}

Val deque_reverse(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.reverse", args, 0, 0)) return nullptr;
    DequeObject* d = as_deque(self);
    std::reverse(d->items.begin(), d->items.end());
    ++d->state;
    return new_none();
}

// insert(i, x): positions clamp as list.insert's; a full bounded deque refuses.
Val deque_insert(Value self, CallArgs args) {
    if (!check_tuple_style("insert", args, 2, 2)) return nullptr;
    int64_t i;
    if (!index_argument(args[0], &i)) return nullptr;
    DequeObject* d = as_deque(self);
    int64_t size = static_cast<int64_t>(d->items.size());
    if (d->maxlen >= 0 && size >= d->maxlen) return raise_index_error("deque already at its maximum size");
    // deque_insert: an append at either end, or a rotation around one.
    if (i <= -size || i == 0) {
        d->left_grew();
    } else if (i < size) {
        d->rotated(-i, size);
        if (i > 0) d->left_grew();
        d->rotated(i, size + 1);
    }
    if (i < 0 && (i += size) < 0) i = 0;
    if (i > size) i = size;
    d->items.insert(d->items.begin() + i, args[1]);
    ++d->state;
    return new_none();
}

Val deque_reversed(Value self, CallArgs args) {
    if (!check_clinic_positional("deque.__reversed__", args, 0, 0)) return nullptr;
    return make<DequeIterator>(deque_iterator_type(true), Ref<DequeObject>::borrow(as_deque(self))).into_val();
}

// ---------------------------------------------------------------- slots

Val deque_repr(Value v) {
    ReprScope repr_scope(v.as_object());
    if (repr_scope.recursive()) return new_str_val("[...]");
    DequeObject* d = as_deque(v);
    std::string out = "deque([";
    bool ok = true;
    std::vector<Val> items(d->items.begin(), d->items.end());
    for (size_t i = 0; i < items.size(); ++i) {
        std::string text;
        if (!repr_text(items[i], &text)) {
            ok = false;
            break;
        }
        out += (i ? ", " : "") + text;
    }
    if (!ok) return nullptr;
    out += "]";
    if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
    return new_str_val(out + ")");
}

bool deque_len(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_deque(v)->items.size());
    return true;
}

int deque_bool(Value v) { return !as_deque(v)->items.empty(); }

int deque_contains(Value v, Value x) {
    DequeObject* d = as_deque(v);
    int64_t at = find_item(d, x, 0, static_cast<int64_t>(d->items.size()));
    return at == -2 ? -1 : at >= 0;
}

// A subscript as a position; deques take no slices.
bool deque_position(DequeObject* d, Value key, size_t* out) {
    int64_t i;
    if (!index_value(key, &i)) {
        if (!cx().has_error()) raise_type_error("sequence index must be integer, not '" + type_of(key)->name + "'");
        return false;
    }
    int64_t size = static_cast<int64_t>(d->items.size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) {
        raise_index_error("deque index out of range");
        return false;
    }
    *out = static_cast<size_t>(i);
    return true;
}

Val deque_getitem(Value v, Value key) {
    size_t i;
    if (!deque_position(as_deque(v), key, &i)) return nullptr;
    return as_deque(v)->items[i];
}

bool deque_setitem(Value v, Value key, Value value) {
    DequeObject* d = as_deque(v);
    size_t i;
    if (!deque_position(d, key, &i)) return false;
    if (value) {
        Val old = std::move(d->items[i]);
        d->items[i] = Val::borrow(value);
        return true;
    }
    d->deleted_at(static_cast<int64_t>(i), static_cast<int64_t>(d->items.size()));
    Val removed = std::move(d->items[i]);
    d->items.erase(d->items.begin() + static_cast<int64_t>(i));
    ++d->state;
    return true;
}

// deque_richcompare: the first unequal pair decides, else the lengths do.
Val deque_compare(Value a, Value b, CompareOp op) {
    if (!is_deque(b)) return new_not_implemented();
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return nullptr;
    std::vector<Val> x(as_deque(a)->items.begin(), as_deque(a)->items.end());
    std::vector<Val> y(as_deque(b)->items.begin(), as_deque(b)->items.end());
    if (x.size() != y.size() && (op == CompareOp::Eq || op == CompareOp::Ne)) return new_bool(op == CompareOp::Ne);
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
        int eq = rich_compare_bool(x[i], y[i], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) continue;
        if (op == CompareOp::Eq) return new_bool(false);
        if (op == CompareOp::Ne) return new_bool(true);
        return rich_compare(x[i], y[i], op);
    }
    int c = (x.size() > y.size()) - (x.size() < y.size());
    return new_bool(compare_result(c, op));
}

Val deque_iter(Value v) {
    return make<DequeIterator>(deque_iterator_type(false), Ref<DequeObject>::borrow(as_deque(v))).into_val();
}

template <bool Reverse>
Val deque_iterator_next(Value v) {
    auto* it = static_cast<DequeIterator*>(v.as_object());
    if (!it->deque) return nullptr;
    DequeObject* d = it->deque.get();
    if (d->state != it->state) {
        it->deque.reset();
        return raise(exc_types().runtime_error, "deque mutated during iteration");
    }
    if (it->index >= d->items.size()) {
        it->deque.reset();
        return nullptr;
    }
    size_t i = Reverse ? d->items.size() - 1 - it->index : it->index;
    ++it->index;
    return d->items[i];
}

Val deque_add(Value a, Value b) {
    if (!is_deque(a)) return new_not_implemented();
    if (!is_deque(b))
        return raise_type_error("can only concatenate deque (not \"" + type_of(b)->name + "\") to deque");
    auto result = copy_deque(as_deque(a));
    if (!extend_deque(result.get(), b, false)) return nullptr;
    return result.into_val();
}

Val deque_inplace_add(Value a, Value b) {
    if (!extend_deque(as_deque(a), b, false)) return nullptr;
    return Val::borrow(a);
}

// d * n and d *= n: the items n times over (maxlen still applies).
bool repeat_into(DequeObject* d, int64_t n) {
    std::vector<Val> once(d->items.begin(), d->items.end());
    if (n <= 0) {
        d->clear();
        return true;
    }
    for (int64_t k = 1; k < n; ++k)
        for (auto& item : once) push_back(d, item);
    return true;
}

Val deque_mul(Value a, Value b) {
    Value seq = is_deque(a) ? a : b;
    Value count = is_deque(a) ? b : a;
    int64_t n;
    if (!index_value(count, &n)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("can't multiply sequence by non-int of type '" + type_of(count)->name + "'");
    }
    auto result = copy_deque(as_deque(seq));
    repeat_into(result.get(), n);
    return result.into_val();
}

Val deque_inplace_mul(Value a, Value b) {
    int64_t n;
    if (!index_value(b, &n)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("can't multiply sequence by non-int of type '" + type_of(b)->name + "'");
    }
    repeat_into(as_deque(a), n);
    return Val::borrow(a);
}

Val deque_getattr(Value v, StrObject* name) {
    if (name->view() == "maxlen") {
        int64_t m = as_deque(v)->maxlen;
        return m < 0 ? new_none() : new_int(m);
    }
    return generic_getattr(v, name);
}

TypeObject* deque_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_native_type("deque", "collections");
        type->construct = deque_construct;
        type->repr = deque_repr;
        type->hash = nullptr;  // mutable: unhashable
        type->compare = deque_compare;
        type->len = deque_len;
        type->number.boolean = deque_bool;
        type->contains = deque_contains;
        type->getitem = deque_getitem;
        type->setitem = deque_setitem;
        type->iter = deque_iter;
        type->getattr = deque_getattr;
        type->getattr_extends_generic = true;
        type->number.binary[static_cast<int>(BinaryOp::Add)] = deque_add;
        type->number.binary[static_cast<int>(BinaryOp::Multiply)] = deque_mul;
        type->number.inplace[static_cast<int>(BinaryOp::Add)] = deque_inplace_add;
        type->number.inplace[static_cast<int>(BinaryOp::Multiply)] = deque_inplace_mul;
        add_method(type, "append", deque_append);
        add_method(type, "appendleft", deque_appendleft);
        add_method(type, "pop", deque_pop);
        add_method(type, "popleft", deque_popleft);
        add_method(type, "extend", deque_extend);
        add_method(type, "extendleft", deque_extendleft);
        add_method(type, "rotate", deque_rotate);
        add_method(type, "clear", deque_clear);
        add_method(type, "copy", deque_copy);
        add_method(type, "__copy__", deque_copy);
        add_method(type, "count", deque_count);
        add_method(type, "index", deque_index);
        add_method(type, "remove", deque_remove);
        add_method(type, "reverse", deque_reverse);
        add_method(type, "insert", deque_insert);
        add_method(type, "__reversed__", deque_reversed);
        // deque_sizeof: the object and every 64-slot block (528 bytes) the items span.
        add_method(type, "__sizeof__", [](Value self, CallArgs args) -> Val {
            if (!check_clinic_positional("deque.__sizeof__", args, 0, 0)) return nullptr;
            DequeObject* d = as_deque(self);
            int64_t blocks = (d->leftindex + static_cast<int64_t>(d->items.size()) + DequeObject::kBlock - 1) /
                             DequeObject::kBlock;
            return new_int(c_layout_of(type_of(self)).basicsize + blocks * (DequeObject::kBlock * 8 + 16));
        });
        return type;
    });
    return t;
}

TypeObject* deque_iterator_type(bool reverse) {
    static TypeObject* forward = util::uncounted([] {
        TypeObject* type = define_native_type("_deque_iterator", "_collections");
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = deque_iterator_next<false>;
        return type;
    });
    static TypeObject* backward = util::uncounted([] {
        TypeObject* type = define_native_type("_deque_reverse_iterator", "_collections");
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = deque_iterator_next<true>;
        return type;
    });
    return reverse ? backward : forward;
}

}  // namespace

Ref<ModuleObject> make_collections_native_module() {
    auto m = new_module("_collections");
    m->dict->set_str(intern_literal("deque"), deque_type());
    return m;
}

}  // namespace ys::runtime
