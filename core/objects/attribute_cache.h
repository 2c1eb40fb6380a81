// The cache of attribute look-ups along a class's MRO (CPython's type method
// cache in Objects/typeobject.c, keyed by tp_version_tag and an interned name).
// Each session has its own; a class's tag changes whenever the dict of any class
// on its MRO changes, so a stale entry can never match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

struct TypeObject;
class StrObject;

struct AttributeCache {
    struct Entry {
        const TypeObject* type = nullptr;
        uint64_t version = 0;  // the type's version tag when the entry was made
        const StrObject* name = nullptr;
        Value value;  // borrowed from the class dict that holds it; null: not found
    };
    static constexpr size_t kSize = 4096;  // a power of two

    std::vector<Entry> entries = std::vector<Entry>(kSize);
    // Built-in types are shared by all sessions and know none of their subtypes:
    // a change to one bumps a process-wide epoch, and a cache filled under an
    // older epoch empties itself before its next use.
    uint64_t epoch = 0;

    static size_t slot(uint64_t version, const StrObject* name) {
        auto n = reinterpret_cast<uintptr_t>(name);
        return static_cast<size_t>((version * 0x9E3779B97F4A7C15ull) ^ (n >> 4) ^ (n >> 13)) & (kSize - 1);
    }
};

// The cache of the session running on this thread (set with its Context), or
// null outside any session.
extern thread_local constinit AttributeCache* current_attribute_cache;

// Bumped whenever a built-in type's dict changes (see AttributeCache::epoch).
extern uint64_t builtin_types_epoch;

}  // namespace ys::objects
