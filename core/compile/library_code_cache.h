// The code of the library modules embedded in the binary (runtime/pylib),
// compiled once per process. Every session used to parse and compile them on
// each import: `import asyncio` spent four fifths of its time there. Their
// text never changes, and code units are immutable, so sessions share them.
#pragma once

#include <string_view>

#include "compile/codegen.h"

namespace ys::compile {

// compile_source(source, filename), except that the result for the same
// `source` (text that lives as long as the process, found by its address) is
// made once and shared. The code units are paid for by no session's memory
// budget, so every session, the first included, is charged the same.
CompileResult compile_library_source(std::string_view source, std::string_view filename);

}  // namespace ys::compile
