// The event loop core (see loop_core.h). Mirrors BaseEventLoop._run_once of
// CPython 3.11, with the selector wait replaced by a jump of the virtual clock.
#include "asyncio/loop_core.h"

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "runtime/module_support.h"

namespace ys::aio {

using namespace objects;

namespace {

// BaseEventLoop's constants: rebuild the heap when more than this many timers
// are scheduled and more than this fraction of them are cancelled.
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
// loop._clock_resolution as the virtual clock defines it.
constexpr double kClockResolution = 1e-9;

uint64_t next_loop_tag = 1;

std::string timer_detail(const HandleObject* h) {
    return "when=" + float_repr(h->when) + " " + describe_callback(h->callback, h->args);
}

}  // namespace

// Only the inspector's replays describe loop actions (the run the user drives
// has no listener), so the descriptions are built outside the memory cap:
// charged, they would make the replays reach it at another step.
void report_loop_event(std::string_view kind, Value subject, std::string_view detail) {
    if (LoopEventSink* sink = cx().loop_events) sink->on_loop_event(kind, subject, detail, cx().virtual_time);
}

LoopCore::LoopCore(TypeObject* t) : Object(t), tasks(new_dict()), tag(next_loop_tag++) {}

LoopCore::~LoopCore() { clear(); }

void LoopCore::traverse(Visitor& v) {
    for (auto& h : ready_) v.visit(h.get());
    for (auto& t : heap_) v.visit(t.handle.get());
    runtime::visit_val(v, current_task);
    if (tasks) v.visit(tasks.get());
    runtime::visit_val(v, future_class);
    runtime::visit_val(v, task_class);
}

void LoopCore::clear_refs() {
    clear();
    current_task.reset();
    future_class.reset();
    task_class.reset();
}

double LoopCore::time() const { return cx().virtual_time; }

void LoopCore::schedule(Ref<HandleObject> h) {
    if (cx().loop_events) {
        util::UncountedScope uncounted;  // see report_loop_event
        report_loop_event("handle_scheduled", h.get(), describe_callback(h->callback, h->args));
    }
    ready_.push_back(std::move(h));
}

void LoopCore::push_timer(Ref<HandleObject> h) {
    h->scheduled = true;
    h->core = Ref<LoopCore>::borrow(this);
    if (cx().loop_events) {
        util::UncountedScope uncounted;  // see report_loop_event
        report_loop_event("timer_pushed", h.get(), timer_detail(h.get()));
    }
    heap_push(std::move(h));
}

void LoopCore::clear() {
    // Handles can hold the last reference to objects with finalisers: drop
    // them one at a time from containers that are already detached.
    std::deque<Ref<HandleObject>> ready;
    ready.swap(ready_);
    std::vector<Timer> heap;
    heap.swap(heap_);
    for (auto& t : heap) t.handle->core.reset();
    while (!ready.empty()) ready.pop_front();
    while (!heap.empty()) heap.pop_back();
    timer_cancelled_count_ = 0;
}

// ------------------------------------------------------------ heapq's order

void LoopCore::sift_down(size_t start, size_t pos) {
    Timer item = std::move(heap_[pos]);
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (item.when < heap_[parent].when) {
            heap_[pos] = std::move(heap_[parent]);
            pos = parent;
            continue;
        }
        break;
    }
    heap_[pos] = std::move(item);
}

void LoopCore::sift_up(size_t pos) {
    size_t end = heap_.size();
    size_t start = pos;
    Timer item = std::move(heap_[pos]);
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end && !(heap_[child].when < heap_[right].when)) child = right;
        heap_[pos] = std::move(heap_[child]);
        pos = child;
        child = 2 * pos + 1;
    }
    heap_[pos] = std::move(item);
    sift_down(start, pos);
}

void LoopCore::heap_push(Ref<HandleObject> h) {
    double when = h->when;
    heap_.push_back(Timer{when, std::move(h)});
    sift_down(0, heap_.size() - 1);
}

Ref<HandleObject> LoopCore::heap_pop() {
    Timer last = std::move(heap_.back());
    heap_.pop_back();
    if (heap_.empty()) return std::move(last.handle);
    Ref<HandleObject> top = std::move(heap_[0].handle);
    heap_[0] = std::move(last);
    sift_up(0);
    return top;
}

void LoopCore::heapify() {
    for (size_t i = heap_.size() / 2; i-- > 0;) sift_up(i);
}

// ------------------------------------------------------------ _run_once

