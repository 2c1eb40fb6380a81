// set and frozenset: the table must reproduce CPython's iteration order, pop
// order and frozenset hash exactly (the expected values come from CPython 3.11).
#include <catch2/catch.hpp>

#include "objects/abstract.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "test_context.h"

using namespace ys::objects;

namespace {

std::string repr_of(Value v) {
    std::string s;
    REQUIRE(repr_text(v, &s));
    return s;
}

Ref<SetObject> set_of(std::initializer_list<int64_t> items) {
    auto s = new_set();
    for (int64_t i : items) REQUIRE(set_add(s.get(), Value::small_int(i)));
    return s;
}

}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "sets of ints iterate in CPython's order", "[objects][set]") {
    CHECK(repr_of(set_of({5, 1, 33, 9, 17}).get()) == "{1, 33, 5, 9, 17}");
    CHECK(repr_of(set_of({64, 128, 0, 8, 16, 1}).get()) == "{64, 0, 128, 1, 8, 16}");
    auto s = set_of({64, 128, 0, 8, 16, 1});
    REQUIRE(s->discard_key(Value::small_int(128)) == 1);
    REQUIRE(set_add(s.get(), Value::small_int(192)));  // reuses the dummy slot
    CHECK(repr_of(s.get()) == "{64, 0, 192, 1, 8, 16}");
    CHECK(repr_of(new_set().get()) == "set()");
    CHECK(repr_of(new_frozenset().get()) == "frozenset()");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "set(range(...)) and deletions follow the resize rules", "[objects][set]") {
    Val r = make<RangeObject>(BigInt(20), BigInt(0), BigInt(-3)).into_val();
    auto s = new_set_from(r, false);
    REQUIRE(s);
    CHECK(repr_of(s.get()) == "{2, 5, 8, 11, 14, 17, 20}");

    auto big = new_set();
    for (int64_t i = 0; i < 100; ++i) REQUIRE(set_add(big.get(), Value::small_int(i)));
    for (int64_t i = 0; i < 100; i += 2) REQUIRE(big->discard_key(Value::small_int(i)) == 1);
    CHECK(big->size() == 50);
    std::vector<int64_t> first;
    size_t pos = 0;
    const SetObject::Entry* e;
    while (first.size() < 5 && big->next(&pos, &e)) first.push_back(e->key.get().as_small_int());
    CHECK(first == std::vector<int64_t>{1, 3, 5, 7, 9});
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "pop walks the table from its finger", "[objects][set]") {
    auto s = set_of({5, 13, 21, 29, 37, 45});
    std::vector<int64_t> popped;
    for (int i = 0; i < 3; ++i) popped.push_back(s->pop().get().as_small_int());
    CHECK(popped == std::vector<int64_t>{37, 5, 13});
    CHECK(repr_of(s.get()) == "{45, 21, 29}");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "set algebra keeps CPython's result order", "[objects][set]") {
    auto a = set_of({1, 2, 3});
    Val diff = binary_op(a.get(), set_of({2}).get(), BinaryOp::Subtract);
    REQUIRE(diff);
    CHECK(repr_of(diff) == "{1, 3}");
    Val u = binary_op(a.get(), set_of({100, 50, 7}).get(), BinaryOp::Or);
    REQUIRE(u);
    CHECK(repr_of(u) == "{1, 2, 3, 50, 100, 7}");
    Val i = binary_op(set_of({1, 2, 3, 4}).get(), set_of({4, 3, 9}).get(), BinaryOp::And);
    REQUIRE(i);
    CHECK(repr_of(i) == "{3, 4}");
    Val x = binary_op(a.get(), set_of({3, 4, 5}).get(), BinaryOp::Xor);
    REQUIRE(x);
    CHECK(repr_of(x) == "{1, 2, 4, 5}");
    CHECK(rich_compare_bool(set_of({1, 2}).get(), a.get(), CompareOp::Lt) == 1);
    CHECK(rich_compare_bool(a.get(), set_of({3, 2, 1}).get(), CompareOp::Eq) == 1);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "floats, tuples and big ints hash like CPython", "[objects][set]") {
    auto floats = new_set();
    for (double d : {0.5, 1.5, 2.25, -1.0, 1e100}) REQUIRE(set_add(floats.get(), new_float(d)));
    CHECK(repr_of(floats.get()) == "{0.5, 1.5, 2.25, 1e+100, -1.0}");
    auto tuples = new_set();
    for (auto [x, y] : {std::pair{1, 2}, {3, 4}, {0, 0}, {2, 1}})
        REQUIRE(set_add(tuples.get(), new_tuple({new_int(x), new_int(y)}).get()));
    CHECK(repr_of(tuples.get()) == "{(1, 2), (2, 1), (3, 4), (0, 0)}");
    auto mixed = new_set();
    for (Val v : {new_int(7), new_int_from_decimal("1180591620717411303424"), new_int(-5)})
        REQUIRE(set_add(mixed.get(), v));
    CHECK(repr_of(mixed.get()) == "{1180591620717411303424, -5, 7}");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "frozenset hash matches CPython", "[objects][set]") {
    int64_t h;
    auto f = new_set_from(set_of({1, 2, 3}).get(), true);
    REQUIRE(hash(f.get(), &h));
    CHECK(h == -272375401224217160);
    REQUIRE(hash(new_frozenset().get(), &h));
    CHECK(h == 133146708735736);
    auto inner = new_set_from(set_of({1}).get(), true);
    auto outer = new_frozenset();
    REQUIRE(set_add(outer.get(), inner.get()));
    REQUIRE(set_add(outer.get(), Value::small_int(2)));
    REQUIRE(hash(outer.get(), &h));
    CHECK(h == -1248503628839622056);
    CHECK(repr_of(f.get()) == "frozenset({1, 2, 3})");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "sets are unhashable and reject unhashable keys", "[objects][set]") {
    int64_t h;
    CHECK_FALSE(hash(new_set().get(), &h));
    CHECK(exception_message(context.take_error()) == "unhashable type: 'set'");
    auto s = new_set();
    CHECK_FALSE(set_add(s.get(), new_list({}).get()));
    CHECK(exception_message(context.take_error()) == "unhashable type: 'list'");
}
