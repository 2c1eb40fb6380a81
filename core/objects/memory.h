// Where the session's memory cap (util/memory.h) becomes a Python MemoryError:
// the checks object code and the VM make before and while they grow something.
// CPython raises MemoryError from PyErr_NoMemory when an allocation fails; here
// it is raised at these checks, so it is an ordinary pending exception.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "objects/object.h"
#include "util/memory.h"

namespace ys::objects {

// The running session is past its cap (cheap: meant for loops that grow things).
inline bool over_memory_budget() {
    util::MemoryBudget* b = util::current_memory_budget;
    return b && b->over();
}

// Raises MemoryError (no message, as CPython's) and returns null.
Val raise_memory_error();

// False with MemoryError pending when the session is past its cap.
[[nodiscard]] inline bool check_memory() {
    if (!over_memory_budget()) [[likely]] return true;
    raise_memory_error();
    return false;
}

// Before a request whose size is known up front (a repeat, a reserve): false
// with MemoryError pending when `count` items of `size` bytes would take the
// session past its cap. Nothing has been allocated then.
[[nodiscard]] bool reserve_memory(size_t count, size_t size = 1);

// Before appending `more` items to `v`: when they do not fit its capacity,
// it reallocates to twice that capacity or to what is needed, whichever is
// more (libstdc++ and libc++ alike), and the old block lives until the copy.
template <class T>
[[nodiscard]] bool room_to_grow(const std::vector<T>& v, size_t more = 1) {
    if (v.capacity() - v.size() >= more || !util::current_memory_budget) [[likely]] return true;
    size_t doubled = v.capacity() * 2;
    return reserve_memory(doubled > v.size() + more ? doubled : v.size() + more, sizeof(T));
}

// Before building text.replace(old, new, count) (str or bytes), as CPython's
// replace() sizes its result first: false with MemoryError pending when the
// result would take the session past its cap. An empty `old` matches at
// `positions` places (one more than the characters).
[[nodiscard]] bool reserve_replacement(std::string_view text, std::string_view old, size_t new_size, int64_t count,
                                       size_t positions);

}  // namespace ys::objects
