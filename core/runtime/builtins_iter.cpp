// The iteration builtins (Python/bltinmodule.c, Objects/enumobject.c,
// Objects/iterobject.c): the lazy iterator types map, filter, zip, enumerate,
// reversed and callable_iterator, plus iter, sorted, min, max, any and all.
// Each iterator pulls exactly as many items from its sources as CPython's does.
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

// ---------------------------------------------------------------- argument helpers

std::string_view keyword_name(CallArgs args, size_t k) { return as_str(args.kwnames->items[k])->view(); }

// Rejects keywords other than `allowed` with CPython's getargs message.
bool only_keywords(const char* fname, CallArgs args, std::initializer_list<const char*> allowed) {
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = keyword_name(args, k);
        bool ok = false;
        for (const char* a : allowed) ok |= key == a;
        if (!ok) {
            raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
            return false;
        }
    }
    return true;
}

// The value passed as keyword `name`, or null.
Value keyword(CallArgs args, const char* name) {
    size_t npos = args.positional_count();
    for (size_t k = 0; k < args.keyword_count(); ++k)
        if (keyword_name(args, k) == name) return args[npos + k];
    return Value();
}

TypeObject* define_iterator_type(const char* name, CallSlot construct, UnarySlot next) {
    auto* t = new TypeObject(name, types().object);
    t->make_immortal();
    t->set_metatype(types().type);
    t->construct = construct;
    t->iter = [](Value v) { return Val::borrow(v); };
    t->iternext = next;
    return t;
}

// The iterator types, made once per process like the other built-in types.
struct IterTypes {
    TypeObject* map;
    TypeObject* filter;
    TypeObject* zip;
    TypeObject* enumerate;
    TypeObject* reversed;
    TypeObject* callable_iterator;
};
const IterTypes& iter_types();

// ---------------------------------------------------------------- map

class MapObject : public Object {
public:
    MapObject(Val f, std::vector<Val> its) : Object(iter_types().map), func(std::move(f)), iters(std::move(its)) {}
    void traverse(Visitor& v) override {
        if (func.get().is_object()) v.visit(func.get().as_object());
        for (auto& it : iters) v.visit(it.get().as_object());
    }
    Val func;
    std::vector<Val> iters;
};

// Turns each argument into an iterator (zip_new / map_new).
bool iterators_of(const Val* items, size_t n, std::vector<Val>* out) {
    for (size_t i = 0; i < n; ++i) {
        Val it = get_iter(items[i]);
        if (!it) return false;
        out->push_back(std::move(it));
    }
    return true;
}

Val map_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("map() takes no keyword arguments");
    if (args.count < 2) return raise_type_error("map() must have at least two arguments.");
    std::vector<Val> iters;
    if (!iterators_of(args.data + 1, args.count - 1, &iters)) return nullptr;
    return make<MapObject>(args[0], std::move(iters)).into_val();
}

Val map_next(Value v) {
    auto* m = static_cast<MapObject*>(v.as_object());
    std::vector<Val> items;
    items.reserve(m->iters.size());
    for (auto& it : m->iters) {
        Val item = iter_next(it);
        if (!item) return nullptr;
        items.push_back(std::move(item));
    }
    return call(m->func, CallArgs{items.data(), items.size(), nullptr});
}

// ---------------------------------------------------------------- filter

class FilterObject : public Object {
public:
    FilterObject(Val f, Val it) : Object(iter_types().filter), func(std::move(f)), iter(std::move(it)) {}
    void traverse(Visitor& v) override {
        if (func.get().is_object()) v.visit(func.get().as_object());
        v.visit(iter.get().as_object());
    }
    Val func;
    Val iter;
};

Val filter_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("filter() takes no keyword arguments");
    if (!check_positional("filter", args, 2, 2)) return nullptr;
    Val it = get_iter(args[1]);
    if (!it) return nullptr;
    return make<FilterObject>(args[0], std::move(it)).into_val();
}

Val filter_next(Value v) {
    auto* f = static_cast<FilterObject*>(v.as_object());
    // filter(None, ...) and filter(bool, ...) test the items themselves.
    bool plain = is_none(f->func) || f->func.get() == Value(types().bool_);
    for (;;) {
        Val item = iter_next(f->iter);
        if (!item) return nullptr;
        int ok;
        if (plain) {
            ok = truthy(item);
        } else {
            Val good = call1(f->func, item);
            if (!good) return nullptr;
            ok = truthy(good);
        }
        if (ok < 0) return nullptr;
        if (ok) return item;
    }
}

