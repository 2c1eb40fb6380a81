// range: construction from 1-3 ints, len, indexing and slicing, containment,
// iteration and reversed iteration (Objects/rangeobject.c).
#include "objects/range.h"

#include <algorithm>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"

namespace ys::objects {

RangeIterator::RangeIterator(const RangeObject& r) : Object(types().range_iterator, Untracked{}), small(r.small) {
    if (small) {
        next = static_cast<int64_t>(r.start);
        step = static_cast<int64_t>(r.step);
        remaining = static_cast<int64_t>(r.length);
    } else {
        big_next = r.start;
        big_step = r.step;
        big_remaining = r.length;
    }
}

namespace {

BigInt range_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

bool fits64(const BigInt& v) { return v >= BigInt(INT64_MIN) && v <= BigInt(INT64_MAX); }

bool fits64(__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

// range_length for int64 bounds, exact: in 128-bit arithmetic where int64
// could overflow (every intermediate is below 2^65 in magnitude).
__int128 small_range_length(int64_t start, int64_t stop, int64_t step) {
    // Bounds of small-int size, nearly all of them, stay in int64: 128-bit
    // division is a library call in wasm.
    int64_t span;
    if (step > 0 && start < stop && !__builtin_sub_overflow(stop, start, &span)) return (span - 1) / step + 1;
    if (step < 0 && start > stop && !__builtin_sub_overflow(start, stop, &span) && step != INT64_MIN)
        return (span - 1) / -step + 1;
    __int128 a = start, b = stop, c = step;
    if (c > 0 && a < b) return (b - a - 1) / c + 1;
    if (c < 0 && a > b) return (a - b - 1) / -c + 1;
    return 0;
}

}  // namespace

RangeObject::RangeObject(BigInt a, BigInt b, BigInt c)
    : Object(types().range, Untracked{}),
      start(std::move(a)),
      stop(std::move(b)),
      step(std::move(c)),
      length(range_length(start, stop, step)),
      small(fits64(start) && fits64(stop) && fits64(step) && fits64(length) &&
            fits64(BigInt(start + length * step))) {}

RangeObject::RangeObject(int64_t a, int64_t b, int64_t c) : RangeObject(a, b, c, small_range_length(a, b, c)) {}

RangeObject::RangeObject(int64_t a, int64_t b, int64_t c, __int128 n)
    : Object(types().range, Untracked{}),
      start(a),
      stop(b),
      step(c),
      length(fits64(n) ? BigInt(static_cast<int64_t>(n)) : range_length(start, stop, step)),
      small(fits64(n) && fits64(a + n * c)) {}

namespace {

RangeObject* as_range(Value v) { return static_cast<RangeObject*>(v.as_object()); }

bool range_arg(Value v, BigInt* out) {
    if (is_int(v)) {
        *out = to_bigint(v);
        return true;
    }
    raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
    return false;
}

// range(stop) or range(start, stop[, step]) from the arguments' values `v`
// (int64 when all are small ints, else BigInt).
template <class Number>
Val make_range(Number (&v)[3], size_t count) {
    Number start = 0, stop, step = 1;
    if (count == 1) {
        stop = std::move(v[0]);
    } else {
        start = std::move(v[0]);
        stop = std::move(v[1]);
        if (count == 3) step = std::move(v[2]);
    }
    if (step == 0) return raise_value_error("range() arg 3 must not be zero");
    return make<RangeObject>(std::move(start), std::move(stop), std::move(step)).into_val();
}

Val range_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("range() takes no keyword arguments");
    if (args.count == 0) return raise_type_error("range expected at least 1 argument, got 0");
    if (args.count > 3) return raise_type_error("range expected at most 3 arguments, got " + std::to_string(args.count));
    bool all_small = true;
    for (size_t i = 0; i < args.count; ++i) all_small = all_small && args[i].get().is_small_int();
    if (all_small) {
        int64_t v[3];
        for (size_t i = 0; i < args.count; ++i) v[i] = args[i].get().as_small_int();
        return make_range(v, args.count);
    }
    BigInt v[3];
    for (size_t i = 0; i < args.count; ++i)
        if (!range_arg(args[i], &v[i])) return nullptr;
    return make_range(v, args.count);
}

Val range_repr(Value v) {
    auto* r = as_range(v);
    std::string s = "range(" + bigint_to_decimal(r->start) + ", " + bigint_to_decimal(r->stop);
    if (r->step != 1) s += ", " + bigint_to_decimal(r->step);
    return new_str_val(s + ")");
}

bool range_len(Value v, int64_t* out) {
    const BigInt& n = as_range(v)->length;
    if (!fits64(n)) {
        raise_overflow("Python int too large to convert to C ssize_t");
        return false;
    }
    *out = static_cast<int64_t>(n);
    return true;
}

int range_bool(Value v) { return as_range(v)->length != 0; }

// range(10)[2:8:2] is range(2, 8, 2): the slice resolved against the length,
// its ends mapped through the range (compute_slice in Objects/rangeobject.c).
Val range_slice(RangeObject* r, Value key) {
    if (!fits64(r->length)) return raise_overflow("Python int too large to convert to C ssize_t");
    SliceIndices s;
    if (!slice_indices(as_slice(key), static_cast<int64_t>(r->length), &s)) return nullptr;
    BigInt start = r->start + BigInt(s.start) * r->step;
    BigInt stop = r->start + BigInt(s.stop) * r->step;
    BigInt step = BigInt(s.step) * r->step;
    return make<RangeObject>(std::move(start), std::move(stop), std::move(step)).into_val();
}

Val range_getitem(Value v, Value key) {
    auto* r = as_range(v);
    if (is_slice(key)) return range_slice(r, key);
    if (!is_int(key)) return raise_type_error("range indices must be integers or slices, not " + type_of(key)->name);
    BigInt i = to_bigint(key);
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return raise_index_error("range object index out of range");
    return new_int(BigInt(r->start + i * r->step));
}

// For values that are not ints: compares `item` with each element in turn, as
// CPython's sequence search does, and calls `found(index)` for each equal one
// until it returns true. -1 when a comparison raised, else 0.
template <class Found>
int search_elements(const RangeObject* r, Value item, Found&& found) {
    for (BigInt i = 0; i < r->length; ++i) {
        Val element = new_int(BigInt(r->start + i * r->step));
        int eq = rich_compare_bool(element, item, CompareOp::Eq);
        if (eq < 0) return -1;
        if (eq && found(i)) break;
    }
    return 0;
}

int range_contains(Value v, Value item) {
    auto* r = as_range(v);
    if (!is_int(item)) {
        bool hit = false;
        if (search_elements(r, item, [&](const BigInt&) { return hit = true; }) < 0) return -1;
        return hit;
    }
    BigInt x = to_bigint(item);
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
    return BigInt((x - r->start) % r->step) == 0;
}

Val range_iter(Value v) { return make<RangeIterator>(*as_range(v)).into_val(); }

// range.__reversed__: an iterator over the same numbers, last first.
Val range_reversed(Value v, CallArgs args) {
    if (!check_positional("range.__reversed__", args, 0, 0)) return nullptr;
    auto* r = as_range(v);
    RangeObject backwards(r->start + (r->length - 1) * r->step, r->start - r->step, -r->step);
    return make<RangeIterator>(backwards).into_val();
}

Val range_iterator_next(Value v) {
    auto* it = static_cast<RangeIterator*>(v.as_object());
    if (it->small) {
        int64_t value;
        return it->next_small(&value) ? new_int(value) : nullptr;
    }
    if (it->big_remaining <= 0) return nullptr;
    Val value = new_int(it->big_next);
    it->big_next += it->big_step;
    it->big_remaining -= 1;
    return value;
}

// rangeiter_len: the numbers left (a huge count reads as the largest int64).
bool range_iterator_length_hint(Value v, int64_t* out) {
    auto* it = static_cast<RangeIterator*>(v.as_object());
    if (it->small) {
        *out = std::max<int64_t>(0, it->remaining);
    } else {
        *out = it->big_remaining <= 0 ? 0 : it->big_remaining > INT64_MAX ? INT64_MAX : static_cast<int64_t>(it->big_remaining);
    }
    return true;
}

// CPython's METH_O wording: "range.count() takes exactly one argument (0 given)".
bool one_argument(const char* method, CallArgs args) {
    if (args.count == 1 && args.keyword_count() == 0) return true;
    if (args.keyword_count() > 0) {
        raise_type_error(std::string("range.") + method + "() takes no keyword arguments");
        return false;
    }
    raise_type_error(std::string("range.") + method + "() takes exactly one argument (" + std::to_string(args.count) +
                     " given)");
    return false;
}

Val range_count(Value self, CallArgs args) {
    if (!one_argument("count", args)) return nullptr;
    auto* r = as_range(self);
    if (is_int(args[0])) return new_int(range_contains(self, args[0]));
    int64_t n = 0;
    if (search_elements(r, args[0], [&](const BigInt&) { return ++n, false; }) < 0) return nullptr;
    return new_int(n);
}

Val range_index(Value self, CallArgs args) {
    if (!one_argument("index", args)) return nullptr;
    auto* r = as_range(self);
    Value x = args[0];
    if (is_int(x)) {
        if (!range_contains(self, x)) {
            std::string text;
            if (!repr_text(x, &text)) return nullptr;
            return raise_value_error(text + " is not in range");
        }
        return new_int(BigInt((to_bigint(x) - r->start) / r->step));
    }
    BigInt where = -1;
    if (search_elements(r, x, [&](const BigInt& i) { return where = i, true; }) < 0) return nullptr;
    if (where >= 0) return new_int(where);
    return raise_value_error("sequence.index(x): x not in sequence");
}

}  // namespace

void register_range_methods(TypeObject* range) {
    add_property(range, "start", [](Value, CallArgs a) { return new_int(as_range(a[0])->start); });
    add_property(range, "stop", [](Value, CallArgs a) { return new_int(as_range(a[0])->stop); });
    add_property(range, "step", [](Value, CallArgs a) { return new_int(as_range(a[0])->step); });
    add_method(range, "count", range_count);
    add_method(range, "index", range_index);
}

void init_range_types(TypeObject* range, TypeObject* iterator) {
    range->construct = range_construct;
    range->repr = range_repr;
    range->len = range_len;
    range->number.boolean = range_bool;
    range->getitem = range_getitem;
    range->contains = range_contains;
    range->iter = range_iter;
    add_method(range, "__reversed__", range_reversed);
    iterator->iter = [](Value v) { return Val::borrow(v); };
    iterator->iternext = range_iterator_next;
    iterator->length_hint = range_iterator_length_hint;
}

}  // namespace ys::objects
