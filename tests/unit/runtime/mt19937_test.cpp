// The random module's building blocks against known values: MT19937 as the
// reference mt19937ar.c and CPython produce it, and SHA-512 test vectors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "runtime/random_generator.h"
#include "runtime/sha512.h"

using ys::runtime::Mt19937;

namespace {

std::string hex_prefix(const std::array<uint8_t, 64>& digest, size_t bytes) {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (size_t i = 0; i < bytes; ++i) {
        s += digits[digest[i] >> 4];
        s += digits[digest[i] & 15];
    }
    return s;
}

}  // namespace

TEST_CASE("init_by_array matches the reference mt19937ar output", "[runtime][random]") {
    Mt19937 mt;
    mt.seed_by_array({0x123, 0x234, 0x345, 0x456});
    std::vector<uint32_t> first;
    for (int i = 0; i < 5; ++i) first.push_back(mt.next_u32());
    CHECK(first == std::vector<uint32_t>{1067595299U, 955945823U, 477289528U, 4107218783U, 4228976476U});
}

TEST_CASE("seed 42 gives CPython's first draws", "[runtime][random]") {
    Mt19937 mt;
    mt.seed_by_array({42});
    CHECK(mt.next_u32() == 2746317213U);
    CHECK(mt.next_u32() == 478163327U);
    CHECK(mt.next_u32() == 107420369U);
    Mt19937 again;
    again.seed_by_array({42});
    CHECK(again.next_double() == 0.6394267984578837);
    CHECK(again.next_double() == 0.025010755222666936);
}

TEST_CASE("multi-word seeds put the low word first", "[runtime][random]") {
    Mt19937 mt;
    mt.seed_by_array({5, 256});  // 2**40 + 5
    CHECK(mt.next_u32() == 2166296868U);
    CHECK(mt.next_u32() == 2220160828U);
}

TEST_CASE("sha512 matches the FIPS 180-4 test vectors", "[runtime][sha512]") {
    CHECK(hex_prefix(ys::runtime::sha512("abc"), 16) == "ddaf35a193617abacc417349ae204131");
    CHECK(hex_prefix(ys::runtime::sha512(""), 16) == "cf83e1357eefb8bdf1542850d66d8007");
    // Two blocks of padding: 200 bytes cross the 112-byte boundary.
    CHECK(hex_prefix(ys::runtime::sha512(std::string(200, 'a')), 16) == "4b11459c33f52a22ee8236782714c150");
}
