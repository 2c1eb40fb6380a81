// The inspector through the Session: deterministic replay, seeking in any
// order, navigation (step over a yield or an await lands back in the same
// frame), generator frames moving between the stack and `suspended`, limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "api/session.h"
#include "../trace/json_value.h"

using ys::api::RunStatus;
using ys::api::Session;
using ys::api::SessionOptions;
using ys::test::Json;
using ys::test::parse_json;

namespace {

std::unique_ptr<Session> run_session(const std::string& source, SessionOptions options = {}) {
    auto s = std::make_unique<Session>(options);
    REQUIRE(s->load(source, "main.py").ok);
    s->run();
    return s;
}

Json snapshot_at(Session& s, uint64_t step) {
    REQUIRE(s.seek(step) == static_cast<int64_t>(step));
    return parse_json(s.snapshot());
}

Json all_events(Session& s) { return parse_json(s.events_json(0, UINT64_MAX)); }

// The steps of the events of `kind` (in frame `frame` if not 0, on `line` if not 0).
std::vector<uint64_t> steps_of(const Json& events, const std::string& kind, int64_t frame = 0, int line = 0) {
    std::vector<uint64_t> out;
    for (const auto& e : events.items) {
        if (e["kind"].s != kind) continue;
        if (frame && (!e.has("frame") || e["frame"].integer() != frame)) continue;
        if (line && (!e.has("line") || e["line"].integer() != line)) continue;
        out.push_back(static_cast<uint64_t>(e["step"].integer()));
    }
    return out;
}

// The id of the frame running code `qualname` in the first call event.
int64_t frame_of_call(const Json& events, const std::string& qualname, size_t nth = 0) {
    for (const auto& e : events.items)
        if (e["kind"].s == "call" && e["name"].s == qualname && nth-- == 0) return e["frame"].integer();
    FAIL("no call of " << qualname);
    return 0;
}

const Json* find_frame(const Json& list, int64_t id) {
    for (const auto& f : list.items)
        if (f["id"].integer() == id) return &f;
    return nullptr;
}

// The entry of object `id` in a snapshot's object table.
const Json& object_of(const Json& snap, int64_t id) { return snap["objects"][std::to_string(id)]; }

// The object a value ref ({"ref": id}) points at.
const Json& referent(const Json& snap, const Json& ref) { return object_of(snap, ref["ref"].integer()); }

const char* kGenerator =
    "def gen(n):\n"                    // 1
    "    total = 0\n"                  // 2
    "    for i in range(n):\n"         // 3
    "        x = yield i\n"            // 4
    "        if x:\n"                  // 5
    "            total += x\n"         // 6
    "    return total\n"               // 7
    "\n"                               // 8
    "def drive(g, v):\n"               // 9
    "    return g.send(v)\n"           // 10
    "\n"                               // 11
    "g = gen(3)\n"                     // 12
    "print(next(g))\n"                 // 13
    "print('between')\n"               // 14
    "print(drive(g, 10))\n"            // 15
    "items = [next(g), 'a', {'k': (1, 2)}]\n"  // 16
    "try:\n"                           // 17
    "    next(g)\n"                    // 18
    "except StopIteration as e:\n"     // 19
    "    print('done', e.value)\n";    // 20

}  // namespace

TEST_CASE("two sessions of one program give identical events and snapshots", "[api][inspector]") {
    auto a = run_session(kGenerator);
    auto b = run_session(kGenerator);
    REQUIRE(a->step_count() == b->step_count());
    REQUIRE(a->step_count() > 50);
    CHECK(a->events_json(0, UINT64_MAX) == b->events_json(0, UINT64_MAX));
    uint64_t n = a->step_count();
    for (uint64_t k : {uint64_t(0), n / 4, n / 2, n - 2, n - 1}) {
        a->seek(k);
        b->seek(k);
        INFO("step " << k);
        CHECK(a->snapshot() == b->snapshot());
    }
}

TEST_CASE("seeking in any order gives the snapshot of a fresh run to that step", "[api][inspector]") {
    auto backwards = run_session(kGenerator);
    auto forwards = run_session(kGenerator);
    uint64_t n = backwards->step_count();
    // Every step, forwards in one session and backwards in the other.
    std::vector<std::string> fwd(n), bwd(n);
    for (uint64_t k = 0; k < n; ++k) {
        forwards->seek(k);
        fwd[k] = forwards->snapshot();
    }
    for (uint64_t k = n; k-- > 0;) {
        backwards->seek(k);
        bwd[k] = backwards->snapshot();
    }
    for (uint64_t k = 0; k < n; ++k) {
        INFO("step " << k);
        REQUIRE(fwd[k] == bwd[k]);
    }
    // Jumping around, with a fresh session for each answer.
    auto jumper = run_session(kGenerator);
    for (uint64_t k : {n - 1, uint64_t(3), n / 2, n / 2 + 1, uint64_t(0), n / 3, n - 1}) {
        jumper->seek(k);
        auto fresh = run_session(kGenerator);
        fresh->seek(k);
        INFO("step " << k);
        CHECK(jumper->snapshot() == fresh->snapshot());
        CHECK(jumper->snapshot() == fwd[k]);
        CHECK(parse_json(fwd[k])["step"].integer() == static_cast<int64_t>(k));
    }
    // Each step's snapshot differs from the next one's somewhere (the step number at least).
    CHECK(fwd[0] != fwd[1]);
}

