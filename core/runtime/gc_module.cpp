// The gc module (Modules/gcmodule.c's module functions): the switches,
// thresholds and counts of the session's cycle collector (objects/gc.h) and
// introspection over the objects it tracks. The messages are those of
// CPython 3.11's argument parsers.
#include <climits>
#include <string>

#include "objects/context.h"
#include "objects/dict.h"
#include "objects/gc.h"
#include "objects/generator.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

// "collect() takes at most 1 argument (2 given)", as Argument Clinic words it.
bool check_count(const char* name, size_t given, size_t min, size_t max) {
    if (given >= min && given <= max) return true;
    bool few = given < min;
    size_t bound = few ? min : max;
    raise_type_error(std::string(name) + "() takes " + (few ? "at least " : "at most ") + std::to_string(bound) +
                     (bound == 1 ? " argument (" : " arguments (") + std::to_string(given) + " given)");
    return false;
}

// A C int argument: TypeError for non-integers, OverflowError past its range.
bool int_argument(Value v, int* out) {
    int64_t n;
    if (!index_value(v, &n)) {
        if (!cx().has_error()) raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
        return false;
    }
    if (n > INT_MAX || n < INT_MIN) {
        raise(exc_types().overflow_error,
              n > INT_MAX ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return false;
    }
    *out = static_cast<int>(n);
    return true;
}

// The optional `generation` of collect() and get_objects(), positional or
// keyword; `fallback` when absent (or None, where `none_ok`).
bool generation_argument(const char* name, CallArgs args, bool none_ok, int fallback, int* out) {
    size_t npos = args.positional_count();
    Value g;
    if (npos > 0) g = args[0];
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        if (key != "generation") {
            raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + name + "()");
            return false;
        }
        if (npos > 0) {
            raise_type_error("argument for " + std::string(name) + "() given by name ('generation') and position (1)");
            return false;
        }
        g = args[npos + k];
    }
    if (!check_count(name, args.count, 0, 1)) return false;
    *out = fallback;
    if (!g || (none_ok && is_none(g))) return true;
    return int_argument(g, out);
}

Val gc_collect_fn(Value, CallArgs args) {
    int generation;
    if (!generation_argument("collect", args, false, kGenerations - 1, &generation)) return nullptr;
    if (generation < 0 || generation >= kGenerations) return raise_value_error("invalid generation");
    return new_int(gc_collect(generation));
}

Val gc_enable(Value, CallArgs args) {
    if (!check_positional("gc.enable", args, 0, 0)) return nullptr;
    cx().gc.enabled = true;
    gc_update_trigger(cx());
    return new_none();
}

Val gc_disable(Value, CallArgs args) {
    if (!check_positional("gc.disable", args, 0, 0)) return nullptr;
    cx().gc.enabled = false;
    gc_update_trigger(cx());
    return new_none();
}

Val gc_isenabled(Value, CallArgs args) {
    if (!check_positional("gc.isenabled", args, 0, 0)) return nullptr;
    return new_bool(cx().gc.enabled);
}

Val gc_get_count(Value, CallArgs args) {
    if (!check_positional("gc.get_count", args, 0, 0)) return nullptr;
    const Context& c = cx();
    return new_tuple({new_int(c.heap.young_count), new_int(c.gc.count[1]), new_int(c.gc.count[2])}).into_val();
}

Val gc_get_threshold(Value, CallArgs args) {
    if (!check_positional("gc.get_threshold", args, 0, 0)) return nullptr;
    const GcState& g = cx().gc;
    return new_tuple({new_int(g.threshold[0]), new_int(g.threshold[1]), new_int(g.threshold[2])}).into_val();
}

Val gc_set_threshold(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("set_threshold() takes no keyword arguments");
    if (!check_count("set_threshold", args.count, 1, kGenerations)) return nullptr;
    int values[kGenerations];
    for (size_t i = 0; i < args.count; ++i)
        if (!int_argument(args[i], &values[i])) return nullptr;
    GcState& g = cx().gc;
    for (size_t i = 0; i < args.count; ++i) g.threshold[i] = values[i];
    gc_update_trigger(cx());
    return new_none();
}

