// A session gives back what its program made when it goes, cycles included:
// an imported module's functions and its globals hold one another, and a page
// runs program after program in one process.
#include <catch2/catch.hpp>

#include <malloc.h>

#include <cstdint>
#include <functional>
#include <string>

#include "api/session.h"

using namespace ys;

namespace {

// Bytes the C heap has handed out and not taken back.
int64_t heap_in_use() {
#ifdef __EMSCRIPTEN__
    return mallinfo().uordblks;
#else
    return static_cast<int64_t>(mallinfo2().uordblks);
#endif
}

void run_once(const std::string& source) {
    api::SessionOptions options;
    api::Session s(options);
    REQUIRE(s.load(source, "main.py").ok);
    CHECK(s.run().status == api::RunStatus::Finished);
}

// How much the heap grew over five sessions, each made, run and dropped by
// `session`, after a first one that pays for what a process keeps (the
// compiled library code).
int64_t heap_growth_over_five(const std::function<void()>& session) {
    session();
    int64_t before = heap_in_use();
    for (int i = 0; i < 5; ++i) session();
    return heap_in_use() - before;
}

}  // namespace

TEST_CASE("sessions that import library modules leave nothing behind", "[api][teardown]") {
    const std::string program =
        "import asyncio, collections, dataclasses, functools, typing\n"
        "class Node:\n"
        "    def __init__(self):\n"
        "        self.me = self\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "    return [Node() for _ in range(100)]\n"
        "asyncio.run(main())\n";
    // Each session used to leave its imported modules behind: 7.3 MB over five.
    CHECK(heap_growth_over_five([&] { run_once(program); }) < 256 * 1024);
}

TEST_CASE("sessions dropped while paused leave nothing behind", "[api][teardown]") {
    // Paused deep inside calls and a generator driven by send() through a
    // `yield from` chain, all holding cycles, after a task ran, as the
    // inspector's replays stop. (A task's own step runs in a loop nested
    // from C++, which cannot pause.)
    const std::string program =
        "import asyncio, collections\n"
        "class Node:\n"
        "    def __init__(self):\n"
        "        self.me = self\n"
        "def inner():\n"
        "    keep = [Node() for _ in range(50)]\n"
        "    while True:\n"
        "        x = yield len(keep)\n"
        "def middle():\n"
        "    yield from inner()\n"
        "def driver(depth):\n"
        "    if depth:\n"
        "        return driver(depth - 1)\n"
        "    g = middle()\n"
        "    next(g)\n"
        "    while True:\n"
        "        g.send(1)\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "asyncio.run(main())\n"
        "driver(20)\n";
    auto run_and_drop = [&] {
        api::SessionOptions options;
        api::Session s(options);
        REQUIRE(s.load(program, "main.py").ok);
        CHECK(s.run(200'000).status == api::RunStatus::Paused);
    };
    CHECK(heap_growth_over_five(run_and_drop) < 256 * 1024);
}

TEST_CASE("cycles through a finished generator's frame and the builtins are collected", "[api][teardown]") {
    // A generator's frame that outlives it, holding itself through
    // sys._getframe(), and a function stored into builtins, whose globals hold
    // the builtins module: each outlived the session, with what it held.
    const std::string program =
        "import builtins, gc, sys\n"
        "def keeps_its_frame():\n"
        "    me = sys._getframe()\n"
        "    yield me\n"
        "g = keeps_its_frame()\n"
        "next(g)\n"
        "g.close()\n"
        "del g\n"
        "gc.collect()\n"
        "builtins.patched = lambda: None\n";
    // Each session left its frame, the module's dicts and code behind: 87 KB over five.
    CHECK(heap_growth_over_five([&] { run_once(program); }) < 40 * 1024);
}
