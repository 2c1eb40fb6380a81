// Reports a broken internal invariant and stops the process.
#include "util/assert.h"

#include <cstdio>
#include <cstdlib>

namespace ys::util {
void assertion_failed(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "yieldscope internal error: %s (%s:%d)\n", expr, file, line);
    std::abort();
}
}  // namespace ys::util