TEST_CASE("a generator frame is suspended after a yield and back on the stack after next()", "[api][inspector]") {
    auto s = run_session(kGenerator);
    Json events = all_events(*s);
    int64_t gen_frame = frame_of_call(events, "gen");
    auto yields = steps_of(events, "yield", gen_frame);
    REQUIRE(yields.size() == 3);
    auto resumes = steps_of(events, "resume", gen_frame);
    REQUIRE(resumes.size() == 4);

    // Right after the first yield: not on the stack, listed as suspended, state SUSPENDED.
    Json after_yield = snapshot_at(*s, yields[0]);
    CHECK(find_frame(after_yield["frames"], gen_frame) == nullptr);
    const Json* suspended = find_frame(after_yield["suspended"], gen_frame);
    REQUIRE(suspended != nullptr);
    int64_t gen_id = (*suspended)["owner"].integer();
    CHECK((*suspended)["back"].is_null());
    CHECK((*suspended)["line"].integer() == 4);
    CHECK((*suspended)["locals"]["i"].s == "0");
    const Json& gen_obj = object_of(after_yield, gen_id);
    CHECK(gen_obj["kind"].s == "generator");
    CHECK(gen_obj["state"].s == "SUSPENDED");
    CHECK(gen_obj["frame"].integer() == gen_frame);
    CHECK(after_yield["globals"]["g"]["ref"].integer() == gen_id);

    // Resumed by send() inside drive(): on top of the stack, f_back is drive's frame.
    int64_t drive_frame = frame_of_call(events, "drive");
    Json resumed = snapshot_at(*s, resumes[1]);
    REQUIRE(resumed["frames"].size() >= 4);
    CHECK(resumed["frames"][0]["id"].integer() == gen_frame);
    CHECK(resumed["frames"][0]["back"].integer() == drive_frame);
    CHECK(resumed["frames"][0]["owner"].integer() == gen_id);
    // Between them the built-in send() that resumed it, a native frame.
    CHECK(resumed["frames"][1]["kind"].s == "native");
    CHECK(resumed["frames"][1]["qualname"].s == "generator.send");
    CHECK(resumed["frames"][1]["back"].integer() == drive_frame);
    CHECK(resumed["frames"][2]["id"].integer() == drive_frame);
    CHECK(find_frame(resumed["suspended"], gen_frame) == nullptr);
    CHECK(object_of(resumed, gen_id)["state"].s == "RUNNING");
    CHECK(resumed["event"]["kind"].s == "resume");
    CHECK(resumed["event"]["how"].s == "send");
    CHECK(resumed["event"]["value"].s == "10");

    // The first resume came from the module: f_back is the module frame.
    Json first = snapshot_at(*s, resumes[0]);
    int64_t module_frame = frame_of_call(events, "<module>");
    CHECK(first["frames"][0]["id"].integer() == gen_frame);
    CHECK(first["frames"][0]["back"].integer() == module_frame);

    // After the generator returned: closed, no frame.
    auto returns = steps_of(events, "return", gen_frame);
    REQUIRE(returns.size() == 1);
    Json closed = snapshot_at(*s, returns[0]);
    CHECK(find_frame(closed["frames"], gen_frame) == nullptr);
    CHECK(find_frame(closed["suspended"], gen_frame) == nullptr);
    CHECK(object_of(closed, gen_id)["state"].s == "CLOSED");
    CHECK(object_of(closed, gen_id)["frame"].is_null());
}

TEST_CASE("step over a yield lands where the same frame resumes", "[api][inspector]") {
    auto s = run_session(kGenerator);
    Json events = all_events(*s);
    int64_t gen_frame = frame_of_call(events, "gen");
    auto line4 = steps_of(events, "line", gen_frame, 4);
    REQUIRE(!line4.empty());
    REQUIRE(s->seek(line4[0]) == static_cast<int64_t>(line4[0]));
    CHECK(s->output_at_position() == "");
    int64_t landed = s->step_over();
    Json snap = parse_json(s->snapshot());
    CHECK(snap["instruction"]["frame"].integer() == gen_frame);
    CHECK(snap["line"].integer() == 5);
    CHECK(snap["frames"][0]["id"].integer() == gen_frame);
    // What ran in between: the module printed, and drive() resumed the generator.
    CHECK(s->output_at_position() == "0\nbetween\n");
    CHECK(snap["frames"][0]["back"].integer() == frame_of_call(events, "drive"));
    auto yields = steps_of(events, "yield", gen_frame);
    CHECK(landed > static_cast<int64_t>(yields[0]));
    // Stepping over again stays in the generator.
    s->step_over();
    CHECK(parse_json(s->snapshot())["instruction"]["frame"].integer() == gen_frame);
}

