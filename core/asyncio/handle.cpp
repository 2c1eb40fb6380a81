// Handle and TimerHandle (see handle.h).
#include "asyncio/handle.h"

#include <utility>

#include "asyncio/loop_core.h"
#include "asyncio/task_step.h"
#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::aio {

using namespace objects;

void HandleObject::traverse(Visitor& v) {
    runtime::visit_val(v, callback);
    runtime::visit_val(v, args);
    runtime::visit_val(v, loop);
    runtime::visit_val(v, context);
    runtime::visit_val(v, when_value);
    if (core) v.visit(core.get());
}

// What cancel() drops, and the loop core a timer holds; it reads as cancelled.
void HandleObject::clear_refs() {
    cancelled = true;
    scheduled = false;
    Val old_callback = std::exchange(callback, Val::borrow(none()));
    Val old_args = std::exchange(args, Val::borrow(none()));
    Ref<LoopCore> old_core = std::move(core);
}

namespace {

HandleObject* as_handle(Value v) { return static_cast<HandleObject*>(v.as_object()); }

// The name format_helpers._format_callback shows for a callable: its
// __qualname__ (a bound method shows its function's), else its type's name.
std::string callable_name(Value cb) {
    if (is_task_method(cb)) return task_method_qualname(cb);
    if (is_function(cb)) return as_function(cb)->qualname->utf8();
    if (cb.is_object() && type_of(cb) == class_types().method)
        return callable_name(static_cast<MethodObject*>(cb.as_object())->function);
    if (cb.is_object() && type_of(cb) == types().builtin_function) {
        auto* b = static_cast<BuiltinFunctionObject*>(cb.as_object());
        if (b->self && !b->self.get().is_small_int() && b->self.get().is_object() &&
            type_of(b->self) != types().module)
            return type_of(b->self)->name + "." + b->name;
        return b->name;
    }
    if (cb.is_object() && type_of(cb) == types().type) return static_cast<TypeObject*>(cb.as_object())->qualname;
    return "<" + type_of(cb)->name + " object>";
}

// reprlib.repr of an argument, for the kinds whose repr needs no Python
// code. Built without allocating objects: watching the loop must not change
// the allocation serials the inspector's ids come from.
std::string argument_text(Value v) {
    TypeObject* t = type_of(v);
    std::string text;
    if (v.is_small_int()) {
        text = std::to_string(v.as_small_int());
    } else if (t == types().bool_) {
        text = v == true_value() ? "True" : "False";
    } else if (t == types().none) {
        text = "None";
    } else if (t == types().float_) {
        text = float_repr(float_value(v));
    } else if (t == types().str) {
        std::string body = as_str(v)->utf8();
        char quote = body.find('\'') != std::string::npos && body.find('"') == std::string::npos ? '"' : '\'';
        text = quote;
        for (char c : body) {
            if (c == '\\' || c == quote) text += '\\';
            if (c == '\n') {
                text += "\\n";
                continue;
            }
            text += c;
        }
        text += quote;
    } else {
        return "<" + t->name + " object>";
    }
    // reprlib's maxstring/maxlong: keep the ends of long reprs.
    if (text.size() > 30) text = text.substr(0, 13) + "..." + text.substr(text.size() - 14);
    return text;
}

// The name of a task whose bound method is the callback (Task.__step), read
// from the instance's dict: "Task-3".
std::string bound_task_name(Value cb) {
    Value self;
    if (is_task_method(cb))
        self = task_method_task(cb);
    else if (cb.is_object() && type_of(cb) == class_types().method)
        self = static_cast<MethodObject*>(cb.as_object())->self;
    else
        return "";
    DictObject* d = self.is_object() && type_of(self)->is_heap_type ? instance_dict(self, false) : nullptr;
    if (!d) return "";
    // Compared by text: interning a name here could allocate, and watching
    // must not allocate.
    for (const auto& e : d->entries())
        if (e.key && is_str(e.key) && as_str(e.key)->view() == "_name" && is_str(e.value))
            return as_str(e.value)->utf8();
    return "";
}

}  // namespace

