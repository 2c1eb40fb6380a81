// One run of a loaded program (see engine.h): builds the interpreter and its
// modules, runs the program in slices, reports how it ended, and shuts down in
// CPython's order.
#include "api/engine.h"

#include <new>

#include "asyncio/asyncio_module.h"
#include "compile/codegen.h"
#include "compile/library_code_cache.h"
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/traceback.h"
#include "trace/values.h"

namespace ys::api {

using namespace objects;

Engine::Engine(const SessionOptions& options, const Program& program)
    : options_(options),
      program_(program),
      interp_([this](bool is_stderr, std::string_view text) { write(is_stderr, text); }) {
    // (The built-in types exist already: interp_'s Context made them.)
    aio::register_asyncio_modules();
    interp_.step_budget = options_.step_budget;
    interp_.context().memory->set_limit(options_.max_memory);
    ContextScope scope(&interp_.context());
    interp_.set_builtins(runtime::make_builtins());
    importer_ = std::make_unique<runtime::Importer>(
        interp_.builtins(), [this](std::string_view source, std::string_view filename, DictObject* globals) {
            compile::CompileResult compiled;
            {
                // An import deep in a recursion compiles there (see builtins' compile).
                RecursionGuard guard(" during compilation", kCompileUnits);
                if (!guard.ok()) return false;
                compiled = compile::compile_library_source(source, filename);
            }
            if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&compiled)) {
                raise(exc_types().syntax_error, err->message + " (" + std::string(filename) + ", line " +
                                                    std::to_string(err->line) + ")");
                return false;
            }
            auto code = new_code(std::get<std::shared_ptr<compile::CodeUnit>>(compiled));
            return !interp_.run_module(code, Ref<DictObject>::borrow(globals)).is_null();
        });
    interp_.set_importer([this](StrObject* name) { return importer_->import(name->view()); });
    interp_.set_unraisable_hook([this](Val exc) {
        auto lookup = [this](const std::string& f, int l) { return source_line(f, l); };
        write(true, runtime::format_exception(exc, lookup));
    });
}

Engine::~Engine() {
    ContextScope scope(&interp_.context());
    // An engine dropped mid-run (a replay) finalises what it holds; that code
    // stops at once and writes nothing.
    discarding_ = true;
    sink_ = nullptr;
    end_hook_ = nullptr;
    interp_.request_stop();
    interp_.abandon_paused_run();
    final_exception_.reset();
    globals_.reset();
    importer_.reset();
    // The builtins dict too: held here it is a root, and a cycle through it
    // outlives the collection (`builtins.len = lambda x: 42`: the lambda's
    // globals hold the builtins module). Code a finaliser runs still sees it
    // through its function's own reference.
    interp_.set_builtins(nullptr);
    // The imported modules are gone from sys.modules now, but each module's
    // functions and its globals hold one another: only the collector frees
    // them. Without this, every session that imported a library module left
    // it behind (about 1.5 MB for asyncio and four more, see
    // session_teardown_test.cpp), which a page running program after program
    // keeps paying.
    gc_collect();
}

void Engine::load() {
    ContextScope scope(&interp_.context());
    auto main_module = importer_->new_module_object("__main__");
    globals_ = main_module->dict;
    importer_->modules()->set_str(intern_literal("__main__"), main_module.get());
    done_ = false;
    started_ = false;
}

void Engine::run_end_hook() {
    if (!end_hook_) return;
    // The inspector's work at the end of a run is not the program's.
    util::UncountedScope uncounted;
    end_hook_();
}

std::string Engine::source_line(const std::string& file, int line) const {
    if (file != program_.filename || line < 1 || line > static_cast<int>(program_.lines.size())) return {};
    return program_.lines[line - 1];
}

void Engine::write(bool is_stderr, std::string_view text) {
    if (output_full_ || discarding_) return;
    if (all_text_.size() + text.size() > options_.output_limit) {
        // Keep what fits (whole characters only), then end the run.
        size_t room = options_.output_limit > all_text_.size() ? options_.output_limit - all_text_.size() : 0;
        while (room > 0 && room < text.size() && (static_cast<unsigned char>(text[room]) & 0xC0) == 0x80) --room;
        text = text.substr(0, room);
        output_full_ = true;
        interp_.request_stop();
    }
    (is_stderr ? err_text_ : out_text_).append(text);
    all_text_.append(text);
    all_utf16_ += trace::utf16_length(text);
    if (sink_) {
        // Only the run the user drives has a sink: what it allocates must not
        // count, or that run would reach its memory cap before its replays.
        util::UncountedScope uncounted;
        sink_->write(is_stderr, text);
    }
}

