// The time module on the session's virtual clock (see shared corpus README:
// time(), monotonic() and perf_counter() read it; sleep() advances it).
#include <cmath>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

Val time_now(Value, CallArgs args) {
    if (!check_positional("time", args, 0, 0)) return nullptr;
    return new_float(cx().virtual_time);
}

Val time_now_ns(Value, CallArgs args) {
    if (!check_positional("time_ns", args, 0, 0)) return nullptr;
    return new_int(static_cast<int64_t>(std::nearbyint(cx().virtual_time * 1e9)));
}

Val time_sleep(Value, CallArgs args) {
    if (!check_positional("sleep", args, 1, 1)) return nullptr;
    double seconds;
    if (is_float(args[0])) {
        seconds = float_value(args[0]);
    } else if (is_int(args[0])) {
        seconds = static_cast<double>(to_bigint(args[0]));
    } else {
        return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    }
    if (seconds < 0) return raise_value_error("sleep length must be non-negative");
    cx().virtual_time = cx().virtual_time + seconds;
    return new_none();
}

}  // namespace

Ref<ModuleObject> make_time_module() {
    auto m = new_module("time");
    for (const char* name : {"time", "monotonic", "perf_counter", "process_time"}) add_function(m.get(), name, time_now);
    for (const char* name : {"time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns"})
        add_function(m.get(), name, time_now_ns);
    add_function(m.get(), "sleep", time_sleep);
    return m;
}

}  // namespace ys::runtime
