// set and frozenset objects (Objects/setobject.c). The table is CPython's own:
// open addressing with 9 linear probes then perturbation, dummy entries on
// delete, and the same resize rules, so iterating a set of ints, floats or
// tuples gives exactly CPython's order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

class SetObject : public Object {
public:
    // An unused slot has a null key and hash 0; a dummy (deleted) slot has a
    // null key and hash -1, as CPython's `dummy` entries have.
    struct Entry {
        Val key;
        int64_t hash = 0;
        bool is_active() const { return !key.is_null(); }
        bool is_dummy() const { return key.is_null() && hash == -1; }
    };

    explicit SetObject(TypeObject* t);
    ~SetObject() override;
    void traverse(Visitor& v) override;
    void clear_refs() override;

    size_t size() const { return used_; }
    size_t mask() const { return table_.size() - 1; }
    const std::vector<Entry>& table() const { return table_; }

    // set_add_entry / set_contains_entry / set_discard_entry with a known
    // hash: false or -1 with an exception pending when a comparison raised.
    [[nodiscard]] bool add_entry(Value key, int64_t hash);
    [[nodiscard]] int contains_entry(Value key, int64_t hash);
    [[nodiscard]] int discard_entry(Value key, int64_t hash);  // 1 found, 0 not, -1 error

    // The same, hashing the key first ("unhashable type: 'list'").
    [[nodiscard]] bool add_key(Value key);
    [[nodiscard]] int contains_key(Value key);
    [[nodiscard]] int discard_key(Value key);

    // set_update_internal: another set (merged table to table), a dict (its
    // keys, after one resize) or any iterable.
    [[nodiscard]] bool update(Value iterable);
    // set_pop: the first active entry from the search finger on (used > 0).
    Val pop();
    void clear();
    // Resizes away dummies when more than a quarter of the table holds them
    // (the tail of set_difference_update_internal).
    void purge_dummies_if_needed();
    // The layout CPython 3.11 gives a display of more than two constants,
    // which it builds by merging a constant frozenset into an empty set: this
    // set, filled by adding the items in order, becomes that constant.
    void relayout_as_merged();
    // The layout of that frozenset constant itself (what a for loop over a
    // set display of constants iterates).
    void relayout_as_constant();
    // set_swap_bodies: exchanges the tables (used by intersection_update).
    void swap_bodies(SetObject* other);

    // set_next: the next active entry at or after *pos; false when done.
    bool next(size_t* pos, const Entry** out) const;

    // The frozenset hash, cached once computed (-1: not yet).
    int64_t cached_hash = -1;

private:
    int64_t lookkey(Value key, int64_t hash);  // slot index, or -1 on error
    void resize(size_t minused);
    // Whether resize(minused) fits in the memory cap (MemoryError if not).
    [[nodiscard]] bool room_to_resize(size_t minused) const;

    std::vector<Entry> table_;
    size_t fill_ = 0;    // active + dummy slots
    size_t used_ = 0;    // active slots
    size_t finger_ = 0;  // where pop() starts searching
};

Ref<SetObject> new_set();
Ref<SetObject> new_frozenset();
// set(iterable) / frozenset(iterable) with CPython's make_new_set; null on error.
[[nodiscard]] Ref<SetObject> new_set_from(Value iterable, bool frozen);
// Adds one element (what BUILD_SET and SET_ADD do).
[[nodiscard]] bool set_add(SetObject* s, Value key);

bool is_anyset(Value v);    // set or frozenset
bool is_set(Value v);       // set only
bool is_frozenset(Value v);
inline SetObject* as_set(Value v) { return static_cast<SetObject*>(v.as_object()); }

// The set algebra of Objects/setobject.c, shared by the methods, the
// operators and dict views. Each returns null with an exception on error.
[[nodiscard]] Val set_union_with(SetObject* so, Value other);        // copy, then update
[[nodiscard]] Val set_intersection_with(SetObject* so, Value other);
[[nodiscard]] Val set_difference_with(SetObject* so, Value other);
[[nodiscard]] bool set_difference_update_with(SetObject* so, Value other);
[[nodiscard]] bool set_symmetric_difference_update_with(SetObject* so, Value other);
[[nodiscard]] Val set_copy_of(SetObject* so);

}  // namespace ys::objects