// ---------------------------------------------------------------- zip

class ZipObject : public Object {
public:
    ZipObject(std::vector<Val> its, bool s) : Object(iter_types().zip), iters(std::move(its)), strict(s) {}
    void traverse(Visitor& v) override {
        for (auto& it : iters) v.visit(it.get().as_object());
    }
    std::vector<Val> iters;
    bool strict;
};

Val zip_construct(Value, CallArgs args) {
    bool strict = false;
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        if (keyword_name(args, k) != "strict")
            return raise_type_error("zip() got an unexpected keyword argument '" + std::string(keyword_name(args, k)) + "'");
        int t = truthy(args[args.positional_count() + k]);
        if (t < 0) return nullptr;
        strict = t;
    }
    std::vector<Val> iters;
    if (!iterators_of(args.data, args.positional_count(), &iters)) return nullptr;
    return make<ZipObject>(std::move(iters), strict).into_val();
}

// A StopIteration raised by an iterator counts as exhaustion; other errors stay.
bool clear_stop_iteration() {
    if (!cx().has_error()) return true;
    if (!error_matches(exc_types().stop_iteration)) return false;
    cx().take_error();
    return true;
}

std::string zip_arguments(size_t i) { return i == 1 ? " 1" : "s 1-" + std::to_string(i); }

Val zip_next(Value v) {
    auto* z = static_cast<ZipObject*>(v.as_object());
    if (z->iters.empty()) return nullptr;
    std::vector<Val> items;
    items.reserve(z->iters.size());
    size_t i = 0;
    for (; i < z->iters.size(); ++i) {
        Val item = iter_next(z->iters[i]);
        if (!item) break;
        items.push_back(std::move(item));
    }
    if (i == z->iters.size()) return new_tuple(std::move(items)).into_val();
    if (!z->strict) return nullptr;
    // zip(strict=True): every other iterator must end at the same time.
    if (!clear_stop_iteration()) return nullptr;
    if (i)
        return raise_value_error("zip() argument " + std::to_string(i + 1) + " is shorter than argument" + zip_arguments(i));
    for (i = 1; i < z->iters.size(); ++i) {
        Val item = iter_next(z->iters[i]);
        if (item)
            return raise_value_error("zip() argument " + std::to_string(i + 1) + " is longer than argument" +
                                     zip_arguments(i));
        if (!clear_stop_iteration()) return nullptr;
    }
    return nullptr;
}

// ---------------------------------------------------------------- enumerate

class EnumerateObject : public Object {
public:
    EnumerateObject(Val it, Val start) : Object(iter_types().enumerate), iter(std::move(it)), index(std::move(start)) {}
    void traverse(Visitor& v) override {
        v.visit(iter.get().as_object());
        if (index.get().is_object()) v.visit(index.get().as_object());
    }
    Val iter;
    Val index;  // the next count; an int of any size
};

