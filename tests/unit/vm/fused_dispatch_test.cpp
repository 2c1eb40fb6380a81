// The eval loop takes some common pairs of instructions in one trip (RESUME
// POP_TOP JUMP_BACKWARD FOR_ITER, STORE_FAST LOAD_FAST, LOAD_CONST BINARY_OP,
// COMPARE_OP POP_JUMP_IF_FALSE, RESUME JUMP_BACKWARD_NO_INTERRUPT SEND...),
// unless something must stop between them. Nothing may tell: a step budget
// and a paused run must stop after exactly their number of instructions, and
// a seek (which replays without stopping until shortly before its step) must
// show what going one step at a time (stopping at every instruction) shows.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "api/session.h"
#include "../trace/json_value.h"

using ys::api::RunStatus;
using ys::api::Session;
using ys::api::SessionOptions;
using ys::test::parse_json;

namespace {

// Every fused pair at least once, in generators, a yield from and plain loops.
const char* kFusedPairs =
    "def source(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "\n"
    "def relay(xs):\n"
    "    total = yield from xs\n"
    "    return total\n"
    "\n"
    "def main():\n"
    "    t = 0\n"
    "    for v in relay(source(6)):\n"
    "        if v < 3:\n"
    "            t = t + v * 2\n"
    "        x = v\n"
    "        y = x\n"
    "    while t > 0:\n"
    "        t = t - 5\n"
    "    return t, y\n"
    "\n"
    "print(main())\n";

// The same, then a STORE_FAST whose old value's __del__ runs Python code (in
// a nested loop, which counts its own steps) before the LOAD_FAST fused to it.
const std::string kWithFinalizer = std::string(kFusedPairs) +
                                   "class Noisy:\n"
                                   "    def __del__(self):\n"
                                   "        print('del')\n"
                                   "\n"
                                   "def churn():\n"
                                   "    n = Noisy()\n"
                                   "    n = Noisy()\n"
                                   "    return n\n"
                                   "\n"
                                   "churn()\n";

// Delegation two and three levels deep, with values sent down and results
// returned up, which the eval loop passes through without running the
// delegating frames' instructions one by one: a yield from chain (and a
// generator resumed in turn by a delegator's SEND, a for loop and a send()
// whose result is yielded at once), and an await chain over a
// generator-based awaitable.
const char* kDelegation =
    "def leaf():\n"
    "    got = yield 1\n"
    "    got = yield got * 2\n"
    "    return got\n"
    "\n"
    "def mid():\n"
    "    r = yield from leaf()\n"
    "    return r + 1\n"
    "\n"
    "def top():\n"
    "    r = yield from mid()\n"
    "    yield r\n"
    "    yield r * 2\n"
    "\n"
    "g = top()\n"
    "a = g.send(None)\n"
    "b = g.send(5)\n"
    "c = g.send(7)\n"
    "print(a, b, c, [v for v in g])\n"
    "\n"
    "def numbers():\n"
    "    for i in range(4):\n"
    "        yield i\n"
    "\n"
    "def relay(s):\n"
    "    yield s.send(None)\n"
    "\n"
    "s = numbers()\n"
    "def head(s):\n"
    "    yield from s\n"
    "\n"
    "d = head(s)\n"
    "a = d.send(None)\n"
    "for v in s:\n"
    "    break\n"
    "r = relay(s)\n"
    "b = r.send(None)\n"
    "print(a, v, b, d.send(None), [x for x in r], [x for x in d])\n";

// The await chain runs a class body, which runs in a nested loop.
const char* kAwaitChain =
    "class Ready:\n"
    "    def __await__(self):\n"
    "        x = yield 'ready'\n"
    "        return x\n"
    "\n"
    "async def inner():\n"
    "    return await Ready()\n"
    "\n"
    "async def outer():\n"
    "    return await inner() + 1\n"
    "\n"
    "c = outer()\n"
    "print(c.send(None))\n"
    "try:\n"
    "    c.send(41)\n"
    "except StopIteration as e:\n"
    "    print(e.value)\n";

std::unique_ptr<Session> loaded(SessionOptions options = {}, const std::string& source = kWithFinalizer) {
    auto s = std::make_unique<Session>(options);
    REQUIRE(s->load(source, "main.py").ok);
    return s;
}

// The snapshot after each step, going one step at a time.
std::vector<std::string> snapshots_step_by_step(Session& s) {
    std::vector<std::string> out;
    REQUIRE(s.seek(0) == 0);
    out.push_back(s.snapshot());
    for (uint64_t k = 1; k < s.step_count(); ++k) {
        REQUIRE(s.step_forward() == static_cast<int64_t>(k));
        out.push_back(s.snapshot());
    }
    return out;
}

// The instruction the snapshot at the session's position says was run last.
std::string last_instruction(Session& s) {
    ys::test::Json i = parse_json(s.snapshot())["instruction"];
    return "frame " + std::to_string(i["frame"].integer()) + " code " + std::to_string(i["code"].integer()) +
           " offset " + std::to_string(i["offset"].integer()) + " " + i["opname"].s;
}

}  // namespace

