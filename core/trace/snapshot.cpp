// Building snapshots and the replay observer (see snapshot.h).
#include "trace/snapshot.h"

#include <algorithm>
#include <deque>
#include <unordered_set>

#include "asyncio/future_iter.h"
#include "asyncio/handle.h"
#include "asyncio/loop_core.h"
#include "compile/opcodes.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "trace/history.h"
#include "trace/json.h"
#include "trace/values.h"

namespace ys::trace {

using namespace objects;

namespace {

bool is_dunder(std::string_view name) {
    return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

const char* state_name(FrameState s) {
    switch (s) {
    case FrameState::Created: return "CREATED";
    case FrameState::Suspended: return "SUSPENDED";
    case FrameState::Running: return "RUNNING";
    case FrameState::Completed: return "CLOSED";
    }
    return "?";
}

const char* frame_kind(FrameObject* f) {
    uint32_t flags = f->code->flags();
    if (flags & compile::kCoCoroutine) return "coroutine";
    if (flags & compile::kCoAsyncGenerator) return "async_generator";
    if (flags & compile::kCoGenerator) return "generator";
    if (!f->function) return "module";
    if (f->locals) return "class";
    return "function";
}

// Which of a step's events is its main one: anything but a line or a state change first.
int rank(EventKind kind) { return kind == EventKind::Line ? 0 : kind == EventKind::GenState ? 1 : 2; }

int lasti_offset(const FrameObject* f) { return f->lasti < 0 ? -1 : f->lasti * 2; }

class Builder {
public:
    explicit Builder(const SnapshotInput& in) : in_(in), lim_(in.limits) {}
    std::string build();

private:
    void ref(JsonWriter& w, Value v);
    void frame(JsonWriter& w, FrameObject* f);
    void native_frame(JsonWriter& w, const vm::Interpreter::NativeCall& call, uint64_t nth_at_step);
    // The names and values of a namespace: `d`'s (if any), after the slots of
    // `slotted` (if any).
    void namespace_items(JsonWriter& w, DictObject* d, const InstanceObject* slotted = nullptr);
    void object_entry(JsonWriter& w, Object* o);
    void exception(JsonWriter& w, const ExceptionInfo& e);
    void code_field(JsonWriter& w, const compile::CodeUnit& unit);
    void loop(JsonWriter& w);
    void handle(JsonWriter& w, const aio::HandleObject* h);

    const SnapshotInput& in_;
    const SnapshotLimits& lim_;
    std::unordered_set<const Object*> seen_;
    std::deque<Object*> queue_;
    size_t omitted_ = 0;
};

void Builder::ref(JsonWriter& w, Value v) {
    if (v.is_null()) {
        w.null();
        return;
    }
    if (is_inline(v)) {
        w.value(inline_repr(v));
        return;
    }
    Object* o = v.as_object();
    w.begin_object().field("ref", o->serial).end_object();
    if (seen_.insert(o).second) queue_.push_back(o);
}

// One entry of the ready queue or the timer heap.
void Builder::handle(JsonWriter& w, const aio::HandleObject* h) {
    w.begin_object();
    w.field("id", h->serial);
    w.field("kind", h->is_timer ? "timer" : "handle");
    if (h->is_timer) w.field("when", h->when);
    w.field("callback", h->cancelled ? h->description : aio::describe_callback(h->callback, h->args));
    w.field("cancelled", h->cancelled);
    w.end_object();
}

// The event loop whose run_forever is running (Context::running_loop), read
// from its C++ core: clock, ready handles, timers in heap order, the task
// running a step and the tasks not yet done.
void Builder::loop(JsonWriter& w) {
    Object* running = in_.interp ? in_.interp->context().running_loop : nullptr;
    if (!running) {
        w.null();
        return;
    }
    auto* core = static_cast<aio::LoopCore*>(running);
    w.begin_object();
    w.field("clock", in_.interp->context().virtual_time);
    w.field("stopping", core->stopping());
    w.key("currentTask");
    ref(w, core->current_task ? core->current_task.get() : Value());
    size_t n = 0;
    w.key("ready").begin_array();
    for (const auto& h : core->ready()) {
        if (n++ >= lim_.max_items) break;
        handle(w, h.get());
    }
    w.end_array();
    w.field("readyCount", static_cast<uint64_t>(core->ready().size()));
    n = 0;
    w.key("timers").begin_array();
    for (const auto& t : core->timers()) {
        if (n++ >= lim_.max_items) break;
        handle(w, t.handle.get());
    }
    w.end_array();
    w.field("timerCount", static_cast<uint64_t>(core->timers().size()));
    n = 0;
    w.key("tasks").begin_array();
    for (const auto& e : core->tasks->entries()) {
        if (!e.key) continue;
        if (n++ >= lim_.max_items) break;
        ref(w, e.key);
    }
    w.end_array();
    w.end_object();
}

void Builder::code_field(JsonWriter& w, const compile::CodeUnit& unit) {
    int index = in_.code_index ? in_.code_index(&unit) : -1;
    if (index >= 0) {
        w.field("code", index);
    } else {
        w.null_field("code");
    }
}

void Builder::namespace_items(JsonWriter& w, DictObject* d, const InstanceObject* slotted) {
    w.begin_object();
    size_t n = 0;
    // The values of __slots__ first (a task's _state, _coro...), set ones only.
    if (slotted) {
        const auto& names = slotted->type()->slot_names;
        for (size_t i = 0; i < names.size() && n < lim_.max_items * 4; ++i) {
            Value v = slotted->slots()[i].get();
            if (!v) continue;
            ++n;
            w.key(as_str(names[i])->view());
            ref(w, v);
        }
    }
    if (!d) {
        w.end_object();
        return;
    }
    for (const auto& e : d->entries()) {
        if (e.key.is_null() || !is_str(e.key)) continue;
        std::string_view name = as_str(e.key)->view();
        if (is_dunder(name)) continue;
        if (++n > lim_.max_items * 4) break;
        w.key(name);
        ref(w, e.value);
    }
    w.end_object();
}

void Builder::frame(JsonWriter& w, FrameObject* f) {
    const compile::CodeUnit& unit = f->code->unit();
    w.begin_object();
    w.field("id", f->serial);
    w.field("name", unit.name).field("qualname", unit.qualname);
    w.field("kind", frame_kind(f));
    w.field("file", unit.filename);
    code_field(w, unit);
    w.field("line", f->lasti < 0 ? unit.firstlineno : f->current_line());
    w.field("lasti", lasti_offset(f));
    w.key("locals");
    if (f->locals) {
        namespace_items(w, f->locals.get());
    } else {
        w.begin_object();
        Val* slots = f->localsplus();
        const auto& names = f->code->localsplus_names;
        size_t nvars = unit.varnames.size();
        for (size_t i = 0; i < names.size() && i < f->nlocalsplus(); ++i) {
            Value v = slots[i];
            if (v.is_null()) continue;
            // Cell and free variables show what their cell holds, as f_locals does.
            if (v.is_object() && v.as_object()->type() == types().cell &&
                (i >= nvars || std::find(unit.cellvars.begin(), unit.cellvars.end(), unit.varnames[i]) !=
                                   unit.cellvars.end())) {
                v = static_cast<CellObject*>(v.as_object())->contents;
                if (v.is_null()) continue;
            }
            w.key(names[i]->view());
            ref(w, v);
        }
        w.end_object();
    }
    w.key("stack").begin_array();
    Val* base = f->stack_base();
    for (uint32_t i = 0; i < f->stack_depth && i < unit.stacksize; ++i) ref(w, base[i]);
    w.end_array();
    if (f->back) {
        w.field("back", f->back->serial);
    } else {
        w.null_field("back");
    }
    if (f->owner) {
        w.field("owner", f->owner->serial);
    } else {
        w.null_field("owner");
    }
    w.end_object();
}

// A built-in function in the middle of the stack (it called back into Python):
// no code, no locals; `back` is the frame that called it.
void Builder::native_frame(JsonWriter& w, const vm::Interpreter::NativeCall& call, uint64_t nth_at_step) {
    std::string name, qualname;
    Value c = call.callable;
    if (call.qualname) {
        qualname = call.qualname;
        name = qualname.substr(qualname.rfind('.') + 1);
    } else if (is_type(c)) {
        name = as_type(c)->name;
        qualname = as_type(c)->qualname;
    } else if (c.is_object() && type_of(c) == types().builtin_function) {
        name = static_cast<BuiltinFunctionObject*>(c.as_object())->name;
        qualname = call.self ? type_of(call.self)->name + "." + name : name;
    } else {
        name = qualname = type_of(c)->name;
    }
    w.begin_object();
    // Negative, so never an object's id; several native frames can start in one step.
    w.field("id", -1 - static_cast<int64_t>(call.step * 16 + nth_at_step));
    w.field("name", name).field("qualname", qualname);
    w.field("kind", "native");
    w.null_field("file").null_field("code").null_field("line");
    w.field("lasti", -1);
    w.key("locals").begin_object().end_object();
    w.key("stack").begin_array().end_array();
    w.field("back", call.caller->serial);
    w.null_field("owner");
    if (call.self) {
        w.key("self");
        ref(w, call.self);
    }
    w.end_object();
}

void Builder::object_entry(JsonWriter& w, Object* o) {
    Value v(o);
    TypeObject* t = o->type();
    const char* kind = object_kind(v);
    w.key(std::to_string(o->serial)).begin_object();
    w.field("kind", kind).field("type", t->name).field("repr", short_repr(v, lim_.max_repr));
    auto items = [&](const char* name, const std::vector<Val>& list) {
        w.field("len", static_cast<uint64_t>(list.size()));
        w.key(name).begin_array();
        for (size_t i = 0; i < list.size() && i < lim_.max_items; ++i) ref(w, list[i]);
        w.end_array();
    };
    if (auto* l = dynamic_cast<ListObject*>(o)) {
        items("items", l->items);
    } else if (auto* tu = dynamic_cast<TupleObject*>(o)) {
        items("items", tu->items);
    } else if (auto* d = dynamic_cast<DictObject*>(o)) {
        w.field("len", static_cast<uint64_t>(d->size()));
        w.key("entries").begin_array();
        size_t n = 0;
        for (const auto& e : d->entries()) {
            if (e.key.is_null()) continue;
            if (n++ >= lim_.max_items) break;
            w.begin_array();
            ref(w, e.key);
            ref(w, e.value);
            w.end_array();
        }
        w.end_array();
    } else if (auto* s = dynamic_cast<SetObject*>(o)) {
        w.field("len", static_cast<uint64_t>(s->size()));
        w.key("items").begin_array();
        size_t n = 0;
        for (const auto& e : s->table()) {
            if (!e.is_active()) continue;
            if (n++ >= lim_.max_items) break;
            ref(w, e.key);
        }
        w.end_array();
    } else if (t == types().str) {
        w.field("len", static_cast<uint64_t>(static_cast<StrObject*>(o)->length()));
    } else if (t == types().bytes) {
        w.field("len", static_cast<uint64_t>(as_bytes(v)->view().size()));
    } else if (t == types().int_) {
        std::string digits = int_to_decimal(v);
        w.field("len", static_cast<uint64_t>(digits.size() - (digits[0] == '-' ? 1 : 0)));
    } else if (is_generator_object(v)) {
        auto* g = as_generator(v);
        w.field("name", g->name->view()).field("qualname", g->qualname->view());
        w.field("state", state_name(g->state));
        if (g->frame) {
            w.field("frame", g->frame->serial);
            w.field("line", g->frame->lasti < 0 ? g->frame->code->unit().firstlineno : g->frame->current_line());
        } else {
            w.null_field("frame");
        }
        w.key("delegate");
        ref(w, g->state == FrameState::Suspended ? g->delegate() : Value());
    } else if (auto* f = dynamic_cast<FunctionObject*>(o)) {
        const compile::CodeUnit& unit = f->code->unit();
        w.field("name", f->name->view()).field("qualname", f->qualname->view());
        code_field(w, unit);
        if (!f->closure.empty()) {
            w.key("closure").begin_object();
            for (size_t i = 0; i < f->closure.size() && i < unit.freevars.size(); ++i) {
                Value cell = f->closure[i];
                Value inner = cell.is_object() && type_of(cell) == types().cell
                                  ? static_cast<CellObject*>(cell.as_object())->contents.get()
                                  : cell;
                w.key(unit.freevars[i]);
                ref(w, inner);
            }
            w.end_object();
        }
    } else if (auto* m = dynamic_cast<MethodObject*>(o)) {
        w.key("function");
        ref(w, m->function);
        w.key("self");
        ref(w, m->self);
    } else if (auto* b = dynamic_cast<BuiltinFunctionObject*>(o)) {
        w.field("name", b->name);
        if (b->self) {
            w.key("self");
            ref(w, b->self);
        }
    } else if (t->is_subtype_of(types().type)) {
        auto* cls = static_cast<TypeObject*>(o);
        w.field("name", cls->name).field("qualname", cls->qualname).field("module", cls->module);
        w.key("bases").begin_array();
        for (const auto& base : cls->bases) w.value(base->name);
        w.end_array();
        w.key("attrs");
        if (cls->dict) {
            namespace_items(w, cls->dict.get());
        } else {
            w.begin_object().end_object();
        }
    } else if (auto* mod = dynamic_cast<ModuleObject*>(o)) {
        Value name = mod->dict ? dict_lookup(mod->dict.get(), "__name__") : Value();
        if (name && is_str(name)) w.field("name", as_str(name)->view());
    } else if (t->is_exception) {
        auto* e = static_cast<BaseExceptionObject*>(o);
        w.field("text", exception_text(v));
        w.key("args");
        if (e->args && is_tuple(e->args)) {
            w.begin_array();
            for (const auto& a : as_tuple(e->args)->items) ref(w, a);
            w.end_array();
        } else {
            w.null();
        }
    } else if (auto* c = dynamic_cast<CellObject*>(o)) {
        w.key("contents");
        ref(w, c->contents);
    } else if (auto* fr = dynamic_cast<FrameObject*>(o)) {
        w.field("frame", fr->serial);
    } else if (aio::is_future_iter(v)) {
        // What a coroutine awaiting a future is suspended in (its delegate).
        w.key("future");
        ref(w, aio::future_iter_future(v));
    }
    // Attributes in slots and a __dict__: instances, exceptions, functions,
    // subclasses of built-ins.
    if (!t->is_subtype_of(types().type) && !is_generator_object(v)) {
        auto* instance = dynamic_cast<InstanceObject*>(o);
        DictObject* d = instance_dict(v, false);
        if (instance || (d && d->size())) {
            w.key("attrs");
            namespace_items(w, d, instance);
        }
    }
    w.end_object();
}

void Builder::exception(JsonWriter& w, const ExceptionInfo& e) {
    w.begin_object();
    w.field("state", e.state).field("type", e.type).field("text", e.text);
    if (e.ref) {
        w.field("ref", e.ref);
    } else {
        w.null_field("ref");
    }
    if (e.state == "raised") w.field("caught", e.caught);
    w.key("traceback").begin_array();
    for (const auto& t : e.traceback) {
        w.begin_object().field("frame", t.frame).field("name", t.name).field("file", t.file).field("line", t.line);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

std::string Builder::build() {
    JsonWriter w;
    w.begin_object();
    w.field("version", kSnapshotVersion);
    w.field("step", in_.step);
    w.field("steps", in_.total_steps);
    w.field("status", in_.status);

    // The events of this step (the history may not cover it).
    w.key("events").begin_array();
    const Event* main_event = nullptr;
    if (in_.history) {
        const auto& events = in_.history->events();
        for (size_t i = in_.history->lower_bound(in_.step); i < events.size() && events[i].step == in_.step; ++i) {
            write_event_json(w, *in_.history, events[i]);
            if (!main_event || rank(events[i].kind) > rank(main_event->kind)) main_event = &events[i];
        }
    }
    w.end_array();
    w.key("event");
    if (main_event) {
        write_event_json(w, *in_.history, *main_event);
    } else {
        w.null();
    }

    // The instruction the step ran.
    const StepInstruction* ins = in_.instruction;
    if (ins && ins->known) {
        w.field("file", ins->file);
        w.field("line", ins->span.line).field("col", ins->span.col);
        w.field("endLine", ins->span.end_line).field("endCol", ins->span.end_col);
        w.key("instruction").begin_object();
        w.field("frame", ins->frame);
        if (ins->code >= 0) {
            w.field("code", ins->code);
        } else {
            w.null_field("code");
        }
        auto op = static_cast<compile::Op>(ins->op);
        w.field("offset", static_cast<uint64_t>(ins->index) * 2);
        w.field("opname", compile::opcode_name(op));
        if (compile::opcode_flags(op) & compile::kHasArg) {
            w.field("arg", ins->arg);
        } else {
            w.null_field("arg");
        }
        w.end_object();
    } else {
        w.null_field("file").null_field("line").null_field("col").null_field("endLine").null_field("endCol");
        w.null_field("instruction");
    }

    // The call stack, innermost first.
    // A built-in function still running sits right above the frame that
    // called it (the innermost such call belongs to the innermost caller).
    std::unordered_set<const FrameObject*> on_stack;
    w.key("frames").begin_array();
    static const std::vector<vm::Interpreter::NativeCall> no_calls;
    const auto& natives = in_.interp ? in_.interp->native_calls() : no_calls;
    size_t native = natives.size();
    for (FrameObject* f = in_.interp ? in_.interp->current_frame() : nullptr; f; f = f->back) {
        if (!on_stack.insert(f).second) break;  // never loop on a broken chain
        while (native > 0 && natives[native - 1].caller == f) {
            --native;
            uint64_t nth = 0;  // earlier native frames started in the same step
            for (size_t i = native; i > 0 && natives[i - 1].step == natives[native].step; --i) ++nth;
            native_frame(w, natives[native], nth);
        }
        frame(w, f);
    }
    w.end_array();

    // Frames of generators and coroutines that are not running.
    w.key("suspended").begin_array();
    size_t listed = 0;
    if (in_.interp) {
        for (GeneratorObject* g = in_.interp->context().oldest_generator; g; g = g->newer) {
            if (!g->frame || g->state == FrameState::Running || on_stack.count(g->frame.get())) continue;
            if (listed++ >= lim_.max_suspended) break;
            frame(w, g->frame.get());
            // The owner is part of the picture even if nothing else refers to it.
            if (seen_.insert(g).second) queue_.push_back(g);
        }
    }
    w.end_array();

    w.key("globals");
    if (in_.globals) {
        namespace_items(w, in_.globals);
    } else {
        w.begin_object().end_object();
    }

    w.key("exception");
    ExceptionInfo handled;
    if (in_.exception) {
        exception(w, *in_.exception);
        Value v = in_.exception_value;
        if (v && !is_inline(v) && seen_.insert(v.as_object()).second) queue_.push_back(v.as_object());
    } else if (Value h = in_.interp ? in_.interp->handled_exception() : Value(); h) {
        handled = describe_exception(h, "handled");
        exception(w, handled);
        if (is_inline(h) == false && seen_.insert(h.as_object()).second) queue_.push_back(h.as_object());
    } else {
        w.null();
    }

    w.key("loop");
    loop(w);
    w.key("output").begin_object().field("length", static_cast<uint64_t>(in_.output_length));
    w.field("bytes", static_cast<uint64_t>(in_.output_bytes)).end_object();

    // The heap the above reaches, breadth first.
    w.key("objects").begin_object();
    size_t written = 0;
    while (!queue_.empty()) {
        Object* o = queue_.front();
        queue_.pop_front();
        if (written >= lim_.max_objects) {
            ++omitted_;
            continue;
        }
        ++written;
        object_entry(w, o);
    }
    w.end_object();
    w.field("omitted", static_cast<uint64_t>(omitted_));
    w.end_object();
    return w.take();
}

}  // namespace

ExceptionInfo describe_exception(Value exc, const char* state) {
    ExceptionInfo info;
    info.state = state;
    if (!exc) return info;
    TypeObject* t = type_of(exc);
    info.type = t->name;
    info.text = exception_text(exc);
    info.ref = exc.is_object() ? exc.as_object()->serial : 0;
    if (t->is_exception) {
        for (TracebackObject* tb = static_cast<BaseExceptionObject*>(exc.as_object())->traceback.get(); tb;
             tb = tb->next.get()) {
            if (!tb->frame) continue;
            const compile::CodeUnit& unit = tb->frame->code->unit();
            info.traceback.push_back({tb->frame->serial, unit.qualname, unit.filename, tb->lineno});
        }
    }
    return info;
}

std::string build_snapshot(const SnapshotInput& in) { return Builder(in).build(); }

void Seeker::aim(uint64_t first, uint64_t last, CaptureFn capture) {
    first_ = first;
    last_ = last;
    capture_ = std::move(capture);
    noted_ = false;
    captured_any_ = false;
    has_exception_ = false;
    exception_object_ = nullptr;
}

void Seeker::note(FrameObject* frame, uint64_t step) {
    const compile::CodeUnit& unit = frame->code->unit();
    instruction_ = StepInstruction{};
    instruction_.frame = frame->serial;
    if (frame->ip < unit.code.size()) {
        instruction_.known = true;
        instruction_.code = code_index_ ? code_index_(&unit) : -1;
        instruction_.file = unit.filename;
        instruction_.span = unit.positions[frame->ip];
        instruction_.index = frame->ip;
        instruction_.op = static_cast<uint8_t>(unit.code[frame->ip].op());
        instruction_.arg = unit.code[frame->ip].arg();
    }
    noted_ = true;
    noted_step_ = step;
    has_exception_ = false;
    exception_object_ = nullptr;
}

void Seeker::capture_noted() {
    noted_ = false;
    captured_any_ = true;
    captured_up_to_ = noted_step_;
    if (capture_) capture_(noted_step_);
}

uint64_t Seeker::on_instruction(FrameObject* frame, uint64_t step) {
    // Right after a watched step: its snapshot.
    if (noted_ && step == noted_step_ + 1) capture_noted();
    if (step < first_) return first_;
    if (step > last_) return UINT64_MAX;
    note(frame, step);
    return step + 1;
}

void Seeker::run_ended(uint64_t steps) {
    if (noted_ && steps == noted_step_ + 1) capture_noted();
}

void Seeker::on_exception(FrameObject*, Value exc) {
    if (!watching()) return;
    exception_ = describe_exception(exc, "raised");
    exception_object_ = exc.is_object() ? exc.as_object() : nullptr;
    has_exception_ = true;
}

Value Seeker::live_exception(vm::Interpreter& interp) const {
    if (!has_exception_ || !exception_object_) return Value();
    auto is_it = [&](Value v) { return v.is_object() && v.as_object() == exception_object_; };
    if (is_it(interp.context().peek_error())) return interp.context().peek_error();
    if (is_it(interp.handled_exception())) return interp.handled_exception();
    int depth = 0;
    for (FrameObject* f = interp.current_frame(); f && depth < 10000; f = f->back, ++depth) {
        Val* base = f->stack_base();
        for (uint32_t i = 0; i < f->stack_depth && i < f->code->unit().stacksize; ++i)
            if (is_it(base[i])) return base[i];
    }
    return Value();
}

void Seeker::on_handled(FrameObject*, Value exc) {
    if (!watching() || !has_exception_) return;
    exception_.caught = true;
}

void Seeker::on_unwind(FrameObject*, Value exc) {
    if (!watching() || !has_exception_) return;
    exception_.caught = false;
}

}  // namespace ys::trace
