// Small blocks for operator new (memory.cpp), by size class, as CPython's
// pymalloc serves its small objects. Python objects are small and made and
// freed at a high rate (a frame per call, a future per await): taking a block
// from a free list is much faster than malloc, in wasm (dlmalloc) as natively
// (glibc), and blocks of a class lying side by side make the cycle
// collector's walks through the heap touch fewer cache lines.
//
// Each class cuts its blocks from 64 KiB slabs, aligned to their size so that
// a block finds its slab by masking its address. A slab counts its blocks in
// use; one that empties goes to a list of spare slabs that any class may take,
// unless it is its class's last. So once a session is gone its slabs are
// spare, and the next session's blocks are cut in address order again rather
// than taken from free lists scattered over the old heap (which made a second
// run of the same program in one wasm instance 60% slower, in a first version
// that kept every block on its class's list). Slabs come from 2 MiB arenas
// that are never freed: a process keeps the most it ever used in small blocks
// (a wasm heap never shrinks anyway).
//
// Sanitizer builds leave the pool out, so that AddressSanitizer sees every
// block freed.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ys::util {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr size_t kPooledMax = 0;
#else
// Blocks up to this size (memory.cpp's header included) come from the pool.
inline constexpr size_t kPooledMax = 512;
#endif
// The class step, and every block's alignment: at least max_align_t's.
inline constexpr size_t kPoolGranule = 16;
static_assert(kPoolGranule % alignof(std::max_align_t) == 0);
inline constexpr size_t kPoolSlabBytes = size_t(64) << 10;

struct PooledBlock {
    PooledBlock* next;
};

// The head of a slab; its blocks follow.
struct PoolSlab {
    PooledBlock* free;     // blocks given back, to be taken first
    char* unused;          // the rest never handed out yet
    char* end;
    PoolSlab* prev;        // in its class's list of slabs with room
    PoolSlab* next;
    uint32_t live;         // blocks handed out and not given back
    uint32_t block_bytes;
    bool listed;           // in that list (it has room)
};

// One size class: its slabs with room, the one to take from first.
struct PoolClass {
    PoolSlab* with_room = nullptr;
};

extern thread_local constinit PoolClass pool_classes[kPooledMax / kPoolGranule + 1];

inline bool pool_serves(size_t bytes) { return bytes <= kPooledMax; }

inline PoolSlab* pool_slab_of(void* block) {
    return reinterpret_cast<PoolSlab*>(reinterpret_cast<uintptr_t>(block) & ~uintptr_t(kPoolSlabBytes - 1));
}

// The slow paths (block_pool.cpp): a new slab for the class, its first block
// taken (null when malloc refuses); a full slab leaving its class's list,
// one with room joining it; an empty one made spare.
void* pool_take_from_new_slab(size_t block_bytes);
void pool_unlist(PoolSlab* s);
void pool_relist(PoolSlab* s);
void pool_slab_emptied(PoolSlab* s);

// A block of at least `bytes` (pool_serves(bytes) must hold), aligned as
// malloc aligns; null when no memory is left.
inline void* pool_take(size_t bytes) {
    size_t index = (bytes + kPoolGranule - 1) / kPoolGranule;
    PoolClass& c = pool_classes[index];
    PoolSlab* s = c.with_room;
    if (!s) [[unlikely]] return pool_take_from_new_slab(index * kPoolGranule);
    void* block;
    if (PooledBlock* b = s->free) {
        s->free = b->next;
        block = b;
    } else {
        block = s->unused;
        s->unused += s->block_bytes;
    }
    ++s->live;
    if (!s->free && s->end - s->unused < static_cast<ptrdiff_t>(s->block_bytes)) [[unlikely]] pool_unlist(s);
    return block;
}

// Gives back a block pool_take returned.
inline void pool_give(void* block) {
    PoolSlab* s = pool_slab_of(block);
    auto* b = static_cast<PooledBlock*>(block);
    b->next = s->free;
    s->free = b;
    if (--s->live == 0) [[unlikely]] {
        pool_slab_emptied(s);
    } else if (!s->listed) [[unlikely]] {
        pool_relist(s);
    }
}

}  // namespace ys::util
