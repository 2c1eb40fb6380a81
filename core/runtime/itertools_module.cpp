// The itertools module (Modules/itertoolsmodule.c): count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
// islice, zip_longest and pairwise, each a lazy iterator type that pulls from
// its inputs exactly when CPython's does. See itertools_module.h for the rest.
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
#include "runtime/itertools_module.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

TypeObject* define_itertools_type(const char* name, CallSlot construct, UnarySlot next) {
    TypeObject* t = define_native_type(name, "itertools");
    t->construct = construct;
    t->iter = [](Value v) { return Val::borrow(v); };
    t->iternext = next;
    return t;
}

namespace {

// Reads the next item; false at the end or on error (check cx().has_error()).
bool pull(const Val& it, Val* out) {
    *out = iter_next(it);
    return !out->is_null();
}

bool is_number(Value v) {
    if (is_int(v) || is_float(v)) return true;
    const NumberSlots& n = type_of(v)->number;
    return n.to_int || n.to_float;
}

// ---------------------------------------------------------------- count

class CountObject : public Object {
public:
    CountObject(TypeObject* t, Val start, Val s) : Object(t), current(std::move(start)), step(std::move(s)) {}
    void traverse(Visitor& v) override {
        visit_val(v, current);
        visit_val(v, step);
    }
    Val current;
    Val step;
};

TypeObject* count_type();

Val count_construct(Value, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("count", args, {"start", "step"}, 0, a)) return nullptr;
    Val start = a[0] ? Val::borrow(a[0]) : new_int(0);
    Val step = a[1] ? Val::borrow(a[1]) : new_int(1);
    if (!is_number(start) || !is_number(step)) return raise_type_error("a number is required");
    return make<CountObject>(count_type(), std::move(start), std::move(step)).into_val();
}

Val count_next(Value v) {
    auto* c = static_cast<CountObject*>(v.as_object());
    Val next = binary_op(c->current, c->step, BinaryOp::Add);
    if (!next) return nullptr;
    Val result = std::move(c->current);
    c->current = std::move(next);
    return result;
}

// count(5) when the step is the int 1, count(5, 2) otherwise.
Val count_repr(Value v) {
    auto* c = static_cast<CountObject*>(v.as_object());
    std::string start, step;
    if (!repr_text(c->current, &start)) return nullptr;
    int64_t s;
    if (is_int(c->step) && int_to_int64(c->step, &s) && s == 1) return new_str_val("count(" + start + ")");
    if (!repr_text(c->step, &step)) return nullptr;
    return new_str_val("count(" + start + ", " + step + ")");
}

TypeObject* count_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_itertools_type("count", count_construct, count_next);
        type->repr = count_repr;
        return type;
    });
    return t;
}

// ---------------------------------------------------------------- cycle

class CycleObject : public Object {
public:
    CycleObject(TypeObject* t, Val i) : Object(t), it(std::move(i)) {}
    void traverse(Visitor& v) override {
        visit_val(v, it);
        for (auto& s : saved) visit_val(v, s);
    }
    Val it;  // null after the first pass
    std::vector<Val> saved;
    size_t index = 0;
};

TypeObject* cycle_type();

Val cycle_construct(Value, CallArgs args) {
    if (!check_arity("cycle", args, 1, 1)) return nullptr;
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    return make<CycleObject>(cycle_type(), std::move(it)).into_val();
}

Val cycle_next(Value v) {
    auto* c = static_cast<CycleObject*>(v.as_object());
    if (c->it) {
        Val item;
        if (pull(c->it, &item)) {
            c->saved.push_back(item);
            return item;
        }
        if (cx().has_error()) return nullptr;
        c->it.reset();
    }
    if (c->saved.empty()) return nullptr;
    Val item = c->saved[c->index];
    if (++c->index >= c->saved.size()) c->index = 0;
    return item;
}

TypeObject* cycle_type() {
    static TypeObject* t = util::uncounted([] { return define_itertools_type("cycle", cycle_construct, cycle_next); });
    return t;
}

