// The native modules end to end through a Session: values that must be
// CPython's to the last bit (seeded random, fsum, hypot) and heap order.
#include <catch2/catch.hpp>

#include <string>

#include "run_program.h"

using ys::testing::run_program;

TEST_CASE("random starts seeded with 42", "[runtime][random]") {
    CHECK(run_program("import random\nprint(random.random())\n") == "0.6394267984578837\n");
    CHECK(run_program("import random\nrandom.seed(7)\nprint([random.randint(1, 100) for _ in range(5)])\n") ==
          "[42, 20, 51, 84, 7]\n");
    CHECK(run_program("import random\nrandom.seed('hello')\nprint(random.getrandbits(32))\n") == "1519453933\n");
}

TEST_CASE("Random instances are independent generators", "[runtime][random]") {
    CHECK(run_program("import random\na = random.Random(1)\nb = random.Random(1)\na.random()\n"
                      "print(a.random() == b.random(), type(a))\n") == "False <class 'random.Random'>\n");
}

TEST_CASE("math is exactly rounded where CPython is", "[runtime][math]") {
    CHECK(run_program("import math\nprint(math.fsum([0.1] * 10), math.hypot(3, 4), math.isqrt(10 ** 40))\n") ==
          "1.0 5.0 100000000000000000000\n");
    CHECK(run_program("import math\nprint(math.sqrt(-1))\n") == "ValueError: math domain error\n");
}

TEST_CASE("heapq keeps CPython's order for ties", "[runtime][heapq]") {
    CHECK(run_program("import heapq\nh = []\nfor x in [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]:\n"
                      "    heapq.heappush(h, x)\nprint(h)\n") == "[(0, 'b'), (0, 'd'), (1, 'c'), (1, 'a')]\n");
}

TEST_CASE("itertools iterators have their own types and reprs", "[runtime][itertools]") {
    CHECK(run_program("import itertools\nprint(type(itertools.count()), itertools.count(5), itertools.repeat('a', 3))\n") ==
          "<class 'itertools.count'> count(5) repeat('a', 3)\n");
}
