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

// The CancelledError a cancelled future raises: the Python method
// _make_cancelled_error() chooses it (the message, or the one a task kept).
Val raise_cancelled(Value self) {
    Val error = call_method(self, "_make_cancelled_error");
    if (!error) return nullptr;
    return raise_value(std::move(error));
}

// asyncio.InvalidStateError(message), from the module futures.py imported it from.
Val raise_invalid_state(const char* message) {
    Val cls = library_attr("asyncio.exceptions", "InvalidStateError");
    Val error = cls ? call1(cls, new_str_val(message)) : Val();
    if (!error) return nullptr;
    return raise_value(std::move(error));
}

Val future_done(Value self, CallArgs args) {
    if (!check_positional("done", args, 0, 0)) return nullptr;
    Val state = future_field(self, "_state", "done");
    if (!state) return nullptr;
    return new_bool(!state_is(state, "PENDING"));
}

Val future_cancelled(Value self, CallArgs args) {
    if (!check_positional("cancelled", args, 0, 0)) return nullptr;
    Val state = future_field(self, "_state", "cancelled");
    if (!state) return nullptr;
    return new_bool(state_is(state, "CANCELLED"));
}

// The state checks result() and exception() share: false, with the error
// raised, unless the future is finished.
[[nodiscard]] bool finished_or_raise(Value self, const char* method, const char* not_set) {
    Val state = future_field(self, "_state", method);
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
    return reset_future_field(self, "_log_traceback", false_value());
}

Val future_result(Value self, CallArgs args) {
    if (!check_positional("result", args, 0, 0) || !finished_or_raise(self, "result", "Result is not set."))
        return nullptr;
    Val exception = future_field(self, "_exception", "result");
    if (!exception) return nullptr;
    // Raised as it is: its traceback goes on from where it was set.
    if (!is_none(exception)) return raise_value(std::move(exception));
    return future_field(self, "_result", "result");
}

Val future_exception(Value self, CallArgs args) {
    if (!check_positional("exception", args, 0, 0) ||
        !finished_or_raise(self, "exception", "Exception is not set."))
        return nullptr;
    return future_field(self, "_exception", "exception");
}

Val future_get_loop(Value self, CallArgs args) {
    if (!check_positional("get_loop", args, 0, 0)) return nullptr;
    return future_field(self, "_loop", "get_loop");
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
