// The table of native modules: name -> factory. Python-source modules are
// found in runtime/pylib instead (see modules.h).
#include "runtime/modules.h"
#include "runtime/native_modules.h"

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
};

}  // namespace

const NativeModule* find_native_module(std::string_view name) {
    for (const auto& m : kNativeModules)
        if (name == m.name) return &m;
    return nullptr;
}

}  // namespace ys::runtime