Val gc_get_debug(Value, CallArgs args) {
    if (!check_positional("gc.get_debug", args, 0, 0)) return nullptr;
    return new_int(cx().gc.debug);
}

// Only DEBUG_SAVEALL changes what happens; the other flags make CPython print
// addresses and timings, which a reproducible run cannot show.
Val gc_set_debug(Value, CallArgs args) {
    if (!check_positional("gc.set_debug", args, 1, 1)) return nullptr;
    int flags;
    if (!int_argument(args[0], &flags)) return nullptr;
    cx().gc.debug = flags;
    return new_none();
}

// CPython untracks a dict that holds only atoms (strings, numbers ...) and
// tracks it again when a container goes in (MAINTAIN_TRACKING); it tracks
// every dict here, so gc.is_tracked answers with CPython's rule.
bool is_atom(Value v) { return !v.is_object() || !v.as_object()->is_tracked(); }

bool looks_tracked(Value v) {
    if (!v.is_object() || !v.as_object()->is_tracked()) return false;
    if (type_of(v) != types().dict) return true;
    for (const auto& e : as_dict(v)->entries())
        if (e.key && (!is_atom(e.key) || !is_atom(e.value))) return true;
    return false;
}

Val gc_is_tracked(Value, CallArgs args) {
    if (!check_positional("gc.is_tracked", args, 1, 1)) return nullptr;
    return new_bool(looks_tracked(args[0]));
}

Val gc_is_finalized(Value, CallArgs args) {
    if (!check_positional("gc.is_finalized", args, 1, 1)) return nullptr;
    // A generator keeps its own flag (generator.h).
    Value v = args[0];
    bool done = v.is_object() && (is_generator_object(v) ? as_generator(v)->finalized : v.as_object()->finalized);
    return new_bool(done);
}

// What CPython's tp_traverse of the built-in containers visits, in its
// order: items last to first, a dict's value before its key (no keys when
// all are str), a set's table order. Read from the items rather than from
// traverse(), since small ints are no objects here yet are items there.
void referents(Value v, std::vector<Val>* out) {
    TypeObject* t = type_of(v);
    const BuiltinTypes& b = types();
    if (t == b.list || t == b.tuple) {
        const auto& items = t == b.list ? as_list(v)->items : as_tuple(v)->items;
        for (size_t i = items.size(); i-- > 0;) out->push_back(items[i]);
        return;
    }
    if (t == b.dict) {
        bool str_keys = true;
        for (const auto& e : as_dict(v)->entries())
            if (e.key && type_of(e.key) != b.str) str_keys = false;
        for (const auto& e : as_dict(v)->entries()) {
            if (!e.key) continue;
            out->push_back(e.value);
            if (!str_keys) out->push_back(e.key);
        }
        return;
    }
    if (t == b.set || t == b.frozenset) {
        size_t pos = 0;
        const SetObject::Entry* e;
        while (as_set(v)->next(&pos, &e)) out->push_back(e->key);
        return;
    }
    std::vector<Object*> refs;
    gc_referents(v.as_object(), &refs);
    for (Object* r : refs) out->push_back(Val::borrow(r));
}

Val gc_get_referents(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("get_referents() takes no keyword arguments");
    std::vector<Val> out;
    for (size_t i = 0; i < args.count; ++i)
        if (args[i].get().is_object() && args[i].get().as_object()->is_tracked()) referents(args[i], &out);
    return new_list(std::move(out)).into_val();
}

Val gc_get_referrers(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("get_referrers() takes no keyword arguments");
    std::vector<Object*> all;
    gc_tracked_objects(-1, &all);
    // No Python code runs while these raw pointers are read.
    std::vector<Val> out;
    for (Object* o : all) {
        std::vector<Object*> refs;
        gc_referents(o, &refs);
        bool found = false;
        for (Object* r : refs)
            for (size_t i = 0; i < args.count && !found; ++i)
                found = args[i].get().is_object() && args[i].get().as_object() == r;
        if (found) out.push_back(Val::borrow(o));
    }
    return new_list(std::move(out)).into_val();
}

