// str.format / str.format_map (Objects/stringlib/unicode_format.h: MarkupIterator,
// FieldNameIterator, auto-numbering) and printf-style `str % args`
// (PyUnicode_Format in Objects/unicodeobject.c), with CPython's error messages.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "util/utf8.h"

namespace ys::objects {

namespace {

Val raise_key_error_for(Value key) {
    auto exc = new_exception(exc_types().key_error, "");
    exc->args = new_tuple({Val::borrow(key)}).into_val();
    return raise_value(exc.into_val());
}

// ------------------------------------------------------------------ str.format

// A field name or index made only of decimal digits is a positional index; -1
// otherwise, -2 with ValueError on overflow (get_integer).
int64_t field_integer(std::u32string_view text) {
    if (text.empty()) return -1;
    int64_t value = 0;
    for (char32_t c : text) {
        int digit = unicode::decimal_value(c);
        if (digit < 0) return -1;
        if (value > (INT64_MAX - digit) / 10) {
            raise_value_error("Too many decimal digits in format string");
            return -2;
        }
        value = value * 10 + digit;
    }
    return value;
}

// One str.format or str.format_map call.
class Formatter {
public:
    // format(): positional and keyword arguments; format_map(): only `mapping`.
    Formatter(CallArgs args, Value mapping) : args_(args), mapping_(mapping) {}

