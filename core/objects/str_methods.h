// What the files implementing str's methods share (str_methods.cpp, str_case.cpp,
// str_format.cpp): code point conversion and their registration functions.
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace ys::objects {

std::u32string to_code_points(std::string_view utf8);
std::string to_utf8(std::u32string_view points);
// str.isidentifier(): XID_Start or '_', then XID_Continue.
bool is_identifier(std::string_view utf8);

// Each adds its part of str's method table (called by register_str_methods).
void register_str_case_methods(TypeObject* str);
void register_str_format_methods(TypeObject* str);

}  // namespace ys::objects
