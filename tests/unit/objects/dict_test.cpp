// dict keeps insertion order through deletes and growth.
#include <catch2/catch.hpp>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "test_context.h"

using namespace ys::objects;

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "dict preserves insertion order", "[objects][dict]") {
    auto d = new_dict();
    for (int i = 0; i < 100; ++i) REQUIRE(d->set(Value::small_int((i * 37) % 101), Value::small_int(i)));
    CHECK(d->size() == 100);
    REQUIRE(d->remove(Value::small_int(37)) == 1);
    CHECK(d->remove(Value::small_int(37)) == 0);
    std::vector<int64_t> keys;
    for (auto& e : d->entries())
        if (e.key) keys.push_back(e.key.get().as_small_int());
    REQUIRE(keys.size() == 99);
    CHECK(keys[0] == 0);
    CHECK(keys[1] == 74);  // 37 was the second key and is gone
    bool error = false;
    Val v = d->get(Value::small_int(74), &error);
    REQUIRE(v);
    CHECK(v.get().as_small_int() == 2);
}
