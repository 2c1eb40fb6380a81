// str: construction, interning, repr and the type's slots (see str.h).
#include "objects/str.h"

#include <cstdio>
#include <memory>
#include <unordered_map>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/unicode_db.h"
#include "util/memory.h"
#include "util/utf8.h"

namespace ys::objects {

namespace {

// FNV-1a: deterministic across runs and platforms (no output depends on str hashes).
int64_t hash_bytes(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    int64_t r = static_cast<int64_t>(h >> 1);
    return r == -1 ? -2 : r;
}

}  // namespace

StrObject::StrObject(TypeObject* t, std::string utf8)
    : Object(t, Untracked{}), utf8_(std::move(utf8)), length_(util::count_code_points(utf8_)) {}

int64_t StrObject::compute_hash() const { return hash_bytes(utf8_); }

char32_t StrObject::at(size_t i) const {
    if (is_ascii()) return static_cast<unsigned char>(utf8_[i]);
    size_t pos = 0;
    for (size_t k = 0; k < i; ++k) util::decode_utf8(utf8_, pos);
    return util::decode_utf8(utf8_, pos);
}

std::string StrObject::substr(size_t start, size_t stop) const {
    if (start >= stop) return {};
    if (is_ascii()) return utf8_.substr(start, stop - start);
    size_t pos = 0, k = 0;
    for (; k < start; ++k) util::decode_utf8(utf8_, pos);
    size_t begin = pos;
    for (; k < stop; ++k) util::decode_utf8(utf8_, pos);
    return utf8_.substr(begin, pos - begin);
}

Ref<StrObject> new_str(std::string utf8) { return make<StrObject>(types().str, std::move(utf8)); }
Val new_str_val(std::string utf8) { return new_str(std::move(utf8)).into_val(); }

StrObject* intern(std::string_view text) {
    // Process-wide and immortal, like CPython's statically allocated identifiers.
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view t) const { return std::hash<std::string_view>{}(t); }
    };
    static auto* table =
        util::uncounted([] { return new std::unordered_map<std::string, StrObject*, TextHash, std::equal_to<>>(); });
    auto it = table->find(text);
    if (it != table->end()) return it->second;
    // Shared by every session: none of them pays for it.
    util::UncountedScope uncounted;
    auto* s = new StrObject(types().str, std::string(text));
    s->make_immortal();
    s->interned = true;
    s->hash();  // now, not lazily: sessions on other threads share it
    table->emplace(std::string(text), s);
    return s;
}

StrObject* intern_literal(const char* literal) {
    // Remembered by address: the same literal is asked for again and again
    // (special method names), and hashing its text each time shows in profiles.
    struct Memo {
        const char* literal;
        StrObject* name;
    };
    // 1024 entries, by a multiplicative hash of the whole address: with fewer,
    // or the address's low bits alone, literals of different files evicted
    // each other (the asyncio core's field names, set on every Future).
    static thread_local Memo memo[1024];
    uint64_t h = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(literal)) * 0x9E3779B97F4A7C15ull;
    Memo& m = memo[h >> 54];
    if (m.literal != literal) m = {literal, intern(literal)};
    return m.name;
}

bool is_str(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().str); }

bool str_equal(const StrObject* a, const StrObject* b) {
    if (a == b) return true;
    if (a->interned && b->interned) return false;
    return a->hash() == b->hash() && a->utf8() == b->utf8();
}

namespace {

void append_escape(std::string& out, char32_t c) {
    char buf[16];
    if (c <= 0xFF) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    } else if (c <= 0xFFFF) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    }
    out += buf;
}

}  // namespace

// unicode_repr in Objects/unicodeobject.c.
std::string str_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    for (size_t i = 0; i < s.size();) {
        char32_t c = util::decode_utf8(s, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (unicode::is_printable(c)) {
            util::append_utf8(out, c);
        } else {
            append_escape(out, c);
        }
    }
    out += quote;
    return out;
}

std::string ascii_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        char32_t c = util::decode_utf8(text, i);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            append_escape(out, c);
        }
    }
    return out;
}

std::string ascii_repr(std::string_view utf8) { return ascii_escape(str_repr(utf8)); }

Val object_ascii(Value v) {
    Val r = repr(v);
    if (!r || as_str(r)->is_ascii()) return r;
    return new_str_val(ascii_escape(as_str(r)->view()));
}

