// Small helpers shared by the native modules math, random, heapq, operator,
// itertools, time and string: defining a module-owned type, reading keyword
// arguments, and converting numbers the way CPython's argument parsers do.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::runtime {

// A built-in type whose repr is <class 'module.name'>; made once per process.
inline objects::TypeObject* define_native_type(const char* name, const char* module) {
    auto* t = new objects::TypeObject(name, objects::types().object);
    t->make_immortal();
    t->set_metatype(objects::types().type);
    t->module = module;
    t->getattr = objects::generic_getattr;  // methods bind, __class__ works
    return t;
}

inline void visit_val(objects::Visitor& v, const objects::Val& x) {
    if (x.get().is_object()) v.visit(x.get().as_object());
}

// The value passed as keyword `name`, or null.
inline objects::Value find_keyword(objects::CallArgs args, const char* name) {
    size_t npos = args.positional_count();
    for (size_t k = 0; k < args.keyword_count(); ++k)
        if (objects::as_str(args.kwnames->items[k])->view() == name) return args[npos + k];
    return objects::Value();
}

// Raises "f() got an unexpected keyword argument 'x'" (a Python-level def).
[[nodiscard]] inline bool allow_keywords(const char* fname, objects::CallArgs args,
                                        std::initializer_list<const char*> allowed) {
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = objects::as_str(args.kwnames->items[k])->view();
        bool ok = false;
        for (const char* a : allowed) ok |= key == a;
        if (!ok) {
            objects::raise_type_error(std::string(fname) + "() got an unexpected keyword argument '" +
                                      std::string(key) + "'");
            return false;
        }
    }
    return true;
}

// A float or int as a double (PyFloat_AsDouble): "must be real number, not str"
// for anything else, OverflowError for ints beyond the double range.
[[nodiscard]] inline bool real_argument(objects::Value v, double* out) {
    using namespace objects;
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        if (v.is_small_int()) {
            *out = static_cast<double>(v.as_small_int());
            return true;
        }
        Val f = type_of(v)->number.to_float(v);
        if (!f) return false;
        *out = float_value(f);
        return true;
    }
    if (type_of(v)->number.to_float) {
        Val f = type_of(v)->number.to_float(v);
        if (!f) return false;
        if (is_float(f)) {
            *out = float_value(f);
            return true;
        }
    }
    raise_type_error("must be real number, not " + type_of(v)->name);
    return false;
}

// Binds a call to a Python-level signature `def f(self?, p0, p1=.., *, k0=..)`
// and raises what CPython raises for a def: "Random.randint() missing 1
// required positional argument: 'b'", "... takes 3 positional arguments but 4
// were given", "... got an unexpected keyword argument 'x'". out[] receives the
// positional parameters then the keyword-only ones, null when not passed.
// `method` counts self in the "given" numbers, as CPython does for methods.
struct PySignature {
    const char* qualname;
    std::initializer_list<const char*> positional;
    size_t required;
    std::initializer_list<const char*> keyword_only = {};
    bool method = true;
};
[[nodiscard]] bool bind_arguments(const PySignature& sig, objects::CallArgs args, objects::Value* out);

// _PyArg_CheckPositional and _PyArg_NoKeywords: "cycle expected 1 argument,
// got 0", "islice expected at least 2 arguments, got 1", "cycle() takes no
// keyword arguments".
[[nodiscard]] bool check_arity(const char* name, objects::CallArgs args, size_t min, size_t max);

// Calls `callable` with positional arguments.
[[nodiscard]] inline objects::Val call_positional(objects::Value callable, const std::vector<objects::Val>& args) {
    return objects::call(callable, objects::CallArgs{args.data(), args.size(), nullptr});
}

}  // namespace ys::runtime