TEST_CASE("step over an await in a hand-driven coroutine lands after it resumes", "[api][inspector]") {
    const char* src =
        "class Ready:\n"                       // 1
        "    def __await__(self):\n"           // 2
        "        v = yield 'waiting'\n"        // 3
        "        return v * 2\n"               // 4
        "\n"                                   // 5
        "async def coro():\n"                  // 6
        "    a = 1\n"                          // 7
        "    b = await Ready()\n"              // 8
        "    print('got', b)\n"                // 9
        "    return b\n"                       // 10
        "\n"                                   // 11
        "c = coro()\n"                         // 12
        "print(c.send(None))\n"                // 13
        "print('main runs')\n"                 // 14
        "try:\n"                               // 15
        "    c.send(21)\n"                     // 16
        "except StopIteration as e:\n"         // 17
        "    print('result', e.value)\n";      // 18
    auto s = run_session(src);
    CHECK(s->stdout_text() == "waiting\nmain runs\ngot 42\nresult 42\n");
    Json events = all_events(*s);
    int64_t coro_frame = frame_of_call(events, "coro");
    auto line8 = steps_of(events, "line", coro_frame, 8);
    REQUIRE(line8.size() == 1);
    s->seek(line8[0]);
    Json at = parse_json(s->snapshot());
    CHECK(at["frames"][0]["kind"].s == "coroutine");
    s->step_over();
    Json snap = parse_json(s->snapshot());
    CHECK(snap["instruction"]["frame"].integer() == coro_frame);
    CHECK(snap["line"].integer() == 9);
    CHECK(s->output_at_position() == "waiting\nmain runs\n");
    // The coroutine was suspended in between: its frame was listed as suspended.
    auto yields = steps_of(events, "yield", coro_frame);
    REQUIRE(yields.size() == 1);
    Json mid = snapshot_at(*s, yields[0] + 3);
    const Json* sus = find_frame(mid["suspended"], coro_frame);
    REQUIRE(sus != nullptr);
    const Json& co = object_of(mid, (*sus)["owner"].integer());
    CHECK(co["kind"].s == "coroutine");
    CHECK(co["state"].s == "SUSPENDED");
    // cr_await: the __await__ generator it waits on.
    REQUIRE(co["delegate"].has("ref"));
    CHECK(referent(mid, co["delegate"])["kind"].s == "generator");
}

TEST_CASE("step out, next and previous line, next and previous event", "[api][inspector]") {
    auto s = run_session(kGenerator);
    Json events = all_events(*s);
    int64_t gen_frame = frame_of_call(events, "gen");
    auto line2 = steps_of(events, "line", gen_frame, 2);
    REQUIRE(line2.size() == 1);
    s->seek(line2[0]);
    // Out of the generator: right after its yield, in the module.
    int64_t out = s->step_out();
    auto yields = steps_of(events, "yield", gen_frame);
    CHECK(out == static_cast<int64_t>(yields[0]) + 1);
    CHECK(parse_json(s->snapshot())["frames"][0]["name"].s == "<module>");

    s->seek(0);
    int64_t l1 = s->next_line();
    CHECK(l1 > 0);
    int64_t l2 = s->next_line();
    CHECK(l2 > l1);
    CHECK(s->prev_line() == l1);

    s->seek(0);
    int64_t o1 = s->next_event("output");
    CHECK(parse_json(s->snapshot())["event"]["kind"].s == "output");
    CHECK(s->output_at_position() == "0\n");
    int64_t o2 = s->next_event("output");
    CHECK(o2 > o1);
    CHECK(s->output_at_position() == "0\nbetween\n");
    CHECK(s->prev_event("output") == o1);
    CHECK(s->prev_event("output") == o1);  // nothing earlier: it stays
    CHECK(s->next_event("no-such-event") == o1);
    CHECK(s->step_forward() == o1 + 1);
    CHECK(s->step_back() == o1);
}

TEST_CASE("seeking into code run by a builtin (a nested loop) works both ways", "[api][inspector]") {
    const char* src =
        "def squares(n):\n"
        "    for i in range(n):\n"
        "        yield i * i\n"
        "result = list(squares(4))\n"
        "print(sum(result), sorted(result, key=lambda v: -v))\n";
    auto s = run_session(src);
    CHECK(s->stdout_text() == "14 [9, 4, 1, 0]\n");
    Json events = all_events(*s);
    int64_t frame = frame_of_call(events, "squares");
    auto yields = steps_of(events, "yield", frame);
    REQUIRE(yields.size() == 4);
    // Inside the generator while list() drives it: a step after the third resume.
    auto resumes = steps_of(events, "resume", frame);
    REQUIRE(resumes.size() == 5);
    uint64_t inside = resumes[2] + 2;
    Json snap = snapshot_at(*s, inside);
    CHECK(snap["frames"][0]["id"].integer() == frame);
    CHECK(snap["frames"][0]["locals"]["i"].s == "1");
    // Forwards and backwards from there match fresh sessions.
    for (uint64_t k : {inside + 1, inside + 2, inside - 1}) {
        s->seek(k);
        auto fresh = run_session(src);
        fresh->seek(k);
        CHECK(s->snapshot() == fresh->snapshot());
    }
    // The lambda run by sorted() shows up as a frame too.
    auto lambda_calls = steps_of(events, "call");
    bool saw_lambda = false;
    for (const auto& e : events.items)
        if (e["kind"].s == "call" && e["name"].s == "<lambda>") saw_lambda = true;
    CHECK(saw_lambda);
}

