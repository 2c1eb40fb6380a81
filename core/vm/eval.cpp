// The eval loop (Python/ceval.c, Python/bytecodes.c). The instruction pointer
// and stack pointer live in locals and are written back to the frame before
// anything that can call, raise or be observed (SAVE_FRAME), and reloaded when
// the loop switches frames (LOAD_FRAME).
#include <algorithm>
#include <string>

#include "objects/abstract.h"
#include "objects/async_gen.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/recursion.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/assert.h"
#include "vm/attr_site_cache.h"
#include "vm/interpreter.h"

// Labels as values (GCC and clang) dispatch the native build's instructions. In
// wasm an indirect goto would be lowered to a switch again: it keeps the switch.
#if defined(__GNUC__) && !defined(__wasm__)
#define YS_COMPUTED_GOTO 1
#else
#define YS_COMPUTED_GOTO 0
#endif

namespace ys::vm {

using namespace objects;
using compile::Instruction;
using compile::Op;

namespace {

// int op int for two small ints, when the result is a small int too and no
// error is possible: Python's floor division and modulo round towards minus
// infinity. False sends the operation to the general path.
inline bool small_int_binary(uint32_t op, int64_t x, int64_t y, int64_t* r) {
    switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::Add:
        if (__builtin_add_overflow(x, y, r)) return false;
        break;
    case BinaryOp::Subtract:
        if (__builtin_sub_overflow(x, y, r)) return false;
        break;
    case BinaryOp::Multiply:
        if (multiply_overflows(x, y, r)) return false;
        break;
    case BinaryOp::FloorDivide:
        if (y == 0) return false;
        *r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) --*r;
        break;
    case BinaryOp::Remainder:
        if (y == 0) return false;
        *r = x % y;
        if (*r != 0 && ((*r < 0) != (y < 0))) *r += y;
        break;
    case BinaryOp::And:
        *r = x & y;
        break;
    case BinaryOp::Or:
        *r = x | y;
        break;
    case BinaryOp::Xor:
        *r = x ^ y;
        break;
    case BinaryOp::RShift:
        if (y < 0) return false;
        *r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    case BinaryOp::LShift:
        if (y < 0 || y >= 62 || ((x << y) >> y) != x) return false;
        *r = x << y;
        break;
    default:
        return false;
    }
    return Value::fits_small(*r);
}

}  // namespace

Interpreter::Interpreter(OutputFn output) : context_(this), output_(std::move(output)) {}

Interpreter::~Interpreter() = default;

uint64_t Interpreter::stop_point(bool resumable) const {
    uint64_t stop = step_budget;
    if (observer_) stop = std::min(stop, observe_at_);
    // A nested loop cannot pause; once past the slice end it stops checking for it.
    if (resumable || steps_ < slice_end_) stop = std::min(stop, slice_end_);
    return stop;
}

EvalStatus Interpreter::start(Ref<FrameObject> frame, uint64_t slice_end) {
    // The main module knows its file, as CPython's runpy sets __main__.__file__.
    if (frame->globals && !frame->globals->get_str(intern_literal("__file__")))
        frame->globals->set_str(intern_literal("__file__"), new_str_val(frame->code->unit().filename));
    top_frame_ = std::move(frame);
    top_frame_->back = nullptr;
    current_ = top_frame_.get();
    depth_ = 1;
    if (observer_) observer_->on_call(current_);
    return resume(slice_end);
}

EvalStatus Interpreter::resume(uint64_t slice_end) {
    // The top-level loop returns here at least every kReentrySteps steps and is
    // called again, a pause no one sees. A wasm engine compiles the loop first
    // with its baseline compiler and its optimised version meanwhile, but only
    // a new call of the function runs that: without the re-entries, a program
    // spending its time in one frame would run unoptimised to the end (in V8,
    // about twice as slow).
    Val result;
    EvalStatus status;
    for (;;) {
        slice_end_ = slice_end > steps_ && slice_end - steps_ > kReentrySteps ? steps_ + kReentrySteps : slice_end;
        ++loop_entries_;
        status = run_guarded(top_frame_.get(), true, &result);
        if (status != EvalStatus::Paused || steps_ >= slice_end) break;
    }
    if (status != EvalStatus::Paused) top_frame_.reset();
    return status;
}

Val Interpreter::call_python(Value callable, CallArgs args) {
    auto* fn = as_function(callable);
    auto frame = FrameObject::create(fn->code, fn->globals, fn->builtins ? fn->builtins : builtins_, nullptr);
    frame->function = Ref<FunctionObject>::borrow(fn);
    if (!bind_arguments(fn, frame.get(), args)) return nullptr;
    return run_nested(std::move(frame));
}

Val Interpreter::run_with_locals(Value function, Value locals) {
    auto* fn = as_function(function);
    auto frame = FrameObject::create(fn->code, fn->globals, fn->builtins ? fn->builtins : builtins_,
                                     Ref<DictObject>::borrow(as_dict(locals)));
    frame->function = Ref<FunctionObject>::borrow(fn);
    return run_nested(std::move(frame));
}

Val Interpreter::run_module(Ref<CodeObject> code, Ref<DictObject> globals) {
    auto frame = FrameObject::create(std::move(code), globals, builtins_, globals);
    return run_nested(std::move(frame));
}

