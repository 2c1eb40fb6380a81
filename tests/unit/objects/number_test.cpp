// int and float: small/big representation, floor semantics and CPython's repr.
#include <catch2/catch.hpp>

#include "objects/abstract.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "test_context.h"

using namespace ys::objects;

namespace {
std::string repr_of(Value v) {
    std::string s;
    REQUIRE(repr_text(v, &s));
    return s;
}
}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "small ints live in the value word", "[objects][int]") {
    Val a = new_int(42);
    CHECK(a.get().is_small_int());
    CHECK(a.get().as_small_int() == 42);
    Val big = new_int_from_decimal("123456789012345678901234567890");
    CHECK_FALSE(big.get().is_small_int());
    CHECK(repr_of(big) == "123456789012345678901234567890");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "int arithmetic crosses into big ints and back", "[objects][int]") {
    Val max = new_int(Value::kSmallMax);
    Val one = new_int(1);
    Val sum = binary_op(max, one, BinaryOp::Add);
    REQUIRE(sum);
    CHECK_FALSE(sum.get().is_small_int());
    Val back = binary_op(sum, one, BinaryOp::Subtract);
    REQUIRE(back);
    CHECK(back.get().is_small_int());
    CHECK(back.get().as_small_int() == Value::kSmallMax);
    Val p = binary_op(new_int(2), new_int(100), BinaryOp::Power);
    CHECK(repr_of(p) == "1267650600228229401496703205376");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "floor division and modulo follow Python", "[objects][int]") {
    CHECK(repr_of(binary_op(new_int(-7), new_int(2), BinaryOp::FloorDivide)) == "-4");
    CHECK(repr_of(binary_op(new_int(-7), new_int(2), BinaryOp::Remainder)) == "1");
    CHECK(repr_of(binary_op(new_int(7), new_int(-2), BinaryOp::Remainder)) == "-1");
    Val big = new_int_from_decimal("100000000000000000000000");
    CHECK(repr_of(binary_op(negative(big), new_int(7), BinaryOp::FloorDivide)) == "-14285714285714285714286");
    CHECK(repr_of(binary_op(negative(big), new_int(7), BinaryOp::Remainder)) == "2");
    CHECK_FALSE(binary_op(new_int(1), new_int(0), BinaryOp::FloorDivide));
    CHECK(exception_message(cx().take_error()) == "integer division or modulo by zero");
}

TEST_CASE("float repr is the shortest round trip in Python's layout", "[objects][float]") {
    CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(float_repr(1e16) == "1e+16");
    CHECK(float_repr(123456789012345.0) == "123456789012345.0");
    CHECK(float_repr(1.5e-5) == "1.5e-05");
    CHECK(float_repr(0.0001) == "0.0001");
    CHECK(float_repr(-0.0) == "-0.0");
    CHECK(float_repr(1.0 / 3.0) == "0.3333333333333333");
    CHECK(float_repr(2.5) == "2.5");
    CHECK(float_repr(1e300 * 1e10) == "inf");
}

TEST_CASE("float hash equals int hash for integral values", "[objects][float]") {
    CHECK(float_hash(1.0) == 1);
    CHECK(float_hash(-1.0) == -2);
    CHECK(float_hash(0.5) == 1152921504606846976);
}
