// Future.__init__/__del__/add_done_callback/done/cancelled/result/exception/get_loop
// (see future_methods.h),
// following Lib/asyncio/futures.py and Modules/_asynciomodule.c.
#include "asyncio/future_methods.h"

#include <string>
#include <string_view>

#include "asyncio/future_iter.h"
#include "asyncio/future_ops.h"
#include "asyncio/loop_core.h"
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/tuple.h"
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

// A future whose __init__ never ran (CPython's !future_is_alive: no loop):
// done() and cancelled() say False, result() and exception() raise
// InvalidStateError, add_done_callback() and the rest RuntimeError.
bool uninitialized(Value self) {
    bool is_future;
    Value loop = peek_future_field(self, Field::Loop, &is_future);
    return is_future && !loop;
}

Val future_done(Value self, CallArgs args) {
    if (!check_positional("done", args, 0, 0)) return nullptr;
    if (uninitialized(self)) return new_bool(false);
    Val state = future_field(self, Field::State, "done");
    if (!state) return nullptr;
    return new_bool(!state_is(state, FutureState::Pending));
}

Val future_cancelled(Value self, CallArgs args) {
    if (!check_positional("cancelled", args, 0, 0)) return nullptr;
    if (uninitialized(self)) return new_bool(false);
    Val state = future_field(self, Field::State, "cancelled");
    if (!state) return nullptr;
    return new_bool(state_is(state, FutureState::Cancelled));
}

// The state checks result() and exception() share: false, with the error
// raised, unless the future is finished.
[[nodiscard]] bool finished_or_raise(Value self, const char* method, const char* not_set) {
    if (uninitialized(self)) {
        raise_invalid_state("Future object is not initialized.");
        return false;
    }
    Val state = future_field(self, Field::State, method);
    if (!state) return false;
    if (state_is(state, FutureState::Cancelled)) {
        raise_cancelled(self);
        return false;
    }
    if (!state_is(state, FutureState::Finished)) {
        raise_invalid_state(not_set);
        return false;
    }
    // Asked for: an exception set on it is no longer reported when it goes away.
    return set_future_field(self, Field::LogTraceback, false_value());
}

Val future_result(Value self, CallArgs args) {
    if (!check_positional("result", args, 0, 0) || !finished_or_raise(self, "result", "Result is not set."))
        return nullptr;
    Val exception = future_field(self, Field::Exception, "result");
    if (!exception) return nullptr;
    // Raised as it is: its traceback goes on from where it was set.
    if (!is_none(exception)) return raise_value(std::move(exception));
    return future_field(self, Field::Result, "result");
}

Val future_exception(Value self, CallArgs args) {
    if (!check_positional("exception", args, 0, 0) ||
        !finished_or_raise(self, "exception", "Exception is not set."))
        return nullptr;
    return future_field(self, Field::Exception, "exception");
}

Val future_get_loop(Value self, CallArgs args) {
    if (!check_positional("get_loop", args, 0, 0)) return nullptr;
    return future_field(self, Field::Loop, "get_loop");
}

// The keyword arguments of a C method taking only keyword ones, checked as
// Argument Clinic checks them: each must be one of `names`, else TypeError
// with CPython's message for `function`. Their values go to out[] by name.
template <size_t N>
[[nodiscard]] bool keyword_arguments(CallArgs args, const char* function, const char* const (&names)[N], Value* out) {
    size_t positional = args.positional_count();
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        std::string_view key = as_str(args.kwnames->items[k])->view();
        size_t i = 0;
        while (i < N && key != names[i]) ++i;
        if (i == N) {
            raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + function + "()");
            return false;
        }
        out[i] = args[positional + k];
    }
    return true;
}

// add_done_callback(fn, /, *, context=None): fn is called with the future
// once it is done (soon, if it is done already).
Val future_add_done_callback(Value self, CallArgs args) {
    if (size_t given = args.positional_count(); given != 1)
        return raise_type_error("add_done_callback() takes exactly 1 positional argument (" + std::to_string(given) +
                                " given)");
    Value context = none();
    if (!keyword_arguments(args, "add_done_callback", {"context"}, &context)) return nullptr;
    Value fn = args[0];
    if (uninitialized(self)) return raise(exc_types().runtime_error, "uninitialized Future object");
    Val state = future_field(self, Field::State, "add_done_callback");
    if (!state) return nullptr;
    if (!state_is(state, FutureState::Pending)) {
        Val loop = future_field(self, Field::Loop, "add_done_callback");
        if (!loop || !call_soon(find_loop_core(loop), loop, fn, self, context)) return nullptr;
        return new_none();
    }
    if (!append_done_callback(self, fn, context)) return nullptr;
    return new_none();
}

// remove_done_callback(fn, /): how many callbacks equal to fn went.
Val future_remove_done_callback(Value self, CallArgs args) {
    if (args.keyword_count() || args.count != 1)
        return raise_type_error("Future.remove_done_callback() takes exactly one argument (" +
                                std::to_string(args.count) + " given)");
    if (!has_future_fields(self)) return future_field(self, Field::State, "remove_done_callback");  // its TypeError
    if (uninitialized(self)) return raise(exc_types().runtime_error, "uninitialized Future object");
    int64_t removed = remove_done_callbacks(self, args[0]);
    if (removed < 0) return nullptr;
    return Val::small_int(removed);
}

