// Async generators' awaitables (Objects/genobject.c: async_gen_asend,
// async_gen_athrow, _PyAsyncGenValueWrapper). An async generator yields two
// kinds of values: those of its own `yield` (wrapped, they finish the current
// asend() with StopIteration(value)) and those an `await` inside it passes
// up to the event loop (unwrapped, they go straight through).
#include "objects/async_gen.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

AsyncGenTypes g_types;

enum class AwaitableState : uint8_t { Init, Iter, Closed };

class AsendObject : public Object {
public:
    AsendObject(Ref<GeneratorObject> g, Val v) : Object(g_types.asend), gen(std::move(g)), sendval(std::move(v)) {}
    void traverse(Visitor& v) override {
        v.visit(gen.get());
        if (sendval.get().is_object()) v.visit(sendval.get().as_object());
    }
    Ref<GeneratorObject> gen;
    Val sendval;
    AwaitableState state = AwaitableState::Init;
};

// athrow(...) and aclose() (the latter has no exception: it throws GeneratorExit).
class AthrowObject : public Object {
public:
    AthrowObject(Ref<GeneratorObject> g, Val e) : Object(g_types.athrow), gen(std::move(g)), exc(std::move(e)) {}
    void traverse(Visitor& v) override {
        v.visit(gen.get());
        if (exc.get().is_object()) v.visit(exc.get().as_object());
    }
    Ref<GeneratorObject> gen;
    Val exc;  // null for aclose()
    AwaitableState state = AwaitableState::Init;
    bool is_close() const { return exc.is_null(); }
};

class ValueWrapper : public Object {
public:
    explicit ValueWrapper(Val v) : Object(g_types.value_wrapper), value(std::move(v)) {}
    void traverse(Visitor& v) override {
        if (value.get().is_object()) v.visit(value.get().as_object());
    }
    Val value;
};

bool is_wrapper(Value v) { return v.is_object() && type_of(v) == g_types.value_wrapper; }

Val raise_stop_iteration(Val value) {
    auto stop = new_exception(exc_types().stop_iteration, "");
    if (!is_none(value)) stop->args = new_tuple({std::move(value)}).into_val();
    return raise_value(stop.into_val());
}

// async_gen_unwrap_value: what one resume of the generator means to its awaitable.
Val unwrap(GeneratorObject* gen, SendResult r, Val result) {
    if (r == SendResult::Next && !is_wrapper(result)) return result;  // an inner await's value
    gen->running_async = false;
    if (r == SendResult::Next) return raise_stop_iteration(static_cast<ValueWrapper*>(result.get().as_object())->value);
    if (r == SendResult::Return) return raise(exc_types().stop_async_iteration, "");
    return nullptr;
}

// async_gen_init_hooks: the first asend/athrow/aclose remembers the
// finaliser hook of sys.set_asyncgen_hooks and calls the firstiter hook.
[[nodiscard]] bool init_hooks(GeneratorObject* g) {
    if (g->hooks_inited) return true;
    g->hooks_inited = true;
    if (cx().asyncgen_finalizer) g->asyncgen_finalizer = cx().asyncgen_finalizer;
    if (!cx().asyncgen_firstiter) return true;
    Val firstiter = cx().asyncgen_firstiter;
    return static_cast<bool>(call1(firstiter, g));
}

Val asend_send(Value self, Value arg) {
    auto* a = static_cast<AsendObject*>(self.as_object());
    if (a->state == AwaitableState::Closed)
        return raise(exc_types().runtime_error, "cannot reuse already awaited __anext__()/asend()");
    Val value = Val::borrow(arg);
    if (a->state == AwaitableState::Init) {
        if (a->gen->running_async)
            return raise(exc_types().runtime_error, "anext(): asynchronous generator is already running");
        if (is_none(arg)) value = a->sendval;
        a->state = AwaitableState::Iter;
    }
    a->gen->running_async = true;
    Val result;
    SendResult r = cx().hooks().gen_resume(a->gen.get(), value, Val(), &result);
    Val out = unwrap(a->gen.get(), r, std::move(result));
    if (!out) a->state = AwaitableState::Closed;
    return out;
}