Val gc_get_objects(Value, CallArgs args) {
    int generation;
    if (!generation_argument("get_objects", args, true, -1, &generation)) return nullptr;
    if (generation >= kGenerations)
        return raise_value_error("generation parameter must be less than the number of available generations (" +
                                 std::to_string(kGenerations) + ")");
    if (generation < -1) return raise_value_error("generation parameter cannot be negative");
    std::vector<Object*> all;
    gc_tracked_objects(generation, &all);
    std::vector<Val> out;
    out.reserve(all.size());
    for (Object* o : all)
        if (looks_tracked(Value(o))) out.push_back(Val::borrow(o));
    return new_list(std::move(out)).into_val();
}

Val gc_get_stats(Value, CallArgs args) {
    if (!check_positional("gc.get_stats", args, 0, 0)) return nullptr;
    std::vector<Val> out;
    for (const auto& s : cx().gc.stats) {
        auto d = new_dict();
        d->set_str(intern("collections"), new_int(s.collections));
        d->set_str(intern("collected"), new_int(s.collected));
        d->set_str(intern("uncollectable"), new_int(s.uncollectable));
        out.push_back(d.into_val());
    }
    return new_list(std::move(out)).into_val();
}

Val gc_freeze_fn(Value, CallArgs args) {
    if (!check_positional("gc.freeze", args, 0, 0)) return nullptr;
    gc_freeze();
    return new_none();
}

Val gc_unfreeze_fn(Value, CallArgs args) {
    if (!check_positional("gc.unfreeze", args, 0, 0)) return nullptr;
    gc_unfreeze();
    return new_none();
}

Val gc_get_freeze_count(Value, CallArgs args) {
    if (!check_positional("gc.get_freeze_count", args, 0, 0)) return nullptr;
    return new_int(static_cast<int64_t>(gc_freeze_count()));
}

}  // namespace

Ref<ModuleObject> make_gc_module() {
    auto m = new_module("gc");
    add_function(m.get(), "collect", gc_collect_fn);
    add_function(m.get(), "enable", gc_enable);
    add_function(m.get(), "disable", gc_disable);
    add_function(m.get(), "isenabled", gc_isenabled);
    add_function(m.get(), "get_count", gc_get_count);
    add_function(m.get(), "get_threshold", gc_get_threshold);
    add_function(m.get(), "set_threshold", gc_set_threshold);
    add_function(m.get(), "get_debug", gc_get_debug);
    add_function(m.get(), "set_debug", gc_set_debug);
    add_function(m.get(), "is_tracked", gc_is_tracked);
    add_function(m.get(), "is_finalized", gc_is_finalized);
    add_function(m.get(), "get_referents", gc_get_referents);
    add_function(m.get(), "get_referrers", gc_get_referrers);
    add_function(m.get(), "get_objects", gc_get_objects);
    add_function(m.get(), "get_stats", gc_get_stats);
    add_function(m.get(), "freeze", gc_freeze_fn);
    add_function(m.get(), "unfreeze", gc_unfreeze_fn);
    add_function(m.get(), "get_freeze_count", gc_get_freeze_count);
    // The collector appends to these very lists (DEBUG_SAVEALL) and calls
    // what is in the second, so they are made once per session.
    GcState& g = cx().gc;
    if (!g.garbage) g.garbage = new_list({}).into_val();
    if (!g.callbacks) g.callbacks = new_list({}).into_val();
    DictObject* d = m->dict.get();
    d->set_str(intern("garbage"), g.garbage);
    d->set_str(intern("callbacks"), g.callbacks);
    const std::pair<const char*, int64_t> flags[] = {{"DEBUG_STATS", kDebugStats},
                                                     {"DEBUG_COLLECTABLE", kDebugCollectable},
                                                     {"DEBUG_UNCOLLECTABLE", kDebugUncollectable},
                                                     {"DEBUG_SAVEALL", kDebugSaveAll},
                                                     {"DEBUG_LEAK", kDebugCollectable | kDebugUncollectable |
                                                                        kDebugSaveAll}};
    for (auto [name, value] : flags) d->set_str(intern(name), new_int(value));
    return m;
}

}  // namespace ys::runtime
