// Task.__step and Task.__wakeup (see task_step.h), following Lib/asyncio/tasks.py.
#include "asyncio/task_step.h"

#include <exception>
#include <utility>

#include "asyncio/future_ops.h"
#include "asyncio/handle.h"
#include "asyncio/loop_core.h"
#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::aio {

using namespace objects;

namespace {

enum class TaskMethodKind : uint8_t { Step, Wakeup };

// `task.__step` or `task.__wakeup`, bound to its task. The loop core of the
// task's loop is found at the first call and kept: a task never changes loops.
class TaskMethod : public Object {
public:
    TaskMethod(Val t, TaskMethodKind k, Ref<LoopCore> c)
        : Object(task_method_type()), task(std::move(t)), core(std::move(c)), kind(k) {}
    void traverse(Visitor& v) override {
        runtime::visit_val(v, task);
        if (core) v.visit(core.get());
    }
    void clear_refs() override {
        task = Val::borrow(none());
        core.reset();
    }
    Val task;
    Ref<LoopCore> core;
    const TaskMethodKind kind;
};

TaskMethod* as_task_method(Value v) { return static_cast<TaskMethod*>(v.as_object()); }

StrObject* name(const char* literal) { return intern_literal(literal); }

Val new_task_method(Value task, TaskMethodKind kind, LoopCore* core) {
    return make<TaskMethod>(Val::borrow(task), kind, Ref<LoopCore>::borrow(core)).into_val();
}

// The task a step works on, with its loop and loop core; its attributes are
// read and set through its known layout when it has one (future_ops.h).
struct StepTask {
    Value task;
    Value loop;
    LoopCore* core;
    Val attr(Field f) const { return known_attr(core, task, f); }
    bool set(Field f, Value v) const { return set_known_attr(core, task, f, v); }
};

// fut.cancel(msg=message)
int cancel_future(Value future, Value message) {
    Val cancel = get_attr(future, name("cancel"));
    if (!cancel) return -1;
    Ref<TupleObject> kwnames = new_tuple({Val::borrow(name("msg"))});
    Val argv[1] = {Val::borrow(message)};
    Val cancelled = call(cancel, CallArgs{argv, 1, kwnames.get()});
    return cancelled ? truthy(cancelled) : -1;
}

// What the coroutine yielded decides when the next step runs. The two common
// yields are settled here: a bare `yield` (sleep(0)) and a future of this loop
// that blocks; the Python method handles the rest, and reports the errors.
bool handle_yield(const StepTask& t, Value result) {
    Val context = t.attr(Field::Context);
    if (!context) return false;
    if (is_none(result))
        return call_soon(t.core, t.loop, new_task_method(t.task, TaskMethodKind::Step, t.core), Value(), context);
    Val blocking = is_known_future(t.core, result) ? known_attr(t.core, result, Field::AsyncioFutureBlocking)
                                                   : lookup_attr(result, field_name(Field::AsyncioFutureBlocking));
    if (!blocking && cx().has_error()) return false;
    if (blocking && blocking.get() == true_value() && result != t.task) {
        // futures._get_loop(result)
        Val its_loop;
        if (is_known_future(t.core, result)) {
            its_loop = known_attr(t.core, result, Field::Loop);
        } else if (Val get_loop = get_attr(result, name("get_loop"))) {
            its_loop = call0(get_loop);
        }
        if (!its_loop) return false;
        if (its_loop.get() == t.loop) {
            if (!set_known_attr(t.core, result, Field::AsyncioFutureBlocking, false_value())) return false;
            Val wakeup = new_task_method(t.task, TaskMethodKind::Wakeup, t.core);
            if (!add_done_callback(t.core, result, wakeup, context) || !t.set(Field::FutWaiter, result)) return false;
            Val must_cancel = t.attr(Field::MustCancel);
            int cancel = must_cancel ? truthy(must_cancel) : -1;
            if (cancel < 0) return false;
            if (cancel) {
                Val message = t.attr(Field::CancelMessage);
                int cancelled = message ? cancel_future(result, message) : -1;
                if (cancelled < 0) return false;
                if (cancelled && !t.set(Field::MustCancel, false_value())) return false;
            }
            return true;
        }
    }
    return static_cast<bool>(call_method(t.task, "_Task__handle_yield", result));
}

// The coroutine returned `value`. A task of exactly asyncio.Task, pending and
// not asked to cancel, is completed in place as Future.set_result would (its
// result, future_done, its done callbacks) and leaves the loop's tasks; the
// Python method does the rest.
bool task_returned(const StepTask& t, Value value) {
    if (is_exactly(t.core->task_class, t.task)) {
        Val must_cancel = t.attr(Field::MustCancel);
        Val state = must_cancel ? t.attr(Field::State) : Val();
        if (!state) return false;
        if (must_cancel.get() == false_value() && state_is(state, FutureState::Pending))
            return complete_known_future(t.core, t.task, value) && t.core->tasks->remove(t.task) >= 0;
    }
    return static_cast<bool>(call_method(t.task, "_Task__step_returned", value));
}

// Sends None into the coroutine, or throws `exc` into it.
SendResult resume(Value coro, Value exc, Val* result) {
    if (is_generator_object(coro) && as_generator(coro)->kind != GenKind::AsyncGenerator)
        return cx().hooks().gen_resume(as_generator(coro), none(), exc ? Val::borrow(exc) : Val(), result);
    // Any other object iscoroutine() accepts: its own send()/throw().
    *result = exc ? call_method(coro, "throw", exc) : call_method(coro, "send", none());
    if (*result) return SendResult::Next;
    if (!error_matches(exc_types().stop_iteration)) return SendResult::Error;
    Val stop = cx().take_error();
    *result = get_attr(stop, name("value"));
    return *result ? SendResult::Return : SendResult::Error;
}

// The core of the task's loop: the one the method keeps, found the first time.
LoopCore* core_for(TaskMethod* m) {
    if (m->core) return m->core.get();
    Val loop = get_attr(m->task, field_name(Field::Loop));
    LoopCore* core = loop ? loop_core_of(loop) : nullptr;
    if (core) m->core = Ref<LoopCore>::borrow(core);
    return core;
}

// Task.__step(exc=None). False with an exception pending when it raised.
bool task_step(Value task, Value exc, LoopCore* core) {
    NativeFrameScope frame(cx().hooks(), "Task.__step", task);
    StepTask t{task, Value(), core};
    Val state = t.attr(Field::State);
    Val must_cancel = state ? t.attr(Field::MustCancel) : Val();
    if (!must_cancel) return false;
    int cancelling = truthy(must_cancel);
    if (cancelling < 0) return false;
    Val thrown = exc ? Val::borrow(exc) : Val();
    if (cancelling || !state_is(state, FutureState::Pending)) {
        // A finished task refuses the step; a pending cancel becomes the
        // CancelledError to throw.
        thrown = call_method(task, "_Task__step_exception", exc ? exc : none());
        if (!thrown) return false;
        if (is_none(thrown)) thrown = Val();
    }
    Val coro = t.attr(Field::Coro);
    Val loop = coro ? t.attr(Field::Loop) : Val();
    if (!loop || !t.set(Field::FutWaiter, none())) return false;
    t.loop = loop;
    if (!enter_task(core, task)) return false;
    // Should a refused allocation unwind the step as a C++ exception (see
    // vm/out_of_memory.cpp), the task still leaves the loop.
    struct LeaveOnUnwind {
        LoopCore* core;
        Value task;
        ~LeaveOnUnwind() {
            if (std::uncaught_exceptions() && core->current_task.get() == task) core->current_task = Val();
        }
    } leave_on_unwind{core, task};

    Val result;
    SendResult outcome = resume(coro, thrown, &result);
    bool ok = true;
    Val fatal;
    if (outcome == SendResult::Next) {
        ok = handle_yield(t, result);
    } else if (outcome == SendResult::Return) {
        ok = task_returned(t, result);
    } else {
        Val error = cx().take_error();
        if (type_of(error)->is_subtype_of(exc_types().keyboard_interrupt) ||
            type_of(error)->is_subtype_of(exc_types().system_exit))
            fatal = error;
        ok = static_cast<bool>(call_method(task, "_Task__step_raised", error));
    }
    // finally: the task leaves the loop, whatever happened above.
    Val pending = ok ? Val() : cx().take_error();
    if (!leave_task(core, task)) return false;
    if (pending) {
        cx().set_error(std::move(pending));
        return false;
    }
    if (fatal) {
        cx().set_error(std::move(fatal));
        return false;
    }
    return true;
}

// Task.__wakeup(future): the future the task waited for is done; the next step
// throws its exception in, or sends None.
bool task_wakeup(Value task, Value future, LoopCore* core) {
    NativeFrameScope frame(cx().hooks(), "Task.__wakeup", task);
    Val error;
    int outcome = future_outcome(core, future, &error);
    if (outcome < 0) return false;
    return task_step(task, outcome ? Value() : error.get(), core);
}

Val task_method_call(Value self, CallArgs args) {
    TaskMethod* m = as_task_method(self);
    Val task = m->task;  // held: the step may drop the last other reference
    Ref<LoopCore> core = Ref<LoopCore>::borrow(core_for(m));
    if (!core) return nullptr;
    if (m->kind == TaskMethodKind::Step) {
        if (args.keyword_count() || args.count > 1) return raise_type_error("__step() takes at most 1 argument");
        Value exc = args.count && !is_none(args[0]) ? args[0].get() : Value();
        if (!task_step(task, exc, core.get())) return nullptr;
    } else {
        if (args.keyword_count() || args.count != 1)
            return raise_type_error("__wakeup() takes exactly one argument (the future)");
        if (!task_wakeup(task, args[0], core.get())) return nullptr;
    }
    return new_none();
}

Val task_method_repr(Value self) {
    std::string task;
    if (!repr_text(as_task_method(self)->task, &task)) return nullptr;
    return new_str_val(std::string("<built-in method ") +
                       (as_task_method(self)->kind == TaskMethodKind::Step ? "__step" : "task_wakeup") + " of " +
                       task + ">");
}

// Two bound methods of the same task compare equal, as bound methods do, so
// that remove_done_callback(task.__wakeup) finds the one added.
Val task_method_compare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_task_method(b)) return new_not_implemented();
    TaskMethod* x = as_task_method(a);
    TaskMethod* y = as_task_method(b);
    bool same = x->kind == y->kind && x->task.get() == y->task.get();
    return new_bool(op == CompareOp::Eq ? same : !same);
}

