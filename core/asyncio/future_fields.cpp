// The names of the fields of Future and Task (see future_fields.h).
#include "asyncio/future_fields.h"

namespace ys::aio {

FieldNames intern_field_names() {
    static constexpr const char* kFields[kFieldCount] = {
        "_state",         "_result",        "_exception",   "_loop",       "_source_traceback",
        "_cancel_message", "_cancelled_exc", "_log_traceback", "_callbacks", "_asyncio_future_blocking",
        "_coro",          "_name",          "_context",     "_fut_waiter", "_must_cancel",
        "_num_cancels_requested", "_log_destroy_pending",
    };
    static constexpr const char* kStates[3] = {"PENDING", "CANCELLED", "FINISHED"};
    FieldNames names{};
    for (size_t i = 0; i < kFieldCount; ++i) names.fields[i] = objects::intern(kFields[i]);
    for (size_t i = 0; i < 3; ++i) names.states[i] = objects::intern(kStates[i]);
    return names;
}

}  // namespace ys::aio
