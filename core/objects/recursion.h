// Recursion that goes through C++ rather than through Python frames: repr()
// of nested containers, comparisons, hashing nested tuples, isinstance() with
// nested tuples (CPython's Py_EnterRecursiveCall). Python calls live on the
// heap and are counted by the VM; these use the native stack (the wasm stack
// in the page), so their depth is capped whatever sys.setrecursionlimit says.
#pragma once

#include <vector>

#include "objects/context.h"

namespace ys::objects {

// C++ recursion is measured in units of native stack, about 200 bytes of the
// wasm module's stack each (V8's, some 984 KiB in Chrome and node, which no
// program can raise): a level of repr/comparison/hashing takes one, an eval
// loop nested through C++ (a builtin calling back into Python, a class
// construction) twelve, 2.5 KiB in optimised wasm. The budget leaves room above
// it for one compile() of the deepest source the parser accepts (250 KiB) and
// for the module's own frames. The same budget applies to the native build,
// so that both behave alike; its 8 MiB stack holds it easily.
constexpr int kNativeStackUnits = 2500;
constexpr int kNestedLoopUnits = 12;

// One level of C++ recursion while it lives (CPython's Py_EnterRecursiveCall):
// it counts against the recursion limit and the native stack budget. When it
// is one too many, ok() is false and a RecursionError ("maximum recursion
// depth exceeded" + `where`, CPython's wording) is pending.
class RecursionGuard {
public:
    explicit RecursionGuard(const char* where) : context_(cx()) {
        ++context_.call_depth;
        ++context_.native_stack;
        if (context_.call_depth > context_.recursion_limit || context_.native_stack > kNativeStackUnits)
            [[unlikely]] {
            refuse(where);
        }
    }
    ~RecursionGuard() {
        if (ok_) {
            --context_.call_depth;
            --context_.native_stack;
        }
    }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;

    bool ok() const { return ok_; }

private:
    void refuse(const char* where);

    Context& context_;
    bool ok_ = true;
};

// Py_ReprEnter / Py_ReprLeave: marks a container while its repr is being
// built, so that one inside itself shows as "[...]". The marks are the
// session's, and each goes with its scope, even when the build is cut short.
class ReprScope {
public:
    explicit ReprScope(Object* o) : marks_(cx().repr_in_progress) {
        for (Object* m : marks_)
            if (m == o) recursive_ = true;
        if (!recursive_) marks_.push_back(o);
    }
    ~ReprScope() {
        if (!recursive_) marks_.pop_back();
    }
    ReprScope(const ReprScope&) = delete;
    ReprScope& operator=(const ReprScope&) = delete;

    // The object is already being shown further out: show the ellipsis.
    bool recursive() const { return recursive_; }

private:
    std::vector<Object*>& marks_;
    bool recursive_ = false;
};

}  // namespace ys::objects
