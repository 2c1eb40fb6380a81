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
#include "vm/eval_helpers.h"
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

// Whether a generator can take `sent` the way send() gives it: it is
// suspended, or just started and sent None (anything else send() refuses).
inline bool takes_send(const GeneratorObject* gen, Value sent) {
    return gen->state == FrameState::Suspended || (gen->state == FrameState::Created && is_none(sent));
}

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

Val call1_or_0(Value method, Value value) { return is_none(value) ? call0(method) : call1(method, value); }

// The step budget's end, as a RuntimeError no handler runs for.
YS_COLD void raise_step_limit(uint64_t steps) {
    raise(exc_types().runtime_error, "stopped after " + std::to_string(steps) + " steps");
}

YS_COLD Val raise_name_error_free(const std::string& name) {
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

// Sets e.__context__ = handled, breaking any cycle that would create (as
// CPython's _PyErr_SetObject does).
YS_COLD void set_context_chain(BaseExceptionObject* e, const Val& handled) {
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

// SEND into something that is not a generator run on this loop: next() or
// send() on any iterator, with StopIteration turned into a Return.
YS_OUT_OF_LINE SendResult send_to(Value receiver, Value value, Val* out) {
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

// CALL_FUNCTION_EX's f(*positional, **kwargs): the argument values in call
// order, and the keyword names, if any, for the last of them.
YS_OUT_OF_LINE bool spread_call_arguments(Value positional, Value kwargs, std::vector<Val>* items,
                                          Ref<TupleObject>* names) {
    if (!is_tuple(positional)) {
        if (!type_of(positional)->iter) {
            raise_type_error("Value after * must be an iterable, not " + type_of(positional)->name);
            return false;
        }
        if (!collect_items(positional, items)) return false;
    } else {
        *items = as_tuple(positional)->items;
    }
    if (kwargs) {
        std::vector<Val> keys;
        for (const auto& e : as_dict(kwargs)->entries()) {
            if (!e.key) continue;
            keys.push_back(e.key);
            items->push_back(e.value);
        }
        if (!keys.empty()) *names = new_tuple(std::move(keys));
    }
    return true;
}

// BUILD_TUPLE and BUILD_LIST (at index `at` in f's code) of the n values
// from `first` on, which it moves from.
YS_OUT_OF_LINE Val build_sequence(const FrameObject* f, uint32_t at, Val* first, uint32_t n) {
    std::vector<Val> items(std::make_move_iterator(first), std::make_move_iterator(first + n));
    if (f->code->instructions()[at].op() == Op::BUILD_TUPLE) return new_tuple(std::move(items)).into_val();
    auto list = new_list(std::move(items));
    // CPython extends an empty list by a constant tuple here.
    if (n > 2 && listed(f->code->unit().constant_displays, at)) {
        list->alloc.clear();
        list->alloc.extend_exact(n);
    } else if (n > 30 && listed(f->code->unit().appended_displays, at)) {
        // A big display: CPython appends its items one by one.
        list->alloc.clear();
        for (uint32_t i = 0; i < n; ++i) list->alloc.append();
    }
    return list.into_val();
}

// BUILD_MAP of the n key, value pairs from `first` on; null with the error set.
YS_OUT_OF_LINE Val build_map(Val* first, uint32_t n) {
    auto d = new_dict();
    // CPython builds a display from its first 17 pairs at once (presized),
    // then adds the rest: its compiler chunks big ones.
    uint32_t chunk = std::min<uint32_t>(n, 17);
    bool str_keys = true;
    for (uint32_t i = 0; i < chunk; ++i)
        str_keys = str_keys && first[2 * i].get().is_object() && type_of(first[2 * i]) == types().str;
    d->presize(chunk, str_keys);
    for (uint32_t i = 0; i < n; ++i)
        if (!d->set(first[2 * i], first[2 * i + 1])) return nullptr;
    return d.into_val();
}

// A frame for calling `fn` with `args`, or null with TypeError set.
Ref<FrameObject> frame_for_call(FunctionObject* fn, CallArgs args, const Ref<DictObject>& default_builtins) {
    auto frame = FrameObject::create(fn->code, fn->globals, fn->builtins ? fn->builtins : default_builtins, {});
    frame->function = Ref<FunctionObject>::borrow(fn);
    if (!bind_arguments(fn, frame.get(), args)) return nullptr;
    return frame;
}

// UNPACK_SEQUENCE of anything but a tuple or list of the right length.
YS_OUT_OF_LINE bool unpack_general(Value seq, uint32_t n, Val* out_reversed_top) {
    std::vector<Val> items;
    if (is_tuple(seq) || is_list(seq)) {
        const auto& src = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
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

// Pushes the n items of `seq` so that the first ends on top.
inline bool unpack(Value seq, uint32_t n, Val* out_reversed_top) {
    if (is_tuple(seq) || is_list(seq)) {
        const auto& src = is_tuple(seq) ? as_tuple(seq)->items : as_list(seq)->items;
        if (src.size() == n) {
            for (uint32_t i = 0; i < n; ++i) out_reversed_top[i] = src[n - 1 - i];
            return true;
        }
    }
    return unpack_general(seq, n, out_reversed_top);
}

}  // namespace

// What a CALL of g.send(v) holds on the caller's stack while the generator runs
// on the same loop: the method, g and v (see CALL and kReturnToSendCall).
constexpr int kSendCallItems = 3;

Interpreter::StopAction Interpreter::at_stop_point(FrameObject* f, bool resumable, uint32_t ip, int32_t lasti,
                                                   uint32_t depth) {
    auto save_frame = [&] {
        f->ip = ip;
        f->lasti = lasti;
        f->stack_depth = depth;
    };
    if (steps_ >= step_budget) {
        save_frame();
        limit_hit_ = true;
        raise_step_limit(steps_);
        return StopAction::Limit;
    }
    if (observer_ && steps_ >= observe_at_) {
        // The observer sees f as it is; afterwards f's saved position is
        // put back, so that watching leaves no trace in the frames.
        uint32_t saved_ip = f->ip, saved_depth = f->stack_depth;
        save_frame();
        observe_at_ = observer_->on_instruction(f, steps_);
        f->ip = saved_ip;
        f->stack_depth = saved_depth;
    }
    // Never between KW_NAMES and its CALL: kwnames_ belongs to this loop.
    if (resumable && steps_ >= slice_end_ && f == current_ && !kwnames_) {
        paused_ip_ = f->ip;
        paused_depth_ = f->stack_depth;
        save_frame();
        paused_ = true;
        return StopAction::Pause;
    }
    stop_ = stop_point(resumable);
    return StopAction::Go;
}

void Interpreter::note_raise(FrameObject* f) {
    Value exc = context_.peek_error();
    YS_ASSERT(exc);
    auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
    if (handled_ && handled_.get() != exc && !e->context && !limit_hit_) set_context_chain(e, handled_);
    e->traceback = make<TracebackObject>(std::move(e->traceback), Ref<FrameObject>::borrow(f), f->lasti,
                                         f->current_line());
    if (observer_) observer_->on_exception(f, exc);
}

YS_ALWAYS_INLINE bool Interpreter::passes_yield_up(FrameObject* resumer, int32_t return_target) const {
    // A negative target is a send() call's (its items are still on the
    // resumer's stack) or C++'s. A FOR_ITER is never followed by YIELD_VALUE
    // (the loop's target is stored first), a SEND always is.
    return return_target >= 0 && !observer_ && steps_ < stop_ &&
           resumer->code->instructions()[resumer->ip].op() == Op::YIELD_VALUE;
}

YS_ALWAYS_INLINE GeneratorObject* Interpreter::delegate_to_resume(FrameObject* f, Value sent) const {
    if (!f->suspended_delegating || observer_ || steps_ + 3 > stop_ || depth_ >= context_.recursion_limit)
        return nullptr;
    // Always so after such a yield (codegen's delegate_loop); checked all the
    // same, since the loop below trusts these positions.
    const Instruction* code = f->code->instructions();
    if (code[f->ip].op() != Op::RESUME || code[f->ip + 1].op() != Op::JUMP_BACKWARD_NO_INTERRUPT ||
        code[code[f->ip + 1].arg()].op() != Op::SEND)
        return nullptr;
    Value receiver = f->stack_base()[f->stack_depth - 1];
    if (!is_generator_object(receiver)) return nullptr;
    GeneratorObject* inner = as_generator(receiver);
    if (inner->kind == GenKind::AsyncGenerator) return nullptr;
    return takes_send(inner, sent) ? inner : nullptr;
}

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
            StopAction action = at_stop_point(f, resumable, static_cast<uint32_t>(ip - CODE),
                                              THIS_IP ? static_cast<int32_t>(THIS_IP - CODE) : -1,
                                              static_cast<uint32_t>(sp - f->stack_base()));
            if (action == StopAction::Limit) goto error;
            if (action == StopAction::Pause) return EvalStatus::Paused;
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

        // Instructions rare in hot loops, run out of line (cold_ops.cpp).
        TARGET(UNARY_NEGATIVE)
        TARGET(UNARY_INVERT)
        TARGET(SET_ADD)
        TARGET(MAP_ADD)
        TARGET(BUILD_SLICE)
        TARGET(COPY_FREE_VARS)
        TARGET(PUSH_EXC_INFO)
        TARGET(POP_EXCEPT)
        TARGET(CHECK_EXC_MATCH)
        TARGET(DELETE_FAST)
        TARGET(DELETE_NAME)
        TARGET(DELETE_GLOBAL)
        TARGET(CALL_INTRINSIC_1)
        TARGET(CALL_INTRINSIC_2)
        TARGET(BUILD_SET)
        TARGET(SET_UPDATE)
        TARGET(DICT_UPDATE)
        TARGET(DICT_MERGE)
        TARGET(LIST_EXTEND)
        TARGET(UNPACK_EX)
        TARGET(DELETE_SUBSCR)
        TARGET(DELETE_ATTR)
        TARGET(MAKE_FUNCTION)
        TARGET(LOAD_BUILD_CLASS)
        TARGET(MAKE_CELL)
        TARGET(DELETE_DEREF)
        TARGET(FORMAT_VALUE)
        TARGET(BUILD_STRING)
        TARGET(BEFORE_WITH)
        TARGET(BEFORE_ASYNC_WITH)
        TARGET(WITH_EXCEPT_START)
        TARGET(CHECK_EG_MATCH)
        TARGET(IMPORT_NAME)
        TARGET(IMPORT_FROM)
        TARGET(MATCH_SEQUENCE)
        TARGET(MATCH_MAPPING)
        TARGET(GET_LEN)
        TARGET(MATCH_KEYS)
        TARGET(MATCH_CLASS)
        TARGET(LOAD_ASSERTION_ERROR)
        TARGET(SETUP_ANNOTATIONS)
        TARGET(RAISE_VARARGS)
        TARGET(GET_YIELD_FROM_ITER)
        TARGET(GET_AITER)
        TARGET(GET_ANEXT)
        TARGET(END_ASYNC_FOR)
        TARGET(CLEANUP_THROW)
        {
            SAVE_FRAME();
            ColdResult r = run_cold(f, ins);
            sp = f->stack_base() + f->stack_depth;
            if (r == ColdResult::Error) [[unlikely]] goto error;
            if (r == ColdResult::Unwind) [[unlikely]] goto exception_unwind;
        }
        DISPATCH();

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

        TARGET(UNARY_NOT) {
            Val v = POP();
            SAVE_FRAME();
            int t = truthy(v);
            if (t < 0) goto error;
            PUSH(new_bool(!t));
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
                Value next_fn;
                if (next_method_tag_ != 0 && t->version_tag == next_method_tag_ &&
                    next_method_epoch_ == builtin_types_epoch) {
                    next_fn = next_method_;
                } else {
                    next_fn = t->lookup(intern_literal("__next__"));
                    // Kept once the class has a tag (the look-up gives it one).
                    next_method_tag_ = t->version_tag;
                    next_method_epoch_ = builtin_types_epoch;
                    next_method_ = next_fn;
                }
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
            Val* first = sp - oparg;
            Val built = build_sequence(f, static_cast<uint32_t>(ip - CODE - 1), first, oparg);
            sp = first;
            PUSH(std::move(built));
        }
        DISPATCH();

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

        TARGET(UNPACK_SEQUENCE) {
            Val seq = POP();
            SAVE_FRAME();
            if (!unpack(seq, oparg, sp)) goto error;
            sp += oparg;
        }
        DISPATCH();

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
                    DictObject* d = owner_type->is_heap_type ? first_attr_dict(owner, owner_type) : nullptr;
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
            if (!store_cached_instance_attr(cached, owner, name, value) &&
                !store_attr_uncached(cached, owner, name, value))
                goto error;
        }
        DISPATCH();

        TARGET(KW_NAMES)
            kwnames_ = as_tuple(f->code->consts[oparg]);
            DISPATCH();

        TARGET(CALL_FUNCTION_EX) {
            // Rewrites the stack into CALL's shape: [NULL, callable, positional..., keyword values...].
            Val kwargs = (oparg & 1) ? POP() : Val();
            Val positional = POP();
            SAVE_FRAME();
            std::vector<Val> items;
            Ref<TupleObject> names;
            if (!spread_call_arguments(positional, kwargs, &items, &names)) goto error;
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
            bool builtin = callable.is_object() && type_of(callable) == types().builtin_function;
            bool unbound_method = builtin && is_method && static_cast<BuiltinFunctionObject*>(callable.as_object())->is_method;
            if (unbound_method && static_cast<BuiltinFunctionObject*>(callable.as_object())->fn == &gen_send &&
                argc == 2 && !call_args.kwnames && is_generator_object(argv[0])) {
                // g.send(v) or coro.send(v) (Task.__step's): the generator runs on
                // this loop, as for SEND, instead of in a nested one. Anything
                // send() would refuse takes the ordinary call below and raises there.
                auto* gen = as_generator(argv[0]);
                if (takes_send(gen, argv[1]) && depth_ < context_.recursion_limit) {
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
            if (builtin) {
                // A builtin function or method descriptor: its C++ function
                // directly, without call()'s trip through the type's slot.
                auto* b = static_cast<BuiltinFunctionObject*>(callable.as_object());
                if (unbound_method) {
                    r = b->fn(argv[0], CallArgs{argv + 1, argc - 1, call_args.kwnames});
                } else if (b->is_method) {
                    r = call(callable, call_args);  // list.append(xs, 1): call() checks for the missing self
                } else {
                    r = b->fn(b->self, call_args);
                }
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

        TARGET(BUILD_MAP) {
            Val* first = sp - 2 * oparg;
            SAVE_FRAME();
            Val d = build_map(first, oparg);
            while (sp > first) (--sp)->reset();
            if (!d) goto error;
            PUSH(std::move(d));
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
            FrameObject::drop_returned(f);  // the chain's reference
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
            int32_t target;
            for (;;) {
                auto* gen = static_cast<GeneratorObject*>(f->owner);
                FrameObject* caller = f->back;
                target = f->return_target;
                bool hinted = f->resumed_by_send;
                f->back = nullptr;
                --depth_;
                leave_generator(gen, false);
                if (f == entry) {
                    current_ = caller;
                    *result = std::move(v);
                    return EvalStatus::Yielded;
                }
                f = caller;
                if (!hinted || !passes_yield_up(f, target)) break;
                // The delegating generator (yield from, await) whose SEND resumed
                // the one that yielded yields v on at once: its YIELD_VALUE runs
                // here, without the value going on and off its stack.
                ++steps_;
                f->lasti = static_cast<int32_t>(f->ip++);
                f->suspended_delegating = true;
            }
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
                    gen->frame->resumed_by_send = true;
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

        TARGET(GET_AWAITABLE) {
            Val v = POP();
            SAVE_FRAME();
            Val awaitable = get_awaitable(v, oparg);
            if (!awaitable) goto error;
            PUSH(std::move(awaitable));
            break;
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
            for (;;) {
                ++depth_;
                FrameObject* gf = gen->frame.get();
                gf->return_target = resume_target;
                enter_generator(gen, f);
                f = gf;
                GeneratorObject* inner = delegate_to_resume(f, resume_value);
                if (!inner) break;
                // f's RESUME, JUMP_BACKWARD_NO_INTERRUPT and SEND run here: the
                // value goes straight on to the generator f delegates to.
                steps_ += 3;
                uint32_t send_at = CODE[f->ip + 1].arg();
                f->lasti = static_cast<int32_t>(send_at);
                f->ip = send_at + 1;
                resume_target = static_cast<int32_t>(CODE[send_at].arg());
                inner->frame->resumed_by_send = true;
                gen = inner;
            }
            f->stack_base()[f->stack_depth++] = std::move(resume_value);
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
        kwnames_ = nullptr;  // the step limit can stop the run between KW_NAMES and CALL
        f->lasti = THIS_IP ? static_cast<int32_t>(THIS_IP - CODE) : -1;
        note_raise(f);
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
