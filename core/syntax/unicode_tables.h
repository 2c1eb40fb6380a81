// Unicode character classes for the tokenizer (which characters may appear in
// identifiers, as CPython's _PyUnicode_ScanIdentifier) and for repr() in
// ast_dump (str.isprintable). The data lives in the generated unicode_tables.cpp.
#pragma once

namespace ys::syntax {

enum CharClassBits : int {
    kIdStart = 1,     // XID_Start or '_'
    kIdContinue = 2,  // XID_Continue
    kPrintable = 4,   // str.isprintable()
};

// The CharClassBits of a code point.
int char_class(char32_t cp);

inline bool is_id_start(char32_t cp) { return (char_class(cp) & kIdStart) != 0; }
inline bool is_id_continue(char32_t cp) { return (char_class(cp) & kIdContinue) != 0; }
inline bool is_printable(char32_t cp) { return (char_class(cp) & kPrintable) != 0; }

}  // namespace ys::syntax