bool LoopCore::run_once() {
    NativeFrameScope frame(cx().hooks(), "BaseEventLoop._run_once", Value());
    size_t scheduled = heap_.size();
    if (scheduled > kMinScheduledTimerHandles &&
        static_cast<double>(timer_cancelled_count_) / static_cast<double>(scheduled) >
            kMinCancelledTimerHandlesFraction) {
        std::vector<Timer> kept;
        for (auto& t : heap_) {
            if (t.handle->cancelled) {
                t.handle->scheduled = false;
                t.handle->core.reset();
            } else {
                kept.push_back(std::move(t));
            }
        }
        heap_.swap(kept);
        heapify();
        timer_cancelled_count_ = 0;
        while (!kept.empty()) kept.pop_back();
    } else {
        while (!heap_.empty() && heap_[0].handle->cancelled) {
            --timer_cancelled_count_;
            Ref<HandleObject> h = heap_pop();
            if (cx().loop_events) report_loop_event("timer_dropped", h.get(), h->description);
            h->scheduled = false;
            h->core.reset();
        }
    }

    // The selector wait: nothing to wait for when callbacks are ready or the
    // loop is stopping; otherwise the clock jumps to the earliest deadline.
    if (ready_.empty() && !stopping_) {
        if (heap_.empty()) {
            raise(exc_types().runtime_error,
                  "event loop deadlock: nothing is ready to run, no timer is scheduled "
                  "and the loop was not stopped, so it would wait forever");
            return false;
        }
        double when = heap_[0].when;
        if (when > cx().virtual_time) {
            double before = cx().virtual_time;
            cx().virtual_time = when;
            cx().virtual_time_is_int = is_int(heap_[0].handle->when_value);
            if (cx().loop_events) {
                util::UncountedScope uncounted;  // see report_loop_event
                report_loop_event("clock_advanced", Value(), float_repr(before) + " -> " + float_repr(when));
            }
        }
    }

    double end_time = cx().virtual_time + kClockResolution;
    while (!heap_.empty()) {
        if (heap_[0].when >= end_time) break;
        Ref<HandleObject> h = heap_pop();
        h->scheduled = false;
        h->core.reset();
        if (cx().loop_events) {
            util::UncountedScope uncounted;  // see report_loop_event
            report_loop_event("timer_fired", h.get(), timer_detail(h.get()));
        }
        ready_.push_back(std::move(h));
    }

    // Exactly the handles ready now; those they schedule wait for the next round.
    size_t todo = ready_.size();
    for (size_t i = 0; i < todo && !ready_.empty(); ++i) {
        Ref<HandleObject> h = std::move(ready_.front());
        ready_.pop_front();
        if (h->cancelled) continue;
        if (cx().loop_events) {
            util::UncountedScope uncounted;  // see report_loop_event
            report_loop_event("handle_run", h.get(), describe_callback(h->callback, h->args));
        }
        if (!run_handle(h.get())) return false;
    }
    return true;
}

bool LoopCore::run_until_stopped() {
    for (;;) {
        if (!run_once()) return false;
        if (stopping_) return true;
    }
}

// ------------------------------------------------------------ the loop object, tasks

namespace {

// The loop's `_core`: straight from its __dict__, where BaseEventLoop.__init__
// puts it, when nothing on its class can answer first; else through get_attr
// (`missing_is_error`) or lookup_attr. Null for a value that is no loop core.
LoopCore* read_loop_core(Value loop, bool missing_is_error) {
    StrObject* name = intern_literal("_core");
    TypeObject* t = type_of(loop);
    if (t->getattr == generic_getattr && !t->lookup(name)) {
        DictObject* d = instance_dict(loop, false);
        Value core = d ? d->get_str(name) : Value();
        if (core && type_of(core) == loop_core_type()) return static_cast<LoopCore*>(core.as_object());
    }
    Val core = missing_is_error ? get_attr(loop, name) : lookup_attr(loop, name);
    if (!core || type_of(core) != loop_core_type()) return nullptr;
    return static_cast<LoopCore*>(core.get().as_object());  // the loop keeps it alive
}

}  // namespace

LoopCore* loop_core_of(Value loop) {
    LoopCore* core = read_loop_core(loop, true);
    if (!core && !cx().has_error()) raise_type_error("the loop has no loop core");
    return core;
}

LoopCore* find_loop_core(Value loop) { return read_loop_core(loop, false); }

namespace {

// Raises CPython's RuntimeError, or whatever a repr() it needs raised.
void task_error(const char* before, Value task, const char* middle, Value current, const char* after) {
    std::string task_text, current_text;
    if (!repr_text(task, &task_text) || !repr_text(current, &current_text)) return;
    raise(exc_types().runtime_error, before + task_text + middle + current_text + after);
}

}  // namespace

bool enter_task(LoopCore* core, Value task) {
    if (core->current_task) {
        task_error("Cannot enter into task ", task, " while another task ", core->current_task,
                   " is being executed.");
        return false;
    }
    core->current_task = Val::borrow(task);
    return true;
}

bool leave_task(LoopCore* core, Value task) {
    Value current = core->current_task ? core->current_task.get() : none();
    if (current != task) {
        task_error("Leaving task ", task, " does not match the current task ", current, ".");
        return false;
    }
    core->current_task = Val();
    return true;
}

}  // namespace ys::aio
