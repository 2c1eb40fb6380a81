// FutureIter (see future_iter.h), after Modules/_asynciomodule.c as
// CPython 3.11 has it: its state is read from the future's fields as the
// C iterator reads them from the C struct (future_ops.h).
#include "asyncio/future_iter.h"

#include <string>

#include "asyncio/future_methods.h"
#include "asyncio/future_ops.h"
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::aio {

using namespace objects;

namespace {

class FutureIter : public Object {
public:
    explicit FutureIter(Val f) : Object(future_iter_type()), future(std::move(f)) {}
    void traverse(Visitor& v) override { runtime::visit_val(v, future); }
    void clear_refs() override { future.reset(); }
    // Null once the future's outcome was given, or after close() or throw().
    Val future;
};

FutureIter* as_future_iter(Value v) { return static_cast<FutureIter*>(v.as_object()); }

// One step: the future itself while it is pending (the first time only: a
// second step before it is done means no Task waited for it), else the end,
// StopIteration carrying its result, or its exception.
Val future_iter_next(Value self) {
    FutureIter* it = as_future_iter(self);
    if (!it->future) return nullptr;
    Val future = it->future;
    Val state = future_field(future, Field::State, "__await__");
    if (!state) return nullptr;
    if (state_is(state, FutureState::Pending)) {
        Val blocking = future_field(future, Field::AsyncioFutureBlocking, "__await__");
        int already = blocking ? truthy(blocking) : -1;
        if (already < 0) return nullptr;
        if (already) return raise(exc_types().runtime_error, "await wasn't used with future");
        if (!set_future_field(future, Field::AsyncioFutureBlocking, true_value())) return nullptr;
        return future;
    }
    it->future.reset();
    Val result = future_own_result(future);
    if (!result) return nullptr;
    // Built by hand so that a tuple result stays one value (StopIteration((1, 2)));
    // None gives a StopIteration with no arguments, as in CPython.
    auto stop = new_exception(exc_types().stop_iteration, "");
    if (!is_none(result)) stop->args = new_tuple({std::move(result)}).into_val();
    return raise_value(stop.into_val());
}

Val future_iter_send(Value self, CallArgs args) {
    if (args.count != 1 || args.keyword_count())
        return raise_type_error("FutureIter.send() takes exactly one argument (" + std::to_string(args.count) +
                                " given)");
    // The value sent is ignored, as in CPython 3.11.
    Val r = future_iter_next(self);
    // A finished iterator's send() returns NULL with no exception in CPython,
    // which its method call reports as a SystemError.
    if (!r && !cx().has_error())
        return raise(exc_types().system_error,
                     "<method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an exception");
    return r;
}

Val future_iter_throw(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("FutureIter.throw() takes no keyword arguments");
    if (args.count < 1 || args.count > 3) return exception_from_throw_args(args);  // its arity message
    Value type = args[0];
    Value traceback = args.count == 3 && !is_none(args[2]) ? args[2].get() : Value();
    if (traceback && type_of(traceback) != types().traceback)
        return raise_type_error("throw() third argument must be a traceback");
    bool exception_class = type.is_object() && is_type(type) && as_type(type)->is_exception;
    if (!exception_class && !is_exception_instance(type))
        return raise_type_error("exceptions must be classes deriving BaseException or instances of such a class");
    Val exc = exception_from_throw_args(args);
    if (!exc) return nullptr;
    if (traceback && !set_attr(exc, intern_literal("__traceback__"), traceback)) return nullptr;
    as_future_iter(self)->future.reset();
    return raise_value(std::move(exc));
}

Val future_iter_close(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("FutureIter.close() takes no keyword arguments");
    if (args.count)
        return raise_type_error("FutureIter.close() takes no arguments (" + std::to_string(args.count) + " given)");
    as_future_iter(self)->future.reset();
    return new_none();
}

Val refuse_construction(Value, CallArgs) { return raise_type_error("cannot create '_asyncio.FutureIter' instances"); }

// Made at the first __await__ of a future, once per process.
TypeObject* g_future_iter_type = nullptr;

}  // namespace

TypeObject* future_iter_type() {
    static TypeObject* t = g_future_iter_type = util::uncounted([] {
        TypeObject* type = runtime::define_native_type("FutureIter", "_asyncio");
        type->construct = refuse_construction;
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = future_iter_next;
        add_method(type, "send", future_iter_send);
        add_method(type, "throw", future_iter_throw);
        add_method(type, "close", future_iter_close);
        return type;
    });
    return t;
}

Val future_await(Value self, CallArgs args) {
    // The checks of CPython's slot wrapper for am_await.
    if (args.keyword_count()) return raise_type_error("wrapper __await__() takes no keyword arguments");
    if (args.count) return raise_type_error("expected 0 arguments, got " + std::to_string(args.count));
    if (!has_future_fields(self))
        return raise_type_error("descriptor '__await__' requires a '_asyncio.Future' object but received a '" +
                                type_of(self)->name + "'");
    return make<FutureIter>(Val::borrow(self)).into_val();
}

// Asked of every object a snapshot shows: it must not make the type, which
// would number the objects of the session it first ran in differently.
bool is_future_iter(Value v) { return g_future_iter_type && v.is_object() && type_of(v) == g_future_iter_type; }

Value future_iter_future(Value it) { return as_future_iter(it)->future; }

}  // namespace ys::aio
