// bytes: construction, repr, the type's slots, bytes(...) and the utf-8 / ascii /
// latin-1 codecs (see bytes.h). Mirrors Objects/bytesobject.c and the codec
// error reporting of Objects/unicodeobject.c and Python/codecs.c.
#include "objects/bytes.h"

#include <cstdio>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/utf8.h"
#include "util/memory.h"

namespace ys::objects {

namespace {

// The same FNV-1a as str, so hash(b'abc') == hash('abc') as in CPython.
int64_t hash_data(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    int64_t r = static_cast<int64_t>(h >> 1);
    return r == -1 ? -2 : r;
}

}  // namespace

BytesObject::BytesObject(TypeObject* t, std::string data)
    : Object(t, Untracked{}), data_(std::move(data)), hash_(hash_data(data_)) {}

Ref<BytesObject> new_bytes(std::string data) { return make<BytesObject>(types().bytes, std::move(data)); }

bool is_bytes(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().bytes); }

std::string bytes_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

// ------------------------------------------------------------------ codecs

namespace {

std::string display_codec(const std::string& codec) {
    if (codec == "utf_8") return "utf-8";
    if (codec == "latin_1") return "latin-1";
    return codec;
}

std::string escape_point(char32_t c) {
    char buf[16];
    const char* pattern = c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x";
    std::snprintf(buf, sizeof buf, pattern, static_cast<unsigned>(c));
    return buf;
}

bool known_handler(const std::string& errors) {
    return errors == "strict" || errors == "ignore" || errors == "replace" || errors == "backslashreplace" ||
           errors == "surrogateescape" || errors == "xmlcharrefreplace";
}

bool unknown_handler(const std::string& errors) {
    raise(exc_types().lookup_error, "unknown error handler name '" + errors + "'");
    return false;
}

// Codec names compare as Python compares them: "UTF-8" and "utf8" both give "utf_8".
std::string normalize_encoding(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c == '-' || c == ' ') c = '_';
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    if (out == "utf8" || out == "u8" || out == "utf" || out == "cp65001") return "utf_8";
    if (out == "us_ascii" || out == "646") return "ascii";
    if (out == "latin1" || out == "latin" || out == "l1" || out == "iso_8859_1" || out == "iso8859_1" ||
        out == "8859" || out == "cp819" || out == "iso_ir_100")
        return "latin_1";
    return out;
}

bool known_codec(std::string_view encoding, std::string* codec) {
    *codec = normalize_encoding(encoding);
    if (*codec == "utf_8" || *codec == "ascii" || *codec == "latin_1") return true;
    raise(exc_types().lookup_error, "unknown encoding: " + std::string(encoding));
    return false;
}

}  // namespace

bool encode_text(std::string_view utf8, std::string_view encoding, const std::string& errors, std::string* out) {
    std::string codec;
    if (!known_codec(encoding, &codec)) return false;
    char32_t limit = codec == "ascii" ? 0x80 : codec == "latin_1" ? 0x100 : 0x110000;
    auto unencodable = [&](char32_t c) { return c >= limit || (c >= 0xD800 && c < 0xE000); };
    std::u32string points;
    for (size_t i = 0; i < utf8.size();) points += util::decode_utf8(utf8, i);
    out->clear();
    for (size_t i = 0; i < points.size(); ++i) {
        char32_t c = points[i];
        if (!unencodable(c)) {
            if (codec == "utf_8") {
                util::append_utf8(*out, c);
            } else {
                *out += static_cast<char>(c);
            }
            continue;
        }
        // The run of characters this codec cannot encode is reported (or replaced) at once.
        size_t end = i + 1;
        while (end < points.size() && unencodable(points[end])) ++end;
        if (errors == "strict") {
            std::string reason = codec == "utf_8" ? "surrogates not allowed"
                                 : codec == "ascii" ? "ordinal not in range(128)" : "ordinal not in range(256)";
            raise_unicode_encode_error(display_codec(codec), new_str_val(std::string(utf8)), static_cast<int64_t>(i),
                                       static_cast<int64_t>(end), reason);
            return false;
        }
        if (!known_handler(errors) || errors == "surrogateescape") return unknown_handler(errors);
        for (size_t k = i; k < end; ++k) {
            if (errors == "replace") {
                *out += '?';
            } else if (errors == "backslashreplace") {
                *out += escape_point(points[k]);
            } else if (errors == "xmlcharrefreplace") {
                *out += "&#" + std::to_string(static_cast<uint32_t>(points[k])) + ";";
            }
        }
        i = end - 1;
    }
    return true;
}

