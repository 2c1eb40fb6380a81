// Creates the built-in types once per process, wires their slots, and defines
// the constructors called as int(x), str(x), list(x) ... (see builtin_types.h).
#include "objects/builtin_types.h"

#include <cmath>
#include <cstdlib>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/generic_alias.h"
#include "objects/float.h"
#include "objects/async_gen.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/sizeof.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "objects/weakref.h"
#include "util/utf8.h"

namespace ys::objects {

BuiltinTypes g_builtin_types;

namespace {

TypeObject* define(const char* name, TypeObject* base) {
    auto* t = new TypeObject(name, base);
    t->make_immortal();
    return t;
}

bool no_keywords(const char* name, CallArgs args) {
    if (!args.keyword_count()) return true;
    raise_type_error(std::string(name) + "() takes no keyword arguments");
    return false;
}

// Parses the text of int(text, base) as PyLong_FromString does: spaces
// around, a sign, a 0x/0o/0b prefix (required to pick the base when base is
// 0), single underscores between digits. Null after raising ValueError.
// Unicode digits and spaces become their ASCII forms; anything else outside
// ASCII becomes '?' (_PyUnicode_TransformDecimalAndSpaceToASCII).
std::string ascii_digits(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        char32_t c = util::decode_utf8(text, i);
        if (c < 128) {
            out += static_cast<char>(c);
        } else if (unicode::is_space(c)) {
            out += ' ';
        } else if (int d = unicode::decimal_value(c); d >= 0) {
            out += static_cast<char>('0' + d);
        } else {
            out += '?';
        }
    }
    return out;
}

Val parse_int_text(const std::string& original, int64_t base) {
    auto invalid = [&] {
        return raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                                 str_repr(original));
    };
    const std::string text = ascii_digits(original);
    size_t b = text.find_first_not_of(" \t\n\r\f\v"), e = text.find_last_not_of(" \t\n\r\f\v");
    if (b == std::string::npos) return invalid();
    std::string core = text.substr(b, e - b + 1);
    size_t i = 0;
    bool negative = false;
    if (core[i] == '+' || core[i] == '-') negative = core[i++] == '-';
    int64_t radix = base;
    auto has_prefix = [&](char lower) {
        return i + 1 < core.size() && core[i] == '0' && (core[i + 1] == lower || core[i + 1] == lower - 32);
    };
    bool prefixed = false;
    if ((base == 0 || base == 16) && has_prefix('x')) radix = 16, prefixed = true;
    else if ((base == 0 || base == 8) && has_prefix('o')) radix = 8, prefixed = true;
    else if ((base == 0 || base == 2) && has_prefix('b')) radix = 2, prefixed = true;
    if (prefixed) {
        i += 2;
        if (i < core.size() && core[i] == '_') ++i;  // 0x_1f
    }
    if (radix == 0) radix = 10;
    BigInt value = 0;
    size_t digits = 0;
    bool all_zero = true;
    for (; i < core.size(); ++i) {
        char c = core[i];
        if (c == '_') {
            if (digits == 0 || i + 1 >= core.size() || core[i + 1] == '_') return invalid();
            continue;
        }
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
        if (d >= radix) return invalid();
        value = value * radix + d;
        all_zero = all_zero && d == 0;
        ++digits;
    }
    if (digits == 0) return invalid();
    // Base 0 takes no leading zeros on a decimal literal ("017"), as Python source does.
    if (base == 0 && !prefixed && digits > 1 && core[negative || core[0] == '+' ? 1 : 0] == '0' && !all_zero)
        return invalid();
    return new_int(negative ? BigInt(-value) : value);
}

