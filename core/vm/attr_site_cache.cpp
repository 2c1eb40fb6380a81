// The slow halves of the per-site attribute caches (see attr_site_cache.h):
// kept out of the eval loop, whose size the wasm engine's register
// allocation is sensitive to.
#include "vm/attr_site_cache.h"

#include "objects/abstract.h"
#include "objects/function.h"
#include "objects/slots.h"
#include "objects/str.h"

namespace ys::vm {

using namespace objects;
using Kind = AttrCacheEntry::Kind;

namespace {

// What the class has under `name` (null: nothing) lets the instance's __dict__
// answer first, now and for as long as the class keeps its tag.
bool instance_dict_comes_first(Value found) {
    if (!found || !found.is_object()) return true;
    return !type_of(found)->is_heap_type && !is_data_descriptor(found);
}

// Remembers where owner.name was found or stored, when the rules allow it.
void remember(AttrCacheEntry& e, Value owner, StrObject* name, bool after_store) {
    if (!owner.is_object()) return;
    TypeObject* t = type_of(owner);
    Value found;
    if (t != types().module) {
        // __class__ and __dict__ are answered before the instance's __dict__ is read.
        if (!caches_instance_attrs(t) || name->view() == "__class__" || name->view() == "__dict__") return;
        found = t->lookup(name);  // also gives the class its tag
        if (is_member_descriptor(found) && t->version_tag != 0 && member_in_slot_array(found) &&
            member_applies(found, owner)) {
            e = {t, t->version_tag, builtin_types_epoch, UINT32_MAX, Kind::slot, found};
            return;
        }
        if (!instance_dict_comes_first(found)) return;
    } else if (t->version_tag == 0) {
        // A module reads its globals first; its class only lends the entry a tag.
        t->lookup(name);
    }
    if (t->version_tag == 0) return;
    DictObject* d = first_attr_dict(owner, t);
    int64_t entry = d ? d->entry_of_str(name) : -1;
    if (entry >= 0 && entry < static_cast<int64_t>(UINT32_MAX)) {
        e = {t, t->version_tag, builtin_types_epoch, static_cast<uint32_t>(entry), Kind::dict_entry, Value()};
        return;
    }
    if (entry >= 0 || after_store || !found) return;
    Kind kind;
    if (is_function(found)) {
        kind = Kind::method;
    } else if (is_plain_class_attr(found)) {
        kind = Kind::class_value;
    } else {
        return;
    }
    e = {t, t->version_tag, builtin_types_epoch, UINT32_MAX, kind, found};
}

}  // namespace

Value find_method(AttrCacheEntry& e, TypeObject* t, StrObject* name) {
    if (!uses_generic_getattr(t)) return Value();
    Value m = t->lookup(name);
    if (!m || !(is_unbound_method(m) || (is_function(m) && t->is_heap_type))) return Value();
    if (t->version_tag != 0) e = {t, t->version_tag, builtin_types_epoch, UINT32_MAX, Kind::method, m};
    return m;
}

Val load_attr_uncached(AttrCacheEntry& e, Value owner, StrObject* name) {
    if (e.kind != Kind::dict_entry && owner.is_object()) {
        TypeObject* t = type_of(owner);
        if (attr_cache_hit(e, t) && caches_instance_attrs(t)) {
            if (e.kind == Kind::slot) {
                // Unset, it takes the ordinary path to its AttributeError.
                if (Value v = instance_slot(owner.as_object(), member_index(e.value))) return Val::borrow(v);
                return get_attr(owner, name);
            }
            DictObject* d = first_attr_dict(owner, t);
            if (Value own = d ? d->get_str(name) : Value()) return Val::borrow(own);
            if (e.kind == Kind::class_value) return Val::borrow(e.value);
            return bind_descriptor(e.value, owner, t);
        }
    }
    Val attr = get_attr(owner, name);
    if (attr) remember(e, owner, name, false);
    return attr;
}

bool store_attr_uncached(AttrCacheEntry& e, Value owner, StrObject* name, Value value) {
    if (e.kind == Kind::slot && owner.is_object()) {
        TypeObject* t = type_of(owner);
        if (attr_cache_hit(e, t) && caches_instance_attrs(t)) {
            set_instance_slot(owner.as_object(), member_index(e.value), value);
            return true;
        }
    }
    if (!set_attr(owner, name, value)) return false;
    remember(e, owner, name, true);
    return true;
}

}  // namespace ys::vm
