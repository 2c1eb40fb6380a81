// Internal invariant checks. A failed YS_ASSERT is a bug in yieldscope, never
// a Python-level error: Python errors travel as pending exceptions instead.
#pragma once

namespace ys::util {
[[noreturn]] void assertion_failed(const char* expr, const char* file, int line);
}

#define YS_ASSERT(cond) \
    ((cond) ? (void)0 : ::ys::util::assertion_failed(#cond, __FILE__, __LINE__))

#define YS_UNREACHABLE() ::ys::util::assertion_failed("unreachable", __FILE__, __LINE__)
