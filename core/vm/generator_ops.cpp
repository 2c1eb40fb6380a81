// Resuming, throwing into and closing generators and coroutines from C++
// (Objects/genobject.c: gen_send_ex2, _gen_throw, gen_close, _PyGen_Finalize).
// Resumes that start in the eval loop (FOR_ITER, SEND, a CALL of send()) never
// come here: the loop links the generator's frame itself. These are for
// next(g), g.throw(), g.close(), finalisation, and send() from C++ or in the
// cases the loop leaves to it.
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;

// Inline where it is defined: gen_next, the path of every value a generator
// gives C++, takes it without a call.
YS_ALWAYS_INLINE SendResult Interpreter::resume_frame(GeneratorObject* gen, Value arg, Val exc, Val* result) {
    if (depth_ >= context_.recursion_limit) {
        raise(exc_types().recursion_error, "maximum recursion depth exceeded");
        return SendResult::Error;
    }
    if (!enter_nested_loop()) return SendResult::Error;
    FrameObject* gf = gen->frame.get();
    gf->stack_base()[gf->stack_depth++] = Val::borrow(arg);
    gf->return_target = -1;
    enter_generator(gen, current_);
    current_ = gf;
    ++depth_;
    bool throwing = !exc.is_null();
    if (observer_) observer_->on_resume(gf, throwing ? exc.get() : arg, throwing);
    if (throwing) context_.set_error(std::move(exc));
    // Keep the generator alive while it runs, even if its last owner drops it.
    Ref<GeneratorObject> keep = Ref<GeneratorObject>::borrow(gen);
    EvalStatus status = run_guarded(gf, false, result, throwing);
    leave_nested_loop();
    stop_ = 0;  // the loop we return to recomputes its own stop point
    switch (status) {
    case EvalStatus::Yielded: return SendResult::Next;
    case EvalStatus::Returned: return SendResult::Return;
    default: return SendResult::Error;
    }
}

SendResult Interpreter::gen_resume(GeneratorObject* gen, Value arg, Val exc, Val* result) {
    if (gen->state == FrameState::Running) {
        raise_value_error(std::string(gen_kind_name(gen->kind)) + " already executing");
        return SendResult::Error;
    }
    if (gen->state == FrameState::Completed) {
        if (exc) {
            context_.set_error(std::move(exc));
            return SendResult::Error;
        }
        if (gen->kind == GenKind::Coroutine) {
            raise(exc_types().runtime_error, "cannot reuse already awaited coroutine");
            return SendResult::Error;
        }
        *result = new_none();
        return SendResult::Return;
    }
    if (gen->state == FrameState::Created && !exc && !is_none(arg)) {
        raise_type_error(std::string("can't send non-None value to a just-started ") + gen_kind_name(gen->kind));
        return SendResult::Error;
    }
    gen->awaited = true;
    if (exc) {
        // _gen_throw: a generator suspended in `yield from` passes the throw to its delegate first.
        if (Value yf = gen->delegate()) {
            Val delegate = Val::borrow(yf);
            if (type_of(exc)->is_subtype_of(exc_types().generator_exit)) {
                gen->state = FrameState::Running;
                bool closed = close_iterator(delegate);
                gen->state = FrameState::Suspended;
                if (!closed) return resume_frame(gen, none(), context_.take_error(), result);
                return resume_frame(gen, none(), std::move(exc), result);
            }
            Val value;
            SendResult r;
            gen->state = FrameState::Running;
            if (is_generator_object(delegate)) {
                r = gen_resume(as_generator(delegate), none(), std::move(exc), &value);
            } else {
                Val method = get_attr(delegate, intern_literal("throw"));
                if (!method) {
                    gen->state = FrameState::Suspended;
                    if (!error_matches(exc_types().attribute_error)) return SendResult::Error;
                    context_.take_error();
                    return resume_frame(gen, none(), std::move(exc), result);
                }
                value = call1(method, exc);
                r = value ? SendResult::Next : SendResult::Error;
            }
            gen->state = FrameState::Suspended;
            if (r == SendResult::Next) {
                *result = std::move(value);
                return SendResult::Next;
            }
            // The delegate finished: its return (as StopIteration) or its error
            // is raised in this generator, where CLEANUP_THROW sorts it out.
            Val raised;
            if (r == SendResult::Return) {
                auto stop = new_exception(exc_types().stop_iteration, "");
                if (!is_none(value)) stop->args = new_tuple({value}).into_val();
                raised = stop.into_val();
            } else {
                raised = context_.take_error();
            }
            return resume_frame(gen, none(), std::move(raised), result);
        }
    }
    return resume_frame(gen, arg, std::move(exc), result);
}

