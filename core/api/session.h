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
    // Record the VM's events (calls, returns, yields, resumes, exceptions, output).
    bool record_events = false;
};

// Receives output as it is written, for hosts that stream it (the CLI).
class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual void write(bool is_stderr, std::string_view text) = 0;
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

    // The recorded events, one per line (empty unless options.record_events).
    std::string events_text() const;

    void set_output_sink(OutputSink* sink);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ys::api