// ---------------------------------------------------------------- repeat

class RepeatObject : public Object {
public:
    RepeatObject(TypeObject* t, Val e, int64_t n) : Object(t), element(std::move(e)), remaining(n) {}
    void traverse(Visitor& v) override { visit_val(v, element); }
    Val element;
    int64_t remaining;  // -1: forever
};

TypeObject* repeat_type();

Val repeat_construct(Value, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("repeat", args, {"object", "times"}, 1, a)) return nullptr;
    int64_t n = -1;
    if (a[1]) {
        if (!index_argument(a[1], &n)) return nullptr;
        if (n < 0) n = 0;
    }
    return make<RepeatObject>(repeat_type(), Val::borrow(a[0]), n).into_val();
}

Val repeat_next(Value v) {
    auto* r = static_cast<RepeatObject*>(v.as_object());
    if (r->remaining == 0) return nullptr;
    if (r->remaining > 0) --r->remaining;
    return r->element;
}

Val repeat_repr(Value v) {
    auto* r = static_cast<RepeatObject*>(v.as_object());
    std::string element;
    if (!repr_text(r->element, &element)) return nullptr;
    if (r->remaining < 0) return new_str_val("repeat(" + element + ")");
    return new_str_val("repeat(" + element + ", " + std::to_string(r->remaining) + ")");
}

TypeObject* repeat_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_itertools_type("repeat", repeat_construct, repeat_next);
        type->repr = repeat_repr;
        // repeat_len: the times left; an endless repeat has none.
        type->length_hint = [](Value v, int64_t* out) {
            *out = static_cast<RepeatObject*>(v.as_object())->remaining;
            return *out >= 0;
        };
        return type;
    });
    return t;
}

// ---------------------------------------------------------------- accumulate

class AccumulateObject : public Object {
public:
    AccumulateObject(TypeObject* t, Val i, Val f, Val init)
        : Object(t), it(std::move(i)), func(std::move(f)), initial(std::move(init)) {}
    void traverse(Visitor& v) override {
        for (Val* p : {&it, &func, &initial, &total}) visit_val(v, *p);
    }
    Val it, func, initial, total;  // func and initial null for None
};

TypeObject* accumulate_type();

Val accumulate_construct(Value, CallArgs args) {
    Value a[3];
    if (!unpack_arguments("accumulate", args, {"iterable", "func", "initial"}, 1, a)) return nullptr;
    Val it = get_iter(a[0]);
    if (!it) return nullptr;
    Val func = a[1] && !is_none(a[1]) ? Val::borrow(a[1]) : Val();
    Val initial = a[2] && !is_none(a[2]) ? Val::borrow(a[2]) : Val();
    return make<AccumulateObject>(accumulate_type(), std::move(it), std::move(func), std::move(initial)).into_val();
}

Val accumulate_next(Value v) {
    auto* a = static_cast<AccumulateObject*>(v.as_object());
    if (a->initial) {
        a->total = std::move(a->initial);
        a->initial.reset();
        return a->total;
    }
    Val item;
    if (!pull(a->it, &item)) return nullptr;
    if (!a->total) {
        a->total = item;
        return item;
    }
    Val total = a->func ? call_positional(a->func, {a->total, item}) : binary_op(a->total, item, BinaryOp::Add);
    if (!total) return nullptr;
    a->total = total;
    return total;
}

TypeObject* accumulate_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("accumulate", accumulate_construct, accumulate_next); });
    return t;
}

// ---------------------------------------------------------------- chain

class ChainObject : public Object {
public:
    ChainObject(TypeObject* t, Val s) : Object(t), source(std::move(s)) {}
    void traverse(Visitor& v) override {
        visit_val(v, source);
        visit_val(v, active);
    }
    Val source;  // iterator over the iterables; null when done
    Val active;  // iterator over the current iterable
};

TypeObject* chain_type();

Val chain_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("chain() takes no keyword arguments");
    Val source = get_iter(new_tuple(std::vector<Val>(args.data, args.data + args.count)).into_val());
    if (!source) return nullptr;
    return make<ChainObject>(chain_type(), std::move(source)).into_val();
}

