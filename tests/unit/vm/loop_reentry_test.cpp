// The top-level loop returns to resume() every Interpreter::kReentrySteps steps
// and is entered again (so that a wasm engine switches to its optimised code);
// the pause must leave no trace in what the program does.
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>

#include "compile/codegen.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/frame.h"
#include "objects/str.h"
#include "runtime/builtins.h"
#include "runtime/modules.h"
#include "vm/interpreter.h"

using namespace ys::objects;
using ys::vm::EvalStatus;
using ys::vm::Interpreter;

namespace {

struct Run {
    std::string out;
    EvalStatus status;
    uint64_t steps;
    uint64_t entries;
};

// Runs `source` as __main__ in a fresh interpreter, in slices of `slice` steps
// (0: one call for the whole run).
Run run_main(const std::string& source, uint64_t slice) {
    init_builtin_types();
    Run r;
    auto interp = std::make_unique<Interpreter>([&r](bool, std::string_view text) { r.out.append(text); });
    {
        ContextScope scope(&interp->context());
        interp->set_builtins(ys::runtime::make_builtins());
        auto globals = new_dict();
        globals->set_str(intern("__name__"), new_str_val("__main__").get());
        auto compiled = ys::compile::compile_source(source, "main.py");
        auto* unit = std::get_if<std::shared_ptr<ys::compile::CodeUnit>>(&compiled);
        REQUIRE(unit);
        auto frame = FrameObject::create(new_code(*unit), globals, interp->builtins(), globals);
        r.status = interp->start(std::move(frame), slice ? slice : UINT64_MAX);
        while (r.status == EvalStatus::Paused) r.status = interp->resume(interp->steps() + slice);
        r.steps = interp->steps();
        r.entries = interp->loop_entries();
        ys::runtime::clear_module_dict(globals.get());
    }
    return r;
}

// Runs `source` whole, then in slices of `slice` steps, and checks what must
// hold wherever the run spends its time: the whole run enters the top-level
// loop once per re-entry interval, the sliced one once per slice (it paused on
// time every time), and both print the same after the same number of steps.
// Returns the whole run.
Run run_whole_and_sliced(const std::string& source, uint64_t slice) {
    Run whole = run_main(source, 0);
    CHECK(whole.status == EvalStatus::Returned);
    REQUIRE(whole.steps > 3 * Interpreter::kReentrySteps);
    // Entered once by start() and again after every interval it ran through.
    CHECK(whole.entries == whole.steps / Interpreter::kReentrySteps + 1);

    Run sliced = run_main(source, slice);
    CHECK(sliced.status == EvalStatus::Returned);
    CHECK(sliced.out == whole.out);
    CHECK(sliced.steps == whole.steps);
    CHECK(sliced.entries == sliced.steps / slice + 1);
    return whole;
}

}  // namespace

TEST_CASE("a long run re-enters the top-level loop and leaves no trace of it", "[vm][loop]") {
    // Time spent in a generator's frame, a function's frame and the module's,
    // each well past one re-entry interval.
    const std::string source =
        "def numbers(n):\n"
        "    for i in range(n):\n"
        "        yield i * 7 % 1000\n"
        "def total(n):\n"
        "    t = 0\n"
        "    for x in numbers(n):\n"
        "        t += x\n"
        "    return t\n"
        "a = total(300_000)\n"
        "b = 0\n"
        "for i in range(400_000):\n"
        "    b = (b * 31 + i) % 1_000_003\n"
        "print(a, b)\n";
    Run whole = run_whole_and_sliced(source, 65'537);
    CHECK(whole.out == "149850000 " + std::to_string([] {
              long long b = 0;
              for (long long i = 0; i < 400'000; ++i) b = (b * 31 + i) % 1'000'003;
              return b;
          }()) + "\n");
}

TEST_CASE("a generator driven by send() runs on the top-level loop, which pauses inside it", "[vm][loop]") {
    // One send() call that runs for several re-entry intervals: the generator's
    // frame is on the top-level loop, so the run pauses and goes on inside it
    // (a nested loop, as next() uses, could not pause until send() returned).
    const std::string source =
        "def worker():\n"
        "    total = 0\n"
        "    while True:\n"
        "        n = yield total\n"
        "        for i in range(n):\n"
        "            total = (total * 31 + i) % 1_000_003\n"
        "w = worker()\n"
        "w.send(None)\n"
        "print(w.send(600_000))\n";
    Run whole = run_whole_and_sliced(source, 10'007);
    CHECK(whole.out == std::to_string([] {
              long long t = 0;
              for (long long i = 0; i < 600'000; ++i) t = (t * 31 + i) % 1'000'003;
              return t;
          }()) + "\n");
}