std::string describe_callback(Value callback, Value args) {
    std::string text = callable_name(callback) + "(";
    if (args && is_tuple(args)) {
        auto* t = as_tuple(args);
        for (size_t i = 0; i < t->items.size(); ++i) {
            if (i) text += ", ";
            text += argument_text(t->items[i]);
        }
    }
    text += ")";
    std::string task = bound_task_name(callback);
    if (!task.empty()) text += " of " + task;
    return text;
}

Ref<HandleObject> new_handle(Value callback, Value args, Value loop, Value context) {
    auto h = make<HandleObject>(handle_type(), false);
    h->callback = Val::borrow(callback);
    h->args = Val::borrow(args);
    h->loop = Val::borrow(loop);
    h->context = Val::borrow(context ? context : none());
    return h;
}

Ref<HandleObject> new_timer_handle(Value when, double deadline, Value callback, Value args, Value loop,
                                   Value context) {
    auto h = make<HandleObject>(timer_handle_type(), true);
    h->when = deadline;
    h->when_value = Val::borrow(when);
    h->callback = Val::borrow(callback);
    h->args = Val::borrow(args);
    h->loop = Val::borrow(loop);
    h->context = Val::borrow(context ? context : none());
    return h;
}

void cancel_handle(HandleObject* h) {
    if (h->cancelled) return;
    h->cancelled = true;
    if (h->is_timer && h->scheduled && h->core) h->core->timer_cancelled();
    // Only a watched run (the inspector's replays) describes the dropped
    // callback, for its snapshots and loop events; outside the memory cap,
    // as report_loop_event's descriptions, so watched and unwatched runs
    // reach the cap at the same step. sleep() cancels a timer every time.
    if (cx().loop_events) {
        util::UncountedScope uncounted;
        if (h->description.empty()) h->description = describe_callback(h->callback, h->args);
        report_loop_event(h->is_timer ? "timer_cancelled" : "handle_cancelled", h, h->description);
    }
    h->callback = Val::borrow(none());
    h->args = Val::borrow(none());
}

bool run_handle(HandleObject* h) {
    NativeFrameScope frame(cx().hooks(), "Handle._run", Value(h));
    Ref<HandleObject> hold = Ref<HandleObject>::borrow(h);
    Val callback = h->callback;
    Val args = h->args;
    auto* tuple = as_tuple(args);
    Val result = call(callback, CallArgs{tuple->items.data(), tuple->items.size(), nullptr});
    if (result) return true;
    if (error_matches(exc_types().system_exit) || error_matches(exc_types().keyboard_interrupt)) return false;
    Val exc = cx().take_error();
    std::string message = "Exception in callback " + describe_callback(callback, args);
    auto context = new_dict();
    context->set_str(intern_literal("message"), new_str_val(message));
    context->set_str(intern_literal("exception"), exc);
    context->set_str(intern_literal("handle"), h);
    Val handler = get_attr(h->loop, intern_literal("call_exception_handler"));
    if (!handler) return false;
    Val done = call1(handler, context.get());
    return static_cast<bool>(done);
}

