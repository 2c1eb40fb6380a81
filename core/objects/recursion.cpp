// RecursionError for C++ recursion (see recursion.h).
#include "objects/recursion.h"

#include <string>

#include "objects/exception.h"

namespace ys::objects {

void RecursionGuard::raise_too_deep(const char* where) {
    raise(exc_types().recursion_error, std::string("maximum recursion depth exceeded") + where);
}

}  // namespace ys::objects
