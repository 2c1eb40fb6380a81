// Recursion that goes through C++ rather than through Python frames: repr()
// of nested containers, comparisons, hashing nested tuples, isinstance() with
// nested tuples (CPython's Py_EnterRecursiveCall). Python calls live on the
// heap and are counted by the VM; these use the native stack (the wasm stack
// in the page), so their depth is capped whatever sys.setrecursionlimit says.
#pragma once

#include <vector>

#include "objects/context.h"

namespace ys::objects {

// C++ recursion is measured in units of native stack, each about 350 bytes of
// the wasm module's stack: V8's, some 900 KiB in Chrome's page and 984 KiB in
// node, which no program can raise. The figures are those of the deepest
// paths in optimised (TurboFan) wasm: a level of repr, str or a comparison
// takes one unit (340 bytes), an eval loop nested through C++ (a builtin
// calling back into Python, a class construction) eight (2.5 KiB), and a
// compile() of the deepest source the parser accepts 750 (250 KiB), which it
// needs free before it starts. The budget is the same in the native build,
// whose 8 MiB stack holds it easily, so that both builds behave alike.
constexpr int kNativeStackUnits = 1600;
constexpr int kNestedLoopUnits = 8;
constexpr int kCompileUnits = 750;

// Native stack taken while it lives (CPython's Py_EnterRecursiveCall): one
// level of the recursion limit and `units` of the budget above. When that is
// too much, ok() is false and a RecursionError ("maximum recursion depth
// exceeded" + `where`, CPython's wording) is pending.
class RecursionGuard {
public:
    explicit RecursionGuard(const char* where, int units = 1) : context_(cx()), units_(units) {
        ++context_.call_depth;
        context_.native_stack += units;
        if (context_.call_depth > context_.recursion_limit || context_.native_stack > kNativeStackUnits)
            [[unlikely]] {
            refuse(where);
        }
    }
    ~RecursionGuard() {
        if (ok_) {
            --context_.call_depth;
            context_.native_stack -= units_;
        }
    }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;

    bool ok() const { return ok_; }

private:
    void refuse(const char* where);

    Context& context_;
    int units_;
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
