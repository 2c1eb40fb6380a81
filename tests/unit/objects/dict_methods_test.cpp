// dict methods, views and iteration: popitem order, update from pairs and
// keywords, KeyError arguments, equality, `|`, and the mutation checks of the
// dict iterators (expected results from CPython 3.11).
#include <catch2/catch.hpp>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
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

// Calls a method of `obj` with positional arguments.
Val call_method(Value obj, const char* name, std::vector<Val> args = {}) {
    Val m = get_attr(obj, intern(name));
    REQUIRE(m);
    return call(m, CallArgs{args.data(), args.size(), nullptr});
}

Ref<DictObject> sample() {
    auto d = new_dict();
    for (int64_t i = 0; i < 10; ++i) REQUIRE(d->set(Value::small_int(i * 7 % 11), Value::small_int(i)));
    REQUIRE(d->remove(Value::small_int(3)) == 1);
    REQUIRE(d->remove(Value::small_int(8)) == 1);
    return d;
}

}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "popitem is LIFO and skips holes", "[objects][dict]") {
    auto d = sample();
    CHECK(repr_of(d.get()) == "{0: 0, 7: 1, 10: 3, 6: 4, 2: 5, 9: 6, 5: 7, 1: 8}");
    CHECK(repr_of(call_method(d.get(), "popitem")) == "(1, 8)");
    CHECK(repr_of(call_method(d.get(), "popitem")) == "(5, 7)");
    CHECK(repr_of(d.get()) == "{0: 0, 7: 1, 10: 3, 6: 4, 2: 5, 9: 6}");
    // Reinserting after pops keeps working (the index keeps dummies).
    for (int64_t i = 0; i < 50; ++i) {
        REQUIRE(d->set(Value::small_int(100 + i), Value::small_int(i)));
        Val key, value;
        d->pop_last(&key, &value);
        CHECK(key.get().as_small_int() == 100 + i);
    }
    CHECK(d->size() == 6);
    call_method(d.get(), "clear");
    CHECK_FALSE(call(get_attr(d.get(), intern("popitem")), CallArgs{}));
    CHECK(exception_message(context.take_error()) == "'popitem(): dictionary is empty'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "get, setdefault and pop", "[objects][dict]") {
    auto d = sample();
    CHECK(repr_of(call_method(d.get(), "get", {new_int(42)})) == "None");
    CHECK(repr_of(call_method(d.get(), "get", {new_int(42), new_str_val("x")})) == "'x'");
    CHECK(repr_of(call_method(d.get(), "setdefault", {new_int(42), new_int(1)})) == "1");
    CHECK(repr_of(call_method(d.get(), "setdefault", {new_int(42), new_int(2)})) == "1");
    CHECK(repr_of(call_method(d.get(), "pop", {new_int(42)})) == "1");
    CHECK(repr_of(call_method(d.get(), "pop", {new_int(42), new_int(-1)})) == "-1");
    Val missing = call(get_attr(d.get(), intern("pop")), CallArgs{nullptr, 0, nullptr});
    CHECK_FALSE(missing);
    CHECK(exception_message(context.take_error()) == "pop expected at least 1 argument, got 0");
    Val key = new_tuple({new_str_val("missing"), new_int(1)}).into_val();
    CHECK_FALSE(get_item(d.get(), key));
    Val exc = context.take_error();
    CHECK(exception_message(exc) == "('missing', 1)");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "update takes pairs and keywords", "[objects][dict]") {
    auto d = sample();
    Val pairs = new_list({new_tuple({new_int(100), new_int(1)}).into_val()}).into_val();
    Val names = new_tuple({new_str_val("z")}).into_val();
    Val args[] = {pairs, new_int(5)};
    Val update = get_attr(d.get(), intern("update"));
    REQUIRE(call(update, CallArgs{args, 2, as_tuple(names)}));
    CHECK(repr_of(d.get()) == "{0: 0, 7: 1, 10: 3, 6: 4, 2: 5, 9: 6, 5: 7, 1: 8, 100: 1, 'z': 5}");
    Val bad = new_list({new_tuple({new_int(1), new_int(2), new_int(3)}).into_val()}).into_val();
    CHECK_FALSE(call(update, CallArgs{&bad, 1, nullptr}));
    CHECK(exception_message(context.take_error()) == "dictionary update sequence element #0 has length 3; 2 is required");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "views, equality and the | operator", "[objects][dict]") {
    auto d = sample();
    CHECK(repr_of(call_method(d.get(), "keys")) == "dict_keys([0, 7, 10, 6, 2, 9, 5, 1])");
    auto small = new_dict();
    REQUIRE(small->set(new_int(1), new_int(2)));
    CHECK(repr_of(call_method(small.get(), "items")) == "dict_items([(1, 2)])");
    CHECK(repr_of(call_method(small.get(), "values")) == "dict_values([2])");
    auto other = new_dict();
    REQUIRE(other->set(new_int(1), new_int(2)));
    CHECK(rich_compare_bool(small.get(), other.get(), CompareOp::Eq) == 1);
    REQUIRE(other->set(new_int(3), new_int(4)));
    CHECK(rich_compare_bool(small.get(), other.get(), CompareOp::Ne) == 1);
    Val merged = binary_op(small.get(), other.get(), BinaryOp::Or);
    REQUIRE(merged);
    CHECK(repr_of(merged) == "{1: 2, 3: 4}");
    int64_t h;
    CHECK_FALSE(hash(small.get(), &h));
    CHECK(exception_message(context.take_error()) == "unhashable type: 'dict'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "iterating a dict that changes size raises", "[objects][dict]") {
    auto d = sample();
    Val it = get_iter(d.get());
    REQUIRE(it);
    Val first = iter_next(it);
    REQUIRE(first);
    CHECK(first.get().as_small_int() == 0);
    REQUIRE(d->set(new_int(500), new_int(1)));
    CHECK_FALSE(iter_next(it));
    CHECK(exception_message(context.take_error()) == "dictionary changed size during iteration");
    // Deleting one key and adding another keeps the size but is still caught.
    auto e = new_dict();
    REQUIRE(e->set(new_int(1), new_int(1)));
    REQUIRE(e->set(new_int(2), new_int(2)));
    Val it2 = get_iter(e.get());
    REQUIRE(iter_next(it2));
    REQUIRE(e->remove(new_int(1)) == 1);
    REQUIRE(e->set(new_int(11), new_int(1)));
    REQUIRE(iter_next(it2));
    CHECK_FALSE(iter_next(it2));
    CHECK(exception_message(context.take_error()) == "dictionary keys changed during iteration");
}