    // build_string: recursion_depth starts at 2, so a spec may hold fields but
    // a field inside a field's spec may not hold any.
    bool build(std::u32string_view fmt, int depth, std::string* out) {
        if (depth <= 0) {
            raise_value_error("Max string recursion exceeded");
            return false;
        }
        size_t pos = 0, n = fmt.size();
        while (pos < n) {
            size_t start = pos;
            char32_t c = 0;
            bool markup = false;
            while (pos < n) {
                c = fmt[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            bool at_end = pos >= n;
            size_t length = pos - start;
            if (c == '}' && (at_end || fmt[pos] != '}')) return error("Single '}' encountered in format string");
            if (at_end && c == '{') return error("Single '{' encountered in format string");
            if (!at_end) {
                if (fmt[pos] == c) {
                    ++pos;  // "{{" or "}}": the literal keeps one brace
                    markup = false;
                } else {
                    --length;
                }
            }
            *out += to_utf8(fmt.substr(start, length));
            if (markup && !field(fmt, &pos, depth, out)) return false;
        }
        return true;
    }

private:
    static bool error(const char* message) {
        raise_value_error(message);
        return false;
    }

    // parse_field + output_markup: `*pos` is just after the '{'.
    bool field(std::u32string_view fmt, size_t* pos, int depth, std::string* out) {
        size_t n = fmt.size(), p = *pos, name_start = p;
        char32_t c = 0;
        while (p < n) {
            c = fmt[p++];
            if (c == '{') return error("unexpected '{' in field name");
            if (c == '[') {
                while (p < n && fmt[p] != ']') ++p;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        std::u32string_view name = fmt.substr(name_start, p - 1 - name_start);
        char32_t conversion = 0;
        std::u32string_view spec;
        bool spec_has_fields = false;
        if (c == '!' || c == ':') {
            bool spec_follows = true;
            if (c == '!') {
                if (p >= n) return error("end of string while looking for conversion specifier");
                conversion = fmt[p++];
                if (p < n) {
                    c = fmt[p++];
                    if (c == '}') spec_follows = false;
                    else if (c != ':') return error("expected ':' after conversion specifier");
                }
            }
            if (spec_follows) {
                size_t spec_start = p;
                int count = 1;
                for (;;) {
                    if (p >= n) return error("unmatched '{' in format spec");
                    c = fmt[p++];
                    if (c == '{') {
                        spec_has_fields = true;
                        ++count;
                    } else if (c == '}' && --count == 0) {
                        break;
                    }
                }
                spec = fmt.substr(spec_start, p - 1 - spec_start);
            }
        } else if (c != '}') {
            return error("expected '}' before end of string");
        }
        *pos = p;

        Val value;
        if (!field_value(name, &value)) return false;
        if (conversion) {
            if (conversion == 'r') {
                value = repr(value);
            } else if (conversion == 's') {
                value = str(value);
            } else if (conversion == 'a') {
                value = object_ascii(value);
            } else {
                char buf[64];
                if (conversion > 32 && conversion < 127) {
                    std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c", static_cast<char>(conversion));
                } else {
                    std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x",
                                  static_cast<unsigned>(conversion));
                }
                return error(buf);
            }
            if (!value) return false;
        }
        std::string spec_text;
        if (spec_has_fields) {
            if (!build(spec, depth - 1, &spec_text)) return false;
        } else {
            spec_text = to_utf8(spec);
        }
        Val formatted = format_value(value, spec_text);
        if (!formatted) return false;
        *out += as_str(formatted)->utf8();
        return true;
    }

    // get_field_object: the first part picks an argument, then .attr and [key] apply.
    bool field_value(std::u32string_view name, Val* out) {
        size_t i = 0;
        while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
        std::u32string_view first = name.substr(0, i), rest = name.substr(i);
        int64_t index = field_integer(first);
        if (index == -2) return false;
        bool empty = first.empty();
        if (empty || index != -1) {
            if (numbering_ == Numbering::Init) numbering_ = empty ? Numbering::Auto : Numbering::Manual;
            if (numbering_ == Numbering::Manual && empty)
                return error("cannot switch from manual field specification to automatic field numbering");
            if (numbering_ == Numbering::Auto && !empty)
                return error("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = next_auto_++;
        }
        if (index == -1) {
            Val key = new_str_val(to_utf8(first));
            if (mapping_) {
                *out = get_item(mapping_, key);
                if (!*out) return false;
            } else if (!keyword(as_str(key), out)) {
                raise_key_error_for(key);
                return false;
            }
        } else {
            if (mapping_) return error("Format string contains positional fields");
            if (index >= static_cast<int64_t>(args_.positional_count())) {
                raise_index_error("Replacement index " + std::to_string(index) +
                                  " out of range for positional args tuple");
                return false;
            }
            *out = args_[static_cast<size_t>(index)];
        }
        while (!rest.empty()) {
            char32_t kind = rest[0];
            size_t end = 1;
            if (kind == '.') {
                while (end < rest.size() && rest[end] != '.' && rest[end] != '[') ++end;
            } else if (kind == '[') {
                while (end < rest.size() && rest[end] != ']') ++end;
                if (end == rest.size()) return error("Missing ']' in format string");
            } else {
                return error("Only '.' or '[' may follow ']' in format field specifier");
            }
            std::u32string_view part = rest.substr(1, end - 1);
            rest = rest.substr(kind == '[' ? end + 1 : end);
            if (part.empty()) return error("Empty attribute in format string");
            if (kind == '.') {
                *out = get_attr(*out, new_str(to_utf8(part)).get());
            } else {
                int64_t item = field_integer(part);
                if (item == -2) return false;
                *out = get_item(*out, item >= 0 ? new_int(item) : new_str_val(to_utf8(part)));
            }
            if (!*out) return false;
        }
        return true;
    }

    bool keyword(StrObject* name, Val* out) const {
        size_t npos = args_.positional_count();
        for (size_t k = 0; k < args_.keyword_count(); ++k) {
            if (str_equal(as_str(args_.kwnames->items[k]), name)) {
                *out = args_[npos + k];
                return true;
            }
        }
        return false;
    }

    enum class Numbering { Init, Auto, Manual };
    CallArgs args_;
    Value mapping_;
    Numbering numbering_ = Numbering::Init;
    int64_t next_auto_ = 0;
};

Val str_format(Value self, CallArgs args) {
    Formatter f(args, Value());
    std::string out;
    if (!f.build(to_code_points(as_str(self)->view()), 2, &out)) return nullptr;
    return new_str_val(std::move(out));
}

Val str_format_map(Value self, CallArgs args) {
    if (!check_clinic_positional("str.format_map", args, 1, 1)) return nullptr;
    Formatter f(CallArgs{}, args[0]);
    std::string out;
    if (!f.build(to_code_points(as_str(self)->view()), 2, &out)) return nullptr;
    return new_str_val(std::move(out));
}

// ------------------------------------------------------------------ str % args

constexpr int kLeftJustify = 1, kSign = 2, kBlank = 4, kAlternate = 8, kZero = 16;

// One conversion specifier, as unicode_format_arg_t.
struct Conversion {
    char32_t ch = 0;
    int flags = 0;
    int64_t width = -1;
    int64_t precision = -1;
    bool sign = false;  // numeric: a sign may be written in front
};

// _PyUnicode_FormatLong: digits of an int in base 10, 8 or 16, at least
// `precision` of them, with 0o/0x/0X when alternate.
std::string format_long(BigInt n, int precision, bool alternate, char32_t type) {
    bool negative = n < 0;
    if (negative) n = -n;
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    const char* alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string digits;
    if (n == 0) digits = "0";
    while (n > 0) {
        digits.insert(digits.begin(), alphabet[static_cast<int>(n % base)]);
        n /= base;
    }
    if (precision > static_cast<int>(digits.size())) digits.insert(0, precision - digits.size(), '0');
    std::string prefix = negative ? "-" : "";
    if (alternate && base != 10) prefix += type == 'o' ? "0o" : type == 'X' ? "0X" : "0x";
    return prefix + digits;
}

bool format_integer(Value v, const Conversion& conv, std::string* out) {
    TypeObject* t = type_of(v);
    char type = static_cast<char>(conv.ch);
    auto wrong_type = [&] {
        raise_type_error(std::string("%") + type + " format: " +
                         (type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number") +
                         " is required, not " + t->name);
        return false;
    };
    Val number;
    if (is_int(v)) {
        number = Val::borrow(v);
    } else if (is_float(v) && (type == 'o' || type == 'x' || type == 'X')) {
        return wrong_type();
    } else if (t->number.to_int) {
        number = t->number.to_int(v);
        if (!number) return false;
    } else {
        return wrong_type();
    }
    *out = format_long(to_bigint(number), static_cast<int>(conv.precision), conv.flags & kAlternate, conv.ch);
    return true;
}

bool format_float(Value v, const Conversion& conv, std::string* out) {
    double d;
    if (is_float(v)) {
        d = float_value(v);
    } else if (TypeObject* t = type_of(v); t->number.to_float) {
        Val f = t->number.to_float(v);
        if (!f) return false;
        d = float_value(f);
    } else {
        raise_type_error("must be real number, not " + t->name);
        return false;
    }
    char type = static_cast<char>(conv.ch);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(d) || std::isinf(d)) {
        *out = std::isnan(d) ? "nan" : (d < 0 ? "-inf" : "inf");
        if (upper)
            for (char& ch : *out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        return true;
    }
    int precision = conv.precision < 0 ? 6 : static_cast<int>(conv.precision);
    std::string pattern = std::string("%") + ((conv.flags & kAlternate) ? "#" : "") + ".*" + type;
    int size = std::snprintf(nullptr, 0, pattern.c_str(), precision, d);
    out->assign(static_cast<size_t>(size) + 1, '\0');
    std::snprintf(out->data(), out->size(), pattern.c_str(), precision, d);
    out->pop_back();
    return true;
}

bool format_char(Value v, std::string* out) {
    int64_t code;
    if (is_str(v)) {
        if (as_str(v)->length() != 1) {
            raise_type_error("%c requires int or char");
            return false;
        }
        code = as_str(v)->at(0);
    } else if (!is_int(v)) {
        raise_type_error("%c requires int or char");
        return false;
    } else if (!int_to_int64(v, &code) || code < 0 || code > 0x10FFFF) {
        raise_overflow("%c arg not in range(0x110000)");
        return false;
    }
    out->clear();
    util::append_utf8(*out, static_cast<char32_t>(code));
    return true;
}

// unicode_format_arg_output: sign, 0x prefix, fill and justification.
std::string pad_conversion(Conversion& conv, const std::string& text) {
    std::u32string s = to_code_points(text);
    int64_t length = static_cast<int64_t>(s.size());
    if ((conv.width == -1 || conv.width <= length) && (conv.precision == -1 || conv.precision >= length) &&
        !(conv.flags & (kSign | kBlank)))
        return text;
    char32_t ch = conv.ch;
    if ((ch == 's' || ch == 'r' || ch == 'a') && conv.precision >= 0 && length > conv.precision)
        length = conv.precision;
    char32_t fill = conv.sign && (conv.flags & kZero) ? '0' : ' ';
    size_t index = 0;
    char32_t sign_char = 0;
    if (conv.sign) {
        if (s[0] == '-' || s[0] == '+') {
            sign_char = s[0];
            --length;
            ++index;
        } else if (conv.flags & kSign) {
            sign_char = '+';
        } else if (conv.flags & kBlank) {
            sign_char = ' ';
        } else {
            conv.sign = false;
        }
    }
    int64_t width = std::max(conv.width, length);
    std::u32string out;
    bool prefixed = (conv.flags & kAlternate) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (conv.sign) {
        if (fill != ' ') out += sign_char;
        if (width > length) --width;
    }
    if (prefixed) {
        if (fill != ' ') {
            out += s.substr(index, 2);
            index += 2;
        }
        width = std::max<int64_t>(width - 2, 0);
        length -= 2;
    }
    if (width > length && !(conv.flags & kLeftJustify)) {
        out.append(static_cast<size_t>(width - length), fill);
        width = length;
    }
    if (fill == ' ') {
        if (conv.sign) out += sign_char;
        if (prefixed) {
            out += s.substr(index, 2);
            index += 2;
        }
    }
    out += s.substr(index, static_cast<size_t>(length));
    if (width > length) out.append(static_cast<size_t>(width - length), ' ');
    return to_utf8(out);
}

// PyUnicode_Format, keeping CPython's bookkeeping: `remaining` is its fmtcnt and
// reading past the end yields 0, which is how "%" at the end becomes "incomplete format".
class PercentFormatter {
public:
    PercentFormatter(std::u32string fmt, Value args) : fmt_(std::move(fmt)), args_(args) {
        if (is_tuple(args)) {
            arg_count_ = static_cast<int64_t>(as_tuple(args)->items.size());
            arg_index_ = 0;
        }
        TypeObject* t = type_of(args);
        if (t->getitem && !is_tuple(args) && !is_str(args)) mapping_ = args;
        current_ = Val::borrow(args);
    }

    Val run() {
        std::string out;
        remaining_ = static_cast<int64_t>(fmt_.size());
        while (--remaining_ >= 0) {
            if (fmt_[pos_] != '%') {
                size_t start = pos_;
                while (pos_ < fmt_.size() && fmt_[pos_] != '%') ++pos_;
                remaining_ -= static_cast<int64_t>(pos_ - start - 1);
                out += to_utf8(std::u32string_view(fmt_).substr(start, pos_ - start));
                continue;
            }
            ++pos_;
            if (!argument(&out)) return nullptr;
        }
        if (arg_index_ < arg_count_ && !mapping_)
            return raise_type_error("not all arguments converted during string formatting");
        return new_str_val(std::move(out));
    }

private:
    char32_t read() const { return pos_ < fmt_.size() ? fmt_[pos_] : 0; }

    Val next_argument() {
        if (arg_index_ < arg_count_) {
            ++arg_index_;
            return arg_count_ < 0 ? current_ : Val(as_tuple(current_)->items[arg_index_ - 1]);
        }
        return raise_type_error("not enough arguments for format string");
    }

    // A '*' width or precision.
    bool star_argument(int64_t* out) {
        Val v = next_argument();
        if (!v) return false;
        if (!is_int(v)) {
            raise_type_error("* wants int");
            return false;
        }
        if (!index_argument(v, out)) return false;
        return true;
    }

    bool parse(Conversion* c) {
        if (c->ch == '(') {
            if (!mapping_) {
                raise_type_error("format requires a mapping");
                return false;
            }
            ++pos_;
            --remaining_;
            size_t key_start = pos_;
            int depth = 1;
            while (depth > 0 && --remaining_ >= 0) {
                c->ch = read();
                if (c->ch == ')') --depth;
                else if (c->ch == '(') ++depth;
                ++pos_;
            }
            if (remaining_ < 0 || depth > 0) {
                raise_value_error("incomplete format key");
                return false;
            }
            Val key = new_str_val(to_utf8(std::u32string_view(fmt_).substr(key_start, pos_ - key_start - 1)));
            current_ = get_item(mapping_, key);
            if (!current_) return false;
            arg_count_ = -1;
            arg_index_ = -2;
        }
        while (--remaining_ >= 0) {
            c->ch = read();
            ++pos_;
            int flag = c->ch == '-' ? kLeftJustify : c->ch == '+' ? kSign : c->ch == ' ' ? kBlank
                     : c->ch == '#' ? kAlternate : c->ch == '0' ? kZero : 0;
            if (!flag) break;
            c->flags |= flag;
        }
        auto next_char = [&] {
            if (--remaining_ >= 0) {
                c->ch = read();
                ++pos_;
                return true;
            }
            return false;
        };
        auto read_number = [&](int64_t* out) {
            *out = c->ch - '0';
            while (next_char() && c->ch >= '0' && c->ch <= '9') *out = *out * 10 + (c->ch - '0');
        };
        if (c->ch == '*') {
            if (!star_argument(&c->width)) return false;
            if (c->width < 0) {
                c->flags |= kLeftJustify;
                c->width = -c->width;
            }
            next_char();
        } else if (c->ch >= '0' && c->ch <= '9') {
            read_number(&c->width);
        }
        if (c->ch == '.') {
            c->precision = 0;
            next_char();
            if (c->ch == '*') {
                if (!star_argument(&c->precision)) return false;
                if (c->precision < 0) c->precision = 0;
                next_char();
            } else if (c->ch >= '0' && c->ch <= '9') {
                read_number(&c->precision);
            }
        }
        if (remaining_ >= 0 && (c->ch == 'h' || c->ch == 'l' || c->ch == 'L')) next_char();
        if (remaining_ < 0) {
            raise_value_error("incomplete format");
            return false;
        }
        // The padding (and the digits of a numeric precision) will be allocated.
        bool pads_precision = c->ch != 's' && c->ch != 'r' && c->ch != 'a';
        if (!reserve_memory(static_cast<size_t>(std::max<int64_t>(c->width, 0)) +
                            (pads_precision ? static_cast<size_t>(std::max<int64_t>(c->precision, 0)) : 0)))
            return false;
        return true;
    }

    bool argument(std::string* out) {
        Conversion c;
        c.ch = read();
        if (c.ch == '%') {
            ++pos_;
            --remaining_;
            *out += '%';
            return true;
        }
        if (!parse(&c)) return false;
        Val v = next_argument();
        if (!v) return false;
        std::string text;
        switch (c.ch) {
        case 's':
        case 'r':
        case 'a': {
            Val s = c.ch == 's' ? str(v) : c.ch == 'r' ? repr(v) : object_ascii(v);
            if (!s) return false;
            text = as_str(s)->utf8();
            break;
        }
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (!format_integer(v, c, &text)) return false;
            c.sign = true;
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (!format_float(v, c, &text)) return false;
            c.sign = true;
            break;
        case 'c':
            if (!format_char(v, &text)) return false;
            break;
        default: {
            char buf[96];
            char shown = c.ch >= 31 && c.ch <= 126 ? static_cast<char>(c.ch) : '?';
            std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", shown,
                          static_cast<unsigned>(c.ch), pos_ - 1);
            raise_value_error(buf);
            return false;
        }
        }
        *out += pad_conversion(c, text);
        return true;
    }

    std::u32string fmt_;
    Value args_;
    Value mapping_;
    Val current_;             // the tuple, the single argument, or the value of the last %(key)
    int64_t arg_count_ = -1;  // -1: one non-tuple argument
    int64_t arg_index_ = -2;
    size_t pos_ = 0;
    int64_t remaining_ = 0;
};

Val str_remainder(Value a, Value b) {
    if (!is_str(a)) return new_not_implemented();
    return PercentFormatter(to_code_points(as_str(a)->view()), b).run();
}

}  // namespace

void register_str_format_methods(TypeObject* t) {
    add_method(t, "format", str_format);
    add_method(t, "format_map", str_format_map);
    t->number.binary[static_cast<int>(BinaryOp::Remainder)] = str_remainder;
}

}  // namespace ys::objects
