// int: arithmetic with a small fast path and a BigInt slow path, Python's floor
// semantics for // and %, hashing and decimal conversion (see int.h).
// Decimal I/O is hand-written so that no iostream code enters the wasm module.
#include "objects/int.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/memory.h"
#include "objects/str.h"
#include "objects/singletons.h"

namespace ys::objects {

namespace {

const BigInt kSmallMaxBig = Value::kSmallMax;
const BigInt kSmallMinBig = Value::kSmallMin;

}  // namespace

Val new_int(int64_t v) {
    if (Value::fits_small(v)) return Val::small_int(v);
    return make<IntObject>(types().int_, BigInt(v)).into_val();
}

Val new_int(const BigInt& v) {
    if (v >= kSmallMinBig && v <= kSmallMaxBig) return Val::small_int(static_cast<int64_t>(v));
    return make<IntObject>(types().int_, v).into_val();
}

Val new_int_from_decimal(std::string_view digits) {
    if (digits.size() <= 18) {
        int64_t v = 0;
        for (char c : digits) v = v * 10 + (c - '0');
        return new_int(v);
    }
    BigInt v = 0;
    // Consume 18 digits at a time: far fewer BigInt operations than digit by digit.
    size_t i = 0;
    while (i < digits.size()) {
        size_t n = std::min<size_t>(18, digits.size() - i);
        int64_t chunk = 0, scale = 1;
        for (size_t k = 0; k < n; ++k) {
            chunk = chunk * 10 + (digits[i + k] - '0');
            scale *= 10;
        }
        v = v * scale + chunk;
        i += n;
    }
    return new_int(v);
}

bool is_int(Value v) {
    if (v.is_small_int()) return true;
    return v.is_object() && type_of(v)->is_subtype_of(types().int_);
}

BigInt to_bigint(Value v) {
    if (v.is_small_int()) return BigInt(v.as_small_int());
    Object* o = v.as_object();
    if (o->type()->is_subtype_of(types().bool_)) return BigInt(static_cast<BoolObject*>(o)->value ? 1 : 0);
    return static_cast<IntObject*>(o)->value;
}

bool int_to_int64(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    Object* o = v.as_object();
    if (o->type()->is_subtype_of(types().bool_)) {
        *out = static_cast<BoolObject*>(o)->value ? 1 : 0;
        return true;
    }
    const BigInt& b = static_cast<IntObject*>(o)->value;
    if (b > BigInt(INT64_MAX) || b < BigInt(INT64_MIN)) return false;
    *out = static_cast<int64_t>(b);
    return true;
}

namespace {

// to_chars, not snprintf: str() of an int is common in loops, and printf's
// format parsing costs several times the conversion.
std::string int64_to_decimal(int64_t value) {
    char buf[24];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
}

}  // namespace

std::string bigint_to_decimal(const BigInt& value) {
    if (value >= BigInt(INT64_MIN) && value <= BigInt(INT64_MAX)) return int64_to_decimal(static_cast<int64_t>(value));
    BigInt v = value < 0 ? BigInt(-value) : value;
    const BigInt chunk_base = BigInt(1000000000000000000ll);
    std::vector<unsigned long long> chunks;
    while (v > 0) {
        BigInt q, r;
        boost::multiprecision::divide_qr(v, chunk_base, q, r);
        chunks.push_back(static_cast<unsigned long long>(r));
        v = q;
    }
    std::string out = value < 0 ? "-" : "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu", chunks.back());
    out += buf;
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%018llu", chunks[i]);
        out += buf;
    }
    return out;
}

std::string int_to_decimal(Value v) {
    int64_t small;
    if (int_to_int64(v, &small)) return int64_to_decimal(small);
    return bigint_to_decimal(to_bigint(v));
}