namespace {

// Length of the valid UTF-8 sequence at data[i], or 0 with *bad set to how many
// bytes the error covers and *reason to CPython's wording.
size_t utf8_sequence(std::string_view data, size_t i, size_t* bad, const char** reason) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t need;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < need; ++k) {
        if (i + k >= data.size()) {
            *bad = k;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
        if (byte(i + k) < lo || byte(i + k) > hi) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

}  // namespace

bool decode_bytes(std::string_view data, std::string_view encoding, const std::string& errors, std::string* out) {
    std::string codec;
    if (!known_codec(encoding, &codec)) return false;
    out->clear();
    for (size_t i = 0; i < data.size();) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        size_t bad = 1;
        const char* reason = "ordinal not in range(128)";
        size_t n = 1;
        if (codec == "latin_1") {
            util::append_utf8(*out, c);
            ++i;
            continue;
        }
        if (codec == "utf_8") {
            n = utf8_sequence(data, i, &bad, &reason);
        } else if (c >= 0x80) {
            n = 0;
        }
        if (n) {
            out->append(data.substr(i, n));
            i += n;
            continue;
        }
        if (errors == "strict") {
            raise_unicode_decode_error(display_codec(codec), new_bytes(std::string(data)).into_val(),
                                       static_cast<int64_t>(i), static_cast<int64_t>(i + bad), reason);
            return false;
        }
        if (!known_handler(errors) || errors == "xmlcharrefreplace") return unknown_handler(errors);
        if (errors == "replace") {
            util::append_utf8(*out, 0xFFFD);
        } else if (errors == "backslashreplace") {
            for (size_t k = 0; k < bad; ++k) *out += escape_point(static_cast<unsigned char>(data[i + k]));
        } else if (errors == "surrogateescape") {
            for (size_t k = 0; k < bad; ++k) util::append_utf8(*out, 0xDC00 + static_cast<unsigned char>(data[i + k]));
        }
        i += bad;
    }
    return true;
}

// ------------------------------------------------------------------ slots

namespace {

Val bytes_repr_slot(Value v) { return new_str_val(bytes_repr(as_bytes(v)->view())); }

bool bytes_hash_slot(Value v, int64_t* out) {
    *out = as_bytes(v)->hash();
    return true;
}

Val bytes_compare_slot(Value a, Value b, CompareOp op) {
    if (!is_bytes(b)) return new_not_implemented();
    int c = as_bytes(a)->data().compare(as_bytes(b)->data());
    return new_bool(compare_result(c, op));
}

bool bytes_len_slot(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_bytes(v)->data().size());
    return true;
}

int bytes_bool_slot(Value v) { return !as_bytes(v)->data().empty(); }

Val bytes_getitem_slot(Value v, Value key) {
    const std::string& data = as_bytes(v)->data();
    int64_t n = static_cast<int64_t>(data.size());
    if (is_slice(key)) {
        SliceIndices r;
        if (!slice_indices(as_slice(key), n, &r)) return nullptr;
        if (r.step == 1)
            return new_bytes(data.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.count))).into_val();
        std::string out;
        for (int64_t k = 0, i = r.start; k < r.count; ++k, i += r.step) out += data[static_cast<size_t>(i)];
        return new_bytes(std::move(out)).into_val();
    }
    int64_t i;
    if (!index_value(key, &i)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("byte indices must be integers or slices, not " + type_of(key)->name);
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise_index_error("index out of range");
    return new_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
}

int bytes_contains_slot(Value container, Value item) {
    const std::string& data = as_bytes(container)->data();
    if (is_bytes(item)) return data.find(as_bytes(item)->data()) != std::string::npos;
    int64_t byte;
    if (!index_value(item, &byte)) {
        if (!cx().has_error()) raise_type_error("a bytes-like object is required, not '" + type_of(item)->name + "'");
        return -1;
    }
    if (byte < 0 || byte > 255) {
        raise_value_error("byte must be in range(0, 256)");
        return -1;
    }
    return data.find(static_cast<char>(byte)) != std::string::npos;
}

Val bytes_add_slot(Value a, Value b) {
    if (!is_bytes(a)) return new_not_implemented();
    if (!is_bytes(b)) return raise_type_error("can't concat " + type_of(b)->name + " to " + type_of(a)->name);
    return new_bytes(as_bytes(a)->data() + as_bytes(b)->data()).into_val();
}

Val bytes_multiply_slot(Value a, Value b) {
    Value seq = is_bytes(a) ? a : b, count = is_bytes(a) ? b : a;
    int64_t n;
    if (!index_value(count, &n)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("can't multiply sequence by non-int of type '" + type_of(count)->name + "'");
    }
    const std::string& piece = as_bytes(seq)->data();
    std::string out;
    if (n > 0 && !piece.empty()) {
        size_t total;
        if (__builtin_mul_overflow(piece.size(), static_cast<uint64_t>(n), &total)) return raise_memory_error();
        if (!reserve_memory(total)) return nullptr;
        out.reserve(total);
        for (int64_t k = 0; k < n; ++k) out += piece;
    }
    return new_bytes(std::move(out)).into_val();
}

