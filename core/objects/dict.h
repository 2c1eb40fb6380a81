// dict objects (Objects/dictobject.c): insertion-ordered, as CPython's compact
// dict: an entries array in insertion order plus an open-addressed index table
// probed with CPython's perturbation scheme.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

class StrObject;

class DictObject : public Object {
public:
    struct Entry {
        int64_t hash;
        Val key;  // null for a deleted entry
        Val value;
    };

    explicit DictObject(TypeObject* t);
    void traverse(Visitor& v) override;

    // Each returns false (or null) with an exception pending when hashing or
    // comparing a key raised.
    [[nodiscard]] Val get(Value key, bool* error);
    [[nodiscard]] bool set(Value key, Value value);
    // 1 removed, 0 absent, -1 error.
    [[nodiscard]] int remove(Value key);

    // Fast paths for str keys (names in globals and class dicts); never raise.
    Value get_str(StrObject* key) const;
    void set_str(StrObject* key, Value value);

    size_t size() const { return used_; }
    const std::vector<Entry>& entries() const { return entries_; }  // holes have a null key
    void clear();

private:
    int64_t find_slot(Value key, int64_t hash, bool* error);  // index into entries_, or -1
    void insert_new(Val key, int64_t hash, Val value);
    void rebuild(size_t capacity);

    std::vector<Entry> entries_;
    std::vector<int32_t> index_;  // -1 empty; else position in entries_
    size_t used_ = 0;
};

Ref<DictObject> new_dict();
bool is_dict(Value v);
inline DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.as_object()); }

}  // namespace ys::objects
