// dict: the compact ordered hash table, its lookups and the type slots
// (lookdict, insertdict, dictresize, dict_richcompare in Objects/dictobject.c).
// The methods are in dict_methods.cpp, views and iterators in dict_views.cpp.
#include "objects/dict.h"

#include <bit>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/memory.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/assert.h"

namespace ys::objects {

// Process-wide, so that a version names one state of one dict, whatever the
// session; it never wraps in practice (2^64 changes).
uint64_t DictObject::next_version_ = 0;

DictObject::DictObject(TypeObject* t) : Object(t), version_(++next_version_) { index_.assign(8, kEmpty); }

void DictObject::clear_refs() { clear(); }

namespace {

// The index size rebuild() picks: the power of two, at least 8, that holds
// `min_capacity` slots.
size_t index_size_for(size_t min_capacity) {
    size_t capacity = 8;
    while (capacity < min_capacity) capacity <<= 1;
    return capacity;
}

// USABLE_FRACTION: two thirds of a table may hold entries.
int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

// calculate_log2_keysize: the table (at least 8) for `minsize`, computed as
// CPython does, which doubles an exact power of two.
uint8_t log2_keysize(int64_t minsize) {
    uint64_t m = (static_cast<uint64_t>(minsize) | 8u) - 1;
    return static_cast<uint8_t>(std::bit_width(m | 7u));
}

// estimate_log2_keysize: a table that holds n items without growing.
uint8_t estimate_log2_keysize(int64_t n) { return log2_keysize((n * 3 + 1) / 2); }

bool is_exact_str(Value v) { return v.is_object() && type_of(v) == types().str; }

}  // namespace

int64_t DictObject::KeysShape::bytes() const {
    if (log2_size == 0) return 0;
    int log2_index_bytes = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1 : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    int64_t entry = general ? 24 : 16;  // hash, key, value / key, value
    return 32 + (int64_t(1) << log2_index_bytes) + usable_fraction(int64_t(1) << log2_size) * entry;
}

void DictObject::shape_resize(uint8_t log2_size, bool general) {
    // A general table never becomes a str-only one.
    shape_.general = general || (shape_.log2_size != 0 && shape_.general);
    shape_.log2_size = log2_size;
    shape_.usable = usable_fraction(int64_t(1) << log2_size) - static_cast<int64_t>(used_);
    shape_.nentries = static_cast<int64_t>(used_);
}

int64_t DictObject::table_bytes() const {
    if (split_) return (split_->nentries + split_->usable) * 8;
    return shape_.bytes();
}

void DictObject::unsplit(uint8_t log2_size, bool general) {
    split_.reset();
    shape_ = KeysShape{};
    shape_resize(log2_size, general);
}

void DictObject::shape_insert(Value key) {
    bool exact_str = is_exact_str(key);
    if (split_) {
        uint8_t grown = log2_keysize(static_cast<int64_t>(used_) * 3);
        if (!exact_str) {
            unsplit(grown, true);
        } else if (split_->names.count(as_str(key)->utf8())) {
            return;  // the slot exists in the shared keys already
        } else if (split_->usable > 0) {
            split_->names.insert(as_str(key)->utf8());
            --split_->usable;
            ++split_->nentries;
            return;
        } else {
            unsplit(grown, false);
        }
    }
    if (shape_.log2_size == 0) {  // insert_to_emptydict
        shape_.log2_size = 3;
        shape_.general = !exact_str;
        shape_.usable = usable_fraction(8) - 1;
        shape_.nentries = 1;
        return;
    }
    uint8_t grown = log2_keysize(static_cast<int64_t>(used_) * 3);  // GROWTH_RATE
    if (!shape_.general && !exact_str) shape_resize(grown, true);
    if (shape_.usable <= 0) shape_resize(log2_keysize(static_cast<int64_t>(used_) * 3), shape_.general);
    --shape_.usable;
    ++shape_.nentries;
}

void DictObject::presize(int64_t n, bool str_keys) {
    if (n <= usable_fraction(8)) return;  // PyDict_New
    shape_.log2_size = 0;
    shape_resize(std::min<uint8_t>(estimate_log2_keysize(n), 17), !str_keys);
}

void DictObject::reserve(int64_t n, bool str_keys) { shape_resize(estimate_log2_keysize(n), !str_keys); }

void DictObject::prepare_merge(const DictObject& other) {
    if (&other == this || other.used_ == 0) return;
    const KeysShape& o = other.shape_;
    if (split_) {
        // The shared table counts as 64 slots; one too small for other's items is not resized but replaced.
        if (usable_fraction(64) < static_cast<int64_t>(other.used_))
            unsplit(estimate_log2_keysize(static_cast<int64_t>(used_ + other.used_)), o.general);
        return;
    }
    if (used_ == 0 && !other.split_ && o.log2_size != 0 && static_cast<int64_t>(other.used_) == o.nentries &&
        (o.log2_size == 3 || usable_fraction((int64_t(1) << o.log2_size) / 2) < static_cast<int64_t>(other.used_))) {
        clone_shape(other);  // clone_combined_dict_keys
        return;
    }
    int64_t size = shape_.log2_size ? int64_t(1) << shape_.log2_size : 8;
    if (usable_fraction(size) < static_cast<int64_t>(other.used_))
        shape_resize(estimate_log2_keysize(static_cast<int64_t>(used_ + other.used_)), o.general);
}

void DictObject::clone_shape(const DictObject& other) {
    // The copied items are inserted next, each taking one entry back.
    shape_ = other.shape_;
    shape_.usable += static_cast<int64_t>(other.used_);
    shape_.nentries -= static_cast<int64_t>(other.used_);
}

void DictObject::prepare_copy(const DictObject& other) {
    if (other.used_ == 0) return;  // PyDict_New
    if (other.split_) {
        split_ = other.split_;  // a split copy: new values, the same keys
        return;
    }
    const KeysShape& o = other.shape_;
    // clone_combined_dict unless a third of the entries are holes.
    if (o.log2_size != 0 && static_cast<int64_t>(other.used_) >= o.nentries * 2 / 3) {
        clone_shape(other);
        return;
    }
    prepare_merge(other);
}

void DictObject::traverse(Visitor& v) {
    for (auto& e : entries_) {
        if (e.key.get().is_object()) v.visit(e.key.get().as_object());
        if (e.value.get().is_object()) v.visit(e.value.get().as_object());
    }
}

Ref<DictObject> new_dict() { return make<DictObject>(types().dict); }
bool is_dict(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().dict); }

