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
// Floor division and modulo of int64s (callers rule out a zero divisor).
int64_t floor_div(int64_t a, int64_t b);
int64_t floor_mod(int64_t a, int64_t b);

}  // namespace ys::objects
