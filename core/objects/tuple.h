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

class ListObject : public Object {
public:
    ListObject(TypeObject* t, std::vector<Val> v) : Object(t), items(std::move(v)) {}
    ~ListObject() override;
    void traverse(Visitor& v) override;
    void clear_refs() override;
    std::vector<Val> items;
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

// list.sort with CPython's timsort (list_sort.cpp); keyfunc may be null. False
// with the exception pending if a key call or a comparison raised.
[[nodiscard]] bool sort_list(ListObject* list, Value keyfunc, bool reverse);

}  // namespace ys::objects
