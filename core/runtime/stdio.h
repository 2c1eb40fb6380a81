// sys.stdout and sys.stderr as print() and tracebacks see them (Python/
// pylifecycle.c's sys streams, PyFile_WriteObject): whatever object the
// program assigned to them, or the session's own output streams.
#pragma once

#include <string_view>

#include "objects/object.h"

namespace ys::runtime {

// The object sys.stdout (or sys.stderr) holds now (maybe None); null without
// an exception when the program never imported sys: the session's own stream.
objects::Val current_stream(bool is_stderr);

// file.write(text): straight into the session's output for its own streams.
[[nodiscard]] bool write_stream(objects::Value file, std::string_view text);

}  // namespace ys::runtime