bool task_method_hash(Value v, int64_t* out) {
    int64_t h;
    if (!hash(as_task_method(v)->task, &h)) return false;
    *out = h * 2 + static_cast<int64_t>(as_task_method(v)->kind);
    return true;
}

Val task_method_getattr(Value self, StrObject* name) {
    auto n = name->view();
    if (n == "__self__") return as_task_method(self)->task;
    // As CPython's C Task names them where programs see them (a future's
    // repr lists `Task.task_wakeup()`); the inspector says Task.__wakeup.
    bool step = as_task_method(self)->kind == TaskMethodKind::Step;
    if (n == "__qualname__") return new_str_val(step ? "Task.__step" : "Task.task_wakeup");
    if (n == "__name__") return new_str_val(step ? "__step" : "task_wakeup");
    return generic_getattr(self, name);
}

Val bound(CallArgs args, const char* function, TaskMethodKind kind) {
    if (!runtime::check_arity(function, args, 1, 1)) return nullptr;
    return make<TaskMethod>(Val::borrow(args[0]), kind, Ref<LoopCore>()).into_val();
}

}  // namespace

TypeObject* task_method_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = runtime::define_native_type("TaskMethod", "_asyncio_core");
        type->call = task_method_call;
        type->repr = task_method_repr;
        type->compare = task_method_compare;
        type->hash = task_method_hash;
        type->getattr = task_method_getattr;
        type->getattr_extends_generic = true;
        return type;
    });
    return t;
}

Val task_step_method(Value, CallArgs args) { return bound(args, "task_step_method", TaskMethodKind::Step); }

Val task_wakeup_method(Value, CallArgs args) { return bound(args, "task_wakeup_method", TaskMethodKind::Wakeup); }

bool is_task_method(Value v) { return v.is_object() && type_of(v) == task_method_type(); }

const char* task_method_qualname(Value method) {
    return as_task_method(method)->kind == TaskMethodKind::Step ? "Task.__step" : "Task.__wakeup";
}

Value task_method_task(Value method) { return as_task_method(method)->task; }

}  // namespace ys::aio
