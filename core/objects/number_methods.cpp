// The methods and attributes of int and float (Objects/longobject.c's
// int_bit_length ..., Objects/floatobject.c's float_is_integer ...):
// bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer,
// hex, fromhex, conjugate, and real / imag / numerator / denominator.
#include <cmath>
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

// The exact int (not a subclass instance) with the same value.
Val plain_int(Value v) { return new_int(to_bigint(v)); }

Val int_bit_length(Value self, CallArgs args) {
    if (!check_positional("bit_length", args, 0, 0)) return nullptr;
    BigInt v = to_bigint(self);
    if (v < 0) v = -v;
    int64_t n = 0;
    if (v != 0) n = static_cast<int64_t>(boost::multiprecision::msb(v)) + 1;
    return new_int(n);
}

Val int_bit_count(Value self, CallArgs args) {
    if (!check_positional("bit_count", args, 0, 0)) return nullptr;
    BigInt v = to_bigint(self);
    if (v < 0) v = -v;
    int64_t n = 0;
    while (v != 0) {
        n += static_cast<int64_t>(v & 1);
        v >>= 1;
    }
    return new_int(n);
}

Val int_conjugate(Value self, CallArgs args) {
    if (!check_positional("conjugate", args, 0, 0)) return nullptr;
    return plain_int(self);
}

Val int_as_integer_ratio(Value self, CallArgs args) {
    if (!check_positional("as_integer_ratio", args, 0, 0)) return nullptr;
    return new_tuple({plain_int(self), new_int(1)}).into_val();
}

// to_bytes(length=1, byteorder='big', *, signed=False)
Val int_to_bytes(Value self, CallArgs args) {
    Value length = args.positional_count() > 0 ? Value(args[0]) : Value();
    Value order = args.positional_count() > 1 ? Value(args[1]) : Value();
    bool is_signed = false;
    size_t npos = args.positional_count();
    if (npos > 2) return raise_type_error("to_bytes() takes at most 2 positional arguments (" + std::to_string(npos) + " given)");
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        Value v = args[npos + k];
        if (key == "length") length = v;
        else if (key == "byteorder") order = v;
        else if (key == "signed") is_signed = truthy(v) > 0;
        else return raise_type_error("to_bytes() got an unexpected keyword argument '" + std::string(key) + "'");
    }
    int64_t n = 1;
    if (length && !index_value(length, &n)) return nullptr;
    if (n < 0) return raise_value_error("length argument must be non-negative");
    std::string byteorder = "big";
    if (order) {
        if (!is_str(order)) return raise_type_error("to_bytes() argument 'byteorder' must be str, not " + type_of(order)->name);
        byteorder = as_str(order)->utf8();
    }
    if (byteorder != "big" && byteorder != "little")
        return raise_value_error("byteorder must be either 'little' or 'big'");
    BigInt v = to_bigint(self);
    if (v < 0 && !is_signed) return raise_overflow("can't convert negative int to unsigned");
    BigInt modulus = BigInt(1) << (8 * n);
    if (is_signed) {
        BigInt half = modulus >> 1;
        if (v >= half || v < -half) return raise_overflow("int too big to convert");
        if (v < 0) v += modulus;
    } else if (v >= modulus) {
        return raise_overflow("int too big to convert");
    }
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t i = 0; i < n; ++i) {
        out[static_cast<size_t>(byteorder == "big" ? n - 1 - i : i)] = static_cast<char>(static_cast<unsigned>(v & 0xff));
        v >>= 8;
    }
    return new_bytes(out).into_val();
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method.
Val int_from_bytes(Value, CallArgs args) {
    if (args.positional_count() < 2) return raise_type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    Value cls = args[0];
    Value data = args[1];
    Value order = args.positional_count() > 2 ? Value(args[2]) : Value();
    bool is_signed = false;
    size_t npos = args.positional_count();
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        if (key == "byteorder") order = args[npos + k];
        else if (key == "signed") is_signed = truthy(args[npos + k]) > 0;
        else return raise_type_error("from_bytes() got an unexpected keyword argument '" + std::string(key) + "'");
    }
    std::string bytes;
    if (type_of(data) == types().bytes) {
        bytes = static_cast<BytesObject*>(data.as_object())->data();
    } else {
        std::vector<Val> items;
        if (!collect_items(data, &items)) return nullptr;
        for (const Val& item : items) {
            int64_t b;
            if (!index_value(item, &b) || b < 0 || b > 255) {
                if (!cx().has_error()) raise_value_error("bytes must be in range(0, 256)");
                return nullptr;
            }
            bytes.push_back(static_cast<char>(b));
        }
    }
    std::string byteorder = order && is_str(order) ? as_str(order)->utf8() : "big";
    if (byteorder != "big" && byteorder != "little")
        return raise_value_error("byteorder must be either 'little' or 'big'");
    BigInt v = 0;
    size_t n = bytes.size();
    for (size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(bytes[byteorder == "big" ? i : n - 1 - i]);
        v = (v << 8) | c;
    }
    if (is_signed && n > 0 && (static_cast<unsigned char>(bytes[byteorder == "big" ? 0 : n - 1]) & 0x80))
        v -= BigInt(1) << (8 * n);
    Val result = new_int(v);
    if (cls == Value(types().int_)) return result;
    return call1(cls, result);
}

