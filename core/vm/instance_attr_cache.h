// The VM's cache of instance attributes (the idea of CPython 3.11's
// LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE): `self._state` reads
// the instance's __dict__ entry where the same name was last found, instead of
// hashing its way through the dict's index.
//
// An entry is trusted only while
//  - the object's class is the one cached, with the same version tag (a change
//    to any class dict on its MRO drops the tag, so no descriptor of that name
//    can have appeared) and the same built-in types epoch;
//  - the class's attribute access is the generic one (no __getattribute__ or
//    __setattr__ of its own), and the class had no attribute of that name, so
//    the instance dict is the first place the name is looked for;
//  - the entry at that position still holds that very key object.
// Anything else takes the ordinary path, which refills the entry.
#pragma once

#include "objects/attribute_cache.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/type.h"

namespace ys::vm {

// The class whose instances' attributes may be cached: generic access both ways.
inline bool caches_instance_attrs(const objects::TypeObject* t) {
    return t->is_heap_type && t->getattr == objects::generic_getattr && t->setattr == objects::generic_setattr;
}

inline bool attr_cache_hit(const objects::CodeObject::AttrCacheEntry& e, const objects::TypeObject* t) {
    return e.type == t && e.version == t->version_tag && e.version != 0 &&
           e.epoch == objects::builtin_types_epoch;
}

// The cached attribute of `owner`, or null (then look it up the ordinary way).
inline objects::Value cached_instance_attr(objects::CodeObject::AttrCacheEntry& e, objects::Value owner,
                                           objects::StrObject* name) {
    if (!owner.is_object()) return objects::Value();
    objects::TypeObject* t = objects::type_of(owner);
    if (!attr_cache_hit(e, t)) return objects::Value();
    objects::DictObject* d = objects::instance_dict(owner, false);
    return d ? d->entry_value(e.entry, name) : objects::Value();
}

// Stores through the cache; false when the ordinary path must do it.
inline bool store_cached_instance_attr(objects::CodeObject::AttrCacheEntry& e, objects::Value owner,
                                       objects::StrObject* name, objects::Value value) {
    if (!owner.is_object()) return false;
    objects::TypeObject* t = objects::type_of(owner);
    if (!attr_cache_hit(e, t)) return false;
    objects::DictObject* d = objects::instance_dict(owner, false);
    return d && d->replace_entry(e.entry, name, value);
}

// After the ordinary path found or stored `name` on `owner`: remembers where,
// when the rules above allow it.
inline void remember_instance_attr(objects::CodeObject::AttrCacheEntry& e, objects::Value owner,
                                   objects::StrObject* name) {
    if (!owner.is_object()) return;
    objects::TypeObject* t = objects::type_of(owner);
    if (!caches_instance_attrs(t) || t->lookup(name) || t->version_tag == 0) return;
    objects::DictObject* d = objects::instance_dict(owner, false);
    if (!d) return;
    int64_t entry = d->entry_of_str(name);
    if (entry < 0 || entry > static_cast<int64_t>(UINT32_MAX)) return;
    e = {t, t->version_tag, objects::builtin_types_epoch, static_cast<uint32_t>(entry)};
}

}  // namespace ys::vm
