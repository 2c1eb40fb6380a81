// The id table agrees with a plain map through any mix of lookups and
// deletions: a known object keeps its number, a forgotten one gets a new one.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <unordered_map>
#include <vector>

#include "objects/id_table.h"

using ys::objects::IdTable;
using ys::objects::Object;

namespace {

// Addresses only: the table never reads through its keys.
const Object* fake_object(size_t k) { return reinterpret_cast<const Object*>(uintptr_t{0x10000} + k * 48); }

}  // namespace

TEST_CASE("id table numbers objects in the order they are first asked for", "[objects][id]") {
    IdTable table;
    uint64_t next = 1;
    CHECK(table.find_or_assign(fake_object(7), &next) == 1);
    CHECK(table.find_or_assign(fake_object(3), &next) == 2);
    CHECK(table.find_or_assign(fake_object(7), &next) == 1);
    CHECK(next == 3);
    table.erase(fake_object(7));
    table.erase(fake_object(99));  // never numbered: nothing happens
    CHECK(table.find_or_assign(fake_object(3), &next) == 2);
    CHECK(table.find_or_assign(fake_object(7), &next) == 3);
}

TEST_CASE("id table matches a map through growth and deletions", "[objects][id]") {
    IdTable table;
    std::unordered_map<const Object*, uint64_t> expected;
    uint64_t next = 1, expected_next = 1;
    std::mt19937 rng(12345);
    // Few distinct keys, so that runs of colliding slots form and deletions
    // shift entries back across them; then many, so that the table grows.
    for (size_t universe : {size_t(40), size_t(5000)}) {
        for (int step = 0; step < 60000; ++step) {
            const Object* o = fake_object(rng() % universe);
            if (rng() % 3 == 0) {
                table.erase(o);
                expected.erase(o);
                continue;
            }
            auto [it, inserted] = expected.try_emplace(o, expected_next);
            if (inserted) ++expected_next;
            REQUIRE(table.find_or_assign(o, &next) == it->second);
        }
        // Every key still known keeps its number.
        for (const auto& [o, number] : expected) REQUIRE(table.find_or_assign(o, &next) == number);
        REQUIRE(next == expected_next);
    }
}
