// Futures seen from C++ (see future_ops.h), following Lib/asyncio/futures.py.
#include "asyncio/future_ops.h"

#include <string>
#include <utility>
#include <vector>

#include "asyncio/handle.h"
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::aio {

using namespace objects;

namespace {

StrObject* name(const char* literal) { return intern_literal(literal); }

// fn(first[, second], context=context)
Val call_with_context(Value fn, Value first, Value second, Value context) {
    Ref<TupleObject> kwnames = new_tuple({Val::borrow(name("context"))});
    size_t count = 0;
    Val argv[3];
    argv[count++] = Val::borrow(first);
    if (second) argv[count++] = Val::borrow(second);
    argv[count++] = Val::borrow(context);
    return call(fn, CallArgs{argv, count, kwnames.get()});
}

// The loop's call_soon is BaseEventLoop's own, so a handle may go to the loop
// core without the Python call: the method would only check that the loop is
// open (it is: it is running) and, in debug mode, that the callback is no
// coroutine (the core's callers pass bound task methods and done callbacks,
// which add_done_callback took as they were, as CPython's does).
bool plain_call_soon(Value loop) {
    Value fn = type_of(loop)->lookup(name("call_soon"));
    return fn && is_function(fn) && as_function(fn)->qualname->view() == "BaseEventLoop.call_soon";
}

// A future's `_more_callbacks` as read (CPython's fut_callbacks): unset
// while it has no second done callback, else the list of (callback, context)
// pairs add_done_callback made. *list is null when unset; false with a
// TypeError pending for anything but a list.
bool callback_list(Value callbacks, ListObject** list) {
    *list = nullptr;
    if (!callbacks) return true;
    if (type_of(callbacks) != types().list) {
        raise_type_error("a future's _more_callbacks must be a list");
        return false;
    }
    *list = static_cast<ListObject*>(callbacks.as_object());  // the future keeps it alive
    return true;
}

// The (callback, context) pairs of `list`, checked: false with a TypeError
// pending for an entry that is no pair.
bool callback_pairs(const std::vector<Val>& entries) {
    for (const Val& entry : entries) {
        if (!is_tuple(entry) || as_tuple(entry)->items.size() != 2) {
            raise_type_error("a future's done callback must be a (callback, context) pair");
            return false;
        }
    }
    return true;
}

// A future's field, null while unset; *is_future false (and null) for an
// object without that slot. Inline: the task step reads a few fields this way
// on every resume.
YS_ALWAYS_INLINE Value field_slot(Value obj, Field field, bool* is_future) {
    int64_t i = field_index(obj, field);
    *is_future = i >= 0;
    return *is_future ? instance_slot(obj.as_object(), static_cast<uint32_t>(i)) : Value();
}

Val not_initialized() { return raise(exc_types().runtime_error, "Future object is not initialized."); }

// Stores a field in its slot (set_attr for an object without one).
bool store_field(Value obj, Field field, Value value) {
    int64_t i = field_index(obj, field);
    if (i < 0) return set_attr(obj, field_name(field), value);
    set_instance_slot(obj.as_object(), static_cast<uint32_t>(i), value);
    return true;
}

}  // namespace

Val call_method(Value obj, const char* method, Value arg) {
    Val bound = get_attr(obj, name(method));
    if (!bound) return nullptr;
    return arg ? call1(bound, arg) : call0(bound);
}

bool is_known_future(const LoopCore* core, Value v) {
    if (!core || !v.is_object()) return false;
    Value t(type_of(v));
    return (core->future_class && t == core->future_class.get()) || (core->task_class && t == core->task_class.get());
}

Val known_attr(const LoopCore* core, Value obj, Field field) {
    if (is_known_future(core, obj)) {
        bool is_future;
        if (Value v = field_slot(obj, field, &is_future)) return Val::borrow(v);
    }
    return get_attr(obj, field_name(field));
}

bool set_known_attr(const LoopCore* core, Value obj, Field field, Value value) {
    return is_known_future(core, obj) ? store_field(obj, field, value) : set_attr(obj, field_name(field), value);
}

Val future_field(Value obj, Field field, const char* method) {
    bool is_future;
    if (Value v = field_slot(obj, field, &is_future)) return Val::borrow(v);
    if (is_future) return not_initialized();
    return raise_type_error(std::string("descriptor '") + method + "' for '_asyncio.Future' objects doesn't apply to a '" +
                            type_of(obj)->name + "' object");
}

Value peek_future_field(Value obj, Field field, bool* is_future) {
    bool found;
    Value v = field_slot(obj, field, &found);
    if (is_future) *is_future = found;
    return v;
}

bool has_future_fields(Value obj) {
    bool is_future;
    field_slot(obj, Field::State, &is_future);
    return is_future;
}

bool set_future_field(Value obj, Field field, Value value) { return store_field(obj, field, value); }

Val library_attr(const char* module, const char* attribute) {
    Value m = cx().modules ? cx().modules->get_str(name(module)) : Value();
    if (!m) return raise(exc_types().runtime_error, std::string(module) + " is not imported");
    return get_attr(m, name(attribute));
}

bool call_soon(LoopCore* core, Value loop, Value callback, Value arg, Value context) {
    if (core && cx().running_loop == core && plain_call_soon(loop)) {
        Ref<TupleObject> args = arg ? new_tuple({Val::borrow(arg)}) : empty_tuple();
        core->schedule(new_handle(callback, args.get(), loop, context));
        return true;
    }
    Val method = get_attr(loop, name("call_soon"));
    return method && call_with_context(method, callback, arg, context);
}

bool add_done_callback(LoopCore* core, Value future, Value fn, Value context) {
    if (!is_known_future(core, future)) {
        Val method = get_attr(future, name("add_done_callback"));
        return method && call_with_context(method, fn, Value(), context);
    }
    Val state = known_attr(core, future, Field::State);
    if (!state) return false;
    if (!state_is(state, FutureState::Pending)) {
        Val loop = known_attr(core, future, Field::Loop);
        return loop && call_soon(core, loop, fn, future, context);
    }
    return append_done_callback(future, fn, context);
}

bool append_done_callback(Value future, Value fn, Value context) {
    ListObject* list;
    if (!callback_list(peek_future_field(future, Field::MoreCallbacks), &list)) return false;
    if (!list && !peek_future_field(future, Field::Callback0)) {
        if (!set_future_field(future, Field::Callback0, fn) || !set_future_field(future, Field::Context0, context))
            return false;
    } else {
        Val pair = new_tuple({Val::borrow(fn), Val::borrow(context)}).into_val();
        if (!list) {
            if (!set_future_field(future, Field::MoreCallbacks, new_list({std::move(pair)}).into_val())) return false;
        } else {
            list->allocation().append();
            list->items.push_back(std::move(pair));
        }
    }
    if (cx().loop_events) report_loop_event("callback_added", future, "");
    return true;
}

Val done_callbacks(Value future) {
    Value first = peek_future_field(future, Field::Callback0);
    ListObject* more;
    if (!callback_list(peek_future_field(future, Field::MoreCallbacks), &more)) return nullptr;
    if (!first && !more) return new_none();
    std::vector<Val> pairs;
    if (first) {
        Value context = peek_future_field(future, Field::Context0);
        pairs.push_back(new_tuple({Val::borrow(first), Val::borrow(context ? context : none())}).into_val());
    }
    if (more) pairs.insert(pairs.end(), more->items.begin(), more->items.end());
    return new_list(std::move(pairs)).into_val();
}

int64_t remove_done_callbacks(Value future, Value fn) {
    int64_t removed = 0;
    if (Value first = peek_future_field(future, Field::Callback0)) {
        Val held = Val::borrow(first);
        int same = rich_compare_bool(held, fn, CompareOp::Eq);
        if (same < 0) return -1;
        // The comparison ran Python code: the first may have changed meanwhile.
        if (same && peek_future_field(future, Field::Callback0) == held.get()) {
            if (!set_future_field(future, Field::Callback0, Value()) ||
                !set_future_field(future, Field::Context0, Value()))
                return -1;
            removed = 1;
        }
    }
    ListObject* list;
    if (!callback_list(peek_future_field(future, Field::MoreCallbacks), &list)) return -1;
    if (!list) return removed;
    // A copy: an __eq__ may change the list while it is compared.
    std::vector<Val> entries = list->items;
    if (!callback_pairs(entries)) return -1;
    std::vector<Val> kept;
    for (const Val& entry : entries) {
        int same = rich_compare_bool(as_tuple(entry)->items[0], fn, CompareOp::Eq);
        if (same < 0) return -1;
        if (!same) kept.push_back(entry);
    }
    if (kept.size() == entries.size()) return removed;
    removed += static_cast<int64_t>(entries.size() - kept.size());
    Val rest = kept.empty() ? Val() : new_list(std::move(kept)).into_val();
    if (!set_future_field(future, Field::MoreCallbacks, rest.get())) return -1;
    return removed;
}

bool schedule_callbacks(LoopCore* core, Value future) {
    // Taken from the future first, as CPython clears fut_callback0 and
    // fut_callbacks: a finished future holds nothing the collector would walk.
    Val first = Val::borrow(peek_future_field(future, Field::Callback0));
    Val first_context = Val::borrow(peek_future_field(future, Field::Context0));
    ListObject* list;
    if (!callback_list(peek_future_field(future, Field::MoreCallbacks), &list)) return false;
    Val held_list = list ? Val::borrow(list) : Val();
    if (!first && !list) return true;
    if (first && (!set_future_field(future, Field::Callback0, Value()) ||
                  !set_future_field(future, Field::Context0, Value())))
        return false;
    if (list && !set_future_field(future, Field::MoreCallbacks, Value())) return false;
    std::vector<Val> pending = list ? std::move(list->items) : std::vector<Val>();
    if (list) {
        list->items.clear();
        list->allocation().assign_slice(0);
    }
    if (!callback_pairs(pending)) return false;
    Val loop = known_attr(core, future, Field::Loop);
    if (!loop) return false;
    if (first && !call_soon(core, loop, first, future, first_context ? first_context.get() : none())) return false;
    for (const Val& entry : pending) {
        const auto& pair = as_tuple(entry)->items;
        if (!call_soon(core, loop, pair[0], future, pair[1])) return false;
    }
    return true;
}

bool complete_known_future(LoopCore* core, Value future, Value result) {
    if (!set_known_attr(core, future, Field::Result, result) ||
        !set_known_attr(core, future, Field::State, state_name(FutureState::Finished)))
        return false;
    if (cx().loop_events) report_loop_event("future_done", future, "");
    return schedule_callbacks(core, future);
}

bool set_result_unless_cancelled(LoopCore* core, Value future, Value result) {
    bool plain = core && is_exactly(core->future_class, future);
    Val state = plain ? known_attr(core, future, Field::State) : Val();
    if (plain && !state) return false;
    if (!plain || !(state_is(state, FutureState::Pending) || state_is(state, FutureState::Cancelled))) {
        // The methods, which also raise InvalidStateError for a finished future.
        Val cancelled = call_method(future, "cancelled");
        int yes = cancelled ? truthy(cancelled) : -1;
        if (yes) return yes > 0;
        return static_cast<bool>(call_method(future, "set_result", result));
    }
    if (state_is(state, FutureState::Cancelled)) return true;
    return complete_known_future(core, future, result);
}

LoopCore* future_core(Value future) {
    // The field, as CPython's C Future uses fut_loop; the attribute for an
    // object without it. Either way the loop keeps the core alive.
    if (Value loop = peek_future_field(future, Field::Loop)) return find_loop_core(loop);
    Val loop = get_attr(future, field_name(Field::Loop));
    return loop ? find_loop_core(loop) : nullptr;
}

int future_outcome(const LoopCore* core, Value future, Val* error) {
    if (is_known_future(core, future)) {
        Val state = known_attr(core, future, Field::State);
        Val exception = state ? known_attr(core, future, Field::Exception) : Val();
        if (!exception) return -1;
        // A result: result() would only return it (and clear _log_traceback,
        // which only an exception sets).
        if (state_is(state, FutureState::Finished) && is_none(exception)) return 1;
    }
    if (Val result = call_method(future, "result")) return 1;
    *error = cx().take_error();
    return 0;
}

}  // namespace ys::aio