TEST_CASE("events: lines, calls, exceptions, generators' lives, output", "[api][inspector]") {
    const char* src =
        "def fail(x):\n"
        "    raise ValueError('bad ' + str(x))\n"
        "def catch():\n"
        "    try:\n"
        "        fail(3)\n"
        "    except ValueError as e:\n"
        "        return str(e)\n"
        "print(catch())\n"
        "def g():\n"
        "    try:\n"
        "        yield 1\n"
        "    finally:\n"
        "        print('closing')\n"
        "it = g()\n"
        "next(it)\n"
        "del it\n"
        "print('end')\n";
    auto s = run_session(src);
    CHECK(s->stdout_text() == "bad 3\nclosing\nend\n");
    Json events = all_events(*s);
    int64_t fail_frame = frame_of_call(events, "fail");
    int64_t catch_frame = frame_of_call(events, "catch");
    auto raised = steps_of(events, "exception", fail_frame);
    REQUIRE(raised.size() == 1);
    CHECK(steps_of(events, "unwind", fail_frame) == raised);
    CHECK(steps_of(events, "exception", catch_frame) == raised);
    CHECK(steps_of(events, "handled", catch_frame) == raised);
    for (const auto& e : events.items)
        if (e["kind"].s == "exception" && e["frame"].integer() != fail_frame && e["frame"].integer() != catch_frame)
            CHECK(e["exception"]["text"].s == "GeneratorExit");
        else if (e["kind"].s == "exception")
            CHECK(e["exception"]["text"].s == "ValueError: bad 3");
    // Lines of catch(), in order of first arrival.
    std::vector<int64_t> lines;
    for (const auto& e : events.items)
        if (e["kind"].s == "line" && e["frame"].integer() == catch_frame) lines.push_back(e["line"].integer());
    CHECK(lines == std::vector<int64_t>{4, 5, 6, 7});
    // The generator: created, running, suspended, finalised when dropped, then closed.
    std::vector<std::string> life;
    int64_t gen = 0;
    for (const auto& e : events.items) {
        const std::string& k = e["kind"].s;
        if (k == "gen_created") gen = e["gen"].integer();
        if (gen && e.has("gen") && e["gen"].integer() == gen && (k == "gen_created" || k == "gen_state" || k == "gen_finalize"))
            life.push_back(k == "gen_state" ? e["state"].s : k);
    }
    CHECK(life == std::vector<std::string>{"gen_created", "RUNNING", "SUSPENDED", "gen_finalize", "RUNNING", "CLOSED"});
    auto closes = steps_of(events, "resume");
    bool saw_close = false;
    for (const auto& e : events.items)
        if (e["kind"].s == "resume" && e["how"].s == "close") saw_close = true;
    CHECK(saw_close);
    // Output events carry their text.
    std::string printed;
    for (const auto& e : events.items)
        if (e["kind"].s == "output") printed += e["text"].s;
    CHECK(printed == s->stdout_text());
}

TEST_CASE("the snapshot shows the exception being raised, handled, or uncaught", "[api][inspector]") {
    const char* src =
        "def f(x):\n"
        "    return 1 / x\n"
        "try:\n"
        "    f(0)\n"
        "except ZeroDivisionError:\n"
        "    y = 1\n"
        "f(0)\n";
    auto s = run_session(src);
    Json events = all_events(*s);
    auto raised = steps_of(events, "unwind");
    REQUIRE(raised.size() >= 2);
    Json at_raise = snapshot_at(*s, raised[0]);
    REQUIRE(!at_raise["exception"].is_null());
    CHECK(at_raise["exception"]["state"].s == "raised");
    CHECK(at_raise["exception"]["caught"].b == true);
    CHECK(at_raise["exception"]["type"].s == "ZeroDivisionError");
    REQUIRE(at_raise["exception"]["traceback"].size() == 2);
    CHECK(at_raise["exception"]["traceback"][0]["name"].s == "<module>");
    CHECK(at_raise["exception"]["traceback"][1]["name"].s == "f");
    CHECK(at_raise["exception"]["traceback"][1]["line"].integer() == 2);
    // Inside the except block: handled.
    auto line6 = steps_of(events, "line", 0, 6);
    REQUIRE(line6.size() == 1);
    Json handled = snapshot_at(*s, line6[0]);
    REQUIRE(!handled["exception"].is_null());
    CHECK(handled["exception"]["state"].s == "handled");
    CHECK(handled["exception"]["text"].s == "ZeroDivisionError: division by zero");
    // The end: uncaught, no frames left.
    Json end = snapshot_at(*s, s->step_count() - 1);
    CHECK(end["status"].s == "error");
    CHECK(end["frames"].size() == 0);
    REQUIRE(!end["exception"].is_null());
    CHECK(end["exception"]["state"].s == "uncaught");
    CHECK(end["exception"]["traceback"][0]["line"].integer() == 7);
}

