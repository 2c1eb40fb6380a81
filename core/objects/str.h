// str objects (Objects/unicodeobject.c): immutable sequences of code points,
// stored as UTF-8 with the code point count cached so len() is O(1) and ASCII
// strings index in O(1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace ys::objects {

class StrObject : public Object {
public:
    StrObject(TypeObject* t, std::string utf8);

    const std::string& utf8() const { return utf8_; }
    std::string_view view() const { return utf8_; }
    size_t length() const { return length_; }  // in code points
    bool is_ascii() const { return utf8_.size() == length_; }
    // Computed on first use, as CPython's unicode_hash does: most strings a
    // program makes (str(), f-strings, join's pieces) are never hashed.
    int64_t hash() const {
        if (hash_ < 0) [[unlikely]] hash_ = compute_hash();
        return hash_;
    }
    bool interned = false;

    // The code point at index i (0 <= i < length()).
    char32_t at(size_t i) const;
    // The UTF-8 substring of code points [start, stop).
    std::string substr(size_t start, size_t stop) const;

private:
    int64_t compute_hash() const;

    std::string utf8_;
    size_t length_;
    mutable int64_t hash_ = -1;  // -1 until computed (a hash is never negative)
};

Ref<StrObject> new_str(std::string utf8);
Val new_str_val(std::string utf8);
// Returns the one shared StrObject for this text (identifiers, attribute names).
// Interned strings are immortal and shared by all sessions.
StrObject* intern(std::string_view text);
// intern() of a string literal (its address must always hold the same text).
StrObject* intern_literal(const char* literal);

bool is_str(Value v);
inline StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }
bool str_equal(const StrObject* a, const StrObject* b);

// Python's repr of a str: quotes chosen as CPython chooses them, escapes for
// control characters and every character Unicode does not call printable.
std::string str_repr(std::string_view utf8);

// ascii() of a str: its repr with every non-ASCII code point escaped as \xNN,
// \uNNNN or \UNNNNNNNN.
std::string ascii_repr(std::string_view utf8);
// Escapes the non-ASCII code points of any text that way (ascii() of an object
// is its repr passed through this).
std::string ascii_escape(std::string_view text);
// ascii(v) (PyObject_ASCII): a str, or null with an exception pending.
[[nodiscard]] Val object_ascii(Value v);

}  // namespace ys::objects