// int(x=0, /, base=10): ints, floats (truncating), objects with __int__ or
// __index__, and strings or bytes in any base from 2 to 36 (0: by prefix).
Val int_construct(Value, CallArgs args) {
    size_t npos = args.positional_count();
    Value x = npos > 0 ? Value(args[0]) : Value();
    Value base_arg = npos > 1 ? Value(args[1]) : Value();
    if (npos > 2) return raise_type_error("int() takes at most 2 arguments (" + std::to_string(npos) + " given)");
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        if (key != "base") return raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for int()");
        base_arg = args[npos + k];
    }
    if (!x) {
        if (base_arg) return raise_type_error("int() missing string argument");
        return new_int(0);
    }
    auto text_of = [](Value v, std::string* out) {
        if (is_str(v)) {
            *out = as_str(v)->utf8();
            return true;
        }
        if (type_of(v) == types().bytes) {
            *out = static_cast<BytesObject*>(v.as_object())->data();
            return true;
        }
        return false;
    };
    std::string text;
    if (base_arg) {
        int64_t base;
        if (!index_value(base_arg, &base)) {
            if (!cx().has_error())
                raise_type_error("'" + type_of(base_arg)->name + "' object cannot be interpreted as an integer");
            return nullptr;
        }
        if (base != 0 && (base < 2 || base > 36)) return raise_value_error("int() base must be >= 2 and <= 36, or 0");
        if (!text_of(x, &text)) return raise_type_error("int() can't convert non-string with explicit base");
        return parse_int_text(text, base);
    }
    if (is_int(x)) return new_int(to_bigint(x));
    if (is_float(x)) return type_of(x)->number.to_int(x);
    if (text_of(x, &text)) {
        if (type_of(x) == types().bytes) {
            Val v = parse_int_text(text, 10);
            if (!v) {
                cx().take_error();
                std::string r;
                if (!repr_text(x, &r)) return nullptr;
                return raise_value_error("invalid literal for int() with base 10: " + r);
            }
            return v;
        }
        return parse_int_text(text, 10);
    }
    if (UnarySlot to_int = type_of(x)->number.to_int) {
        Val r = to_int(x);
        if (!r) return nullptr;
        if (!is_int(r)) return raise_type_error("__int__ returned non-int (type " + type_of(r)->name + ")");
        return new_int(to_bigint(r));
    }
    if (Value trunc = type_of(x)->lookup(intern_literal("__trunc__"))) {
        Val bound = bind_descriptor(trunc, x, type_of(x));
        if (!bound) return nullptr;
        Val r = call0(bound);
        if (!r) return nullptr;
        if (!is_int(r)) return raise_type_error("__trunc__ returned non-Integral (type " + type_of(r)->name + ")");
        return new_int(to_bigint(r));
    }
    return raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                            type_of(x)->name + "'");
}

Val float_construct(Value, CallArgs args) {
    if (!no_keywords("float", args)) return nullptr;
    if (args.count == 0) return new_float(0.0);
    if (args.count > 1) return raise_type_error("float expected at most 1 argument, got " + std::to_string(args.count));
    Value x = args[0];
    if (is_float(x)) return new_float(float_value(x));
    if (is_int(x)) return type_of(x)->number.to_float(x);
    if (is_str(x)) {
        std::string text = as_str(x)->utf8();
        std::string ascii = ascii_digits(text);
        size_t b = ascii.find_first_not_of(" \t\n\r\f\v"), e = ascii.find_last_not_of(" \t\n\r\f\v");
        std::string core = b == std::string::npos ? "" : ascii.substr(b, e - b + 1);
        std::string cleaned;
        for (char c : core)
            if (c != '_') cleaned += c;
        char* end = nullptr;
        double d = cleaned.empty() ? 0.0 : std::strtod(cleaned.c_str(), &end);
        bool hexish = cleaned.find_first_of("xX") != std::string::npos;
        if (cleaned.empty() || hexish || end != cleaned.c_str() + cleaned.size())
            return raise_value_error("could not convert string to float: " + str_repr(text));
        return new_float(d);
    }
    if (UnarySlot to_float = type_of(x)->number.to_float) {
        Val r = to_float(x);
        if (!r) return nullptr;
        if (!is_float(r)) return raise_type_error(type_of(x)->name + ".__float__ returned non-float (type " + type_of(r)->name + ")");
        return new_float(float_value(r));
    }
    if (UnarySlot to_int = type_of(x)->number.to_int) {
        // An object with only __index__ converts through the int.
        Val r = to_int(x);
        if (!r) return nullptr;
        if (!is_int(r)) return raise_type_error("__index__ returned non-int (type " + type_of(r)->name + ")");
        return types().int_->number.to_float(r);
    }
    return raise_type_error("float() argument must be a string or a real number, not '" + type_of(x)->name + "'");
}

Val str_construct(Value, CallArgs args) {
    if (!no_keywords("str", args)) return nullptr;
    if (args.count == 0) return new_str_val("");
    if (args.count > 1) return raise_type_error("str() takes at most 1 argument here");
    return str(args[0]);
}

Val bool_construct(Value, CallArgs args) {
    if (!no_keywords("bool", args)) return nullptr;
    if (args.count == 0) return new_bool(false);
    if (args.count > 1) return raise_type_error("bool expected at most 1 argument, got " + std::to_string(args.count));
    int t = truthy(args[0]);
    if (t < 0) return nullptr;
    return new_bool(t);
}

Val list_construct(Value, CallArgs args) {
    if (!no_keywords("list", args)) return nullptr;
    if (args.count > 1) return raise_type_error("list expected at most 1 argument, got " + std::to_string(args.count));
    if (args.count == 0) return new_list({}).into_val();
    int64_t hint = list_length_hint(args[0]);
    std::vector<Val> items;
    if (!collect_items(args[0], &items)) return nullptr;
    return new_list_from(std::move(items), args[0], hint).into_val();
}

Val tuple_construct(Value, CallArgs args) {
    if (!no_keywords("tuple", args)) return nullptr;
    if (args.count > 1) return raise_type_error("tuple expected at most 1 argument, got " + std::to_string(args.count));
    if (args.count == 1 && type_of(args[0]) == types().tuple) return args[0];
    std::vector<Val> items;
    if (args.count == 1 && !collect_items(args[0], &items)) return nullptr;
    return new_tuple(std::move(items)).into_val();
}

}  // namespace