TEST_CASE("snapshots never run Python code", "[api][inspector]") {
    const char* src =
        "calls = []\n"
        "class Noisy:\n"
        "    def __repr__(self):\n"
        "        calls.append(1)\n"
        "        print('repr ran')\n"
        "        return 'NOISY'\n"
        "    def __eq__(self, other):\n"
        "        calls.append(2)\n"
        "        return True\n"
        "    def __hash__(self):\n"
        "        calls.append(3)\n"
        "        return 1\n"
        "n = Noisy()\n"
        "n.size = 3\n"
        "d = {'k': n, 'l': [n, n]}\n"
        "print(len(calls))\n";
    auto s = run_session(src);
    uint64_t n = s->step_count();
    for (uint64_t k = 0; k < n; k += 7) s->seek(k);
    Json snap = snapshot_at(*s, n - 1);
    CHECK(s->stdout_text() == "0\n");
    CHECK(s->output_at_position() == "0\n");
    int64_t id = snap["globals"]["n"]["ref"].integer();
    const Json& obj = object_of(snap, id);
    CHECK(obj["kind"].s == "instance");
    CHECK(obj["type"].s == "Noisy");
    CHECK(obj["repr"].s == "<Noisy object>");
    CHECK(obj["attrs"]["size"].s == "3");
    const Json& d = referent(snap, snap["globals"]["d"]);
    CHECK(d["len"].integer() == 2);
    CHECK(d["entries"][0][0].s == "'k'");
    CHECK(d["entries"][0][1]["ref"].integer() == id);
    CHECK(snap["globals"]["calls"].has("ref"));
}

TEST_CASE("an instance's attrs show its set slots, then its __dict__", "[api][inspector]") {
    auto s = run_session(
        "class Point:\n"
        "    __slots__ = ('y', 'x', 'unset', '__dict__')\n"
        "p = Point()\n"
        "p.x = 1\n"
        "p.y = [2]\n"
        "p.note = 'n'\n"
        "import asyncio\n"
        "async def main():\n"
        "    global task\n"
        "    task = asyncio.current_task()\n"
        "asyncio.run(main())\n");
    Json snap = snapshot_at(*s, s->step_count() - 1);
    const Json& p = referent(snap, snap["globals"]["p"]);
    // Slot order is the sorted names ('unset' holds nothing), then the dict.
    CHECK(p["attrs"].keys() == std::vector<std::string>{"x", "y", "note"});
    CHECK(p["attrs"]["x"].s == "1");
    CHECK(p["attrs"]["y"].has("ref"));
    CHECK(p["attrs"]["note"].s == "'n'");
    // A task's fields live in slots too; the picture of a task needs them.
    const Json& task = referent(snap, snap["globals"]["task"]);
    CHECK(task["type"].s == "Task");
    CHECK(task["attrs"]["_state"].s == "'FINISHED'");
    CHECK(task["attrs"]["_name"].s == "'Task-1'");
    CHECK(task["attrs"].has("_coro"));
}

TEST_CASE("large containers and long strings are capped with their full length", "[api][inspector]") {
    auto s = run_session("big = list(range(500))\ntext = 'x' * 1000\nshort = 'hi'\n");
    Json snap = snapshot_at(*s, s->step_count() - 1);
    const Json& big = referent(snap, snap["globals"]["big"]);
    CHECK(big["len"].integer() == 500);
    CHECK(big["items"].size() < 500);
    CHECK(big["items"][0].s == "0");
    const Json& text = referent(snap, snap["globals"]["text"]);
    CHECK(text["kind"].s == "str");
    CHECK(text["len"].integer() == 1000);
    CHECK(text["repr"].s.size() < 200);
    CHECK(snap["globals"]["short"].s == "'hi'");
}

TEST_CASE("the step budget stops a run with 'stopped after N steps'", "[api][inspector][limits]") {
    SessionOptions o;
    o.step_budget = 5000;
    auto s = run_session("i = 0\nwhile True:\n    i += 1\n", o);
    CHECK(s->step_count() == 5000);
    CHECK(s->exit_status() == 1);
    CHECK(s->stderr_text().find("stopped after 5000 steps") != std::string::npos);
    Json end = snapshot_at(*s, 4999);
    CHECK(end["status"].s == "limit");
    // The budget counts across slices too.
    Session sliced(o);
    REQUIRE(sliced.load("i = 0\nwhile True:\n    i += 1\n").ok);
    ys::api::RunResult r;
    int slices = 0;
    do {
        r = sliced.run(700);
        ++slices;
    } while (r.status == RunStatus::Paused);
    CHECK(r.status == RunStatus::Limit);
    CHECK(r.steps == 5000);
    CHECK(slices >= 7);
}

TEST_CASE("the output cap ends a run with a clear message", "[api][inspector][limits]") {
    SessionOptions o;
    o.output_limit = 1000;
    // Printing from inside a generator run by a builtin (a nested loop) stops too.
    const char* src =
        "def lines():\n"
        "    i = 0\n"
        "    while True:\n"
        "        print('line', i)\n"
        "        i += 1\n"
        "        yield i\n"
        "for n in map(str, lines()):\n"
        "    pass\n";
    auto s = run_session(src, o);
    CHECK(s->exit_status() == 1);
    CHECK(s->stdout_text().size() <= 1000);
    CHECK(s->stdout_text().size() > 900);
    CHECK(s->stderr_text().find("the output limit of 1000 bytes") != std::string::npos);
    CHECK(s->stderr_text().find("stopped after " + std::to_string(s->step_count()) + " steps") != std::string::npos);
    // It stopped right after the write that crossed the cap, not at the step budget.
    CHECK(s->step_count() < 5000);
    // Replays stop at the same step.
    Json end = snapshot_at(*s, s->step_count() - 1);
    CHECK(end["status"].s == "limit");
}

