// The numeric and formatting builtins of Python/bltinmodule.c: divmod, pow
// (with a modulus), round (float___round___impl's correctly rounded decimal
// rounding and int___round___impl), bin, hex, oct, format, vars and globals.
#include <cmath>
#include <cstdlib>
#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

bool is_number(Value v) { return is_int(v) || is_float(v); }

// Reads the arguments of a function taking named parameters (positional or
// keyword); false with CPython's TypeError for unknown or repeated names.
bool parse_named(const char* fname, CallArgs args, std::initializer_list<const char*> names, Value* out) {
    size_t npos = args.positional_count();
    if (npos > names.size()) {
        raise_type_error(std::string(fname) + "() takes at most " + std::to_string(names.size()) + " arguments (" +
                         std::to_string(args.count) + " given)");
        return false;
    }
    for (size_t i = 0; i < npos; ++i) out[i] = args[i];
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        size_t i = 0;
        for (const char* n : names) {
            if (key == n) break;
            ++i;
        }
        if (i == names.size()) {
            raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
            return false;
        }
        if (out[i]) {
            raise_type_error("argument for " + std::string(fname) + "() given by name ('" + std::string(key) +
                             "') and position (" + std::to_string(i + 1) + ")");
            return false;
        }
        out[i] = args[npos + k];
    }
    return true;
}

// Calls a special method looked up on the type, if the type defines it.
// *found tells whether it existed.
Val call_special(Value obj, const char* name, std::initializer_list<Value> rest, bool* found) {
    Value method = type_of(obj)->lookup(intern(name));
    *found = !method.is_null();
    if (!method) return nullptr;
    Val bound = bind_descriptor(method, obj, type_of(obj));
    if (!bound) return nullptr;
    std::vector<Val> args;
    for (Value r : rest) args.push_back(Val::borrow(r));
    return call(bound, CallArgs{args.data(), args.size(), nullptr});
}

// ---------------------------------------------------------------- divmod

Val builtin_divmod(Value, CallArgs args) {
    if (!check_positional("divmod", args, 2, 2)) return nullptr;
    Value a = args[0], b = args[1];
    if (is_number(a) && is_number(b)) {
        // float_divmod reports a zero divisor with its own message.
        if ((is_float(a) || is_float(b)) && (is_float(b) ? float_value(b) == 0.0 : to_bigint(b) == 0))
            return raise_zero_division("float divmod()");
        Val q = binary_op(a, b, BinaryOp::FloorDivide);
        if (!q) return nullptr;
        Val r = binary_op(a, b, BinaryOp::Remainder);
        if (!r) return nullptr;
        return new_tuple({std::move(q), std::move(r)}).into_val();
    }
    bool found;
    Val r = call_special(a, "__divmod__", {b}, &found);
    if (found && (!r || !is_not_implemented(r))) return r;
    if (type_of(b) != type_of(a)) {
        r = call_special(b, "__rdivmod__", {a}, &found);
        if (found && (!r || !is_not_implemented(r))) return r;
    }
    return raise_type_error("unsupported operand type(s) for divmod(): '" + type_of(a)->name + "' and '" +
                            type_of(b)->name + "'");
}

// ---------------------------------------------------------------- pow

BigInt floor_mod_big(const BigInt& a, const BigInt& m) {
    BigInt r = a % m;
    if (r != 0 && ((r < 0) != (m < 0))) r += m;
    return r;
}

// The inverse of a modulo m (m > 0), by the extended Euclidean algorithm.
bool mod_inverse(const BigInt& a, const BigInt& m, BigInt* out) {
    BigInt old_r = floor_mod_big(a, m), r = m, old_s = 1, s = 0;
    while (r != 0) {
        BigInt q = old_r / r;
        BigInt t = old_r - q * r;
        old_r = r;
        r = t;
        t = old_s - q * s;
        old_s = s;
        s = t;
    }
    if (old_r != 1) return false;
    *out = floor_mod_big(old_s, m);
    return true;
}

// pow(base, exp, mod) for ints: the result has the sign of mod (long_pow).
Val pow_mod(Value base_v, Value exp_v, Value mod_v) {
    BigInt mod = to_bigint(mod_v);
    if (mod == 0) return raise_value_error("pow() 3rd argument cannot be 0");
    BigInt m = mod < 0 ? BigInt(-mod) : mod;
    BigInt base = floor_mod_big(to_bigint(base_v), m);
    BigInt exp = to_bigint(exp_v);
    if (exp < 0) {
        if (!mod_inverse(base, m, &base)) return raise_value_error("base is not invertible for the given modulus");
        exp = -exp;
    }
    BigInt result = m == 1 ? BigInt(0) : BigInt(1);
    while (exp > 0 && m != 1) {
        if ((exp & 1) != 0) result = result * base % m;
        exp >>= 1;
        base = base * base % m;
    }
    if (mod < 0 && result != 0) result -= m;
    return new_int(result);
}

