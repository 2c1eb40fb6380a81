// bytes objects (Objects/bytesobject.c): immutable byte strings, plus the
// codecs str.encode() and bytes.decode() use (utf-8, ascii, latin-1 of
// Objects/unicodeobject.c, with the strict/ignore/replace/... error handlers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class BytesObject : public Object {
public:
    BytesObject(TypeObject* t, std::string data);
    const std::string& data() const { return data_; }
    std::string_view view() const { return data_; }
    int64_t hash() const { return hash_; }

private:
    std::string data_;
    int64_t hash_;
};

Ref<BytesObject> new_bytes(std::string data);
bool is_bytes(Value v);
inline BytesObject* as_bytes(Value v) { return static_cast<BytesObject*>(v.as_object()); }

// repr(bytes): b'...' with CPython's quote choice and \xNN / \t \n \r escapes.
std::string bytes_repr(std::string_view data);

// str.encode / bytes.decode. The codecs known here are utf-8, ascii and latin-1
// under their Python aliases ("UTF8", "utf_8", "iso-8859-1", ...). Raise
// LookupError for an unknown codec or error handler, and UnicodeEncodeError /
// UnicodeDecodeError (subclasses of ValueError) as CPython does.
[[nodiscard]] bool encode_text(std::string_view utf8, std::string_view encoding, const std::string& errors,
                               std::string* out);
[[nodiscard]] bool decode_bytes(std::string_view data, std::string_view encoding, const std::string& errors,
                                std::string* out);

// The method table, filled in by init_bytes_type (declared in builtin_types.h).
void register_bytes_methods(TypeObject* bytes);

}  // namespace ys::objects
