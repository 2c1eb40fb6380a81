// Task.__init__(coro, *, loop=None, name=None, context=None) and Task.__del__,
// following Lib/asyncio/tasks.py (and _asyncio_Task___init___impl,
// TaskObj_finalize). __init__ does the future's part
// (its loop, its callbacks), the coroutine check, the name, the fields, then
// the task is registered, reported and its first step scheduled.
#include "asyncio/task_init.h"

#include <string>
#include <string_view>

#include "asyncio/future_methods.h"
#include "asyncio/future_ops.h"
#include "asyncio/loop_core.h"
#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/tuple.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/module_support.h"

namespace ys::aio {

using namespace objects;

namespace {

// coroutines.iscoroutine(obj): a coroutine or generator object is one; for
// anything else the Python function decides (collections.abc.Coroutine).
int is_coroutine(Value obj) {
    if (is_generator_object(obj) && as_generator(obj)->kind != GenKind::AsyncGenerator) return 1;
    Val check = library_attr("asyncio.coroutines", "iscoroutine");
    Val answer = check ? call1(check, obj) : Val();
    return answer ? truthy(answer) : -1;
}

// "Task-N" from the session's counter, or str(name).
Val task_name(Value name) {
    if (!is_none(name)) return objects::str(name);
    Val counter = library_attr("asyncio.tasks", "_task_name_counter");
    Val n = counter ? call0(counter) : Val();
    Val digits = n ? objects::str(n) : Val();
    if (!digits) return nullptr;
    std::string text = "Task-";
    text += as_str(digits)->view();
    return new_str_val(std::move(text));
}

// The arguments as Argument Clinic checks them for CPython's C Task, with its
// messages; then bound into coro, loop, name, context. Keywords are compared
// as views: create_task() passes three on every call.
[[nodiscard]] bool task_arguments(CallArgs args, Value* out) {
    size_t given = args.positional_count();
    std::string error;
    bool coro = given == 1;
    if (given > 1) error = "Task() takes exactly 1 positional argument (" + std::to_string(given) + " given)";
    for (size_t k = 0; k < args.keyword_count() && error.empty(); ++k) {
        std::string_view key = as_str(args.kwnames->items[k])->view();
        if (key == "coro" && given == 1) {
            error = "argument for Task() given by name ('coro') and position (1)";
        } else if (key != "coro" && key != "loop" && key != "name" && key != "context") {
            error = "'" + std::string(key) + "' is an invalid keyword argument for Task()";
        }
        coro = coro || key == "coro";
    }
    if (error.empty() && !coro) error = "Task() missing required argument 'coro' (pos 1)";
    if (!error.empty()) {
        raise_type_error(error);
        return false;
    }
    return runtime::bind_arguments({"Task", {"coro"}, 1, {"loop", "name", "context"}}, args, out);
}

Val task_init(Value self, CallArgs args) {
    Value a[4] = {};
    if (!task_arguments(args, a)) return nullptr;
    Value coro = a[0];
    Value name = a[2] ? a[2] : none();
    Value context = a[3] ? a[3] : none();
    Val loop = init_future_part(self, a[1]);
    if (!loop) return nullptr;
    int coroutine = is_coroutine(coro);
    if (coroutine < 0) return nullptr;
    if (!coroutine) {
        if (!set_future_field(self, Field::LogDestroyPending, false_value())) return nullptr;
        Val shown = repr(coro);
        if (!shown) return nullptr;
        return raise_type_error("a coroutine was expected, got " + std::string(as_str(shown)->view()));
    }
    Val task_name_value = task_name(name);
    bool fields_set = task_name_value && set_future_field(self, Field::Name, task_name_value) &&
                      set_future_field(self, Field::NumCancelsRequested, Val::small_int(0)) &&
                      set_future_field(self, Field::MustCancel, false_value()) &&
                      set_future_field(self, Field::FutWaiter, none()) && set_future_field(self, Field::Coro, coro) &&
                      set_future_field(self, Field::Context, context) &&
                      set_future_field(self, Field::LogDestroyPending, true_value());
    if (!fields_set) return nullptr;
    LoopCore* core = loop_core_of(loop);
    if (!core || !core->tasks->set(self, none())) return nullptr;
    if (cx().loop_events) report_loop_event("task_created", self, "");
    // self.__step, bound to the task (Task.__step is a property).
    Val step = get_attr(self, intern_literal("_Task__step"));
    if (!step || !call_soon(core, loop, step, Value(), context)) return nullptr;
    return new_none();
}

// Task.__del__ (CPython's TaskObj_finalize): a task destroyed while pending
// is reported (tasks.py's _report_destroyed_pending), unless its __init__
// failed before it had a loop; then Future.__del__'s report.
Val task_del(Value self, CallArgs args) {
    if (!check_positional("__del__", args, 0, 0)) return nullptr;
    if (!has_future_fields(self)) return future_field(self, Field::State, "__del__");  // its TypeError
    // Unset fields: its __init__ failed before them, and there is nothing to report.
    Value state = peek_future_field(self, Field::State);
    Value log = peek_future_field(self, Field::LogDestroyPending);
    Value loop = peek_future_field(self, Field::Loop);
    int pending_logged = state && log && loop && state_is(state, FutureState::Pending) && !is_none(loop) ? truthy(log) : 0;
    if (pending_logged < 0) return nullptr;
    if (pending_logged) {
        Val reporter = library_attr("asyncio.tasks", "_report_destroyed_pending");
        if (!reporter || !call1(reporter, self)) return nullptr;
    }
    if (!finalize_future(self)) return nullptr;
    return new_none();
}

}  // namespace

void add_task_init(ModuleObject* m) {
    add_method_to(m, "task_init", "__init__", task_init);
    add_method_to(m, "task_del", "__del__", task_del);
}

}  // namespace ys::aio
