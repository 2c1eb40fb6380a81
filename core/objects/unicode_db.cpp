// Lookups in the generated tables of unicode_db_data.inc (see unicode_db.h). Every
// table is sorted, so each query is a binary search; ASCII takes a shortcut.
#include "objects/unicode_db.h"

#include <algorithm>
#include <cstdint>

namespace ys::objects::unicode {

namespace {

struct Range {
    char32_t first, last;
};
// Every stride-th code point from first to last (stride 2 covers the alternating
// upper/lower pairs of the Latin and Cyrillic extensions).
struct StrideRange {
    char32_t first, last;
    uint8_t stride;
};
// Every stride-th code point from first to last maps to itself plus delta.
struct CaseRange {
    char32_t first, last;
    int32_t delta;
    uint8_t stride;
};
// A mapping to more than one code point (ß -> SS); unused slots are zero.
struct SpecialCase {
    char32_t code;
    char32_t to[3];
};

#include "objects/unicode_db_data.inc"

template <class T, size_t N>
const T* find_range(const T (&table)[N], char32_t c) {
    const T* it = std::upper_bound(table, table + N, c, [](char32_t x, const T& r) { return x < r.first; });
    if (it == table) return nullptr;
    --it;
    return c <= it->last ? it : nullptr;
}

template <size_t N>
bool in(const Range (&table)[N], char32_t c) {
    return find_range(table, c) != nullptr;
}

template <size_t N>
bool in(const StrideRange (&table)[N], char32_t c) {
    const StrideRange* r = find_range(table, c);
    return r && (c - r->first) % r->stride == 0;
}

// Appends the mapping of c by a delta table; false when c is not in it.
template <size_t N>
bool map_delta(const CaseRange (&table)[N], char32_t c, std::u32string& out) {
    const CaseRange* r = find_range(table, c);
    if (!r || (c - r->first) % r->stride != 0) return false;
    out += static_cast<char32_t>(static_cast<int32_t>(c) + r->delta);
    return true;
}

template <size_t N>
bool map_special(const SpecialCase (&table)[N], char32_t c, std::u32string& out) {
    const SpecialCase* it =
        std::lower_bound(table, table + N, c, [](const SpecialCase& s, char32_t x) { return s.code < x; });
    if (it == table + N || it->code != c) return false;
    for (char32_t x : it->to)
        if (x) out += x;
    return true;
}

}  // namespace

bool is_alpha(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return in(kAlpha, c);
}

bool is_decimal(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : in(kDecimal, c); }
// Every run of decimal digits in the table is whole blocks of ten starting at a
// zero (make_unicode_db.py relies on it as Unicode guarantees it).
int decimal_value(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
    const Range* r = find_range(kDecimal, c);
    return r ? static_cast<int>((c - r->first) % 10) : -1;
}

bool is_digit(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : in(kDigit, c); }
bool is_numeric(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : in(kNumeric, c); }

bool is_space(char32_t c) {
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x1F:
    case 0x20: case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool is_linebreak(char32_t c) {
    switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

bool is_printable(char32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    return in(kPrintable, c);
}

bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : in(kLower, c); }
bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : in(kUpper, c); }
bool is_title(char32_t c) { return c >= 0x80 && in(kTitle, c); }
bool is_cased(char32_t c) { return is_lower(c) || is_upper(c) || is_title(c); }
bool is_case_ignorable(char32_t c) { return in(kCaseIgnorable, c); }

bool is_xid_start(char32_t c) {
    if (c < 0x80) return is_alpha(c);
    return in(kIdStartExtra, c) || (is_alpha(c) && !in(kIdStartMissing, c));
}

bool is_xid_continue(char32_t c) {
    if (c < 0x80) return is_alpha(c) || is_decimal(c) || c == '_';
    return is_xid_start(c) || is_decimal(c) || in(kIdContinueExtra, c);
}

void to_lower(char32_t c, std::u32string& out) {
    if (c < 0x80) {
        out += c >= 'A' && c <= 'Z' ? c + 0x20 : c;
        return;
    }
    if (map_special(kSpecialLower, c, out) || map_delta(kToLower, c, out)) return;
    out += c;
}

void to_upper(char32_t c, std::u32string& out) {
    if (c < 0x80) {
        out += c >= 'a' && c <= 'z' ? c - 0x20 : c;
        return;
    }
    if (map_special(kSpecialUpper, c, out) || map_delta(kToUpper, c, out)) return;
    out += c;
}

void to_title(char32_t c, std::u32string& out) {
    if (c >= 0x80) {
        if (map_special(kSpecialTitle, c, out) || map_delta(kToTitle, c, out)) return;
        if (in(kTitleSelf, c)) {
            out += c;
            return;
        }
    }
    to_upper(c, out);
}

void to_folded(char32_t c, std::u32string& out) {
    if (c >= 0x80) {
        if (map_special(kSpecialFold, c, out) || map_delta(kToFold, c, out)) return;
        if (in(kFoldSelf, c)) {
            out += c;
            return;
        }
    }
    to_lower(c, out);
}

}  // namespace ys::objects::unicode
