// The small-block pool under operator new (util/block_pool.h): reuse within a
// size class, alignment, blocks that never overlap across slabs, and charges
// that do not depend on the class a request is rounded up to.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <vector>

#include "util/block_pool.h"
#include "util/memory.h"

using ys::util::kPooledMax;
using ys::util::kPoolGranule;
using ys::util::MemoryBudget;
using ys::util::MemoryScope;

namespace {

struct Budget {
    explicit Budget(size_t limit) : b(MemoryBudget::create(limit)) {}
    ~Budget() { b->release(); }
    MemoryBudget* b;
};

// The sanitizer build has no pool (block_pool.h); its tests then have
// nothing to examine, and say so.
bool pool_enabled() {
    if (kPooledMax == 0) WARN("no block pool in a sanitizer build: nothing to check");
    return kPooledMax > 0;
}

}  // namespace

TEST_CASE("a freed small block is the next one of its size class", "[util][block_pool]") {
    if (!pool_enabled()) return;
    // Nothing between a delete and the next new may allocate (Catch's
    // checks do): the pointers are compared at the end.
    void* a = ::operator new(33);
    auto a_address = reinterpret_cast<uintptr_t>(a);
    ::operator delete(a);
    // 33, 36 and 40 bytes fall in the same 16-byte class with memory.cpp's
    // header, which is 16 bytes natively and 8 in wasm.
    void* b = ::operator new(40);
    auto b_address = reinterpret_cast<uintptr_t>(b);
    ::operator delete(b);
    // A request of another class does not take it; the next of the class does.
    void* c = ::operator new(200);
    void* d = ::operator new(36);
    CHECK(b_address == a_address);
    CHECK(reinterpret_cast<uintptr_t>(c) != a_address);
    CHECK(reinterpret_cast<uintptr_t>(d) == a_address);
    ::operator delete(c);
    ::operator delete(d);
}

TEST_CASE("pooled blocks are aligned as malloc's and never overlap, across many slabs", "[util][block_pool]") {
    if (!pool_enabled()) return;
    // Several size classes, enough blocks of each to fill several 64 KiB slabs.
    for (size_t size : {size_t(1), size_t(24), size_t(100), kPooledMax - 16}) {
        std::vector<unsigned char*> blocks;  // (the casts: operator new gives void*)
        for (int i = 0; i < 5000; ++i) {
            auto* p = static_cast<unsigned char*>(::operator new(size));
            REQUIRE(reinterpret_cast<uintptr_t>(p) % alignof(std::max_align_t) == 0);
            std::memset(p, i & 0xff, size);
            blocks.push_back(p);
        }
        // Every block still holds what was written into it.
        bool intact = true;
        for (int i = 0; i < 5000; ++i)
            for (size_t k = 0; k < size; ++k) intact = intact && blocks[i][k] == (i & 0xff);
        CHECK(intact);
        std::vector<unsigned char*> sorted = blocks;
        std::sort(sorted.begin(), sorted.end());
        bool apart = true;
        for (size_t i = 1; i < sorted.size(); ++i) apart = apart && sorted[i] - sorted[i - 1] >= std::ptrdiff_t(size);
        CHECK(apart);
        for (auto* p : blocks) ::operator delete(p);
    }
}

TEST_CASE("a budget is charged the request and the header, not the size class", "[util][block_pool]") {
    Budget budget(size_t(64) << 20);
    MemoryScope scope(budget.b);
    size_t before = budget.b->used();
    void* one = ::operator new(1);
    size_t after_one = budget.b->used();
    void* fifteen = ::operator new(15);
    size_t after_fifteen = budget.b->used();
    void* big = ::operator new(kPooledMax * 4);
    size_t after_big = budget.b->used();
    ::operator delete(big);
    ::operator delete(fifteen);
    ::operator delete(one);
    size_t after_all = budget.b->used();
    size_t header = after_one - before - 1;
    // The same class, yet 14 bytes more: the charge is what was asked for, so a
    // MemoryError comes at the same step whatever the pool rounds to.
    CHECK(after_fifteen - after_one == header + 15);
    CHECK(after_big - after_fifteen == header + kPooledMax * 4);
    CHECK(header <= 2 * alignof(std::max_align_t));
    CHECK(after_all == before);
}

TEST_CASE("the size classes are 16-byte steps up to the largest pooled size", "[util][block_pool]") {
    if (!pool_enabled()) return;
    CHECK(kPoolGranule % alignof(std::max_align_t) == 0);
    CHECK(ys::util::pool_serves(kPooledMax));
    CHECK_FALSE(ys::util::pool_serves(kPooledMax + 1));
    // Two requests a granule apart never share a class: the block freed by
    // the smaller is not reused for the larger.
    void* small = ::operator new(64);
    auto small_address = reinterpret_cast<uintptr_t>(small);
    ::operator delete(small);
    void* larger = ::operator new(64 + kPoolGranule);
    CHECK(reinterpret_cast<uintptr_t>(larger) != small_address);
    ::operator delete(larger);
}

TEST_CASE("blocks freed in any order are handed out in address order again", "[util][block_pool]") {
    if (!pool_enabled()) return;
    // Slabs' worth of one class, freed in a shuffled order: the emptied slabs
    // are cut afresh, so the next batch lies block after block (blocks taken
    // back from a scattered free list would not).
    constexpr size_t kSize = 112;  // a 128-byte class with memory.cpp's header (8 or 16 bytes)
    constexpr int kCount = 20000;  // about 40 slabs
    // Earlier tests leave blocks of the class alive here and there, in slabs
    // that keep their free blocks: a first batch, held until the end, takes
    // those, so that the batch examined lies (but for at most one slab) in
    // slabs of its own.
    std::vector<uintptr_t> held, first, second;
    held.reserve(kCount);  // larger than any pooled block: from malloc
    first.reserve(kCount);
    second.reserve(kCount);
    for (int i = 0; i < kCount; ++i) held.push_back(reinterpret_cast<uintptr_t>(::operator new(kSize)));
    for (int i = 0; i < kCount; ++i) first.push_back(reinterpret_cast<uintptr_t>(::operator new(kSize)));
    std::shuffle(first.begin(), first.end(), std::mt19937(12345));
    for (uintptr_t p : first) ::operator delete(reinterpret_cast<void*>(p));
    for (int i = 0; i < kCount; ++i) second.push_back(reinterpret_cast<uintptr_t>(::operator new(kSize)));
    int adjacent = 0;
    for (int i = 1; i < kCount; ++i) adjacent += second[i] - second[i - 1] == 128;
    for (uintptr_t p : second) ::operator delete(reinterpret_cast<void*>(p));
    for (uintptr_t p : held) ::operator delete(reinterpret_cast<void*>(p));
    CHECK(adjacent > kCount * 9 / 10);
}
