// tuple and list objects (Objects/tupleobject.c, Objects/listobject.c): both
// hold their items in a vector of owning references.
#pragma once

#include <vector>

#include "objects/object.h"

namespace ys::objects {

class TupleObject : public Object {
public:
    TupleObject(TypeObject* t, std::vector<Val> v) : Object(t), items(std::move(v)) {}
    void traverse(Visitor& v) override;
    const std::vector<Val> items;
};

// How many item slots CPython 3.11 would have allocated for a list after the
// same operations (PyListObject.allocated, and whether ob_item is NULL),
// following Objects/listobject.c's list_resize, list_preallocate_exact and
// _list_clear. Only __sizeof__ reads it: the vector's own capacity is
// unrelated. Operations the model is not told about are caught up with as one
// list_resize to the current length (sync).
struct ListAllocation {
    int64_t allocated = 0;
    int64_t size = 0;         // the length the model last saw
    bool has_buffer = false;  // ob_item != NULL: list_extend preallocates only without one

    // PyList_New(n) / list_new_prealloc(n): exactly n slots.
    void exact(int64_t n) { allocated = size = n; has_buffer = n > 0; }
    // list_resize(newsize): over-allocates by about an eighth on growth,
    // shrinks when less than half would be used.
    void resize(int64_t newsize);
    // _PyList_AppendTakeRef: a free slot or a resize by one.
    void append() {
        if (allocated > size) ++size;
        else resize(size + 1);
    }
    // list_preallocate_exact(n), which rounds up to an even count.
    void preallocate_exact(int64_t n) { allocated = (n + 1) & ~int64_t(1); has_buffer = true; }
    // _list_clear: ob_item freed.
    void clear() { allocated = size = 0; has_buffer = false; }
    // list_extend(list or tuple of n items).
    void extend_exact(int64_t n);
    // list_extend(any other iterable): `hint` is its PyObject_LengthHint (or
    // the default 8), then `n` items were appended one by one.
    void extend_iterable(int64_t hint, int64_t n);
    // list_ass_slice that leaves `newsize` items: cleared when empty.
    void assign_slice(int64_t newsize) {
        if (newsize == 0) clear();
        else if (newsize != size) resize(newsize);
    }
    void sync(int64_t actual) {
        if (actual != size) resize(actual);
    }
};

class ListObject : public Object {
public:
    ListObject(TypeObject* t, std::vector<Val> v) : Object(t), items(std::move(v)) {
        alloc.exact(static_cast<int64_t>(items.size()));
    }
    ~ListObject() override;
    void traverse(Visitor& v) override;
    void clear_refs() override;
    std::vector<Val> items;
    ListAllocation alloc;
    // Brings the model up to date with the current length; returns it.
    ListAllocation& allocation() {
        alloc.sync(static_cast<int64_t>(items.size()));
        return alloc;
    }
};

Ref<TupleObject> new_tuple(std::vector<Val> items);
Ref<ListObject> new_list(std::vector<Val> items);
Ref<TupleObject> empty_tuple();

bool is_tuple(Value v);
bool is_list(Value v);
inline TupleObject* as_tuple(Value v) { return static_cast<TupleObject*>(v.as_object()); }
inline ListObject* as_list(Value v) { return static_cast<ListObject*>(v.as_object()); }

// Collects every item of any iterable (CPython's PySequence_List).
[[nodiscard]] bool collect_items(Value iterable, std::vector<Val>* out);

// PyObject_LengthHint(o, 8) for sizing a list: the length of a built-in
// sized object, the __length_hint__ of a built-in iterator, else 8. Never
// runs Python code.
int64_t list_length_hint(Value iterable, bool* known = nullptr);
// list_extend(list, iterable) when `added` items came from `iterable`: the
// allocation model's part (the caller appends the items). `hint` must be
// list_length_hint(iterable) taken before the iterable was consumed.
void note_list_extend(ListObject* list, Value iterable, int64_t hint, int64_t added);
// A list as list(iterable) / PySequence_List(iterable) would build it:
// preallocated from the iterable's length or hint, then extended.
Ref<ListObject> new_list_from(std::vector<Val> items, Value iterable, int64_t hint);
// A list CPython builds by appending to an empty one (a comprehension,
// str.splitlines): sized by list_resize's growth.
Ref<ListObject> new_appended_list(std::vector<Val> items);
// The same into an empty list without a buffer (list.__init__ after clearing).
void fill_list_from(ListObject* list, std::vector<Val> items, Value iterable, int64_t hint);

// list.sort with CPython's timsort (list_sort.cpp); keyfunc may be null. False
// with the exception pending if a key call or a comparison raised.
[[nodiscard]] bool sort_list(ListObject* list, Value keyfunc, bool reverse);

}  // namespace ys::objects
