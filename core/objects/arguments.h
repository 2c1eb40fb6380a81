// Argument checking for methods implemented in C++, worded as CPython words it.
// CPython's messages depend on how a method parses its arguments (Argument Clinic
// positional-only, Clinic with keywords via _PyArg_UnpackKeywords, or the older
// PyArg_ParseTuple), so each style has its own helper. All raise TypeError and
// return false on a mismatch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

// Clinic positional-only: "str.upper() takes no arguments (1 given)",
// "str.zfill() takes exactly one argument (0 given)", "center expected at least
// 1 argument, got 0", "str.center() takes no keyword arguments". `qualname` is
// "str.center", the name after the dot is used where CPython uses the short name.
[[nodiscard]] bool check_clinic_positional(const char* qualname, CallArgs args, size_t min, size_t max);

// PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)".
[[nodiscard]] bool check_tuple_style(const char* qualname, CallArgs args, size_t min, size_t max);

// _PyArg_UnpackKeywords: fills out[i] with the argument for names[i], passed by
// position or keyword (null when absent). The first `required` are mandatory.
[[nodiscard]] bool unpack_arguments(const char* name, CallArgs args, std::initializer_list<const char*> names,
                                    size_t required, Value* out);

// An integer argument through __index__: "'str' object cannot be interpreted as
// an integer" otherwise.
[[nodiscard]] bool index_argument(Value v, int64_t* out);

// The optional start/end of find(), count(), startswith() ...: None or an index
// (_PyEval_SliceIndex); a missing or None bound leaves *out untouched.
[[nodiscard]] bool slice_bound_argument(Value v, int64_t* out);

// Clamps start/end against a length as CPython's ADJUST_INDICES does.
void adjust_indices(int64_t* start, int64_t* end, int64_t length);

}  // namespace ys::objects