Val enumerate_construct(Value, CallArgs args) {
    if (!only_keywords("enumerate", args, {"iterable", "start"})) return nullptr;
    size_t npos = args.positional_count();
    if (npos > 2) return raise_type_error("enumerate() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
    Value iterable = npos >= 1 ? Value(args[0]) : keyword(args, "iterable");
    Value start = npos >= 2 ? Value(args[1]) : keyword(args, "start");
    if (!iterable) return raise_type_error("enumerate() missing required argument 'iterable'");
    Val count = Val::small_int(0);
    if (start) {
        if (!is_int(start))
            return raise_type_error("'" + type_of(start)->name + "' object cannot be interpreted as an integer");
        count = new_int(to_bigint(start));
    }
    Val it = get_iter(iterable);
    if (!it) return nullptr;
    return make<EnumerateObject>(std::move(it), std::move(count)).into_val();
}

Val enumerate_next(Value v) {
    auto* e = static_cast<EnumerateObject*>(v.as_object());
    Val item = iter_next(e->iter);
    if (!item) return nullptr;
    Val index = e->index;
    Val next = binary_op(index, Value::small_int(1), BinaryOp::Add);
    if (!next) return nullptr;
    e->index = std::move(next);
    return new_tuple({std::move(index), std::move(item)}).into_val();
}

// ---------------------------------------------------------------- reversed

class ReversedObject : public Object {
public:
    ReversedObject(Val s, int64_t start) : Object(iter_types().reversed), seq(std::move(s)), index(start) {}
    void traverse(Visitor& v) override {
        if (seq.get().is_object()) v.visit(seq.get().as_object());
    }
    Val seq;  // null once exhausted
    int64_t index;
};

Val reversed_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("reversed() takes no keyword arguments");
    if (args.count != 1) return raise_type_error("reversed expected 1 argument, got " + std::to_string(args.count));
    Value seq = args[0];
    TypeObject* t = type_of(seq);
    // A __reversed__ method wins (list, range, dict and classes defining it).
    if (Value method = t->lookup(intern_literal("__reversed__"))) {
        if (is_none(method)) return raise_type_error("'" + t->name + "' object is not reversible");
        Val bound = bind_descriptor(method, seq, t);
        if (!bound) return nullptr;
        return call0(bound);
    }
    // Otherwise any sequence: __len__ and __getitem__, but not a mapping.
    if (!t->getitem || t->is_subtype_of(types().dict))
        return raise_type_error("'" + t->name + "' object is not reversible");
    int64_t n;
    if (!length(seq, &n)) return nullptr;
    return make<ReversedObject>(Val::borrow(seq), n - 1).into_val();
}

Val reversed_next(Value v) {
    auto* r = static_cast<ReversedObject*>(v.as_object());
    if (r->seq && r->index >= 0) {
        Val item = get_item(r->seq, Value::small_int(r->index));
        if (item) {
            --r->index;
            return item;
        }
        if (error_matches(exc_types().index_error) || error_matches(exc_types().stop_iteration)) cx().take_error();
    }
    r->index = -1;
    r->seq.reset();
    return nullptr;
}

// ---------------------------------------------------------------- callable_iterator

class CallableIterator : public Object {
public:
    CallableIterator(Val c, Val s) : Object(iter_types().callable_iterator), callable(std::move(c)), sentinel(std::move(s)) {}
    void traverse(Visitor& v) override {
        for (Val* p : {&callable, &sentinel})
            if (p->get().is_object()) v.visit(p->get().as_object());
    }
    Val callable;  // both null once the sentinel was seen
    Val sentinel;
};

Val callable_iterator_next(Value v) {
    auto* it = static_cast<CallableIterator*>(v.as_object());
    if (!it->callable) return nullptr;
    Val result = call0(it->callable);
    if (result) {
        int done = rich_compare_bool(it->sentinel, result, CompareOp::Eq);
        if (done == 0) return result;
        if (done > 0) {
            it->callable.reset();
            it->sentinel.reset();
        }
    } else if (error_matches(exc_types().stop_iteration)) {
        cx().take_error();
        it->callable.reset();
        it->sentinel.reset();
    }
    return nullptr;
}

const IterTypes& iter_types() {
    static const IterTypes types_ = util::uncounted([] {
        return IterTypes{
            define_iterator_type("map", map_construct, map_next),
            define_iterator_type("filter", filter_construct, filter_next),
            define_iterator_type("zip", zip_construct, zip_next),
            define_iterator_type("enumerate", enumerate_construct, enumerate_next),
            define_iterator_type("reversed", reversed_construct, reversed_next),
            define_iterator_type("callable_iterator", nullptr, callable_iterator_next),
        };
    });
    // reversed_len: the items left, 0 once the sequence shrank below them;
    // only for built-in sequences, whose len() runs no Python code.
    static const bool hinted = [] {
        types_.reversed->length_hint = [](Value v, int64_t* out) {
            auto* r = static_cast<ReversedObject*>(v.as_object());
            *out = 0;
            if (!r->seq) return true;
            TypeObject* t = type_of(r->seq);
            int64_t n;
            if (t->is_heap_type || !t->len || !t->len(r->seq, &n)) return false;
            *out = n < r->index + 1 ? 0 : r->index + 1;
            return true;
        };
        return true;
    }();
    (void)hinted;
    return types_;
}

// ---------------------------------------------------------------- functions

