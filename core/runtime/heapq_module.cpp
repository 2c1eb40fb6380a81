// The heapq module: CPython's C accelerator Modules/_heapqmodule.c (siftdown,
// siftup and their max-heap twins, with the same comparisons in the same order)
// plus nlargest/nsmallest/merge as Lib/heapq.py writes them. The event loop's timer
// order depends on these being exact, ties included.
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

// Argument Clinic's subclass_of check: "heappush() argument 1 must be list, not
// tuple" ("argument" alone for the one-argument functions).
bool check_heap(const char* fname, Value v, bool only_argument, ListObject** out) {
    if (!is_list(v)) {
        raise_type_error(std::string(fname) + "() argument" + (only_argument ? "" : " 1") + " must be list, not " +
                         type_of(v)->name);
        return false;
    }
    *out = as_list(v);
    return true;
}

// Whether `a` sorts before `b`: a < b for the min-heap, b < a for the max-heap
// (siftdown_max/siftup_max compare with swapped operands rather than Py_GT).
int heap_less(Value a, Value b, bool max_heap) {
    Val x = Val::borrow(a), y = Val::borrow(b);  // a comparison may drop the list's references
    return max_heap ? rich_compare_bool(y, x, CompareOp::Lt) : rich_compare_bool(x, y, CompareOp::Lt);
}

bool size_changed(ListObject* heap, size_t size) {
    if (heap->items.size() == size) return false;
    raise(exc_types().runtime_error, "list changed size during iteration");
    return true;
}

// Moves the item at `pos` towards the root until its parent is not larger.
bool sift_down(ListObject* heap, size_t start, size_t pos, bool max_heap) {
    size_t size = heap->items.size();
    if (pos >= size) {
        raise_index_error("index out of range");
        return false;
    }
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        int cmp = heap_less(heap->items[pos], heap->items[parent], max_heap);
        if (cmp < 0 || size_changed(heap, size)) return false;
        if (cmp == 0) break;
        std::swap(heap->items[parent], heap->items[pos]);
        pos = parent;
    }
    return true;
}

// Bubbles the smaller child up until `pos` is a leaf, then sifts the item that
// was at `pos` back down from there (the "bottom-up" heap of Lib/heapq.py).
bool sift_up(ListObject* heap, size_t pos, bool max_heap) {
    size_t end = heap->items.size();
    size_t start = pos;
    if (pos >= end) {
        raise_index_error("index out of range");
        return false;
    }
    size_t limit = end >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int cmp = heap_less(heap->items[child], heap->items[child + 1], max_heap);
            if (cmp < 0 || size_changed(heap, end)) return false;
            if (cmp == 0) ++child;
        }
        std::swap(heap->items[child], heap->items[pos]);
        pos = child;
    }
    return sift_down(heap, start, pos, max_heap);
}

bool heapify_list(ListObject* heap, bool max_heap) {
    // CPython switches to a cache-friendly visiting order above 2500 items; it
    // builds the same heap with the same comparisons, so one order serves.
    for (size_t i = heap->items.size() / 2; i-- > 0;)
        if (!sift_up(heap, i, max_heap)) return false;
    return true;
}

Val heapq_heappush(Value, CallArgs args) {
    if (!check_clinic_positional("heappush", args, 2, 2)) return nullptr;
    ListObject* heap;
    if (!check_heap("heappush", args[0], false, &heap)) return nullptr;
    heap->allocation().append();
    heap->items.push_back(args[1]);
    if (!sift_down(heap, 0, heap->items.size() - 1, false)) return nullptr;
    return new_none();
}

Val pop_internal(const char* fname, Value v, bool max_heap) {
    ListObject* heap;
    if (!check_heap(fname, v, true, &heap)) return nullptr;
    if (heap->items.empty()) return raise_index_error("index out of range");
    heap->allocation().assign_slice(static_cast<int64_t>(heap->items.size()) - 1);
    Val last = std::move(heap->items.back());
    heap->items.pop_back();
    if (heap->items.empty()) return last;
    Val result = std::move(heap->items[0]);
    heap->items[0] = std::move(last);
    if (!sift_up(heap, 0, max_heap)) return nullptr;
    return result;
}

Val heapq_heappop(Value, CallArgs args) {
    if (!check_clinic_positional("_heapq.heappop", args, 1, 1)) return nullptr;
    return pop_internal("heappop", args[0], false);
}

