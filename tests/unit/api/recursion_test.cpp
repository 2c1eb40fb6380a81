// Recursion that runs through C++ (repr, comparisons, hashing, isinstance,
// calls from builtins back into Python, tracebacks of long chains) ends with a
// RecursionError or finishes; it never overflows the native (or wasm) stack.
#include <catch2/catch.hpp>

#include <string>

#include "api/session.h"

using ys::api::RunStatus;
using ys::api::Session;
using ys::api::SessionOptions;

namespace {

bool ends_with(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

TEST_CASE("C++ recursion ends with RecursionError, not a native stack overflow", "[api][recursion]") {
    // CPython itself crashes on several of these (the limit is raised, or it
    // recurses in C without a check); yieldscope must not.
    SessionOptions o;
    o.step_budget = 100'000'000;
    Session s(o);
    REQUIRE(s.load("import sys\n"
                   "def attempt(name, f):\n"
                   "    try:\n"
                   "        f()\n"
                   "        print(name, 'ok')\n"
                   "    except RecursionError as e:\n"
                   "        print(name, str(e).startswith('maximum recursion depth exceeded'))\n"
                   "a = []\n"
                   "b = []\n"
                   "t = ()\n"
                   "d = {}\n"
                   "cls = int\n"
                   "for i in range(100000):\n"
                   "    a = [a]\n"
                   "    b = [b]\n"
                   "    t = (t,)\n"
                   "    d = {'k': d}\n"
                   "    cls = (cls,)\n"
                   "attempt('repr', lambda: repr(a))\n"
                   "attempt('str', lambda: str(d))\n"
                   "attempt('eq', lambda: a == b)\n"
                   "attempt('hash', lambda: hash(t))\n"
                   "attempt('isinstance', lambda: isinstance(1, cls))\n"
                   "sys.setrecursionlimit(100000)\n"
                   "class R:\n"
                   "    def __repr__(self):\n"
                   "        return repr(self)\n"
                   "attempt('__repr__', lambda: repr(R()))\n"
                   "class E:\n"
                   "    def __eq__(self, other):\n"
                   "        return [self] == [other]\n"
                   "attempt('__eq__', lambda: E() == E())\n"
                   "def key(x):\n"
                   "    return sorted([x, x], key=key)\n"
                   "attempt('sorted', lambda: sorted([1, 2], key=key))\n"
                   "def ev(n):\n"
                   "    return eval('ev(n + 1)')\n"
                   "attempt('eval', lambda: ev(0))\n"
                   "def deep(n):\n"
                   "    return deep(n + 1)\n"
                   "attempt('python', lambda: deep(0))\n"
                   "attempt('parse', lambda: eval('(' * 100000 + ')' * 100000))\n",
                   "main.py")
                .ok);
    s.run();
    CHECK(s.stdout_text() ==
          "repr True\nstr True\neq True\nhash True\nisinstance True\n__repr__ True\n__eq__ True\nsorted True\n"
          "eval True\npython True\n");
    CHECK(s.stderr_text().find("SyntaxError: too many nested parentheses") != std::string::npos);
}

TEST_CASE("a chain of 100000 exceptions prints without recursion", "[api][recursion]") {
    SessionOptions o;
    o.error_line_on_stdout = false;
    o.output_limit = size_t(64) << 20;
    Session s(o);
    REQUIRE(s.load("e = None\n"
                   "for i in range(100000):\n"
                   "    try:\n"
                   "        raise ValueError(i) from e\n"
                   "    except ValueError as x:\n"
                   "        e = x\n"
                   "raise e\n",
                   "main.py")
                .ok);
    CHECK(s.run().status == RunStatus::Error);
    const std::string& err = s.stderr_text();
    CHECK(err.rfind("Traceback (most recent call last):\n", 0) == 0);
    CHECK(ends_with(err, "ValueError: 99999\n"));
}
