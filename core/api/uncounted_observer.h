// Runs the inspector's observers outside the memory cap (util/memory.h): what
// the recorder and the seeker allocate while a replay runs (the history, the
// snapshots) must not be charged to the replay, or it would reach its cap at
// another step than the run it replays.
#pragma once

#include "objects/context.h"
#include "util/memory.h"
#include "vm/observer.h"

namespace ys::api {

class UncountedObserver : public vm::Observer, public objects::LoopEventSink {
public:
    // Either may be null (the seeker hears no loop events).
    UncountedObserver(vm::Observer* observer, objects::LoopEventSink* loop_events)
        : observer_(observer), loop_events_(loop_events) {}

    uint64_t on_instruction(objects::FrameObject* frame, uint64_t step) override {
        util::UncountedScope u;
        return observer_->on_instruction(frame, step);
    }
    void on_call(objects::FrameObject* frame) override {
        util::UncountedScope u;
        observer_->on_call(frame);
    }
    void on_return(objects::FrameObject* frame, objects::Value value) override {
        util::UncountedScope u;
        observer_->on_return(frame, value);
    }
    void on_yield(objects::FrameObject* frame, objects::Value value) override {
        util::UncountedScope u;
        observer_->on_yield(frame, value);
    }
    void on_resume(objects::FrameObject* frame, objects::Value sent, bool thrown) override {
        util::UncountedScope u;
        observer_->on_resume(frame, sent, thrown);
    }
    void on_exception(objects::FrameObject* frame, objects::Value exc) override {
        util::UncountedScope u;
        observer_->on_exception(frame, exc);
    }
    void on_handled(objects::FrameObject* frame, objects::Value exc) override {
        util::UncountedScope u;
        observer_->on_handled(frame, exc);
    }
    void on_unwind(objects::FrameObject* frame, objects::Value exc) override {
        util::UncountedScope u;
        observer_->on_unwind(frame, exc);
    }
    void on_gen_created(objects::GeneratorObject* gen) override {
        util::UncountedScope u;
        observer_->on_gen_created(gen);
    }
    void on_gen_state(objects::GeneratorObject* gen, objects::FrameState from) override {
        util::UncountedScope u;
        observer_->on_gen_state(gen, from);
    }
    void on_gen_finalize(objects::GeneratorObject* gen) override {
        util::UncountedScope u;
        observer_->on_gen_finalize(gen);
    }
    void on_output(bool is_stderr, std::string_view text) override {
        util::UncountedScope u;
        observer_->on_output(is_stderr, text);
    }
    void on_runtime_event(std::string_view kind, const vm::EventField* fields, size_t count) override {
        util::UncountedScope u;
        observer_->on_runtime_event(kind, fields, count);
    }
    void on_loop_event(std::string_view kind, objects::Value subject, std::string_view detail,
                       double clock) override {
        util::UncountedScope u;
        loop_events_->on_loop_event(kind, subject, detail, clock);
    }

private:
    vm::Observer* observer_;
    objects::LoopEventSink* loop_events_;
};

}  // namespace ys::api
