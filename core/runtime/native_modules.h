// Factories of the modules implemented in C++, one file each (<name>_module.cpp).
#pragma once

#include "objects/function.h"
#include "objects/module.h"

namespace ys::runtime {

objects::Ref<objects::ModuleObject> make_sys_module();
objects::Ref<objects::ModuleObject> make_time_module();
objects::Ref<objects::ModuleObject> make_dis_module();
objects::Ref<objects::ModuleObject> make_heapq_module();
objects::Ref<objects::ModuleObject> make_operator_module();
objects::Ref<objects::ModuleObject> make_string_module();
objects::Ref<objects::ModuleObject> make_math_module();
objects::Ref<objects::ModuleObject> make_random_module();
objects::Ref<objects::ModuleObject> make_itertools_module();
objects::Ref<objects::ModuleObject> make_collections_native_module();  // _collections
objects::Ref<objects::ModuleObject> make_collections_abc_module();
objects::Ref<objects::ModuleObject> make_traceback_native_module();  // _traceback
objects::Ref<objects::ModuleObject> make_weakref_native_module();    // _weakref
objects::Ref<objects::ModuleObject> make_gc_module();

// True when `v` is one of the session's own streams (the initial sys.stdout or
// sys.stderr), which write straight into the session's output.
bool is_session_stream(objects::Value v, bool* is_stderr);

// Helpers for writing native modules.
// sys.set_asyncgen_hooks and sys.get_asyncgen_hooks (sys_asyncgen_hooks.cpp).
void add_asyncgen_hook_functions(objects::ModuleObject* sys);
// The virtual clock as time.time() reports it (a float, or an int after the
// loop jumped to an int deadline).
objects::Val virtual_clock_value();
void add_function(objects::ModuleObject* m, const char* name, objects::NativeFunction fn);

}  // namespace ys::runtime
