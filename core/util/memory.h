// Per-session memory accounting: every operator new made while a session's
// budget is current is charged to that budget, and every delete refunds the
// budget that paid. CPython has no cap; it raises MemoryError when malloc fails
// (PyErr_NoMemory). Here the cap is a number, so the failure is deterministic
// and comes before the process (or the wasm heap) runs out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace ys::util {

// What one session (one run of a program) may allocate. The interpreter
// raises MemoryError at its checks once `used` passes `limit`; operator new
// itself refuses (std::bad_alloc) only past the hard limit, the cap plus some
// headroom for raising, unwinding and printing the MemoryError.
class MemoryBudget {
public:
    // Budgets are plain malloc'd blocks: an allocation refunds its budget when
    // it is freed, even after the session that paid for it is gone, so a
    // budget is freed only once it is released and nothing it paid for is left.
    static MemoryBudget* create(size_t limit);
    void release();

    // The cap (on wasm, a "no cap" reads as SIZE_MAX).
    size_t limit() const {
        return static_cast<uint64_t>(limit_) > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(limit_);
    }
    // 0 means no cap.
    void set_limit(size_t limit);
    // Bytes charged and not yet refunded (each allocation with its header).
    size_t used() const { return static_cast<size_t>(used_); }
    // The most `used` has been.
    size_t peak() const { return static_cast<size_t>(peak_); }
    bool over() const { return used_ > limit_; }
    // True when `bytes` more would still be within the cap.
    bool fits(size_t bytes) const {
        return static_cast<uint64_t>(bytes) <= static_cast<uint64_t>(limit_) &&
               used_ <= limit_ - static_cast<int64_t>(bytes);
    }

    // Called by operator new: false (and nothing charged) when the charge
    // would pass the hard limit.
    bool charge(size_t bytes) {
        used_ += static_cast<int64_t>(bytes);
        if (used_ > refuse_above_) [[unlikely]] return refuse(bytes);
        if (used_ > peak_) peak_ = used_;
        return true;
    }
    void refund(size_t bytes) {
        used_ -= static_cast<int64_t>(bytes);
        if (used_ <= wake_at_) [[unlikely]] wake();
    }

private:
    MemoryBudget() = default;
    bool refuse(size_t bytes);
    void wake();

    // Signed, so that `limit_ - request` needs no care about wrapping around.
    int64_t used_ = 0;
    int64_t peak_ = 0;
    int64_t limit_ = 0;
    int64_t hard_limit_ = 0;
    // A charge taking `used_` past this is refused: the hard limit; after a
    // refusal, one more headroom, so the code unwinding from it can still
    // allocate, until `used_` is back under the cap.
    int64_t refuse_above_ = 0;
    // refund() looks closer once `used_` is down to this: the cap after a
    // refusal (to restore the hard limit), 0 once released (to free the
    // budget), else -1 (never).
    int64_t wake_at_ = -1;
    bool released_ = false;
};

// The budget charged by operator new on this thread (the running session's),
// or null: allocations are then not counted at all.
extern thread_local constinit MemoryBudget* current_memory_budget;

// Makes `budget` (null: none) current for the lifetime of the scope.
class MemoryScope {
public:
    explicit MemoryScope(MemoryBudget* budget) : previous_(current_memory_budget) { current_memory_budget = budget; }
    ~MemoryScope() { current_memory_budget = previous_; }
    MemoryScope(const MemoryScope&) = delete;
    MemoryScope& operator=(const MemoryScope&) = delete;

private:
    MemoryBudget* previous_;
};

// Allocations no session pays for: process-wide objects made on first use
// (built-in types, interned names), which only the first session to touch
// them would otherwise be charged for, and the inspector's own records.
class UncountedScope : public MemoryScope {
public:
    UncountedScope() : MemoryScope(nullptr) {}
};

// Runs `make` uncounted: `static T* t = util::uncounted([] { ... });`.
template <class F>
auto uncounted(F&& make) {
    UncountedScope scope;
    return std::forward<F>(make)();
}

// The budget an allocation made by operator new was charged to, or null.
MemoryBudget* budget_of(const void* allocation);

}  // namespace ys::util
