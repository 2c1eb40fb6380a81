// format(value, spec): the format-spec mini-language used by f-strings,
// format() and str.format (Python/formatter_unicode.c).
#pragma once

#include <string_view>

#include "objects/object.h"

namespace ys::objects {

// Formats `v` by `spec` (an empty spec gives str(v)). Returns a str or null with
// an exception pending.
[[nodiscard]] Val format_value(Value v, std::string_view spec);

}  // namespace ys::objects
