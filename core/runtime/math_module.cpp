// The math module (Modules/mathmodule.c): libm wrapped with CPython's error
// rules (math_1, loghelper, math_pow's special cases), the integer functions on
// big ints (isqrt, factorial, gcd, lcm, comb, perm), Shewchuk's exactly rounded
// fsum and the compensated vector_norm behind hypot and dist.
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kE = 2.718281828459045;

Val domain_error() { return raise_value_error("math domain error"); }
Val range_error() { return raise_overflow("math range error"); }

// n = x * 2**e with 0.5 <= x < 1, x correctly rounded to 53 bits (n > 0):
// CPython's _PyLong_Frexp. The top 55 bits with a sticky bit for the rest
// round the same way the whole number would.
void bigint_frexp(const BigInt& n, double* x, int64_t* e) {
    int64_t bits = static_cast<int64_t>(boost::multiprecision::msb(n)) + 1;
    int64_t shift = bits > 64 ? bits - 55 : 0;
    uint64_t top = static_cast<uint64_t>(BigInt(n >> shift));
    if (shift > 0 && static_cast<int64_t>(boost::multiprecision::lsb(n)) < shift) top |= 1;
    int ex;
    *x = std::frexp(static_cast<double>(top), &ex);
    *e = ex + shift;
}

// int -> float, correctly rounded; false with OverflowError past the double range.
bool bigint_to_double(const BigInt& n, double* out) {
    if (n == 0) {
        *out = 0.0;
        return true;
    }
    double x;
    int64_t e;
    bigint_frexp(n < 0 ? BigInt(-n) : n, &x, &e);
    if (e > 1024 || (e == 1024 && x >= 1.0)) {
        raise_overflow("int too large to convert to float");
        return false;
    }
    *out = std::ldexp(n < 0 ? -x : x, static_cast<int>(e));
    if (std::isinf(*out)) {
        raise_overflow("int too large to convert to float");
        return false;
    }
    return true;
}

// PyFloat_AsDouble for math's arguments.
bool number(Value v, double* out) {
    if (is_int(v) && !v.is_small_int()) return bigint_to_double(to_bigint(v), out);
    return real_argument(v, out);
}

// An integer argument (an int or bool): "'float' object cannot be interpreted as an integer".
bool integer(Value v, BigInt* out) {
    if (is_int(v)) {
        *out = to_bigint(v);
        return true;
    }
    raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
    return false;
}

// math_1: one float in, one float out; a NaN from a non-NaN is a domain error,
// an infinity from a finite value a range error (overflow) or domain error (pole).
Val math_1(const char* qualname, CallArgs args, double (*fn)(double), bool can_overflow) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    return new_float(r);
}

#define YS_MATH_1(fname, pyname, expr, overflow)                                              \
    Val fname(Value, CallArgs args) {                                                         \
        return math_1("math." pyname, args, [](double x) -> double { return expr; }, overflow); \
    }
YS_MATH_1(math_sqrt, "sqrt", std::sqrt(x), false)
YS_MATH_1(math_exp, "exp", std::exp(x), true)
YS_MATH_1(math_exp2, "exp2", std::exp2(x), true)
YS_MATH_1(math_expm1, "expm1", std::expm1(x), true)
YS_MATH_1(math_log1p, "log1p", std::log1p(x), false)
YS_MATH_1(math_sin, "sin", std::sin(x), false)
YS_MATH_1(math_cos, "cos", std::cos(x), false)
YS_MATH_1(math_tan, "tan", std::tan(x), false)
YS_MATH_1(math_asin, "asin", std::asin(x), false)
YS_MATH_1(math_acos, "acos", std::acos(x), false)
YS_MATH_1(math_atan, "atan", std::atan(x), false)
YS_MATH_1(math_sinh, "sinh", std::sinh(x), true)
YS_MATH_1(math_cosh, "cosh", std::cosh(x), true)
YS_MATH_1(math_tanh, "tanh", std::tanh(x), false)
YS_MATH_1(math_asinh, "asinh", std::asinh(x), false)
YS_MATH_1(math_acosh, "acosh", std::acosh(x), false)
YS_MATH_1(math_atanh, "atanh", std::atanh(x), false)
YS_MATH_1(math_erf, "erf", std::erf(x), false)
YS_MATH_1(math_erfc, "erfc", std::erfc(x), false)
YS_MATH_1(math_cbrt, "cbrt", std::cbrt(x), false)
YS_MATH_1(math_fabs, "fabs", std::fabs(x), false)
#undef YS_MATH_1

