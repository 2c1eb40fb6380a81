// The JavaScript face of api::Session (Embind): translation only, no logic.
// Strings, numbers, booleans and plain objects cross; a C++ exception becomes a thrown JS Error.
// Snapshots, event lists and the dis listing cross as JSON strings (docs/trace-format.md).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <cstdint>
#include <exception>
#include <string>
#include <utility>

#include "api/session.h"

using emscripten::val;

namespace {

// Runs `f`, turning any C++ exception into a JS Error carrying its message. The JS
// throw happens outside the catch block so the C++ exception is fully released first.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
    std::string message;
    try {
        return std::forward<F>(f)();
    } catch (const std::exception& e) {
        message = e.what();
    } catch (...) {
        message = "unknown C++ exception";
    }
    val::global("Error").new_(val("yieldscope: " + message)).throw_();
}

// JS numbers are doubles; step counts are uint64. Negative and NaN become 0 (for run():
// no slice limit), Infinity and anything past 2^64 the largest count.
uint64_t to_steps(double n) {
    if (!(n > 0)) return 0;
    if (n >= 18446744073709551615.0) return UINT64_MAX;
    return static_cast<uint64_t>(n);
}

// Byte counts the same way; past what size_t holds (wasm32), the largest.
size_t to_bytes(double n) {
    uint64_t v = to_steps(n);
    return v > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(v);
}

class JsSession {
public:
    explicit JsSession(ys::api::SessionOptions options) : session_(options) {}

    // new Session(): the defaults of SessionOptions.
    static JsSession* make_default() {
        return guarded([] { return new JsSession(ys::api::SessionOptions{}); });
    }

    // new Session(errorLineOnStdout, stepBudget)
    static JsSession* make(bool error_line_on_stdout, double step_budget) {
        return guarded([&] {
            ys::api::SessionOptions options;
            options.error_line_on_stdout = error_line_on_stdout;
            options.step_budget = to_steps(step_budget);
            return new JsSession(options);
        });
    }

    // new Session(errorLineOnStdout, stepBudget, outputLimit)
    static JsSession* make_limited(bool error_line_on_stdout, double step_budget, double output_limit) {
        return guarded([&] {
            ys::api::SessionOptions options;
            options.error_line_on_stdout = error_line_on_stdout;
            options.step_budget = to_steps(step_budget);
            options.output_limit = static_cast<size_t>(to_steps(output_limit));
            return new JsSession(options);
        });
    }

    // new Session(errorLineOnStdout, stepBudget, outputLimit, maxMemory)
    static JsSession* make_capped(bool error_line_on_stdout, double step_budget, double output_limit,
                                  double max_memory) {
        return guarded([&] {
            ys::api::SessionOptions options;
            options.error_line_on_stdout = error_line_on_stdout;
            options.step_budget = to_steps(step_budget);
            options.output_limit = static_cast<size_t>(to_steps(output_limit));
            options.max_memory = to_bytes(max_memory);
            return new JsSession(options);
        });
    }

    // -> {ok: true} or {ok: false, error: {type, message, line, col, endLine, endCol}}
    val load(const std::string& source, const std::string& filename) {
        return guarded([&] {
            const ys::api::LoadResult r = session_.load(source, filename);
            val result = val::object();
            result.set("ok", r.ok);
            if (!r.ok) {
                val error = val::object();
                error.set("type", r.error_type);
                error.set("message", r.message);
                error.set("line", r.line);
                error.set("col", r.col);
                error.set("endLine", r.end_line);
                error.set("endCol", r.end_col);
                result.set("error", error);
            }
            return result;
        });
    }

    // -> {status: "finished" | "paused" | "limit" | "error", steps}
    val run(double max_steps) {
        return guarded([&] {
            const ys::api::RunResult r = session_.run(to_steps(max_steps));
            val result = val::object();
            result.set("status", std::string(ys::api::run_status_name(r.status)));
            result.set("steps", static_cast<double>(r.steps));
            return result;
        });
    }

    double step_count() const {
        return guarded([&] { return static_cast<double>(session_.step_count()); });
    }
    std::string stdout_text() const { return guarded([&] { return session_.stdout_text(); }); }
    std::string stderr_text() const { return guarded([&] { return session_.stderr_text(); }); }
    int exit_status() const { return guarded([&] { return session_.exit_status(); }); }
    std::string dis_json() const { return guarded([&] { return session_.dis_json(); }); }
    std::string dis_text() const { return guarded([&] { return session_.dis(); }); }