bool Interpreter::enter_nested_loop() {
    if (context_.native_stack + kNestedLoopUnits > kNativeStackUnits) {
        // CPython's wording for a C function calling back into Python too deep.
        raise(exc_types().recursion_error, "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    context_.native_stack += kNestedLoopUnits;
    return true;
}

void Interpreter::leave_nested_loop() { context_.native_stack -= kNestedLoopUnits; }

Val Interpreter::run_nested(Ref<FrameObject> frame) {
    if (depth_ >= context_.recursion_limit)
        return raise(exc_types().recursion_error, "maximum recursion depth exceeded");
    if (context_.memory->over()) return raise_memory_error();
    if (!enter_nested_loop()) return nullptr;
    frame->back = current_;
    current_ = frame.get();
    ++depth_;
    Val result;
    if (observer_) observer_->on_call(frame.get());
    EvalStatus status = run_guarded(frame.get(), false, &result);
    leave_nested_loop();
    stop_ = 0;  // the loop we return to recomputes its own stop point
    if (status == EvalStatus::Returned) return result;
    return nullptr;
}

namespace {

// The message CPython gives for a name that is bound nowhere.
Val unbound_local(const std::string& name) {
    return raise(exc_types().unbound_local_error,
                 "cannot access local variable '" + name + "' where it is not associated with a value");
}

// Instantiates `raise X` where X is a class; checks that instances derive from BaseException.
Val make_raisable(Value v) {
    if (v.is_object() && type_of(v) == types().type && static_cast<TypeObject*>(v.as_object())->is_exception) {
        Val exc = call0(v);
        if (exc && !is_exception_instance(exc))
            return raise_type_error("calling " + std::string("exception class") + " should have returned an instance of BaseException");
        return exc;
    }
    if (is_exception_instance(v)) return Val::borrow(v);
    return raise_type_error("exceptions must derive from BaseException");
}

Val call1_or_0(Value method, Value value) { return is_none(value) ? call0(method) : call1(method, value); }

// A list or set display CPython builds from one constant (CodeUnit::constant_displays).
bool is_constant_display(const FrameObject* f, uint32_t index) {
    const auto& at = f->code->unit().constant_displays;
    return !at.empty() && std::binary_search(at.begin(), at.end(), index);
}

// Instructions listed in one of CodeUnit's sorted index vectors.
bool listed(const std::vector<uint32_t>& at, uint32_t index) {
    return !at.empty() && std::binary_search(at.begin(), at.end(), index);
}

// A set display CPython turns into a frozenset constant (CodeUnit::constant_frozensets).
bool is_constant_frozenset(const FrameObject* f, uint32_t index) {
    const auto& at = f->code->unit().constant_frozensets;
    return !at.empty() && std::binary_search(at.begin(), at.end(), index);
}

Val raise_name_error_free(const std::string& name) {
    return raise(exc_types().name_error,
                 "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
}

// The handler covering instruction `index`, if any. Entries never overlap:
// the assembler emits one per run of instructions with the same innermost handler.
const compile::ExceptionTableEntry* find_handler(const compile::CodeUnit& unit, uint32_t index) {
    for (const auto& e : unit.exception_table)
        if (e.start <= index && index < e.end) return &e;
    return nullptr;
}

// `except T:` matching: T is an exception class or a tuple of them.
int exception_matches(Value exc, Value match_type) {
    auto check_one = [&](Value t) -> int {
        if (!t.is_object() || type_of(t) != types().type || !static_cast<TypeObject*>(t.as_object())->is_exception) {
            raise_type_error("catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        return type_of(exc)->is_subtype_of(static_cast<TypeObject*>(t.as_object()));
    };
    if (is_tuple(match_type)) {
        for (const auto& t : as_tuple(match_type)->items) {
            int r = check_one(t);
            if (r != 0) return r;
        }
        return 0;
    }
    return check_one(match_type);
}

// Sets e.__context__ = handled, breaking any cycle that would create (as
// CPython's _PyErr_SetObject does).
void set_context_chain(BaseExceptionObject* e, const Val& handled) {
    auto* o = static_cast<BaseExceptionObject*>(handled.get().as_object());
    for (BaseExceptionObject* p = o; p;) {
        if (!p->context) break;
        auto* next = static_cast<BaseExceptionObject*>(p->context.get().as_object());
        if (next == e) {
            p->context.reset();
            break;
        }
        p = next;
    }
    e->context = handled;
}

// {**m} and f(**m): copies a mapping's items into `target`. For calls a
// repeated keyword is an error naming the function.
bool merge_into(DictObject* target, Value update, bool reject_duplicates, Value function) {
    if (!is_dict(update)) {
        if (reject_duplicates) {
            std::string fname = is_function(function) ? as_function(function)->qualname->utf8() + "()" : "function";
            raise_type_error(fname + " argument after ** must be a mapping, not " + type_of(update)->name);
        } else {
            raise_type_error("'" + type_of(update)->name + "' object is not a mapping");
        }
        return false;
    }
    target->prepare_merge(*as_dict(update));
    for (const auto& e : as_dict(update)->entries()) {
        if (!e.key) continue;
        if (reject_duplicates) {
            bool error = false;
            Val existing = target->get(e.key, &error);
            if (error) return false;
            if (existing) {
                std::string fname = is_function(function) ? as_function(function)->qualname->utf8() + "()" : "function";
                std::string key = is_str(e.key) ? as_str(e.key)->utf8() : "?";
                raise_type_error(fname + " got multiple values for keyword argument '" + key + "'");
                return false;
            }
            if (!is_str(e.key)) {
                raise_type_error("keywords must be strings");
                return false;
            }
        }
        if (!target->set(e.key, e.value)) return false;
    }
    return true;
}

// MATCH_CLASS (CPython's match_class): the attributes a class pattern binds, or
// a null Val without an exception when the subject does not match.
Val match_class(Value subject, Value cls, uint32_t npositional, TupleObject* names) {
    if (!cls.is_object() || type_of(cls) != types().type)
        return raise_type_error("called match pattern must be a class");
    auto* type = static_cast<TypeObject*>(cls.as_object());
    if (!type_of(subject)->is_subtype_of(type)) return nullptr;
    std::vector<Val> attrs;
    std::vector<std::string> seen;
    auto take = [&](StrObject* name) -> bool {
        for (const auto& s : seen)
            if (s == name->utf8()) {
                raise_type_error(type->name + "() got multiple sub-patterns for attribute '" + name->utf8() + "'");
                return false;
            }
        seen.push_back(name->utf8());
        Val v = get_attr(subject, name);
        if (!v) {
            if (error_matches(exc_types().attribute_error)) cx().take_error();
            return false;
        }
        attrs.push_back(std::move(v));
        return true;
    };
    if (npositional) {
        // Built-in types like int and str match their one positional pattern against the subject itself.
        const BuiltinTypes& b = types();
        bool match_self = false;
        for (TypeObject* t : {b.bool_, b.float_, b.int_, b.str, b.list, b.tuple, b.dict})
            if (type == t || (!type->is_heap_type && type->is_subtype_of(t) && t == type)) match_self = true;
        Value match_args = type->lookup(intern_literal("__match_args__"));
        if (match_self && !match_args) {
            if (npositional > 1)
                return raise_type_error(type->name + "() accepts 1 positional sub-pattern (" + std::to_string(npositional) + " given)");
            attrs.push_back(Val::borrow(subject));
        } else {
            if (!match_args) {
                return raise_type_error(type->name + "() accepts 0 positional sub-patterns (" +
                                        std::to_string(npositional) + " given)");
            }
            if (!is_tuple(match_args)) return raise_type_error(type->name + ".__match_args__ must be a tuple (got " +
                                                               type_of(match_args)->name + ")");
            const auto& names_list = as_tuple(match_args)->items;
            if (npositional > names_list.size())
                return raise_type_error(type->name + "() accepts " + std::to_string(names_list.size()) +
                                        " positional sub-pattern" + (names_list.size() == 1 ? "" : "s") + " (" +
                                        std::to_string(npositional) + " given)");
            for (uint32_t i = 0; i < npositional; ++i) {
                if (!is_str(names_list[i]))
                    return raise_type_error("__match_args__ elements must be strings (got " + type_of(names_list[i])->name + ")");
                if (!take(as_str(names_list[i]))) return nullptr;
            }
        }
    }
    for (const auto& n : names->items)
        if (!take(as_str(n))) return nullptr;
    return new_tuple(std::move(attrs)).into_val();
}

// BEFORE_WITH / BEFORE_ASYNC_WITH: binds the manager's exit method into
// *bound_exit and returns what its enter method returns (null on error).
Val enter_context(Value manager, bool is_async, Val* bound_exit) {
    TypeObject* t = type_of(manager);
    Value enter = t->lookup(intern(is_async ? "__aenter__" : "__enter__"));
    Value exit = t->lookup(intern(is_async ? "__aexit__" : "__exit__"));
    if (!enter || !exit) {
        return raise_type_error("'" + t->name + "' object does not support the " +
                                (is_async ? "asynchronous context manager protocol" : "context manager protocol"));
    }
    *bound_exit = bind_descriptor(exit, manager, t);
    if (!*bound_exit) return nullptr;
    Val bound_enter = bind_descriptor(enter, manager, t);
    if (!bound_enter) return nullptr;
    return call0(bound_enter);
}

// `from m import *`: the module's __all__, or its names without a leading underscore.
Val import_star(Value module, DictObject* target) {
    auto* m = static_cast<ModuleObject*>(module.as_object());
    Value all = m->dict->get_str(intern_literal("__all__"));
    if (all) {
        std::vector<Val> names;
        if (!collect_items(all, &names)) return nullptr;
        for (const auto& n : names) {
            if (!is_str(n)) return raise_type_error("Item in __all__ must be str");
            Val v = get_attr(module, as_str(n));
            if (!v) return nullptr;
            if (!target->set(n, v)) return nullptr;
        }
        return new_none();
    }
    for (const auto& e : m->dict->entries()) {
        if (!e.key || !is_str(e.key) || as_str(e.key)->view().substr(0, 1) == "_") continue;
        if (!target->set(e.key, e.value)) return nullptr;
    }
    return new_none();
}

// StopIteration(value).value, None if it has no arguments.
Val stop_iteration_value(Value exc) {
    const auto& args = as_tuple(static_cast<BaseExceptionObject*>(exc.as_object())->args)->items;
    return args.empty() ? new_none() : args[0];
}

// PEP 479: a StopIteration leaving a generator body becomes RuntimeError.
Val stop_iteration_error(Value exc, uint32_t flags) {
    const char* kind = (flags & compile::kCoCoroutine)        ? "coroutine"
                       : (flags & compile::kCoAsyncGenerator) ? "async generator"
                                                              : "generator";
    TypeObject* t = type_of(exc);
    bool is_stop = t->is_subtype_of(exc_types().stop_iteration);
    bool is_async_stop = (flags & compile::kCoAsyncGenerator) && t->is_subtype_of(exc_types().stop_async_iteration);
    if (!is_stop && !is_async_stop) return Val::borrow(exc);
    auto error = new_exception(exc_types().runtime_error,
                               std::string(kind) + " raised " + (is_stop ? "StopIteration" : "StopAsyncIteration"));
    error->cause = Val::borrow(exc);
    error->context = Val::borrow(exc);
    error->suppress_context = true;
    return error.into_val();
}

// SEND into something that is not a generator run on this loop: next() or
// send() on any iterator, with StopIteration turned into a Return.
SendResult send_to(Value receiver, Value value, Val* out) {
    if (is_generator_object(receiver)) return cx().hooks().gen_resume(as_generator(receiver), value, Val(), out);
    Val r;
    if (is_none(value) && type_of(receiver)->iternext && !type_of(receiver)->is_heap_type) {
        r = iter_next(receiver);
        if (!r && !cx().has_error()) {
            *out = new_none();
            return SendResult::Return;
        }
    } else {
        Val method = get_attr(receiver, intern(is_none(value) ? "__next__" : "send"));
        if (method) r = call1_or_0(method, value);
    }
    if (r) {
        *out = std::move(r);
        return SendResult::Next;
    }
    if (error_matches(exc_types().stop_iteration)) {
        *out = stop_iteration_value(cx().take_error());
        return SendResult::Return;
    }
    return SendResult::Error;
}

// GET_AWAITABLE: coroutines, @types.coroutine generators, or what __await__ returns.
Val get_awaitable(Value v, uint32_t where) {
    if (is_generator_object(v)) {
        auto* gen = as_generator(v);
        bool iterable_coroutine = gen->frame && (gen->frame->code->flags() & compile::kCoIterableCoroutine);
        if (gen->kind == GenKind::Coroutine || iterable_coroutine) {
            if (gen->kind == GenKind::Coroutine && gen->delegate())
                return raise(exc_types().runtime_error, "coroutine is being awaited already");
            gen->awaited = true;
            return Val::borrow(v);
        }
    }
    TypeObject* t = type_of(v);
    Value method = t->lookup(intern_literal("__await__"));
    if (!method) {
        if (where == 1)
            return raise_type_error("'async with' received an object from __aenter__ that does not implement __await__: " + t->name);
        if (where == 2)
            return raise_type_error("'async with' received an object from __aexit__ that does not implement __await__: " + t->name);
        return raise_type_error("object " + t->name + " can't be used in 'await' expression");
    }
    Val bound = bind_descriptor(method, v, t);
    if (!bound) return nullptr;
    Val it = call0(bound);
    if (!it) return nullptr;
    if (is_generator_object(it) && as_generator(it)->kind == GenKind::Coroutine)
        return raise_type_error("__await__() returned a coroutine");
    if (!type_of(it)->iternext)
        return raise_type_error("__await__() returned non-iterator of type '" + type_of(it)->name + "'");
    return it;
}

// A frame for calling `fn` with `args`, or null with TypeError set.
Ref<FrameObject> frame_for_call(FunctionObject* fn, CallArgs args, const Ref<DictObject>& default_builtins) {
    auto frame = FrameObject::create(fn->code, fn->globals, fn->builtins ? fn->builtins : default_builtins, nullptr);
    frame->function = Ref<FunctionObject>::borrow(fn);
    if (!bind_arguments(fn, frame.get(), args)) return nullptr;
    return frame;
}

bool unpack(Value seq, uint32_t n, Val* out_reversed_top) {
    std::vector<Val> items;
    if (is_tuple(seq) || is_list(seq)) {
        const auto& src = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
        if (src.size() == n) {
            for (uint32_t i = 0; i < n; ++i) out_reversed_top[i] = src[n - 1 - i];
            return true;
        }
        if (src.size() < n) {
            raise_value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                              std::to_string(src.size()) + ")");
        } else {
            raise_value_error("too many values to unpack (expected " + std::to_string(n) + ")");
        }
        return false;
    }
    if (!type_of(seq)->iter) {
        raise_type_error("cannot unpack non-iterable " + type_of(seq)->name + " object");
        return false;
    }
    Val it = get_iter(seq);
    if (!it) return false;
    for (uint32_t i = 0; i < n; ++i) {
        Val x = iter_next(it);
        if (!x) {
            if (!cx().has_error())
                raise_value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                  std::to_string(i) + ")");
            return false;
        }
        items.push_back(std::move(x));
    }
    Val extra = iter_next(it);
    if (extra) {
        raise_value_error("too many values to unpack (expected " + std::to_string(n) + ")");
        return false;
    }
    if (cx().has_error()) return false;
    for (uint32_t i = 0; i < n; ++i) out_reversed_top[i] = std::move(items[n - 1 - i]);
    return true;
}

}  // namespace

// What a CALL of g.send(v) holds on the caller's stack while the generator runs
// on the same loop: the method, g and v (see CALL and kReturnToSendCall).
constexpr int kSendCallItems = 3;

EvalStatus Interpreter::run(FrameObject* entry, bool resumable, Val* result, bool throwing) {
    FrameObject* f = current_;
    const Instruction* ip;
    // The instruction running or last run in f (null before its first), THIS_IP:
    // stored as f->lasti only where something may read it (SAVE_FRAME, the error
    // path), not on every instruction. Natively a variable, kept in a register.
    // In wasm the member last_ip_ instead (a store per instruction): V8 would
    // keep the variable in a stack slot and copy it at the loop head, which
    // costs more (see below). A nested loop puts the member back as it found it.
#if YS_COMPUTED_GOTO
    const Instruction* this_ip;
#define THIS_IP this_ip
#else
    struct KeepLastIp {
        const Instruction*& slot;
        const Instruction* saved;
        ~KeepLastIp() { slot = saved; }
    } keep_last_ip{last_ip_, last_ip_};
#define THIS_IP last_ip_
#endif
    Val* sp;
    // The code object, its instructions (CODE) and the fast locals are reached
    // through f, and KW_NAMES's tuple is a member (kwnames_), rather than kept
    // in variables: in wasm, every variable carried round the loop costs moves
    // on each instruction (V8's register allocator spills them all in a
    // function of this size).
    Ref<FrameObject> pending_frame;  // a callee frame about to be pushed (push_frame)
    GeneratorObject* pending_resume = nullptr;  // a generator about to be resumed (resume_generator)
    Val resume_value;                           // what it is sent
    int32_t resume_target = -1;                 // where we continue when it returns
    Instruction ins;
    uint32_t oparg;

#define CODE (f->code->instructions())
#define LOAD_FRAME()                                                 \
    do {                                                             \
        ip = CODE + f->ip;                                           \
        THIS_IP = f->lasti >= 0 ? CODE + f->lasti : nullptr;         \
        sp = f->stack_base() + f->stack_depth;                       \
    } while (0)
#define SAVE_FRAME()                                                      \
    do {                                                                  \
        f->ip = static_cast<uint32_t>(ip - CODE);                         \
        f->lasti = THIS_IP ? static_cast<int32_t>(THIS_IP - CODE) : -1;   \
        f->stack_depth = static_cast<uint32_t>(sp - f->stack_base());     \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])

    LOAD_FRAME();
    if (resumable && paused_) {
        // Going on after a pause: f's saved position goes back to what a run
        // that never paused would have left there (see the pause below).
        f->ip = paused_ip_;
        f->stack_depth = paused_depth_;
        paused_ = false;
    }
    stop_ = stop_point(resumable);
    if (throwing) goto error;  // throw() into a generator: raise at its suspension point

#if YS_COMPUTED_GOTO
    // Each opcode's label, for handlers that end by dispatching the next
    // instruction themselves (DISPATCH): one indirect jump per handler gives
    // the branch predictor a history per opcode, where a shared switch has one.
    static void* const dispatch_table[] = {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) &&op_##name,
#include "compile/opcodes.def"
#undef YS_OPCODE
    };
#define TARGET(name) \
    case Op::name:   \
    op_##name:
    // The loop head's work for the common case; anything else (the step
    // budget, the observer, the end of a slice) goes round the loop.
#define DISPATCH()                                                \
    {                                                             \
        if (steps_ >= stop_) [[unlikely]] continue;               \
        ++steps_;                                                 \
        THIS_IP = ip;                                             \
        ins = *ip++;                                              \
        oparg = ins.arg();                                        \
        goto* dispatch_table[static_cast<uint8_t>(ins.op())];     \
    }
#else
#define TARGET(name) case Op::name:
#define DISPATCH() break
#endif
    // Fused dispatch, without fused opcodes: where one instruction is nearly
    // always followed by a particular other (RESUME POP_TOP JUMP_BACKWARD
    // FOR_ITER closing a generator's loop, STORE_FAST LOAD_FAST, LOAD_CONST
    // BINARY_OP...), the first's handler takes the second in place, unless a
    // stop (the step budget, the observer, the end of a slice) is due before it.
    // The second is counted and positioned exactly as on the loop, so steps,
    // snapshots and tracebacks cannot tell; what it saves is the trip round the
    // loop (in wasm, V8's loop-head moves and the switch's indirect jump).
    // Handlers are entered by goto only from handlers listed before them here,
    // never back: a cycle of gotos would make the loop irreducible, which
    // LLVM's wasm backend lowers to a slower dispatch of its own. Going back,
    // the few lines of the second instruction are repeated instead (DO_...).
    //   RESUME > POP_TOP > JUMP_BACKWARD > FOR_ITER > STORE_FAST > LOAD_FAST >
    //   LOAD_CONST > BINARY_OP, COMPARE_OP > POP_JUMP_IF_FALSE/TRUE;  RESUME > SEND
#define NEXT_IS(name) (ip->op() == Op::name && steps_ < stop_)
#define TAKE_NEXT()        \
    do {                   \
        ++steps_;          \
        THIS_IP = ip;      \
        ins = *ip++;       \
        oparg = ins.arg(); \
    } while (0)
#define DO_LOAD_FAST()                                                 \
    do {                                                               \
        const Val& local = f->localsplus()[oparg];                     \
        if (!local) [[unlikely]] {                                     \
            SAVE_FRAME();                                              \
            unbound_local(f->code->unit().varnames[oparg]);            \
            goto error;                                                \
        }                                                              \
        PUSH(local);                                                   \
    } while (0)
#define DO_STORE_FAST() (f->localsplus()[oparg] = POP())
#define DO_JUMP_BACKWARD()                                                                       \
    do {                                                                                         \
        /* A loop that only allocates stops here once the session is past its memory cap. */    \
        if (context_.memory->over()) [[unlikely]] goto memory_error;                             \
        ip = CODE + oparg;                                                                       \
        /* A loop iteration is a safe point for the cycle collector. */                          \
        if (context_.heap.collect_pending) [[unlikely]] {                                        \
            SAVE_FRAME();                                                                        \
            gc_collect_if_pending();                                                             \
        }                                                                                        \
    } while (0)

    for (;;) {
        if (steps_ >= stop_) [[unlikely]] {
            // One branch covers the step budget, the observer and the end of a slice.
            if (steps_ >= step_budget) {
                SAVE_FRAME();
                limit_hit_ = true;
                raise(exc_types().runtime_error, "stopped after " + std::to_string(steps_) + " steps");
                goto error;
            }
            if (observer_ && steps_ >= observe_at_) {
                // The observer sees f as it is; afterwards f's saved position is
                // put back, so that watching leaves no trace in the frames.
                uint32_t saved_ip = f->ip, saved_depth = f->stack_depth;
                SAVE_FRAME();
                observe_at_ = observer_->on_instruction(f, steps_);
                f->ip = saved_ip;
                f->stack_depth = saved_depth;
            }
            // Never between KW_NAMES and its CALL: kwnames_ belongs to this loop.
            if (resumable && steps_ >= slice_end_ && f == current_ && !kwnames_) {
                paused_ip_ = f->ip;
                paused_depth_ = f->stack_depth;
                SAVE_FRAME();
                paused_ = true;
                return EvalStatus::Paused;
            }
            stop_ = stop_point(resumable);
        }
        ++steps_;
        THIS_IP = ip;
        ins = *ip++;
        oparg = ins.arg();
#if YS_COMPUTED_GOTO
        goto* dispatch_table[static_cast<uint8_t>(ins.op())];
#endif

        switch (ins.op()) {
        TARGET(NOP)
        TARGET(RESUME)
            if (NEXT_IS(POP_TOP)) {
                TAKE_NEXT();
                goto pop_top;
            }
            if (NEXT_IS(JUMP_BACKWARD_NO_INTERRUPT)) {  // the loop of yield from and await
                TAKE_NEXT();
                ip = CODE + oparg;
                if (NEXT_IS(SEND)) {
                    TAKE_NEXT();
                    goto send;
                }
            }
            DISPATCH();

        TARGET(POP_TOP)
        pop_top:
            --sp;
            sp->reset();
            if (NEXT_IS(JUMP_BACKWARD)) {
                TAKE_NEXT();
                goto jump_backward;
            }
            if (NEXT_IS(LOAD_FAST)) {
                TAKE_NEXT();
                goto load_fast;
            }
            DISPATCH();

        TARGET(PUSH_NULL)
            PUSH(Val());
            DISPATCH();

        TARGET(COPY) {
            Val v = PEEK(oparg);
            PUSH(std::move(v));
        }
        DISPATCH();

        TARGET(SWAP)
            std::swap(TOP(), PEEK(oparg));
            DISPATCH();

        TARGET(STORE_FAST)
        store_fast:
            DO_STORE_FAST();
            if (NEXT_IS(LOAD_FAST)) {
                TAKE_NEXT();
                goto load_fast;
            }
            if (NEXT_IS(JUMP_BACKWARD)) {
                TAKE_NEXT();
                DO_JUMP_BACKWARD();
            }
            DISPATCH();

        TARGET(LOAD_FAST)
        load_fast:
            DO_LOAD_FAST();
            if (NEXT_IS(LOAD_FAST)) {
                TAKE_NEXT();
                DO_LOAD_FAST();
            }
            if (NEXT_IS(LOAD_CONST)) {
                TAKE_NEXT();
                goto load_const;
            }
            if (NEXT_IS(BINARY_OP)) {
                TAKE_NEXT();
                goto binary_op;
            }
            DISPATCH();

        TARGET(LOAD_CONST)
        load_const:
            PUSH(f->code->consts[oparg]);
            if (NEXT_IS(BINARY_OP)) {
                TAKE_NEXT();
                goto binary_op;
            }
            if (NEXT_IS(COMPARE_OP)) {
                TAKE_NEXT();
                goto compare_op;
            }
            DISPATCH();

        TARGET(DELETE_FAST)
            if (!f->localsplus()[oparg]) {
                SAVE_FRAME();
                unbound_local(f->code->unit().varnames[oparg]);
                goto error;
            }
            f->localsplus()[oparg].reset();
            break;

        TARGET(LOAD_NAME) {
            StrObject* name = f->code->names[oparg];
            Value v = f->locals ? f->locals->get_str(name) : Value();
            if (!v) v = f->globals->get_str(name);
            if (!v) v = f->builtins->get_str(name);
            if (!v) {
                SAVE_FRAME();
                raise_name_error(name->view());
                goto error;
            }
            PUSH(Val::borrow(v));
            break;
        }

        TARGET(STORE_NAME) {
            Val v = POP();
            DictObject* ns = f->locals ? f->locals.get() : f->globals.get();
            ns->set_str(f->code->names[oparg], v);
            break;
        }

        TARGET(DELETE_NAME)
        TARGET(DELETE_GLOBAL) {
            StrObject* name = f->code->names[oparg];
            DictObject* ns = ins.op() == Op::DELETE_NAME && f->locals ? f->locals.get() : f->globals.get();
            SAVE_FRAME();
            int removed = ns->remove(name);
            if (removed < 0) goto error;
            if (removed == 0) {
                raise_name_error(name->view());
                goto error;
            }
            break;
        }

        TARGET(LOAD_GLOBAL) {
            CodeObject::GlobalCacheEntry& cached = f->code->global_cache[oparg >> 1];
            uint64_t globals_version = f->globals->version(), builtins_version = f->builtins->version();
            Value v;
            if (cached.globals_version == globals_version && cached.builtins_version == builtins_version) {
                v = cached.value;
            } else {
                StrObject* name = f->code->names[oparg >> 1];
                v = f->globals->get_str(name);
                if (!v) v = f->builtins->get_str(name);
                if (!v) {
                    SAVE_FRAME();
                    raise_name_error(name->view());
                    goto error;
                }
                cached = {globals_version, builtins_version, v};
            }
            if (oparg & 1) PUSH(Val());
            PUSH(Val::borrow(v));
        }
        DISPATCH();

        TARGET(STORE_GLOBAL)
            f->globals->set_str(f->code->names[oparg], POP());
            break;

        TARGET(BINARY_OP)
        binary_op: {
            // Small-int fast paths for the operators loops use most: the
            // operands are small ints, so there is nothing to release.
            if (Value a = PEEK(2), b = PEEK(1); a.is_small_int() && b.is_small_int()) {
                int64_t r;
                if (small_int_binary(oparg >= kBinaryOpCount ? oparg - kBinaryOpCount : oparg, a.as_small_int(),
                                     b.as_small_int(), &r)) {
                    (--sp)->reset();
                    sp[-1] = Val::small_int(r);
                    if (NEXT_IS(STORE_FAST)) {
                        TAKE_NEXT();
                        DO_STORE_FAST();
                    }
                    DISPATCH();
                }
            }
            Val right = POP();
            Val left = POP();
            Value a = left, b = right;
            SAVE_FRAME();
            Val r = binary_op(a, b, static_cast<BinaryOp>(oparg));
            if (!r) goto error;
            PUSH(std::move(r));
        }
        DISPATCH();

        TARGET(UNARY_NEGATIVE)
        TARGET(UNARY_INVERT) {
            Val v = POP();
            SAVE_FRAME();
            Val r = ins.op() == Op::UNARY_NEGATIVE ? negative(v) : invert(v);
            if (!r) goto error;
            PUSH(std::move(r));
            break;
        }

        TARGET(UNARY_NOT) {
            Val v = POP();
            SAVE_FRAME();
            int t = truthy(v);
            if (t < 0) goto error;
            PUSH(new_bool(!t));
            break;
        }

        TARGET(CALL_INTRINSIC_1) {
            Val v = POP();
            SAVE_FRAME();
            Val r;
            switch (static_cast<compile::Intrinsic1>(oparg)) {
            case compile::Intrinsic1::UnaryPositive:
                r = positive(v);
                break;
            case compile::Intrinsic1::ListToTuple:
                r = new_tuple(as_list(v)->items).into_val();
                break;
            case compile::Intrinsic1::AsyncGenWrap:
                r = async_gen_wrap(std::move(v));
                break;
            case compile::Intrinsic1::StopIterationError:
                r = stop_iteration_error(v, f->code->flags());
                break;
            case compile::Intrinsic1::ImportStar:
                r = import_star(v, f->locals ? f->locals.get() : f->globals.get());
                break;
            default:
                YS_UNREACHABLE();
            }
            if (!r) goto error;
            PUSH(std::move(r));
            break;
        }

        TARGET(CALL_INTRINSIC_2) {
            Val arg2 = POP();
            Val arg1 = POP();
            SAVE_FRAME();
            Val r;
            switch (static_cast<compile::Intrinsic2>(oparg)) {
            case compile::Intrinsic2::PrepReraiseStar:
                r = prep_reraise_star(arg1, arg2);
                break;
            default:
                YS_UNREACHABLE();
            }
            if (!r) goto error;
            PUSH(std::move(r));
            break;
        }

        TARGET(COMPARE_OP)
        compare_op: {
            if (Value a = PEEK(2), b = PEEK(1); a.is_small_int() && b.is_small_int()) {
                int64_t x = a.as_small_int(), y = b.as_small_int();
                (--sp)->reset();  // small ints: nothing to release
                sp[-1] = new_bool(compare_result((x > y) - (x < y), static_cast<CompareOp>(oparg)));
                if (NEXT_IS(POP_JUMP_IF_FALSE) || NEXT_IS(POP_JUMP_IF_TRUE)) {
                    TAKE_NEXT();
                    goto pop_jump_if;
                }
                DISPATCH();
            }
            Val right = POP();
            Val left = POP();
            Value a = left, b = right;
            SAVE_FRAME();
            Val r = rich_compare(a, b, static_cast<CompareOp>(oparg));
            if (!r) goto error;
            PUSH(std::move(r));
        }
        DISPATCH();

        TARGET(IS_OP) {
            Val right = POP();
            Val left = POP();
            PUSH(new_bool((left.get() == right.get()) != (oparg == 1)));
        }
        DISPATCH();

        TARGET(CONTAINS_OP) {
            Val container = POP();
            Val item = POP();
            SAVE_FRAME();
            int found = contains(container, item);
            if (found < 0) goto error;
            PUSH(new_bool((found == 1) != (oparg == 1)));
        }
        DISPATCH();

        TARGET(POP_JUMP_IF_FALSE)
        TARGET(POP_JUMP_IF_TRUE)
        pop_jump_if: {
            Val v = POP();
            int t;
            if (v.get() == true_value()) {
                t = 1;
            } else if (v.get() == false_value()) {
                t = 0;
            } else if (v.get().is_small_int()) {
                t = v.get().as_small_int() != 0;
            } else {
                SAVE_FRAME();
                t = truthy(v);
                if (t < 0) goto error;
            }
            if (t == (ins.op() == Op::POP_JUMP_IF_TRUE)) ip = CODE + oparg;
        }
        // Out of the block: the value popped is released first, as on the loop.
        if (NEXT_IS(LOAD_FAST)) {
            TAKE_NEXT();
            DO_LOAD_FAST();
        }
        DISPATCH();

        TARGET(POP_JUMP_IF_NONE)
        TARGET(POP_JUMP_IF_NOT_NONE) {
            Val v = POP();
            if (is_none(v) == (ins.op() == Op::POP_JUMP_IF_NONE)) ip = CODE + oparg;
        }
        DISPATCH();

        TARGET(JUMP_FORWARD)
            ip = CODE + oparg;
            DISPATCH();

        TARGET(JUMP_BACKWARD)
        jump_backward:
            DO_JUMP_BACKWARD();
            if (NEXT_IS(FOR_ITER)) {
                TAKE_NEXT();
                goto for_iter;
            }
            DISPATCH();

        TARGET(GET_ITER) {
            Val v = POP();
            SAVE_FRAME();
            Val it = get_iter(v);
            if (!it) goto error;
            PUSH(std::move(it));
        }
        DISPATCH();

        TARGET(FOR_ITER)
        for_iter: {
            // for i in range(...): counted here, without a call (CPython's FOR_ITER_RANGE).
            if (Value top = TOP(); type_of(top) == types().range_iterator) {
                auto* it = static_cast<RangeIterator*>(top.as_object());
                if (it->small) {
                    int64_t i;
                    if (it->next_small(&i)) {
                        PUSH(Value::fits_small(i) ? Val::small_int(i) : new_int(i));
                        if (NEXT_IS(STORE_FAST)) {
                            TAKE_NEXT();
                            goto store_fast;
                        }
                    } else {
                        --sp;
                        sp->reset();
                        ip = CODE + oparg + 1;  // past the END_FOR at the target
                    }
                    DISPATCH();
                }
            }
            SAVE_FRAME();
            if (type_of(TOP()) == generator_types().generator) {
                // Resume the generator on this loop: its frame goes on top of ours.
                auto* gen = as_generator(TOP());
                if (gen->state == FrameState::Created || gen->state == FrameState::Suspended) {
                    pending_resume = gen;
                    resume_value = new_none();
                    resume_target = static_cast<int32_t>(oparg);
                    goto resume_generator;
                }
                if (gen->state == FrameState::Running) {
                    raise_value_error("generator already executing");
                    goto error;
                }
                --sp;
                sp->reset();
                ip = CODE + oparg + 1;
                break;
            }
            if (TypeObject* t = type_of(TOP()); t->is_heap_type && t->iternext) {
                // A class's __next__ written in Python runs on this loop too: a
                // value it returns lands on our stack like a call's result, a
                // StopIteration leaving it ends the loop (see exception_unwind).
                Value next_fn = t->lookup(intern_literal("__next__"));
                if (next_fn && is_function(next_fn)) {
                    Val self = TOP();
                    pending_frame = frame_for_call(as_function(next_fn), CallArgs{&self, 1, nullptr}, builtins_);
                    if (!pending_frame) goto error;
                    pending_frame->return_target = static_cast<int32_t>(oparg);
                    goto push_frame;
                }
            }
            Val next = iter_next(TOP());
            if (next) {
                PUSH(std::move(next));
                break;
            }
            if (context_.has_error()) goto error;
            --sp;
            sp->reset();
            ip = CODE + oparg + 1;  // past the END_FOR at the target
        }
        DISPATCH();

        TARGET(END_FOR)
            (--sp)->reset();
            (--sp)->reset();
            DISPATCH();

        TARGET(BUILD_TUPLE)
        TARGET(BUILD_LIST) {
            std::vector<Val> items;
            items.reserve(oparg);
            for (Val* p = sp - oparg; p < sp; ++p) items.push_back(std::move(*p));
            sp -= oparg;
            if (ins.op() == Op::BUILD_TUPLE) {
                PUSH(new_tuple(std::move(items)).into_val());
            } else {
                auto list = new_list(std::move(items));
                // CPython extends an empty list by a constant tuple here.
                uint32_t at = static_cast<uint32_t>(ip - CODE - 1);
                if (oparg > 2 && is_constant_display(f, at)) {
                    list->alloc.clear();
                    list->alloc.extend_exact(oparg);
                } else if (oparg > 30 && listed(f->code->unit().appended_displays, at)) {
                    // A big display: CPython appends its items one by one.
                    list->alloc.clear();
                    for (uint32_t i = 0; i < oparg; ++i) list->alloc.append();
                }
                PUSH(list.into_val());
            }
        }
        DISPATCH();

        TARGET(BUILD_SET) {
            auto set = new_set();
            Val* first = sp - oparg;
            SAVE_FRAME();
            bool ok = true;
            for (uint32_t i = 0; i < oparg && ok; ++i) ok = set_add(set.get(), first[i]);
            while (sp > first) (--sp)->reset();
            if (!ok) goto error;
            // CPython merges a constant frozenset (built by these same adds) into
            // an empty set, or iterates such a constant itself.
            if (oparg > 2 && is_constant_display(f, static_cast<uint32_t>(ip - CODE - 1))) set->relayout_as_merged();
            else if (is_constant_frozenset(f, static_cast<uint32_t>(ip - CODE - 1))) set->relayout_as_constant();
            PUSH(set.into_val());
            break;
        }

        TARGET(SET_ADD) {
            Val v = POP();
            SAVE_FRAME();
            if (!set_add(as_set(PEEK(oparg)), v)) goto error;
            break;
        }

        TARGET(SET_UPDATE) {
            Val iterable = POP();
            SAVE_FRAME();
            // Table-to-table for sets and dicts, as set_update_internal: the order shows.
            if (!as_set(PEEK(oparg))->update(iterable)) goto error;
            break;
        }

        TARGET(MAP_ADD) {
            Val value = POP();
            Val key = POP();
            SAVE_FRAME();
            if (!as_dict(PEEK(oparg))->set(key, value)) goto error;
            break;
        }

        TARGET(DICT_UPDATE)
        TARGET(DICT_MERGE) {
            Val update = POP();
            SAVE_FRAME();
            if (!merge_into(as_dict(PEEK(oparg)), update, ins.op() == Op::DICT_MERGE, PEEK(oparg + 2))) goto error;
            break;
        }

        TARGET(LIST_APPEND) {
            Val v = POP();
            auto* list = as_list(PEEK(oparg));
            if (!room_to_grow(list->items)) [[unlikely]] {
                SAVE_FRAME();
                goto error;
            }
            if (listed(f->code->unit().prebuilt_appends, static_cast<uint32_t>(ip - CODE - 1)))
                list->alloc.exact(static_cast<int64_t>(list->items.size()) + 1);  // part of CPython's BUILD_LIST
            else
                list->allocation().append();
            list->items.push_back(std::move(v));
        }
        DISPATCH();

        TARGET(LIST_EXTEND) {
            Val iterable = POP();
            SAVE_FRAME();
            int64_t hint = list_length_hint(iterable);
            std::vector<Val> more;
            if (!collect_items(iterable, &more)) goto error;
            auto* list = as_list(PEEK(oparg));
            if (!room_to_grow(list->items, more.size())) goto error;
            for (auto& x : more) list->items.push_back(std::move(x));
            note_list_extend(list, iterable, hint, static_cast<int64_t>(more.size()));
            break;
        }

        TARGET(UNPACK_EX) {
            Val seq = POP();
            SAVE_FRAME();
            uint32_t before = oparg & 0xFF, after = oparg >> 8;
            std::vector<Val> items;
            if (!type_of(seq)->iter) {
                raise_type_error("cannot unpack non-iterable " + type_of(seq)->name + " object");
                goto error;
            }
            bool hint_known;
            int64_t rest_hint = list_length_hint(seq, &hint_known);
            if (hint_known) rest_hint = std::max<int64_t>(0, rest_hint - before);
            if (!collect_items(seq, &items)) goto error;
            if (items.size() < before + after) {
                raise_value_error("not enough values to unpack (expected at least " + std::to_string(before + after) +
                                  ", got " + std::to_string(items.size()) + ")");
                goto error;
            }
            // Pushed last first, so the first target is on top.
            for (uint32_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
            std::vector<Val> middle(items.begin() + before, items.end() - after);
            auto rest = new_list(std::move(middle));
            // CPython lists what the iterator has left (PySequence_List, sized
            // by its length hint), then cuts the last `after` items off.
            int64_t left = static_cast<int64_t>(items.size() - before);
            rest->alloc.clear();
            rest->alloc.extend_iterable(rest_hint, left);
            if (after) rest->alloc.assign_slice(left - after);
            PUSH(rest.into_val());
            for (uint32_t i = before; i-- > 0;) PUSH(items[i]);
            break;
        }

        TARGET(UNPACK_SEQUENCE) {
            Val seq = POP();
            SAVE_FRAME();
            if (!unpack(seq, oparg, sp)) goto error;
            sp += oparg;
        }
        DISPATCH();

        TARGET(BUILD_SLICE) {
            Val step = oparg == 3 ? POP() : Val();
            Val stop = POP();
            Val start = POP();
            PUSH(new_slice(std::move(start), std::move(stop), std::move(step)));
            break;
        }

        TARGET(BINARY_SUBSCR) {
            Val key = POP();
            Val container = POP();
            SAVE_FRAME();
            Val r = get_item(container, key);
            if (!r) goto error;
            PUSH(std::move(r));
        }
        DISPATCH();

        TARGET(STORE_SUBSCR) {
            Val key = POP();
            Val container = POP();
            Val value = POP();
            SAVE_FRAME();
            if (!set_item(container, key, value)) goto error;
        }
        DISPATCH();

        TARGET(DELETE_SUBSCR) {
            Val key = POP();
            Val container = POP();
            SAVE_FRAME();
            if (!del_item(container, key)) goto error;
            break;
        }

        TARGET(LOAD_ATTR) {
            StrObject* name = f->code->names[oparg >> 1];
            SAVE_FRAME();
            CodeObject::AttrCacheEntry& cached = f->code->attr_cache[oparg >> 1];
            if (oparg & 1) {
                // Method form: [method, self] avoids making a bound method object.
                Value owner = TOP();
                TypeObject* owner_type = type_of(owner);
                Value m = cached_method(cached, owner_type);
                if (!m) m = find_method(cached, owner_type, name);
                // Unless the instance's own dict hides the class's method.
                if (m) {
                    DictObject* d = owner_type->is_heap_type ? instance_dict(owner, false) : nullptr;
                    if (!d || !d->get_str(name)) {
                        Val self = POP();
                        PUSH(Val::borrow(m));
                        PUSH(std::move(self));
                        break;
                    }
                }
                // Otherwise [NULL, attribute]: a module's function, a bound method...
                if (Value v = cached_instance_attr(cached, owner, name)) {
                    TOP() = Val();
                    PUSH(Val::borrow(v));
                    break;
                }
                Val attr = load_attr_uncached(cached, owner, name);
                if (!attr) goto error;
                TOP() = Val();
                PUSH(std::move(attr));
                break;
            }
            if (Value v = cached_instance_attr(cached, TOP(), name)) {
                TOP() = Val::borrow(v);
                DISPATCH();
            }
            Val attr = load_attr_uncached(cached, TOP(), name);
            if (!attr) goto error;
            TOP() = std::move(attr);
        }
        DISPATCH();

        TARGET(STORE_ATTR) {
            Val owner = POP();
            Val value = POP();
            SAVE_FRAME();
            StrObject* name = f->code->names[oparg];
            CodeObject::AttrCacheEntry& cached = f->code->attr_cache[oparg];
            if (!store_cached_instance_attr(cached, owner, name, value)) {
                if (!set_attr(owner, name, value)) goto error;
                remember_stored_attr(cached, owner, name);
            }
        }
        DISPATCH();

        TARGET(DELETE_ATTR) {
            Val owner = POP();
            SAVE_FRAME();
            if (!set_attr(owner, f->code->names[oparg], Value())) goto error;
            break;
        }

        TARGET(KW_NAMES)
            kwnames_ = as_tuple(f->code->consts[oparg]);
            DISPATCH();

        TARGET(CALL_FUNCTION_EX) {
            // Rewrites the stack into CALL's shape: [NULL, callable, positional..., keyword values...].
            Val kwargs = (oparg & 1) ? POP() : Val();
            Val positional = POP();
            SAVE_FRAME();
            std::vector<Val> items;
            if (!is_tuple(positional)) {
                if (!type_of(positional)->iter) {
                    raise_type_error("Value after * must be an iterable, not " + type_of(positional)->name);
                    goto error;
                }
                if (!collect_items(positional, &items)) goto error;
            } else {
                items = as_tuple(positional)->items;
            }
            Ref<TupleObject> names;
            if (kwargs) {
                std::vector<Val> keys;
                for (const auto& e : as_dict(kwargs)->entries()) {
                    if (!e.key) continue;
                    keys.push_back(e.key);
                    items.push_back(e.value);
                }
                if (!keys.empty()) names = new_tuple(std::move(keys));
            }
            // The arguments live in `items`, not on the value stack (which has no
            // room for them); Python functions still get a frame on this loop.
            Val callable = POP();
            Val null_slot = POP();
            CallArgs call_args{items.data(), items.size(), names.get()};
            if (is_function(callable)) {
                pending_frame = frame_for_call(as_function(callable), call_args, builtins_);
                if (!pending_frame) goto error;
                goto push_frame;
            }
            Val r = call(callable, call_args);
            if (!r) goto error;
            PUSH(std::move(r));
            break;
        }

        TARGET(CALL) {
            Val* args = sp - oparg;
            if (args[-2].is_null() && args[-1].get().is_object() && type_of(args[-1]) == class_types().method) {
                // A bound method becomes function + self, so a Python method call
                // pushes a frame like any other call instead of recursing in C++.
                auto* m = static_cast<MethodObject*>(args[-1].get().as_object());
                Val fn = m->function;
                args[-1] = m->self;
                args[-2] = std::move(fn);
            }
            bool is_method = !args[-2].is_null();
            Value callable = is_method ? args[-2].get() : args[-1].get();
            Val* argv = is_method ? args - 1 : args;
            size_t argc = oparg + (is_method ? 1 : 0);
            CallArgs call_args{argv, argc, kwnames_};
            kwnames_ = nullptr;
            SAVE_FRAME();
            if (is_function(callable)) {
                pending_frame = frame_for_call(as_function(callable), call_args, builtins_);
                for (Val* p = args - 2; p < sp; ++p) p->reset();
                sp = args - 2;
                SAVE_FRAME();
                if (!pending_frame) goto error;
                goto push_frame;
            }
            bool unbound_method = is_method && is_unbound_method(callable);
            if (unbound_method && static_cast<BuiltinFunctionObject*>(callable.as_object())->fn == &gen_send &&
                argc == 2 && !call_args.kwnames && is_generator_object(argv[0])) {
                // g.send(v) or coro.send(v) (Task.__step's): the generator runs on
                // this loop, as for SEND, instead of in a nested one. Anything
                // send() would refuse takes the ordinary call below and raises there.
                auto* gen = as_generator(argv[0]);
                if ((gen->state == FrameState::Suspended || (gen->state == FrameState::Created && is_none(argv[1]))) &&
                    depth_ < context_.recursion_limit) {
                    // The method, the generator and the value stay on our stack
                    // until send() ends (kSendCallItems), as a call's arguments do.
                    bool noted = observer_ != nullptr;
                    if (noted) note_native({callable, argv[0].get(), f, steps_ - 1});
                    resume_value = argv[1];
                    gen->awaited = true;
                    pending_resume = gen;
                    resume_target = noted ? kReturnToNotedSendCall : kReturnToSendCall;
                    goto resume_generator;
                }
            }
            Val r;
            // Only a watched run notes its native calls (the snapshot's native frames).
            bool noted = observer_ != nullptr;
            if (noted) note_native({callable, is_method ? argv[0].get() : Value(), f, steps_ - 1});
            if (unbound_method) {
                auto* m = static_cast<BuiltinFunctionObject*>(callable.as_object());
                r = m->fn(argv[0], CallArgs{argv + 1, argc - 1, call_args.kwnames});
            } else {
                r = call(callable, call_args);
            }
            if (noted) native_calls_.pop_back();
            for (Val* p = args - 2; p < sp; ++p) p->reset();
            sp = args - 2;
            if (!r) {
                SAVE_FRAME();
                goto error;
            }
            PUSH(std::move(r));
        }
        DISPATCH();

        TARGET(MAKE_FUNCTION) {
            Val code_value = POP();
            auto fn = make<FunctionObject>(Ref<CodeObject>::borrow(static_cast<CodeObject*>(code_value.get().as_object())),
                                           f->globals);
            fn->builtins = f->builtins;
            if (fn->code->unit().docstring) fn->doc = new_str_val(*fn->code->unit().docstring);
            if (oparg & compile::kFnClosure) fn->closure = as_tuple(POP())->items;
            if (oparg & compile::kFnAnnotations) {
                // ('name', annotation, ...) pairs, as CPython 3.11 passes them.
                Val pairs = POP();
                auto dict = new_dict();
                const auto& items = as_tuple(pairs)->items;
                for (size_t i = 0; i + 1 < items.size(); i += 2) dict->set_str(as_str(items[i]), items[i + 1]);
                fn->annotations = std::move(dict);
            }
            if (oparg & compile::kFnKwDefaults) {
                Val kwdefaults = POP();
                fn->kwdefaults = Ref<DictObject>::borrow(as_dict(kwdefaults));
            }
            if (oparg & compile::kFnDefaults) fn->defaults = as_tuple(POP())->items;
            PUSH(fn.into_val());
            break;
        }

        TARGET(LOAD_BUILD_CLASS) {
            Value b = f->builtins->get_str(intern_literal("__build_class__"));
            if (!b) {
                SAVE_FRAME();
                raise_name_error("__build_class__");
                goto error;
            }
            PUSH(Val::borrow(b));
            break;
        }

        TARGET(MAKE_CELL) {
            Val initial = std::move(f->localsplus()[oparg]);
            f->localsplus()[oparg] = make<CellObject>(std::move(initial)).into_val();
            break;
        }

        TARGET(COPY_FREE_VARS) {
            const auto& closure = f->function->closure;
            size_t first = f->nlocalsplus() - oparg;
            for (uint32_t i = 0; i < oparg; ++i) f->localsplus()[first + i] = closure[i];
            break;
        }

        TARGET(LOAD_CLOSURE)
            PUSH(f->localsplus()[oparg]);
            DISPATCH();

        TARGET(LOAD_DEREF) {
            auto* cell = static_cast<CellObject*>(f->localsplus()[oparg].get().as_object());
            if (!cell->contents) {
                SAVE_FRAME();
                const std::string& name = f->code->unit().localsplus_names[oparg];
                if (oparg >= f->code->nlocalsplus() - f->code->unit().freevars.size()) {
                    raise_name_error_free(name);
                } else {
                    unbound_local(name);
                }
                goto error;
            }
            PUSH(cell->contents);
        }
        DISPATCH();

        TARGET(STORE_DEREF)
            static_cast<CellObject*>(f->localsplus()[oparg].get().as_object())->contents = POP();
            DISPATCH();

        TARGET(DELETE_DEREF) {
            auto* cell = static_cast<CellObject*>(f->localsplus()[oparg].get().as_object());
            if (!cell->contents) {
                SAVE_FRAME();
                unbound_local(f->code->unit().localsplus_names[oparg]);
                goto error;
            }
            cell->contents.reset();
            break;
        }

        TARGET(FORMAT_VALUE) {
            Val spec = (oparg & 4) ? POP() : Val();
            Val value = POP();
            SAVE_FRAME();
            uint32_t conversion = oparg & 3;
            if (conversion == 1) value = str(value);
            if (conversion == 2) value = repr(value);
            if (conversion == 3) value = object_ascii(value);
            if (!value) goto error;
            Val formatted = spec ? format_value(value, as_str(spec)->view())
                                 : (is_str(value) && type_of(value) == types().str ? value : str(value));
            if (!formatted) goto error;
            PUSH(std::move(formatted));
        }
        DISPATCH();

        TARGET(BUILD_STRING) {
            std::string joined;
            for (Val* p = sp - oparg; p < sp; ++p) joined += as_str(*p)->utf8();
            for (uint32_t i = 0; i < oparg; ++i) (--sp)->reset();
            PUSH(new_str_val(std::move(joined)));
        }
        DISPATCH();

        TARGET(BUILD_MAP) {
            auto d = new_dict();
            Val* first = sp - 2 * oparg;
            SAVE_FRAME();
            {
                // CPython builds a display from its first 17 pairs at once
                // (presized), then adds the rest: its compiler chunks big ones.
                uint32_t chunk = std::min<uint32_t>(oparg, 17);
                bool str_keys = true;
                for (uint32_t i = 0; i < chunk; ++i)
                    str_keys = str_keys && first[2 * i].get().is_object() && type_of(first[2 * i]) == types().str;
                d->presize(chunk, str_keys);
            }
            bool ok = true;
            for (uint32_t i = 0; i < oparg && ok; ++i) ok = d->set(first[2 * i], first[2 * i + 1]);
            while (sp > first) (--sp)->reset();
            if (!ok) goto error;
            PUSH(d.into_val());
            break;
        }

        TARGET(BEFORE_WITH)
        TARGET(BEFORE_ASYNC_WITH) {
            // [manager] -> [bound __exit__, __enter__() result] (or the async pair's awaitable).
            Val manager = POP();
            SAVE_FRAME();
            Val bound_exit;
            Val entered = enter_context(manager, ins.op() == Op::BEFORE_ASYNC_WITH, &bound_exit);
            if (!entered) goto error;
            PUSH(std::move(bound_exit));
            PUSH(std::move(entered));
            break;
        }

        TARGET(WITH_EXCEPT_START) {
            // [exit, lasti, prev_exc, exc]
            Value exc = TOP();
            SAVE_FRAME();
            auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
            Val args[3] = {Val::borrow(type_of(exc)), Val::borrow(exc), e->traceback ? e->traceback.val() : new_none()};
            Val r = call(PEEK(4), CallArgs{args, 3, nullptr});
            if (!r) goto error;
            PUSH(std::move(r));
            break;
        }

        TARGET(PUSH_EXC_INFO) {
            Val exc = POP();
            PUSH(handled_ ? handled_ : new_none());
            handled_ = exc;
            PUSH(std::move(exc));
            ++f->open_handlers;
            break;
        }

        TARGET(POP_EXCEPT) {
            Val previous = POP();
            handled_ = is_none(previous) ? Val() : std::move(previous);
            if (f->open_handlers) --f->open_handlers;
            break;
        }

        TARGET(CHECK_EXC_MATCH) {
            Val match_type = POP();
            SAVE_FRAME();
            int matched = exception_matches(TOP(), match_type);
            if (matched < 0) goto error;
            PUSH(new_bool(matched));
            break;
        }

        TARGET(CHECK_EG_MATCH) {
            // [exc, type] -> [rest, match]; the handler's part becomes the exception being handled.
            Val match_type = POP();
            Val exc = POP();
            SAVE_FRAME();
            Val match, rest;
            if (!exception_group_match(exc, match_type, &match, &rest)) goto error;
            if (!is_none(match)) handled_ = match;
            PUSH(std::move(rest));
            PUSH(std::move(match));
            break;
        }

        TARGET(RERAISE) {
            Val exc = POP();
            if (oparg) {
                // The lasti saved by the handler sits oparg items below the exception.
                int64_t lasti;
                Value saved = PEEK(oparg);
                if (is_int(saved) && int_to_int64(saved, &lasti)) THIS_IP = CODE + lasti;
            }
            SAVE_FRAME();
            context_.set_error(std::move(exc));
            goto exception_unwind;
        }

        TARGET(IMPORT_NAME) {
            Val fromlist = POP();
            Val level = POP();
            SAVE_FRAME();
            StrObject* name = f->code->names[oparg];
            if (!level.get().is_small_int() || level.get().as_small_int() != 0) {
                raise(exc_types().import_error, "attempted relative import with no known parent package");
                goto error;
            }
            Val module = import_module(name);
            if (!module) goto error;
            size_t dot = name->view().find('.');
            if (is_none(fromlist) && dot != std::string_view::npos) {
                module = import_module(intern(name->view().substr(0, dot)));
                if (!module) goto error;
            }
            PUSH(std::move(module));
            break;
        }

        TARGET(IMPORT_FROM) {
            SAVE_FRAME();
            StrObject* name = f->code->names[oparg];
            Val attr = get_attr(TOP(), name);
            if (!attr && error_matches(exc_types().attribute_error)) {
                context_.take_error();
                // Maybe a submodule not imported yet: `from collections import abc`.
                Val module_name = get_attr(TOP(), intern_literal("__name__"));
                std::string full = module_name && is_str(module_name) ? as_str(module_name)->utf8() : "?";
                attr = import_module(intern(full + "." + name->utf8()));
                if (!attr) {
                    context_.take_error();
                    raise(exc_types().import_error,
                          "cannot import name '" + name->utf8() + "' from '" + full + "' (unknown location)");
                }
            }
            if (!attr) goto error;
            PUSH(std::move(attr));
            break;
        }

        TARGET(MATCH_SEQUENCE) {
            TypeObject* t = type_of(TOP());
            bool sequence = t->is_subtype_of(types().list) || t->is_subtype_of(types().tuple) ||
                            t->is_subtype_of(types().range) || t->name == "deque";
            PUSH(new_bool(sequence));
            break;
        }

        TARGET(MATCH_MAPPING) {
            bool is_mapping = type_of(TOP())->is_subtype_of(types().dict);
            PUSH(new_bool(is_mapping));
            break;
        }

        TARGET(GET_LEN) {
            SAVE_FRAME();
            int64_t n;
            if (!length(TOP(), &n)) goto error;
            PUSH(new_int(n));
            break;
        }

        TARGET(MATCH_KEYS) {
            // [subject, keys] -> [subject, keys, values or None]
            SAVE_FRAME();
            std::vector<Val> values;
            bool all = true;
            for (const auto& key : as_tuple(TOP())->items) {
                Val v = get_item(PEEK(2), key);
                if (!v) {
                    if (!error_matches(exc_types().key_error)) goto error;
                    context_.take_error();
                    all = false;
                    break;
                }
                values.push_back(std::move(v));
            }
            PUSH(all ? new_tuple(std::move(values)).into_val() : new_none());
            break;
        }

        TARGET(MATCH_CLASS) {
            Val names = POP();
            Val cls = POP();
            Val subject = POP();
            SAVE_FRAME();
            Val attrs = match_class(subject, cls, oparg, as_tuple(names));
            if (!attrs && context_.has_error()) goto error;
            PUSH(attrs ? std::move(attrs) : new_none());
            break;
        }

        TARGET(LOAD_ASSERTION_ERROR)
            PUSH(Val::borrow(exc_types().assertion_error));
            break;

        TARGET(SETUP_ANNOTATIONS)
            if (f->locals && !f->locals->get_str(intern_literal("__annotations__")))
                f->locals->set_str(intern_literal("__annotations__"), new_dict().get());
            break;

        TARGET(RAISE_VARARGS) {
            SAVE_FRAME();
            if (oparg == 0) {
                if (!handled_) {
                    raise(exc_types().runtime_error, "No active exception to reraise");
                    goto error;
                }
                context_.set_error(handled_);
                goto exception_unwind;
            }
            Val cause = oparg == 2 ? POP() : Val();
            Val exc_value = POP();
            SAVE_FRAME();
            Val exc = make_raisable(exc_value);
            if (!exc) goto error;
            if (oparg == 2) {
                auto* e = static_cast<BaseExceptionObject*>(exc.get().as_object());
                if (is_none(cause)) {
                    e->cause.reset();
                } else {
                    Val c = make_raisable(cause);
                    if (!c) {
                        raise_type_error("exception causes must derive from BaseException");
                        goto error;
                    }
                    e->cause = std::move(c);
                }
                e->suppress_context = true;
            }
            raise_value(std::move(exc));
            goto error;
        }

        TARGET(RETURN_CONST)
        TARGET(RETURN_VALUE) {
            Val r = ins.op() == Op::RETURN_VALUE ? POP() : f->code->consts[oparg];
            SAVE_FRAME();
            if (observer_) observer_->on_return(f, r);
            FrameObject* caller = f->back;
            f->back = nullptr;
            --depth_;
            if (f->owner) {
                // A generator returning: it is done, and its frame goes with it.
                auto* gen = static_cast<GeneratorObject*>(f->owner);
                int32_t target = f->return_target;
                leave_generator(gen, true);
                Ref<FrameObject> finished = gen->release_frame();
                if (f == entry) {
                    current_ = caller;
                    *result = std::move(r);
                    return EvalStatus::Returned;
                }
                f = caller;
                current_ = f;
                LOAD_FRAME();
                if (target <= kReturnToSendCall) {
                    // send() ends in StopIteration(r), raised at its CALL.
                    if (target == kReturnToNotedSendCall) pop_native_call();
                    finish_resume(gen, SendResult::Return, std::move(r));
                    for (int i = 0; i < kSendCallItems; ++i) (--sp)->reset();
                    SAVE_FRAME();
                    finished.reset();
                    goto error;
                }
                if (target >= 0) ip = CODE + target;  // FOR_ITER's END_FOR or SEND's END_SEND
                PUSH(std::move(r));
                SAVE_FRAME();
                finished.reset();
                break;
            }
            if (f == entry) {
                current_ = caller;
                *result = std::move(r);
                return EvalStatus::Returned;
            }
            Ref<FrameObject>::adopt(f).reset();  // the chain's reference
            f = caller;
            current_ = f;
            LOAD_FRAME();
            PUSH(std::move(r));
        }
        DISPATCH();

        TARGET(RETURN_GENERATOR) {
            // The frame becomes the generator's; the caller receives the generator.
            SAVE_FRAME();
            FrameObject* caller = f->back;
            f->back = nullptr;
            --depth_;
            uint32_t flags = f->code->flags();
            TypeObject* type = (flags & compile::kCoCoroutine)        ? generator_types().coroutine
                               : (flags & compile::kCoAsyncGenerator) ? generator_types().async_generator
                                                                      : generator_types().generator;
            GenKind kind = (flags & compile::kCoCoroutine)        ? GenKind::Coroutine
                           : (flags & compile::kCoAsyncGenerator) ? GenKind::AsyncGenerator
                                                                  : GenKind::Generator;
            // The chain's reference (or the C++ caller's, for an entry frame) moves into the generator.
            Ref<FrameObject> frame = f == entry ? Ref<FrameObject>::borrow(f) : Ref<FrameObject>::adopt(f);
            auto gen = make<GeneratorObject>(type, kind, std::move(frame));
            if (observer_) observer_->on_gen_created(gen.get());
            if (f == entry) {
                current_ = caller;
                *result = gen.into_val();
                return EvalStatus::Returned;
            }
            f = caller;
            current_ = f;
            LOAD_FRAME();
            PUSH(gen.into_val());
            break;
        }

        TARGET(YIELD_VALUE) {
            Val v = POP();
            SAVE_FRAME();
            if (observer_) observer_->on_yield(f, v);
            auto* gen = static_cast<GeneratorObject*>(f->owner);
            FrameObject* caller = f->back;
            int32_t target = f->return_target;
            f->back = nullptr;
            --depth_;
            leave_generator(gen, false);
            if (f == entry) {
                current_ = caller;
                *result = std::move(v);
                return EvalStatus::Yielded;
            }
            f = caller;
            current_ = f;
            LOAD_FRAME();
            if (target <= kReturnToSendCall) {
                // The value is send()'s result, in place of the call's items.
                if (target == kReturnToNotedSendCall) pop_native_call();
                for (int i = 0; i < kSendCallItems; ++i) (--sp)->reset();
            }
            PUSH(std::move(v));
        }
        DISPATCH();

        TARGET(SEND)
        send: {
            // [receiver, value]; f is saved on each way out (resume_generator saves it too)
            Value receiver = PEEK(2);
            if (is_generator_object(receiver) && as_generator(receiver)->kind != GenKind::AsyncGenerator) {
                auto* gen = as_generator(receiver);
                if (gen->state == FrameState::Created || gen->state == FrameState::Suspended) {
                    if (gen->state == FrameState::Created && !is_none(TOP())) {
                        SAVE_FRAME();
                        raise_type_error(std::string("can't send non-None value to a just-started ") + gen_kind_name(gen->kind));
                        goto error;
                    }
                    pending_resume = gen;
                    resume_value = POP();
                    resume_target = static_cast<int32_t>(oparg);
                    goto resume_generator;
                }
            }
            Val value = POP();
            SAVE_FRAME();
            Val out;
            SendResult r = send_to(receiver, value, &out);
            if (r == SendResult::Error) goto error;
            PUSH(std::move(out));
            if (r == SendResult::Return) ip = CODE + oparg;
            break;
        }

        TARGET(END_SEND) {
            Val v = POP();
            TOP() = std::move(v);
        }
        DISPATCH();

        TARGET(GET_YIELD_FROM_ITER) {
            Value it = TOP();
            if (is_generator_object(it) && as_generator(it)->kind == GenKind::Coroutine) {
                if (!(f->code->flags() & (compile::kCoCoroutine | compile::kCoIterableCoroutine))) {
                    SAVE_FRAME();
                    raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    goto error;
                }
                as_generator(it)->awaited = true;
                break;
            }
            if (is_generator_object(it)) break;
            Val v = POP();
            SAVE_FRAME();
            Val iter = get_iter(v);
            if (!iter) goto error;
            PUSH(std::move(iter));
            break;
        }

        TARGET(GET_AWAITABLE) {
            Val v = POP();
            SAVE_FRAME();
            Val awaitable = get_awaitable(v, oparg);
            if (!awaitable) goto error;
            PUSH(std::move(awaitable));
            break;
        }

        TARGET(GET_AITER) {
            Val v = POP();
            SAVE_FRAME();
            Value method = type_of(v)->lookup(intern_literal("__aiter__"));
            if (!method) {
                raise_type_error("'async for' requires an object with __aiter__ method, got " + type_of(v)->name);
                goto error;
            }
            Val bound = bind_descriptor(method, v, type_of(v));
            Val it = bound ? call0(bound) : Val();
            if (!it) goto error;
            if (!type_of(it)->lookup(intern_literal("__anext__"))) {
                raise_type_error("'async for' received an object from __aiter__ that does not implement __anext__: " +
                                 type_of(it)->name);
                goto error;
            }
            PUSH(std::move(it));
            break;
        }

        TARGET(GET_ANEXT) {
            SAVE_FRAME();
            Value it = TOP();
            Value method = type_of(it)->lookup(intern_literal("__anext__"));
            if (!method) {
                raise_type_error("'async for' requires an iterator with __anext__ method, got " + type_of(it)->name);
                goto error;
            }
            Val bound = bind_descriptor(method, it, type_of(it));
            Val next = bound ? call0(bound) : Val();
            if (!next) goto error;
            Val awaitable = get_awaitable(next, 0);
            if (!awaitable) {
                context_.take_error();
                raise_type_error("'async for' received an invalid object from __anext__: " + type_of(next)->name);
                goto error;
            }
            PUSH(std::move(awaitable));
            break;
        }

        TARGET(END_ASYNC_FOR) {
            // [aiter, exc]
            Val exc = POP();
            if (type_of(exc)->is_subtype_of(exc_types().stop_async_iteration)) {
                (--sp)->reset();
                break;
            }
            SAVE_FRAME();
            context_.set_error(std::move(exc));
            goto exception_unwind;
        }

        TARGET(CLEANUP_THROW) {
            // [sub_iter, last_sent, exc]
            Val exc = POP();
            if (type_of(exc)->is_subtype_of(exc_types().stop_iteration)) {
                Val value = stop_iteration_value(exc);
                (--sp)->reset();
                TOP() = new_none();
                PUSH(std::move(value));
                break;
            }
            SAVE_FRAME();
            context_.set_error(std::move(exc));
            goto exception_unwind;
        }

        TARGET(JUMP_BACKWARD_NO_INTERRUPT)
            ip = CODE + oparg;
            DISPATCH();
        }
        continue;

    resume_generator:
        // Puts a suspended generator's frame on top of f and runs it on this loop.
        {
            SAVE_FRAME();  // the resumer's stack no longer holds the value sent
            GeneratorObject* gen = pending_resume;
            pending_resume = nullptr;
            if (depth_ >= context_.recursion_limit) {
                resume_value.reset();
                raise(exc_types().recursion_error, "maximum recursion depth exceeded");
                goto error;
            }
            ++depth_;
            FrameObject* gf = gen->frame.get();
            gf->stack_base()[gf->stack_depth++] = std::move(resume_value);
            gf->return_target = resume_target;
            enter_generator(gen, f);
            f = gf;
            current_ = f;
            LOAD_FRAME();
            if (observer_) observer_->on_resume(f, sp[-1], false);
            continue;
        }

    push_frame:
        // Enters the callee: the chain owns the frame until it returns.
        SAVE_FRAME();
        if (context_.heap.collect_pending) [[unlikely]] gc_collect_if_pending();  // a call is a safe point too
        if (depth_ >= context_.recursion_limit) {
            pending_frame.reset();
            raise(exc_types().recursion_error, "maximum recursion depth exceeded");
            goto error;
        }
        if (context_.memory->over()) [[unlikely]] {
            pending_frame.reset();
            goto memory_error;
        }
        ++depth_;
        pending_frame->back = f;
        f = pending_frame.release();
        current_ = f;
        LOAD_FRAME();
        if (observer_) observer_->on_call(f);
        continue;

    memory_error:
        SAVE_FRAME();
        raise_memory_error();
        goto error;

    error:
        // A new exception passes through f: chain it to the one being handled
        // and record f in its traceback (CPython's PyTraceBack_Here).
        {
            kwnames_ = nullptr;  // the step limit can stop the run between KW_NAMES and CALL
            f->lasti = THIS_IP ? static_cast<int32_t>(THIS_IP - CODE) : -1;
            Value exc = context_.peek_error();
            YS_ASSERT(exc);
            auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
            if (handled_ && handled_.get() != exc && !e->context && !limit_hit_) set_context_chain(e, handled_);
            e->traceback = make<TracebackObject>(std::move(e->traceback), Ref<FrameObject>::borrow(f), f->lasti,
                                                 f->current_line());
            if (observer_) observer_->on_exception(f, exc);
        }
    exception_unwind:
        // Find the innermost handler covering the failed instruction; if there is
        // none, pop the frame and go on unwinding in its caller.
        {
            // The lookup uses the instruction that raised; f->lasti may have been
            // moved back by RERAISE to the original raise, for the traceback only.
            const compile::ExceptionTableEntry* handler =
                limit_hit_ ? nullptr : find_handler(f->code->unit(), static_cast<uint32_t>(ip - CODE - 1));
            if (handler) {
                if (observer_) observer_->on_handled(f, context_.peek_error());
                Val* keep = f->stack_base() + handler->depth;
                while (sp > keep) (--sp)->reset();
                if (handler->push_lasti) PUSH(Val::small_int(f->lasti));
                PUSH(context_.take_error());
                ip = CODE + handler->handler;
                continue;
            }
            if (observer_) observer_->on_unwind(f, context_.peek_error());
            Val* base = f->stack_base();
            while (sp > base) (--sp)->reset();
            SAVE_FRAME();
            FrameObject* caller = f->back;
            f->back = nullptr;
            --depth_;
            Ref<FrameObject> finished;
            int32_t for_iter_target = f->owner ? -1 : f->return_target;
            bool noted_send = f->owner && f->return_target == kReturnToNotedSendCall;
            if (f->owner) {
                // An exception leaving a generator finishes it.
                auto* gen = static_cast<GeneratorObject*>(f->owner);
                leave_generator(gen, true);
                finished = gen->release_frame();
            } else if (f != entry) {
                finished = Ref<FrameObject>::adopt(f);
            }
            if (f == entry) {
                current_ = caller;
                return limit_hit_ ? EvalStatus::Limit : EvalStatus::Raised;
            }
            f = caller;
            current_ = f;
            LOAD_FRAME();
            if (noted_send) pop_native_call();  // the error leaves send() too
            finished.reset();
            if (for_iter_target >= 0 && error_matches(exc_types().stop_iteration)) {
                // The __next__ that FOR_ITER called is exhausted: the loop ends.
                context_.take_error();
                (--sp)->reset();
                ip = CODE + for_iter_target + 1;  // past the END_FOR at the target
                continue;
            }
            goto error;
        }
    }
#undef TARGET
#undef DISPATCH
#undef NEXT_IS
#undef TAKE_NEXT
#undef DO_LOAD_FAST
#undef DO_STORE_FAST
#undef DO_JUMP_BACKWARD
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef CODE
#undef THIS_IP
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}

}  // namespace ys::vm
