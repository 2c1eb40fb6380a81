// dict: the compact ordered hash table (see dict.h).
#include "objects/dict.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/assert.h"

namespace ys::objects {

DictObject::DictObject(TypeObject* t) : Object(t) { index_.assign(8, -1); }

void DictObject::traverse(Visitor& v) {
    for (auto& e : entries_) {
        if (e.key.get().is_object()) v.visit(e.key.get().as_object());
        if (e.value.get().is_object()) v.visit(e.value.get().as_object());
    }
}

Ref<DictObject> new_dict() { return make<DictObject>(types().dict); }
bool is_dict(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().dict); }

namespace {

bool keys_equal(Value stored, Value key, bool* error) {
    if (stored == key) return true;
    if (is_str(stored) && is_str(key)) return str_equal(as_str(stored), as_str(key));
    int eq = rich_compare_bool(stored, key, CompareOp::Eq);
    if (eq < 0) *error = true;
    return eq > 0;
}

}  // namespace

int64_t DictObject::find_slot(Value key, int64_t hash, bool* error) {
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix < 0) return -1;
        Entry& e = entries_[ix];
        if (e.key && e.hash == hash) {
            if (keys_equal(e.key, key, error)) return ix;
            if (*error) return -1;
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
    int64_t ix = find_slot(key, h, error);
    if (ix < 0) return nullptr;
    return entries_[ix].value;
}

Value DictObject::get_str(StrObject* key) const {
    size_t mask = index_.size() - 1;
    int64_t hash = key->hash();
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix < 0) return Value();
        const Entry& e = entries_[ix];
        if (e.key && e.hash == hash && is_str(e.key) && str_equal(as_str(e.key), key)) return e.value;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void DictObject::set_str(StrObject* key, Value value) {
    // Hashing and comparing str keys cannot raise.
    bool ok = set(Value(key), value);
    YS_ASSERT(ok);
}

void DictObject::insert_new(Val key, int64_t hash, Val value) {
    // Keep the table at most two-thirds full, as CPython does.
    if ((entries_.size() + 1) * 3 >= index_.size() * 2) rebuild(used_ * 3 + 8);
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    while (index_[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = static_cast<int32_t>(entries_.size());
    entries_.push_back(Entry{hash, std::move(key), std::move(value)});
    ++used_;
}

void DictObject::rebuild(size_t min_capacity) {
    size_t capacity = 8;
    while (capacity < min_capacity) capacity <<= 1;
    std::vector<Entry> live;
    live.reserve(used_);
    for (auto& e : entries_)
        if (e.key) live.push_back(std::move(e));
    entries_.clear();
    index_.assign(capacity, -1);
    used_ = 0;
    for (auto& e : live) insert_new(std::move(e.key), e.hash, std::move(e.value));
}

bool DictObject::set(Value key, Value value) {
    int64_t h;
    if (!hash(key, &h)) return false;
    bool error = false;
    int64_t ix = find_slot(key, h, &error);
    if (error) return false;
    if (ix >= 0) {
        Val old = std::move(entries_[ix].value);
        entries_[ix].value = Val::borrow(value);
        return true;
    }
    insert_new(Val::borrow(key), h, Val::borrow(value));
    return true;
}

int DictObject::remove(Value key) {
    int64_t h;
    if (!hash(key, &h)) return -1;
    bool error = false;
    int64_t ix = find_slot(key, h, &error);
    if (error) return -1;
    if (ix < 0) return 0;
    // Leave a hole so later probes still pass over this slot; rebuild() compacts.
    Val old_key = std::move(entries_[ix].key);
    Val old_value = std::move(entries_[ix].value);
    --used_;
    return 1;
}

void DictObject::clear() {
    std::vector<Entry> old = std::move(entries_);
    entries_.clear();
    index_.assign(8, -1);
    used_ = 0;
}

namespace {

Val dict_repr(Value v) {
    static thread_local std::vector<Object*> in_progress;
    for (Object* o : in_progress)
        if (o == v.as_object()) return new_str_val("{...}");
    in_progress.push_back(v.as_object());
    std::string out = "{";
    bool first = true, ok = true;
    for (const auto& e : as_dict(v)->entries()) {
        if (!e.key) continue;
        if (!first) out += ", ";
        first = false;
        std::string k, val;
        if (!repr_text(e.key, &k) || !repr_text(e.value, &val)) {
            ok = false;
            break;
        }
        out += k + ": " + val;
    }
    in_progress.pop_back();
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
    auto exc = new_exception(exc_types().key_error, "");
    exc->args = new_tuple({Val::borrow(key)}).into_val();
    return raise_value(exc.into_val());
}

bool dict_setitem(Value v, Value key, Value value) {
    if (value) return as_dict(v)->set(key, value);
    int removed = as_dict(v)->remove(key);
    if (removed == 0) {
        auto exc = new_exception(exc_types().key_error, "");
        exc->args = new_tuple({Val::borrow(key)}).into_val();
        raise_value(exc.into_val());
    }
    return removed > 0;
}

int dict_contains(Value v, Value key) {
    bool error = false;
    Val found = as_dict(v)->get(key, &error);
    if (error) return -1;
    return found ? 1 : 0;
}

}  // namespace

void init_dict_type(TypeObject* t) {
    t->repr = dict_repr;
    t->len = dict_len;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->number.boolean = dict_bool;
}

}  // namespace ys::objects