int64_t int_hash(Value v) {
    constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
    if (v.is_small_int()) {
        // Nearly every int key: below the modulus it is its own hash, without
        // the 64-bit division (dict look-ups with int keys pay for it).
        int64_t s = v.as_small_int();
        if (s > -kModulus && s < kModulus) return s == -1 ? -2 : s;
    }
    int64_t small;
    int64_t h;
    if (int_to_int64(v, &small)) {
        h = small % kModulus;  // C++ % truncates toward zero, keeping the sign as CPython does
    } else {
        BigInt b = to_bigint(v);
        BigInt r = (b < 0 ? BigInt(-b) : b) % BigInt(kModulus);
        h = static_cast<int64_t>(r);
        if (b < 0) h = -h;
    }
    return h == -1 ? -2 : h;
}

int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int64_t floor_mod(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

namespace {

void big_floor_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    boost::multiprecision::divide_qr(a, b, *q, *r);
    if (*r != 0 && ((*r < 0) != (b < 0))) {
        *q -= 1;
        *r += b;
    }
}

bool both_ints(Value a, Value b) { return is_int(a) && is_int(b); }

// True when both operands fit int64 (the common case); loads them.
bool both_small(Value a, Value b, int64_t* x, int64_t* y) {
    if (a.is_small_int() && b.is_small_int()) {
        *x = a.as_small_int();
        *y = b.as_small_int();
        return true;
    }
    return int_to_int64(a, x) && int_to_int64(b, y);
}

Val int_add(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y, r;
    if (both_small(a, b, &x, &y) && !__builtin_add_overflow(x, y, &r)) return new_int(r);
    return new_int(to_bigint(a) + to_bigint(b));
}

Val int_sub(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y, r;
    if (both_small(a, b, &x, &y) && !__builtin_sub_overflow(x, y, &r)) return new_int(r);
    return new_int(to_bigint(a) - to_bigint(b));
}

Val int_mul(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y, r;
    if (both_small(a, b, &x, &y) && !multiply_overflows(x, y, &r)) return new_int(r);
    return new_int(to_bigint(a) * to_bigint(b));
}

Val int_floordiv(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y;
    if (both_small(a, b, &x, &y)) {
        if (y == 0) return raise_zero_division("integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) return new_int(floor_div(x, y));
    }
    BigInt bb = to_bigint(b);
    if (bb == 0) return raise_zero_division("integer division or modulo by zero");
    BigInt q, r;
    big_floor_divmod(to_bigint(a), bb, &q, &r);
    return new_int(q);
}

Val int_mod(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y;
    if (both_small(a, b, &x, &y)) {
        if (y == 0) return raise_zero_division("integer modulo by zero");
        if (y == -1) return new_int(0);
        return new_int(floor_mod(x, y));
    }
    BigInt bb = to_bigint(b);
    if (bb == 0) return raise_zero_division("integer modulo by zero");
    BigInt q, r;
    big_floor_divmod(to_bigint(a), bb, &q, &r);
    return new_int(r);
}

Val int_truediv(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y;
    constexpr int64_t kExact = int64_t(1) << 53;  // doubles hold these exactly
    if (both_small(a, b, &x, &y) && x > -kExact && x < kExact && y > -kExact && y < kExact) {
        if (y == 0) return raise_zero_division("division by zero");
        return new_float(static_cast<double>(x) / static_cast<double>(y));
    }
    BigInt bb = to_bigint(b);
    if (bb == 0) return raise_zero_division("division by zero");
    double num = static_cast<double>(to_bigint(a)), den = static_cast<double>(bb);
    if (std::isinf(num) || std::isinf(den)) return raise_overflow("integer division result too large for a float");
    return new_float(num / den);
}

Val int_pow(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    BigInt exponent = to_bigint(b);
    if (exponent < 0) {
        double base = static_cast<double>(to_bigint(a));
        if (base == 0.0) return raise_zero_division("0.0 cannot be raised to a negative power");
        return new_float(std::pow(base, static_cast<double>(exponent)));
    }
    BigInt base = to_bigint(a);
    if (base != 0 && base != 1 && base != -1) {
        if (exponent > BigInt(UINT32_MAX)) return raise_memory_error();
        // The result's size, before computing it (which could also take
        // hours): square-and-multiply holds the result, the squared base and
        // their product at once, each up to the result's size.
        uint64_t base_bits = boost::multiprecision::msb(boost::multiprecision::abs(base)) + 1;
        uint64_t result_bits;
        if (__builtin_mul_overflow(base_bits, static_cast<uint64_t>(exponent), &result_bits) ||
            result_bits / 8 + 1 > SIZE_MAX / 3)
            return raise_memory_error();
        if (!reserve_memory(3, static_cast<size_t>(result_bits / 8 + 1))) return nullptr;
    }
    // Square-and-multiply on BigInt; boost's pow takes an unsigned exponent.
    BigInt result = 1;
    unsigned long long e = static_cast<unsigned long long>(exponent);
    while (e) {
        if (e & 1) result *= base;
        e >>= 1;
        if (e) base *= base;
    }
    return new_int(result);
}

Val int_lshift(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t shift;
    if (!int_to_int64(b, &shift)) return raise_overflow("too many digits in integer");
    if (shift < 0) return raise_value_error("negative shift count");
    BigInt v = to_bigint(a);
    if (v == 0) return new_int(0);
    if (shift > (int64_t(1) << 31)) return raise_memory_error();
    // The shifted copy and the result, before making them.
    uint64_t result_bits = boost::multiprecision::msb(boost::multiprecision::abs(v)) + 1 + static_cast<uint64_t>(shift);
    if (!reserve_memory(2, static_cast<size_t>(result_bits / 8 + 1))) return nullptr;
    return new_int(BigInt(v << static_cast<unsigned>(shift)));
}

Val int_rshift(Value a, Value b) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t shift;
    if (!int_to_int64(b, &shift)) shift = INT64_MAX;
    if (shift < 0) return raise_value_error("negative shift count");
    int64_t x;
    if (int_to_int64(a, &x)) return new_int(shift >= 63 ? (x < 0 ? -1 : 0) : (x >> shift));
    BigInt v = to_bigint(a);
    // Arithmetic shift rounds toward minus infinity, as floor division by 2**shift.
    BigInt q, r;
    big_floor_divmod(v, BigInt(1) << static_cast<unsigned>(std::min<int64_t>(shift, 1 << 30)), &q, &r);
    return new_int(q);
}

template <class Op>
Val bitwise(Value a, Value b, Op op) {
    if (!both_ints(a, b)) return new_not_implemented();
    int64_t x, y;
    if (both_small(a, b, &x, &y)) return new_int(op(x, y));
    // Two's complement semantics on big values, via the identity ~x == -x-1.
    BigInt p = to_bigint(a), q = to_bigint(b);
    return new_int(BigInt(op(p, q)));
}

Val int_and(Value a, Value b) { return bitwise(a, b, [](auto x, auto y) { return x & y; }); }
Val int_or(Value a, Value b) { return bitwise(a, b, [](auto x, auto y) { return x | y; }); }
Val int_xor(Value a, Value b) { return bitwise(a, b, [](auto x, auto y) { return x ^ y; }); }

Val int_negative(Value v) {
    int64_t x;
    if (int_to_int64(v, &x) && x != INT64_MIN) return new_int(-x);
    return new_int(BigInt(-to_bigint(v)));
}

Val int_positive(Value v) {
    int64_t x;
    if (int_to_int64(v, &x)) return new_int(x);
    return new_int(to_bigint(v));
}

Val int_invert(Value v) {
    int64_t x;
    if (int_to_int64(v, &x)) return new_int(~x);
    return new_int(BigInt(-to_bigint(v) - 1));
}

Val int_absolute(Value v) {
    int64_t x;
    if (int_to_int64(v, &x) && x != INT64_MIN) return new_int(x < 0 ? -x : x);
    BigInt b = to_bigint(v);
    return new_int(b < 0 ? BigInt(-b) : b);
}

int int_bool(Value v) {
    int64_t x;
    if (int_to_int64(v, &x)) return x != 0;
    return to_bigint(v) != 0;
}

Val int_compare(Value a, Value b, CompareOp op) {
    if (!is_int(b)) return new_not_implemented();
    int64_t x, y;
    int c;
    if (both_small(a, b, &x, &y)) {
        c = (x > y) - (x < y);
    } else {
        BigInt p = to_bigint(a), q = to_bigint(b);
        c = (p > q) - (p < q);
    }
    return new_bool(compare_result(c, op));
}

bool int_hash_slot(Value v, int64_t* out) {
    *out = int_hash(v);
    return true;
}

Val int_repr(Value v) { return new_str_val(int_to_decimal(v)); }
Val int_identity(Value v) { return int_positive(v); }

Val int_to_float(Value v) {
    double d = static_cast<double>(to_bigint(v));
    if (std::isinf(d)) return raise_overflow("int too large to convert to float");
    return new_float(d);
}

Val bool_repr(Value v) {
    return new_str_val(static_cast<BoolObject*>(v.as_object())->value ? "True" : "False");
}

// bool & bool, bool | bool and bool ^ bool stay bool; anything else is int arithmetic.
template <BinarySlot IntOp, class Op>
Val bool_bitwise(Value a, Value b) {
    bool a_bool = a.is_object() && type_of(a) == types().bool_;
    bool b_bool = b.is_object() && type_of(b) == types().bool_;
    if (a_bool && b_bool)
        return new_bool(Op()(static_cast<BoolObject*>(a.as_object())->value, static_cast<BoolObject*>(b.as_object())->value));
    return IntOp(a, b);
}

}  // namespace

