// dict objects (Objects/dictobject.c): insertion-ordered, as CPython's compact
// dict: an entries array in insertion order plus an open-addressed index table
// probed with CPython's perturbation scheme. Deleted keys leave a hole in the
// entries and a dummy in the index until the next resize.
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
    // Removes `key` and hands its value over: 1 found, 0 absent, -1 error.
    [[nodiscard]] int pop(Value key, Val* value);
    // _PyDict_Contains_KnownHash: 1, 0 or -1.
    [[nodiscard]] int contains_known_hash(Value key, int64_t hash);
    // Removes the last entry (dict.popitem); the dict must not be empty.
    void pop_last(Val* key, Val* value);

    // Fast paths for str keys (names in globals and class dicts); never raise.
    Value get_str(StrObject* key) const;
    void set_str(StrObject* key, Value value);

    size_t size() const { return used_; }

    // Changes whenever the dict does, and no two dicts ever share a value
    // (PEP 509's ma_version_tag): the VM's global-name cache compares it.
    uint64_t version() const { return version_; }

    // The class whose __dict__ this is, or null: every change to it is reported
    // to that class (TypeObject::attributes_changed), which keeps the
    // attribute cache right. Set when the class's attributes are first cached.
    TypeObject* owner_type = nullptr;
    const std::vector<Entry>& entries() const { return entries_; }  // holes have a null key
    void clear();

private:
    // Position of `key` in entries_ (or -1); *slot receives its index_ position.
    int64_t find(Value key, int64_t hash, size_t* slot, bool* error);
    // set(), with or without the memory cap's check before a new key.
    [[nodiscard]] bool store(Value key, Value value, bool check_memory);
    // Whether inserting one more key fits in the memory cap (MemoryError if not).
    [[nodiscard]] bool room_for_insert() const;
    void insert_new(Val key, int64_t hash, Val value);
    void rebuild(size_t min_capacity);

    static constexpr int32_t kEmpty = -1;
    static constexpr int32_t kDummy = -2;
    std::vector<Entry> entries_;
    std::vector<int32_t> index_;  // kEmpty, kDummy, or a position in entries_
    size_t used_ = 0;
    size_t consumed_ = 0;  // entries appended since the last rebuild (CPython's dk_usable)
    uint64_t version_;
    static uint64_t next_version_;
    void changed() { version_ = ++next_version_; }
};

Ref<DictObject> new_dict();
bool is_dict(Value v);
inline DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.as_object()); }

// dict_update_arg: merges a dict, a mapping with keys(), or an iterable of
// key/value pairs into `d` (what dict(x), d.update(x) and d |= x do).
[[nodiscard]] bool dict_update_from(DictObject* d, Value arg);
// KeyError(key), with the key itself as the exception's argument.
Val raise_key_error(Value key);

}  // namespace ys::objects
