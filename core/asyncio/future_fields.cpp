// The names of the fields of Future and Task (see future_fields.h).
#include "asyncio/future_fields.h"

namespace ys::aio {

FieldNames intern_field_names() {
    static constexpr const char* kFields[kFieldCount] = {
        "_asyncio_future_blocking", "_callback0", "_cancel_message", "_cancelled_exc", "_context0",
        "_exception", "_log_traceback", "_loop", "_more_callbacks", "_result", "_source_traceback", "_state",
        "_context", "_coro", "_fut_waiter", "_log_destroy_pending", "_must_cancel",
        "_name", "_num_cancels_requested",
    };
    static constexpr const char* kStates[3] = {"PENDING", "CANCELLED", "FINISHED"};
    FieldNames names{};
    for (size_t i = 0; i < kFieldCount; ++i) names.fields[i] = objects::intern(kFields[i]);
    for (size_t i = 0; i < 3; ++i) names.states[i] = objects::intern(kStates[i]);
    return names;
}

}  // namespace ys::aio