void init_int_type(TypeObject* t, TypeObject* bool_type) {
    auto& n = t->number;
    n.binary[static_cast<int>(BinaryOp::Add)] = int_add;
    n.binary[static_cast<int>(BinaryOp::Subtract)] = int_sub;
    n.binary[static_cast<int>(BinaryOp::Multiply)] = int_mul;
    n.binary[static_cast<int>(BinaryOp::FloorDivide)] = int_floordiv;
    n.binary[static_cast<int>(BinaryOp::Remainder)] = int_mod;
    n.binary[static_cast<int>(BinaryOp::TrueDivide)] = int_truediv;
    n.binary[static_cast<int>(BinaryOp::Power)] = int_pow;
    n.binary[static_cast<int>(BinaryOp::LShift)] = int_lshift;
    n.binary[static_cast<int>(BinaryOp::RShift)] = int_rshift;
    n.binary[static_cast<int>(BinaryOp::And)] = int_and;
    n.binary[static_cast<int>(BinaryOp::Or)] = int_or;
    n.binary[static_cast<int>(BinaryOp::Xor)] = int_xor;
    n.negative = int_negative;
    n.positive = int_positive;
    n.invert = int_invert;
    n.absolute = int_absolute;
    n.boolean = int_bool;
    n.to_int = int_identity;
    n.to_float = int_to_float;
    t->compare = int_compare;
    t->hash = int_hash_slot;
    t->repr = int_repr;
    t->str = int_repr;

    if (!bool_type) return;
    bool_type->number = n;
    bool_type->number.binary[static_cast<int>(BinaryOp::And)] = bool_bitwise<int_and, std::bit_and<bool>>;
    bool_type->number.binary[static_cast<int>(BinaryOp::Or)] = bool_bitwise<int_or, std::bit_or<bool>>;
    bool_type->number.binary[static_cast<int>(BinaryOp::Xor)] = bool_bitwise<int_xor, std::bit_xor<bool>>;
    bool_type->compare = int_compare;
    bool_type->hash = int_hash_slot;
    bool_type->repr = bool_repr;
    bool_type->str = bool_repr;
}

}  // namespace ys::objects