Val Interpreter::gen_next(GeneratorObject* gen) {
    Val result;
    // A suspended generator needs none of gen_resume's checks: there is no
    // value to refuse and no exception to hand to a delegate.
    SendResult r = gen->state == FrameState::Suspended ? resume_frame(gen, none(), Val(), &result)
                                                       : gen_resume(gen, none(), Val(), &result);
    if (r == SendResult::Next) return result;
    return nullptr;
}

bool Interpreter::close_iterator(Value it) {
    if (is_generator_object(it)) return gen_close(as_generator(it));
    Val method = get_attr(it, intern_literal("close"));
    if (!method) {
        if (!error_matches(exc_types().attribute_error)) return false;
        context_.take_error();
        return true;
    }
    return !call0(method).is_null();
}

bool Interpreter::gen_close(GeneratorObject* gen) {
    if (gen->state == FrameState::Created) {
        // Never started: closing just marks it finished (its frame is dropped).
        gen->state = FrameState::Completed;
        if (observer_) observer_->on_gen_state(gen, FrameState::Created);
        gen->awaited = true;
        Ref<FrameObject> dropped = gen->release_frame();
        return true;
    }
    if (gen->state == FrameState::Completed) return true;
    if (gen->state == FrameState::Running) {
        raise_value_error(std::string(gen_kind_name(gen->kind)) + " already executing");
        return false;
    }
    Val exc;
    if (Value yf = gen->delegate()) {
        Val delegate = Val::borrow(yf);
        gen->state = FrameState::Running;
        bool closed = close_iterator(delegate);
        gen->state = FrameState::Suspended;
        if (!closed) exc = context_.take_error();
    }
    if (!exc) exc = new_exception(exc_types().generator_exit, "").into_val();
    Val result;
    SendResult r = resume_frame(gen, none(), std::move(exc), &result);
    if (r == SendResult::Next) {
        raise(exc_types().runtime_error, std::string(gen_kind_name(gen->kind)) + " ignored GeneratorExit");
        return false;
    }
    if (r == SendResult::Return) return true;
    if (error_matches(exc_types().generator_exit) || error_matches(exc_types().stop_iteration)) {
        context_.take_error();
        return true;
    }
    return false;
}

void Interpreter::finalize_generator(GeneratorObject* gen) {
    if (gen->finalized) return;
    gen->finalized = true;
    if (observer_) observer_->on_gen_finalize(gen);
    // Finalisers run between other work: keep whatever exception is in flight.
    Val pending = context_.take_error();
    if (gen->kind == GenKind::AsyncGenerator && gen->asyncgen_finalizer && gen->state != FrameState::Completed) {
        // _PyGen_Finalize: the event loop's hook schedules aclose() instead.
        Val self = Val::borrow(gen);
        Val finalizer = gen->asyncgen_finalizer;
        if (!call1(finalizer, self)) report_unraisable(finalizer);
    } else if (gen->kind == GenKind::Coroutine && gen->state == FrameState::Created && !gen->awaited) {
        std::string where = gen->frame ? gen->frame->code->unit().filename + ":" +
                                             std::to_string(gen->frame->code->unit().firstlineno)
                                       : "?";
        write_output(true, where + ": RuntimeWarning: coroutine '" + gen->qualname->utf8() + "' was never awaited\n");
    } else if (gen->state == FrameState::Suspended) {
        Val self = Val::borrow(gen);
        if (!gen_close(gen)) report_unraisable(self);
    }
    if (pending) context_.set_error(std::move(pending));
}

void Interpreter::finalize_all_generators() {
    for (GeneratorObject* gen = context_.oldest_generator; gen;) {
        // Finalising may free this generator or others: hold it and move on after.
        Ref<GeneratorObject> hold = Ref<GeneratorObject>::borrow(gen);
        if (gen->state == FrameState::Suspended) finalize_generator(gen);
        gen->awaited = true;
        GeneratorObject* next = gen->newer;
        Ref<GeneratorObject> hold_next = next ? Ref<GeneratorObject>::borrow(next) : nullptr;
        hold.reset();
        gen = next;
    }
}

void Interpreter::report_unraisable(Value where) {
    Val exc = context_.take_error();
    Val r = repr(where);
    if (!r) context_.take_error();
    write_output(true, "Exception ignored in: " + (r ? as_str(r)->utf8() : std::string("<object>")) + "\n");
    if (unraisable_hook_) unraisable_hook_(exc);
}

}  // namespace ys::vm