    // -> {used, peak, limit}: the run's memory, in bytes
    val memory() const {
        return guarded([&] {
            const ys::api::MemoryStats m = session_.memory();
            val result = val::object();
            result.set("used", static_cast<double>(m.used));
            result.set("peak", static_cast<double>(m.peak));
            result.set("limit", static_cast<double>(m.limit));
            return result;
        });
    }

    // The inspector: positions are step numbers (-1 before anything ran).
    double position() const {
        return guarded([&] { return static_cast<double>(session_.position()); });
    }
    double seek(double step) {
        return guarded([&] { return static_cast<double>(session_.seek(to_steps(step))); });
    }
    bool prepare(double max_steps) { return guarded([&] { return session_.prepare(to_steps(max_steps)); }); }
    std::string snapshot() { return guarded([&] { return session_.snapshot(); }); }
    std::string output() { return guarded([&] { return session_.output_at_position(); }); }
    std::string events(double from, double to) {
        return guarded([&] { return session_.events_json(to_steps(from), to_steps(to)); });
    }
    double step_forward() { return guarded([&] { return static_cast<double>(session_.step_forward()); }); }
    double step_back() { return guarded([&] { return static_cast<double>(session_.step_back()); }); }
    double next_line() { return guarded([&] { return static_cast<double>(session_.next_line()); }); }
    double prev_line() { return guarded([&] { return static_cast<double>(session_.prev_line()); }); }
    double step_over() { return guarded([&] { return static_cast<double>(session_.step_over()); }); }
    double step_out() { return guarded([&] { return static_cast<double>(session_.step_out()); }); }
    double next_event(const std::string& kind) {
        return guarded([&] { return static_cast<double>(session_.next_event(kind)); });
    }
    double prev_event(const std::string& kind) {
        return guarded([&] { return static_cast<double>(session_.prev_event(kind)); });
    }

    // -> {historyBytes, historyEvents, historyTruncatedAt, replays, checkpoints, replayedSteps, lastSnapshotMs,
    //     lastSeekMs, replayMemoryPeak}
    val stats() {
        return guarded([&] {
            const ys::api::InspectorStats s = session_.stats();
            val result = val::object();
            result.set("historyBytes", static_cast<double>(s.history_bytes));
            result.set("historyEvents", static_cast<double>(s.history_events));
            result.set("historyTruncatedAt", static_cast<double>(s.history_truncated_at));
            result.set("replays", static_cast<double>(s.replays));
            result.set("checkpoints", static_cast<double>(s.checkpoints));
            result.set("replayedSteps", static_cast<double>(s.replayed_steps));
            result.set("lastSnapshotMs", s.last_snapshot_ms);
            result.set("lastSeekMs", s.last_seek_ms);
            result.set("replayMemoryPeak", static_cast<double>(s.replay_memory_peak));
            return result;
        });
    }

private:
    ys::api::Session session_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(yieldscope) {
    emscripten::class_<JsSession>("Session")
        .constructor(&JsSession::make_default)
        .constructor(&JsSession::make)
        .constructor(&JsSession::make_limited)
        .constructor(&JsSession::make_capped)
        .function("load", &JsSession::load)
        .function("run", &JsSession::run)
        .function("stepCount", &JsSession::step_count)
        .function("stdoutText", &JsSession::stdout_text)
        .function("stderrText", &JsSession::stderr_text)
        .function("output", &JsSession::output)
        .function("exitStatus", &JsSession::exit_status)
        .function("dis", &JsSession::dis_json)
        .function("disText", &JsSession::dis_text)
        .function("memory", &JsSession::memory)
        .function("position", &JsSession::position)
        .function("seek", &JsSession::seek)
        .function("prepare", &JsSession::prepare)
        .function("snapshot", &JsSession::snapshot)
        .function("events", &JsSession::events)
        .function("stepForward", &JsSession::step_forward)
        .function("stepBack", &JsSession::step_back)
        .function("nextLine", &JsSession::next_line)
        .function("prevLine", &JsSession::prev_line)
        .function("stepOver", &JsSession::step_over)
        .function("stepOut", &JsSession::step_out)
        .function("nextEvent", &JsSession::next_event)
        .function("prevEvent", &JsSession::prev_event)
        .function("stats", &JsSession::stats);
}
