// Character properties and case mappings of the Unicode database, as CPython's
// Objects/unicodectype.c exposes them (_PyUnicode_IsAlpha, _PyUnicode_ToUpperFull,
// ...). The tables are generated from CPython 3.11 by make_unicode_db.py.
#pragma once

#include <string>

namespace ys::objects::unicode {

bool is_alpha(char32_t c);      // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t c);    // Nd
int decimal_value(char32_t c);  // 0-9 for a decimal digit (any script), else -1
bool is_digit(char32_t c);      // decimal digits plus superscripts, circled digits, ...
bool is_numeric(char32_t c);    // digits plus Nl, No and numeric CJK ideographs
bool is_space(char32_t c);      // str.isspace(): White_Space or bidi class WS/B/S
bool is_linebreak(char32_t c);  // what str.splitlines() splits on
bool is_printable(char32_t c);  // what repr() leaves unescaped
bool is_lower(char32_t c);      // the Lowercase property
bool is_upper(char32_t c);      // the Uppercase property
bool is_title(char32_t c);      // category Lt
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_xid_start(char32_t c);
bool is_xid_continue(char32_t c);

// Full case mappings (SpecialCasing included): append one to three code points.
// to_lower does not apply the final-sigma rule; str.lower() does that itself.
void to_lower(char32_t c, std::u32string& out);
void to_upper(char32_t c, std::u32string& out);
void to_title(char32_t c, std::u32string& out);
void to_folded(char32_t c, std::u32string& out);

}  // namespace ys::objects::unicode
