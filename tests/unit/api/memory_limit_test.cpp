// The memory cap (SessionOptions::max_memory): programs that allocate without
// bound end with a MemoryError traceback instead of exhausting the process,
// at the same step every time, and the Session stays usable afterwards.
#include <catch2/catch.hpp>

#include <string>

#include "api/session.h"

using ys::api::RunStatus;
using ys::api::Session;
using ys::api::SessionOptions;

namespace {

constexpr size_t kCap = size_t(48) << 20;

SessionOptions capped(size_t cap = kCap) {
    SessionOptions o;
    o.max_memory = cap;
    o.step_budget = 200'000'000;
    return o;
}

bool ends_with(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// Runs `source` to its end; checks it ended with an uncaught MemoryError.
void check_memory_error(Session& s, const std::string& source) {
    INFO(source);
    REQUIRE(s.load(source, "main.py").ok);
    auto r = s.run();
    CHECK(r.status == RunStatus::Error);
    CHECK(s.exit_status() == 1);
    const std::string& err = s.stderr_text();
    CHECK(err.rfind("Traceback (most recent call last):\n", 0) == 0);
    CHECK(ends_with(err, "\nMemoryError\n"));
    // The cap held: at most the headroom above it (a quarter, at least 8 MiB).
    CHECK(s.memory().peak <= kCap + (size_t(12) << 20));
}

}  // namespace

TEST_CASE("programs that allocate without bound end with MemoryError", "[api][memory]") {
    const char* programs[] = {
        "a = []\nwhile True:\n    a.append([0] * 1000)\n",
        "a = []\nwhile True:\n    a.append(0)\n",
        "x = list(range(10**9))\n",
        "s = 'x' * 10**6\nt = s * 10**4\n",
        "d = {i: i for i in range(10**9)}\n",
        "s = {i for i in range(10**9)}\n",
        "b = bytes(10**10)\n",
        "''.join(str(i) for i in range(10**9))\n",
        "x = [[]] * 10**9\n",
        "x = 10 ** (10 ** 9)\n",
        "x = 7 ** 10**8\n",
        "x = [0] * 10**10\n",
        "x = 'ab' * 2**62\n",
        "a = []\nfor i in range(10**8):\n    a = [a, i]\n",
        "def gen():\n    i = 0\n    while True:\n        yield (i, str(i))\n        i += 1\nx = list(gen())\n",
        "x = sorted(str(i) for i in range(10**9))\n",
        "import itertools\nx = list(itertools.repeat('x', 10**9))\n",
        "x = ('ab' * 1000).replace('', 'x' * 10**6)\n",
        "x = f'{1:>{10**10}}'\n",
        "x = '%*d' % (10**10, 1)\n",
        "x = 'y'.center(10**10)\n",
        "x = 1 << 10**10\n",
        "def f(n):\n    held = [n] * 10000\n    return f(n + 1)\nf(0)\n",
    };
    for (const char* source : programs) {
        Session s(capped());
        check_memory_error(s, source);
    }
}

TEST_CASE("after a MemoryError the same Session runs the next program", "[api][memory]") {
    Session s(capped());
    check_memory_error(s, "a = []\nwhile True:\n    a.append([0] * 1000)\n");
    REQUIRE(s.load("print(sum(range(10)), 'ok')\n", "next.py").ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "45 ok\n");
    CHECK(s.memory().used < (size_t(16) << 20));
}

TEST_CASE("a program can catch the MemoryError and go on", "[api][memory]") {
    Session s(capped());
    REQUIRE(s.load("def grow():\n"
                   "    a = []\n"
                   "    while True:\n"
                   "        a.append([0] * 1000)\n"
                   "try:\n"
                   "    grow()\n"
                   "except MemoryError as e:\n"
                   "    print('caught', type(e).__name__, repr(e))\n"
                   "try:\n"
                   "    x = [0] * 10**10\n"
                   "except MemoryError:\n"
                   "    print('refused before allocating')\n"
                   "print([i * i for i in range(5)])\n",
                   "main.py")
                .ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "caught MemoryError MemoryError()\nrefused before allocating\n[0, 1, 4, 9, 16]\n");
}

TEST_CASE("an allocation refused inside an operation becomes a catchable MemoryError", "[api][memory]") {
    // repr() of a long list builds its text in C++ without checks of its own;
    // the string's last doubling passes the hard limit, and operator new
    // refuses it. The VM raises that as a MemoryError in the frame running.
    Session s(capped(size_t(32) << 20));
    REQUIRE(s.load("a = [0] * 3_000_000\n"
                   "try:\n"
                   "    text = repr(a)\n"
                   "    print('built', len(text))\n"
                   "except MemoryError:\n"
                   "    print('caught')\n"
                   "del a\n"
                   "print(repr(list(range(5))))\n",
                   "main.py")
                .ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "caught\n[0, 1, 2, 3, 4]\n");
}

TEST_CASE("an allocation refused in a generator that C++ iterates is caught inside it", "[api][memory]") {
    // sum() resumes the generator on a nested loop; the refused allocation
    // (repr() of a long list, as above) happens in that loop, whose frame
    // catches it and goes on yielding.
    Session s(capped(size_t(32) << 20));
    REQUIRE(s.load("a = [0] * 3_000_000\n"
                   "def sizes():\n"
                   "    for k in range(3):\n"
                   "        try:\n"
                   "            yield len(repr(a)) if k == 1 else k\n"
                   "        except MemoryError:\n"
                   "            yield 100\n"
                   "print(sum(sizes()))\n"
                   "print(list(x for x in sizes() if x != 1))\n",
                   "main.py")
                .ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "102\n[0, 100, 2]\n");
}

TEST_CASE("the MemoryError comes at the same step in every run", "[api][memory]") {
    const std::string source =
        "import collections, itertools, heapq, random\n"
        "d = collections.deque()\n"
        "a = []\n"
        "for i in itertools.count():\n"
        "    a.append(str(i) * 50)\n"
        "    d.append(i)\n";
    uint64_t steps[2];
    size_t peaks[2];
    std::string errors[2];
    for (int k = 0; k < 2; ++k) {
        Session s(capped());
        REQUIRE(s.load(source, "main.py").ok);
        CHECK(s.run().status == RunStatus::Error);
        steps[k] = s.step_count();
        peaks[k] = s.memory().peak;
        errors[k] = s.stderr_text();
    }
    CHECK(steps[0] == steps[1]);
    CHECK(peaks[0] == peaks[1]);
    CHECK(errors[0] == errors[1]);
    CHECK(ends_with(errors[0], "MemoryError\n"));
}

TEST_CASE("the inspector replays a run that ended with MemoryError", "[api][memory]") {
    Session s(capped());
    REQUIRE(s.load("import asyncio\n"
                   "async def grow(a):\n"
                   "    while True:\n"
                   "        a.append([0] * 1000)\n"
                   "        await asyncio.sleep(0)\n"
                   "a = []\n"
                   "asyncio.run(grow(a))\n",
                   "main.py")
                .ok);
    CHECK(s.run().status == RunStatus::Error);
    uint64_t total = s.step_count();
    // The replays (the history, then the seeks) reach the same end, having
    // allocated exactly what the run allocated.
    CHECK(s.seek(total - 1) == static_cast<int64_t>(total - 1));
    CHECK(s.stats().replay_memory_peak == s.memory().peak);
    std::string last = s.snapshot();
    CHECK(last.find("the replay did not reach") == std::string::npos);
    CHECK(last.find("\"status\":\"error\"") != std::string::npos);
    CHECK(last.find("MemoryError") != std::string::npos);
    CHECK(s.seek(total / 2) == static_cast<int64_t>(total / 2));
    CHECK(s.snapshot().find("the replay did not reach") == std::string::npos);
    CHECK(s.step_back() == static_cast<int64_t>(total / 2 - 1));
    CHECK(s.seek(total - 1) == static_cast<int64_t>(total - 1));
    CHECK(s.snapshot() == last);
}

TEST_CASE("max_memory 0 means no cap", "[api][memory]") {
    Session s(capped(0));
    REQUIRE(s.load("x = [0] * 10**6\nprint(len(x))\n", "main.py").ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "1000000\n");
    CHECK(s.memory().peak > 8'000'000);
}

TEST_CASE("checkpoints together hold at most one memory cap", "[api][memory][inspector]") {
    // The run ends holding about 22 MiB; eight checkpoints spread over it
    // would hold about twice the 48 MiB cap. prepare() stops placing them
    // once they hold what they may, and seeks still agree with a fresh replay.
    const std::string program =
        "data = []\n"
        "for round in range(100):\n"
        "    data.append([str(i) for i in range(2000)])\n"
        "print(len(data))\n";
    Session s(capped());
    REQUIRE(s.load(program, "main.py").ok);
    CHECK(s.run().status == RunStatus::Finished);
    uint64_t n = s.step_count();
    REQUIRE(n > 400'000);
    int slices = 0;
    while (s.prepare(100'000)) REQUIRE(++slices < 200);
    CHECK(s.stats().checkpoints < 8);
    CHECK_FALSE(s.prepare(100'000));
    for (uint64_t k : {n - 5, n / 2, n / 4}) {
        s.seek(k);
        Session fresh(capped());
        REQUIRE(fresh.load(program, "main.py").ok);
        fresh.run();
        fresh.seek(k);
        INFO("step " << k);
        CHECK(s.snapshot() == fresh.snapshot());
    }
}