// ---------------------------------------------------------------- logarithms

// m_log and friends: log(0) and log(negative) are domain errors, log(inf) = inf.
double checked_log(double x, double (*fn)(double)) {
    if (std::isfinite(x)) return x > 0.0 ? fn(x) : x == 0.0 ? -HUGE_VAL : NAN;
    if (std::isnan(x) || x > 0.0) return x;
    return NAN;
}

// loghelper: ints are handled exactly, even past the double range
// (log(x * 2**e) = log(x) + e * log(2)).
bool log_of(Value v, double (*fn)(double), double* out) {
    if (is_int(v)) {
        BigInt n = to_bigint(v);
        if (n <= 0) {
            domain_error();
            return false;
        }
        double x;
        int64_t e;
        bigint_frexp(n, &x, &e);
        if (e <= 1024 && std::isfinite(std::ldexp(x, static_cast<int>(e)))) {
            *out = fn(std::ldexp(x, static_cast<int>(e)));
        } else {
            *out = fn(x) + fn(2.0) * static_cast<double>(e);
        }
        return true;
    }
    double x;
    if (!number(v, &x)) return false;
    double r = checked_log(x, fn);
    if (std::isnan(r) && !std::isnan(x)) {
        domain_error();
        return false;
    }
    if (std::isinf(r) && std::isfinite(x)) {
        domain_error();
        return false;
    }
    *out = r;
    return true;
}

double natural_log(double x) { return std::log(x); }
double log_base2(double x) { return std::log2(x); }
double log_base10(double x) { return std::log10(x); }

