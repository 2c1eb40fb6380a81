// set and frozenset: the hash table, iteration, repr, hashing, comparison and
// the type slots. The probing, insertion, resize and pop code follows
// set_lookkey, set_add_entry, set_insert_clean, set_table_resize, set_merge and
// set_pop of Objects/setobject.c step by step, since iteration order is visible.
#include "objects/set.h"

#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/memory.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

constexpr size_t kMinSize = 8;       // PySet_MINSIZE
constexpr size_t kLinearProbes = 9;  // LINEAR_PROBES
constexpr int kPerturbShift = 5;     // PERTURB_SHIFT

bool is_exact_str(Value v) { return v.is_object() && type_of(v) == types().str; }

// The `startkey == key` and unicode fast paths CPython takes before calling __eq__.
bool same_key(Value stored, Value key) {
    if (stored == key) return true;
    return is_exact_str(stored) && is_exact_str(key) && str_equal(as_str(stored), as_str(key));
}

}  // namespace

SetObject::SetObject(TypeObject* t) : Object(t), table_(kMinSize) {}

SetObject::~SetObject() {
    // set_dealloc releases the keys in table order.
    for (auto& e : table_) e.key.reset();
}

void SetObject::clear_refs() { clear(); }

void SetObject::traverse(Visitor& v) {
    for (auto& e : table_)
        if (e.key.get().is_object()) v.visit(e.key.get().as_object());
}

