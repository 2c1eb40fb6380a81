// Moving through a recorded run: to the next or previous line, over a call or
// a suspension of the current frame, out of it, to the next or previous event
// of a kind. Every answer is a step index of the run, found in the History
// alone (no replay); the caller then seeks there.
#pragma once

#include <cstdint>
#include <string_view>

#include "trace/history.h"

namespace ys::trace {

// What "none" looks like: there is no such step.
constexpr uint64_t kNoStep = UINT64_MAX;

// The first step after `step` that starts a line (in any frame).
uint64_t next_line(const History& h, uint64_t step);
// The last step before `step` that starts a line.
uint64_t prev_line(const History& h, uint64_t step);
// Where frame `frame` (the frame that ran `step`) next starts a line, skipping
// everything that runs in other frames meanwhile: calls it makes and, when it
// suspends at a yield or an await, whatever runs until it is resumed. If the
// frame finishes first, the step right after it finished. kNoStep if neither
// happens in the recorded run.
uint64_t step_over(const History& h, uint64_t step, uint32_t frame);
// The step right after `frame` next returns, raises out, or yields. kNoStep if
// it never does in the recorded run.
uint64_t step_out(const History& h, uint64_t step, uint32_t frame);
// The next / previous step with an event of `kind` (an event kind name as in
// the JSON: "yield", "resume", "exception", "output", ... or a runtime event's name).
uint64_t next_event(const History& h, uint64_t step, std::string_view kind);
uint64_t prev_event(const History& h, uint64_t step, std::string_view kind);

// The name an event has in the JSON ("line", "yield", ..., a runtime event's own name).
std::string_view event_name(const History& h, const Event& e);

}  // namespace ys::trace