// The `_callbacks` property's getter.
Val future_get_callbacks(Value self, CallArgs args) {
    if (!check_positional("_callbacks", args, 0, 0)) return nullptr;
    if (!has_future_fields(self)) return future_field(self, Field::State, "_callbacks");  // its TypeError
    return done_callbacks(self);
}

// Its setter and deleter: the C Future's attribute is read-only.
Val future_set_callbacks(Value, CallArgs) {
    return raise(exc_types().attribute_error, "attribute '_callbacks' of '_asyncio.Future' objects is not writable");
}

// Future.__init__(*, loop=None): the loop given, else the current one
// (events._get_event_loop), and no done callbacks yet.
Val future_init(Value self, CallArgs args) {
    Val future_class = library_attr("asyncio.futures", "Future");
    if (!future_class) return nullptr;
    if (!type_of(self)->is_subtype_of(static_cast<TypeObject*>(future_class.get().as_object())))
        return raise_type_error(std::string("descriptor '__init__' requires a '_asyncio.Future' object but received a '") +
                                type_of(self)->name + "'");
    if (args.positional_count()) return raise_type_error("Future() takes no positional arguments");
    if (size_t given = args.keyword_count(); given > 1)
        return raise_type_error("Future() takes at most 1 keyword argument (" + std::to_string(given) + " given)");
    Value loop_given;
    if (!keyword_arguments(args, "Future", {"loop"}, &loop_given) || !init_future_part(self, loop_given))
        return nullptr;
    return new_none();
}

Val future_del(Value self, CallArgs args) {
    if (!check_positional("__del__", args, 0, 0) || !finalize_future(self)) return nullptr;
    return new_none();
}

}  // namespace

Val init_future_part(Value self, Value loop) {
    Val chosen = loop && !is_none(loop) ? Val::borrow(loop) : Val();
    if (!chosen) {
        Val current = library_attr("asyncio.events", "_get_event_loop");
        chosen = current ? call0(current) : Val();
        if (!chosen) return nullptr;
    }
    // Every field, as CPython's future_init: a second __init__ starts over
    // (pending, no callbacks, no outcome).
    Value pending = state_name(FutureState::Pending);
    bool fields_set = set_future_field(self, Field::State, pending) && set_future_field(self, Field::Result, none()) &&
                      set_future_field(self, Field::Exception, none()) && set_future_field(self, Field::Loop, chosen) &&
                      set_future_field(self, Field::SourceTraceback, none()) &&
                      set_future_field(self, Field::CancelMessage, none()) &&
                      set_future_field(self, Field::CancelledExc, none()) &&
                      set_future_field(self, Field::LogTraceback, false_value()) &&
                      set_future_field(self, Field::Callback0, Value()) &&
                      set_future_field(self, Field::Context0, Value()) &&
                      set_future_field(self, Field::MoreCallbacks, Value()) &&
                      set_future_field(self, Field::AsyncioFutureBlocking, false_value());
    return fields_set ? chosen : nullptr;
}

void add_method_to(ModuleObject* m, const char* attribute, const char* method_name, NativeFunction fn) {
    auto method = new_builtin(method_name, fn);
    method->is_method = true;  // binds to the future or task it is read from
    m->dict->set_str(intern_literal(attribute), method.get());
}

Val future_own_result(Value future) { return future_result(future, CallArgs{}); }

bool finalize_future(Value future) {
    if (!has_future_fields(future)) return !future_field(future, Field::LogTraceback, "__del__").is_null();  // its TypeError
    Value log = peek_future_field(future, Field::LogTraceback);  // unset: __init__ failed, nothing to report
    int report = log ? truthy(log) : 0;
    if (report <= 0) return report == 0;
    Val reporter = library_attr("asyncio.futures", "_report_unretrieved");
    return reporter && call1(reporter, future);
}

void add_future_methods(ModuleObject* m) {
    add_method_to(m, "future_done", "done", future_done);
    add_method_to(m, "future_remove_done_callback", "remove_done_callback", future_remove_done_callback);
    add_method_to(m, "future_get_callbacks", "_callbacks", future_get_callbacks);
    add_method_to(m, "future_set_callbacks", "_callbacks", future_set_callbacks);
    add_method_to(m, "future_cancelled", "cancelled", future_cancelled);
    add_method_to(m, "future_result", "result", future_result);
    add_method_to(m, "future_exception", "exception", future_exception);
    add_method_to(m, "future_get_loop", "get_loop", future_get_loop);
    add_method_to(m, "future_add_done_callback", "add_done_callback", future_add_done_callback);
    add_method_to(m, "future_init", "__init__", future_init);
    add_method_to(m, "future_del", "__del__", future_del);
    add_method_to(m, "future_await", "__await__", future_await);
}

}  // namespace ys::aio