Val asend_throw(Value self, Val exc) {
    auto* a = static_cast<AsendObject*>(self.as_object());
    if (a->state == AwaitableState::Closed)
        return raise(exc_types().runtime_error, "cannot reuse already awaited __anext__()/asend()");
    Val result;
    SendResult r = cx().hooks().gen_resume(a->gen.get(), none(), std::move(exc), &result);
    Val out = unwrap(a->gen.get(), r, std::move(result));
    if (!out) a->state = AwaitableState::Closed;
    return out;
}

Val athrow_send(Value self, Value arg) {
    auto* a = static_cast<AthrowObject*>(self.as_object());
    GeneratorObject* gen = a->gen.get();
    const char* what = a->is_close() ? "aclose()" : "athrow()";
    if (a->state == AwaitableState::Closed)
        return raise(exc_types().runtime_error, std::string("cannot reuse already awaited ") + what);
    if (gen->state == FrameState::Completed) {
        a->state = AwaitableState::Closed;
        return raise(exc_types().stop_iteration, "");
    }
    Val result;
    SendResult r;
    if (a->state == AwaitableState::Init) {
        if (gen->running_async) {
            a->state = AwaitableState::Closed;
            return raise(exc_types().runtime_error, std::string(what) + ": asynchronous generator is already running");
        }
        if (!is_none(arg)) return raise(exc_types().runtime_error, "can't send non-None value to a just-started coroutine");
        a->state = AwaitableState::Iter;
        gen->running_async = true;
        Val exc = a->is_close() ? new_exception(exc_types().generator_exit, "").into_val() : a->exc;
        r = cx().hooks().gen_resume(gen, none(), std::move(exc), &result);
    } else {
        r = cx().hooks().gen_resume(gen, arg, Val(), &result);
    }
    if (a->is_close()) {
        if (r == SendResult::Next && is_wrapper(result)) {
            gen->running_async = false;
            a->state = AwaitableState::Closed;
            return raise(exc_types().runtime_error, "async generator ignored GeneratorExit");
        }
        if (r == SendResult::Next) return result;
        gen->running_async = false;
        a->state = AwaitableState::Closed;
        if (r == SendResult::Return || error_matches(exc_types().stop_async_iteration) ||
            error_matches(exc_types().generator_exit)) {
            cx().take_error();
            return raise(exc_types().stop_iteration, "");
        }
        return nullptr;
    }
    Val out = unwrap(gen, r, std::move(result));
    if (!out) a->state = AwaitableState::Closed;
    return out;
}

// Exception from throw(type[, value[, tb]]) arguments (shared with generators).
Val throw_argument(CallArgs args) {
    if (args.count < 1) return raise_type_error("throw expected at least 1 argument, got 0");
    Value typ = args[0];
    if (is_exception_instance(typ)) return Val::borrow(typ);
    if (typ.is_object() && type_of(typ) == types().type && static_cast<TypeObject*>(typ.as_object())->is_exception) {
        auto* cls = static_cast<TypeObject*>(typ.as_object());
        // athrow(Type, instance-of-Type) raises the instance itself.
        if (args.count >= 2 && is_exception_instance(args[1]) && type_of(args[1])->is_subtype_of(cls))
            return Val::borrow(args[1]);
        return args.count >= 2 && !is_none(args[1]) ? call1(typ, args[1]) : call0(typ);
    }
    return raise_type_error("exceptions must be classes or instances deriving from BaseException, not " +
                            type_of(typ)->name);
}

Val self_iter(Value v) { return Val::borrow(v); }

}  // namespace

const AsyncGenTypes& async_gen_types() { return g_types; }

Val async_gen_wrap(Val value) { return make<ValueWrapper>(std::move(value)).into_val(); }