Val raise_key_error(Value key) {
    auto exc = new_exception(exc_types().key_error, "");
    exc->args = new_tuple({Val::borrow(key)}).into_val();
    return raise_value(exc.into_val());
}

int64_t DictObject::find(Value key, int64_t hash, size_t* slot, bool* error) {
restart:
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const Entry& e = entries_[ix];
            if (e.key && e.hash == hash) {
                Value startkey = e.key;
                if (startkey == key || (is_str(startkey) && is_str(key) && str_equal(as_str(startkey), as_str(key)))) {
                    *slot = i;
                    return ix;
                }
                Val hold = e.key;  // __eq__ may delete it
                const Entry* before = entries_.data();
                int eq = rich_compare_bool(startkey, key, CompareOp::Eq);
                if (eq < 0) {
                    *error = true;
                    return -1;
                }
                // A comparison that changed the dict restarts the lookup, as in CPython.
                if (entries_.data() != before || static_cast<size_t>(ix) >= entries_.size() ||
                    entries_[ix].key.get() != startkey)
                    goto restart;
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Val DictObject::get(Value key, bool* error) {
    int64_t h;
    if (!hash(key, &h)) {
        *error = true;
        return nullptr;
    }
    size_t slot;
    int64_t ix = find(key, h, &slot, error);
    if (ix < 0) return nullptr;
    return entries_[ix].value;
}

int DictObject::contains_known_hash(Value key, int64_t hash) {
    bool error = false;
    size_t slot;
    int64_t ix = find(key, hash, &slot, &error);
    if (error) return -1;
    return ix >= 0;
}

int64_t DictObject::entry_of_str(StrObject* key) const {
    int64_t hash = key->hash();
    if (!(key_bloom_ & bloom_bit(hash))) return -1;
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const Entry& e = entries_[ix];
            // Names are interned, so the key is nearly always the very object.
            if (e.key.get() == Value(key)) return ix;
            if (e.key && e.hash == hash && is_str(e.key) && str_equal(as_str(e.key), key)) return ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

bool DictObject::entry_holds(size_t entry, StrObject* key) const {
    return entry < entries_.size() && entries_[entry].key.get() == Value(key);
}

Value DictObject::entry_value(size_t entry, StrObject* key) const {
    return entry_holds(entry, key) ? entries_[entry].value.get() : Value();
}

bool DictObject::replace_entry(size_t entry, StrObject* key, Value value) {
    if (!entry_holds(entry, key)) return false;
    changed();
    if (owner_type) [[unlikely]] owner_type->attributes_changed();
    // The old value goes last: its finaliser may look at this dict.
    Val old = std::move(entries_[entry].value);
    entries_[entry].value = Val::borrow(value);
    return true;
}

Value DictObject::get_str(StrObject* key) const {
    int64_t ix = entry_of_str(key);
    return ix < 0 ? Value() : entries_[ix].value.get();
}

void DictObject::set_str(StrObject* key, Value value) {
    // Hashing and comparing str keys cannot raise; the memory cap is left to
    // the caller's next check (names in globals and class dicts are few).
    bool ok = store(Value(key), value, false);
    YS_ASSERT(ok);
}

bool DictObject::room_for_insert() const {
    if (!util::current_memory_budget) return true;
    if (consumed_ + 1 > entry_capacity()) {
        // rebuild(): the live entries are moved aside, then a new index and
        // entry block (two thirds of the index) are filled, while the old
        // blocks are still held.
        size_t capacity = index_size_for(used_ * 3);
        return reserve_memory(1, capacity * sizeof(int32_t) + (used_ + capacity * 2 / 3) * sizeof(Entry));
    }
    if (entries_.size() < entries_.capacity()) return true;
    return reserve_memory(entry_capacity(), sizeof(Entry));
}

void DictObject::insert_new(Val key, int64_t hash, Val value) {
    // Two thirds of the index may be consumed before a resize to three times
    // the live size (CPython's USABLE_FRACTION and GROWTH_RATE).
    if (consumed_ + 1 > entry_capacity()) rebuild(used_ * 3);
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    while (index_[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = static_cast<int32_t>(entries_.size());
    key_bloom_ |= bloom_bit(hash);
    // The entries get the room the index allows in one block, as CPython's
    // keys object has: growing one push_back at a time would reallocate and
    // move them at 1, 2 and 4 entries (an instance's __dict__ filled by __init__).
    if (entries_.size() == entries_.capacity()) entries_.reserve(entry_capacity());
    entries_.push_back(Entry{hash, std::move(key), std::move(value)});
    ++used_;
    ++consumed_;
}

void DictObject::rebuild(size_t min_capacity) {
    size_t capacity = index_size_for(min_capacity);
    std::vector<Entry> live;
    live.reserve(used_);
    for (auto& e : entries_)
        if (e.key) live.push_back(std::move(e));
    entries_.clear();
    index_.assign(capacity, kEmpty);
    entries_.reserve(entry_capacity());
    used_ = 0;
    consumed_ = 0;
    key_bloom_ = 0;
    for (auto& e : live) insert_new(std::move(e.key), e.hash, std::move(e.value));
}

bool DictObject::set(Value key, Value value) { return store(key, value, true); }

bool DictObject::store(Value key, Value value, bool check_memory) {
    int64_t h;
    if (!hash(key, &h)) return false;
    bool error = false;
    size_t slot;
    int64_t ix = find(key, h, &slot, &error);
    if (error) return false;
    changed();
    if (owner_type) [[unlikely]] owner_type->attributes_changed();
    if (ix >= 0) {
        Val old = std::move(entries_[ix].value);
        entries_[ix].value = Val::borrow(value);
        return true;
    }
    if (check_memory && !room_for_insert()) return false;
    shape_insert(key);
    insert_new(Val::borrow(key), h, Val::borrow(value));
    return true;
}

int DictObject::pop(Value key, Val* value) {
    int64_t h;
    if (!hash(key, &h)) return -1;
    bool error = false;
    size_t slot;
    int64_t ix = find(key, h, &slot, &error);
    if (error) return -1;
    if (ix < 0) return 0;
    changed();
    if (owner_type) [[unlikely]] owner_type->attributes_changed();
    // The entry becomes a hole and its index slot a dummy, so later probes
    // still pass over it; rebuild() compacts both.
    index_[slot] = kDummy;
    Val old_key = std::move(entries_[ix].key);
    *value = std::move(entries_[ix].value);
    --used_;
    return 1;
}

int DictObject::remove(Value key) {
    Val value;
    return pop(key, &value);
}

void DictObject::pop_last(Val* key, Val* value) {
    changed();
    if (owner_type) [[unlikely]] owner_type->attributes_changed();
    while (!entries_.empty() && entries_.back().key.is_null()) entries_.pop_back();
    YS_ASSERT(!entries_.empty());
    if (split_) unsplit(6, false);  // popitem first gives a split table keys of its own
    size_t ix = entries_.size() - 1;
    Entry& e = entries_.back();
    // lookdict_index: find the index slot that points at this entry.
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t i = static_cast<size_t>(e.hash) & mask;
    while (index_[i] != static_cast<int32_t>(ix)) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = kDummy;
    *key = std::move(e.key);
    *value = std::move(e.value);
    entries_.pop_back();
    shape_.nentries = std::max<int64_t>(0, shape_.nentries - 1);
    // Trailing holes go too, as CPython sets dk_nentries to the popped position.
    while (!entries_.empty() && entries_.back().key.is_null()) entries_.pop_back();
    --used_;
}

void DictObject::clear() {
    changed();
    if (owner_type) [[unlikely]] owner_type->attributes_changed();
    std::vector<Entry> old = std::move(entries_);
    entries_.clear();
    index_.assign(8, kEmpty);
    used_ = 0;
    consumed_ = 0;
    key_bloom_ = 0;
    shape_ = KeysShape{};
    split_.reset();
}

namespace {

Val dict_repr(Value v) {
    ReprScope repr_scope(v.as_object());
    if (repr_scope.recursive()) return new_str_val("{...}");
    std::string out = "{";
    bool first = true, ok = true;
    const auto& entries = as_dict(v)->entries();
    // By position, holding each pair: a __repr__ may change the dict.
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].key) continue;
        Val key = entries[i].key, value = entries[i].value;
        if (!first) out += ", ";
        first = false;
        std::string k, val;
        if (!repr_text(key, &k) || !repr_text(value, &val)) {
            ok = false;
            break;
        }
        out += k + ": " + val;
    }
    if (!ok) return nullptr;
    return new_str_val(out + "}");
}

bool dict_len(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_dict(v)->size());
    return true;
}

int dict_bool(Value v) { return as_dict(v)->size() != 0; }

Val dict_getitem(Value v, Value key) {
    bool error = false;
    Val found = as_dict(v)->get(key, &error);
    if (found || error) return found;
    return raise_key_error(key);
}

bool dict_setitem(Value v, Value key, Value value) {
    if (value) return as_dict(v)->set(key, value);
    int removed = as_dict(v)->remove(key);
    if (removed == 0) raise_key_error(key);
    return removed > 0;
}

int dict_contains(Value v, Value key) {
    bool error = false;
    Val found = as_dict(v)->get(key, &error);
    if (error) return -1;
    return found ? 1 : 0;
}

// dict_equal: same size, and every key of `a` maps to an equal value in `b`.
int dict_equal(DictObject* a, DictObject* b) {
    if (a->size() != b->size()) return 0;
    const auto& entries = a->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].key) continue;
        Val key = entries[i].key, aval = entries[i].value;
        bool error = false;
        Val bval = b->get(key, &error);
        if (error) return -1;
        if (!bval) return 0;
        int eq = rich_compare_bool(aval, bval, CompareOp::Eq);
        if (eq <= 0) return eq;
    }
    return 1;
}

Val dict_compare(Value a, Value b, CompareOp op) {
    if (!is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return new_not_implemented();
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return nullptr;
    int eq = dict_equal(as_dict(a), as_dict(b));
    if (eq < 0) return nullptr;
    return new_bool((eq == 1) == (op == CompareOp::Eq));
}

}  // namespace

void init_dict_type(TypeObject* t) {
    t->repr = dict_repr;
    t->len = dict_len;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->compare = dict_compare;
    t->hash = nullptr;  // mutable: unhashable
    t->number.boolean = dict_bool;
}

}  // namespace ys::objects
