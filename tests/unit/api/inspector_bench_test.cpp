// Measurements of the inspector (hidden: run with `ys_tests "[.bench]"`):
// run speed with and without an observer, seek and snapshot times, and the
// memory of a long run's history. They print figures and check only sanity.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "api/session.h"

using ys::api::Session;
using ys::api::SessionOptions;

namespace {

double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A generator loop over `items` items.
std::string generator_loop(int items) {
    return "def gen(n):\n    for i in range(n):\n        yield i\ntotal = 0\nfor x in gen(" + std::to_string(items) +
           "):\n    total += x\nprint(total)\n";
}

const char* kTeaching =
    "class Account:\n"
    "    def __init__(self, owner, balance=0):\n"
    "        self.owner = owner\n"
    "        self.balance = balance\n"
    "        self.history = []\n"
    "    def deposit(self, amount):\n"
    "        self.balance += amount\n"
    "        self.history.append(('deposit', amount))\n"
    "def fib():\n"
    "    a, b = 0, 1\n"
    "    while True:\n"
    "        yield a\n"
    "        a, b = b, a + b\n"
    "accounts = [Account(name) for name in ['ann', 'bob', 'cy']]\n"
    "f = fib()\n"
    "for acc in accounts:\n"
    "    for _ in range(5):\n"
    "        acc.deposit(next(f))\n"
    "table = {acc.owner: acc.balance for acc in accounts}\n"
    "print(table)\n";

}  // namespace

TEST_CASE("run speed with and without an observer", "[.bench]") {
    SessionOptions o;
    o.step_budget = 200'000'000;
    int64_t items = std::getenv("YS_BENCH_ITEMS") ? std::atoll(std::getenv("YS_BENCH_ITEMS")) : 5'000'000;
    std::string src = generator_loop(static_cast<int>(items));
    Session plain(o);
    REQUIRE(plain.load(src).ok);
    double t0 = now_ms();
    plain.run();
    double plain_ms = now_ms() - t0;
    uint64_t steps = plain.step_count();
    // The recorder watches every instruction.
    t0 = now_ms();
    std::string tail = plain.events_json(steps - 1, steps);
    double record_ms = now_ms() - t0;
    // A replay with an observer that asks for one far step (a seek; then the
    // engine has finished, so the second seek replays from the start).
    plain.seek(steps - 1);
    t0 = now_ms();
    plain.seek(steps - 1000);
    double seek_ms = now_ms() - t0;
    std::printf("generator loop: %llu steps\n  no observer: %.1f ms (%.1f M steps/s)\n"
                "  replay with a seeking observer: %.1f ms (%.1f M steps/s)\n"
                "  recording every instruction: %.1f ms (%.1f M steps/s)\n",
                static_cast<unsigned long long>(steps), plain_ms, steps / plain_ms / 1000, seek_ms,
                steps / seek_ms / 1000, record_ms, steps / record_ms / 1000);
    CHECK(plain.stdout_text() == std::to_string(items * (items - 1) / 2) + "\n");
}

TEST_CASE("seek and snapshot times, history memory", "[.bench]") {
    // A program of about a million steps.
    Session s;
    REQUIRE(s.load(generator_loop(120'000)).ok);
    s.run();
    uint64_t n = s.step_count();
    double t0 = now_ms();
    s.events_json(0, 0);
    double record_ms = now_ms() - t0;
    auto stats = s.stats();
    std::printf("a %llu-step program: recording %.1f ms, history %.1f MB in %zu events\n",
                static_cast<unsigned long long>(n), record_ms, stats.history_bytes / 1e6, stats.history_events);
    double worst = 0, total = 0;
    int count = 0;
    for (uint64_t k : {n - 1, n / 2, uint64_t(10), n * 3 / 4, n / 4, n - 100, uint64_t(1000), n / 3}) {
        t0 = now_ms();
        s.seek(k);
        double ms = now_ms() - t0;
        worst = std::max(worst, ms);
        total += ms;
        ++count;
    }
    std::printf("  seek: mean %.1f ms, worst %.1f ms (replays %llu)\n", total / count, worst,
                static_cast<unsigned long long>(s.stats().replays));
    s.seek(n / 2);
    t0 = now_ms();
    for (int i = 0; i < 100; ++i) s.step_forward();
    std::printf("  step forward x100 from the middle: %.2f ms each\n", (now_ms() - t0) / 100);
    t0 = now_ms();
    for (int i = 0; i < 20; ++i) s.step_back();
    std::printf("  step back x20 from there: %.2f ms each\n", (now_ms() - t0) / 20);

    Session t;
    REQUIRE(t.load(kTeaching).ok);
    t.run();
    uint64_t m = t.step_count();
    double worst_snap = 0, sum_snap = 0;
    for (uint64_t k = 0; k < m; k += 13) {
        t.seek(k);
        double ms = t.stats().last_snapshot_ms;
        worst_snap = std::max(worst_snap, ms);
        sum_snap += ms;
    }
    t.seek(m - 1);
    std::printf("teaching program (%llu steps): snapshot mean %.3f ms, worst %.3f ms, last one %zu bytes\n",
                static_cast<unsigned long long>(m), sum_snap / (m / 13 + 1), worst_snap, t.snapshot().size());
    CHECK(worst_snap < 50);
}