void init_builtin_types() {
    static bool done = false;
    if (done) return;
    done = true;
    BuiltinTypes& b = g_builtin_types;
    b.object = define("object", nullptr);
    init_object_type(b.object);
    b.type = define("type", b.object);
    init_type_type(b.type);
    b.none = define("NoneType", b.object);
    b.not_implemented = define("NotImplementedType", b.object);
    b.ellipsis = define("ellipsis", b.object);
    b.int_ = define("int", b.object);
    int_type_for_small_ints = b.int_;
    b.float_ = define("float", b.object);
    b.str = define("str", b.object);
    b.str_iterator = define("str_ascii_iterator", b.object);
    b.bytes = define("bytes", b.object);
    b.list = define("list", b.object);
    b.list_iterator = define("list_iterator", b.object);
    b.tuple = define("tuple", b.object);
    b.tuple_iterator = define("tuple_iterator", b.object);
    b.dict = define("dict", b.object);
    b.dict_keys = define("dict_keys", b.object);
    b.dict_values = define("dict_values", b.object);
    b.dict_items = define("dict_items", b.object);
    b.dict_keyiterator = define("dict_keyiterator", b.object);
    b.dict_valueiterator = define("dict_valueiterator", b.object);
    b.dict_itemiterator = define("dict_itemiterator", b.object);
    b.dict_reversekeyiterator = define("dict_reversekeyiterator", b.object);
    b.dict_reversevalueiterator = define("dict_reversevalueiterator", b.object);
    b.dict_reverseitemiterator = define("dict_reverseitemiterator", b.object);
    b.set = define("set", b.object);
    b.frozenset = define("frozenset", b.object);
    b.set_iterator = define("set_iterator", b.object);
    b.range = define("range", b.object);
    b.range_iterator = define("range_iterator", b.object);
    b.function = define("function", b.object);
    b.builtin_function = define("builtin_function_or_method", b.object);
    b.code = define("code", b.object);
    b.frame = define("frame", b.object);
    b.module = define("module", b.object);
    b.cell = define("cell", b.object);
    b.traceback = define("traceback", b.object);
    b.slice = define("slice", b.object);

    init_int_type(b.int_, nullptr);
    b.bool_ = define("bool", b.int_);  // after int's slots exist, so bool inherits them
    init_int_type(b.int_, b.bool_);
    init_singleton_types(b);
    init_float_type(b.float_);
    init_str_types(b.str, b.str_iterator);
    register_str_methods(b.str);
    init_bytes_type(b.bytes);
    init_list_types(b.list, b.list_iterator);
    register_list_methods(b.list);
    register_tuple_methods(b.tuple);
    init_tuple_types(b.tuple, b.tuple_iterator);
    init_dict_type(b.dict);
    init_dict_view_types(b);
    init_set_types(b.set, b.frozenset, b.set_iterator);
    init_range_types(b.range, b.range_iterator);
    init_function_types(b.function, b.builtin_function, b.cell);
    init_module_type(b.module);
    init_frame_type(b.frame);
    init_code_type(b.code);
    init_traceback_type(b.traceback);
    init_generator_types(b.object, b.type);
    init_async_gen_types(b.object, b.type);
    init_slice_type(b.slice);
    init_exception_types(b.object);
    init_class_types(b.object, b.type);
    finish_exception_types();
    init_type_methods(b.type, b.object);
    init_generic_alias_types();
    register_number_methods(b.int_, b.float_);
    register_range_methods(b.range);
    init_weakref_type(b.type, b.object);
    register_dict_methods(b.dict);
    register_sizeof_methods();

    b.int_->construct = int_construct;
    b.float_->construct = float_construct;
    b.str->construct = str_construct;
    b.bool_->construct = bool_construct;
    b.list->construct = list_construct;
    b.tuple->construct = tuple_construct;

    // Every type's metatype is `type`; it could not be set while `type` did not exist.
    for (TypeObject* t : {b.object, b.type, b.none, b.not_implemented, b.ellipsis, b.int_, b.bool_, b.float_, b.str,
                          b.str_iterator, b.bytes, b.list, b.list_iterator, b.tuple, b.tuple_iterator, b.dict, b.range,
                          b.range_iterator, b.function, b.builtin_function, b.code, b.frame, b.module, b.cell,
                          b.traceback, b.slice, b.dict_keys, b.dict_values, b.dict_items, b.dict_keyiterator,
                          b.dict_valueiterator, b.dict_itemiterator, b.dict_reversekeyiterator,
                          b.dict_reversevalueiterator, b.dict_reverseitemiterator, b.set, b.frozenset,
                          b.set_iterator})
        t->set_metatype(b.type);
    for (TypeObject* t : all_exception_types()) t->set_metatype(b.type);
}

}  // namespace ys::objects
