// The Session end to end: compile, run in slices, errors, limits, isolation.
#include <catch2/catch.hpp>

#include <string>

#include "api/session.h"

using ys::api::RunStatus;
using ys::api::Session;
using ys::api::SessionOptions;

namespace {

std::string run_program(const std::string& source, SessionOptions options = {}) {
    Session s(options);
    auto loaded = s.load(source, "main.py");
    if (loaded.ok) s.run();
    return s.stdout_text();
}

}  // namespace

TEST_CASE("a program prints what CPython prints", "[api][session]") {
    CHECK(run_program("print(1 + 2)\n") == "3\n");
    CHECK(run_program("x = 10\nwhile x > 7:\n    x -= 1\n    print(x, end=' ')\n") == "9 8 7 ");
    CHECK(run_program("def f(a, b=2):\n    return a * b\nprint(f(3), f(3, b=5), f(b=1, a=4))\n") == "6 15 4\n");
    CHECK(run_program("print(0.1 + 0.2, 2 ** 70, -7 // 2, 'x' * 3)\n") == "0.30000000000000004 1180591620717411303424 -4 xxx\n");
}

TEST_CASE("Python calls do not grow the native stack", "[api][session]") {
    // 900 nested Python calls run inside one eval loop.
    std::string src = "def down(n):\n    if n == 0:\n        return 0\n    return 1 + down(n - 1)\nprint(down(900))\n";
    CHECK(run_program(src) == "900\n");
}

TEST_CASE("deep recursion raises RecursionError, not a crash", "[api][session]") {
    SessionOptions o;
    o.error_line_on_stdout = true;
    std::string src = "def f(n):\n    return f(n + 1)\nf(0)\n";
    CHECK(run_program(src, o) == "RecursionError: maximum recursion depth exceeded\n");
}

TEST_CASE("an uncaught exception writes a traceback and exits 1", "[api][session]") {
    Session s;
    REQUIRE(s.load("def f(x):\n    return 1 / x\nprint('before')\nf(0)\n", "main.py").ok);
    auto r = s.run();
    CHECK(r.status == RunStatus::Error);
    CHECK(s.exit_status() == 1);
    CHECK(s.stdout_text() == "before\n");
    const std::string& err = s.stderr_text();
    CHECK(err.rfind("Traceback (most recent call last):\n", 0) == 0);
    CHECK(err.find("  File \"main.py\", line 4, in <module>\n    f(0)\n") != std::string::npos);
    CHECK(err.find("  File \"main.py\", line 2, in f\n    return 1 / x\n") != std::string::npos);
    const std::string last = "ZeroDivisionError: division by zero\n";
    CHECK(err.substr(err.size() - last.size()) == last);
}

TEST_CASE("the error-line convention prints only the last line on stdout", "[api][session]") {
    SessionOptions o;
    o.error_line_on_stdout = true;
    CHECK(run_program("print('a')\nprint(undefined_name)\n", o) == "a\nNameError: name 'undefined_name' is not defined\n");
}

TEST_CASE("a SyntaxError reports its position", "[api][session]") {
    Session s;
    auto r = s.load("x = 1\nif x\n    pass\n", "main.py");
    CHECK_FALSE(r.ok);
    CHECK(r.error_type == "SyntaxError");
    CHECK(r.message == "expected ':'");
    CHECK(r.line == 2);
    CHECK(r.col == 4);
    CHECK(s.exit_status() == 1);
    CHECK(s.stderr_text().find("SyntaxError: expected ':'") != std::string::npos);
}

TEST_CASE("running in slices gives the same output and step count", "[api][session]") {
    std::string src = "total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)\n";
    Session whole;
    REQUIRE(whole.load(src).ok);
    auto all = whole.run();
    CHECK(all.status == RunStatus::Finished);

    Session sliced;
    REQUIRE(sliced.load(src).ok);
    int slices = 0;
    ys::api::RunResult r;
    do {
        r = sliced.run(97);
        ++slices;
    } while (r.status == RunStatus::Paused);
    CHECK(r.status == RunStatus::Finished);
    CHECK(slices > 10);
    CHECK(sliced.stdout_text() == whole.stdout_text());
    CHECK(sliced.step_count() == whole.step_count());
}

