// How the inspector names values without running any Python code: which
// values are shown inline (their repr) and which as a ref to an object entry,
// and short reprs built from the object's data alone (never a user __repr__).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace ys::objects {
class DictObject;
}

namespace ys::trace {

// Strings and ints up to these lengths are shown inline; longer ones become
// object entries that carry their full length.
constexpr size_t kInlineStrMax = 48;
constexpr size_t kInlineIntDigits = 40;

// True when `v` is shown inline (None, bools, small ints and floats, short
// strings and bytes, and the process-wide objects: built-in types and functions).
bool is_inline(objects::Value v);

// The repr of an inline value.
std::string inline_repr(objects::Value v);

// A repr of any value of at most about `max` characters, built from its data:
// containers show their first items, instances "<Name object>".
std::string short_repr(objects::Value v, size_t max = 60);

// The stable id of an object shown by ref (its allocation serial).
inline uint32_t object_id(objects::Value v) { return v.as_object()->serial; }

// The kind of entry an object gets in a snapshot: "list", "tuple", "dict",
// "set", "frozenset", "str", "bytes", "int", "instance", "function", "method",
// "builtin", "class", "module", "generator", "coroutine", "async_generator",
// "exception", "cell", "range", "code", "frame", "object".
const char* object_kind(objects::Value v);

// The value of the str key `name` in `d`, or null: a plain scan, which unlike
// DictObject lookups never interns or hashes anything.
objects::Value dict_lookup(objects::DictObject* d, std::string_view name);

// "Type: message" for an exception instance (its first argument if a str).
std::string exception_text(objects::Value exc);

// Counts UTF-16 code units of UTF-8 text (the length of the same text in JS).
size_t utf16_length(std::string_view utf8);

}  // namespace ys::trace
