// str: code points, not bytes; repr quoting as CPython.
#include <catch2/catch.hpp>

#include "objects/abstract.h"
#include "objects/str.h"
#include "test_context.h"

using namespace ys::objects;

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "str counts and indexes code points", "[objects][str]") {
    auto s = new_str("生成器 gen");
    CHECK(s->length() == 7);
    CHECK_FALSE(s->is_ascii());
    CHECK(s->at(1) == U'成');
    CHECK(s->substr(0, 3) == "生成器");
    Val item = get_item(s.get(), Value::small_int(-1));
    REQUIRE(item);
    CHECK(as_str(item)->utf8() == "n");
}

TEST_CASE("str repr picks quotes and escapes like CPython", "[objects][str]") {
    CHECK(str_repr("abc") == "'abc'");
    CHECK(str_repr("it's") == "\"it's\"");
    CHECK(str_repr("both ' and \"") == "'both \\' and \"'");
    CHECK(str_repr("tab\there\n") == "'tab\\there\\n'");
    CHECK(str_repr("协程") == "'协程'");
    CHECK(str_repr("\x01") == "'\\x01'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "interned strings are shared", "[objects][str]") {
    CHECK(intern("send") == intern("send"));
    CHECK(str_equal(intern("send"), new_str("send").get()));
}
