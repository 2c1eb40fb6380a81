// The Session facade (see session.h): compiles a program, runs it in slices on
// its own Interpreter, and keeps everything it printed.
#include "api/session.h"

#include <vector>

#include "asyncio/asyncio_module.h"
#include "compile/codegen.h"
#include "compile/dis.h"
#include "objects/builtin_types.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/modules.h"
#include "runtime/traceback.h"
#include "trace/recorder.h"
#include "util/utf8.h"
#include "vm/interpreter.h"

namespace ys::api {

using namespace objects;

const char* run_status_name(RunStatus s) {
    switch (s) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Paused: return "paused";
    case RunStatus::Limit: return "limit";
    case RunStatus::Error: return "error";
    }
    return "?";
}

struct Session::Impl {
    explicit Impl(SessionOptions o)
        : options(o), interp([this](bool is_stderr, std::string_view text) { write(is_stderr, text); }) {
        interp.step_budget = options.step_budget;
    }

    SessionOptions options;
    vm::Interpreter interp;
    std::unique_ptr<runtime::Importer> importer;
    std::unique_ptr<trace::Recorder> recorder;
    OutputSink* sink = nullptr;
    std::string out_text, err_text, all_text;
    std::string filename = "main.py";
    std::vector<std::string> lines;
    std::shared_ptr<compile::CodeUnit> unit;
    Ref<DictObject> globals;
    Val final_exception;  // kept alive until the session ends, as CPython keeps the last traceback
    bool started = false;
    bool done = false;
    int exit_status = 0;
    RunStatus last_status = RunStatus::Finished;

    void write(bool is_stderr, std::string_view text) {
        (is_stderr ? err_text : out_text).append(text);
        all_text.append(text);
        if (sink) sink->write(is_stderr, text);
    }

    std::string source_line(const std::string& file, int line) const {
        if (file != filename || line < 1 || line > static_cast<int>(lines.size())) return {};
        return lines[line - 1];
    }

    void report(const std::string& full_traceback, const std::string& last_line) {
        if (options.error_line_on_stdout) {
            write(false, last_line);
        } else {
            write(true, full_traceback);
        }
    }

    void report_exception(Val exc) {
        auto lookup = [this](const std::string& f, int l) { return source_line(f, l); };
        report(runtime::format_exception(exc, lookup), runtime::format_exception_only(exc));
        final_exception = std::move(exc);
    }
};

Session::Session(SessionOptions options) {
    init_builtin_types();
    aio::register_asyncio_modules();
    impl_ = std::make_unique<Impl>(options);
    ContextScope scope(&impl_->interp.context());
    Impl& s = *impl_;
    s.interp.set_builtins(runtime::make_builtins());
    s.importer = std::make_unique<runtime::Importer>(
        s.interp.builtins(), [&s](std::string_view source, std::string_view filename, DictObject* globals) {
            auto compiled = compile::compile_source(source, filename);
            if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&compiled)) {
                raise(exc_types().syntax_error, err->message + " (" + std::string(filename) + ", line " +
                                                    std::to_string(err->line) + ")");
                return false;
            }
            auto code = new_code(std::get<std::shared_ptr<compile::CodeUnit>>(compiled));
            return !s.interp.run_module(code, Ref<DictObject>::borrow(globals)).is_null();
        });
    s.interp.set_importer([&s](StrObject* name) { return s.importer->import(name->view()); });
    if (options.record_events) {
        s.recorder = std::make_unique<trace::Recorder>(s.interp.steps_ptr());
        s.interp.set_observer(s.recorder.get());
    }
    s.interp.set_unraisable_hook([&s](Val exc) {
        auto lookup = [&s](const std::string& f, int l) { return s.source_line(f, l); };
        s.write(true, runtime::format_exception(exc, lookup));
    });
}

Session::~Session() {
    ContextScope scope(&impl_->interp.context());
    impl_.reset();
}

