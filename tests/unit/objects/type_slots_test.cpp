// Built-in types answer __next__ / __iter__ from their iteration slots, the
// way CPython's slot wrappers do, whatever module defined the type.
#include <catch2/catch.hpp>

#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "test_context.h"

using namespace ys::objects;

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "iterators expose __next__ and __iter__", "[objects][type]") {
    Val list = new_list({Val::small_int(7), Val::small_int(8)}).into_val();
    Val it = get_iter(list);
    REQUIRE(it);
    TypeObject* t = type_of(it);
    REQUIRE(t->iternext);
    Value next_method = t->lookup(intern("__next__"));
    REQUIRE(next_method);
    // Made once, then found in the type's dict like any method.
    CHECK(t->lookup(intern("__next__")) == next_method);

    Val bound = get_attr(it, intern("__next__"));
    REQUIRE(bound);
    Val first = call0(bound);
    REQUIRE(first);
    CHECK(first.get().as_small_int() == 7);
    Val self = call0(get_attr(it, intern("__iter__")));
    CHECK(self.get() == it.get());
    CHECK(call0(bound).get().as_small_int() == 8);
    CHECK_FALSE(call0(bound));
    Val error = cx().take_error();
    REQUIRE(error);
    CHECK(type_of(error) == exc_types().stop_iteration);
    CHECK(as_tuple(static_cast<BaseExceptionObject*>(error.get().as_object())->args)->items.empty());
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "iterables have __iter__ but no __next__", "[objects][type]") {
    TypeObject* list = types().list;
    CHECK(list->lookup(intern("__iter__")));
    CHECK_FALSE(list->lookup(intern("__next__")));
    CHECK_FALSE(types().int_->lookup(intern("__iter__")));
    CHECK_FALSE(get_attr(Val::small_int(3), intern("__next__")));
    CHECK(type_of(cx().take_error()) == exc_types().attribute_error);
}
