// UTF-8 decoding and encoding helpers. Python strings are sequences of code
// points; sources arrive as UTF-8, and everything we print leaves as UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ys::util {

// Decodes the code point starting at s[i] and advances i past it. Invalid bytes
// decode as U+FFFD, one byte at a time, so decoding always makes progress.
char32_t decode_utf8(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in a UTF-8 string.
size_t count_code_points(std::string_view s);

// True when every byte is ASCII (then bytes and code points coincide).
bool is_ascii(std::string_view s);

}  // namespace ys::util
