// Generator, coroutine and async generator objects: their types, attributes
// and the methods that forward to the VM (see generator.h).
#include "objects/generator.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

GeneratorTypes g_gen_types;

const char* gen_kind_name(GenKind kind) {
    switch (kind) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    }
    return "generator";
}

GeneratorObject::GeneratorObject(TypeObject* t, GenKind k, Ref<FrameObject> f)
    : Object(t), kind(k), frame(std::move(f)) {
    code = frame->code.val();
    Context& c = cx();
    older = c.newest_generator;
    if (older) older->newer = this;
    c.newest_generator = this;
    if (!c.oldest_generator) c.oldest_generator = this;
    name = frame->function ? frame->function->name : frame->code->name;
    qualname = frame->function ? frame->function->qualname : frame->code->qualname;
    frame->owner = this;
    // The frame stays off the collector's lists while this generator is its
    // only holder (see traverse()); gi_frame and tracebacks track it.
}

GeneratorObject::~GeneratorObject() {
    release_frame();
    Context& c = cx();
    (older ? older->newer : c.oldest_generator) = newer;
    (newer ? newer->older : c.newest_generator) = older;
}

Ref<FrameObject> GeneratorObject::release_frame() {
    if (frame) frame->owner = nullptr;
    return std::move(frame);
}

// The collector finalized it first (a suspended one was closed); what is
// left is dropped, and it reads as finished. A running one is never garbage
// (its frame is on the chain) but is left alone all the same.
void GeneratorObject::clear_refs() {
    if (state == FrameState::Running) return;
    state = FrameState::Completed;
    Ref<FrameObject> f = release_frame();
    Val e = std::move(exc_state);
    Val fin = std::move(asyncgen_finalizer);
}

void GeneratorObject::traverse(Visitor& v) {
    // Its frame's references are its own, as CPython's gen_traverse visits
    // the frame it embeds, unless something else took the frame too.
    if (frame) visit_owned(v, frame.get());
    if (exc_state.get().is_object()) v.visit(exc_state.get().as_object());
    v.visit(code.get().as_object());
    if (asyncgen_finalizer.get().is_object()) v.visit(asyncgen_finalizer.get().as_object());
}

Value GeneratorObject::delegate() const {
    // Suspended in `yield from`/`await`: stopped at a YIELD_VALUE whose RESUME
    // says so (oparg >= 2), with the delegate on top of the stack.
    if (state != FrameState::Suspended || !frame) return Value();
    const auto& code = frame->code->unit().code;
    if (frame->ip >= code.size()) return Value();
    compile::Instruction next = code[frame->ip];
    if (next.op() != compile::Op::RESUME || next.arg() < 2 || frame->stack_depth == 0) return Value();
    return frame->stack_base()[frame->stack_depth - 1];
}

Val exception_from_throw_args(CallArgs args) {
    if (args.count < 1) return raise_type_error("throw expected at least 1 argument, got 0");
    if (args.count > 3)
        return raise_type_error("throw expected at most 3 arguments, got " + std::to_string(args.count));
    Value typ = args[0];
    if (typ.is_object() && type_of(typ) == types().type && static_cast<TypeObject*>(typ.as_object())->is_exception) {
        if (args.count >= 2 && !is_none(args[1])) {
            if (is_exception_instance(args[1]) && type_of(args[1])->is_subtype_of(static_cast<TypeObject*>(typ.as_object())))
                return args[1];
            if (is_tuple(args[1])) return call(typ, CallArgs{as_tuple(args[1])->items.data(), as_tuple(args[1])->items.size(), nullptr});
            return call1(typ, args[1]);
        }
        return call0(typ);
    }
    if (is_exception_instance(typ)) {
        if (args.count >= 2 && !is_none(args[1]))
            return raise_type_error("instance exception may not have a separate value");
        return Val::borrow(typ);
    }
    return raise_type_error("exceptions must be classes or instances deriving from BaseException, not " +
                            type_of(typ)->name);
}

Val finish_resume(GeneratorObject* gen, SendResult r, Val result) {
    if (r == SendResult::Next) return result;
    if (r == SendResult::Error) return nullptr;
    TypeObject* stop = gen->kind == GenKind::AsyncGenerator ? exc_types().stop_async_iteration : exc_types().stop_iteration;
    auto exc = new_exception(stop, "");
    if (!is_none(result)) exc->args = new_tuple({result}).into_val();
    return raise_value(exc.into_val());
}

Val gen_send(Value self, CallArgs args) {
    // The name is only built for the error message: send() is a hot path.
    if ((args.count != 1 || args.keyword_count()) &&
        !check_positional((type_of(self)->name + ".send").c_str(), args, 1, 1))
        return nullptr;
    auto* gen = as_generator(self);
    Val result;
    SendResult r = cx().hooks().gen_resume(gen, args[0], Val(), &result);
    return finish_resume(gen, r, std::move(result));
}