// iter(iterable) or iter(callable, sentinel)
Val builtin_iter(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("iter() takes no keyword arguments");
    if (!check_positional("iter", args, 1, 2)) return nullptr;
    if (args.count == 1) return get_iter(args[0]);
    if (!type_of(args[0])->call) return raise_type_error("iter(v, w): v must be callable");
    return make<CallableIterator>(args[0], args[1]).into_val();
}

// sorted(iterable, /, *, key=None, reverse=False): list(iterable), then list.sort.
Val builtin_sorted(Value, CallArgs args) {
    if (args.positional_count() != 1)
        return raise_type_error("sorted expected 1 argument, got " + std::to_string(args.positional_count()));
    if (!only_keywords("sort", args, {"key", "reverse"})) return nullptr;
    int64_t hint = list_length_hint(args[0]);
    std::vector<Val> items;
    if (!collect_items(args[0], &items)) return nullptr;
    auto list = new_list_from(std::move(items), args[0], hint);
    Value key = keyword(args, "key");
    if (key && is_none(key)) key = Value();
    int64_t reverse = 0;
    if (Value r = keyword(args, "reverse"); r && !index_value(r, &reverse)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(r)->name + "' object cannot be interpreted as an integer");
    }
    if (!sort_list(list.get(), key, reverse != 0)) return nullptr;
    return list.into_val();
}

// min() and max() (min_max in Python/bltinmodule.c): the items are pulled and
// keyed one at a time; the first of several equal extremes wins.
Val min_max(const char* name, CallArgs args, CompareOp better) {
    size_t npos = args.positional_count();
    if (npos == 0) return raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
    if (!only_keywords(name, args, {"key", "default"})) return nullptr;
    Value keyfunc = keyword(args, "key");
    Value fallback = keyword(args, "default");
    if (npos > 1 && fallback)
        return raise_type_error(std::string("Cannot specify a default for ") + name +
                                "() with multiple positional arguments");
    if (keyfunc && is_none(keyfunc)) keyfunc = Value();
    Val source = npos > 1 ? new_tuple(std::vector<Val>(args.data, args.data + npos)).into_val() : args[0];
    Val it = get_iter(source);
    if (!it) return nullptr;
    Val best_item, best_key;
    for (;;) {
        Val item = iter_next(it);
        if (!item) {
            if (cx().has_error()) return nullptr;
            break;
        }
        Val key = keyfunc ? call1(keyfunc, item) : item;
        if (!key) return nullptr;
        if (!best_key) {
            best_item = std::move(item);
            best_key = std::move(key);
            continue;
        }
        int cmp = rich_compare_bool(key, best_key, better);
        if (cmp < 0) return nullptr;
        if (cmp > 0) {
            best_item = std::move(item);
            best_key = std::move(key);
        }
    }
    if (best_item) return best_item;
    if (fallback) return Val::borrow(fallback);
    return raise_value_error(std::string(name) + "() arg is an empty sequence");
}

Val builtin_min(Value, CallArgs args) { return min_max("min", args, CompareOp::Lt); }
Val builtin_max(Value, CallArgs args) { return min_max("max", args, CompareOp::Gt); }

// any() and all() stop at the first item that decides the answer.
Val any_all(const char* name, CallArgs args, bool stop_on) {
    if (!check_positional(name, args, 1, 1)) return nullptr;
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Val item = iter_next(it);
        if (!item) return cx().has_error() ? Val() : new_bool(!stop_on);
        int t = truthy(item);
        if (t < 0) return nullptr;
        if ((t == 1) == stop_on) return new_bool(stop_on);
    }
}

Val builtin_any(Value, CallArgs args) { return any_all("any", args, true); }
Val builtin_all(Value, CallArgs args) { return any_all("all", args, false); }

}  // namespace

void add_iteration_builtins(DictObject* builtins) {
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"iter", builtin_iter}, {"sorted", builtin_sorted}, {"min", builtin_min},
        {"max", builtin_max},   {"any", builtin_any},       {"all", builtin_all},
    };
    for (const auto& e : functions) builtins->set_str(intern(e.name), new_builtin(e.name, e.fn).into_val());
    const IterTypes& t = iter_types();
    for (TypeObject* type : {t.map, t.filter, t.zip, t.enumerate, t.reversed})
        builtins->set_str(intern(type->name), type);
}

}  // namespace ys::runtime
