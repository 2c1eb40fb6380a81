// One run of a loaded program: its interpreter, importer, heap and output.
// A Session owns several: the run the user drives with run(), and replays of
// it (the recording of the history, the seeks). Every engine of a session is
// built the same way from the same compiled code, so the VM being
// deterministic, every engine goes through exactly the same steps.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/session.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "runtime/modules.h"
#include "vm/interpreter.h"

namespace ys::compile {
struct CodeUnit;
}

namespace ys::api {

// What every engine of a session shares: the source and its compiled code.
struct Program {
    std::string filename = "main.py";
    std::vector<std::string> lines;
    std::shared_ptr<compile::CodeUnit> unit;  // null until loaded, or after a SyntaxError
};

class Engine {
public:
    Engine(const SessionOptions& options, const Program& program);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Makes the __main__ module for the program (the session's load()).
    void load();
    // Runs until the step counter reaches slice_end (UINT64_MAX: to the end).
    // A paused run can only stop between instructions of the outermost loop,
    // so it may stop later than slice_end.
    RunResult run_until(uint64_t slice_end);

    vm::Interpreter& interp() { return interp_; }
    objects::Context& context() { return interp_.context(); }
    uint64_t steps() const { return interp_.steps(); }
    bool done() const { return done_; }
    RunStatus last_status() const { return last_status_; }
    int exit_status() const { return exit_status_; }
    objects::DictObject* globals() const { return globals_.get(); }
    objects::Value final_exception() const { return final_exception_; }

    const std::string& stdout_text() const { return out_text_; }
    const std::string& stderr_text() const { return err_text_; }
    const std::string& output() const { return all_text_; }
    size_t output_utf16() const { return all_utf16_; }

    // Writes program output (and messages like the traceback) to this run's texts.
    void write(bool is_stderr, std::string_view text);
    void report_compile_error(const std::string& text, const std::string& last_line);
    void set_sink(OutputSink* sink) { sink_ = sink; }
    // Called when the run has ended, once before __main__'s names are cleared
    // and once after (the inspector's last snapshot is taken there).
    void set_end_hook(std::function<void()> hook) { end_hook_ = std::move(hook); }

private:
    RunResult run_slice(uint64_t slice_end);
    void run_end_hook();
    std::string source_line(const std::string& file, int line) const;
    void report(const std::string& full_traceback, const std::string& last_line);
    void report_exception(objects::Val exc);

    const SessionOptions options_;
    const Program& program_;
    // Declared before the interpreter: finalisers that run while it is torn
    // down may still write.
    OutputSink* sink_ = nullptr;
    std::function<void()> end_hook_;
    std::string out_text_, err_text_, all_text_;
    size_t all_utf16_ = 0;
    bool output_full_ = false;  // the output cap was reached
    bool discarding_ = false;   // being destroyed: nothing more is written
    vm::Interpreter interp_;
    std::unique_ptr<runtime::Importer> importer_;
    objects::Ref<objects::DictObject> globals_;
    objects::Val final_exception_;  // kept alive until shutdown, as CPython keeps the last traceback
    bool started_ = false;
    bool done_ = false;
    int exit_status_ = 0;
    RunStatus last_status_ = RunStatus::Finished;
};

}  // namespace ys::api
