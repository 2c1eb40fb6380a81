// The cycle collector (objects/gc.h): object-level mechanics on a bare
// Context (cycles freed, live and externally held objects kept, the
// generations and the counts), then whole programs through a Session
// (finalizers, resurrection, weak references, generators, safe points).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "run_program.h"
#include "objects/gc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "test_context.h"

using namespace ys::objects;

namespace {

// A container that reports its one reference and says when it dies.
class Node : public Object {
public:
    explicit Node(int* deaths) : Object(types().object), deaths_(deaths) {}
    ~Node() override { ++*deaths_; }
    void traverse(Visitor& v) override {
        if (next.get().is_object()) v.visit(next.get().as_object());
    }
    void clear_refs() override { next.reset(); }
    Val next;

private:
    int* deaths_;
};

Ref<Node> node(int* deaths) { return make<Node>(deaths); }

// What a program printed, stderr included (finalisers report there).
std::string run_program(const std::string& source) { return ys::testing::run_program(source, true); }

}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "a cycle nothing else holds is freed", "[objects][gc]") {
    int deaths = 0;
    {
        auto a = node(&deaths);
        auto b = node(&deaths);
        a->next = b.val();
        b->next = a.val();
    }
    CHECK(deaths == 0);  // reference counting alone cannot free them
    CHECK(gc_collect() == 2);
    CHECK(deaths == 2);
    CHECK(gc_collect() == 0);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "what C++ holds, and what it reaches, survives", "[objects][gc]") {
    int deaths = 0;
    auto held = node(&deaths);
    {
        auto a = node(&deaths);
        auto b = node(&deaths);
        a->next = b.val();
        b->next = a.val();
        held->next = a.val();  // held -> a <-> b
    }
    CHECK(gc_collect() == 0);
    CHECK(deaths == 0);
    held->next.reset();  // a <-> b is garbage now
    CHECK(gc_collect() == 2);
    CHECK(deaths == 2);
    held.reset();
    CHECK(deaths == 3);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "a self-reference through a list is a cycle", "[objects][gc]") {
    int deaths = 0;
    {
        auto list = new_list({});
        auto n = node(&deaths);
        n->next = list.val();
        list->items.push_back(n.val());
        list->items.push_back(list.val());
    }
    CHECK(gc_collect() == 2);
    CHECK(deaths == 1);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "tuples are broken through the mutable member", "[objects][gc]") {
    int deaths = 0;
    {
        auto n = node(&deaths);
        auto t = new_tuple({n.val(), Val::small_int(1)});
        n->next = t.val();  // n -> (n, 1): tuples have no clear_refs, n's breaks it
    }
    CHECK(gc_collect() == 2);
    CHECK(deaths == 1);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "young collections promote survivors", "[objects][gc]") {
    GcState& g = context.gc;
    int deaths = 0;
    auto keep = node(&deaths);
    CHECK(keep->is_tracked());
    CHECK(context.heap.young_count >= 1);
    CHECK(gc_collect(0) == 0);
    CHECK(context.heap.young_count == 0);
    CHECK(g.count[1] == 1);
    CHECK(gc_collect(1) == 0);
    CHECK(g.count[1] == 0);
    CHECK(g.count[2] == 1);
    std::vector<Object*> old;
    gc_tracked_objects(2, &old);
    CHECK(std::find(old.begin(), old.end(), keep.get()) != old.end());
    std::vector<Object*> young;
    gc_tracked_objects(0, &young);
    CHECK(std::find(young.begin(), young.end(), keep.get()) == young.end());
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "the young count asks for a collection past the threshold", "[objects][gc]") {
    context.gc.threshold[0] = 5;
    gc_update_trigger(context);
    context.heap.young_count = 0;
    context.heap.collect_pending = false;
    std::vector<Ref<ListObject>> lists;
    for (int i = 0; i < 5; ++i) lists.push_back(new_list({}));
    CHECK_FALSE(context.heap.collect_pending);
    lists.push_back(new_list({}));
    CHECK(context.heap.collect_pending);
    // Atoms are not tracked and do not count.
    context.heap.collect_pending = false;
    uint32_t before = context.heap.young_count;
    Val s = new_str_val("not a container");
    CHECK(context.heap.young_count == before);
    CHECK_FALSE(s.get().as_object()->is_tracked());
    // Freeing a tracked object takes it back off the count.
    lists.pop_back();
    CHECK(context.heap.young_count == before - 1);
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "frozen objects are out of reach of collections", "[objects][gc]") {
    int deaths = 0;
    {
        auto a = node(&deaths);
        a->next = a.val();
    }
    gc_freeze();
    CHECK(gc_freeze_count() >= 1);
    CHECK(gc_collect() == 0);
    CHECK(deaths == 0);
    gc_unfreeze();
    CHECK(gc_freeze_count() == 0);
    CHECK(gc_collect() == 1);
    CHECK(deaths == 1);
}