Val builtin_pow(Value, CallArgs args) {
    Value a[3] = {};
    if (!parse_named("pow", args, {"base", "exp", "mod"}, a)) return nullptr;
    if (!a[0]) return raise_type_error("pow() missing required argument 'base' (pos 1)");
    if (!a[1]) return raise_type_error("pow() missing required argument 'exp' (pos 2)");
    if (!a[2] || is_none(a[2])) return binary_op(a[0], a[1], BinaryOp::Power);
    if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2])) {
        if (is_number(a[0]) && is_number(a[1]) && is_number(a[2]))
            return raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
        return raise_type_error("unsupported operand type(s) for ** or pow(): '" + type_of(a[0])->name + "', '" +
                                type_of(a[1])->name + "', '" + type_of(a[2])->name + "'");
    }
    return pow_mod(a[0], a[1], a[2]);
}

// ---------------------------------------------------------------- round

// Rounds |num / den| to the nearest integer, ties to even.
BigInt div_round_half_even(const BigInt& num, const BigInt& den) {
    BigInt q = num / den;
    BigInt twice_r = (num % den) * 2;
    if (twice_r > den || (twice_r == den && (q & 1) != 0)) q += 1;
    return q;
}

BigInt pow10(int64_t n) {
    BigInt r = 1;
    for (int64_t i = 0; i < n; ++i) r *= 10;
    return r;
}

// double_round: x rounded to `ndigits` decimal places, correctly rounded with
// ties to even on the exact binary value (so round(2.675, 2) is 2.67), then
// read back as the nearest double, as CPython does through dtoa.
Val round_float(double x, int64_t ndigits) {
    constexpr int64_t kMaxDigits = static_cast<int64_t>((53 + 1021) * 0.30103);  // NDIGITS_MAX
    constexpr int64_t kMinDigits = -static_cast<int64_t>((1024 + 1) * 0.30103);  // NDIGITS_MIN
    if (!std::isfinite(x) || ndigits > kMaxDigits) return new_float(x);
    if (ndigits < kMinDigits) return new_float(0.0 * x);
    int exp2;
    double frac = std::frexp(std::fabs(x), &exp2);
    BigInt num = static_cast<int64_t>(std::ldexp(frac, 53));
    BigInt den = 1;
    int shift = exp2 - 53;
    if (shift >= 0) {
        num <<= shift;
    } else {
        den <<= -shift;
    }
    if (ndigits >= 0) {
        num *= pow10(ndigits);
    } else {
        den *= pow10(-ndigits);
    }
    BigInt q = div_round_half_even(num, den);
    std::string text = (std::signbit(x) ? "-" : "") + bigint_to_decimal(q) + "e" + std::to_string(-ndigits);
    double rounded = std::strtod(text.c_str(), nullptr);
    if (std::isinf(rounded)) return raise_overflow("rounded value too large to represent");
    return new_float(rounded);
}

// int___round___impl: negative ndigits round to a multiple of 10**-ndigits, ties to even.
Val round_int(Value v, int64_t ndigits) {
    BigInt x = to_bigint(v);
    if (ndigits >= 0) return new_int(x);
    BigInt p = pow10(-ndigits);
    BigInt q = x / p, r = x % p;
    if (r < 0) {  // floor division
        r += p;
        q -= 1;
    }
    if (r * 2 > p || (r * 2 == p && (q & 1) != 0)) q += 1;
    return new_int(BigInt(q * p));
}

// An int as a plain int; a float rounded by `rounding`, as math.floor() & co.
Val integral_part(Value self, double (*rounding)(double)) {
    if (is_int(self)) return new_int(to_bigint(self));
    double x = float_value(self);
    if (std::isnan(x)) return raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(x)) return raise_overflow("cannot convert float infinity to integer");
    return new_int(BigInt(rounding(x)));
}

