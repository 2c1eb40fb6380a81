// Traceback text as CPython 3.11 prints it (Lib/traceback.py): the frames an
// exception passed through, each with its source line and, when the failing
// expression does not span the whole line, a line of carets under it; then the
// exception line; chained exceptions (__cause__, __context__) first. Both the
// report of an uncaught exception and the traceback module use this code.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "objects/object.h"

namespace ys::objects {
class FrameObject;
class TracebackObject;
}  // namespace ys::objects

namespace ys::runtime {

// Returns the text of line `line` of file `filename`, or empty if unknown.
// Consulted only for code compiled without its source text.
using SourceLookup = std::function<std::string(const std::string& filename, int line)>;

// One frame of a stack or traceback (traceback.FrameSummary).
struct FrameInfo {
    std::string filename;
    int lineno = 0;
    std::string name;
    // The source line as linecache returns it (line break included), or empty.
    std::string line;
    // The span of the instruction that was running; has_position is false for
    // frames of a stack (extract_stack has no columns). Columns are 0-based
    // UTF-8 byte offsets into their lines, as CPython's co_positions gives them.
    bool has_position = false;
    int end_lineno = 0;
    int colno = 0;
    int end_colno = 0;
    // The frame itself (borrowed from the traceback or the stack walked).
    objects::FrameObject* frame = nullptr;
};

// A traceback's frames, outermost first. `limit` >= 0 keeps the first entries,
// < 0 the last -limit ones (traceback.extract_tb).
std::vector<FrameInfo> extract_tb(objects::TracebackObject* tb, std::optional<int64_t> limit,
                                  const SourceLookup& source = nullptr);

// The frames from `frame` outwards, outermost first. `limit` >= 0 keeps the
// innermost entries, < 0 the outermost -limit ones (traceback.extract_stack).
std::vector<FrameInfo> extract_stack(objects::FrameObject* frame, std::optional<int64_t> limit);

// StackSummary.format_frame_summary() without the locals: "  File ..., line N,
// in f\n", then the stripped source line and the caret line, if any.
std::string format_frame(const FrameInfo& frame);

// StackSummary.format(): one string per frame ("  File ..., line N, in f\n" and
// its source and caret lines); runs of more than three identical frames end in
// "  [Previous line repeated N more times]\n".
std::vector<std::string> format_frames(const std::vector<FrameInfo>& frames);

// TracebackException.format(): the pieces whose concatenation is the full text.
std::vector<std::string> format_exception_lines(objects::Value exc, std::optional<int64_t> limit, bool chain,
                                                const SourceLookup& source = nullptr);

// TracebackException.format_exception_only(): "ZeroDivisionError: division by
// zero\n", or the located lines of a SyntaxError.
std::vector<std::string> format_exception_only_lines(objects::Value exc);

// The lines a SyntaxError shows above its "SyntaxError: msg" line: its file and
// line number, the offending source line and the carets under it.
std::vector<std::string> syntax_error_location(objects::Value exc);

// The whole traceback text of an uncaught exception.
std::string format_exception(objects::Value exc, const SourceLookup& source);

// The last line(s) of a traceback: "ZeroDivisionError: division by zero\n".
std::string format_exception_only(objects::Value exc);

}  // namespace ys::runtime