void init_async_gen_types(TypeObject* object_type, TypeObject* type_type) {
    auto define = [&](const char* name) {
        auto* t = new TypeObject(name, object_type);
        t->make_immortal();
        t->set_metatype(type_type);
        return t;
    };
    g_types.value_wrapper = define("async_generator_wrapped_value");
    g_types.asend = define("async_generator_asend");
    g_types.athrow = define("async_generator_athrow");

    // asend: an awaitable iterator; next() sends None, send(v) sends v.
    TypeObject* asend = g_types.asend;
    asend->iter = self_iter;
    asend->iternext = [](Value v) { return asend_send(v, none()); };
    add_method(asend, "send", [](Value s, CallArgs a) -> Val {
        if (!check_positional("send", a, 1, 1)) return nullptr;
        return asend_send(s, a[0]);
    });
    add_method(asend, "__next__", [](Value s, CallArgs a) -> Val {
        if (!check_positional("__next__", a, 0, 0)) return nullptr;
        return asend_send(s, none());
    });
    add_method(asend, "throw", [](Value s, CallArgs a) -> Val {
        Val exc = throw_argument(a);
        if (!exc) return nullptr;
        return asend_throw(s, std::move(exc));
    });
    add_method(asend, "close", [](Value s, CallArgs) -> Val {
        static_cast<AsendObject*>(s.as_object())->state = AwaitableState::Closed;
        return new_none();
    });
    add_method(asend, "__await__", [](Value s, CallArgs) { return Val::borrow(s); });

    TypeObject* athrow = g_types.athrow;
    athrow->iter = self_iter;
    athrow->iternext = [](Value v) -> Val { return athrow_send(v, none()); };
    add_method(athrow, "send", [](Value s, CallArgs a) -> Val {
        if (!check_positional("send", a, 1, 1)) return nullptr;
        return athrow_send(s, a[0]);
    });
    add_method(athrow, "__next__", [](Value s, CallArgs a) -> Val {
        if (!check_positional("__next__", a, 0, 0)) return nullptr;
        return athrow_send(s, none());
    });
    add_method(athrow, "throw", [](Value s, CallArgs a) -> Val {
        auto* t = static_cast<AthrowObject*>(s.as_object());
        Val exc = throw_argument(a);
        if (!exc) return nullptr;
        Val result;
        SendResult r = cx().hooks().gen_resume(t->gen.get(), none(), std::move(exc), &result);
        if (t->is_close() && r == SendResult::Next && is_wrapper(result)) {
            t->gen->running_async = false;
            t->state = AwaitableState::Closed;
            return raise(exc_types().runtime_error, "async generator ignored GeneratorExit");
        }
        Val out = t->is_close() && r == SendResult::Next ? result : unwrap(t->gen.get(), r, std::move(result));
        if (!out) t->state = AwaitableState::Closed;
        return out;
    });
    add_method(athrow, "close", [](Value s, CallArgs) -> Val {
        static_cast<AthrowObject*>(s.as_object())->state = AwaitableState::Closed;
        return new_none();
    });
    add_method(athrow, "__await__", [](Value s, CallArgs) { return Val::borrow(s); });

    // The async generator's own methods.
    TypeObject* agen = generator_types().async_generator;
    agen->iter = nullptr;
    add_method(agen, "__aiter__", [](Value s, CallArgs) { return Val::borrow(s); });
    add_method(agen, "__anext__", [](Value s, CallArgs) -> Val {
        if (!init_hooks(as_generator(s))) return nullptr;
        return make<AsendObject>(Ref<GeneratorObject>::borrow(as_generator(s)), new_none()).into_val();
    });
    add_method(agen, "asend", [](Value s, CallArgs a) -> Val {
        if (!check_positional("asend", a, 1, 1) || !init_hooks(as_generator(s))) return nullptr;
        return make<AsendObject>(Ref<GeneratorObject>::borrow(as_generator(s)), a[0]).into_val();
    });
    add_method(agen, "athrow", [](Value s, CallArgs a) -> Val {
        Val exc = throw_argument(a);
        if (!exc || !init_hooks(as_generator(s))) return nullptr;
        return make<AthrowObject>(Ref<GeneratorObject>::borrow(as_generator(s)), std::move(exc)).into_val();
    });
    add_method(agen, "aclose", [](Value s, CallArgs) -> Val {
        if (!init_hooks(as_generator(s))) return nullptr;
        return make<AthrowObject>(Ref<GeneratorObject>::borrow(as_generator(s)), Val()).into_val();
    });
}

}  // namespace ys::objects