// int.__round__ and float.__round__ (ndigits null when absent or None).
Val round_number(Value number, Value nd) {
    int64_t ndigits = 0;
    if (nd && !index_value(nd, &ndigits)) {
        if (!cx().has_error())
            return raise_type_error("'" + type_of(nd)->name + "' object cannot be interpreted as an integer");
        // Huge ndigits clip, as PyNumber_AsSsize_t(..., NULL) does.
        cx().take_error();
        ndigits = to_bigint(nd) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (is_float(number)) {
        if (nd) return round_float(float_value(number), ndigits);
        return integral_part(number, [](double x) {
            double rounded = std::round(x);
            return std::fabs(x - rounded) == 0.5 ? 2.0 * std::round(x / 2.0) : rounded;  // halfway: to even
        });
    }
    return round_int(number, nd ? ndigits : 0);
}

Val builtin_round(Value, CallArgs args) {
    Value a[2] = {};
    if (!parse_named("round", args, {"number", "ndigits"}, a)) return nullptr;
    if (!a[0]) return raise_type_error("round() missing required argument 'number' (pos 1)");
    Value number = a[0], nd = a[1] && !is_none(a[1]) ? a[1] : Value();
    // Exact ints and floats directly; anything else (subclasses too) through its
    // __round__, which int's and float's own methods answer.
    TypeObject* t = type_of(number);
    if (t == types().int_ || t == types().float_ || t == types().bool_) return round_number(number, nd);
    bool found;
    Val r = nd ? call_special(number, "__round__", {nd}, &found) : call_special(number, "__round__", {}, &found);
    if (found) return r;
    return raise_type_error("type " + t->name + " doesn't define __round__ method");
}

// ---------------------------------------------------------------- bin, oct, hex

// The digits of |v| in base 2**bits, most significant first.
std::string digits_in_power_of_two_base(BigInt v, int bits) {
    static const char* const kDigits = "0123456789abcdef";
    if (v < 0) v = -v;
    if (v == 0) return "0";
    std::string out;
    unsigned mask = (1u << bits) - 1;
    while (v != 0) {
        out += kDigits[static_cast<unsigned>(v & mask)];
        v >>= bits;
    }
    return std::string(out.rbegin(), out.rend());
}

Val to_base(const char* fname, CallArgs args, int bits, const char* prefix) {
    if (!check_positional(fname, args, 1, 1)) return nullptr;
    Value v = args[0];
    if (!is_int(v)) {
        TypeObject* t = type_of(v);
        if (!t->number.to_int || is_float(v))
            return raise_type_error("'" + t->name + "' object cannot be interpreted as an integer");
        Val index = t->number.to_int(v);
        if (!index) return nullptr;
        if (!is_int(index)) return raise_type_error("__index__ returned non-int (type " + type_of(index)->name + ")");
        CallArgs again{&index, 1, nullptr};
        return to_base(fname, again, bits, prefix);
    }
    BigInt x = to_bigint(v);
    return new_str_val((x < 0 ? "-" : "") + std::string(prefix) + digits_in_power_of_two_base(x, bits));
}

Val builtin_bin(Value, CallArgs args) { return to_base("bin", args, 1, "0b"); }
Val builtin_oct(Value, CallArgs args) { return to_base("oct", args, 3, "0o"); }
Val builtin_hex(Value, CallArgs args) { return to_base("hex", args, 4, "0x"); }

// ---------------------------------------------------------------- format, vars, globals

Val builtin_format(Value, CallArgs args) {
    if (!check_positional("format", args, 1, 2)) return nullptr;
    if (args.count == 1) return format_value(args[0], "");
    if (!is_str(args[1]))
        return raise_type_error("format() argument 2 must be str, not " + type_of(args[1])->name);
    return format_value(args[0], as_str(args[1])->view());
}

// int's and float's own rounding methods (int.__round__, float.__floor__ ...): what
// round() and math's functions compute, reachable as attributes as in CPython.
// "float.__floor__" or "int.__floor__": the error messages name the method's class.
std::string method_name(Value self, const char* name) { return std::string(is_float(self) ? "float." : "int.") + name; }

Val number_round_method(Value self, CallArgs args) {
    if (!check_positional(method_name(self, "__round__").c_str(), args, 0, 1)) return nullptr;
    return round_number(self, args.count && !is_none(args[0]) ? args[0].get() : Value());
}

Val floor_method(Value self, CallArgs args) {
    if (!check_positional(method_name(self, "__floor__").c_str(), args, 0, 0)) return nullptr;
    return integral_part(self, [](double x) { return std::floor(x); });
}

Val ceil_method(Value self, CallArgs args) {
    if (!check_positional(method_name(self, "__ceil__").c_str(), args, 0, 0)) return nullptr;
    return integral_part(self, [](double x) { return std::ceil(x); });
}

Val trunc_method(Value self, CallArgs args) {
    if (!check_positional(method_name(self, "__trunc__").c_str(), args, 0, 0)) return nullptr;
    return integral_part(self, [](double x) { return std::trunc(x); });
}

// Added once, to the built-in types every session shares.
void add_number_dunders() {
    for (TypeObject* t : {types().int_, types().float_}) {
        add_method(t, "__round__", number_round_method);
        add_method(t, "__floor__", floor_method);
        add_method(t, "__ceil__", ceil_method);
        add_method(t, "__trunc__", trunc_method);
    }
    add_method(types().none, "__bool__", [](Value, CallArgs args) -> Val {
        if (!check_positional("__bool__", args, 0, 0)) return nullptr;
        return new_bool(false);
    });
}

}  // namespace

void add_numeric_builtins(DictObject* builtins) {
    static const bool dunders_added = util::uncounted([] {
        add_number_dunders();
        return true;
    });
    (void)dunders_added;
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"divmod", builtin_divmod}, {"pow", builtin_pow},       {"round", builtin_round},
        {"bin", builtin_bin},       {"oct", builtin_oct},       {"hex", builtin_hex},
        {"format", builtin_format},
    };
    for (const auto& e : functions) builtins->set_str(intern(e.name), new_builtin(e.name, e.fn).into_val());
}

}  // namespace ys::runtime
