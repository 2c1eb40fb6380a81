// The native module _asyncio_core: the loop core, Handle and TimerHandle for
// the Python side of asyncio (runtime/pylib/asyncio*.py).
#include "asyncio/asyncio_module.h"

#include "asyncio/future_methods.h"
#include "asyncio/future_ops.h"
#include "asyncio/handle.h"
#include "asyncio/loop_core.h"
#include "asyncio/task_init.h"
#include "asyncio/task_step.h"
#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/modules.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::aio {

using namespace objects;

namespace {

LoopCore* as_core(Value v) { return static_cast<LoopCore*>(v.as_object()); }

[[nodiscard]] bool deadline_argument(Value v, double* out) { return runtime::real_argument(v, out); }

[[nodiscard]] bool args_tuple(Value v) {
    if (is_tuple(v)) return true;
    raise_type_error("args must be a tuple");
    return false;
}

// LoopCore(future_class=None, task_class=None): see LoopCore::future_class.
Val core_construct(Value, CallArgs args) {
    if (!runtime::check_arity("LoopCore", args, 0, 2)) return nullptr;
    auto core = make<LoopCore>(loop_core_type());
    for (size_t i = 0; i < args.count; ++i) {
        if (is_none(args[i])) continue;
        if (!is_type(args[i])) return raise_type_error("LoopCore() takes classes");
        (i == 0 ? core->future_class : core->task_class) = args[i];
    }
    return core.into_val();
}

// call_soon(callback, args, loop, context)
Val core_call_soon(Value self, CallArgs args) {
    if (!runtime::check_arity("call_soon", args, 4, 4) || !args_tuple(args[1])) return nullptr;
    auto h = new_handle(args[0], args[1], args[2], args[3]);
    as_core(self)->schedule(h);
    return h.into_val();
}

// call_at(when, callback, args, loop, context)
Val core_call_at(Value self, CallArgs args) {
    double when;
    if (!runtime::check_arity("call_at", args, 5, 5) || !deadline_argument(args[0], &when) ||
        !args_tuple(args[2]))
        return nullptr;
    auto h = new_timer_handle(args[0], when, args[1], args[2], args[3], args[4]);
    as_core(self)->push_timer(h);
    return h.into_val();
}

Val core_run_once(Value self, CallArgs args) {
    if (!runtime::check_arity("run_once", args, 0, 0)) return nullptr;
    if (!as_core(self)->run_once()) return nullptr;
    return new_none();
}

Val core_run_forever(Value self, CallArgs args) {
    if (!runtime::check_arity("run_forever", args, 0, 0)) return nullptr;
    LoopCore* core = as_core(self);
    Object* outer = cx().running_loop;
    cx().running_loop = core;
    bool ok = core->run_until_stopped();
    cx().running_loop = outer;
    core->clear_stopping();
    if (!ok) return nullptr;
    return new_none();
}

Val core_stop(Value self, CallArgs args) {
    if (!runtime::check_arity("stop", args, 0, 0)) return nullptr;
    as_core(self)->stop();
    return new_none();
}

Val core_stopping(Value self, CallArgs args) {
    if (!runtime::check_arity("stopping", args, 0, 0)) return nullptr;
    return new_bool(as_core(self)->stopping());
}

Val core_clear(Value self, CallArgs args) {
    if (!runtime::check_arity("clear", args, 0, 0)) return nullptr;
    as_core(self)->clear();
    return new_none();
}

Val core_time(Value, CallArgs args) {
    if (!runtime::check_arity("time", args, 0, 0)) return nullptr;
    return runtime::virtual_clock_value();
}

Val core_ready_count(Value self, CallArgs args) {
    if (!runtime::check_arity("ready_count", args, 0, 0)) return nullptr;
    return new_int(static_cast<int64_t>(as_core(self)->ready().size()));
}

Val core_timer_count(Value self, CallArgs args) {
    if (!runtime::check_arity("timer_count", args, 0, 0)) return nullptr;
    return new_int(static_cast<int64_t>(as_core(self)->timers().size()));
}

Val core_get_current_task(Value self, CallArgs args) {
    if (!runtime::check_arity("get_current_task", args, 0, 0)) return nullptr;
    LoopCore* core = as_core(self);
    return core->current_task ? core->current_task : new_none();
}

Val core_set_current_task(Value self, CallArgs args) {
    if (!runtime::check_arity("set_current_task", args, 1, 1)) return nullptr;
    as_core(self)->current_task = is_none(args[0]) ? Val() : args[0];
    return new_none();
}

Val core_register_task(Value self, CallArgs args) {
    if (!runtime::check_arity("register_task", args, 1, 1)) return nullptr;
    if (!as_core(self)->tasks->set(args[0], none())) return nullptr;
    return new_none();
}

Val core_unregister_task(Value self, CallArgs args) {
    if (!runtime::check_arity("unregister_task", args, 1, 1)) return nullptr;
    int removed = as_core(self)->tasks->remove(args[0]);
    if (removed < 0) return nullptr;
    return new_none();
}

// _enter_task(loop, task) and _leave_task(loop, task): the running task of a
// loop, switched around every Task.__step. CPython's pure-Python asyncio
// takes these two from its C module too, so no Python frame shows for them.
Val enter_task_function(Value, CallArgs args) {
    if (!runtime::check_arity("_enter_task", args, 2, 2)) return nullptr;
    LoopCore* core = loop_core_of(args[0]);
    if (!core || !enter_task(core, args[1])) return nullptr;
    return new_none();
}

Val leave_task_function(Value, CallArgs args) {
    if (!runtime::check_arity("_leave_task", args, 2, 2)) return nullptr;
    LoopCore* core = loop_core_of(args[0]);
    if (!core || !leave_task(core, args[1])) return nullptr;
    return new_none();
}

// The tasks registered and not yet done, oldest first.
Val core_tasks(Value self, CallArgs args) {
    if (!runtime::check_arity("tasks", args, 0, 0)) return nullptr;
    std::vector<Val> found;
    for (const auto& e : as_core(self)->tasks->entries())
        if (e.key) found.push_back(e.key);
    return new_list(std::move(found)).into_val();
}

bool is_async_gen(Value v) {
    return v.is_object() && type_of(v) == generator_types().async_generator;
}

// loop._asyncgens is a weak set in CPython: an async generator dropped while
// suspended must die (and reach the finaliser hook) at once. Membership is a
// tag on the generator, so the set holds no references.
Val core_track_asyncgen(Value self, CallArgs args) {
    if (!runtime::check_arity("track_asyncgen", args, 1, 1)) return nullptr;
    if (is_async_gen(args[0])) as_generator(args[0])->asyncgen_loop_tag = as_core(self)->tag;
    return new_none();
}

Val core_untrack_asyncgen(Value self, CallArgs args) {
    if (!runtime::check_arity("untrack_asyncgen", args, 1, 1)) return nullptr;
    if (is_async_gen(args[0]) && as_generator(args[0])->asyncgen_loop_tag == as_core(self)->tag)
        as_generator(args[0])->asyncgen_loop_tag = 0;
    return new_none();
}

// The live async generators of this loop, oldest first.
Val core_asyncgens(Value self, CallArgs args) {
    if (!runtime::check_arity("asyncgens", args, 0, 0)) return nullptr;
    std::vector<Val> found;
    for (GeneratorObject* g = cx().oldest_generator; g; g = g->newer)
        if (g->kind == GenKind::AsyncGenerator && g->asyncgen_loop_tag == as_core(self)->tag)
            found.push_back(Val::borrow(g));
    return new_list(std::move(found)).into_val();
}

// notify(kind, subject): a task or future event for the inspector
// ("task_created", "task_done", "future_done", "callback_added"); free when
// nobody watches.
Val asyncio_notify(Value, CallArgs args) {
    if (cx().loop_events && args.count == 2 && is_str(args[0]))
        report_loop_event(as_str(args[0])->view(), args[1], "");
    return new_none();
}

// The loop events._set_running_loop() set (asyncio.events._running_loop), or
// None; `function` names the caller for the error of a call with arguments.
Val running_loop_or_none(const char* function, CallArgs args) {
    if (args.count)
        return raise_type_error(std::string("_asyncio.") + function + "() takes no arguments (" +
                                std::to_string(args.count) + " given)");
    return library_attr("asyncio.events", "_running_loop");
}

// get_running_loop(): the running loop; RuntimeError when none runs.
Val get_running_loop_function(Value, CallArgs args) {
    Val loop = running_loop_or_none("get_running_loop", args);
    if (loop && is_none(loop)) return raise(exc_types().runtime_error, "no running event loop");
    return loop;
}

// _get_running_loop(): the running loop, or None.
Val get_running_loop_or_none_function(Value, CallArgs args) {
    return running_loop_or_none("_get_running_loop", args);
}

// Calls `operation` with the loop core of the future in args[0] (null for a
// loop without one), held for the call: the callbacks it runs may drop the loop.
template <typename Operation>
Val with_future_core(const char* function, CallArgs args, size_t count, Operation operation) {
    if (!runtime::check_arity(function, args, count, count)) return nullptr;
    Ref<LoopCore> core = Ref<LoopCore>::borrow(future_core(args[0]));
    if (cx().has_error() || !operation(core.get())) return nullptr;
    return new_none();
}

// schedule_callbacks(future): Future._schedule_callbacks, see future_ops.h.
Val schedule_callbacks_function(Value, CallArgs args) {
    return with_future_core("schedule_callbacks", args, 1,
                            [&](LoopCore* core) { return schedule_callbacks(core, args[0]); });
}

// _set_result_unless_cancelled(future, result), see future_ops.h.
Val set_result_unless_cancelled_function(Value, CallArgs args) {
    return with_future_core("_set_result_unless_cancelled", args, 2,
                            [&](LoopCore* core) { return set_result_unless_cancelled(core, args[0], args[1]); });
}

// Handle(callback, args, loop, context=None)
Val handle_construct(Value, CallArgs args) {
    Value a[4] = {};
    if (!runtime::bind_arguments({"Handle", {"callback", "args", "loop", "context"}, 3, {}, false}, args, a))
        return nullptr;
    return new_handle(a[0], a[1], a[2], a[3] ? a[3] : none()).into_val();
}

// TimerHandle(when, callback, args, loop, context=None)
Val timer_handle_construct(Value, CallArgs args) {
    Value a[5] = {};
    double when;
    if (!runtime::bind_arguments({"TimerHandle", {"when", "callback", "args", "loop", "context"}, 4, {}, false},
                                 args, a) ||
        !deadline_argument(a[0], &when))
        return nullptr;
    return new_timer_handle(a[0], when, a[1], a[2], a[3], a[4] ? a[4] : none()).into_val();
}

Ref<ModuleObject> make_asyncio_core_module() {
    auto m = new_module("_asyncio_core");
    handle_type()->construct = handle_construct;
    timer_handle_type()->construct = timer_handle_construct;
    m->dict->set_str(intern_literal("LoopCore"), loop_core_type());
    m->dict->set_str(intern_literal("Handle"), handle_type());
    m->dict->set_str(intern_literal("TimerHandle"), timer_handle_type());
    runtime::add_function(m.get(), "notify", asyncio_notify);
    runtime::add_function(m.get(), "get_running_loop", get_running_loop_function);
    runtime::add_function(m.get(), "_get_running_loop", get_running_loop_or_none_function);
    runtime::add_function(m.get(), "_enter_task", enter_task_function);
    runtime::add_function(m.get(), "_leave_task", leave_task_function);
    runtime::add_function(m.get(), "task_step_method", task_step_method);
    runtime::add_function(m.get(), "schedule_callbacks", schedule_callbacks_function);
    runtime::add_function(m.get(), "_set_result_unless_cancelled", set_result_unless_cancelled_function);
    runtime::add_function(m.get(), "task_wakeup_method", task_wakeup_method);
    add_future_methods(m.get());
    add_task_init(m.get());
    return m;
}

}  // namespace

