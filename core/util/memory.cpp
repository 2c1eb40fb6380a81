// The replaceable global operator new and delete, charging the current
// session's MemoryBudget (see memory.h). Each block starts with a small header
// naming the budget that paid and how much, so a delete refunds exactly that,
// whichever budget (if any) is current when it happens. The charge is the
// requested size plus the header, never what malloc rounded it up to: the
// same program then charges the same bytes in every run, and the MemoryError
// comes at the same step. Small blocks come from a pool (block_pool.h).
#include "util/memory.h"

#include <cstdlib>
#include <new>

#include "util/block_pool.h"

namespace ys::util {

thread_local constinit MemoryBudget* current_memory_budget = nullptr;

namespace {

// The header keeps the alignment malloc gives (max_align_t) for what follows it.
struct alignas(alignof(std::max_align_t)) Header {
    MemoryBudget* owner;
    size_t charged;
};

// Room above the cap for raising the MemoryError and printing its traceback,
// and for one operation to finish before the next check notices the cap.
int64_t headroom(int64_t limit) {
    constexpr int64_t kMinHeadroom = int64_t(8) << 20;
    return limit / 4 > kMinHeadroom ? limit / 4 : kMinHeadroom;
}

// Whether a block of `total` bytes (header included) at `alignment` comes
// from the pool, whose blocks are all aligned to kPoolGranule. That is more
// than malloc's alignment in wasm (8), where an object holding a BigInt (a
// range, its iterator: 16, for the __int128 inside) would otherwise go to
// posix_memalign, the slowest path of the allocator, on every `for` loop.
bool pooled(size_t alignment, size_t total) { return alignment <= kPoolGranule && pool_serves(total); }

// Charges and allocates `size` bytes at `alignment` (a power of two, at least
// the header's); null when the budget or malloc refuses.
void* allocate(size_t size, size_t alignment) {
    size_t prefix = alignment > sizeof(Header) ? alignment : sizeof(Header);
    if (size > SIZE_MAX - prefix) return nullptr;
    size_t total = size + prefix;
    MemoryBudget* budget = current_memory_budget;
    if (budget && !budget->charge(total)) return nullptr;
    void* raw = nullptr;
    if (pooled(alignment, total)) {
        raw = pool_take(total);
    } else if (alignment <= alignof(std::max_align_t)) {
        raw = std::malloc(total);
    } else if (posix_memalign(&raw, alignment, total) != 0) {
        raw = nullptr;
    }
    if (!raw) {
        if (budget) budget->refund(total);
        return nullptr;
    }
    char* user = static_cast<char*>(raw) + prefix;
    Header* h = reinterpret_cast<Header*>(user) - 1;
    h->owner = budget;
    h->charged = total;
    return user;
}

void deallocate(void* p, size_t alignment) {
    if (!p) return;
    Header* h = static_cast<Header*>(p) - 1;
    size_t prefix = alignment > sizeof(Header) ? alignment : sizeof(Header);
    MemoryBudget* owner = h->owner;
    size_t charged = h->charged;
    void* raw = static_cast<char*>(p) - prefix;
    if (pooled(alignment, charged)) {
        pool_give(raw);
    } else {
        std::free(raw);
    }
    if (owner) owner->refund(charged);
}

// operator new's contract after a first refusal: retry through the
// new-handler, else throw. Kept out of line, so the common path saves fewer
// registers.
[[gnu::noinline]] void* retry_or_throw(size_t size, size_t alignment) {
    for (;;) {
        std::new_handler handler = std::get_new_handler();
        if (!handler) throw std::bad_alloc();
        handler();
        if (void* p = allocate(size, alignment)) return p;
    }
}

inline void* allocate_or_throw(size_t size, size_t alignment) {
    if (void* p = allocate(size, alignment)) [[likely]] return p;
    return retry_or_throw(size, alignment);
}

}  // namespace

MemoryBudget* MemoryBudget::create(size_t limit) {
    void* raw = std::malloc(sizeof(MemoryBudget));
    if (!raw) throw std::bad_alloc();
    auto* b = new (raw) MemoryBudget();
    b->set_limit(limit);
    return b;
}

void MemoryBudget::set_limit(size_t limit) {
    // "No cap" is a cap no machine reaches, which keeps the checks branch-free.
    constexpr int64_t kNoCap = int64_t(1) << 60;
    limit_ = limit == 0 || static_cast<uint64_t>(limit) > static_cast<uint64_t>(kNoCap) ? kNoCap
                                                                                        : static_cast<int64_t>(limit);
    hard_limit_ = limit_ + headroom(limit_);
    refuse_above_ = hard_limit_;
    wake_at_ = released_ ? 0 : -1;
}

bool MemoryBudget::refuse(size_t bytes) {
    used_ -= static_cast<int64_t>(bytes);
    if (refuse_above_ == hard_limit_) {
        refuse_above_ = hard_limit_ + (hard_limit_ - limit_);
        wake_at_ = limit_;
    }
    return false;
}

void MemoryBudget::wake() {
    if (released_ && used_ == 0) {
        this->~MemoryBudget();
        std::free(this);
        return;
    }
    if (used_ <= limit_) {
        refuse_above_ = hard_limit_;
        wake_at_ = released_ ? 0 : -1;
    }
}

void MemoryBudget::release() {
    if (current_memory_budget == this) current_memory_budget = nullptr;
    released_ = true;
    if (wake_at_ < 0) wake_at_ = 0;
    if (used_ == 0) wake();
}

MemoryBudget* budget_of(const void* allocation) {
    return static_cast<const Header*>(allocation)[-1].owner;
}

}  // namespace ys::util

