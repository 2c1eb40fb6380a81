// dict objects (Objects/dictobject.c): insertion-ordered, as CPython's compact
// dict: an entries array in insertion order plus an open-addressed index table
// probed with CPython's perturbation scheme. Deleted keys leave a hole in the
// entries and a dummy in the index until the next resize.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

class StrObject;

// The keys table a class's instances share in CPython 3.11 (a split table,
// ht_cached_keys): at most 30 str keys, added in the order instances first
// set them. Each instance made by object.__new__ takes one usable slot away
// while more than one is left, so the sizes depend on how many exist.
struct SharedKeys {
    std::unordered_set<std::string> names;
    int64_t usable = 30;  // SHARED_KEYS_MAX_SIZE
    int64_t nentries = 0;
    void instance_created() {
        if (usable > 1) --usable;
    }
};

class DictObject : public Object {
public:
    struct Entry {
        int64_t hash;
        Val key;  // null for a deleted entry
        Val value;
    };

    explicit DictObject(TypeObject* t);
    void traverse(Visitor& v) override;
    void clear_refs() override;
    // An instance's __dict__ stays off the collector's lists while only the
    // instance holds it (instance_dict()); handing it out tracks it.
    using Object::track;

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
    // Where `key` sits in the entries, for the VM's attribute cache to come
    // back to (-1 when absent); entry_value/replace_entry answer only while
    // that entry still holds that very key object.
    int64_t entry_of_str(StrObject* key) const;
    Value entry_value(size_t entry, StrObject* key) const;
    bool replace_entry(size_t entry, StrObject* key, Value value);

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

    // The keys table CPython 3.11 would have after the same operations
    // (Objects/dictobject.c: dk_log2_size, the table's kind, dk_usable,
    // dk_nentries), which dict.__sizeof__ reports. The real table above keeps
    // its own sizes.
    struct KeysShape {
        uint8_t log2_size = 0;  // 0: the shared empty table (Py_EMPTY_KEYS)
        bool general = false;   // DICT_KEYS_GENERAL: some key was not an exact str
        int64_t usable = 0;
        int64_t nentries = 0;
        // _PyDict_KeysSize: the header, the index and the entries; 0 when empty.
        int64_t bytes() const;
    };
    const KeysShape& keys_shape() const { return shape_; }
    // _PyDict_NewPresized / _PyDict_FromItems: a display of n items, all of
    // whose keys were exact str or not. The dict must be empty.
    void presize(int64_t n, bool str_keys);
    // What dict_merge(this, other) does to the table before inserting
    // other's items: clone other's table into an empty dict, or one resize.
    void prepare_merge(const DictObject& other);
    // PyDict_Copy(other) into this empty dict.
    void prepare_copy(const DictObject& other);
    // dictresize to hold n keys (dict.fromkeys of a dict or a set).
    void reserve(int64_t n, bool str_keys);
    // Makes this empty dict an instance __dict__ sharing its class's keys.
    void make_split(std::shared_ptr<SharedKeys> keys) { split_ = std::move(keys); }
    bool is_split() const { return split_ != nullptr; }
    // What dict.__sizeof__ adds to the object: the values array of a split
    // table (the keys count with the class), else the keys table.
    int64_t table_bytes() const;

private:
    // Whether entries_[entry] holds that very key object.
    bool entry_holds(size_t entry, StrObject* key) const;
    // Position of `key` in entries_ (or -1); *slot receives its index_ position.
    int64_t find(Value key, int64_t hash, size_t* slot, bool* error);
    // set(), with or without the memory cap's check before a new key.
    [[nodiscard]] bool store(Value key, Value value, bool check_memory);
    // Whether inserting one more key fits in the memory cap (MemoryError if not).
    [[nodiscard]] bool room_for_insert() const;
    void insert_new(Val key, int64_t hash, Val value);
    void rebuild(size_t min_capacity);
    // insertdict for a key not yet present (insert_to_emptydict, the switch to
    // a general table, insertion_resize; a split table adds to the shared keys
    // until they are full, then becomes a table of its own).
    void shape_insert(Value key);
    void unsplit(uint8_t log2_size, bool general);
    void shape_resize(uint8_t log2_size, bool general);
    void clone_shape(const DictObject& other);

    static constexpr int32_t kEmpty = -1;
    static constexpr int32_t kDummy = -2;
    // How many entries the index takes before a rebuild: two thirds of it.
    size_t entry_capacity() const { return index_.size() * 2 / 3; }
    std::vector<Entry> entries_;
    std::vector<int32_t> index_;  // kEmpty, kDummy, or a position in entries_
    size_t used_ = 0;
    size_t consumed_ = 0;  // entries appended since the last rebuild (CPython's dk_usable)
    // One bit per key inserted since the last rebuild or clear, chosen by its
    // hash (bloom_bit): a str look-up whose bit is clear misses without
    // touching the table. Attribute reads ask instance dicts for names that
    // live on the class (every self.method()), and globals for builtins.
    uint64_t key_bloom_ = 0;
    static uint64_t bloom_bit(int64_t hash) {
        return uint64_t(1) << ((static_cast<uint64_t>(hash) * 0x9E3779B97F4A7C15ull) >> 58);
    }
    uint64_t version_;
    static uint64_t next_version_;
    void changed() { version_ = ++next_version_; }
    KeysShape shape_;
    std::shared_ptr<SharedKeys> split_;  // set while the dict shares its class's keys
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
