// Creates the built-in types once per process, wires their slots, and defines
// the constructors called as int(x), str(x), list(x) ... (see builtin_types.h).
#include "objects/builtin_types.h"

#include <cmath>
#include <cstdlib>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/generic_alias.h"
#include "objects/float.h"
#include "objects/async_gen.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

BuiltinTypes g_types;

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

// int(x): ints, bools, floats (truncating) and decimal strings.
Val int_construct(Value, CallArgs args) {
    if (!no_keywords("int", args)) return nullptr;
    if (args.count == 0) return new_int(0);
    if (args.count > 1) return raise_type_error("int() takes at most 1 argument here");
    Value x = args[0];
    if (is_int(x)) return new_int(to_bigint(x));
    if (is_float(x)) return type_of(x)->number.to_int(x);
    if (is_str(x)) {
        std::string text = as_str(x)->utf8();
        size_t b = text.find_first_not_of(" \t\n\r\f\v"), e = text.find_last_not_of(" \t\n\r\f\v");
        std::string core = b == std::string::npos ? "" : text.substr(b, e - b + 1);
        bool negative = false;
        size_t i = 0;
        if (i < core.size() && (core[i] == '+' || core[i] == '-')) negative = core[i++] == '-';
        std::string digits;
        bool ok = i < core.size();
        for (; i < core.size(); ++i) {
            if (core[i] >= '0' && core[i] <= '9') {
                digits += core[i];
            } else if (core[i] == '_' && !digits.empty() && i + 1 < core.size() && core[i + 1] != '_') {
                continue;
            } else {
                ok = false;
            }
        }
        if (!ok || digits.empty())
            return raise_value_error("invalid literal for int() with base 10: " + str_repr(text));
        Val v = new_int_from_decimal(digits);
        return negative ? objects::negative(v) : v;
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
        size_t b = text.find_first_not_of(" \t\n\r\f\v"), e = text.find_last_not_of(" \t\n\r\f\v");
        std::string core = b == std::string::npos ? "" : text.substr(b, e - b + 1);
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
    std::vector<Val> items;
    if (args.count == 1 && !collect_items(args[0], &items)) return nullptr;
    return new_list(std::move(items)).into_val();
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

const BuiltinTypes& types() { return g_types; }

void init_builtin_types() {
    static bool done = false;
    if (done) return;
    done = true;
    BuiltinTypes& b = g_types;
    b.object = define("object", nullptr);
    init_object_type(b.object);
    b.type = define("type", b.object);
    init_type_type(b.type);
    b.none = define("NoneType", b.object);
    b.not_implemented = define("NotImplementedType", b.object);
    b.ellipsis = define("ellipsis", b.object);
    b.int_ = define("int", b.object);
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
    register_dict_methods(b.dict);

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
