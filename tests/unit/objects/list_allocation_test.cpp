// The list allocation model behind list.__sizeof__: it must reproduce the
// `allocated` counts of CPython 3.11's listobject.c (the expected numbers are
// CPython's, read back through sys.getsizeof: (size - 56) / 8).
#include <catch2/catch.hpp>

#include <vector>

#include "objects/abstract.h"
#include "objects/range.h"
#include "objects/tuple.h"
#include "test_context.h"

using namespace ys::objects;

TEST_CASE("appending over-allocates as list_resize does", "[objects][list]") {
    ListAllocation a;
    std::vector<int64_t> seen;
    for (int i = 0; i < 40; ++i) {
        a.append();
        seen.push_back(a.allocated);
    }
    std::vector<int64_t> expected;
    for (int64_t cap : {4, 8, 16, 24, 32, 40})
        while (static_cast<int64_t>(expected.size()) < cap) expected.push_back(cap);
    CHECK(seen == expected);
    CHECK(a.size == 40);
}

TEST_CASE("exact preallocation rounds up to an even count", "[objects][list]") {
    ListAllocation a;
    a.extend_exact(3);  // [1, 2, 3]: BUILD_LIST 0, then LIST_EXTEND of a constant tuple
    CHECK(a.allocated == 4);
    a.extend_exact(1);  // fits
    CHECK(a.allocated == 4);
    a.exact(3);  // PyList_New(3), [a, b, c]
    CHECK(a.allocated == 3);
    a.clear();
    a.extend_exact(0);
    CHECK(a.allocated == 0);
    CHECK_FALSE(a.has_buffer);
}

TEST_CASE("extending from an iterator uses its length hint, then cuts back", "[objects][list]") {
    ListAllocation a;
    a.extend_iterable(8, 3);  // list(map(...)) of three items: the default hint
    CHECK(a.allocated == 8);
    ListAllocation b;
    b.extend_iterable(8, 1);
    CHECK(b.allocated == 4);
    ListAllocation c;
    c.extend_iterable(8, 0);
    CHECK(c.allocated == 0);
    ListAllocation d;
    d.extend_iterable(8, 9);  // outgrows the guess: one list_resize
    CHECK(d.allocated == 16);
    ListAllocation e;
    e.exact(1);
    e.extend_iterable(5, 5);  // [1, *range(5)]
    CHECK(e.allocated == 12);
}

TEST_CASE("shrinking reallocates below half", "[objects][list]") {
    ListAllocation a;
    a.exact(30);  // [1, 2, 3] * 10
    a.assign_slice(5);  // del l[5:]
    CHECK(a.allocated == 8);
    a.resize(6);  // insert
    CHECK(a.allocated == 8);
    a.resize(18);  // l *= 3: a big jump is allocated almost exactly
    CHECK(a.allocated == 20);
}

TEST_CASE("a list emptied by pop keeps its buffer, clear() frees it", "[objects][list]") {
    ListAllocation a;
    a.exact(1);
    a.resize(0);  // [1].pop(): still within the allocation
    CHECK(a.allocated == 1);
    CHECK(a.has_buffer);
    a.extend_exact(3);  // so extend resizes instead of preallocating
    CHECK(a.allocated == 8);
    a.clear();
    a.extend_exact(3);
    CHECK(a.allocated == 4);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "lists built from iterables size like CPython's", "[objects][list]") {
    Val range = make<RangeObject>(BigInt(0), BigInt(5), BigInt(1)).into_val();
    CHECK(list_length_hint(range) == 5);
    Val it = get_iter(range);
    REQUIRE(it);
    CHECK(list_length_hint(it) == 5);
    REQUIRE(iter_next(it));
    CHECK(list_length_hint(it) == 4);

    std::vector<Val> items;
    REQUIRE(collect_items(range, &items));
    auto list = new_list_from(items, range, 5);  // list(range(5))
    CHECK(list->allocation().allocated == 6);
    list->allocation().append();
    list->items.push_back(Val::small_int(5));
    CHECK(list->allocation().allocated == 6);
    // A change the model was not told about is caught up with as one list_resize.
    list->items.resize(1);
    CHECK(list->allocation().allocated == 4);
}
