// The cycle collector (Modules/gcmodule.c's gc_collect_main): finds objects
// that only reference each other, clears the weak references to them, runs
// their finalizers (__del__, closing suspended generators; PEP 442), then
// breaks the cycles with clear_refs() so that reference counting frees them.
// It runs at deterministic points only: when gc.collect() asks, and at the
// VM's safe points (loop back edges, calls) once enough objects were made, so
// every run of a program collects at the same moments.
//
// What the collector may rely on, and what each type must keep true:
//  - traverse() reports only references the object counts (a Ref or Val it
//    owns). Reporting one it does not count would make a live object look
//    garbage; leaving one out only makes its referent look referenced from
//    outside, which is safe.
//  - clear_refs() drops the object's own references and mutates nothing else,
//    and leaves the object usable (no nulls where code expects a value): a
//    cleared object may live on if its cycle could not be broken. Only types
//    whose references can change after creation need it (list, dict, set,
//    cells, instances' __dict__ ...): every cycle passes through one of those,
//    so immutable objects (tuples, bound methods, iterators over a fixed
//    source) are freed once their cycle's mutable members are cleared, as
//    CPython leaves tuples without tp_clear.
//  - Frames on the VM's chain (and the generators running them) are roots
//    whatever their counts say: C++ code holds them while they run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

class Context;

inline constexpr int kGenerations = 3;

// gc.set_debug() flags (only DEBUG_SAVEALL changes what the collector does).
inline constexpr int kDebugStats = 1;
inline constexpr int kDebugCollectable = 2;
inline constexpr int kDebugUncollectable = 4;
inline constexpr int kDebugSaveAll = 32;

// The collector's state in a session's Context (CPython's GCState).
struct GcState {
    // The list heads of the generations (0 is the youngest, where new objects
    // go; see Heap::young) and of the permanent generation of gc.freeze().
    Object* generations[kGenerations] = {};
    Object* permanent = nullptr;
    // gc.get_threshold(); the first is mirrored in Heap::young_trigger.
    int32_t threshold[kGenerations] = {700, 10, 10};
    // Collections of the next younger generation since this one's last
    // (gc.get_count()[1] and [2]; [0] lives in Heap::young_count).
    uint32_t count[kGenerations] = {};
    // Objects that survived collections of generation 1 since the last full
    // collection, and how many the last full one kept: a full collection waits
    // until the first is a quarter of the second (CPython's long_lived_*).
    size_t long_lived_pending = 0;
    size_t long_lived_total = 0;
    bool enabled = true;     // gc.enable() / gc.disable()
    bool collecting = false;
    int debug = 0;           // gc.set_debug()
    // A debug switch (YS_GC_STRESS=N in the environment): collect at every
    // safe point, the whole heap every N-th time, unless the program turned
    // automatic collection off (gc.disable(), a threshold of 0).
    bool stress = false;
    uint32_t stress_full_every = 1;
    uint32_t stress_counter = 0;
    // gc.garbage and gc.callbacks, made with the module (null before).
    Val garbage;
    Val callbacks;
    // gc.get_stats(), per generation.
    struct Stats {
        int64_t collections = 0;
        int64_t collected = 0;
        int64_t uncollectable = 0;
    } stats[kGenerations];
};

// A new session's lists (and the stress switch from the environment), and
// their teardown: objects still alive when the session ends leave them.
void gc_init(Context* c);
void gc_release_all(Context* c);

// Collects `generation` and the younger ones (gc.collect(generation));
// returns how many objects were found unreachable, in CPython's terms. 0
// when a collection is already running.
int64_t gc_collect(int generation = kGenerations - 1);

// Called by the VM at a safe point when Heap::collect_pending is set: runs
// the automatic collection that is due, if any.
void gc_collect_if_pending();

// Interpreter shutdown (CPython's _PyGC_CollectIfEnabled): a full collection
// unless automatic collection is off.
void gc_collect_final();

// Re-derives Heap::young_trigger after a change to the switches.
void gc_update_trigger(Context& c);

// The objects `o` reports to the collector (gc.get_referents).
void gc_referents(Object* o, std::vector<Object*>* out);

// Every tracked object of generation `generation` (-1: all, youngest first).
void gc_tracked_objects(int generation, std::vector<Object*>* out);

// gc.freeze(): every tracked object moves to the permanent generation, which
// collections ignore; gc.unfreeze() puts them back in the oldest generation.
void gc_freeze();
void gc_unfreeze();
size_t gc_freeze_count();

// Runs what freeing `o` would run first (deallocate.cpp): __del__ once, and
// the finalisation of a suspended or never-awaited generator. The caller
// holds a reference; `o` may be freed when it drops it.
void run_finalizers(Object* o);
// Whether run_finalizers(o) would do anything.
bool has_pending_finalizer(Object* o);

}  // namespace ys::objects