TEST_CASE("__del__ of cycle members runs once, in allocation order", "[objects][gc]") {
    CHECK(run_program("import gc\n"
                      "class A:\n"
                      "    def __init__(self, n): self.n = n\n"
                      "    def __del__(self): print('del', self.n)\n"
                      "gc.disable()\n"
                      "a, b = A(1), A(2)\n"
                      "a.b, b.a = b, a\n"
                      "del a, b\n"
                      "print('collect')\n"
                      "print(gc.collect() > 0)\n"
                      "print(gc.collect())\n") == "collect\ndel 1\ndel 2\nTrue\n0\n");
}

TEST_CASE("a finalizer that resurrects keeps the object, and __del__ never runs twice", "[objects][gc]") {
    CHECK(run_program("import gc\n"
                      "saved = []\n"
                      "class A:\n"
                      "    def __del__(self):\n"
                      "        print('del')\n"
                      "        saved.append(self)\n"
                      "a = A(); a.me = a\n"
                      "del a\n"
                      "gc.collect()\n"
                      "print(len(saved), saved[0].me is saved[0], gc.is_finalized(saved[0]))\n"
                      "saved.clear()\n"
                      "gc.collect()\n"
                      "print('end')\n") == "del\n1 True True\nend\n");
}

TEST_CASE("weak reference callbacks run for collected objects, before finalizers", "[objects][gc]") {
    CHECK(run_program("import gc, weakref\n"
                      "class A:\n"
                      "    def __del__(self): print('del', r() is None)\n"
                      "a = A(); a.me = a\n"
                      "r = weakref.ref(a, lambda ref: print('callback', ref() is None))\n"
                      "del a\n"
                      "gc.collect()\n"
                      "print(r())\n") == "callback True\ndel True\nNone\n");
    // A weak reference that is garbage itself never calls back.
    CHECK(run_program("import gc, weakref\n"
                      "class A: pass\n"
                      "a = A(); b = A()\n"
                      "a.r = weakref.ref(b, lambda ref: print('callback'))\n"
                      "b.a = a; a.b = b\n"
                      "del a, b\n"
                      "print(gc.collect() > 0)\n") == "True\n");
}

TEST_CASE("a suspended generator in a cycle is closed, its finally run", "[objects][gc]") {
    CHECK(run_program("import gc\n"
                      "def gen():\n"
                      "    me = yield 1\n"
                      "    try:\n"
                      "        yield 2\n"
                      "    finally:\n"
                      "        print('finally', me is not None)\n"
                      "g = gen(); next(g); g.send(g)\n"
                      "del g\n"
                      "print('collect')\n"
                      "gc.collect()\n"
                      "print('end')\n") == "collect\nfinally True\nend\n");
}

TEST_CASE("collections at safe points never free what is in use", "[objects][gc]") {
    // A threshold of 1 collects at nearly every loop turn and call, while
    // natives (sorted with a key, list.sort with __lt__, map, filter) hold
    // their arguments and call back into Python that makes cyclic garbage.
    CHECK(run_program("import gc\n"
                      "gc.set_threshold(1)\n"
                      "class K:\n"
                      "    def __init__(self, v): self.v = v; self.me = self\n"
                      "    def __lt__(self, other):\n"
                      "        junk = [K.__new__(K)]; junk.append(junk)\n"
                      "        return self.v < other.v\n"
                      "def key(x):\n"
                      "    c = {}; c['c'] = c\n"
                      "    return -x\n"
                      "print(sorted(range(20), key=key)[:3])\n"
                      "ks = [K(i) for i in (5, 3, 9, 1)]\n"
                      "ks.sort()\n"
                      "print([k.v for k in ks])\n"
                      "print(list(map(lambda x: [x, key(x)][0], filter(lambda x: key(x) < -5, range(9)))))\n"
                      "def nested(n):\n"
                      "    l = [n]; l.append(l)\n"
                      "    return n if n == 0 else nested(n - 1) + 1\n"
                      "print(nested(50), gc.get_stats()[0]['collections'] > 10)\n") ==
          "[19, 18, 17]\n[1, 3, 5, 9]\n[6, 7, 8]\n50 True\n");
}

TEST_CASE("automatic collections happen at the same moments in every run", "[objects][gc]") {
    std::string program = "import gc\n"
                          "class A:\n"
                          "    def __del__(self): print('del', self.n)\n"
                          "for i in range(3000):\n"
                          "    a = A(); a.n = i; a.me = a\n"
                          "print(gc.get_stats())\n";
    std::string first = run_program(program);
    CHECK(first.find("del 0\n") != std::string::npos);
    CHECK(run_program(program) == first);
}
