// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks: the hooks an event loop
// installs so it learns of every async generator that starts, and gets to
// close (with an aclose() task) each one dropped while unfinished.
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/builtin_types.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

// An omitted argument leaves its hook alone; None clears it.
[[nodiscard]] bool check_hook(const char* what, Value v) {
    if (!v || is_none(v) || type_of(v)->call)
        return true;
    raise_type_error(std::string("callable ") + what + " expected, got " + type_of(v)->name);
    return false;
}

void store_hook(Val* slot, Value v) {
    if (!v) return;
    *slot = is_none(v) ? Val() : Val::borrow(v);
}

Val sys_set_asyncgen_hooks(Value, CallArgs args) {
    Value a[2] = {};
    if (!bind_arguments({"set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, {}, false}, args, a)) return nullptr;
    if (!check_hook("finalizer", a[1]) || !check_hook("firstiter", a[0])) return nullptr;
    store_hook(&cx().asyncgen_finalizer, a[1]);
    store_hook(&cx().asyncgen_firstiter, a[0]);
    return new_none();
}

// (firstiter, finalizer); CPython returns a struct sequence with those names.
Val sys_get_asyncgen_hooks(Value, CallArgs args) {
    if (!check_arity("get_asyncgen_hooks", args, 0, 0)) return nullptr;
    Val first = cx().asyncgen_firstiter ? cx().asyncgen_firstiter : Val::borrow(none());
    Val fin = cx().asyncgen_finalizer ? cx().asyncgen_finalizer : Val::borrow(none());
    return new_tuple({first, fin}).into_val();
}

}  // namespace

void add_asyncgen_hook_functions(ModuleObject* sys) {
    add_function(sys, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
    add_function(sys, "get_asyncgen_hooks", sys_get_asyncgen_hooks);
}

}  // namespace ys::runtime
