// The one facade over the interpreter, used by the native CLI and by bindings/.
// A Session owns everything of one program run: its VM, its heap, its output.
// No process-global state: two Sessions are fully independent.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace ys::api {

// Where a compile error was found (a SyntaxError and its subclasses).
struct LoadResult {
    bool ok = true;
    std::string error_type;  // "SyntaxError", "IndentationError", "TabError"
    std::string message;
    int line = 0;      // 1-based
    int col = 0;       // 0-based, in code points
    int end_line = 0;
    int end_col = 0;
};

enum class RunStatus {
    Finished,  // the program ran to its end (normally or by SystemExit)
    Paused,    // run(max_steps) used up its slice; call run() again to go on
    Limit,     // the session's total step budget is spent: "stopped after N steps"
    Error,     // an uncaught exception ended the program (traceback written)
};

struct RunResult {
    RunStatus status = RunStatus::Finished;
    uint64_t steps = 0;  // instructions executed since load()
};

const char* run_status_name(RunStatus s);

struct SessionOptions {
    // The corpus convention: instead of a traceback on stderr, write only the
    // traceback's last line, on stdout, at the moment the traceback is printed.
    bool error_line_on_stdout = false;
    // Total instructions a run may execute before it stops with RunStatus::Limit.
    uint64_t step_budget = 10'000'000;
    // Bytes of output (stdout and stderr together) a run may write; the write
    // that crosses it is cut and the run stops with RunStatus::Limit.
    size_t output_limit = 4 << 20;
    // Bytes the inspector's history of the run may take; past them, later
    // steps have no recorded events (seeking still works).
    size_t history_limit = size_t(256) << 20;
    // Bytes the program may allocate (its objects and everything the
    // interpreter allocates for it); past them it gets a MemoryError, and the
    // session stays usable. 0: no cap. The wasm module is capped lower than
    // the native build, so that the inspector's replays fit in the tab.
#ifdef __EMSCRIPTEN__
    static constexpr size_t kDefaultMaxMemory = size_t(256) << 20;
#else
    static constexpr size_t kDefaultMaxMemory = size_t(1) << 30;
#endif
    size_t max_memory = kDefaultMaxMemory;
};

// The memory the run has charged to its cap (SessionOptions::max_memory).
struct MemoryStats {
    size_t used = 0;   // bytes allocated now
    size_t peak = 0;   // the most it has been
    size_t limit = 0;  // the cap
};

// Receives output as it is written, for hosts that stream it (the CLI).
class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual void write(bool is_stderr, std::string_view text) = 0;
};

// Figures about the inspector's work, for measurements and tests.
struct InspectorStats {
    size_t history_bytes = 0;    // the recorded events
    size_t history_events = 0;
    int64_t history_truncated_at = -1;  // the first step without events (the history is capped), or -1
    uint64_t replays = 0;        // seeks that replayed from the start
    size_t checkpoints = 0;      // replays parked part-way through the run (see prepare())
    uint64_t replayed_steps = 0; // instructions run by seeks
    double last_snapshot_ms = 0; // building the last snapshot (its JSON), replay excluded
    double last_seek_ms = 0;     // the last seek that was not already cached, replay included
    // The most memory the replay that recorded the history held: the same as
    // the run's own peak (MemoryStats::peak), or the replays are not faithful.
    size_t replay_memory_peak = 0;
};

class Session {
public:
    explicit Session(SessionOptions options = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Compiles `source` as the module `__main__` from file `filename`.
    // On a compile error the traceback (or error line) is already written.
    LoadResult load(std::string_view source, std::string_view filename = "main.py");

    // Runs at most `max_steps` more instructions (0 = until the end or the budget).
    RunResult run(uint64_t max_steps = 0);

    uint64_t step_count() const;

    const std::string& stdout_text() const;
    const std::string& stderr_text() const;
    const std::string& output() const;  // stdout and stderr interleaved as written

    // The process exit status CPython would give: 0, 1 after an uncaught
    // exception or a SyntaxError, or SystemExit's code.
    int exit_status() const;

    // A CPython-style `dis` listing of every code object of the loaded program.
    std::string dis() const;
    // The same as JSON (docs/trace-format.md).
    std::string dis_json() const;

    void set_output_sink(OutputSink* sink);

    // The live run's memory, for the page and for tests.
    MemoryStats memory() const;

    // --- The inspector (docs/trace-format.md) ------------------------------
    // Steps are the instructions of the run, numbered from 0; the inspector
    // stands at one of them and shows the machine as it was right after it.
    // It replays the program to get there, so it works in any order.

    // The step the inspector stands at: after a run, its last step. -1 before
    // anything ran.
    int64_t position() const;
    // Moves to the state right after step `step` (clamped to the run); returns
    // the new position.
    int64_t seek(uint64_t step);
    // Idle-time work for seeking: replays up to `max_steps` steps towards the
    // next checkpoint (a replay parked part-way through the run, from which a
    // later seek goes on instead of replaying from the start). Returns true
    // while checkpoints are still missing; the page calls it while idle.
    bool prepare(uint64_t max_steps);
    // The snapshot at the position, as JSON.
    std::string snapshot();
    // Stdout and stderr as written up to the position.
    std::string output_at_position();
    // The events with from <= step <= to, as a JSON array.
    std::string events_json(uint64_t from, uint64_t to);
    // All events, one per line (yieldscope trace); line events left out.
    std::string events_text();

    // Navigation: each moves the position (if there is somewhere to go) and
    // returns it. Lines and frames are those of the step at the position.
    int64_t step_forward();
    int64_t step_back();
    int64_t next_line();
    int64_t prev_line();
    int64_t step_over();
    int64_t step_out();
    int64_t next_event(std::string_view kind);
    int64_t prev_event(std::string_view kind);

    InspectorStats stats();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ys::api
