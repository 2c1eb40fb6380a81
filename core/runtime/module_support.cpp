// Argument binding for natives that stand in for Python-level functions (see
// module_support.h); the messages follow Python/ceval.c's positional_only /
// missing_arguments / too_many_positional.
#include "runtime/module_support.h"

#include <string>

#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::runtime {

using namespace objects;

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) s += names.size() > 2 ? ", " : " ";
        if (i && i + 1 == names.size()) s += "and ";
        s += "'" + names[i] + "'";
    }
    return s;
}

}  // namespace

bool check_arity(const char* name, CallArgs args, size_t min, size_t max) {
    if (args.keyword_count()) {
        raise_type_error(std::string(name) + "() takes no keyword arguments");
        return false;
    }
    size_t n = args.count;
    if (n >= min && n <= max) return true;
    size_t bound = n < min ? min : max;
    std::string quantity = min == max ? "" : n < min ? "at least " : "at most ";
    raise_type_error(std::string(name) + " expected " + quantity + std::to_string(bound) + " argument" +
                     (bound == 1 ? "" : "s") + ", got " + std::to_string(n));
    return false;
}

namespace {

// key == name without strlen(name): the keywords of a call (asyncio's
// context=, name=) are matched against every parameter name on each call.
bool names_match(std::string_view key, const char* name) {
    size_t i = 0;
    for (; i < key.size(); ++i)
        if (name[i] == '\0' || name[i] != key[i]) return false;
    return name[i] == '\0';
}

}  // namespace

bool bind_arguments(const PySignature& sig, CallArgs args, Value* out) {
    const size_t npos_params = sig.positional.size();
    const size_t nkw_params = sig.keyword_only.size();
    const size_t self = sig.method ? 1 : 0;
    size_t given = args.positional_count();
    for (size_t i = 0; i < npos_params + nkw_params; ++i) out[i] = Value();
    if (given > npos_params) {
        size_t lo = sig.required + self, hi = npos_params + self;
        std::string takes = lo == hi ? std::to_string(hi) : "from " + std::to_string(lo) + " to " + std::to_string(hi);
        raise_type_error(std::string(sig.qualname) + "() takes " + takes + " positional argument" +
                         (hi == 1 && lo == hi ? "" : "s") + " but " + std::to_string(given + self) +
                         (given + self == 1 ? " was" : " were") + " given");
        return false;
    }
    for (size_t i = 0; i < given; ++i) out[i] = args[i];
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        std::string_view key = as_str(args.kwnames->items[k])->view();
        size_t slot = 0;
        bool found = false;
        for (const char* name : sig.positional) {
            if (names_match(key, name)) {
                found = true;
                break;
            }
            ++slot;
        }
        if (!found) {
            slot = npos_params;
            for (const char* name : sig.keyword_only) {
                if (names_match(key, name)) {
                    found = true;
                    break;
                }
                ++slot;
            }
        }
        if (!found) {
            raise_type_error(std::string(sig.qualname) + "() got an unexpected keyword argument '" + std::string(key) +
                             "'");
            return false;
        }
        if (out[slot]) {
            raise_type_error(std::string(sig.qualname) + "() got multiple values for argument '" + std::string(key) +
                             "'");
            return false;
        }
        out[slot] = args[given + k];
    }
    std::vector<std::string> missing;
    size_t i = 0;
    for (const char* name : sig.positional) {
        if (i < sig.required && !out[i]) missing.push_back(name);
        ++i;
    }
    if (!missing.empty()) {
        raise_type_error(std::string(sig.qualname) + "() missing " + std::to_string(missing.size()) +
                         " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                         quoted_list(missing));
        return false;
    }
    return true;
}

}  // namespace ys::runtime