namespace {

Val gen_throw(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("throw() takes no keyword arguments");
    auto* gen = as_generator(self);
    Val exc = exception_from_throw_args(args);
    if (!exc) return nullptr;
    Val result;
    SendResult r = cx().hooks().gen_resume(gen, none(), std::move(exc), &result);
    return finish_resume(gen, r, std::move(result));
}

Val gen_close(Value self, CallArgs args) {
    if ((args.count != 0 || args.keyword_count()) &&
        !check_positional((type_of(self)->name + ".close").c_str(), args, 0, 0))
        return nullptr;
    if (!cx().hooks().gen_close(as_generator(self))) return nullptr;
    return new_none();
}

Val gen_next_method(Value self, CallArgs args) {
    if (!check_positional("__next__", args, 0, 0)) return nullptr;
    auto* gen = as_generator(self);
    Val result;
    SendResult r = cx().hooks().gen_resume(gen, none(), Val(), &result);
    return finish_resume(gen, r, std::move(result));
}

// tp_iternext: exhaustion is a null result without an exception.
Val gen_iternext(Value self) { return cx().hooks().gen_next(as_generator(self)); }

Val gen_repr(Value v) {
    auto* gen = as_generator(v);
    return new_str_val(std::string("<") + gen_kind_name(gen->kind) + " object " + gen->qualname->utf8() + " at 0x" +
                       std::to_string(cx().session_id(gen)) + ">");
}

Val gen_getattr(Value v, StrObject* attr) {
    auto* gen = as_generator(v);
    std::string_view n = attr->view();
    const char* prefix = gen->kind == GenKind::Generator ? "gi_" : gen->kind == GenKind::Coroutine ? "cr_" : "ag_";
    if (n.substr(0, 3) == prefix) {
        std::string_view rest = n.substr(3);
        if (rest == "frame") {
            if (!gen->frame) return new_none();
            gen->frame->track();  // Python code may keep it
            return gen->frame.val();
        }
        if (rest == "running") return new_bool(gen->state == FrameState::Running);
        if (rest == "suspended" && gen->kind != GenKind::AsyncGenerator) return new_bool(gen->state == FrameState::Suspended);
        if (rest == "code") return gen->code;
        if ((rest == "yieldfrom" && gen->kind == GenKind::Generator) || (rest == "await" && gen->kind != GenKind::Generator)) {
            Value d = gen->delegate();
            return d ? Val::borrow(d) : new_none();
        }
        if (rest == "origin" && gen->kind == GenKind::Coroutine) return new_none();
    }
    if (n == "__name__") return Val::borrow(gen->name);
    if (n == "__qualname__") return Val::borrow(gen->qualname);
    return generic_getattr(v, attr);
}

bool gen_setattr(Value v, StrObject* attr, Value value) {
    auto* gen = as_generator(v);
    if ((attr->view() == "__name__" || attr->view() == "__qualname__") && value && is_str(value)) {
        (attr->view() == "__name__" ? gen->name : gen->qualname) = intern(as_str(value)->view());
        return true;
    }
    raise(exc_types().attribute_error, "'" + type_of(v)->name + "' object attribute '" + attr->utf8() + "' is read-only");
    return false;
}

// coroutine.__await__() returns a wrapper iterator that resumes the coroutine.
class CoroutineWrapper : public Object {
public:
    explicit CoroutineWrapper(Val c) : Object(g_gen_types.coroutine_wrapper), coro(std::move(c)) {}
    void traverse(Visitor& v) override { v.visit(coro.get().as_object()); }
    Val coro;
};

Val coro_await(Value self, CallArgs args) {
    if (!check_positional("__await__", args, 0, 0)) return nullptr;
    return make<CoroutineWrapper>(Val::borrow(self)).into_val();
}

}  // namespace

Value coroutine_wrapper_target(Value v) {
    if (!v.is_object() || type_of(v) != g_gen_types.coroutine_wrapper) return Value();
    return static_cast<CoroutineWrapper*>(v.as_object())->coro;
}

namespace {

Val wrapper_forward(Value self, CallArgs args, Val (*method)(Value, CallArgs)) {
    return method(static_cast<CoroutineWrapper*>(self.as_object())->coro, args);
}

TypeObject* define(const char* name, TypeObject* object_type, TypeObject* type_type) {
    auto* t = new TypeObject(name, object_type);
    t->make_immortal();
    t->set_metatype(type_type);
    return t;
}

void add_common(TypeObject* t) {
    t->repr = gen_repr;
    t->getattr = gen_getattr;
    t->getattr_extends_generic = true;
    t->setattr = gen_setattr;
    add_method(t, "send", gen_send);
    add_method(t, "throw", gen_throw);
    add_method(t, "close", gen_close);
}

}  // namespace

void init_generator_types(TypeObject* object_type, TypeObject* type_type) {
    auto& g = g_gen_types;
    g.generator = define("generator", object_type, type_type);
    add_common(g.generator);
    g.generator->iter = [](Value v) { return Val::borrow(v); };
    g.generator->iternext = gen_iternext;
    add_method(g.generator, "__next__", gen_next_method);

    g.coroutine = define("coroutine", object_type, type_type);
    add_common(g.coroutine);
    add_method(g.coroutine, "__await__", coro_await);

    g.async_generator = define("async_generator", object_type, type_type);
    g.async_generator->repr = gen_repr;
    g.async_generator->getattr = gen_getattr;
    g.async_generator->getattr_extends_generic = true;
    g.async_generator->setattr = gen_setattr;

    g.coroutine_wrapper = define("coroutine_wrapper", object_type, type_type);
    g.coroutine_wrapper->iter = [](Value v) { return Val::borrow(v); };
    g.coroutine_wrapper->iternext = [](Value v) { return gen_iternext(static_cast<CoroutineWrapper*>(v.as_object())->coro); };
    add_method(g.coroutine_wrapper, "send", [](Value s, CallArgs a) { return wrapper_forward(s, a, gen_send); });
    add_method(g.coroutine_wrapper, "throw", [](Value s, CallArgs a) { return wrapper_forward(s, a, gen_throw); });
    add_method(g.coroutine_wrapper, "close", [](Value s, CallArgs a) { return wrapper_forward(s, a, gen_close); });
    add_method(g.coroutine_wrapper, "__next__", [](Value s, CallArgs a) { return wrapper_forward(s, a, gen_next_method); });
}

}  // namespace ys::objects
