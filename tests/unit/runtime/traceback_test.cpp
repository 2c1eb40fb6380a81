// Traceback text: the caret lines under a frame's source line (CPython 3.11's
// format_frame_summary), source lines as linecache gives them, and the full
// report of an uncaught exception.
#include <catch2/catch.hpp>

#include <string>

#include "api/session.h"
#include "compile/code_unit.h"
#include "runtime/traceback.h"

using ys::runtime::FrameInfo;
using ys::runtime::format_frame;
using ys::runtime::format_frames;

namespace {

FrameInfo frame(const std::string& line, int col, int end_col, int end_lineno = 5) {
    FrameInfo f;
    f.filename = "m.py";
    f.lineno = 5;
    f.name = "f";
    f.line = line;
    f.has_position = true;
    f.end_lineno = end_lineno;
    f.colno = col;
    f.end_colno = end_col;
    return f;
}

std::string stderr_of(const std::string& source) {
    ys::api::Session s;
    if (s.load(source, "main.py").ok) s.run();
    return s.stderr_text();
}

}  // namespace

TEST_CASE("a frame whose instruction spans the whole line has no carets", "[runtime][traceback]") {
    CHECK(format_frame(frame("    f(x)\n", 4, 8)) == "  File \"m.py\", line 5, in f\n    f(x)\n");
}

TEST_CASE("a call inside a line gets ^ under its span", "[runtime][traceback]") {
    CHECK(format_frame(frame("    y = f(x)\n", 8, 12)) == "  File \"m.py\", line 5, in f\n    y = f(x)\n        ^^^^\n");
}

TEST_CASE("binary operations and subscripts get ~ and ^ anchors", "[runtime][traceback]") {
    CHECK(format_frame(frame("1/0\n", 0, 3)) == "  File \"m.py\", line 5, in f\n    1/0\n    ~^~\n");
    CHECK(format_frame(frame("x = a  //  b\n", 4, 12)) ==
          "  File \"m.py\", line 5, in f\n    x = a  //  b\n        ~~~^^~~~\n");
    CHECK(format_frame(frame("x = (a) % b\n", 4, 11)) ==
          "  File \"m.py\", line 5, in f\n    x = (a) % b\n        ~~~~^~~\n");
    CHECK(format_frame(frame("v = d['k'] + 1\n", 4, 10)) ==
          "  File \"m.py\", line 5, in f\n    v = d['k'] + 1\n        ~^^^^^\n");
}

TEST_CASE("a span over several lines is underlined to the end of the first", "[runtime][traceback]") {
    CHECK(format_frame(frame("    r = (v\n", 8, 15, 6)) == "  File \"m.py\", line 5, in f\n    r = (v\n        ^^\n");
}

TEST_CASE("columns are UTF-8 byte offsets; wide characters take two columns", "[runtime][traceback]") {
    // "é" is two bytes: the call starts at byte 10, character 9.
    CHECK(format_frame(frame("s = 'é'; g()\n", 10, 13)) == "  File \"m.py\", line 5, in f\n    s = 'é'; g()\n             ^^^\n");
    // Each of 日本 is three bytes and two columns wide.
    CHECK(format_frame(frame("s = '日本'; g()\n", 14, 17)) ==
          "  File \"m.py\", line 5, in f\n    s = '日本'; g()\n                ^^^\n");
}

TEST_CASE("runs of one frame are cut after three", "[runtime][traceback]") {
    std::vector<FrameInfo> frames(6, frame("    return r(n)\n", 11, 15));
    auto lines = format_frames(frames);
    REQUIRE(lines.size() == 4);
    CHECK(lines[3] == "  [Previous line repeated 3 more times]\n");
    frames.resize(4);
    CHECK(format_frames(frames).back() == "  [Previous line repeated 1 more time]\n");
}

TEST_CASE("source lines follow universal newlines", "[runtime][traceback]") {
    const std::string text = "a\r\nb\rc\nd";
    CHECK(ys::compile::source_line(text, 1) == "a\n");
    CHECK(ys::compile::source_line(text, 2) == "b\n");
    CHECK(ys::compile::source_line(text, 3) == "c\n");
    CHECK(ys::compile::source_line(text, 4) == "d\n");
    CHECK(ys::compile::source_line(text, 5).empty());
    CHECK(ys::compile::source_line(text, 0).empty());
}

TEST_CASE("an uncaught exception prints its chain with carets", "[runtime][traceback]") {
    CHECK(stderr_of("def f(d):\n    return d['k'] + 1\ntry:\n    f({})\nexcept KeyError as e:\n"
                    "    raise ValueError('v') from e\n") ==
          "Traceback (most recent call last):\n"
          "  File \"main.py\", line 4, in <module>\n"
          "    f({})\n"
          "  File \"main.py\", line 2, in f\n"
          "    return d['k'] + 1\n"
          "           ~^^^^^\n"
          "KeyError: 'k'\n"
          "\nThe above exception was the direct cause of the following exception:\n\n"
          "Traceback (most recent call last):\n"
          "  File \"main.py\", line 6, in <module>\n"
          "    raise ValueError('v') from e\n"
          "ValueError: v\n");
}

TEST_CASE("an uncaught exception group shows its members in boxes", "[runtime][traceback]") {
    // CPython 3.11's text for this program.
    std::string src =
        "def f():\n"
        "    raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError('k')])])\n"
        "f()\n";
    CHECK(stderr_of(src) ==
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"main.py\", line 3, in <module>\n"
          "  |     f()\n"
          "  |   File \"main.py\", line 2, in f\n"
          "  |     raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError('k')])])\n"
          "  | ExceptionGroup: outer (2 sub-exceptions)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | ValueError: 1\n"
          "    +---------------- 2 ----------------\n"
          "    | ExceptionGroup: inner (1 sub-exception)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | KeyError: 'k'\n"
          "      +------------------------------------\n");
}
