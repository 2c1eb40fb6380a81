// float: repr, hashing and arithmetic with Python's semantics (see float.h).
#include "objects/float.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ys::objects {

Val new_float(double v) { return make<FloatObject>(types().float_, v).into_val(); }

bool is_float(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().float_); }

std::string float_repr(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    // Shortest round-trip digits (float to_chars is missing from em++'s libc++).
    char buf[40];
    int precision = 1;
    for (; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    // buf is "[-]d.ddde[+-]xx": split into sign, digits and decimal exponent.
    std::string s = buf;
    bool negative = s[0] == '-';
    if (negative) s.erase(0, 1);
    size_t e = s.find('e');
    int exponent = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (s[i] != '.') digits += s[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();

    std::string out = negative ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
        out += digits[0];
        if (digits.size() > 1) out += "." + digits.substr(1);
        char exp_buf[8];
        std::snprintf(exp_buf, sizeof exp_buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp_buf;
    } else if (exponent < 0) {
        out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exponent + 1) {
        out += digits + std::string(exponent + 1 - digits.size(), '0') + ".0";
    } else {
        out += digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
    }
    return out;
}

int64_t float_hash(double v) {
    // Objects/pyhash.c: the value reduced modulo 2**61 - 1, bit by bit.
    constexpr int kBits = 61;
    constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;
    int exponent;
    double m = std::frexp(v, &exponent);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;
        exponent -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    exponent = exponent >= 0 ? exponent % kBits : kBits - 1 - ((-1 - exponent) % kBits);
    x = ((x << exponent) & kModulus) | x >> (kBits - exponent);
    int64_t h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

namespace {

// Reads a float or int operand as a double; false for other types.
bool as_double(Value v, double* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        *out = static_cast<double>(to_bigint(v));
        return true;
    }
    return false;
}

#define YS_FLOAT_OPERANDS(a, b, x, y) \
    double x, y;                      \
    if (!as_double(a, &x) || !as_double(b, &y)) return new_not_implemented()

Val float_add(Value a, Value b) { YS_FLOAT_OPERANDS(a, b, x, y); return new_float(x + y); }
Val float_sub(Value a, Value b) { YS_FLOAT_OPERANDS(a, b, x, y); return new_float(x - y); }
Val float_mul(Value a, Value b) { YS_FLOAT_OPERANDS(a, b, x, y); return new_float(x * y); }

Val float_truediv(Value a, Value b) {
    YS_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise_zero_division("float division by zero");
    return new_float(x / y);
}

// Python's float modulo: the result takes the sign of the divisor.
double float_mod_value(double x, double y) {
    double m = std::fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = std::copysign(0.0, y);
    }
    return m;
}

Val float_mod(Value a, Value b) {
    YS_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise_zero_division("float modulo");
    return new_float(float_mod_value(x, y));
}

Val float_floordiv(Value a, Value b) {
    YS_FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise_zero_division("float floor division by zero");
    double mod = float_mod_value(x, y);
    double div = (x - mod) / y;
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
    return new_float(floordiv);
}

Val float_pow(Value a, Value b) {
    YS_FLOAT_OPERANDS(a, b, x, y);
    if (x == 0.0 && y < 0) return raise_zero_division("0.0 cannot be raised to a negative power");
    if (x < 0 && y != std::floor(y))
        return raise_value_error("complex results are not supported");  // CPython returns a complex here
    double r = std::pow(x, y);
    if (std::isinf(r) && !std::isinf(x) && !std::isinf(y)) return raise_overflow("(34, 'Numerical result out of range')");
    return new_float(r);
}

Val float_negative(Value v) { return new_float(-float_value(v)); }
Val float_positive(Value v) { return new_float(float_value(v)); }
Val float_absolute(Value v) { return new_float(std::fabs(float_value(v))); }
int float_bool(Value v) { return float_value(v) != 0.0; }
Val float_identity(Value v) { return Val::borrow(v); }

Val float_to_int(Value v) {
    double d = float_value(v);
    if (std::isnan(d)) return raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) return raise_overflow("cannot convert float infinity to integer");
    return new_int(BigInt(std::trunc(d)));
}

Val float_compare(Value a, Value b, CompareOp op) {
    double x = float_value(a), y;
    if (is_float(b)) {
        y = float_value(b);
    } else if (is_int(b)) {
        int64_t small;
        constexpr int64_t kExact = int64_t(1) << 53;
        if (int_to_int64(b, &small) && small > -kExact && small < kExact) {
            y = static_cast<double>(small);
        } else {
            // Compare exactly, as CPython does: 2**53 + 1 != float(2**53 + 1).
            if (std::isnan(x)) return new_bool(op == CompareOp::Ne);
            if (std::isinf(x)) return new_bool(compare_result(x > 0 ? 1 : -1, op));
            double whole = std::floor(x);
            BigInt xi(whole), n = to_bigint(b);
            int c = xi != n ? (xi > n ? 1 : -1) : (x > whole ? 1 : 0);
            return new_bool(compare_result(c, op));
        }
    } else {
        return new_not_implemented();
    }
    if (std::isnan(x) || std::isnan(y)) return new_bool(op == CompareOp::Ne);
    return new_bool(compare_result((x > y) - (x < y), op));
}

bool float_hash_slot(Value v, int64_t* out) {
    *out = float_hash(float_value(v));
    return true;
}

Val float_repr_slot(Value v) { return new_str_val(float_repr(float_value(v))); }

}  // namespace

void init_float_type(TypeObject* t) {
    auto& n = t->number;
    n.binary[static_cast<int>(BinaryOp::Add)] = float_add;
    n.binary[static_cast<int>(BinaryOp::Subtract)] = float_sub;
    n.binary[static_cast<int>(BinaryOp::Multiply)] = float_mul;
    n.binary[static_cast<int>(BinaryOp::TrueDivide)] = float_truediv;
    n.binary[static_cast<int>(BinaryOp::FloorDivide)] = float_floordiv;
    n.binary[static_cast<int>(BinaryOp::Remainder)] = float_mod;
    n.binary[static_cast<int>(BinaryOp::Power)] = float_pow;
    n.negative = float_negative;
    n.positive = float_positive;
    n.absolute = float_absolute;
    n.boolean = float_bool;
    n.to_int = float_to_int;
    n.to_float = float_identity;
    t->compare = float_compare;
    t->hash = float_hash_slot;
    t->repr = float_repr_slot;
    t->str = float_repr_slot;
}

}  // namespace ys::objects
