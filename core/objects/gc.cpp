// The cycle collector (see gc.h), after CPython 3.11's gc_collect_main:
// subtract the references tracked objects hold to each other from their
// counts; what keeps a positive count is referenced from outside (a frame,
// the VM, C++ code) and everything reachable from it survives; the rest is
// garbage. Objects live in intrusive lists (Object::gc_prev_/gc_next_), so an
// object freed in the middle of a collection leaves whichever list holds it.
#include "objects/gc.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "util/assert.h"

namespace ys::objects {

namespace {

// A list head: never visited, never counted, linked to itself when empty.
class Sentinel final : public Object {
public:
    Sentinel() : Object(ListHead{}) { gc_prev_ = gc_next_ = this; }
    ~Sentinel() override { gc_prev_ = gc_next_ = nullptr; }
};

Object* new_sentinel() { return new Sentinel(); }

// ---------------------------------------------------------------- lists

bool list_empty(const Object* head) { return head->gc_next_ == head; }

void list_unlink(Object* o) {
    o->gc_prev_->gc_next_ = o->gc_next_;
    o->gc_next_->gc_prev_ = o->gc_prev_;
}

void list_append(Object* o, Object* head) {
    o->gc_prev_ = head->gc_prev_;
    o->gc_next_ = head;
    head->gc_prev_->gc_next_ = o;
    head->gc_prev_ = o;
}

void list_move(Object* o, Object* head) {
    list_unlink(o);
    list_append(o, head);
}

// Appends every object of `from` to `to`, in order; `from` ends empty.
void list_merge(Object* from, Object* to) {
    if (list_empty(from)) return;
    Object* first = from->gc_next_;
    Object* last = from->gc_prev_;
    first->gc_prev_ = to->gc_prev_;
    to->gc_prev_->gc_next_ = first;
    last->gc_next_ = to;
    to->gc_prev_ = last;
    from->gc_prev_ = from->gc_next_ = from;
}

size_t list_size(const Object* head) {
    size_t n = 0;
    for (const Object* o = head->gc_next_; o != head; o = o->gc_next_) ++n;
    return n;
}

// ---------------------------------------------------------------- reachability

// While reachability is worked out the link words carry flags, as CPython's
// PyGC_Head does (objects are at least 4-byte aligned, so a real link has
// its low bits clear):
//  - gc_prev_ bit 0, "collecting": the object belongs to the examined list.
//    Until move_unreachable() reaches it, the rest of the word is its count
//    of references from outside the list (shifted left by one); afterwards
//    it is a link again, with the bit kept only in the unreachable list.
//  - gc_next_ bit 0, "unreachable": the object is in the unreachable list.
// Nothing is freed while the flags are set, and they are all gone when
// deduce_unreachable() returns.
constexpr uintptr_t kCollecting = 1;
constexpr uintptr_t kUnreachable = 1;
static_assert(alignof(Object) >= 2, "the collector keeps flags in the low bit of object links");

uintptr_t prev_word(const Object* o) { return reinterpret_cast<uintptr_t>(o->gc_prev_); }
uintptr_t next_word(const Object* o) { return reinterpret_cast<uintptr_t>(o->gc_next_); }
void set_prev_word(Object* o, uintptr_t w) { o->gc_prev_ = reinterpret_cast<Object*>(w); }
void set_next_word(Object* o, uintptr_t w) { o->gc_next_ = reinterpret_cast<Object*>(w); }
uintptr_t bits(const Object* o) { return reinterpret_cast<uintptr_t>(o); }
Object* untagged(uintptr_t w) { return reinterpret_cast<Object*>(w & ~uintptr_t(1)); }
bool collecting(const Object* o) { return prev_word(o) & kCollecting; }
intptr_t refs_of(const Object* o) { return static_cast<intptr_t>(prev_word(o)) >> 1; }
void set_refs(Object* o, intptr_t n) { set_prev_word(o, (static_cast<uintptr_t>(n) << 1) | kCollecting); }

// Counts past 2**29 cannot come from references inside the list anyway, and
// keep the shifted count positive on 32-bit targets.
constexpr uint32_t kCountCap = 1u << 29;

// Each reference from inside the list is one fewer from outside. Visitor::visit
// does it (inline): for an object in the list, set_refs(r, refs_of(r) - 1).
class SubtractInternal final : public Visitor {
public:
    SubtractInternal() : Visitor(Mode::SubtractInternal) {}

private:
    void on_visit(Object*) override {}
};

// CPython's visit_reachable: what a reachable object refers to is reachable.
// Visitor::visit does the common cases (inline): nothing for an object not in
// the list or already passed by move_unreachable as reachable; a count of 0
// (not reached yet by move_unreachable) becomes 1, to tell it.
class VisitReachable final : public Visitor {
public:
    explicit VisitReachable(Object* young) : Visitor(Mode::VisitReachable), young_(young) {}

private:
    void on_visit(Object* r) override {
        // Taken for unreachable earlier: back to the end of the young list,
        // where move_unreachable will come to it again.
        Object* p = untagged(prev_word(r));
        Object* n = untagged(next_word(r));
        set_next_word(p, next_word(r));
        set_prev_word(n, bits(p) | (prev_word(n) & kCollecting));
        list_append(r, young_);
        set_refs(r, 1);
    }