void Engine::report(const std::string& full_traceback, const std::string& last_line) {
    if (options_.error_line_on_stdout) {
        write(false, last_line);
    } else {
        write(true, full_traceback);
    }
}

void Engine::report_compile_error(const std::string& text, const std::string& last_line) {
    report(text, last_line);
    exit_status_ = 1;
    done_ = true;
    last_status_ = RunStatus::Error;
}

void Engine::report_exception(Val exc) {
    auto lookup = [this](const std::string& f, int l) { return source_line(f, l); };
    report(runtime::format_exception(exc, lookup), runtime::format_exception_only(exc));
    final_exception_ = std::move(exc);
}

RunResult Engine::run_until(uint64_t slice_end) {
    ContextScope scope(&interp_.context());
    if (done_ || !program_.unit) return RunResult{last_status_, interp_.steps()};
    try {
        return run_slice(slice_end);
    } catch (const std::bad_alloc&) {
        // An allocation was refused where the VM could not turn it into a
        // MemoryError (vm/out_of_memory.cpp): the run ends here, its frames
        // as they were. The session stays usable; load() starts afresh.
        done_ = true;
        exit_status_ = 1;
        last_status_ = RunStatus::Error;
        report("MemoryError\n", "MemoryError\n");
        return RunResult{last_status_, interp_.steps()};
    }
}

RunResult Engine::run_slice(uint64_t slice_end) {
    vm::EvalStatus status;
    if (!started_) {
        started_ = true;
        auto code = new_code(program_.unit);
        auto frame = FrameObject::create(code, globals_, interp_.builtins(), globals_);
        status = interp_.start(std::move(frame), slice_end);
    } else {
        status = interp_.resume(slice_end);
    }
    switch (status) {
    case vm::EvalStatus::Paused:
        last_status_ = RunStatus::Paused;
        return RunResult{RunStatus::Paused, interp_.steps()};
    case vm::EvalStatus::Yielded:
    case vm::EvalStatus::Returned:
        last_status_ = RunStatus::Finished;
        break;
    case vm::EvalStatus::Limit: {
        Val exc = interp_.context().take_error();
        std::string why = output_full_ ? "the output limit of " + std::to_string(options_.output_limit) + " bytes"
                                       : std::string("the step budget");
        std::string message = "yieldscope: stopped after " + std::to_string(interp_.steps()) + " steps (" + why + ")\n";
        // The message is written even past the output limit.
        err_text_ += message;
        all_text_ += message;
        all_utf16_ += message.size();
        if (sink_) sink_->write(true, message);
        exit_status_ = 1;
        last_status_ = RunStatus::Limit;
        break;
    }
    case vm::EvalStatus::Raised: {
        Val exc = interp_.context().take_error();
        if (type_of(exc)->is_subtype_of(exc_types().system_exit)) {
            // SystemExit ends the program quietly: its code is the exit status.
            last_status_ = RunStatus::Finished;
            const auto& args = as_tuple(static_cast<BaseExceptionObject*>(exc.get().as_object())->args)->items;
            Value code = args.empty() ? none() : args[0].get();
            int64_t code_status = 0;
            if (is_none(code)) {
                code_status = 0;
            } else if (is_int(code) && int_to_int64(code, &code_status)) {
            } else {
                std::string text;
                if (str_text(code, &text)) write(true, text + "\n");
                code_status = 1;
            }
            exit_status_ = static_cast<int>(code_status & 0xFF);
            break;
        }
        exit_status_ = 1;
        last_status_ = RunStatus::Error;
        report_exception(std::move(exc));
        break;
    }
    }
    done_ = true;
    // Interpreter shutdown, in CPython's order: a collection of cycles unless
    // automatic collection is off (Py_FinalizeEx), then suspended generators
    // are closed oldest first, then __main__'s names are cleared while the
    // last traceback is still alive and what that left in cycles is collected
    // whatever the switch says (finalize_modules), then the traceback goes.
    // When the step budget ran out no finaliser could run: no collection.
    bool collect = last_status_ != RunStatus::Limit;
    if (collect) gc_collect_final();
    interp_.finalize_all_generators();
    run_end_hook();
    runtime::clear_module_dict(globals_.get());
    if (collect) gc_collect();
    run_end_hook();
    globals_.reset();
    final_exception_.reset();
    return RunResult{last_status_, interp_.steps()};
}

}  // namespace ys::api