// The replaceable allocation functions ([new.delete]); the array and sized
// forms share the plain ones, since the header knows the size.
void* operator new(std::size_t n) { return ys::util::allocate_or_throw(n, alignof(std::max_align_t)); }
void* operator new[](std::size_t n) { return ys::util::allocate_or_throw(n, alignof(std::max_align_t)); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    return ys::util::allocate(n, alignof(std::max_align_t));
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    return ys::util::allocate(n, alignof(std::max_align_t));
}
void* operator new(std::size_t n, std::align_val_t a) {
    return ys::util::allocate_or_throw(n, static_cast<size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a) {
    return ys::util::allocate_or_throw(n, static_cast<size_t>(a));
}
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return ys::util::allocate(n, static_cast<size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return ys::util::allocate(n, static_cast<size_t>(a));
}

void operator delete(void* p) noexcept { ys::util::deallocate(p, alignof(std::max_align_t)); }
void operator delete[](void* p) noexcept { ys::util::deallocate(p, alignof(std::max_align_t)); }
void operator delete(void* p, std::size_t) noexcept { ys::util::deallocate(p, alignof(std::max_align_t)); }
void operator delete[](void* p, std::size_t) noexcept { ys::util::deallocate(p, alignof(std::max_align_t)); }
void operator delete(void* p, const std::nothrow_t&) noexcept { ys::util::deallocate(p, alignof(std::max_align_t)); }
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    ys::util::deallocate(p, alignof(std::max_align_t));
}
void operator delete(void* p, std::align_val_t a) noexcept { ys::util::deallocate(p, static_cast<size_t>(a)); }
void operator delete[](void* p, std::align_val_t a) noexcept { ys::util::deallocate(p, static_cast<size_t>(a)); }
void operator delete(void* p, std::size_t, std::align_val_t a) noexcept {
    ys::util::deallocate(p, static_cast<size_t>(a));
}
void operator delete[](void* p, std::size_t, std::align_val_t a) noexcept {
    ys::util::deallocate(p, static_cast<size_t>(a));
}
void operator delete(void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
    ys::util::deallocate(p, static_cast<size_t>(a));
}
void operator delete[](void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
    ys::util::deallocate(p, static_cast<size_t>(a));
}
