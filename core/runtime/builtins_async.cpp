// The builtins aiter() and anext() (Python/bltinmodule.c), and the awaitable
// anext(it, default) returns: it awaits it.__anext__() and turns the
// StopAsyncIteration that ends the iterator into the default value.
#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

class AnextAwaitable : public Object {
public:
    AnextAwaitable(TypeObject* t, Val awaitable, Val fallback)
        : Object(t), wrapped(std::move(awaitable)), default_value(std::move(fallback)) {}
    void traverse(Visitor& v) override {
        visit_val(v, wrapped);
        visit_val(v, default_value);
        visit_val(v, iterator);
    }
    Val wrapped;        // what __anext__() returned
    Val default_value;  // returned instead of StopAsyncIteration
    Val iterator;       // the awaitable's iterator, once asked for
};

TypeObject* anext_awaitable_type();
AnextAwaitable* as_anext(Value v) { return static_cast<AnextAwaitable*>(v.as_object()); }

// A coroutine is its own iterator; anything else gives one from __await__().
Val awaitable_iterator(AnextAwaitable* a) {
    if (a->iterator) return a->iterator;
    Value w = a->wrapped;
    if (w.is_object() && type_of(w) == generator_types().coroutine) {
        a->iterator = Val::borrow(w);
        return a->iterator;
    }
    Value await = type_of(w)->lookup(intern_literal("__await__"));
    if (!await) return raise_type_error("'" + type_of(w)->name + "' object can't be awaited");
    Val bound = bind_descriptor(await, w, type_of(w));
    Val it = bound ? call0(bound) : Val();
    if (!it) return nullptr;
    a->iterator = it;
    return it;
}

// Calls iterator.<method>(args...), turning StopAsyncIteration into StopIteration(default).
Val forward(Value self, const char* method, CallArgs args) {
    AnextAwaitable* a = as_anext(self);
    Val it = awaitable_iterator(a);
    if (!it) return nullptr;
    Val fn = get_attr(it, intern(method));
    Val result = fn ? call(fn, args) : Val();
    if (result) return result;
    if (error_matches(exc_types().stop_async_iteration)) {
        cx().take_error();
        Val stop = call1(exc_types().stop_iteration, a->default_value);
        if (stop) raise_value(std::move(stop));
    }
    return nullptr;
}

Val anext_send(Value self, CallArgs args) {
    if (!check_arity("send", args, 1, 1)) return nullptr;
    return forward(self, "send", args);
}

Val anext_throw(Value self, CallArgs args) { return forward(self, "throw", args); }

Val anext_close(Value self, CallArgs args) {
    if (!check_arity("close", args, 0, 0)) return nullptr;
    return forward(self, "close", args);
}

Val anext_iternext(Value self) {
    Val none_arg = new_none();
    return forward(self, "send", CallArgs{&none_arg, 1, nullptr});
}

TypeObject* anext_awaitable_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_native_type("anext_awaitable", "builtins");
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = anext_iternext;
        add_method(type, "__await__", [](Value s, CallArgs) { return Val::borrow(s); });
        add_method(type, "send", anext_send);
        add_method(type, "throw", anext_throw);
        add_method(type, "close", anext_close);
        return type;
    });
    return t;
}

// aiter(async_iterable)
Val builtin_aiter(Value, CallArgs args) {
    if (!check_arity("aiter", args, 1, 1)) return nullptr;
    Value obj = args[0];
    Value method = type_of(obj)->lookup(intern_literal("__aiter__"));
    if (!method) return raise_type_error("'" + type_of(obj)->name + "' object is not an async iterable");
    Val bound = bind_descriptor(method, obj, type_of(obj));
    Val it = bound ? call0(bound) : Val();
    if (!it) return nullptr;
    if (!type_of(it)->lookup(intern_literal("__anext__")))
        return raise_type_error("aiter() returned not an async iterator of type '" + type_of(it)->name + "'");
    return it;
}

// anext(async_iterator[, default])
Val builtin_anext(Value, CallArgs args) {
    if (!check_arity("anext", args, 1, 2)) return nullptr;
    Value obj = args[0];
    Value method = type_of(obj)->lookup(intern_literal("__anext__"));
    if (!method) return raise_type_error("'" + type_of(obj)->name + "' object is not an async iterator");
    Val bound = bind_descriptor(method, obj, type_of(obj));
    Val awaitable = bound ? call0(bound) : Val();
    if (!awaitable || args.count == 1) return awaitable;
    return make<AnextAwaitable>(anext_awaitable_type(), std::move(awaitable), args[1]).into_val();
}

}  // namespace

void add_async_iteration_builtins(DictObject* builtins) {
    builtins->set_str(intern_literal("aiter"), new_builtin("aiter", builtin_aiter).into_val());
    builtins->set_str(intern_literal("anext"), new_builtin("anext", builtin_anext).into_val());
}

}  // namespace ys::runtime