Val chain_from_iterable(Value, CallArgs args) {
    if (!check_clinic_positional("chain.from_iterable", args, 1, 1)) return nullptr;
    Val source = get_iter(args[0]);
    if (!source) return nullptr;
    return make<ChainObject>(chain_type(), std::move(source)).into_val();
}

Val chain_next(Value v) {
    auto* c = static_cast<ChainObject*>(v.as_object());
    while (c->source) {
        if (!c->active) {
            Val iterable;
            if (!pull(c->source, &iterable)) {
                c->source.reset();
                return nullptr;
            }
            c->active = get_iter(iterable);
            if (!c->active) {
                c->source.reset();
                return nullptr;
            }
        }
        Val item;
        if (pull(c->active, &item)) return item;
        if (cx().has_error()) return nullptr;
        c->active.reset();
    }
    return nullptr;
}

TypeObject* chain_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_itertools_type("chain", chain_construct, chain_next);
        // A classmethod in CPython; reached through the type, it needs no binding here.
        type->dict = new_dict();
        auto from = new_builtin("from_iterable", chain_from_iterable);
        from->make_immortal();
        type->dict->set_str(intern_literal("from_iterable"), from.get());
        return type;
    });
    return t;
}

// ---------------------------------------------------------------- compress, dropwhile, takewhile, filterfalse

// An iterator over one source with a callable (or a second iterator) and a flag.
class FilterLike : public Object {
public:
    FilterLike(TypeObject* t, Val f, Val i) : Object(t), func(std::move(f)), it(std::move(i)) {}
    void traverse(Visitor& v) override {
        visit_val(v, func);
        visit_val(v, it);
    }
    Val func;  // the predicate, or compress's selectors iterator
    Val it;
    bool flag = false;  // dropwhile: done dropping; takewhile: stopped
};

FilterLike* as_filter(Value v) { return static_cast<FilterLike*>(v.as_object()); }

TypeObject* compress_type();
TypeObject* dropwhile_type();
TypeObject* takewhile_type();
TypeObject* filterfalse_type();

Val compress_construct(Value, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("compress", args, {"data", "selectors"}, 2, a)) return nullptr;
    Val data = get_iter(a[0]);
    if (!data) return nullptr;
    Val selectors = get_iter(a[1]);
    if (!selectors) return nullptr;
    return make<FilterLike>(compress_type(), std::move(selectors), std::move(data)).into_val();
}

Val compress_next(Value v) {
    FilterLike* c = as_filter(v);
    for (;;) {
        Val datum, selector;
        if (!pull(c->it, &datum) || !pull(c->func, &selector)) return nullptr;
        int ok = truthy(selector);
        if (ok < 0) return nullptr;
        if (ok) return datum;
    }
}

// dropwhile(pred, it), takewhile(pred, it) and filterfalse(pred, it) take
// exactly two positional arguments.
template <TypeObject* (*Type)()>
Val predicate_construct(const char* name, CallArgs args) {
    if (!check_arity(name, args, 2, 2)) return nullptr;
    Val it = get_iter(args[1]);
    if (!it) return nullptr;
    return make<FilterLike>(Type(), args[0], std::move(it)).into_val();
}

Val dropwhile_construct(Value, CallArgs args) { return predicate_construct<dropwhile_type>("dropwhile", args); }
Val takewhile_construct(Value, CallArgs args) { return predicate_construct<takewhile_type>("takewhile", args); }
Val filterfalse_construct(Value, CallArgs args) { return predicate_construct<filterfalse_type>("filterfalse", args); }

// The predicate's verdict on item: 1, 0 or -1 on error. None means bool(item).
int test(FilterLike* f, const Val& item) {
    if (is_none(f->func)) return truthy(item);
    Val good = call1(f->func, item);
    if (!good) return -1;
    return truthy(good);
}

