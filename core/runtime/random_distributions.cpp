// The real-valued distributions of Lib/random.py (3.11): uniform, triangular,
// gauss, normalvariate, lognormvariate, expovariate, vonmisesvariate,
// gammavariate, betavariate, paretovariate, weibullvariate. Where Python mixes
// the caller's numbers in (mu + z * sigma), the generic operators do it, so ints,
// floats and their errors come out as CPython's do.
#include <cmath>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/singletons.h"
#include "runtime/module_support.h"
#include "runtime/random_module.h"

namespace ys::runtime {

using namespace objects;

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kTwoPi = 2.0 * kPi;
constexpr double kE = 2.718281828459045;

const double kNvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagic = 1.0 + std::log(4.5);

RandomObject* as_random(Value v) { return static_cast<RandomObject*>(v.as_object()); }

Val add(Value a, Value b) { return binary_op(a, b, BinaryOp::Add); }
Val sub(Value a, Value b) { return binary_op(a, b, BinaryOp::Subtract); }
Val mul(Value a, Value b) { return binary_op(a, b, BinaryOp::Multiply); }
Val div(Value a, Value b) { return binary_op(a, b, BinaryOp::TrueDivide); }

// mu + z * sigma
Val shift_scale(Value mu, double z, Value sigma) {
    Val scaled = mul(new_float(z), sigma);
    if (!scaled) return nullptr;
    return add(mu, scaled);
}

Val value_or(Value v, double fallback) { return v ? Val::borrow(v) : new_float(fallback); }

// math.sqrt / math.exp of an intermediate result, with math's errors.
bool math_sqrt_of(Value v, double* out) {
    double x;
    if (!real_argument(v, &x)) return false;
    if (x < 0) {
        raise_value_error("math domain error");
        return false;
    }
    *out = std::sqrt(x);
    return true;
}

Val random_uniform(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.uniform", {"a", "b"}, 2}, args, a)) return nullptr;
    Val width = sub(a[1], a[0]);
    if (!width) return nullptr;
    Val scaled = mul(width, new_float(random_double(as_random(self))));
    if (!scaled) return nullptr;
    return add(a[0], scaled);
}

Val random_triangular(Value self, CallArgs args) {
    Value a[3];
    if (!bind_arguments({"Random.triangular", {"low", "high", "mode"}, 0}, args, a)) return nullptr;
    Val low = value_or(a[0], 0.0), high = value_or(a[1], 1.0);
    Val u = new_float(random_double(as_random(self)));
    Val c;
    if (!a[2] || is_none(a[2])) {
        c = new_float(0.5);
    } else {
        Val num = sub(a[2], low);
        if (!num) return nullptr;
        Val den = sub(high, low);
        if (!den) return nullptr;
        c = div(num, den);
        if (!c) {
            if (!error_matches(exc_types().zero_division_error)) return nullptr;
            cx().take_error();
            return low;
        }
    }
    int flip = rich_compare_bool(u, c, CompareOp::Gt);
    if (flip < 0) return nullptr;
    if (flip) {
        u = sub(new_float(1.0), u);
        c = sub(new_float(1.0), c);
        if (!u || !c) return nullptr;
        std::swap(low, high);
    }
    Val uc = mul(u, c);
    if (!uc) return nullptr;
    double root;
    if (!math_sqrt_of(uc, &root)) return nullptr;
    Val span = sub(high, low);
    if (!span) return nullptr;
    Val scaled = mul(span, new_float(root));
    if (!scaled) return nullptr;
    return add(low, scaled);
}

// Kinderman and Monahan's ratio-of-uniforms method.
double normal_z(RandomObject* r) {
    for (;;) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        double z = kNvMagic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -std::log(u2)) return z;
    }
}

Val random_normalvariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.normalvariate", {"mu", "sigma"}, 0}, args, a)) return nullptr;
    double z = normal_z(as_random(self));
    return shift_scale(value_or(a[0], 0.0), z, value_or(a[1], 1.0));
}

// Box-Muller; the second value of each pair waits in gauss_next.
Val random_gauss(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.gauss", {"mu", "sigma"}, 0}, args, a)) return nullptr;
    RandomObject* r = as_random(self);
    Val z = std::move(r->gauss_next);
    r->gauss_next = nullptr;
    if (!z) {
        double x2pi = random_double(r) * kTwoPi;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double(r)));
        z = new_float(std::cos(x2pi) * g2rad);
        r->gauss_next = new_float(std::sin(x2pi) * g2rad);
    }
    Val scaled = mul(z, value_or(a[1], 1.0));
    if (!scaled) return nullptr;
    return add(value_or(a[0], 0.0), scaled);
}

