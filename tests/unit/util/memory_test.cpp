// The memory budget under operator new (util/memory.h): exact charges and
// refunds, whichever budget is current at the delete, and the hard limit.
#include <catch2/catch.hpp>

#include <memory>
#include <new>
#include <string>
#include <vector>

#include "util/memory.h"

using ys::util::MemoryBudget;
using ys::util::MemoryScope;
using ys::util::UncountedScope;

namespace {

// A budget released at the end of the test.
struct Budget {
    explicit Budget(size_t limit) : b(MemoryBudget::create(limit)) {}
    ~Budget() { b->release(); }
    MemoryBudget* b;
};

}  // namespace

TEST_CASE("allocations under a budget are charged and refunded exactly", "[util][memory]") {
    Budget budget(size_t(64) << 20);
    MemoryBudget* b = budget.b;
    size_t before = b->used();
    std::vector<char>* v;
    {
        MemoryScope scope(b);
        v = new std::vector<char>(1000);
        CHECK(ys::util::budget_of(v) == b);
        CHECK(ys::util::budget_of(v->data()) == b);
        // The request plus a header each, never less.
        CHECK(b->used() >= before + 1000 + sizeof(std::vector<char>));
        CHECK(b->used() < before + 1000 + sizeof(std::vector<char>) + 128);
    }
    // Freed outside the scope: the budget that paid is refunded all the same.
    delete v;
    CHECK(b->used() == before);
    CHECK(b->peak() >= before + 1000);
}

TEST_CASE("allocations outside any budget, or in an uncounted scope, are charged to none", "[util][memory]") {
    Budget budget(size_t(64) << 20);
    auto outside = std::make_unique<int>(1);
    CHECK(ys::util::budget_of(outside.get()) == nullptr);
    MemoryScope scope(budget.b);
    size_t before = budget.b->used();
    {
        UncountedScope uncounted;
        auto inside = std::make_unique<std::string>(500, 'x');
        CHECK(ys::util::budget_of(inside.get()) == nullptr);
    }
    CHECK(budget.b->used() == before);
}

TEST_CASE("a released budget lives until what it paid for is freed", "[util][memory]") {
    MemoryBudget* b = MemoryBudget::create(size_t(64) << 20);
    std::string* s;
    {
        MemoryScope scope(b);
        s = new std::string(4096, 'y');
    }
    b->release();
    // Refunds the released budget, which then frees itself (ASan would see a misuse).
    delete s;
}

TEST_CASE("past the hard limit one request is refused, then the unwinding may allocate", "[util][memory]") {
    Budget budget(size_t(32) << 20);  // the hard limit is 8 MiB higher
    MemoryBudget* b = budget.b;
    MemoryScope scope(b);
    std::vector<std::unique_ptr<char[]>> held;
    for (int i = 0; i < 39; ++i) held.emplace_back(new char[1 << 20]);
    CHECK(b->over());
    CHECK_FALSE(b->fits(1));
    CHECK_THROWS_AS(held.emplace_back(new char[size_t(2) << 20]), std::bad_alloc);
    // Refused once: more headroom, so that a MemoryError can be raised and printed.
    held.emplace_back(new char[size_t(2) << 20]);
    // Back under the cap, the hard limit is in force again.
    held.clear();
    CHECK_FALSE(b->over());
    for (int i = 0; i < 39; ++i) held.emplace_back(new char[1 << 20]);
    CHECK_THROWS_AS(held.emplace_back(new char[size_t(2) << 20]), std::bad_alloc);
    held.clear();
}

TEST_CASE("no cap: 0", "[util][memory]") {
    Budget budget(0);
    CHECK(budget.b->fits(size_t(1) << 30));
    CHECK_FALSE(budget.b->over());
}
