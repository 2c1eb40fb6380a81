// The table of native modules: name -> factory. Python-source modules are
// found in runtime/pylib instead (see modules.h).
#include "runtime/modules.h"
#include "runtime/native_modules.h"

#include <vector>

namespace ys::runtime {

namespace {

const NativeModule kNativeModules[] = {
    {"sys", make_sys_module},
    {"time", make_time_module},
    {"dis", make_dis_module},
    {"heapq", make_heapq_module},
    {"operator", make_operator_module},
    {"string", make_string_module},
    {"math", make_math_module},
    {"random", make_random_module},
    {"itertools", make_itertools_module},
    {"_collections", make_collections_native_module},
    {"collections.abc", make_collections_abc_module},
    {"_traceback", make_traceback_native_module},
    {"_weakref", make_weakref_native_module},
    {"gc", make_gc_module},
};

// Modules of the layers above runtime (asyncio), added once at start-up.
std::vector<NativeModule>& registered_modules() {
    static std::vector<NativeModule> modules;
    return modules;
}

}  // namespace

void register_native_module(const NativeModule& module) { registered_modules().push_back(module); }

const NativeModule* find_native_module(std::string_view name) {
    for (const auto& m : kNativeModules)
        if (name == m.name) return &m;
    for (const auto& m : registered_modules())
        if (name == m.name) return &m;
    return nullptr;
}

}  // namespace ys::runtime
