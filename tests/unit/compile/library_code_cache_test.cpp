// The embedded library modules are compiled once per process and shared by
// every session, without making sessions differ: each is charged the same
// memory, takes the same steps and prints the same, whichever came first.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <variant>

#include "api/session.h"
#include "compile/library_code_cache.h"
#include "util/memory.h"

using namespace ys;

namespace {

std::shared_ptr<compile::CodeUnit> unit_of(const compile::CompileResult& result) {
    REQUIRE(std::holds_alternative<std::shared_ptr<compile::CodeUnit>>(result));
    return std::get<std::shared_ptr<compile::CodeUnit>>(result);
}

struct SessionRun {
    std::string out;
    uint64_t steps;
    size_t peak;
};

SessionRun run_session(const std::string& source) {
    api::SessionOptions options;
    options.error_line_on_stdout = true;
    api::Session s(options);
    REQUIRE(s.load(source, "main.py").ok);
    auto result = s.run();
    return {s.stdout_text(), result.steps, s.memory().peak};
}

}  // namespace

TEST_CASE("library code is compiled once per text, outside any memory budget", "[compile][library]") {
    static const char kText[] = "def f(x):\n    return x + 1\n";
    static const char kOther[] = "def f(x):\n    return x + 1\n";  // the same words at another address
    util::MemoryBudget* budget = util::MemoryBudget::create(0);
    {
        util::MemoryScope scope(budget);
        size_t before = budget->used();
        auto first = unit_of(compile::compile_library_source(kText, "<lib a>"));
        auto again = unit_of(compile::compile_library_source(kText, "<lib a>"));
        auto other = unit_of(compile::compile_library_source(kOther, "<lib b>"));
        CHECK(first == again);
        CHECK(first != other);
        CHECK(other->filename == "<lib b>");
        // The units the cache keeps were made with no budget: this one is
        // charged nothing for them.
        CHECK(budget->used() == before);
    }
    budget->release();
}

TEST_CASE("sessions importing library modules run alike, first or not", "[compile][library]") {
    const std::string program =
        "import asyncio, collections, dataclasses\n"
        "async def main():\n"
        "    await asyncio.sleep(0.5)\n"
        "    return collections.Counter('abca').most_common(1)\n"
        "print(asyncio.run(main()))\n";
    SessionRun first = run_session(program);
    SessionRun second = run_session(program);
    CHECK(first.out == "[('a', 2)]\n");
    CHECK(first.out == second.out);
    CHECK(first.steps == second.steps);
    CHECK(first.peak == second.peak);
}