TypeObject* loop_core_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = runtime::define_native_type("LoopCore", "_asyncio_core");
        type->construct = core_construct;
        add_method(type, "call_soon", core_call_soon);
        add_method(type, "call_at", core_call_at);
        add_method(type, "run_once", core_run_once);
        add_method(type, "run_forever", core_run_forever);
        add_method(type, "stop", core_stop);
        add_method(type, "stopping", core_stopping);
        add_method(type, "clear", core_clear);
        add_method(type, "time", core_time);
        add_method(type, "ready_count", core_ready_count);
        add_method(type, "timer_count", core_timer_count);
        add_method(type, "get_current_task", core_get_current_task);
        add_method(type, "set_current_task", core_set_current_task);
        add_method(type, "register_task", core_register_task);
        add_method(type, "unregister_task", core_unregister_task);
        add_method(type, "tasks", core_tasks);
        add_method(type, "track_asyncgen", core_track_asyncgen);
        add_method(type, "untrack_asyncgen", core_untrack_asyncgen);
        add_method(type, "asyncgens", core_asyncgens);
        return type;
    });
    return t;
}

void register_asyncio_modules() {
    static const bool once = util::uncounted([] {
        runtime::register_native_module({"_asyncio_core", make_asyncio_core_module});
        return true;
    });
    (void)once;
}

}  // namespace ys::aio