Val replace_internal(const char* fname, Value v, Value item, bool max_heap) {
    ListObject* heap;
    if (!check_heap(fname, v, false, &heap)) return nullptr;
    if (heap->items.empty()) return raise_index_error("index out of range");
    Val result = std::move(heap->items[0]);
    heap->items[0] = Val::borrow(item);
    if (!sift_up(heap, 0, max_heap)) return nullptr;
    return result;
}

Val heapq_heapreplace(Value, CallArgs args) {
    if (!check_clinic_positional("heapreplace", args, 2, 2)) return nullptr;
    return replace_internal("heapreplace", args[0], args[1], false);
}

Val heapq_heappushpop(Value, CallArgs args) {
    if (!check_clinic_positional("heappushpop", args, 2, 2)) return nullptr;
    ListObject* heap;
    if (!check_heap("heappushpop", args[0], false, &heap)) return nullptr;
    if (heap->items.empty()) return args[1];
    int cmp = heap_less(heap->items[0], args[1], false);
    if (cmp < 0) return nullptr;
    if (cmp == 0) return args[1];
    if (heap->items.empty()) return raise_index_error("index out of range");
    Val result = std::move(heap->items[0]);
    heap->items[0] = args[1];
    if (!sift_up(heap, 0, false)) return nullptr;
    return result;
}

Val heapq_heapify(Value, CallArgs args) {
    if (!check_clinic_positional("_heapq.heapify", args, 1, 1)) return nullptr;
    ListObject* heap;
    if (!check_heap("heapify", args[0], true, &heap)) return nullptr;
    if (!heapify_list(heap, false)) return nullptr;
    return new_none();
}

Val heapq_heappop_max(Value, CallArgs args) {
    if (!check_clinic_positional("_heapq._heappop_max", args, 1, 1)) return nullptr;
    return pop_internal("_heappop_max", args[0], true);
}

Val heapq_heapreplace_max(Value, CallArgs args) {
    if (!check_clinic_positional("_heapreplace_max", args, 2, 2)) return nullptr;
    return replace_internal("_heapreplace_max", args[0], args[1], true);
}

Val heapq_heapify_max(Value, CallArgs args) {
    if (!check_clinic_positional("_heapq._heapify_max", args, 1, 1)) return nullptr;
    ListObject* heap;
    if (!check_heap("_heapify_max", args[0], true, &heap)) return nullptr;
    if (!heapify_list(heap, true)) return nullptr;
    return new_none();
}

// ---------------------------------------------------------------- nsmallest / nlargest

// min()/max() with key and a default of "nothing" (the n == 1 shortcut).
Val extreme(Value iterable, Value key, CompareOp better, bool* found) {
    Val it = get_iter(iterable);
    if (!it) return nullptr;
    Val best, best_key;
    for (;;) {
        Val item = iter_next(it);
        if (!item) {
            if (cx().has_error()) return nullptr;
            break;
        }
        Val k = key ? call1(key, item) : item;
        if (!k) return nullptr;
        if (best_key) {
            int cmp = rich_compare_bool(k, best_key, better);
            if (cmp < 0) return nullptr;
            if (cmp == 0) continue;
        }
        best = std::move(item);
        best_key = std::move(k);
    }
    *found = !best.is_null();
    return best ? best : new_none();
}