namespace {

Val str_repr_slot(Value v) { return new_str_val(str_repr(as_str(v)->view())); }
// str(s) is s itself for a str, an exact copy for an instance of a subclass.
Val str_str_slot(Value v) {
    if (type_of(v) == types().str) return Val::borrow(v);
    return new_str_val(as_str(v)->utf8());
}

bool str_hash_slot(Value v, int64_t* out) {
    *out = as_str(v)->hash();
    return true;
}

Val str_compare_slot(Value a, Value b, CompareOp op) {
    if (!is_str(b)) return new_not_implemented();
    int c = as_str(a)->utf8().compare(as_str(b)->utf8());  // UTF-8 byte order is code point order
    return new_bool(compare_result(c, op));
}

Val str_add_slot(Value a, Value b) {
    if (!is_str(a) || !is_str(b)) return new_not_implemented();
    return new_str_val(as_str(a)->utf8() + as_str(b)->utf8());
}

Val repeat_str(Value s, Value n) {
    int64_t count;
    if (!index_value(n, &count)) return new_not_implemented();
    std::string out;
    const std::string& piece = as_str(s)->utf8();
    if (count > 0 && !piece.empty()) {
        size_t total;
        if (__builtin_mul_overflow(piece.size(), static_cast<uint64_t>(count), &total)) return raise_memory_error();
        if (!reserve_memory(total)) return nullptr;
        out.reserve(total);
        for (int64_t i = 0; i < count; ++i) out += piece;
    }
    return new_str_val(std::move(out));
}

Val str_multiply_slot(Value a, Value b) {
    if (is_str(a)) return repeat_str(a, b);
    return repeat_str(b, a);
}

bool str_len_slot(Value v, int64_t* out) {
    *out = static_cast<int64_t>(as_str(v)->length());
    return true;
}

int str_contains_slot(Value container, Value item) {
    if (!is_str(item)) {
        raise_type_error("'in <string>' requires string as left operand, not " + type_of(item)->name);
        return -1;
    }
    return as_str(container)->utf8().find(as_str(item)->utf8()) != std::string::npos;
}

// Code points start, start+step, ... (count of them) of s, as UTF-8.
std::string str_slice(const StrObject* s, const SliceIndices& r) {
    if (r.step == 1) return s->substr(static_cast<size_t>(r.start), static_cast<size_t>(r.start + r.count));
    const std::string& text = s->utf8();
    std::string out;
    if (s->is_ascii()) {
        for (int64_t k = 0, i = r.start; k < r.count; ++k, i += r.step) out += text[static_cast<size_t>(i)];
        return out;
    }
    std::u32string points;
    points.reserve(s->length());
    for (size_t pos = 0; pos < text.size();) points += util::decode_utf8(text, pos);
    for (int64_t k = 0, i = r.start; k < r.count; ++k, i += r.step)
        util::append_utf8(out, points[static_cast<size_t>(i)]);
    return out;
}

Val str_getitem_slot(Value v, Value key) {
    StrObject* s = as_str(v);
    int64_t n = static_cast<int64_t>(s->length());
    if (is_slice(key)) {
        SliceIndices r;
        if (!slice_indices(as_slice(key), n, &r)) return nullptr;
        if (r.step == 1 && r.count == n && type_of(v) == types().str) return Val::borrow(v);
        return new_str_val(str_slice(s, r));
    }
    int64_t i;
    if (!index_value(key, &i)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("string indices must be integers, not '" + type_of(key)->name + "'");
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise_index_error("string index out of range");
    std::string out;
    util::append_utf8(out, s->at(static_cast<size_t>(i)));
    return new_str_val(std::move(out));
}

int str_bool_slot(Value v) { return as_str(v)->length() != 0; }

// Iterates code point by code point, keeping a byte offset into the UTF-8.
class StrIterator : public Object {
public:
    StrIterator(Ref<StrObject> s) : Object(types().str_iterator), str(std::move(s)) {}
    void traverse(Visitor& v) override { v.visit(str.get()); }
    Ref<StrObject> str;
    size_t offset = 0;
};

Val str_iter_slot(Value v) {
    return make<StrIterator>(Ref<StrObject>::borrow(as_str(v))).into_val();
}

Val str_iterator_next(Value v) {
    auto* it = static_cast<StrIterator*>(v.as_object());
    const std::string& text = it->str->utf8();
    if (it->offset >= text.size()) return nullptr;
    std::string out;
    util::append_utf8(out, util::decode_utf8(text, it->offset));
    return new_str_val(std::move(out));
}

}  // namespace

void init_str_types(TypeObject* t, TypeObject* iterator) {
    t->repr = str_repr_slot;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->compare = str_compare_slot;
    t->len = str_len_slot;
    t->contains = str_contains_slot;
    t->getitem = str_getitem_slot;
    t->iter = str_iter_slot;
    t->number.boolean = str_bool_slot;
    t->number.binary[static_cast<int>(BinaryOp::Add)] = str_add_slot;
    t->number.binary[static_cast<int>(BinaryOp::Multiply)] = str_multiply_slot;
    iterator->iter = [](Value v) { return Val::borrow(v); };
    iterator->iternext = str_iterator_next;
    // unicodeiter_len: the code points left.
    iterator->length_hint = [](Value v, int64_t* out) {
        auto* it = static_cast<StrIterator*>(v.as_object());
        *out = static_cast<int64_t>(util::count_code_points(std::string_view(it->str->utf8()).substr(it->offset)));
        return true;
    };
}

}  // namespace ys::objects