// The iterator yields ints, as iterating bytes does in Python 3.
class BytesIterator : public Object {
public:
    BytesIterator(TypeObject* t, Ref<BytesObject> b) : Object(t), bytes(std::move(b)) {}
    void traverse(Visitor& v) override {
        if (bytes) v.visit(bytes.get());
    }
    Ref<BytesObject> bytes;  // null once exhausted
    size_t index = 0;
};

TypeObject* bytes_iterator_type() {
    static TypeObject* t = util::uncounted([] {
        auto* type = new TypeObject("bytes_iterator", types().object);
        type->make_immortal();
        type->set_metatype(types().type);
        type->iter = [](Value v) { return Val::borrow(v); };
        type->iternext = [](Value v) -> Val {
            auto* it = static_cast<BytesIterator*>(v.as_object());
            if (!it->bytes) return nullptr;
            if (it->index < it->bytes->data().size())
                return new_int(static_cast<unsigned char>(it->bytes->data()[it->index++]));
            it->bytes.reset();
            return nullptr;
        };
        return type;
    });
    return t;
}

Val bytes_iter_slot(Value v) {
    return make<BytesIterator>(bytes_iterator_type(), Ref<BytesObject>::borrow(as_bytes(v))).into_val();
}

Val stray_codec_argument(Value encoding) {
    return raise_type_error(encoding ? "encoding without a string argument" : "errors without a string argument");
}

// bytes(), bytes(n), bytes(iterable_of_ints), bytes(bytes), bytes(str, encoding[, errors]).
Val bytes_construct(Value, CallArgs args) {
    Value a[3];
    if (!unpack_arguments("bytes", args, {"source", "encoding", "errors"}, 0, a)) return nullptr;
    const char* names[] = {"source", "encoding", "errors"};
    for (int k = 1; k < 3; ++k)
        if (a[k] && !is_str(a[k]))
            return raise_type_error(std::string("bytes() argument '") + names[k] + "' must be str, not " +
                                    type_of(a[k])->name);
    Value source = a[0];
    if (!source) {
        if (a[1] || a[2]) return stray_codec_argument(a[1]);
        return new_bytes("").into_val();
    }
    if (is_str(source)) {
        if (!a[1]) return raise_type_error("string argument without an encoding");
        std::string out;
        std::string errors = a[2] ? as_str(a[2])->utf8() : "strict";
        if (!encode_text(as_str(source)->view(), as_str(a[1])->view(), errors, &out)) return nullptr;
        return new_bytes(std::move(out)).into_val();
    }
    if (a[1] || a[2]) return stray_codec_argument(a[1]);
    if (is_bytes(source)) return new_bytes(as_bytes(source)->data()).into_val();
    int64_t count;
    if (index_value(source, &count)) {
        if (count < 0) return raise_value_error("negative count");
        if (!reserve_memory(static_cast<size_t>(count))) return nullptr;
        return new_bytes(std::string(static_cast<size_t>(count), '\0')).into_val();
    }
    if (cx().has_error()) return nullptr;
    if (!type_of(source)->iter)
        return raise_type_error("cannot convert '" + type_of(source)->name + "' object to bytes");
    std::vector<Val> items;
    if (!collect_items(source, &items)) return nullptr;
    std::string out;
    for (const Val& item : items) {
        int64_t byte;
        if (!index_argument(item, &byte)) return nullptr;
        if (byte < 0 || byte > 255) return raise_value_error("bytes must be in range(0, 256)");
        out += static_cast<char>(byte);
    }
    return new_bytes(std::move(out)).into_val();
}

}  // namespace

void init_bytes_type(TypeObject* t) {
    t->repr = bytes_repr_slot;
    t->str = bytes_repr_slot;
    t->hash = bytes_hash_slot;
    t->compare = bytes_compare_slot;
    t->len = bytes_len_slot;
    t->getitem = bytes_getitem_slot;
    t->contains = bytes_contains_slot;
    t->iter = bytes_iter_slot;
    t->construct = bytes_construct;
    t->number.boolean = bytes_bool_slot;
    t->number.binary[static_cast<int>(BinaryOp::Add)] = bytes_add_slot;
    t->number.binary[static_cast<int>(BinaryOp::Multiply)] = bytes_multiply_slot;
    bytes_iterator_type();
    register_bytes_methods(t);
}

}  // namespace ys::objects