Val random_lognormvariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.lognormvariate", {"mu", "sigma"}, 2}, args, a)) return nullptr;
    Val n = shift_scale(a[0], normal_z(as_random(self)), a[1]);
    if (!n) return nullptr;
    double x;
    if (!real_argument(n, &x)) return nullptr;
    double r = std::exp(x);
    if (std::isinf(r) && std::isfinite(x)) return raise_overflow("math range error");
    return new_float(r);
}

Val random_expovariate(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.expovariate", {"lambd"}, 1}, args, a)) return nullptr;
    return div(new_float(-std::log(1.0 - random_double(as_random(self)))), a[0]);
}

Val random_vonmisesvariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.vonmisesvariate", {"mu", "kappa"}, 2}, args, a)) return nullptr;
    RandomObject* r = as_random(self);
    double kappa;
    if (!real_argument(a[1], &kappa)) return nullptr;
    if (kappa <= 1e-6) return new_float(kTwoPi * random_double(r));
    double s = 0.5 / kappa;
    double rr = s + std::sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = random_double(r);
        z = std::cos(kPi * u1);
        double d = z / (rr + z);
        double u2 = random_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random_double(r);
    Val theta = u3 > 0.5 ? add(a[0], new_float(std::acos(f))) : sub(a[0], new_float(std::acos(f)));
    if (!theta) return nullptr;
    return binary_op(theta, new_float(kTwoPi), BinaryOp::Remainder);
}

// gammavariate's draw for scale 1 (the caller multiplies by beta).
double gamma_draw(RandomObject* r, double alpha) {
    if (alpha > 1.0) {
        // Cheng's rejection algorithm GB.
        double ainv = std::sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - kLog4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = random_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random_double(r);
            double v = std::log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * std::exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + kSgMagic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x;
        }
    }
    if (alpha == 1.0) return -std::log(1.0 - random_double(r));
    // alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
    for (;;) {
        double u = random_double(r);
        double b = (kE + alpha) / kE;
        double p = b * u;
        double x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
        double u1 = random_double(r);
        if (p > 1.0) {
            if (u1 <= std::pow(x, alpha - 1.0)) return x;
        } else if (u1 <= std::exp(-x)) {
            return x;
        }
    }
}

Val gammavariate(RandomObject* r, Value alpha_v, Value beta_v) {
    double alpha, beta;
    if (!real_argument(alpha_v, &alpha) || !real_argument(beta_v, &beta)) return nullptr;
    if (alpha <= 0.0 || beta <= 0.0) return raise_value_error("gammavariate: alpha and beta must be > 0.0");
    return mul(new_float(gamma_draw(r, alpha)), beta_v);
}

Val random_gammavariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.gammavariate", {"alpha", "beta"}, 2}, args, a)) return nullptr;
    return gammavariate(as_random(self), a[0], a[1]);
}

Val random_betavariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.betavariate", {"alpha", "beta"}, 2}, args, a)) return nullptr;
    RandomObject* r = as_random(self);
    Val one = new_float(1.0);
    Val y = gammavariate(r, a[0], one);
    if (!y) return nullptr;
    int t = truthy(y);
    if (t < 0) return nullptr;
    if (!t) return new_float(0.0);
    Val other = gammavariate(r, a[1], one);
    if (!other) return nullptr;
    Val sum = add(y, other);
    if (!sum) return nullptr;
    return div(y, sum);
}

Val random_paretovariate(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.paretovariate", {"alpha"}, 1}, args, a)) return nullptr;
    double u = 1.0 - random_double(as_random(self));
    Val exponent = div(new_float(-1.0), a[0]);
    if (!exponent) return nullptr;
    return binary_op(new_float(u), exponent, BinaryOp::Power);
}

Val random_weibullvariate(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.weibullvariate", {"alpha", "beta"}, 2}, args, a)) return nullptr;
    double u = 1.0 - random_double(as_random(self));
    Val exponent = div(new_float(1.0), a[1]);
    if (!exponent) return nullptr;
    Val powered = binary_op(new_float(-std::log(u)), exponent, BinaryOp::Power);
    if (!powered) return nullptr;
    return mul(a[0], powered);
}

}  // namespace

void add_distribution_methods(TypeObject* random) {
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry methods[] = {
        {"uniform", random_uniform},
        {"triangular", random_triangular},
        {"normalvariate", random_normalvariate},
        {"gauss", random_gauss},
        {"lognormvariate", random_lognormvariate},
        {"expovariate", random_expovariate},
        {"vonmisesvariate", random_vonmisesvariate},
        {"gammavariate", random_gammavariate},
        {"betavariate", random_betavariate},
        {"paretovariate", random_paretovariate},
        {"weibullvariate", random_weibullvariate},
    };
    for (const auto& m : methods) add_method(random, m.name, m.fn);
}

}  // namespace ys::runtime