TEST_CASE("run(max_steps) pauses and continues; the inspector follows", "[api][inspector]") {
    Session s;
    REQUIRE(s.load(kGenerator).ok);
    auto r = s.run(40);
    CHECK(r.status == RunStatus::Paused);
    CHECK(s.position() == static_cast<int64_t>(s.step_count()) - 1);
    uint64_t first = s.step_count();
    Json early = parse_json(s.snapshot());
    CHECK(early["status"].s == "paused");
    CHECK(early["step"].integer() == static_cast<int64_t>(first) - 1);
    size_t early_events = parse_json(s.events_json(0, UINT64_MAX)).size();
    do r = s.run(40);
    while (r.status == RunStatus::Paused);
    CHECK(r.status == RunStatus::Finished);
    auto whole = run_session(kGenerator);
    CHECK(s.step_count() == whole->step_count());
    CHECK(s.events_json(0, UINT64_MAX) == whole->events_json(0, UINT64_MAX));
    CHECK(parse_json(s.events_json(0, UINT64_MAX)).size() > early_events);
    s.seek(first - 1);
    whole->seek(first - 1);
    Json a = parse_json(s.snapshot());
    Json b = parse_json(whole->snapshot());
    CHECK(a["frames"].size() == b["frames"].size());
    CHECK(s.snapshot() == whole->snapshot());
}

TEST_CASE("dis as JSON lists every code object with offsets and lines", "[api][inspector]") {
    Session s;
    REQUIRE(s.load(kGenerator).ok);
    Json dis = parse_json(s.dis_json());
    REQUIRE(dis["codes"].size() == 3);
    CHECK(dis["codes"][0]["name"].s == "<module>");
    CHECK(dis["codes"][1]["name"].s == "gen");
    CHECK(dis["codes"][2]["name"].s == "drive");
    const Json& ins = dis["codes"][1]["instructions"];
    bool has_yield = false;
    for (size_t i = 0; i < ins.size(); ++i) {
        CHECK(ins[i]["offset"].integer() == static_cast<int64_t>(2 * i));
        if (ins[i]["opname"].s == "YIELD_VALUE") {
            has_yield = true;
            CHECK(ins[i]["line"].integer() == 4);
        }
    }
    CHECK(has_yield);
    // Snapshots name code objects by the same index.
    s.run();
    Json events = all_events(s);
    s.seek(steps_of(events, "yield")[0]);
    Json snap = parse_json(s.snapshot());
    CHECK(snap["instruction"]["code"].integer() == 1);
    CHECK(snap["instruction"]["opname"].s == "YIELD_VALUE");
    CHECK(dis["codes"][1]["instructions"][static_cast<size_t>(snap["instruction"]["offset"].integer() / 2)]["opname"].s ==
          "YIELD_VALUE");
}

TEST_CASE("a run paused between any two instructions goes on exactly as an unpaused one", "[api][inspector]") {
    // KW_NAMES and the CALL after it share state inside the eval loop: a slice
    // ending between them used to lose the keyword names.
    const char* src =
        "def f(a, b=0, *, c=1):\n"
        "    return a - b * c\n"
        "print(f(10, b=3), f(1, c=5, b=2), dict(x=1, y=2))\n"
        "import types\n"
        "@types.coroutine\n"
        "def tick():\n"
        "    yield 'tick'\n"
        "print(tick.__code__.co_flags & 0x100)\n";
    auto whole = run_session(src);
    Session sliced;
    REQUIRE(sliced.load(src).ok);
    ys::api::RunResult r;
    do r = sliced.run(1);
    while (r.status == RunStatus::Paused);
    CHECK(r.status == RunStatus::Finished);
    CHECK(sliced.stdout_text() == whole->stdout_text());
    CHECK(sliced.stdout_text() == "7 -9 {'x': 1, 'y': 2}\n256\n");
    CHECK(sliced.step_count() == whole->step_count());
}

TEST_CASE("line events: one per line reached, and one per pass of a loop on one line", "[api][inspector]") {
    const char* src =
        "n = 0\n"                        // 1
        "while n < 3:\n"                 // 2
        "    n += 1\n"                   // 3
        "k = 0\n"                        // 4
        "while k < 4: k += 2\n"          // 5
        "for c in 'ab':\n"               // 6
        "    pass\n";                    // 7
    auto s = run_session(src);
    std::vector<int64_t> lines;
    for (const auto& e : all_events(*s).items)
        if (e["kind"].s == "line") lines.push_back(e["line"].integer());
    CHECK(lines == std::vector<int64_t>{1, 2, 3, 2, 3, 2, 3, 2, 4, 5, 5, 5, 6, 7, 6, 7, 6});
}