TEST_CASE("exceptions nobody can catch are reported as CPython's first and last lines", "[api][session]") {
    // A __del__, a weak reference callback and a gc callback that raise: CPython
    // writes "Exception ignored in: <repr>", a traceback, then "Type: message";
    // yieldscope writes the first and the last of those.
    std::string src =
        "import gc, weakref\n"
        "class C:\n"
        "    def __del__(self):\n"
        "        raise ValueError('from del')\n"
        "C()\n"
        "class T:\n"
        "    pass\n"
        "t = T()\n"
        "def cb(r):\n"
        "    raise KeyError('from callback')\n"
        "r = weakref.ref(t, cb)\n"
        "del t\n"
        "def gccb(phase, info):\n"
        "    raise RuntimeError('from gc callback')\n"
        "gc.callbacks.append(gccb)\n"
        "gc.collect()\n"
        "gc.callbacks.clear()\n"
        "print('done')\n";
    Session s;
    REQUIRE(s.load(src).ok);
    CHECK(s.run().status == RunStatus::Finished);
    CHECK(s.stdout_text() == "done\n");
    const std::string& err = s.stderr_text();
    auto reported = [&](const std::string& where, const std::string& error) {
        size_t at = err.find("Exception ignored in: " + where);
        if (at == std::string::npos) return false;
        size_t line_end = err.find('\n', at);
        return line_end != std::string::npos && err.compare(line_end + 1, error.size() + 1, error + "\n") == 0;
    };
    CHECK(reported("<function C.__del__ at 0x", "ValueError: from del"));
    CHECK(reported("<function cb at 0x", "KeyError: 'from callback'"));
    CHECK(reported("<function gccb at 0x", "RuntimeError: from gc callback"));
}

TEST_CASE("the step budget stops an endless loop", "[api][session]") {
    SessionOptions o;
    o.step_budget = 5000;
    Session s(o);
    REQUIRE(s.load("while True:\n    pass\n").ok);
    auto r = s.run();
    CHECK(r.status == RunStatus::Limit);
    CHECK(r.steps == 5000);
    CHECK(s.stderr_text().find("stopped after 5000 steps") != std::string::npos);
}

TEST_CASE("two sessions are independent and deterministic", "[api][session]") {
    std::string src = "xs = []\nfor i in range(5):\n    xs.append(i * i)\nprint(xs, len(xs))\n";
    Session a, b;
    REQUIRE(a.load(src).ok);
    REQUIRE(b.load(src).ok);
    a.run(10);
    b.run();
    a.run();
    CHECK(a.stdout_text() == "[0, 1, 4, 9, 16] 5\n");
    CHECK(a.stdout_text() == b.stdout_text());
    CHECK(a.step_count() == b.step_count());
}

TEST_CASE("dis lists every code object with CPython's opnames", "[api][dis]") {
    Session s;
    REQUIRE(s.load("def add(a, b):\n    return a + b\nprint(add(1, 2))\n").ok);
    std::string listing = s.dis();
    CHECK(listing.find("RESUME                   0") != std::string::npos);
    CHECK(listing.find("MAKE_FUNCTION") != std::string::npos);
    CHECK(listing.find("Disassembly of <code object add") != std::string::npos);
    CHECK(listing.find("BINARY_OP                0 (+)") != std::string::npos);
    CHECK(listing.find("RETURN_VALUE") != std::string::npos);
}

TEST_CASE("a while loop on a literal true test runs no test, as CPython compiles it", "[api][dis]") {
    auto count = [](const std::string& text, const std::string& what) {
        size_t n = 0;
        for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    // CPython's optimiser drops the test: a NOP stands for the `while` line.
    for (const char* test : {"True", "1", "'go'", "2.5", "..."}) {
        INFO(test);
        Session s;
        REQUIRE(s.load(std::string("n = 0\nwhile ") + test + ":\n    n += 1\n    if n == 3:\n        break\n"
                       "else:\n    print('never')\nprint(n)\n").ok);
        CHECK(count(s.dis(), "POP_JUMP_IF") == 1);  // only the `if`'s
        CHECK(count(s.dis(), "NOP") == 1);
        s.run();
        CHECK(s.stdout_text() == "3\n");
    }
    // Any other test is tested, a false literal too.
    for (const char* test : {"False", "0", "00", "''", "0.0", "None", "n < 3"}) {
        INFO(test);
        Session s;
        REQUIRE(s.load(std::string("n = 0\nwhile ") + test + ":\n    n += 1\nelse:\n    print('else', n)\n").ok);
        CHECK(count(s.dis(), "POP_JUMP_IF_FALSE") == 1);
        s.run();
        CHECK(s.stdout_text() == (std::string(test) == "n < 3" ? "else 3\n" : "else 0\n"));
    }
}

TEST_CASE("dis.dis prints yieldscope's own listing of a generator", "[api][dis]") {
    // CPython 3.11's listing of the same function (shared/corpus/seeds_excluded)
    // differs on purpose: yieldscope compiles to CPython 3.12's opcodes.
    Session s;
    REQUIRE(s.load("import dis\ndef fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\n"
                   "dis.dis(fib)\n").ok);
    s.run();
    const std::string& out = s.stdout_text();
    CHECK(out.find("RETURN_GENERATOR") != std::string::npos);
    CHECK(out.find("YIELD_VALUE") != std::string::npos);
    CHECK(out.find("RESUME                   1") != std::string::npos);
    CHECK(out.find("INTRINSIC_STOPITERATION_ERROR") != std::string::npos);
    CHECK(out.find("ExceptionTable:") != std::string::npos);
}
