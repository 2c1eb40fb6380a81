// Future.done/cancelled/result/exception/get_loop (see future_methods.h),
// following Lib/asyncio/futures.py and Modules/_asynciomodule.c.
#include "asyncio/future_methods.h"

#include <string>

#include "asyncio/future_ops.h"
#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ys::aio {

using namespace objects;

namespace {

StrObject* name(const char* literal) { return intern_literal(literal); }

// One of the future's fields: its instance's own, else the class default
// (futures.py declares each in the class body). Like the C Future's struct
// fields, they are not looked up through descriptors. A `self` without the
// field is no future: TypeError, as for a C method given the wrong object.
Val field(Value self, const char* field_name, const char* method) {
    StrObject* key = name(field_name);
    if (DictObject* d = instance_dict(self, false))
        if (Value v = d->get_str(key)) return Val::borrow(v);
    if (Value v = type_of(self)->lookup(key); v && !is_function(v)) return Val::borrow(v);
    return raise_type_error(std::string("descriptor '") + method + "' for '_asyncio.Future' objects doesn't apply to a '" +
                            type_of(self)->name + "' object");
}

[[nodiscard]] bool set_field(Value self, const char* field_name, Value value) {
    if (DictObject* d = instance_dict(self, true)) {
        d->set_str(name(field_name), value);
        return true;
    }
    return set_attr(self, name(field_name), value);
}

// The CancelledError a cancelled future raises: the Python method
// _make_cancelled_error() chooses it (the message, or the one a task kept).
Val raise_cancelled(Value self) {
    Val make = get_attr(self, name("_make_cancelled_error"));
    Val error = make ? call0(make) : Val();
    if (!error) return nullptr;
    return raise_value(std::move(error));
}

// asyncio.InvalidStateError(message), from the module futures.py imported it from.
Val raise_invalid_state(const char* message) {
    Value module = cx().modules ? cx().modules->get_str(name("asyncio.exceptions")) : Value();
    Val cls = module ? get_attr(module, name("InvalidStateError")) : Val();
    if (!cls) return raise(exc_types().runtime_error, message);
    Val error = call1(cls, new_str_val(message));
    if (!error) return nullptr;
    return raise_value(std::move(error));
}

Val future_done(Value self, CallArgs args) {
    if (!check_positional("done", args, 0, 0)) return nullptr;
    Val state = field(self, "_state", "done");
    if (!state) return nullptr;
    return new_bool(!state_is(state, "PENDING"));
}

Val future_cancelled(Value self, CallArgs args) {
    if (!check_positional("cancelled", args, 0, 0)) return nullptr;
    Val state = field(self, "_state", "cancelled");
    if (!state) return nullptr;
    return new_bool(state_is(state, "CANCELLED"));
}

// The state checks result() and exception() share: null with the error raised
// unless the future is finished.
[[nodiscard]] bool finished_or_raise(Value self, const char* method, const char* not_set) {
    Val state = field(self, "_state", method);
    if (!state) return false;
    if (state_is(state, "CANCELLED")) {
        raise_cancelled(self);
        return false;
    }
    if (!state_is(state, "FINISHED")) {
        raise_invalid_state(not_set);
        return false;
    }
    // Asked for: an exception set on it is no longer reported when it goes away.
    return set_field(self, "_log_traceback", false_value());
}

Val future_result(Value self, CallArgs args) {
    if (!check_positional("result", args, 0, 0) || !finished_or_raise(self, "result", "Result is not set."))
        return nullptr;
    Val exception = field(self, "_exception", "result");
    if (!exception) return nullptr;
    // Raised as it is: its traceback goes on from where it was set.
    if (!is_none(exception)) return raise_value(std::move(exception));
    return field(self, "_result", "result");
}

Val future_exception(Value self, CallArgs args) {
    if (!check_positional("exception", args, 0, 0) ||
        !finished_or_raise(self, "exception", "Exception is not set."))
        return nullptr;
    return field(self, "_exception", "exception");
}

Val future_get_loop(Value self, CallArgs args) {
    if (!check_positional("get_loop", args, 0, 0)) return nullptr;
    return field(self, "_loop", "get_loop");
}

void add_method_to(ModuleObject* m, const char* attribute, const char* method_name, NativeFunction fn) {
    auto method = new_builtin(method_name, fn);
    method->is_method = true;  // binds to the future it is read from
    m->dict->set_str(intern(attribute), method.get());
}

}  // namespace

void add_future_methods(ModuleObject* m) {
    add_method_to(m, "future_done", "done", future_done);
    add_method_to(m, "future_cancelled", "cancelled", future_cancelled);
    add_method_to(m, "future_result", "result", future_result);
    add_method_to(m, "future_exception", "exception", future_exception);
    add_method_to(m, "future_get_loop", "get_loop", future_get_loop);
}

}  // namespace ys::aio