TEST_CASE("a caught exception and an uncaught one are in the snapshot's objects", "[api][inspector]") {
    auto s = run_session("try:\n    {}['k']\nexcept KeyError:\n    pass\nraise KeyError('gone')\n");
    Json events = all_events(*s);
    auto handled = steps_of(events, "handled");
    REQUIRE(handled.size() == 1);
    Json at = snapshot_at(*s, handled[0]);
    CHECK(at["exception"]["text"].s == "KeyError: 'k'");
    CHECK(at["exception"]["caught"].b);
    const Json& caught = referent(at, at["exception"]);
    CHECK(caught["kind"].s == "exception");
    CHECK(caught["args"][0].s == "'k'");
    Json end = snapshot_at(*s, s->step_count() - 1);
    CHECK(end["exception"]["state"].s == "uncaught");
    CHECK(end["exception"]["text"].s == "KeyError: 'gone'");
    CHECK(referent(end, end["exception"])["type"].s == "KeyError");
}

TEST_CASE("a capped history stops recording but seeking goes on", "[api][inspector][limits]") {
    SessionOptions o;
    o.history_limit = 1;  // room for nothing: the first block of events already exceeds it
    auto s = run_session("total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n", o);
    CHECK(s->stdout_text() == "4498500\n");
    auto events = all_events(*s);
    CHECK(events.size() == 0);
    auto st = s->stats();
    CHECK(st.history_truncated_at == 0);
    Json end = snapshot_at(*s, s->step_count() - 1);
    CHECK(end["globals"]["total"].s == "4498500");
    CHECK(end["events"].size() == 0);
    // Uncapped, the same run has its events.
    auto full = run_session("total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n");
    CHECK(all_events(*full).size() > 3000);
    CHECK(full->stats().history_truncated_at == -1);
}