double self_float(Value v) { return float_value(v); }

Val float_is_integer(Value self, CallArgs args) {
    if (!check_positional("is_integer", args, 0, 0)) return nullptr;
    double d = self_float(self);
    return new_bool(std::isfinite(d) && std::floor(d) == d);
}

Val float_conjugate(Value self, CallArgs args) {
    if (!check_positional("conjugate", args, 0, 0)) return nullptr;
    return new_float(self_float(self));
}

// float.as_integer_ratio(): the exact fraction, lowest terms.
Val float_as_integer_ratio(Value self, CallArgs args) {
    if (!check_positional("as_integer_ratio", args, 0, 0)) return nullptr;
    double d = self_float(self);
    if (std::isinf(d)) return raise_overflow("cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return raise_value_error("cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = std::frexp(d, &exponent);
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        --exponent;
    }
    BigInt numerator = static_cast<long long>(mantissa);
    BigInt denominator = 1;
    if (exponent > 0) numerator <<= exponent;
    else denominator <<= -exponent;
    return new_tuple({new_int(numerator), new_int(denominator)}).into_val();
}

// float.hex(): '0x1.8000000000000p+1' for 3.0.
Val float_hex(Value self, CallArgs args) {
    if (!check_positional("hex", args, 0, 0)) return nullptr;
    double d = self_float(self);
    if (std::isnan(d)) return new_str_val("nan");
    if (std::isinf(d)) return new_str_val(d > 0 ? "inf" : "-inf");
    if (d == 0) return new_str_val(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);
    // C prints 0x1.8p+1; Python pads the fraction to 13 hex digits.
    std::string s = buf;
    size_t dot = s.find('.'), p = s.find('p');
    std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1, p - dot - 1);
    std::string head = s.substr(0, dot == std::string::npos ? p : dot);
    frac.resize(13, '0');
    return new_str_val(head + "." + frac + s.substr(p));
}

Val float_fromhex(Value, CallArgs args) {
    if (args.count != 2) return raise_type_error("fromhex() takes exactly one argument");
    if (!is_str(args[1])) return raise_type_error("fromhex() argument must be str, not " + type_of(args[1])->name);
    std::string s = as_str(args[1])->utf8();
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    while (end && (*end == ' ' || *end == '\t' || *end == '\n')) ++end;
    if (s.empty() || !end || *end) return raise_value_error("invalid hexadecimal floating-point string");
    Val result = new_float(d);
    if (args[0].get() == Value(types().float_)) return result;
    return call1(args[0], result);
}

void add_classmethod(TypeObject* t, const char* name, NativeFunction fn) {
    auto m = make<StaticMethodObject>(class_types().classmethod, new_builtin(name, fn).into_val());
    m->make_immortal();
    t->dict->set_str(intern(name), m.get());
}

}  // namespace

void add_property(TypeObject* t, const char* name, NativeFunction fn) {
    Val fget = new_builtin(name, fn).into_val();
    Val p = call1(class_types().property, fget);
    p.get().as_object()->make_immortal();
    t->dict->set_str(intern(name), p);
}

void register_number_methods(TypeObject* int_type, TypeObject* float_type) {
    add_method(int_type, "bit_length", int_bit_length);
    add_method(int_type, "bit_count", int_bit_count);
    add_method(int_type, "conjugate", int_conjugate);
    add_method(int_type, "as_integer_ratio", int_as_integer_ratio);
    add_method(int_type, "to_bytes", int_to_bytes);
    add_classmethod(int_type, "from_bytes", int_from_bytes);
    // Properties get the instance as their one argument.
    add_property(int_type, "real", [](Value, CallArgs a) { return plain_int(a[0]); });
    add_property(int_type, "imag", [](Value, CallArgs) { return new_int(0); });
    add_property(int_type, "numerator", [](Value, CallArgs a) { return plain_int(a[0]); });
    add_property(int_type, "denominator", [](Value, CallArgs) { return new_int(1); });
    add_method(float_type, "is_integer", float_is_integer);
    add_method(float_type, "conjugate", float_conjugate);
    add_method(float_type, "as_integer_ratio", float_as_integer_ratio);
    add_method(float_type, "hex", float_hex);
    add_classmethod(float_type, "fromhex", float_fromhex);
    add_property(float_type, "real", [](Value, CallArgs a) { return new_float(float_value(a[0])); });
    add_property(float_type, "imag", [](Value, CallArgs) { return new_float(0.0); });
}

}  // namespace ys::objects
