// _weakref: the native half of the weakref module (runtime/pylib/weakref.py):
// the reference type and the counts CPython's Modules/_weakref.c offers.
#include "objects/dict.h"
#include "objects/weakref.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

Val getweakrefcount(Value, CallArgs args) {
    if (!check_positional("getweakrefcount", args, 1, 1)) return nullptr;
    if (!args[0].get().is_object()) return new_int(0);
    return new_int(static_cast<int64_t>(weakref_count(args[0].get().as_object())));
}

Val getweakrefs(Value, CallArgs args) {
    if (!check_positional("getweakrefs", args, 1, 1)) return nullptr;
    std::vector<Val> refs;
    if (args[0].get().is_object()) weakrefs_of(args[0].get().as_object(), &refs);
    return new_list(std::move(refs)).into_val();
}

}  // namespace

Ref<ModuleObject> make_weakref_native_module() {
    auto m = new_module("_weakref");
    m->dict->set_str(intern_literal("ref"), weakref_type());
    m->dict->set_str(intern_literal("ReferenceType"), weakref_type());
    add_function(m.get(), "getweakrefcount", getweakrefcount);
    add_function(m.get(), "getweakrefs", getweakrefs);
    return m;
}

}  // namespace ys::runtime