int64_t SetObject::lookkey(Value key, int64_t hash) {
restart:
    size_t mask = this->mask();
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = i;; ++j) {
            Entry& e = table_[j];
            if (e.hash == 0 && e.key.is_null()) return static_cast<int64_t>(j);
            if (e.hash == hash) {
                Value startkey = e.key;
                if (same_key(startkey, key)) return static_cast<int64_t>(j);
                Val hold = e.key;  // __eq__ may remove it from the table
                const Entry* before = table_.data();
                int cmp = rich_compare_bool(startkey, key, CompareOp::Eq);
                if (cmp < 0) return -1;
                // A comparison that mutated the set restarts the search, as CPython does.
                if (table_.data() != before || j >= table_.size() || table_[j].key.get() != startkey) goto restart;
                if (cmp > 0) return static_cast<int64_t>(j);
                mask = this->mask();
            }
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool SetObject::room_to_resize(size_t minused) const {
    if (!util::current_memory_budget) return true;
    size_t newsize = kMinSize;
    while (newsize <= minused) newsize <<= 1;
    return reserve_memory(newsize, sizeof(Entry));
}

bool SetObject::add_entry(Value key, int64_t hash) {
    // The insertion may resize the table (below): the new one must fit in the
    // memory cap next to the old.
    if ((fill_ + 1) * 5 >= mask() * 3 && !room_to_resize(used_ + 1 > 50000 ? (used_ + 1) * 2 : (used_ + 1) * 4))
        return false;
    Val hold = Val::borrow(key);
    size_t mask, slot;
    int64_t freeslot;
restart:
    mask = this->mask();
    freeslot = -1;
    {
        uint64_t perturb = static_cast<uint64_t>(hash);
        size_t i = static_cast<size_t>(hash) & mask;
        for (;;) {
            size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
            for (size_t j = i;; ++j) {
                Entry& e = table_[j];
                if (e.hash == 0 && e.key.is_null()) {
                    slot = j;
                    goto found_unused_or_dummy;
                }
                if (e.hash == hash) {
                    Value startkey = e.key;
                    if (same_key(startkey, key)) return true;
                    Val keep = e.key;
                    const Entry* before = table_.data();
                    int cmp = rich_compare_bool(startkey, key, CompareOp::Eq);
                    if (cmp > 0) return true;
                    if (cmp < 0) return false;
                    if (table_.data() != before || j >= table_.size() || table_[j].key.get() != startkey) goto restart;
                    mask = this->mask();
                } else if (e.hash == -1) {
                    // The last dummy on the probe path is reused (CPython keeps overwriting freeslot).
                    freeslot = static_cast<int64_t>(j);
                }
                if (probes-- == 0) break;
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
found_unused_or_dummy:
    cached_hash = -1;
    if (freeslot >= 0) {
        ++used_;
        table_[freeslot].key = std::move(hold);
        table_[freeslot].hash = hash;
        return true;
    }
    ++fill_;
    ++used_;
    table_[slot].key = std::move(hold);
    table_[slot].hash = hash;
    if (fill_ * 5 < mask * 3) return true;
    resize(used_ > 50000 ? used_ * 2 : used_ * 4);
    return true;
}

namespace {

// set_insert_clean: places a key known to be absent into a table without dummies.
void insert_clean(std::vector<SetObject::Entry>& table, Value key, int64_t hash) {
    size_t mask = table.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        if (table[i].key.is_null()) {
            table[i].key = Val::borrow(key);
            table[i].hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 1; j <= kLinearProbes; ++j) {
                if (table[i + j].key.is_null()) {
                    table[i + j].key = Val::borrow(key);
                    table[i + j].hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

}  // namespace

void SetObject::resize(size_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= minused) newsize <<= 1;
    // A small table without dummies stays as it is.
    if (newsize == kMinSize && table_.size() == kMinSize && fill_ == used_) return;
    std::vector<Entry> old = std::move(table_);
    table_ = std::vector<Entry>(newsize);
    fill_ = used_;
    for (auto& e : old)
        if (e.key) insert_clean(table_, e.key, e.hash);
}

void SetObject::relayout_as_merged() {
    relayout_as_constant();
    // The empty target takes up to four items in its small table as they are.
    if (used_ * 5 < (kMinSize - 1) * 3) return;
    size_t newsize = kMinSize;
    while (newsize <= used_ * 2) newsize <<= 1;
    if (newsize == table_.size() && fill_ == used_) return;  // copied slot for slot
    resize(used_ * 2);
}

void SetObject::relayout_as_constant() {
    // This set is the frozenset the compiler made from the display's items.
    // It keeps a copy rebuilt by adding them in this one's table order
    // (merge_consts_recursive).
    std::vector<Entry> order;
    for (const auto& e : table_)
        if (e.key) order.push_back(Entry{e.key, e.hash});
    table_ = std::vector<Entry>(kMinSize);
    fill_ = used_ = 0;
    finger_ = 0;
    cached_hash = -1;
    for (const auto& e : order)
        if (!add_entry(e.key, e.hash)) cx().take_error();  // constants compare without raising
}

int SetObject::contains_entry(Value key, int64_t hash) {
    int64_t slot = lookkey(key, hash);
    if (slot < 0) return -1;
    return table_[slot].key.is_null() ? 0 : 1;
}

int SetObject::discard_entry(Value key, int64_t hash) {
    int64_t slot = lookkey(key, hash);
    if (slot < 0) return -1;
    Entry& e = table_[slot];
    if (e.key.is_null()) return 0;
    Val old = std::move(e.key);
    e.hash = -1;
    --used_;
    cached_hash = -1;
    return 1;
}

bool SetObject::add_key(Value key) {
    int64_t h;
    if (!hash(key, &h)) return false;
    return add_entry(key, h);
}

int SetObject::contains_key(Value key) {
    int64_t h;
    if (!hash(key, &h)) return -1;
    return contains_entry(key, h);
}

int SetObject::discard_key(Value key) {
    int64_t h;
    if (!hash(key, &h)) return -1;
    return discard_entry(key, h);
}

void SetObject::clear() {
    // Empty the set first, then release the keys: their finalisers may look at it.
    std::vector<Entry> old = std::move(table_);
    table_ = std::vector<Entry>(kMinSize);
    fill_ = used_ = 0;
    cached_hash = -1;
    for (auto& e : old) e.key.reset();
}

bool SetObject::next(size_t* pos, const Entry** out) const {
    size_t i = *pos;
    size_t mask = this->mask();
    while (i <= mask && table_[i].key.is_null()) ++i;
    *pos = i + 1;
    if (i > mask) return false;
    *out = &table_[i];
    return true;
}

bool SetObject::update(Value iterable) {
    if (is_anyset(iterable)) {
        SetObject* other = as_set(iterable);
        if (other == this || other->used_ == 0) return true;
        // One big resize first, then the cheapest copy that keeps CPython's layout.
        if ((fill_ + other->used_) * 5 >= mask() * 3) {
            if (!room_to_resize((used_ + other->used_) * 2)) return false;
            resize((used_ + other->used_) * 2);
        }
        if (fill_ == 0 && mask() == other->mask() && other->fill_ == other->used_) {
            for (size_t i = 0; i < table_.size(); ++i) {
                if (other->table_[i].key) {
                    table_[i].key = other->table_[i].key;
                    table_[i].hash = other->table_[i].hash;
                }
            }
            fill_ = other->fill_;
            used_ = other->used_;
            cached_hash = -1;
            return true;
        }
        if (fill_ == 0) {
            fill_ = used_ = other->used_;
            for (const auto& e : other->table_)
                if (e.key) insert_clean(table_, e.key, e.hash);
            cached_hash = -1;
            return true;
        }
        Ref<SetObject> keep = Ref<SetObject>::borrow(other);
        for (size_t i = 0; i < other->table_.size(); ++i) {
            const Entry& e = other->table_[i];
            if (e.key.is_null()) continue;
            Val key = e.key;
            if (!add_entry(key, e.hash)) return false;
        }
        return true;
    }
    if (iterable.is_object() && type_of(iterable) == types().dict) {
        DictObject* d = as_dict(iterable);
        Ref<DictObject> keep = Ref<DictObject>::borrow(d);
        size_t dictsize = d->size();
        if ((fill_ + dictsize) * 5 >= mask() * 3) {
            if (!room_to_resize((used_ + dictsize) * 2)) return false;
            resize((used_ + dictsize) * 2);
        }
        for (size_t i = 0; i < d->entries().size(); ++i) {
            const auto& e = d->entries()[i];
            if (e.key.is_null()) continue;
            Val key = e.key;
            if (!add_entry(key, e.hash)) return false;
        }
        return true;
    }
    Val it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return !cx().has_error();
        if (!add_key(key)) return false;
    }
}

Val SetObject::pop() {
    size_t mask = this->mask();
    size_t i = finger_ & mask;
    while (table_[i].key.is_null()) {
        if (++i > mask) i = 0;
    }
    Val key = std::move(table_[i].key);
    table_[i].hash = -1;
    --used_;
    cached_hash = -1;
    finger_ = i + 1;
    return key;
}

void SetObject::purge_dummies_if_needed() {
    if (fill_ - used_ <= mask() / 4) return;
    resize(used_ > 50000 ? used_ * 2 : used_ * 4);
}

void SetObject::swap_bodies(SetObject* other) {
    std::swap(table_, other->table_);
    std::swap(fill_, other->fill_);
    std::swap(used_, other->used_);
    if (is_frozenset(this) && is_frozenset(other)) {
        std::swap(cached_hash, other->cached_hash);
    } else {
        cached_hash = other->cached_hash = -1;
    }
}

Ref<SetObject> new_set() { return make<SetObject>(types().set); }
Ref<SetObject> new_frozenset() { return make<SetObject>(types().frozenset); }

Ref<SetObject> new_set_from(Value iterable, bool frozen) {
    if (frozen && iterable && iterable.is_object() && type_of(iterable) == types().frozenset)
        return Ref<SetObject>::borrow(as_set(iterable));  // frozenset(f) is f
    auto s = frozen ? new_frozenset() : new_set();
    if (iterable && !s->update(iterable)) return nullptr;
    return s;
}

bool set_add(SetObject* s, Value key) { return s->add_key(key); }

bool is_anyset(Value v) {
    if (!v.is_object()) return false;
    TypeObject* t = type_of(v);
    return t->is_subtype_of(types().set) || t->is_subtype_of(types().frozenset);
}
bool is_set(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().set); }
bool is_frozenset(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().frozenset); }

namespace {

// ---------------------------------------------------------------- slots

Val set_repr(Value v) {
    const std::string& name = type_of(v)->name;
    ReprScope repr_scope(v.as_object());
    if (repr_scope.recursive()) return new_str_val(name + "(...)");
    SetObject* s = as_set(v);
    if (s->size() == 0) return new_str_val(name + "()");
    std::vector<Val> keys;
    size_t pos = 0;
    const SetObject::Entry* e;
    while (s->next(&pos, &e)) keys.push_back(e->key);
    std::string out;
    bool ok = true;
    for (size_t i = 0; i < keys.size(); ++i) {
        std::string piece;
        if (!repr_text(keys[i], &piece)) {
            ok = false;
            break;
        }
        if (i) out += ", ";
        out += piece;
    }
    if (!ok) return nullptr;
    if (type_of(v) == types().set) return new_str_val("{" + out + "}");
    return new_str_val(name + "({" + out + "})");
}

bool set_len(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_set(v)->size());
    return true;
}

int set_bool(Value v) { return as_set(v)->size() != 0; }

int set_contains(Value v, Value key) {
    int rv = as_set(v)->contains_key(key);
    // `{1} in s` looks for frozenset({1}), as CPython's set_contains does.
    if (rv < 0 && is_set(key) && error_matches(exc_types().type_error)) {
        cx().take_error();
        auto tmp = new_set_from(key, true);
        if (!tmp) return -1;
        rv = as_set(v)->contains_key(tmp.get());
    }
    return rv;
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

bool frozenset_hash(Value v, int64_t* out) {
    SetObject* s = as_set(v);
    if (s->cached_hash != -1) {
        *out = s->cached_hash;
        return true;
    }
    // Objects/setobject.c frozenset_hash: xor of shuffled entry hashes
    // (null and dummy slots included, then cancelled out).
    uint64_t h = 0;
    size_t fill = 0;
    for (const auto& e : s->table()) {
        h ^= shuffle_bits(static_cast<uint64_t>(e.hash));
        if (e.key || e.hash == -1) ++fill;
    }
    size_t slots = s->mask() + 1;
    if ((slots - fill) & 1) h ^= shuffle_bits(0);
    if ((fill - s->size()) & 1) h ^= shuffle_bits(static_cast<uint64_t>(-1));
    h ^= (static_cast<uint64_t>(s->size()) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
    s->cached_hash = static_cast<int64_t>(h);
    *out = s->cached_hash;
    return true;
}

// ---------------------------------------------------------------- iteration

class SetIterator : public Object {
public:
    explicit SetIterator(SetObject* s)
        : Object(types().set_iterator), set(Ref<SetObject>::borrow(s)), used(static_cast<int64_t>(s->size())) {}
    void traverse(Visitor& v) override {
        if (set) v.visit(set.get());
    }
    Ref<SetObject> set;  // null once exhausted
    int64_t used;        // the size seen at creation; -1 once a change was reported
    size_t pos = 0;
    int64_t remaining = used;  // si_len: what __length_hint__ reports
};

bool set_iterator_length_hint(Value v, int64_t* out) {
    auto* it = static_cast<SetIterator*>(v.as_object());
    *out = it->set && it->used == static_cast<int64_t>(it->set->size()) ? it->remaining : 0;
    return true;
}

Val set_iter(Value v) { return make<SetIterator>(as_set(v)).into_val(); }

Val set_iterator_next(Value v) {
    auto* it = static_cast<SetIterator*>(v.as_object());
    if (!it->set) return nullptr;
    if (it->used != static_cast<int64_t>(it->set->size())) {
        it->used = -1;  // sticky, as CPython's si_used
        return raise(exc_types().runtime_error, "Set changed size during iteration");
    }
    const SetObject::Entry* e;
    if (it->set->next(&it->pos, &e)) {
        --it->remaining;
        return e->key;
    }
    it->set.reset();
    return nullptr;
}

// ---------------------------------------------------------------- construction

bool unpack_set_args(const char* name, CallArgs args) {
    if (args.keyword_count()) {
        raise_type_error(std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (args.count > 1) {
        raise_type_error(std::string(name) + " expected at most 1 argument, got " + std::to_string(args.count));
        return false;
    }
    return true;
}

Val set_construct(Value, CallArgs args) {
    if (!unpack_set_args("set", args)) return nullptr;
    auto s = new_set_from(args.count ? Value(args[0]) : Value(), false);
    return s ? s.into_val() : nullptr;
}

Val frozenset_construct(Value, CallArgs args) {
    if (!unpack_set_args("frozenset", args)) return nullptr;
    auto s = new_set_from(args.count ? Value(args[0]) : Value(), true);
    return s ? s.into_val() : nullptr;
}

}  // namespace

// set_richcompare and the methods live in set_methods.cpp.
Val set_richcompare(Value a, Value b, CompareOp op);
void register_set_methods(TypeObject* set, TypeObject* frozenset);

void init_set_types(TypeObject* set, TypeObject* frozenset, TypeObject* iterator) {
    for (TypeObject* t : {set, frozenset}) {
        t->repr = set_repr;
        t->len = set_len;
        t->contains = set_contains;
        t->iter = set_iter;
        t->compare = set_richcompare;
        t->number.boolean = set_bool;
    }
    set->hash = nullptr;  // mutable: unhashable
    frozenset->hash = frozenset_hash;
    set->construct = set_construct;
    frozenset->construct = frozenset_construct;
    iterator->iter = [](Value v) { return Val::borrow(v); };
    iterator->iternext = set_iterator_next;
    iterator->length_hint = set_iterator_length_hint;
    register_set_methods(set, frozenset);
}

}  // namespace ys::objects
