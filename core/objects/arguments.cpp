// Argument checking in CPython's words (see arguments.h); messages follow
// Python/getargs.c and the code Argument Clinic generates.
#include "objects/arguments.h"

#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

const char* short_name(const char* qualname) {
    const char* dot = std::strrchr(qualname, '.');
    return dot ? dot + 1 : qualname;
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

bool check_clinic_positional(const char* qualname, CallArgs args, size_t min, size_t max) {
    if (args.keyword_count()) {
        raise_type_error(std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    size_t n = args.count;
    if (n >= min && n <= max) return true;
    std::string msg;
    if (max == 0) {
        msg = std::string(qualname) + "() takes no arguments (" + std::to_string(n) + " given)";
    } else if (min == 1 && max == 1) {
        msg = std::string(qualname) + "() takes exactly one argument (" + std::to_string(n) + " given)";
    } else if (min == max) {
        msg = std::string(short_name(qualname)) + " expected " + plural(min, "argument") + ", got " + std::to_string(n);
    } else if (n < min) {
        msg = std::string(short_name(qualname)) + " expected at least " + plural(min, "argument") + ", got " +
              std::to_string(n);
    } else {
        msg = std::string(short_name(qualname)) + " expected at most " + plural(max, "argument") + ", got " +
              std::to_string(n);
    }
    raise_type_error(msg);
    return false;
}

bool check_tuple_style(const char* qualname, CallArgs args, size_t min, size_t max) {
    if (args.keyword_count()) {
        raise_type_error(std::string(qualname) + "() takes no keyword arguments");
        return false;
    }
    size_t n = args.count;
    if (n >= min && n <= max) return true;
    std::string name = short_name(qualname);
    if (n < min) {
        raise_type_error(name + "() takes " + (min == max ? "exactly " : "at least ") + plural(min, "argument") + " (" +
                         std::to_string(n) + " given)");
    } else {
        raise_type_error(name + "() takes " + (min == max ? "exactly " : "at most ") + plural(max, "argument") + " (" +
                         std::to_string(n) + " given)");
    }
    return false;
}

bool unpack_arguments(const char* name, CallArgs args, std::initializer_list<const char*> names, size_t required,
                      Value* out) {
    size_t max = names.size();
    size_t npos = args.positional_count();
    size_t nkw = args.keyword_count();
    if (npos + nkw > max) {
        raise_type_error(std::string(name) + "() takes at most " + std::to_string(max) + " " +
                         (npos == 0 ? "keyword " : "") + (max == 1 ? "argument" : "arguments") + " (" +
                         std::to_string(npos + nkw) + " given)");
        return false;
    }
    auto keyword_value = [&](const char* key) -> Value {
        for (size_t k = 0; k < nkw; ++k)
            if (as_str(args.kwnames->items[k])->view() == key) return args[npos + k];
        return Value();
    };
    size_t used = 0;
    size_t i = 0;
    for (const char* param : names) {
        out[i] = Value();
        if (i < npos) {
            out[i] = args[i];
        } else if (Value v = nkw ? keyword_value(param) : Value()) {
            out[i] = v;
            ++used;
        } else if (i < required) {
            raise_type_error(std::string(name) + "() missing required argument '" + param + "' (pos " +
                             std::to_string(i + 1) + ")");
            return false;
        }
        ++i;
    }
    if (used == nkw) return true;
    i = 0;
    for (const char* param : names) {
        if (i < npos && keyword_value(param)) {
            raise_type_error(std::string("argument for ") + name + "() given by name ('" + param + "') and position (" +
                             std::to_string(i + 1) + ")");
            return false;
        }
        ++i;
    }
    for (size_t k = 0; k < nkw; ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        bool known = false;
        for (const char* param : names) known |= key == param;
        if (!known) {
            raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + name + "()");
            return false;
        }
    }
    return true;
}

bool index_argument(Value v, int64_t* out) {
    if (index_value(v, out)) return true;
    if (!cx().has_error()) raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
    return false;
}

bool slice_bound_argument(Value v, int64_t* out) {
    if (!v || is_none(v)) return true;
    if (is_int(v)) {
        if (!int_to_int64(v, out)) *out = to_bigint(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return true;
    }
    raise_type_error("slice indices must be integers or None or have an __index__ method");
    return false;
}

void adjust_indices(int64_t* start, int64_t* end, int64_t length) {
    if (*end > length) {
        *end = length;
    } else if (*end < 0) {
        *end += length;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = 0;
    }
}

}  // namespace ys::objects
