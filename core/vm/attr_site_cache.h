// The VM's per-site attribute caches (the ideas of CPython 3.11's specialised
// LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS,
// LOAD_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE). Each name of a code
// object has one entry (CodeObject::AttrCacheEntry), which remembers one of:
//
//  - dict_entry: where an instance kept the name in its __dict__
//    (`self._loop`), or a module in its globals (`asyncio.sleep`); the read
//    goes straight to that dict entry;
//  - class_value: the plain value the class had for a name the instance's
//    __dict__ lacked (`self._state`, a class-level default);
//  - method: the function (or built-in method) the class had for the name, so
//    `self.done()` skips the look-up through the MRO and `self.__step` only
//    makes the bound method;
//  - slot: the member descriptor of a __slots__ name (`fut._state`): reads
//    and stores go straight to the instance's slot (CPython's
//    LOAD_ATTR_SLOT, STORE_ATTR_SLOT).
// class_value and method still check that the instance's own __dict__ lacks
// the name; a slot, a data descriptor, comes before it.
//
// An entry is trusted only while
//  - the object's class is the one cached, with the same version tag (a change
//    to any class dict on its MRO drops the tag) and the same built-in types
//    epoch;
//  - for instances, the class's attribute access is the generic one (no
//    __getattribute__ or __setattr__ of its own), and whatever the class had
//    under that name when the entry was made cannot take precedence over the
//    instance's __dict__: nothing, or a value of a built-in type that is not a
//    data descriptor. A value of a Python class is left out, since its class
//    could gain a __set__ later without touching this class's tag;
//  - for a dict entry, the entry at that position still holds that very key
//    object.
// Anything else takes the ordinary path, which refills the entry.
#pragma once

#include <cstdint>

#include "objects/attribute_cache.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/type.h"

namespace ys::vm {

using AttrCacheEntry = objects::CodeObject::AttrCacheEntry;

// The class whose instances' attributes may be cached: generic access both ways.
inline bool caches_instance_attrs(const objects::TypeObject* t) {
    return t->is_heap_type && t->getattr == objects::generic_getattr && t->setattr == objects::generic_setattr;
}

inline bool attr_cache_hit(const AttrCacheEntry& e, const objects::TypeObject* t) {
    return e.type == t && e.version == t->version_tag && e.version != 0 &&
           e.epoch == objects::builtin_types_epoch;
}

// The dict an attribute read on `owner` (of class `t`) looks in first and a
// dict entry of the cache points into: a module's globals, else the
// instance's __dict__ (null when it has none). An instance of a class based
// on object (slot_array) is an InstanceObject, whose dict_slot() is called
// directly: `self.n` in a method goes through here, and the general
// instance_dict() makes that a virtual call.
inline objects::DictObject* first_attr_dict(objects::Value owner, const objects::TypeObject* t) {
    if (t->slot_array) {
        auto* slot = static_cast<objects::InstanceObject*>(owner.as_object())->InstanceObject::dict_slot();
        return slot ? slot->get() : nullptr;
    }
    if (t == objects::types().module) return static_cast<objects::ModuleObject*>(owner.as_object())->dict.get();
    return objects::instance_dict(owner, false);
}

// The attribute a dict_entry gives for `owner`, or null (then
// load_attr_uncached). The other kinds keep `entry` at UINT32_MAX, a position
// no dict reaches, so they miss here without a test of their own.
inline objects::Value cached_instance_attr(const AttrCacheEntry& e, objects::Value owner,
                                           objects::StrObject* name) {
    if (!owner.is_object()) return objects::Value();
    objects::TypeObject* t = objects::type_of(owner);
    if (!attr_cache_hit(e, t)) return objects::Value();
    objects::DictObject* d = first_attr_dict(owner, t);
    return d ? d->entry_value(e.entry, name) : objects::Value();
}

// Stores through a dict_entry; false when the ordinary path must do it.
inline bool store_cached_instance_attr(const AttrCacheEntry& e, objects::Value owner, objects::StrObject* name,
                                       objects::Value value) {
    if (!owner.is_object()) return false;
    objects::TypeObject* t = objects::type_of(owner);
    if (!attr_cache_hit(e, t)) return false;
    objects::DictObject* d = first_attr_dict(owner, t);
    return d && d->replace_entry(e.entry, name, value);
}

// The method this site last called on an instance of `t`, or null. The caller
// still checks the instance's own __dict__.
inline objects::Value cached_method(const AttrCacheEntry& e, const objects::TypeObject* t) {
    return attr_cache_hit(e, t) && e.kind == AttrCacheEntry::Kind::method ? e.value : objects::Value();
}

// The method `name` of class `t` that a call can take unbound, with the
// object as its first argument (a function of a Python class, or a method of
// a built-in type), or null; remembered in `e` when the class has a tag.
objects::Value find_method(AttrCacheEntry& e, objects::TypeObject* t, objects::StrObject* name);

// owner.name when cached_instance_attr missed: through a class_value or
// method entry, else the ordinary look-up, after which the entry is refilled.
// Null with an exception pending when the look-up raised.
[[nodiscard]] objects::Val load_attr_uncached(AttrCacheEntry& e, objects::Value owner, objects::StrObject* name);

// owner.name = value when store_cached_instance_attr declined: through a slot
// entry, else the ordinary path, after which the entry remembers where it
// went. False with an exception pending.
[[nodiscard]] bool store_attr_uncached(AttrCacheEntry& e, objects::Value owner, objects::StrObject* name,
                                       objects::Value value);

}  // namespace ys::vm
