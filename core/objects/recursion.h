// Recursion that goes through C++ rather than through Python frames: repr()
// of nested containers, comparisons, hashing nested tuples, isinstance() with
// nested tuples (CPython's Py_EnterRecursiveCall). Python calls live on the
// heap and are counted by the VM; these use the native stack (the wasm stack
// in the page), so their depth is capped whatever sys.setrecursionlimit says.
#pragma once

#include <vector>

#include "objects/context.h"

namespace ys::objects {

// The most nested C++ recursion a session allows, even when the recursion
// limit is higher: what the native stack, and the wasm module's, hold with
// room to spare (see docs/architecture.md, "Limits").
constexpr int kMaxNativeRecursion = 2000;

// Counts one level while it lives. When the level is one too many, ok() is
// false and a RecursionError ("maximum recursion depth exceeded" + `where`,
// CPython's wording) is pending.
class RecursionGuard {
public:
    explicit RecursionGuard(const char* where) : context_(cx()) {
        int limit = context_.recursion_limit < kMaxNativeRecursion ? context_.recursion_limit : kMaxNativeRecursion;
        if (++context_.call_depth > limit) [[unlikely]] {
            --context_.call_depth;
            ok_ = false;
            raise_too_deep(where);
        }
    }
    ~RecursionGuard() {
        if (ok_) --context_.call_depth;
    }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;

    bool ok() const { return ok_; }

private:
    static void raise_too_deep(const char* where);

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