    Object* young_;
};

class CollectReferents final : public Visitor {
public:
    explicit CollectReferents(std::vector<Object*>* out) : out_(out) {}

private:
    void on_visit(Object* r) override { out_->push_back(r); }

    std::vector<Object*>* out_;
};

// A running frame (and the generator it belongs to) is live whatever the
// counts say: the loop, and C++ code that called into Python, use it.
void mark_running_frames() {
    for (FrameObject* f = cx().hooks().current_frame(); f; f = f->back)
        for (Object* o : {static_cast<Object*>(f), f->owner})
            if (o && collecting(o) && refs_of(o) == 0) set_refs(o, 1);
}

// Walks `young` in order: an object with outside references is reachable
// and so is what it refers to; one without is moved to `unreachable` until
// something reachable turns out to refer to it (CPython's move_unreachable,
// which also fixes the order of the lists). Returns how many stayed.
size_t move_unreachable(Object* young, Object* unreachable) {
    size_t kept = 0;
    VisitReachable visit(young);
    Object* prev = young;
    Object* o = young->gc_next_;
    while (o != young) {
        intptr_t refs = refs_of(o);
        if (refs != 0) {
            // Below zero: some traverse() reported a reference it does not own.
            YS_ASSERT(refs > 0);
            o->traverse(visit);
            o->gc_prev_ = prev;  // a link again: no longer collecting
            prev = o;
            ++kept;
        } else {
            prev->gc_next_ = o->gc_next_;
            Object* last = untagged(prev_word(unreachable));
            set_next_word(last, bits(o) | kUnreachable);
            set_prev_word(o, bits(last) | kCollecting);
            set_next_word(o, bits(unreachable) | kUnreachable);
            unreachable->gc_prev_ = o;
        }
        o = prev->gc_next_;
    }
    young->gc_prev_ = prev;
    // The unreachable list becomes a plain list again.
    set_next_word(unreachable, next_word(unreachable) & ~kUnreachable);
    for (Object* u = unreachable->gc_next_; u != unreachable; u = u->gc_next_) {
        set_prev_word(u, prev_word(u) & ~kCollecting);
        set_next_word(u, next_word(u) & ~kUnreachable);
    }
    return kept;
}

// Moves the objects of `young` that nothing outside it keeps alive to the
// end of `unreachable` (CPython's deduce_unreachable); returns how many
// objects stayed in `young`.
size_t deduce_unreachable(Object* young, Object* unreachable) {
    for (Object* o = young->gc_next_; o != young; o = o->gc_next_)
        set_refs(o, static_cast<intptr_t>(std::min(o->refcount(), kCountCap)));
    SubtractInternal subtract;
    for (Object* o = young->gc_next_; o != young; o = o->gc_next_) o->traverse(subtract);
    mark_running_frames();
    return move_unreachable(young, unreachable);
}

// ---------------------------------------------------------------- the phases

// Weak references to garbage go dead before any finalizer runs; the
// callbacks of those that are not garbage themselves run then (a garbage
// reference's callback never runs: it could see cleared objects). Returns
// how many of those references were freed after their callback
// (CPython's handle_weakrefs).
int64_t handle_weakrefs(Object* unreachable) {
    bool any = false;
    for (Object* o = unreachable->gc_next_; o != unreachable && !any; o = o->gc_next_)
        any = o->has_weakrefs || is_weakref(o);
    if (!any) return 0;
    std::unordered_set<const Object*> garbage;
    for (Object* o = unreachable->gc_next_; o != unreachable; o = o->gc_next_) garbage.insert(o);
    std::vector<Val> callbacks;
    for (Object* o = unreachable->gc_next_; o != unreachable; o = o->gc_next_) {
        if (is_weakref(o)) weakref_kill(o);
        if (!o->has_weakrefs) continue;
        std::vector<Val> refs;
        weakref_detach_all(o, &refs);
        for (Val& r : refs)
            if (!garbage.count(r.get().as_object())) callbacks.push_back(std::move(r));
    }
    int64_t freed = 0;
    for (Val& r : callbacks) {
        weakref_run_callback(r);
        if (r.get().as_object()->refcount() == 1) ++freed;
        r.reset();
    }
    return freed;
}

// Runs the finalizers of the garbage, each at most once (PEP 442). An object
// a finalizer frees leaves the list on its way out (CPython's finalize_garbage).
void finalize_garbage(Object* unreachable) {
    Sentinel seen;
    while (!list_empty(unreachable)) {
        Object* o = unreachable->gc_next_;
        list_move(o, &seen);
        if (!has_pending_finalizer(o)) continue;
        o->incref();
        run_finalizers(o);
        if (o->decref_is_last()) deallocate(o);
    }
    list_merge(&seen, unreachable);
}

// Breaks the cycles: each object drops its references; what reference
// counting does not free then survives into `old` (CPython's delete_garbage).
// With DEBUG_SAVEALL the garbage goes to gc.garbage instead.
void delete_garbage(Context& c, Object* collectable, Object* old) {
    GcState& g = c.gc;
    while (!list_empty(collectable)) {
        Object* o = collectable->gc_next_;
        if ((g.debug & kDebugSaveAll) && g.garbage) {
            as_list(g.garbage)->items.push_back(Val::borrow(o));
        } else {
            o->incref();
            o->clear_refs();
            if (c.has_error()) write_unraisable(Value(o->type()), "<object>");
            if (o->decref_is_last()) deallocate(o);
        }
        if (collectable->gc_next_ == o) list_move(o, old);
    }
}

// gc.callbacks: each is called with the phase and an info dict.
void invoke_callbacks(Context& c, const char* phase, int generation, int64_t collected) {
    if (!c.gc.callbacks || as_list(c.gc.callbacks)->items.empty()) return;
    auto info = new_dict();
    info->set_str(intern("generation"), new_int(generation));
    info->set_str(intern("collected"), new_int(collected));
    info->set_str(intern("uncollectable"), new_int(0));
    Val phase_str = new_str_val(phase);
    Val callbacks = c.gc.callbacks;
    // Indexes, not iterators: a callback may change the list.
    for (size_t i = 0; i < as_list(callbacks)->items.size(); ++i) {
        Val cb = as_list(callbacks)->items[i];
        Val args[2] = {phase_str, info.val()};
        if (!call(cb, CallArgs{args, 2})) write_unraisable(cb, "<object>");
    }
}

// One collection of `generation` and the younger ones (gc_collect_main).
int64_t collect_main(Context& c, int generation) {
    GcState& g = c.gc;
    Heap& h = c.heap;
    if (generation + 1 < kGenerations) g.count[generation + 1] += 1;
    for (int i = 0; i <= generation; ++i) g.count[i] = 0;
    h.young_count = 0;

    // The younger generations join this one, keeping allocation order.
    Object* young = g.generations[generation];
    for (int i = generation - 1; i >= 0; --i) list_merge(g.generations[i], young);
    Object* old = generation + 1 < kGenerations ? g.generations[generation + 1] : young;

    Sentinel unreachable;
    size_t survivors = deduce_unreachable(young, &unreachable);
    // The survivors move on to the next generation.
    if (young != old) {
        if (generation == kGenerations - 2) g.long_lived_pending += survivors;
        list_merge(young, old);
    } else {
        g.long_lived_pending = 0;
        g.long_lived_total = survivors;
    }

    int64_t collected = handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    // A finalizer may have stored an object somewhere: only what is still
    // garbage is cleared; the resurrected go on in the old generation.
    Sentinel still;
    deduce_unreachable(&unreachable, &still);
    list_merge(&unreachable, old);
    // CPython 3.11 keeps an instance's attributes and a generator's frame
    // inside the object; here they are objects of their own, untracked (and
    // so not counted) until Python code took them, as CPython then makes a
    // dict or a frame object of its own too.
    collected += static_cast<int64_t>(list_size(&still));
    delete_garbage(c, &still, old);

    g.stats[generation].collections += 1;
    g.stats[generation].collected += collected;
    return collected;
}

int64_t collect_with_callbacks(Context& c, int generation) {
    GcState& g = c.gc;
    g.collecting = true;
    Val pending = c.take_error();
    invoke_callbacks(c, "start", generation, 0);
    int64_t collected = collect_main(c, generation);
    invoke_callbacks(c, "stop", generation, collected);
    if (c.has_error()) c.take_error();
    if (pending) c.set_error(std::move(pending));
    g.collecting = false;
    return collected;
}

}  // namespace

void gc_update_trigger(Context& c) {
    const GcState& g = c.gc;
    // A threshold of 0 turns automatic collection off; a negative one
    // collects at every chance, as in CPython.
    int32_t t = g.threshold[0];
    c.heap.young_trigger = !g.enabled || t == 0 ? UINT32_MAX : t < 0 ? 0 : static_cast<uint32_t>(t);
    c.heap.collect_pending = g.stress || (c.heap.young_count > c.heap.young_trigger);
}

void gc_init(Context* c) {
    GcState& g = c->gc;
    for (auto& head : g.generations) head = new_sentinel();
    g.permanent = new_sentinel();
    c->heap.young = g.generations[0];
    c->heap.uncounted_type = types().frame;
    if (const char* stress = std::getenv("YS_GC_STRESS"); stress && *stress && std::strcmp(stress, "0") != 0) {
        g.stress = true;
        long every = std::strtol(stress, nullptr, 10);
        g.stress_full_every = every > 0 ? static_cast<uint32_t>(every) : 1;
    }
    gc_update_trigger(*c);
}

void gc_release_all(Context* c) {
    GcState& g = c->gc;
    if (!g.generations[0]) return;
    // gc.garbage and gc.callbacks go while the lists still hold their items.
    g.garbage.reset();
    g.callbacks.reset();
    Object* heads[] = {g.generations[0], g.generations[1], g.generations[2], g.permanent};
    for (Object* head : heads) {
        for (Object* o = head->gc_next_; o != head;) {
            Object* next = o->gc_next_;
            o->gc_prev_ = o->gc_next_ = nullptr;
            o = next;
        }
        head->gc_prev_ = head->gc_next_ = head;
        delete head;
    }
    for (auto& head : g.generations) head = nullptr;
    g.permanent = nullptr;
    c->heap.young = nullptr;
    c->heap.young_trigger = UINT32_MAX;
    // Objects made or freed from here on are not tracked.
    if (current_heap == &c->heap) current_heap = nullptr;
}

int64_t gc_collect(int generation) {
    Context& c = cx();
    if (c.gc.collecting || !c.gc.generations[0]) return 0;
    return collect_with_callbacks(c, generation);
}

void gc_collect_if_pending() {
    Context& c = cx();
    GcState& g = c.gc;
    c.heap.collect_pending = g.stress;
    if (g.collecting || !g.generations[0] || !g.enabled || g.threshold[0] == 0) return;
    if (g.stress) {
        collect_with_callbacks(c, ++g.stress_counter % g.stress_full_every == 0 ? kGenerations - 1 : 0);
        return;
    }
    // The oldest generation whose count passed its threshold (gc_collect_generations).
    for (int i = kGenerations - 1; i >= 0; --i) {
        int64_t count = i == 0 ? c.heap.young_count : g.count[i];
        if (count <= g.threshold[i] || g.threshold[0] == 0) continue;
        // A full collection waits until a quarter of the long-lived objects are new.
        if (i == kGenerations - 1 && g.long_lived_pending < g.long_lived_total / 4) continue;
        collect_with_callbacks(c, i);
        break;
    }
}

void gc_collect_final() {
    Context& c = cx();
    if (c.gc.enabled) gc_collect();
}

void gc_referents(Object* o, std::vector<Object*>* out) {
    CollectReferents collect(out);
    o->traverse(collect);
}

void gc_tracked_objects(int generation, std::vector<Object*>* out) {
    const GcState& g = cx().gc;
    for (int i = 0; i < kGenerations; ++i) {
        if (generation >= 0 && i != generation) continue;
        const Object* head = g.generations[i];
        if (!head) continue;
        for (Object* o = head->gc_next_; o != head; o = o->gc_next_) out->push_back(o);
    }
}

void gc_freeze() {
    GcState& g = cx().gc;
    for (int i = 0; i < kGenerations; ++i) {
        list_merge(g.generations[i], g.permanent);
        g.count[i] = 0;
    }
    cx().heap.young_count = 0;
}

void gc_unfreeze() {
    GcState& g = cx().gc;
    list_merge(g.permanent, g.generations[kGenerations - 1]);
}

size_t gc_freeze_count() { return list_size(cx().gc.permanent); }

}  // namespace ys::objects