TEST_CASE("a seek lands on the instruction that stepping lands on", "[vm][fused]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {kWithFinalizer, "(-4, 5)\ndel\ndel\n"}, {kDelegation, "1 10 8 [16]\n0 1 2 3 [] []\n"}, {kAwaitChain, "ready\n42\n"}};
    for (const auto& [source, output] : cases) {
        auto stepper = loaded({}, source);
        stepper->run();
        REQUIRE(stepper->stdout_text() == output);
        std::vector<std::string> stepped = snapshots_step_by_step(*stepper);
        REQUIRE(stepped.size() > 50);

        // A fresh session for each seek, so that each replays from the start: it
        // runs without stopping up to a few steps before its target, then watches.
        for (size_t k = 0; k < stepped.size(); ++k) {
            INFO("step " << k);
            auto seeker = loaded({}, source);
            seeker->run();
            REQUIRE(seeker->seek(k) == static_cast<int64_t>(k));
            REQUIRE(seeker->snapshot() == stepped[k]);
        }
    }
}

TEST_CASE("a step budget stops after exactly its number of instructions", "[vm][fused]") {
  for (const std::string& source : {kWithFinalizer, std::string(kDelegation), std::string(kAwaitChain)}) {
    auto whole = loaded({}, source);
    whole->run();
    uint64_t n = whole->step_count();
    for (uint64_t budget = 1; budget < n; ++budget) {
        INFO("budget " << budget);
        SessionOptions o;
        o.step_budget = budget;
        auto s = loaded(o, source);
        CHECK(s->run().status == RunStatus::Limit);
        REQUIRE(s->step_count() == budget);
        // The last instruction run is the one stepping shows at that step.
        std::string last = last_instruction(*s);
        REQUIRE(whole->seek(budget - 1) == static_cast<int64_t>(budget - 1));
        REQUIRE(last_instruction(*whole) == last);
    }
  }
}

TEST_CASE("runs paused every k instructions take the same steps", "[vm][fused]") {
    for (const std::string& source :
         {std::string(kFusedPairs), kWithFinalizer, std::string(kDelegation), std::string(kAwaitChain)}) {
        // Code run by a nested loop (a class body, a __del__) cannot pause: there
        // the pause waits for the top-level loop. Elsewhere it is exact.
        bool nested = source == kWithFinalizer || source == kAwaitChain;
        auto whole = loaded({}, source);
        whole->run();
        for (uint64_t slice = 1; slice <= 7; ++slice) {
            INFO("slice " << slice << (nested ? " with nested loops" : ""));
            auto s = loaded({}, source);
            ys::api::RunResult r;
            uint64_t pauses = 0;
            do {
                r = s->run(slice);
                if (r.status == RunStatus::Paused) {
                    ++pauses;
                    if (!nested) REQUIRE(s->step_count() == pauses * slice);
                }
            } while (r.status == RunStatus::Paused);
            CHECK(r.status == RunStatus::Finished);
            CHECK(s->stdout_text() == whole->stdout_text());
            CHECK(s->step_count() == whole->step_count());
        }
    }
}
