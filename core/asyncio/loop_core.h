// The core of an asyncio event loop (BaseEventLoop's _ready, _scheduled and
// _run_once) on the session's virtual clock. The Python loop class
// (runtime/pylib/asyncio__base_events.py) keeps the policy — checks, futures,
// tasks, hooks — and hands scheduling to this object.
//
// The timer heap is a binary heap with exactly heapq's sift order, comparing
// deadlines only, so timers with equal deadlines come out in CPython's order
// (not first-in-first-out).
#pragma once

#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "asyncio/handle.h"
#include "objects/object.h"

namespace ys::aio {

class LoopCore : public objects::Object {
public:
    explicit LoopCore(objects::TypeObject* t);
    ~LoopCore() override;
    void traverse(objects::Visitor& v) override;
    // What close() forgets, and the current task.
    void clear_refs() override;

    // call_soon: appended to the ready deque.
    void schedule(objects::Ref<HandleObject> h);
    // call_at: pushed on the timer heap.
    void push_timer(objects::Ref<HandleObject> h);
    // A scheduled timer was cancelled (it stays in the heap until dropped).
    void timer_cancelled() { ++timer_cancelled_count_; }

    // One _run_once: drop cancelled timers, wait (jump the clock to the next
    // deadline when nothing is ready), move due timers to ready, run exactly
    // the handles ready now. False with an exception pending when one must
    // leave the loop, or on a deadlock (nothing ready, no timers, not stopping).
    [[nodiscard]] bool run_once();
    // run_forever's loop: run_once until stop() was called.
    [[nodiscard]] bool run_until_stopped();
    void stop() { stopping_ = true; }
    bool stopping() const { return stopping_; }
    void clear_stopping() { stopping_ = false; }
    // close(): forgets every handle.
    void clear();

    const std::deque<objects::Ref<HandleObject>>& ready() const { return ready_; }
    // A timer in the heap with its deadline beside it: the sifts compare
    // deadlines only, and reading them here spares a visit to each handle
    // (a cache miss apiece with tens of thousands of timers).
    struct Timer {
        double when;
        objects::Ref<HandleObject> handle;
    };
    const std::vector<Timer>& timers() const { return heap_; }
    double time() const;

    // The task that is running a step (asyncio.current_task), or null.
    objects::Val current_task;
    // The loop's tasks not yet done, in creation order (asyncio.all_tasks):
    // task -> None. CPython keeps a weak set; a task leaves when it finishes.
    objects::Ref<objects::DictObject> tasks;
    // Ids of this loop's live async generators (loop._asyncgens), see asyncio_module.cpp.
    uint64_t tag;
    // asyncio.Future and asyncio.Task, as the loop's Python side made the core
    // (LoopCore(Future, Task)): the futures whose state the core may read and
    // change without calling their methods (future_ops.h). Null: none.
    objects::Val future_class;
    objects::Val task_class;

private:
    void heap_push(objects::Ref<HandleObject> h);
    objects::Ref<HandleObject> heap_pop();  // the earliest
    void heapify();
    void sift_down(size_t start, size_t pos);
    void sift_up(size_t pos);

    std::deque<objects::Ref<HandleObject>> ready_;
    std::vector<Timer> heap_;
    int64_t timer_cancelled_count_ = 0;
    bool stopping_ = false;
};

objects::TypeObject* loop_core_type();

// The loop core of a Python loop object (its `_core`), or null with an
// exception pending.
LoopCore* loop_core_of(objects::Value loop);
// The same, or null without an exception for a loop that has none.
LoopCore* find_loop_core(objects::Value loop);

// asyncio's _enter_task/_leave_task: sets and clears the loop's running task,
// with CPython's RuntimeError when another task runs or a different one leaves.
[[nodiscard]] bool enter_task(LoopCore* core, objects::Value task);
[[nodiscard]] bool leave_task(LoopCore* core, objects::Value task);

// Tells the inspector (cx().loop_events) about a loop action, if it watches.
void report_loop_event(std::string_view kind, objects::Value subject, std::string_view detail);

}  // namespace ys::aio
