// Traceback text as CPython 3.11 prints it (Lib/traceback.py): the frames an
// exception passed through, each with its source line, then the exception line;
// chained exceptions (__cause__, __context__) first.
#pragma once

#include <functional>
#include <string>

#include "objects/object.h"

namespace ys::runtime {

// Returns the text of line `line` of file `filename`, or empty if unknown.
using SourceLookup = std::function<std::string(const std::string& filename, int line)>;

std::string format_exception(objects::Value exc, const SourceLookup& source);

// The last line(s) of a traceback: "ZeroDivisionError: division by zero".
std::string format_exception_only(objects::Value exc);

}  // namespace ys::runtime
