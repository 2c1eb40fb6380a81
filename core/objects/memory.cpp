// MemoryError at the memory cap's checks (see memory.h).
#include "objects/memory.h"

#include "objects/exception.h"

namespace ys::objects {

Val raise_memory_error() { return raise(exc_types().memory_error, ""); }

bool reserve_memory(size_t count, size_t size) {
    util::MemoryBudget* b = util::current_memory_budget;
    if (!b) return true;
    size_t bytes;
    if (__builtin_mul_overflow(count, size, &bytes) || !b->fits(bytes)) {
        raise_memory_error();
        return false;
    }
    return true;
}

bool reserve_replacement(std::string_view text, std::string_view old, size_t new_size, int64_t count,
                         size_t positions) {
    if (new_size <= old.size() || !util::current_memory_budget || count <= 0) return true;
    size_t matches = 0;
    if (old.empty()) {
        matches = static_cast<uint64_t>(count) < positions ? static_cast<size_t>(count) : positions;
    } else {
        for (size_t at = text.find(old); at != std::string_view::npos && static_cast<int64_t>(matches) < count;
             at = text.find(old, at + old.size()))
            ++matches;
    }
    size_t extra;
    if (__builtin_mul_overflow(matches, new_size - old.size(), &extra) || extra > SIZE_MAX - text.size()) {
        raise_memory_error();
        return false;
    }
    return reserve_memory(text.size() + extra);
}

}  // namespace ys::objects