Val dropwhile_next(Value v) {
    FilterLike* d = as_filter(v);
    for (;;) {
        Val item;
        if (!pull(d->it, &item)) return nullptr;
        if (d->flag) return item;
        int ok = test(d, item);
        if (ok < 0) return nullptr;
        if (ok == 0) {
            d->flag = true;
            return item;
        }
    }
}

Val takewhile_next(Value v) {
    FilterLike* t = as_filter(v);
    if (t->flag) return nullptr;
    Val item;
    if (!pull(t->it, &item)) return nullptr;
    int ok = test(t, item);
    if (ok < 0) return nullptr;
    if (ok) return item;
    t->flag = true;
    return nullptr;
}

Val filterfalse_next(Value v) {
    FilterLike* f = as_filter(v);
    for (;;) {
        Val item;
        if (!pull(f->it, &item)) return nullptr;
        int ok = test(f, item);
        if (ok < 0) return nullptr;
        if (ok == 0) return item;
    }
}

TypeObject* compress_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("compress", compress_construct, compress_next); });
    return t;
}
TypeObject* dropwhile_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("dropwhile", dropwhile_construct, dropwhile_next); });
    return t;
}
TypeObject* takewhile_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("takewhile", takewhile_construct, takewhile_next); });
    return t;
}
TypeObject* filterfalse_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("filterfalse", filterfalse_construct, filterfalse_next); });
    return t;
}

// ---------------------------------------------------------------- starmap

TypeObject* starmap_type();

Val starmap_construct(Value, CallArgs args) {
    if (!check_arity("starmap", args, 2, 2)) return nullptr;
    Val it = get_iter(args[1]);
    if (!it) return nullptr;
    return make<FilterLike>(starmap_type(), args[0], std::move(it)).into_val();
}

Val starmap_next(Value v) {
    FilterLike* s = as_filter(v);
    Val item;
    if (!pull(s->it, &item)) return nullptr;
    std::vector<Val> call_args;
    if (is_tuple(item)) {
        call_args = as_tuple(item)->items;
    } else if (!collect_items(item, &call_args)) {
        return nullptr;
    }
    return call_positional(s->func, call_args);
}

TypeObject* starmap_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("starmap", starmap_construct, starmap_next); });
    return t;
}

// ---------------------------------------------------------------- islice

class IsliceObject : public Object {
public:
    IsliceObject(TypeObject* t, Val i, int64_t n, int64_t s, int64_t st)
        : Object(t), it(std::move(i)), next(n), stop(s), step(st) {}
    void traverse(Visitor& v) override { visit_val(v, it); }
    Val it;  // null once exhausted
    int64_t next;  // index of the next item to return
    int64_t stop;  // -1: no limit
    int64_t step;
    int64_t count = 0;  // items consumed so far
};

TypeObject* islice_type();

// PyNumber_AsSsize_t for islice's bounds: -1 for anything unusable.
int64_t islice_index(Value v) {
    int64_t n;
    if (index_value(v, &n)) return n;
    cx().take_error();
    return -1;
}

Val islice_construct(Value, CallArgs args) {
    if (!check_arity("islice", args, 2, 4)) return nullptr;
    const char* stop_error = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop = -1, step = 1;
    if (args.count == 2) {
        if (!is_none(args[1]) && (stop = islice_index(args[1])) == -1) return raise_value_error(stop_error);
    } else {
        if (!is_none(args[1])) start = islice_index(args[1]);
        if (!is_none(args[2]) && (stop = islice_index(args[2])) == -1) return raise_value_error(stop_error);
    }
    if (start < 0 || stop < -1)
        return raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (args.count == 4 && !is_none(args[3])) step = islice_index(args[3]);
    if (step < 1) return raise_value_error("Step for islice() must be a positive integer or None.");
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    return make<IsliceObject>(islice_type(), std::move(it), start, stop, step).into_val();
}

