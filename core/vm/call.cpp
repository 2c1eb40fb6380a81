// Argument binding for Python functions (CPython's _PyEval_MakeFrameVector /
// initialize_locals), with CPython's error messages.
#include <string>

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

}  // namespace

bool bind_arguments(FunctionObject* fn, FrameObject* frame, CallArgs args) {
    const auto& unit = fn->code->unit();
    Val* locals = frame->localsplus();
    // Most calls: exactly the positional parameters, nothing else to fill in.
    if (args.count == unit.argcount && !args.kwnames && !unit.kwonlyargcount &&
        !(unit.flags & (compile::kCoVarargs | compile::kCoVarkeywords))) {
        for (size_t i = 0; i < args.count; ++i) locals[i] = args[i];
        return true;
    }
    const std::string& fname = fn->qualname->utf8();  // for the error messages only
    size_t npos_params = unit.argcount;
    size_t nkwonly = unit.kwonlyargcount;
    bool has_varargs = unit.flags & compile::kCoVarargs;
    bool has_varkw = unit.flags & compile::kCoVarkeywords;
    size_t npositional = args.positional_count();

    // Positional arguments.
    size_t take = std::min(npositional, npos_params);
    for (size_t i = 0; i < take; ++i) locals[i] = args[i];
    size_t next_slot = npos_params + nkwonly;
    if (has_varargs) {
        std::vector<Val> extra;
        for (size_t i = take; i < npositional; ++i) extra.push_back(args[i]);
        locals[next_slot++] = new_tuple(std::move(extra)).into_val();
    } else if (npositional > npos_params) {
        size_t min_required = npos_params - fn->defaults.size();
        std::string takes = std::to_string(npos_params);
        if (!fn->defaults.empty()) takes = "from " + std::to_string(min_required) + " to " + std::to_string(npos_params);
        raise_type_error(fname + "() takes " + takes + " positional argument" + (npos_params == 1 && fn->defaults.empty() ? "" : "s") +
                         " but " + std::to_string(npositional) + (npositional == 1 ? " was" : " were") + " given");
        return false;
    }
    Ref<DictObject> kwargs;
    if (has_varkw) {
        kwargs = new_dict();
        locals[next_slot] = kwargs.val();
    }

    // Keyword arguments.
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        StrObject* key = as_str(args.kwnames->items[k]);
        const Val& value = args[npositional + k];
        // Keyword names written in the call are interned, as the parameter
        // names are: comparing the objects finds them; a name made at run
        // time (f(**{name: v})) is compared by its text.
        const std::vector<StrObject*>& params = fn->code->localsplus_names;
        size_t slot = SIZE_MAX;
        for (size_t i = unit.posonlyargcount; i < npos_params + nkwonly && slot == SIZE_MAX; ++i)
            if (params[i] == key) slot = i;
        for (size_t i = unit.posonlyargcount; i < npos_params + nkwonly && slot == SIZE_MAX; ++i)
            if (unit.varnames[i] == key->utf8()) slot = i;
        if (slot == SIZE_MAX) {
            if (kwargs) {
                kwargs->set_str(key, value);
                continue;
            }
            raise_type_error(fname + "() got an unexpected keyword argument '" + key->utf8() + "'");
            return false;
        }
        if (locals[slot]) {
            raise_type_error(fname + "() got multiple values for argument '" + key->utf8() + "'");
            return false;
        }
        locals[slot] = value;
    }

    // Defaults, then report whatever is still missing.
    size_t first_default = npos_params - fn->defaults.size();
    std::vector<std::string> missing;
    for (size_t i = 0; i < npos_params; ++i) {
        if (locals[i]) continue;
        if (i >= first_default) {
            locals[i] = fn->defaults[i - first_default];
        } else {
            missing.push_back(unit.varnames[i]);
        }
    }
    if (!missing.empty()) {
        raise_type_error(fname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
        return false;
    }
    for (size_t i = npos_params; i < npos_params + nkwonly; ++i) {
        if (locals[i]) continue;
        Value d = fn->kwdefaults ? fn->kwdefaults->get_str(fn->code->localsplus_names[i]) : Value();
        if (d) {
            locals[i] = Val::borrow(d);
        } else {
            missing.push_back(unit.varnames[i]);
        }
    }
    if (!missing.empty()) {
        raise_type_error(fname + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
        return false;
    }
    return true;
}

}  // namespace ys::vm
