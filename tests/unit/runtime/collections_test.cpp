// _collections.deque and the structural checks of collections.abc, end to end
// through a Session: behaviour CPython's Modules/_collectionsmodule.c and
// Lib/_collections_abc.py define (O(1) ends, maxlen, __subclasshook__).
#include <catch2/catch.hpp>

#include <string>

#include "run_program.h"

using ys::testing::run_program;

TEST_CASE("deque appends and pops at both ends", "[runtime][collections]") {
    CHECK(run_program("from collections import deque\nd = deque([1, 2])\nd.append(3)\nd.appendleft(0)\n"
                      "print(d, d.pop(), d.popleft(), d, len(d))\n") ==
          "deque([1, 2]) 3 0 deque([1, 2]) 2\n");
    CHECK(run_program("from collections import deque\nd = deque()\nd.extend('ab')\nd.extendleft('cd')\nprint(d)\n") ==
          "deque(['d', 'c', 'a', 'b'])\n");
    CHECK(run_program("from collections import deque\ndeque().popleft()\n") == "IndexError: pop from an empty deque\n");
}

TEST_CASE("deque keeps its ends fast with many items", "[runtime][collections]") {
    // 200000 popleft calls on a list would be quadratic; on a deque they are not.
    CHECK(run_program("from collections import deque\nd = deque(range(200000))\ntotal = 0\n"
                      "while d:\n    total += d.popleft()\nprint(total)\n") == "19999900000\n");
}

TEST_CASE("deque maxlen drops from the other end", "[runtime][collections]") {
    CHECK(run_program("from collections import deque\nd = deque(range(5), maxlen=3)\nprint(d, d.maxlen)\n"
                      "d.appendleft(9)\nprint(d)\n") ==
          "deque([2, 3, 4], maxlen=3) 3\ndeque([9, 2, 3], maxlen=3)\n");
    CHECK(run_program("from collections import deque\ndeque([1], maxlen=1).insert(0, 2)\n") ==
          "IndexError: deque already at its maximum size\n");
    CHECK(run_program("from collections import deque\ndeque(maxlen=-1)\n") ==
          "ValueError: maxlen must be non-negative\n");
}

TEST_CASE("deque rotate, index, remove and comparisons", "[runtime][collections]") {
    CHECK(run_program("from collections import deque\nd = deque(range(5))\nd.rotate(2)\nprint(d)\nd.rotate(-3)\n"
                      "print(d, d.index(3), d[-1])\nd.remove(3)\nprint(d)\n") ==
          "deque([3, 4, 0, 1, 2])\ndeque([1, 2, 3, 4, 0]) 2 0\ndeque([1, 2, 4, 0])\n");
    CHECK(run_program("from collections import deque\nprint(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]),"
                      " deque([1]) == [1])\n") == "True True False\n");
    CHECK(run_program("from collections import deque\ndeque([1]).remove(5)\n") == "ValueError: 5 is not in deque\n");
}

TEST_CASE("deque iteration notices mutation", "[runtime][collections]") {
    CHECK(run_program("from collections import deque\nd = deque([1, 2])\nfor x in d:\n    d.append(x)\n") ==
          "RuntimeError: deque mutated during iteration\n");
    CHECK(run_program("from collections import deque\nprint(list(reversed(deque('abc'))), type(iter(deque())))\n") ==
          "['c', 'b', 'a'] <class '_collections._deque_iterator'>\n");
}

TEST_CASE("collections.abc checks structure, not ancestry", "[runtime][collections][abc]") {
    CHECK(run_program("from collections.abc import Iterable, Iterator\nclass A:\n    def __iter__(self): return self\n"
                      "class B:\n    def __getitem__(self, i): raise IndexError\n"
                      "print(isinstance(A(), Iterable), isinstance(A(), Iterator), isinstance(B(), Iterable),"
                      " isinstance([], Iterable), isinstance(iter([]), Iterator))\n") ==
          "True False False True True\n");
    CHECK(run_program("from collections.abc import Hashable, Sized\nclass E:\n    def __eq__(self, o): return True\n"
                      "print(isinstance(E(), Hashable), isinstance([], Hashable), isinstance(1, Hashable),"
                      " issubclass(dict, Sized))\n") ==
          "False False True True\n");
    CHECK(run_program("from collections.abc import Iterable\nclass N:\n    __iter__ = None\n"
                      "print(issubclass(N, Iterable))\n") == "False\n");
}

TEST_CASE("collections.abc knows the registered built-in types", "[runtime][collections][abc]") {
    CHECK(run_program("from collections.abc import Sequence, MutableSequence, Mapping, Set, Generator, Coroutine\n"
                      "def g():\n    yield 1\nasync def c():\n    pass\nco = c()\n"
                      "print(isinstance('s', Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence),"
                      " isinstance({}, Mapping), isinstance(frozenset(), Set), isinstance(g(), Generator),"
                      " isinstance(co, Coroutine))\nco.close()\n") ==
          "True True False True True True True\n");
    CHECK(run_program("from collections.abc import Sequence, Collection\nclass T:\n    pass\nSequence.register(T)\n"
                      "print(issubclass(T, Sequence), issubclass(T, Collection))\n") == "True True\n");
}

TEST_CASE("classes may derive from the ABCs", "[runtime][collections][abc]") {
    CHECK(run_program("from collections.abc import Iterator\nclass C(Iterator):\n    def __init__(self): self.n = 3\n"
                      "    def __next__(self):\n        if not self.n: raise StopIteration\n        self.n -= 1\n"
                      "        return self.n\nprint(list(C()), isinstance(C(), Iterator))\n") == "[2, 1, 0] True\n");
    CHECK(run_program("from collections.abc import Mapping\nclass M(Mapping):\n"
                      "    def __getitem__(self, k): return {'a': 1}[k]\n    def __len__(self): return 1\n"
                      "    def __iter__(self): return iter(['a'])\n"
                      "m = M()\nprint(m.get('a'), m.get('b', 0), 'a' in m, list(m.items()), m == {'a': 1})\n") ==
          "1 0 True [('a', 1)] True\n");
}

TEST_CASE("dict, list and tuple subclasses are real containers", "[runtime][collections][subclass]") {
    CHECK(run_program("class D(dict):\n    def __missing__(self, k): return k * 2\n"
                      "d = D(a=1)\nd.tag = 't'\nprint(d['a'], d['b'], d, d.tag, isinstance(d, dict), len(d))\n") ==
          "1 bb {'a': 1} t True 1\n");
    CHECK(run_program("class L(list):\n    def push(self, x): self.append(x)\nl = L([1])\nl.push(2)\n"
                      "print(l, l[-1], len(l), type(l).__name__, l == [1, 2])\n") == "[1, 2] 2 2 L True\n");
    CHECK(run_program("class P(tuple):\n    def __new__(cls, a, b): return super().__new__(cls, (a, b))\n"
                      "p = P(1, 2)\nx, y = p\nprint(p, x + y, hash(p) == hash((1, 2)))\n") == "(1, 2) 3 True\n");
}
