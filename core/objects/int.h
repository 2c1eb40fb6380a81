// int objects (Objects/longobject.c). Values that fit in 62 bits live in the
// Value word itself (Value::small_int); larger ones are IntObjects holding a
// boost::multiprecision integer. Every operation returns the small form when
// the result fits, so the two forms never both represent one number.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace ys::objects {

using BigInt = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                             boost::multiprecision::et_off>;

class IntObject : public Object {
public:
    IntObject(TypeObject* t, BigInt v) : Object(t, Untracked{}), value(std::move(v)) {}
    const BigInt value;
};

Val new_int(int64_t v);
Val new_int(const BigInt& v);
// Parses base-10 digits (the compiler's int constants).
Val new_int_from_decimal(std::string_view digits);

// True for int and bool values (and subclasses of int).
bool is_int(Value v);
// The value as a BigInt (ints and bools).
BigInt to_bigint(Value v);
// Reads an int that fits in int64; false if it does not fit.
bool int_to_int64(Value v, int64_t* out);
std::string int_to_decimal(Value v);
std::string bigint_to_decimal(const BigInt& v);

// Python's hash of an int: v mod (2**61 - 1), keeping the sign; -1 becomes -2.
int64_t int_hash(Value v);

// x * y into *r; true when it overflows int64. In wasm the compiler's overflow
// check multiplies in 128 bits through a library call (__multi3), so two
// factors that fit in 32 bits, whose product cannot overflow, skip it.
inline bool multiply_overflows(int64_t x, int64_t y, int64_t* r) {
#if defined(__wasm__)
    if (x == static_cast<int32_t>(x) && y == static_cast<int32_t>(y)) {
        *r = x * y;
        return false;
    }
#endif
    return __builtin_mul_overflow(x, y, r);
}
// Floor division and modulo of int64s (callers rule out a zero divisor).
int64_t floor_div(int64_t a, int64_t b);
int64_t floor_mod(int64_t a, int64_t b);

}  // namespace ys::objects