// nsmallest (largest == false) and nlargest, step for step as Lib/heapq.py.
Val nselect(const char* name, CallArgs args, bool largest) {
    Value a[3];
    if (!bind_arguments({name, {"n", "iterable", "key"}, 2, {}, false}, args, a)) return nullptr;
    Value nv = a[0], iterable = a[1], key = a[2] && !is_none(a[2]) ? a[2] : Value();
    Val one = new_int(1);
    int is_one = rich_compare_bool(nv, one, CompareOp::Eq);
    if (is_one < 0) return nullptr;
    if (is_one) {
        bool found;
        Val r = extreme(iterable, key, largest ? CompareOp::Gt : CompareOp::Lt, &found);
        if (!r) return nullptr;
        return new_list(found ? std::vector<Val>{r} : std::vector<Val>{}).into_val();
    }
    int64_t size;
    if (type_of(iterable)->len) {
        if (!length(iterable, &size)) return nullptr;
        Val size_val = new_int(size);
        int ge = rich_compare_bool(nv, size_val, CompareOp::Ge);
        if (ge < 0) return nullptr;
        if (ge) {
            std::vector<Val> items;
            if (!collect_items(iterable, &items)) return nullptr;
            auto list = new_list(std::move(items));
            if (!sort_list(list.get(), key, largest)) return nullptr;
            int64_t n;
            if (!index_value(nv, &n)) {
                if (cx().has_error()) return nullptr;
                return raise_type_error("slice indices must be integers or None or have an __index__ method");
            }
            if (n < 0) n = std::max<int64_t>(0, static_cast<int64_t>(list->items.size()) + n);
            if (static_cast<size_t>(n) < list->items.size()) list->items.resize(n);
            return list.into_val();
        }
    }
    int64_t n;
    if (!index_value(nv, &n)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(nv)->name + "' object cannot be interpreted as an integer");
    }
    Val it = get_iter(iterable);
    if (!it) return nullptr;
    // result holds (elem, order) or (key, order, elem); order breaks ties so that
    // elements themselves are compared only when keys differ.
    std::vector<Val> result;
    int64_t order = 0;
    for (; order < n; ++order) {
        Val elem = iter_next(it);
        if (!elem) {
            if (cx().has_error()) return nullptr;
            break;
        }
        Val ord = new_int(largest ? -order : order);
        if (key) {
            Val k = call1(key, elem);
            if (!k) return nullptr;
            result.push_back(new_tuple({k, ord, elem}).into_val());
        } else {
            result.push_back(new_tuple({elem, ord}).into_val());
        }
    }
    if (result.empty()) return new_list({}).into_val();
    auto heap = new_list(std::move(result));
    if (!heapify_list(heap.get(), !largest)) return nullptr;
    Val top = as_tuple(heap->items[0])->items[0];
    order = largest ? -n : n;
    for (;;) {
        Val elem = iter_next(it);
        if (!elem) {
            if (cx().has_error()) return nullptr;
            break;
        }
        Val k = key ? call1(key, elem) : elem;
        if (!k) return nullptr;
        int better = largest ? rich_compare_bool(top, k, CompareOp::Lt) : rich_compare_bool(k, top, CompareOp::Lt);
        if (better < 0) return nullptr;
        if (!better) continue;
        Val ord = new_int(order);
        Val entry = key ? new_tuple({k, ord, elem}).into_val() : new_tuple({k, ord}).into_val();
        if (!replace_internal("heapreplace", heap.get(), entry, !largest)) return nullptr;
        top = as_tuple(heap->items[0])->items[0];
        order += largest ? -1 : 1;
    }
    if (!sort_list(heap.get(), Value(), largest)) return nullptr;
    std::vector<Val> out;
    for (const Val& entry : heap->items) out.push_back(as_tuple(entry)->items[key ? 2 : 0]);
    return new_list(std::move(out)).into_val();
}

Val heapq_nsmallest(Value, CallArgs args) { return nselect("nsmallest", args, false); }
Val heapq_nlargest(Value, CallArgs args) { return nselect("nlargest", args, true); }

// ---------------------------------------------------------------- merge

// heapq.merge as a lazy iterator running Lib/heapq.py's generator step by
// step. The heap holds lists [value, order, iterator] (or [key, order, value,
// iterator]) so comparisons are the same list comparisons CPython makes.
class MergeObject : public Object {
public:
    MergeObject(TypeObject* t, std::vector<Val> s, Val k, bool r)
        : Object(t), sources(std::move(s)), key(std::move(k)), reverse(r) {}
    void traverse(Visitor& v) override {
        for (auto& x : sources) visit_val(v, x);
        visit_val(v, key);
        visit_val(v, heap);
        visit_val(v, drain);
    }
    enum class State { Fresh, Running, Drain, Done };
    std::vector<Val> sources;  // the iterables, until the first next()
    Val key;                   // null for None
    bool reverse;
    Val heap;                  // a list of entries
    Val drain;                 // the last iterator, read directly
    State state = State::Fresh;
};

TypeObject* merge_type();