namespace {

// ------------------------------------------------------------ Python methods

Val handle_cancel(Value self, CallArgs args) {
    if (!runtime::check_arity("cancel", args, 0, 0)) return nullptr;
    cancel_handle(as_handle(self));
    return new_none();
}

Val handle_cancelled(Value self, CallArgs args) {
    if (!runtime::check_arity("cancelled", args, 0, 0)) return nullptr;
    return new_bool(as_handle(self)->cancelled);
}

Val handle_get_context(Value self, CallArgs args) {
    if (!runtime::check_arity("get_context", args, 0, 0)) return nullptr;
    return as_handle(self)->context;
}

Val handle_run(Value self, CallArgs args) {
    if (!runtime::check_arity("_run", args, 0, 0)) return nullptr;
    if (!run_handle(as_handle(self))) return nullptr;
    return new_none();
}

Val timer_when(Value self, CallArgs args) {
    if (!runtime::check_arity("when", args, 0, 0)) return nullptr;
    return as_handle(self)->when_value;
}

// <Handle f(1)>, <TimerHandle when=3.0 f(1)>, <Handle cancelled>
Val handle_repr(Value self) {
    HandleObject* h = as_handle(self);
    std::string text = "<" + type_of(self)->name;
    if (h->is_timer) {
        std::string when;
        if (!repr_text(h->when_value, &when)) return nullptr;
        text += " when=" + when;
    }
    if (h->cancelled) text += " cancelled";
    if (!h->cancelled && h->callback && !is_none(h->callback)) {
        std::string cb = callable_name(h->callback) + "(";
        auto* t = as_tuple(h->args);
        for (size_t i = 0; i < t->items.size(); ++i) {
            std::string a;
            if (!repr_text(t->items[i], &a)) return nullptr;
            if (a.size() > 30) a = a.substr(0, 13) + "..." + a.substr(a.size() - 14);
            cb += (i ? ", " : "") + a;
        }
        text += " " + cb + ")";
    }
    return new_str_val(text + ">");
}

Val handle_getattr(Value self, StrObject* name) {
    HandleObject* h = as_handle(self);
    auto n = name->view();
    if (n == "_callback") return h->callback;
    if (n == "_args") return h->args;
    if (n == "_loop") return h->loop;
    if (n == "_context") return h->context;
    if (n == "_cancelled") return new_bool(h->cancelled);
    if (h->is_timer && n == "_when") return h->when_value;
    if (h->is_timer && n == "_scheduled") return new_bool(h->scheduled);
    return generic_getattr(self, name);
}

// TimerHandles order by deadline alone, as the heap compares them.
Val timer_compare(Value a, Value b, CompareOp op) {
    if (!b.is_object() || !type_of(b)->is_subtype_of(timer_handle_type())) return new_not_implemented();
    HandleObject* x = as_handle(a);
    HandleObject* y = as_handle(b);
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        bool same = x == y;
        if (!same && x->when == y->when && x->cancelled == y->cancelled) {
            int cb = rich_compare_bool(x->callback, y->callback, CompareOp::Eq);
            if (cb < 0) return nullptr;
            int ar = cb ? rich_compare_bool(x->args, y->args, CompareOp::Eq) : 0;
            if (ar < 0) return nullptr;
            same = cb && ar;
        }
        return new_bool(op == CompareOp::Eq ? same : !same);
    }
    int c = (x->when > y->when) - (x->when < y->when);
    return new_bool(compare_result(c, op));
}

bool timer_hash(Value v, int64_t* out) {
    *out = float_hash(as_handle(v)->when);
    return true;
}

void add_handle_methods(TypeObject* t) {
    t->repr = handle_repr;
    t->getattr = handle_getattr;
    t->getattr_extends_generic = true;
    add_method(t, "cancel", handle_cancel);
    add_method(t, "cancelled", handle_cancelled);
    add_method(t, "get_context", handle_get_context);
    add_method(t, "_run", handle_run);
}

}  // namespace

TypeObject* handle_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = runtime::define_native_type("Handle", "asyncio.events");
        add_handle_methods(type);
        return type;
    });
    return t;
}

TypeObject* timer_handle_type() {
    static TypeObject* t = util::uncounted([] {
        auto* type = new TypeObject("TimerHandle", handle_type());
        type->make_immortal();
        type->set_metatype(types().type);
        type->module = "asyncio.events";
        type->compute_mro();
        add_handle_methods(type);
        type->compare = timer_compare;
        type->hash = timer_hash;
        add_method(type, "when", timer_when);
        return type;
    });
    return t;
}

}  // namespace ys::aio