Val math_log(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("math.log() takes no keyword arguments");
    if (args.count < 1 || args.count > 2) return raise_type_error("math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_of(args[0], natural_log, &num)) return nullptr;
    if (args.count == 1) return new_float(num);
    if (!log_of(args[1], natural_log, &den)) return nullptr;
    if (den == 0.0) return raise_zero_division("float division by zero");
    return new_float(num / den);
}

Val math_log2(Value, CallArgs args) {
    if (!check_clinic_positional("math.log2", args, 1, 1)) return nullptr;
    double r;
    if (!log_of(args[0], log_base2, &r)) return nullptr;
    return new_float(r);
}

Val math_log10(Value, CallArgs args) {
    if (!check_clinic_positional("math.log10", args, 1, 1)) return nullptr;
    double r;
    if (!log_of(args[0], log_base10, &r)) return nullptr;
    return new_float(r);
}

// ---------------------------------------------------------------- two-argument float functions

bool two_numbers(const char* name, CallArgs args, double* x, double* y) {
    return check_clinic_positional(name, args, 2, 2) && number(args[0], x) && number(args[1], y);
}

// math_pow: IEEE special cases first, then libm for finite ** finite.
Val math_pow(Value, CallArgs args) {
    double x, y, r;
    if (!two_numbers("pow", args, &x, &y)) return nullptr;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (std::isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : std::fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? std::copysign(0.0, x) : 0.0;
        } else if (std::fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && std::fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && std::fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return new_float(r);
    }
    r = std::pow(x, y);
    if (std::isnan(r)) return domain_error();
    if (std::isinf(r)) return x == 0.0 ? domain_error() : range_error();
    return new_float(r);
}

Val math_atan2(Value, CallArgs args) {
    double y, x;
    if (!two_numbers("atan2", args, &y, &x)) return nullptr;
    return new_float(std::atan2(y, x));
}

Val math_copysign(Value, CallArgs args) {
    double x, y;
    if (!two_numbers("copysign", args, &x, &y)) return nullptr;
    return new_float(std::copysign(x, y));
}

Val math_fmod(Value, CallArgs args) {
    double x, y;
    if (!two_numbers("fmod", args, &x, &y)) return nullptr;
    if (std::isinf(y) && std::isfinite(x)) return new_float(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return new_float(r);
}

Val math_remainder(Value, CallArgs args) {
    double x, y;
    if (!two_numbers("remainder", args, &x, &y)) return nullptr;
    if (std::isnan(x)) return new_float(x);
    if (std::isnan(y)) return new_float(y);
    if (std::isinf(x) || y == 0.0) return domain_error();
    return new_float(std::remainder(x, y));
}

Val math_nextafter(Value, CallArgs args) {
    double x, y;
    if (!two_numbers("nextafter", args, &x, &y)) return nullptr;
    return new_float(std::nextafter(x, y));
}

Val math_ulp(Value, CallArgs args) {
    if (!check_clinic_positional("math.ulp", args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    if (std::isnan(x)) return new_float(x);
    x = std::fabs(x);
    if (std::isinf(x)) return new_float(x);
    double up = std::nextafter(x, INFINITY);
    if (std::isinf(up)) return new_float(x - std::nextafter(x, -INFINITY));
    return new_float(up - x);
}

Val math_degrees(Value, CallArgs args) {
    if (!check_clinic_positional("math.degrees", args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    return new_float(x * (180.0 / kPi));
}

Val math_radians(Value, CallArgs args) {
    if (!check_clinic_positional("math.radians", args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    return new_float(x * (kPi / 180.0));
}

Val math_modf(Value, CallArgs args) {
    if (!check_clinic_positional("math.modf", args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    if (std::isinf(x)) return new_tuple({new_float(std::copysign(0.0, x)), new_float(x)}).into_val();
    if (std::isnan(x)) return new_tuple({new_float(x), new_float(x)}).into_val();
    double whole;
    double frac = std::modf(x, &whole);
    return new_tuple({new_float(frac), new_float(whole)}).into_val();
}

Val math_frexp(Value, CallArgs args) {
    if (!check_clinic_positional("math.frexp", args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    int e = 0;
    double m = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
    return new_tuple({new_float(m), new_int(e)}).into_val();
}

Val math_ldexp(Value, CallArgs args) {
    if (!check_clinic_positional("ldexp", args, 2, 2)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    if (!is_int(args[1])) return raise_type_error("Expected an int as second argument to ldexp.");
    BigInt e = to_bigint(args[1]);
    if (x == 0.0 || !std::isfinite(x)) return new_float(x);
    if (e > INT32_MAX) return range_error();
    if (e < INT32_MIN) return new_float(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error();
    return new_float(r);
}

Val math_predicate(const char* qualname, CallArgs args, bool (*test)(double)) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    double x;
    if (!number(args[0], &x)) return nullptr;
    return new_bool(test(x));
}

Val math_isfinite(Value, CallArgs args) {
    return math_predicate("math.isfinite", args, [](double x) { return static_cast<bool>(std::isfinite(x)); });
}
Val math_isinf(Value, CallArgs args) {
    return math_predicate("math.isinf", args, [](double x) { return static_cast<bool>(std::isinf(x)); });
}
Val math_isnan(Value, CallArgs args) {
    return math_predicate("math.isnan", args, [](double x) { return static_cast<bool>(std::isnan(x)); });
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Val math_isclose(Value, CallArgs args) {
    if (args.positional_count() > 2)
        return raise_type_error("isclose() takes exactly 2 positional arguments (" +
                                std::to_string(args.positional_count()) + " given)");
    Value a[4];
    if (!unpack_arguments("isclose", args, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) return nullptr;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (!number(a[0], &x) || !number(a[1], &y)) return nullptr;
    if (a[2] && !number(a[2], &rel_tol)) return nullptr;
    if (a[3] && !number(a[3], &abs_tol)) return nullptr;
    if (rel_tol < 0.0 || abs_tol < 0.0) return raise_value_error("tolerances must be non-negative");
    if (x == y) return new_bool(true);
    if (std::isinf(x) || std::isinf(y)) return new_bool(false);
    double diff = std::fabs(y - x);
    return new_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// ---------------------------------------------------------------- float -> int

// Calls type(x).__name__(x) when the type defines it; *found says whether it did.
Val call_dunder(Value x, const char* name, bool* found) {
    *found = static_cast<bool>(type_of(x)->lookup(intern(name)));
    if (!*found) return nullptr;
    Val method = get_attr(x, intern(name));
    if (!method) return nullptr;
    return call0(method);
}

Val int_from_double(double d) {
    if (std::isnan(d)) return raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) return raise_overflow("cannot convert float infinity to integer");
    return new_int(BigInt(d));
}

Val round_to_int(const char* qualname, const char* dunder, CallArgs args, double (*fn)(double)) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    Value x = args[0];
    if (is_float(x) && type_of(x) == types().float_) return int_from_double(fn(float_value(x)));
    if (is_int(x)) return new_int(to_bigint(x));
    bool found;
    Val r = call_dunder(x, dunder, &found);
    if (found || cx().has_error()) return r;
    double d;
    if (!number(x, &d)) return nullptr;
    return int_from_double(fn(d));
}

Val math_floor(Value, CallArgs args) {
    return round_to_int("math.floor", "__floor__", args, [](double d) { return std::floor(d); });
}
Val math_ceil(Value, CallArgs args) {
    return round_to_int("math.ceil", "__ceil__", args, [](double d) { return std::ceil(d); });
}

Val math_trunc(Value, CallArgs args) {
    if (!check_clinic_positional("math.trunc", args, 1, 1)) return nullptr;
    Value x = args[0];
    if (is_float(x) && type_of(x) == types().float_) return int_from_double(std::trunc(float_value(x)));
    if (is_int(x)) return new_int(to_bigint(x));
    bool found;
    Val r = call_dunder(x, "__trunc__", &found);
    if (found || cx().has_error()) return r;
    return raise_type_error("type " + type_of(x)->name + " doesn't define __trunc__ method");
}

// ---------------------------------------------------------------- integer functions

Val math_isqrt(Value, CallArgs args) {
    if (!check_clinic_positional("math.isqrt", args, 1, 1)) return nullptr;
    BigInt n;
    if (!integer(args[0], &n)) return nullptr;
    if (n < 0) return raise_value_error("isqrt() argument must be nonnegative");
    return new_int(BigInt(boost::multiprecision::sqrt(n)));
}

// The product lo * (lo+1) * ... * hi, split in halves so the big multiplications
// are balanced.
BigInt range_product(int64_t lo, int64_t hi) {
    if (lo > hi) return 1;
    if (hi - lo < 8) {
        BigInt r = lo;
        for (int64_t i = lo + 1; i <= hi; ++i) r *= i;
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    return range_product(lo, mid) * range_product(mid + 1, hi);
}

Val math_factorial(Value, CallArgs args) {
    if (!check_clinic_positional("math.factorial", args, 1, 1)) return nullptr;
    BigInt n;
    if (!integer(args[0], &n)) return nullptr;
    if (n < 0) return raise_value_error("factorial() not defined for negative values");
    if (n > INT64_MAX) return raise_overflow("factorial() argument should not exceed 9223372036854775807");
    return new_int(range_product(1, static_cast<int64_t>(n)));
}

BigInt gcd_of(const BigInt& a, const BigInt& b) {
    return boost::multiprecision::gcd(a < 0 ? BigInt(-a) : a, b < 0 ? BigInt(-b) : b);
}

Val math_gcd(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("math.gcd() takes no keyword arguments");
    BigInt g = 0;
    for (size_t i = 0; i < args.count; ++i) {
        BigInt n;
        if (!integer(args[i], &n)) return nullptr;
        g = gcd_of(g, n);
    }
    return new_int(g);
}

Val math_lcm(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("math.lcm() takes no keyword arguments");
    BigInt l = 1;
    for (size_t i = 0; i < args.count; ++i) {
        BigInt n;
        if (!integer(args[i], &n)) return nullptr;
        if (n < 0) n = -n;
        l = (l == 0 || n == 0) ? BigInt(0) : BigInt(l / gcd_of(l, n) * n);
    }
    return new_int(l);
}

bool comb_perm_arguments(Value nv, Value kv, BigInt* n, BigInt* k) {
    if (!integer(nv, n) || !integer(kv, k)) return false;
    if (*n < 0) {
        raise_value_error("n must be a non-negative integer");
        return false;
    }
    if (*k < 0) {
        raise_value_error("k must be a non-negative integer");
        return false;
    }
    return true;
}

Val math_comb(Value, CallArgs args) {
    if (!check_clinic_positional("comb", args, 2, 2)) return nullptr;
    BigInt n, k;
    if (!comb_perm_arguments(args[0], args[1], &n, &k)) return nullptr;
    if (k > n) return new_int(0);
    if (n - k < k) k = n - k;
    // Each partial result is itself a binomial coefficient, so the division is exact.
    BigInt r = 1;
    for (BigInt i = 1; i <= k; ++i) r = r * (n - k + i) / i;
    return new_int(r);
}

Val math_perm(Value, CallArgs args) {
    if (!check_clinic_positional("perm", args, 1, 2)) return nullptr;
    // perm(n) and perm(n, None) are factorial(n), errors included.
    if (args.count == 1 || is_none(args[1])) return math_factorial(Value(), CallArgs{args.data, 1, nullptr});
    BigInt n, k;
    if (!comb_perm_arguments(args[0], args[1], &n, &k)) return nullptr;
    if (k > n) return new_int(0);
    BigInt r = 1;
    for (BigInt i = n - k + 1; i <= n; ++i) r *= i;
    return new_int(r);
}

// prod(iterable, *, start=1): the generic `*`, so any numbers (and types) mix.
Val math_prod(Value, CallArgs args) {
    if (args.positional_count() != 1)
        return raise_type_error("prod() takes exactly 1 positional argument (" +
                                std::to_string(args.positional_count()) + " given)");
    if (args.keyword_count() && !allow_keywords("prod", args, {"start"})) return nullptr;
    Value start = find_keyword(args, "start");
    Val result = start ? Val::borrow(start) : new_int(1);
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    while (Val item = iter_next(it)) {
        result = binary_op(result, item, BinaryOp::Multiply);
        if (!result) return nullptr;
    }
    if (cx().has_error()) return nullptr;
    return result;
}

// fsum: Shewchuk's msum keeps the exact sum as non-overlapping partials, then
// rounds once, with CPython's half-even fix-up across partials.
Val math_fsum(Value, CallArgs args) {
    if (!check_clinic_positional("math.fsum", args, 1, 1)) return nullptr;
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    std::vector<double> p;
    double special_sum = 0.0, inf_sum = 0.0;
    while (Val item = iter_next(it)) {
        double x;
        if (!number(item, &x)) return nullptr;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < p.size(); ++j) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x == 0.0) continue;
        if (!std::isfinite(x)) {
            // Either an inf/nan summand or an overflow of finite ones.
            if (std::isfinite(xsave)) return raise_overflow("intermediate overflow in fsum");
            if (std::isinf(xsave)) inf_sum += xsave;
            special_sum += xsave;
            p.clear();
        } else {
            p.push_back(x);
        }
    }
    if (cx().has_error()) return nullptr;
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return raise_value_error("-inf + inf in fsum");
        return new_float(special_sum);
    }
    double hi = 0.0, lo = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return new_float(hi);
}

// vector_norm: the coordinates scaled by a power of two next to the largest,
// squared exactly through a Veltkamp-Dekker split, summed with compensation,
// then one differential correction of the square root (Python 3.11).
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
    const double kSplit = 134217729.0;  // 2**27 + 1
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || vec.size() <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
        for (double& v : vec) v /= DBL_MIN;
        return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    auto add = [&](double x, double* frac) {
        double old = csum;
        csum += x;
        *frac += (old - csum) + x;
    };
    for (double v : vec) {
        double x = v * scale;
        double t = x * kSplit;
        double hi = t - (t - x);
        double lo = x - hi;
        add(hi * hi, &frac1);
        add(2.0 * hi * lo, &frac2);
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double t = h * kSplit;
    double hi = t - (t - h);
    double lo = h - hi;
    add(-hi * hi, &frac1);
    add(-2.0 * hi * lo, &frac2);
    add(-lo * lo, &frac3);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

Val math_hypot(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("math.hypot() takes no keyword arguments");
    std::vector<double> coords;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < args.count; ++i) {
        double x;
        if (!number(args[i], &x)) return nullptr;
        x = std::fabs(x);
        coords.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return new_float(vector_norm(coords, max, found_nan));
}

Val math_dist(Value, CallArgs args) {
    if (!check_clinic_positional("dist", args, 2, 2)) return nullptr;
    std::vector<Val> p, q;
    if (!collect_items(args[0], &p) || !collect_items(args[1], &q)) return nullptr;
    if (p.size() != q.size()) return raise_value_error("both points must have the same number of dimensions");
    std::vector<double> diffs;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < p.size(); ++i) {
        double px, qx;
        if (!number(p[i], &px) || !number(q[i], &qx)) return nullptr;
        double x = std::fabs(px - qx);
        diffs.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return new_float(vector_norm(diffs, max, found_nan));
}

}  // namespace

Ref<ModuleObject> make_math_module() {
    auto m = new_module("math");
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"sqrt", math_sqrt},         {"isqrt", math_isqrt},       {"pow", math_pow},
        {"exp", math_exp},           {"exp2", math_exp2},         {"expm1", math_expm1},
        {"log", math_log},           {"log2", math_log2},         {"log10", math_log10},
        {"log1p", math_log1p},       {"sin", math_sin},           {"cos", math_cos},
        {"tan", math_tan},           {"asin", math_asin},         {"acos", math_acos},
        {"atan", math_atan},         {"atan2", math_atan2},       {"sinh", math_sinh},
        {"cosh", math_cosh},         {"tanh", math_tanh},         {"asinh", math_asinh},
        {"acosh", math_acosh},       {"atanh", math_atanh},       {"erf", math_erf},
        {"erfc", math_erfc},         {"cbrt", math_cbrt},         {"hypot", math_hypot},
        {"dist", math_dist},         {"floor", math_floor},       {"ceil", math_ceil},
        {"trunc", math_trunc},       {"fabs", math_fabs},         {"factorial", math_factorial},
        {"gcd", math_gcd},           {"lcm", math_lcm},           {"comb", math_comb},
        {"perm", math_perm},         {"prod", math_prod},         {"fsum", math_fsum},
        {"isclose", math_isclose},   {"isfinite", math_isfinite}, {"isinf", math_isinf},
        {"isnan", math_isnan},       {"copysign", math_copysign}, {"degrees", math_degrees},
        {"radians", math_radians},   {"modf", math_modf},         {"fmod", math_fmod},
        {"remainder", math_remainder}, {"frexp", math_frexp},     {"ldexp", math_ldexp},
        {"nextafter", math_nextafter}, {"ulp", math_ulp},
    };
    for (const auto& e : functions) add_function(m.get(), e.name, e.fn);
    DictObject* d = m->dict.get();
    d->set_str(intern_literal("pi"), new_float(kPi));
    d->set_str(intern_literal("e"), new_float(kE));
    d->set_str(intern_literal("tau"), new_float(2.0 * kPi));
    d->set_str(intern_literal("inf"), new_float(HUGE_VAL));
    d->set_str(intern_literal("nan"), new_float(NAN));
    return m;
}

}  // namespace ys::runtime