// The entry for `value` read from `it`: [value, order, it] or [key(value), order, value, it].
Val merge_entry(MergeObject* m, Val value, int64_t order, const Val& it) {
    if (!m->key) return new_list({value, new_int(order), it}).into_val();
    Val k = call1(m->key, value);
    if (!k) return nullptr;
    return new_list({k, new_int(order), value, it}).into_val();
}

bool merge_start(MergeObject* m) {
    std::vector<Val> entries;
    int64_t order = 0;
    for (auto& source : m->sources) {
        Val it = get_iter(source);
        if (!it) return false;
        Val value = iter_next(it);
        if (value) {
            Val entry = merge_entry(m, std::move(value), m->reverse ? -order : order, it);
            if (!entry) return false;
            entries.push_back(std::move(entry));
        } else if (cx().has_error()) {
            return false;
        }
        ++order;
    }
    m->sources.clear();
    m->heap = new_list(std::move(entries)).into_val();
    return heapify_list(as_list(m->heap), m->reverse);
}

// Reads the next value of the top entry's iterator and restores the heap, or
// drops the entry when its iterator is exhausted.
bool merge_advance(MergeObject* m) {
    ListObject* heap = as_list(m->heap);
    Val top = heap->items[0];
    auto& entry = as_list(top)->items;
    Val value = iter_next(entry.back());
    if (!value) return !cx().has_error() && pop_internal("heappop", heap, m->reverse);
    if (m->key) {
        Val k = call1(m->key, value);
        if (!k) return false;
        entry[0] = std::move(k);
        entry[2] = std::move(value);
    } else {
        entry[0] = std::move(value);
    }
    return static_cast<bool>(replace_internal("heapreplace", heap, top, m->reverse));
}

Val merge_next(Value v) {
    auto* m = static_cast<MergeObject*>(v.as_object());
    using State = MergeObject::State;
    bool ok = true;
    switch (m->state) {
        case State::Done: return nullptr;
        case State::Fresh: ok = merge_start(m); break;
        case State::Running: ok = merge_advance(m); break;
        case State::Drain: {
            Val item = iter_next(m->drain);
            if (!item) m->state = State::Done;
            return item;
        }
    }
    m->state = State::Running;
    if (!ok) {
        m->state = State::Done;
        return nullptr;
    }
    ListObject* heap = as_list(m->heap);
    if (heap->items.empty()) {
        m->state = State::Done;
        return nullptr;
    }
    const auto& entry = as_list(heap->items[0])->items;
    Val value = entry[m->key ? 2 : 0];
    if (heap->items.size() == 1) {
        m->drain = entry.back();
        m->heap = nullptr;
        m->state = State::Drain;
    }
    return value;
}

// merge(*iterables, key=None, reverse=False)
Val merge_construct(Value, CallArgs args) {
    if (!allow_keywords("merge", args, {"key", "reverse"})) return nullptr;
    Value key = find_keyword(args, "key"), reverse = find_keyword(args, "reverse");
    int r = reverse ? truthy(reverse) : 0;
    if (r < 0) return nullptr;
    std::vector<Val> sources(args.data, args.data + args.positional_count());
    Val k = key && !is_none(key) ? Val::borrow(key) : Val();
    return make<MergeObject>(merge_type(), std::move(sources), std::move(k), r == 1).into_val();
}

TypeObject* merge_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_native_type("merge", "heapq");
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = merge_next;
        return type;
    });
    return t;
}

Val heapq_merge(Value, CallArgs args) { return merge_construct(Value(), args); }

}  // namespace

Ref<ModuleObject> make_heapq_module() {
    auto m = new_module("heapq");
    add_function(m.get(), "heappush", heapq_heappush);
    add_function(m.get(), "heappop", heapq_heappop);
    add_function(m.get(), "heapify", heapq_heapify);
    add_function(m.get(), "heapreplace", heapq_heapreplace);
    add_function(m.get(), "heappushpop", heapq_heappushpop);
    add_function(m.get(), "nsmallest", heapq_nsmallest);
    add_function(m.get(), "nlargest", heapq_nlargest);
    add_function(m.get(), "merge", heapq_merge);
    add_function(m.get(), "_heappop_max", heapq_heappop_max);
    add_function(m.get(), "_heapreplace_max", heapq_heapreplace_max);
    add_function(m.get(), "_heapify_max", heapq_heapify_max);
    return m;
}

}  // namespace ys::runtime
