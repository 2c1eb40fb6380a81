// RecursionError for C++ recursion (see recursion.h).
#include "objects/recursion.h"

#include <string>

#include "objects/exception.h"

namespace ys::objects {

void RecursionGuard::refuse(const char* where) {
    --context_.call_depth;
    context_.native_stack -= units_;
    ok_ = false;
    raise(exc_types().recursion_error, std::string("maximum recursion depth exceeded") + where);
}

}  // namespace ys::objects