LoadResult Session::load(std::string_view source, std::string_view filename) {
    ContextScope scope(&impl_->interp.context());
    Impl& s = *impl_;
    s.filename = std::string(filename);
    s.lines.clear();
    for (size_t start = 0; start <= source.size();) {
        size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        s.lines.emplace_back(source.substr(start, end - start));
        start = end + 1;
    }
    auto result = compile::compile_source(source, filename);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&result)) {
        LoadResult r{false, err->type, err->message, err->line, err->col, err->end_line, err->end_col};
        std::string text = "  File \"" + s.filename + "\", line " + std::to_string(err->line) + "\n";
        std::string line = s.source_line(s.filename, err->line);
        size_t indent = line.find_first_not_of(" \t");
        if (indent != std::string::npos) {
            std::string stripped = line.substr(indent);
            while (!stripped.empty() && (stripped.back() == '\r' || stripped.back() == ' ')) stripped.pop_back();
            text += "    " + stripped + "\n";
            int caret = std::max(0, err->col - static_cast<int>(util::count_code_points(line.substr(0, indent))));
            text += "    " + std::string(static_cast<size_t>(caret), ' ') + "^\n";
        }
        std::string last = err->type + ": " + err->message + "\n";
        s.report(text + last, last);
        s.exit_status = 1;
        s.done = true;
        s.last_status = RunStatus::Error;
        return r;
    }
    s.unit = std::get<std::shared_ptr<compile::CodeUnit>>(result);
    auto main_module = s.importer->new_module_object("__main__");
    s.globals = main_module->dict;
    s.importer->modules()->set_str(intern("__main__"), main_module.get());
    s.done = false;
    s.started = false;
    return LoadResult{};
}

RunResult Session::run(uint64_t max_steps) {
    ContextScope scope(&impl_->interp.context());
    Impl& s = *impl_;
    if (s.done || !s.unit) return RunResult{s.last_status, s.interp.steps()};
    uint64_t slice_end = max_steps ? s.interp.steps() + max_steps : UINT64_MAX;
    vm::EvalStatus status;
    if (!s.started) {
        s.started = true;
        auto code = new_code(s.unit);
        auto frame = FrameObject::create(code, s.globals, s.interp.builtins(), s.globals);
        status = s.interp.start(std::move(frame), slice_end);
    } else {
        status = s.interp.resume(slice_end);
    }
    switch (status) {
    case vm::EvalStatus::Paused:
        s.last_status = RunStatus::Paused;
        return RunResult{RunStatus::Paused, s.interp.steps()};
    case vm::EvalStatus::Returned:
        s.last_status = RunStatus::Finished;
        break;
    case vm::EvalStatus::Limit: {
        Val exc = s.interp.context().take_error();
        s.write(true, "yieldscope: stopped after " + std::to_string(s.interp.steps()) + " steps (the step budget)\n");
        s.exit_status = 1;
        s.last_status = RunStatus::Limit;
        break;
    }
    case vm::EvalStatus::Raised: {
        Val exc = s.interp.context().take_error();
        if (type_of(exc)->is_subtype_of(exc_types().system_exit)) {
            // SystemExit ends the program quietly: its code is the exit status.
            s.last_status = RunStatus::Finished;
            const auto& args = as_tuple(static_cast<BaseExceptionObject*>(exc.get().as_object())->args)->items;
            Value code = args.empty() ? none() : args[0].get();
            int64_t status = 0;
            if (is_none(code)) {
                status = 0;
            } else if (is_int(code) && int_to_int64(code, &status)) {
            } else {
                std::string text;
                if (str_text(code, &text)) s.write(true, text + "\n");
                status = 1;
            }
            s.exit_status = static_cast<int>(status & 0xFF);
            break;
        }
        s.exit_status = 1;
        s.last_status = RunStatus::Error;
        s.report_exception(std::move(exc));
        break;
    }
    }
    s.done = true;
    // Interpreter shutdown, in CPython's order: suspended generators are closed
    // oldest first, then __main__'s names are cleared while the last traceback
    // is still alive, then the traceback goes.
    s.interp.finalize_all_generators();
    runtime::clear_module_dict(s.globals.get());
    s.globals.reset();
    s.final_exception.reset();
    return RunResult{s.last_status, s.interp.steps()};
}

uint64_t Session::step_count() const { return impl_->interp.steps(); }
const std::string& Session::stdout_text() const { return impl_->out_text; }
const std::string& Session::stderr_text() const { return impl_->err_text; }
const std::string& Session::output() const { return impl_->all_text; }
int Session::exit_status() const { return impl_->exit_status; }
void Session::set_output_sink(OutputSink* sink) { impl_->sink = sink; }

std::string Session::events_text() const { return impl_->recorder ? impl_->recorder->to_text() : std::string(); }

std::string Session::dis() const {
    if (!impl_->unit) return {};
    return compile::disassemble(*impl_->unit);
}

}  // namespace ys::api
