// Navigation over a recorded run (see navigate.h).
#include "trace/navigate.h"

namespace ys::trace {

std::string_view event_name(const History& h, const Event& e) {
    if (e.kind != EventKind::Runtime) return event_kind_name(e.kind);
    std::string_view text = h.text(e);
    return text.substr(0, text.find('\0'));
}

uint64_t next_line(const History& h, uint64_t step) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step + 1); i < events.size(); ++i)
        if (events[i].kind == EventKind::Line) return events[i].step;
    return kNoStep;
}

uint64_t prev_line(const History& h, uint64_t step) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step); i-- > 0;)
        if (events[i].kind == EventKind::Line) return events[i].step;
    return kNoStep;
}

uint64_t step_over(const History& h, uint64_t step, uint32_t frame) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step); i < events.size(); ++i) {
        const Event& e = events[i];
        if (e.frame != frame) continue;
        if (e.kind == EventKind::Line && e.step > step) return e.step;
        if (e.kind == EventKind::Return || e.kind == EventKind::Unwind) return e.step + 1;
    }
    return kNoStep;
}

uint64_t step_out(const History& h, uint64_t step, uint32_t frame) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step); i < events.size(); ++i) {
        const Event& e = events[i];
        if (e.frame != frame) continue;
        if (e.kind == EventKind::Return || e.kind == EventKind::Unwind || e.kind == EventKind::Yield)
            return e.step + 1;
    }
    return kNoStep;
}

uint64_t next_event(const History& h, uint64_t step, std::string_view kind) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step + 1); i < events.size(); ++i)
        if (event_name(h, events[i]) == kind) return events[i].step;
    return kNoStep;
}

uint64_t prev_event(const History& h, uint64_t step, std::string_view kind) {
    const auto& events = h.events();
    for (size_t i = h.lower_bound(step); i-- > 0;)
        if (event_name(h, events[i]) == kind) return events[i].step;
    return kNoStep;
}

}  // namespace ys::trace
