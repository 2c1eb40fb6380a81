// The slabs behind the small-block pool (see block_pool.h). Each thread has its
// own classes; a block must be given back on the thread that took it, as every
// object of a session is.
#include "util/block_pool.h"

#include <cstdlib>

namespace ys::util {

thread_local constinit PoolClass pool_classes[kPooledMax / kPoolGranule + 1];

namespace {

constexpr size_t kSlabHeaderBytes = (sizeof(PoolSlab) + kPoolGranule - 1) / kPoolGranule * kPoolGranule;

PoolClass& class_of(const PoolSlab* s) { return pool_classes[s->block_bytes / kPoolGranule]; }

// Puts a slab with room at the front of its class's list: the next block of
// the class comes from it, near the ones just used.
void push_front(PoolSlab* s) {
    PoolClass& c = class_of(s);
    s->prev = nullptr;
    s->next = c.with_room;
    if (c.with_room) c.with_room->prev = s;
    c.with_room = s;
    s->listed = true;
}

// Its blocks are all free: hand them out again in address order.
void reset(PoolSlab* s) {
    s->free = nullptr;
    s->unused = reinterpret_cast<char*>(s) + kSlabHeaderBytes;
}

// Slabs are cut from 2 MiB arenas, each aligned to its size inside the arena.
// An emptied slab goes on the spare list for any class to take; arenas are
// never freed (block_pool.h).
constexpr size_t kArenaBytes = size_t(2) << 20;
thread_local constinit char* arena_next = nullptr;
thread_local constinit char* arena_end = nullptr;
thread_local constinit PoolSlab* spare_slabs = nullptr;

PoolSlab* take_slab() {
    if (PoolSlab* s = spare_slabs) {
        spare_slabs = s->next;
        return s;
    }
    if (arena_end - arena_next < static_cast<ptrdiff_t>(kPoolSlabBytes)) {
        // The part of an arena before its first aligned slab, and the end of
        // the last arena, are never touched (in a fresh mapping, never paged in).
        auto* arena = static_cast<char*>(std::malloc(kArenaBytes));
        if (!arena) return nullptr;
        auto misaligned = reinterpret_cast<uintptr_t>(arena) % kPoolSlabBytes;
        arena_next = misaligned ? arena + (kPoolSlabBytes - misaligned) : arena;
        arena_end = arena + kArenaBytes;
    }
    auto* s = reinterpret_cast<PoolSlab*>(arena_next);
    arena_next += kPoolSlabBytes;
    return s;
}

}  // namespace

void* pool_take_from_new_slab(size_t block_bytes) {
    PoolSlab* s = take_slab();
    if (!s) return nullptr;
    reset(s);
    s->end = reinterpret_cast<char*>(s) + kPoolSlabBytes;
    s->live = 0;
    s->block_bytes = static_cast<uint32_t>(block_bytes);
    push_front(s);
    return pool_take(block_bytes);
}

void pool_unlist(PoolSlab* s) {
    PoolClass& c = class_of(s);
    if (s->prev) {
        s->prev->next = s->next;
    } else {
        c.with_room = s->next;
    }
    if (s->next) s->next->prev = s->prev;
    s->prev = s->next = nullptr;
    s->listed = false;
}

void pool_relist(PoolSlab* s) { push_front(s); }

void pool_slab_emptied(PoolSlab* s) {
    // A slab with one block had no room before this block came back.
    if (!s->listed) push_front(s);
    PoolClass& c = class_of(s);
    if (c.with_room == s && !s->next) {
        // The class's last slab stays, so that making and freeing one object
        // over and over does not allocate a slab each time.
        reset(s);
        return;
    }
    pool_unlist(s);
    s->next = spare_slabs;
    spare_slabs = s;
}

}  // namespace ys::util