Val islice_next(Value v) {
    auto* s = static_cast<IsliceObject*>(v.as_object());
    if (!s->it) return nullptr;
    Val item;
    // Skip (and drop) the items before the next index.
    while (s->count < s->next) {
        if (!pull(s->it, &item)) {
            s->it.reset();
            return nullptr;
        }
        ++s->count;
    }
    if (s->stop != -1 && s->count >= s->stop) {
        s->it.reset();
        return nullptr;
    }
    if (!pull(s->it, &item)) {
        s->it.reset();
        return nullptr;
    }
    ++s->count;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
}

TypeObject* islice_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("islice", islice_construct, islice_next); });
    return t;
}

// ---------------------------------------------------------------- zip_longest

class ZipLongestObject : public Object {
public:
    ZipLongestObject(TypeObject* t, std::vector<Val> i, Val f) : Object(t), iters(std::move(i)), fill(std::move(f)) {
        active = iters.size();
    }
    void traverse(Visitor& v) override {
        for (auto& i : iters) visit_val(v, i);
        visit_val(v, fill);
    }
    std::vector<Val> iters;  // an exhausted one is null and yields the fill value
    Val fill;
    size_t active;
};

TypeObject* zip_longest_type();

Val zip_longest_construct(Value, CallArgs args) {
    Val fill = new_none();
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        if (as_str(args.kwnames->items[k])->view() != "fillvalue")
            return raise_type_error("zip_longest() got an unexpected keyword argument");
        fill = args[args.positional_count() + k];
    }
    std::vector<Val> iters;
    for (size_t i = 0; i < args.positional_count(); ++i) {
        Val it = get_iter(args[i]);
        if (!it) return nullptr;
        iters.push_back(std::move(it));
    }
    return make<ZipLongestObject>(zip_longest_type(), std::move(iters), std::move(fill)).into_val();
}

Val zip_longest_next(Value v) {
    auto* z = static_cast<ZipLongestObject*>(v.as_object());
    if (z->active == 0) return nullptr;
    std::vector<Val> result;
    for (auto& it : z->iters) {
        Val item;
        if (it && !pull(it, &item)) {
            --z->active;
            if (z->active == 0 || cx().has_error()) {
                z->active = 0;
                return nullptr;
            }
            it.reset();
        }
        result.push_back(it ? std::move(item) : z->fill);
    }
    return new_tuple(std::move(result)).into_val();
}

TypeObject* zip_longest_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("zip_longest", zip_longest_construct, zip_longest_next); });
    return t;
}

// ---------------------------------------------------------------- pairwise

class PairwiseObject : public Object {
public:
    PairwiseObject(TypeObject* t, Val i) : Object(t), it(std::move(i)) {}
    void traverse(Visitor& v) override {
        visit_val(v, it);
        visit_val(v, old);
    }
    Val it, old;
};

TypeObject* pairwise_type();

Val pairwise_construct(Value, CallArgs args) {
    if (!check_arity("pairwise", args, 1, 1)) return nullptr;
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    return make<PairwiseObject>(pairwise_type(), std::move(it)).into_val();
}

Val pairwise_next(Value v) {
    auto* p = static_cast<PairwiseObject*>(v.as_object());
    if (!p->it) return nullptr;
    if (!p->old && !pull(p->it, &p->old)) {
        p->it.reset();
        return nullptr;
    }
    Val item;
    if (!pull(p->it, &item)) {
        p->it.reset();
        p->old.reset();
        return nullptr;
    }
    Val result = new_tuple({p->old, item}).into_val();
    p->old = std::move(item);
    return result;
}

TypeObject* pairwise_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("pairwise", pairwise_construct, pairwise_next); });
    return t;
}

}  // namespace

Ref<ModuleObject> make_itertools_module() {
    auto m = new_module("itertools");
    DictObject* d = m->dict.get();
    for (TypeObject* t : {count_type(), cycle_type(), repeat_type(), accumulate_type(), chain_type(), compress_type(),
                          dropwhile_type(), takewhile_type(), filterfalse_type(), starmap_type(), islice_type(),
                          zip_longest_type(), pairwise_type()})
        d->set_str(intern(t->name), t);
    add_shared_iterators(d);
    add_combinatoric_iterators(d);
    return m;
}

}  // namespace ys::runtime
