// The event loop core (core/asyncio/): heapq's tie order, the cancelled-timer
// clean-up, the virtual clock and the deadlock error, driven from Python.
#include <catch2/catch.hpp>

#include <string>

#include "run_program.h"

using ys::testing::run_program;

TEST_CASE("timers with equal deadlines fire in heapq's order, not FIFO", "[asyncio][loop]") {
    std::string src =
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "for i in range(10):\n"
        "    loop.call_at(5, lambda i=i: print(i, end=' '))\n"
        "loop.call_at(6, loop.stop)\n"
        "loop.run_forever()\n"
        "print(loop.time())\n";
    // The clock jumped to the int deadline 6 and keeps it as an int, as the reference does.
    CHECK(run_program(src) == "0 2 6 5 9 8 7 1 3 4 6\n");
}

TEST_CASE("earlier deadlines fire first and call_soon is FIFO", "[asyncio][loop]") {
    std::string src =
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "loop.call_later(2, print, 'late')\n"
        "loop.call_later(1, print, 'early')\n"
        "loop.call_soon(print, 'soon 1')\n"
        "loop.call_soon(print, 'soon 2')\n"
        "loop.call_later(3, loop.stop)\n"
        "loop.run_forever()\n";
    CHECK(run_program(src) == "soon 1\nsoon 2\nearly\nlate\n");
}

TEST_CASE("the heap is rebuilt when most of many timers are cancelled", "[asyncio][loop]") {
    // Over 100 scheduled and over half cancelled: every cancelled timer goes
    // at once. Otherwise only the cancelled ones at the head are dropped.
    std::string src =
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "hs = [loop.call_later(10 + i, print, i) for i in range(150)]\n"
        "for h in hs[50:]:\n"
        "    h.cancel()\n"
        "loop.call_soon(loop.stop)\n"
        "loop.run_forever()\n"
        "print(loop._core.timer_count())\n"
        "loop2 = asyncio.new_event_loop()\n"
        "hs = [loop2.call_later(10 + i, print, i) for i in range(100)]\n"
        "for h in hs[:10] + hs[50:]:\n"
        "    h.cancel()\n"
        "loop2.call_soon(loop2.stop)\n"
        "loop2.run_forever()\n"
        "print(loop2._core.timer_count())\n";
    CHECK(run_program(src) == "50\n90\n");
}

TEST_CASE("sleeping moves only the virtual clock", "[asyncio][loop]") {
    std::string src =
        "import asyncio, time\n"
        "async def main():\n"
        "    await asyncio.sleep(3600)\n"
        "    time.sleep(0.5)\n"
        "    return asyncio.get_running_loop().time()\n"
        "print(asyncio.run(main()), time.time())\n";
    CHECK(run_program(src) == "3600.5 3600.5\n");
}

TEST_CASE("a loop with nothing to do reports a deadlock instead of hanging", "[asyncio][loop]") {
    std::string src =
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "try:\n"
        "    loop.run_until_complete(loop.create_future())\n"
        "except RuntimeError as e:\n"
        "    print(str(e).split(':')[0])\n";
    CHECK(run_program(src) == "event loop deadlock\n");
}

TEST_CASE("an async generator dropped while suspended is closed by an aclose() task", "[asyncio][loop]") {
    std::string src =
        "import asyncio\n"
        "async def gen():\n"
        "    try:\n"
        "        yield 1\n"
        "        yield 2\n"
        "    finally:\n"
        "        print('closed in', asyncio.current_task().get_name())\n"
        "async def main():\n"
        "    async for x in gen():\n"
        "        break\n"
        "    print('dropped')\n"
        "    await asyncio.sleep(0)\n"
        "    print('main goes on')\n"
        "asyncio.run(main())\n";
    // The finaliser hook schedules create_task(agen.aclose()); that task's
    // first step runs one loop iteration later, after main's sleep(0).
    CHECK(run_program(src) == "dropped\nmain goes on\nclosed in Task-2\n");
}