TEST_CASE("checkpoints placed by prepare() shorten seeks and change no snapshot", "[api][inspector]") {
    // Long enough (well over 8 x 50,000 steps) to get checkpoints.
    const std::string program =
        "def squares(n):\n"
        "    for i in range(n):\n"
        "        yield i * i\n"
        "total = 0\n"
        "for round in range(60):\n"
        "    total += sum(x % 7 for x in squares(1000))\n"
        "    print(round, total)\n";
    auto s = run_session(program);
    uint64_t n = s->step_count();
    REQUIRE(n > 400'000);
    int slices = 0;
    while (s->prepare(100'000)) REQUIRE(++slices < 1000);
    size_t checkpoints = s->stats().checkpoints;
    CHECK(checkpoints >= 6);
    CHECK_FALSE(s->prepare(100'000));  // nothing left to do

    // Backwards, far apart: each seek goes on from a checkpoint, none replays from the start.
    uint64_t replays_before = s->stats().replays;
    for (uint64_t k : {n - 10, n * 3 / 4 + n / 16, n / 2 + n / 16, n / 4 + n / 16, n / 8 + n / 16}) {
        uint64_t replayed_before = s->stats().replayed_steps;
        s->seek(k);
        std::string seen = s->snapshot();
        CHECK(s->stats().replayed_steps - replayed_before <= n / 8 + n / 16);
        auto fresh = run_session(program);
        fresh->seek(k);
        INFO("step " << k);
        CHECK(seen == fresh->snapshot());
    }
    CHECK(s->stats().replays == replays_before);
    // A seek before the first checkpoint still replays from the start.
    s->seek(5);
    CHECK(s->stats().replays == replays_before + 1);
    // Loading a program drops the checkpoints.
    REQUIRE(s->load("x = 1\n", "main.py").ok);
    CHECK(s->stats().checkpoints == 0);
}

TEST_CASE("a built-in running Python code for its caller is a native frame between them", "[api][inspector]") {
    const std::string program =
        "def key(x):\n"
        "    return -x\n"
        "def gen():\n"
        "    yield 1\n"
        "print(sorted([3, 1, 2], key=key))\n"
        "print(list(gen()))\n"
        "print(abs(-1))\n";
    auto s = run_session(program);
    Json events = all_events(*s);
    auto module_frame = frame_of_call(events, "<module>");

    // Inside key(), called by sorted(): key, then sorted, then the module.
    auto key_steps = steps_of(events, "call", frame_of_call(events, "key"));
    REQUIRE_FALSE(key_steps.empty());
    Json snap = snapshot_at(*s, key_steps[0]);
    const auto& frames = snap["frames"].items;
    REQUIRE(frames.size() == 3);
    CHECK(frames[0]["name"].s == "key");
    CHECK(frames[1]["kind"].s == "native");
    CHECK(frames[1]["name"].s == "sorted");
    CHECK(frames[1]["id"].integer() < 0);
    CHECK(frames[1]["back"].integer() == module_frame);
    CHECK(frames[1]["line"].is_null());
    CHECK(frames[1]["file"].is_null());
    CHECK(frames[0]["back"].integer() == module_frame);  // f_back is still the caller
    CHECK(frames[2]["id"].integer() == module_frame);

    // A generator drained by list(): gen, list, module.
    auto gen_frame = frame_of_call(events, "gen");
    auto resumes = steps_of(events, "resume", gen_frame);
    REQUIRE_FALSE(resumes.empty());
    snap = snapshot_at(*s, resumes[0]);
    REQUIRE(snap["frames"].items.size() == 3);
    CHECK(snap["frames"].items[1]["name"].s == "list");
    CHECK(snap["frames"].items[1]["qualname"].s == "list");

    // Once the built-in returned, no native frame is left.
    snap = snapshot_at(*s, s->step_count() - 1);
    for (const auto& f : snap["frames"].items) CHECK(f["kind"].s != "native");
    // The same program seen twice gives the same native ids.
    auto again = run_session(program);
    again->seek(key_steps[0]);
    s->seek(key_steps[0]);
    CHECK(again->snapshot() == s->snapshot());
}

TEST_CASE("a task step runs under the event loop's native _run_once", "[api][inspector]") {
    const std::string program =
        "import asyncio\n"
        "async def work():\n"
        "    await asyncio.sleep(0)\n"
        "    return 1\n"
        "print(asyncio.run(work()))\n";
    auto s = run_session(program);
    Json events = all_events(*s);
    auto work_frame = frame_of_call(events, "work");
    auto lines = steps_of(events, "line", work_frame, 4);
    REQUIRE_FALSE(lines.empty());
    Json snap = snapshot_at(*s, lines[0]);
    const auto& frames = snap["frames"].items;
    // work <- Task.__step <- Handle._run <- BaseEventLoop._run_once <- the loop
    // core's run_forever <- BaseEventLoop.run_forever. The step is native, as
    // CPython's C Task has it, and resumes the coroutine without a send() call.
    size_t native = frames.size();
    for (size_t i = 0; i < frames.size(); ++i)
        if (frames[i]["kind"].s == "native" && frames[i]["name"].s == "_run_once") native = i;
    REQUIRE(native < frames.size());
    REQUIRE(native >= 3);
    REQUIRE(native + 2 < frames.size());
    CHECK(frames[native]["qualname"].s == "BaseEventLoop._run_once");
    CHECK(frames[native - 1]["kind"].s == "native");
    CHECK(frames[native - 1]["qualname"].s == "Handle._run");
    CHECK(frames[native - 2]["kind"].s == "native");
    CHECK(frames[native - 2]["qualname"].s == "Task.__step");
    CHECK(frames[native - 3]["name"].s == "work");
    // The native frames name what they run for: the step its task, the handle itself.
    REQUIRE(frames[native - 2].has("self"));
    const Json& task = referent(snap, frames[native - 2]["self"]);
    CHECK(task["type"].s == "Task");
    REQUIRE(frames[native - 1].has("self"));
    CHECK(referent(snap, frames[native - 1]["self"])["type"].s == "Handle");
    CHECK_FALSE(frames[native].has("self"));
    CHECK(frames[native + 1]["kind"].s == "native");
    CHECK(frames[native + 1]["name"].s == "run_forever");
    CHECK(frames[native + 2]["kind"].s == "function");
    CHECK(frames[native + 2]["name"].s == "run_forever");
    // All three started in the step of the call into the core, and yet have distinct ids.
    CHECK(frames[native - 1]["id"].integer() != frames[native]["id"].integer());
    CHECK(frames[native]["id"].integer() != frames[native + 1]["id"].integer());
    CHECK(frames[native]["back"].integer() == frames[native + 2]["id"].integer());
}

TEST_CASE("a coroutine awaiting a future is suspended in a FutureIter that names the future", "[api][inspector]") {
    const char* src =
        "import asyncio\n"                                    // 1
        "async def waiter(fut):\n"                            // 2
        "    return await fut\n"                              // 3
        "async def main():\n"                                 // 4
        "    loop = asyncio.get_running_loop()\n"             // 5
        "    fut = loop.create_future()\n"                    // 6
        "    loop.call_later(0.1, fut.set_result, 'done')\n"  // 7
        "    print(await waiter(fut))\n"                      // 8
        "asyncio.run(main())\n";                              // 9
    auto s = run_session(src);
    CHECK(s->stdout_text() == "done\n");
    Json events = all_events(*s);
    int64_t waiter_frame = frame_of_call(events, "waiter");
    auto yields = steps_of(events, "yield", waiter_frame);
    REQUIRE(yields.size() == 1);
    Json snap = snapshot_at(*s, yields[0] + 1);
    const Json* sus = find_frame(snap["suspended"], waiter_frame);
    REQUIRE(sus != nullptr);
    const Json& co = object_of(snap, (*sus)["owner"].integer());
    CHECK(co["kind"].s == "coroutine");
    REQUIRE(co["delegate"].has("ref"));
    // CPython's native iterator, not a generator with a frame of its own.
    const Json& it = referent(snap, co["delegate"]);
    CHECK(it["type"].s == "FutureIter");
    REQUIRE(it["future"].has("ref"));
    CHECK(referent(snap, it["future"])["type"].s == "Future");
    // No frame anywhere runs or waits in Future.__await__.
    for (const char* list : {"frames", "suspended"})
        for (const Json& f : snap[list].items) CHECK(f["name"].s != "__await__");
}
