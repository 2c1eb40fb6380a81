// format(value, spec): the format-spec mini-language of str, int and float
// (Python/formatter_unicode.c): [[fill]align][sign][z][#][0][width][,|_][.precision][type].
#include "objects/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "util/utf8.h"

namespace ys::objects {

namespace {

struct Spec {
    char32_t fill = ' ';
    char align = 0;  // '<', '>', '^', '=' or 0 for the type's default
    char sign = '-';
    bool alternate = false;
    bool zero = false;
    int64_t width = -1;
    char grouping = 0;  // ',' or '_'
    int64_t precision = -1;
    char type = 0;
};

bool parse_spec(std::string_view text, Spec* spec, const std::string& type_name) {
    std::u32string s;
    for (size_t i = 0; i < text.size();) s += util::decode_utf8(text, i);
    size_t i = 0;
    auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    if (s.size() >= 2 && is_align(s[1])) {
        spec->fill = s[0];
        spec->align = static_cast<char>(s[1]);
        i = 2;
    } else if (!s.empty() && is_align(s[0])) {
        spec->align = static_cast<char>(s[0]);
        i = 1;
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec->sign = static_cast<char>(s[i++]);
    if (i < s.size() && s[i] == 'z') ++i;
    if (i < s.size() && s[i] == '#') {
        spec->alternate = true;
        ++i;
    }
    if (i < s.size() && s[i] == '0') {
        spec->zero = true;
        if (!spec->align) {
            spec->fill = '0';
            spec->align = '=';
        }
        ++i;
    }
    auto read_number = [&](int64_t* out) {
        size_t start = i;
        int64_t v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
        if (i > start) *out = v;
        return i > start;
    };
    read_number(&spec->width);
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec->grouping = static_cast<char>(s[i++]);
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!read_number(&spec->precision)) {
            raise_value_error("Format specifier missing precision");
            return false;
        }
    }
    if (i < s.size()) spec->type = static_cast<char>(s[i++]);
    if (i < s.size()) {
        raise_value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" + type_name + "'");
        return false;
    }
    // The padding (and the digits of a numeric precision) will be allocated.
    bool pads_precision = spec->type != 's' && spec->type != 0;
    return reserve_memory(static_cast<size_t>(std::max<int64_t>(spec->width, 0)) +
                          (pads_precision ? static_cast<size_t>(std::max<int64_t>(spec->precision, 0)) : 0));
}

// Pads `body` (with an optional sign/prefix kept in front for '=') to the width.
std::string pad(const std::string& prefix, const std::string& body, const Spec& spec, char default_align) {
    char align = spec.align ? spec.align : default_align;
    size_t len = util::count_code_points(prefix) + util::count_code_points(body);
    if (spec.width < 0 || len >= static_cast<size_t>(spec.width)) return prefix + body;
    size_t missing = static_cast<size_t>(spec.width) - len;
    std::string fill;
    util::append_utf8(fill, spec.fill);
    auto repeat = [&](size_t n) {
        std::string out;
        for (size_t k = 0; k < n; ++k) out += fill;
        return out;
    };
    switch (align) {
    case '<': return prefix + body + repeat(missing);
    case '^': return repeat(missing / 2) + prefix + body + repeat(missing - missing / 2);
    case '=': return prefix + repeat(missing) + body;
    default: return repeat(missing) + prefix + body;
    }
}

// Inserts a separator every three digits of the integer part of `digits`.
std::string group_digits(const std::string& digits, char sep) {
    size_t end = digits.find_first_not_of("0123456789");
    if (end == std::string::npos) end = digits.size();
    std::string int_part = digits.substr(0, end), rest = digits.substr(end);
    std::string out;
    for (size_t k = 0; k < int_part.size(); ++k) {
        if (k && (int_part.size() - k) % 3 == 0) out += sep;
        out += int_part[k];
    }
    return out + rest;
}

std::string sign_prefix(bool negative, const Spec& spec) {
    if (negative) return "-";
    if (spec.sign == '+') return "+";
    if (spec.sign == ' ') return " ";
    return "";
}

Val format_str(Value v, const Spec& spec) {
    if (spec.type && spec.type != 's') {
        return raise_value_error(std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
    }
    if (spec.sign != '-') return raise_value_error("Sign not allowed in string format specifier");
    std::string text = as_str(v)->utf8();
    if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < as_str(v)->length())
        text = as_str(v)->substr(0, static_cast<size_t>(spec.precision));
    if (spec.align == '=') return raise_value_error("'=' alignment not allowed in string format specifier");
    return new_str_val(pad("", text, spec, '<'));
}

Val format_float_value(double d, Spec spec);

Val format_int(Value v, const Spec& spec) {
    char type = spec.type ? spec.type : 'd';
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' || type == '%')
        return format_float_value(static_cast<double>(to_bigint(v)), spec);
    if (spec.precision >= 0) return raise_value_error("Precision not allowed in integer format specifier");
    BigInt n = to_bigint(v);
    bool negative = n < 0;
    if (negative) n = -n;
    std::string digits, prefix;
    if (type == 'd' || type == 'n') {
        digits = bigint_to_decimal(n);
    } else if (type == 'x' || type == 'X' || type == 'o' || type == 'b') {
        int base = type == 'o' ? 8 : type == 'b' ? 2 : 16;
        const char* alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (n == 0) digits = "0";
        while (n > 0) {
            digits.insert(digits.begin(), alphabet[static_cast<int>(n % base)]);
            n /= base;
        }
        if (spec.alternate) prefix = type == 'o' ? "0o" : type == 'b' ? "0b" : (type == 'X' ? "0X" : "0x");
    } else if (type == 'c') {
        std::string out;
        util::append_utf8(out, static_cast<char32_t>(static_cast<int64_t>(n)));
        return new_str_val(pad("", out, spec, '<'));
    } else {
        return raise_value_error(std::string("Unknown format code '") + type + "' for object of type 'int'");
    }
    if (spec.grouping) {
        int every = type == 'd' || type == 'n' ? 3 : 4;
        std::string out;
        for (size_t k = 0; k < digits.size(); ++k) {
            if (k && (digits.size() - k) % every == 0) out += spec.grouping;
            out += digits[k];
        }
        digits = out;
    }
    return new_str_val(pad(sign_prefix(negative, spec) + prefix, digits, spec, '>'));
}

Val format_float_value(double d, Spec spec) {
    char type = spec.type;
    bool negative = std::signbit(d) && !std::isnan(d);
    double magnitude = std::fabs(d);
    std::string body;
    char buf[512];
    if (type == '%') {
        magnitude *= 100;
    }
    if (std::isinf(magnitude) || std::isnan(magnitude)) {
        body = std::isnan(magnitude) ? "nan" : "inf";
        if (type == 'E' || type == 'F' || type == 'G') body = std::isnan(magnitude) ? "NAN" : "INF";
        if (type == '%') body += "%";
    } else if (type == 0 && spec.precision < 0) {
        body = float_repr(magnitude);
    } else {
        int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
        switch (type) {
        case 'f':
        case 'F':
        case '%':
            std::snprintf(buf, sizeof buf, "%.*f", precision, magnitude);
            body = buf;
            if (spec.alternate && precision == 0) body += ".";
            if (type == '%') body += "%";
            break;
        case 'e':
        case 'E':
            std::snprintf(buf, sizeof buf, type == 'e' ? "%.*e" : "%.*E", precision, magnitude);
            body = buf;
            break;
        case 'g':
        case 'G':
        case 0: {
            if (precision == 0) precision = 1;
            std::snprintf(buf, sizeof buf, type == 'G' ? "%.*G" : "%.*g", precision, magnitude);
            body = buf;
            if (type == 0 && body.find_first_of(".eEn") == std::string::npos) body += ".0";
            break;
        }
        default:
            return raise_value_error(std::string("Unknown format code '") + type + "' for object of type 'float'");
        }
    }
    if (spec.grouping) body = group_digits(body, spec.grouping);
    return new_str_val(pad(sign_prefix(negative, spec), body, spec, '>'));
}

}  // namespace

Val format_value(Value v, std::string_view spec_text) {
    TypeObject* t = type_of(v);
    if (spec_text.empty()) return str(v);
    Spec spec;
    if (!parse_spec(spec_text, &spec, t->name)) return nullptr;
    if (is_str(v)) return format_str(v, spec);
    if (is_int(v)) return format_int(v, spec);
    if (is_float(v)) return format_float_value(float_value(v), spec);
    return raise_type_error("unsupported format string passed to " + t->name + ".__format__");
}

}  // namespace ys::objects
