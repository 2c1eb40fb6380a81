// The methods of str (Objects/unicodeobject.c's unicode_methods table and the
// search/split/pad algorithms of Objects/stringlib/): searching, splitting,
// stripping, padding, joining, replacing, encoding and translating. The case
// methods live in str_case.cpp, format() and `%` in str_format.cpp.
#include <algorithm>
#include <string>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "util/utf8.h"

namespace ys::objects {

std::u32string to_code_points(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) out += util::decode_utf8(utf8, i);
    return out;
}

std::string to_utf8(std::u32string_view points) {
    std::string out;
    out.reserve(points.size());
    for (char32_t c : points) util::append_utf8(out, c);
    return out;
}

namespace {

// Byte offset of code point `index` (0 <= index <= length) in UTF-8 text.
size_t byte_offset(const StrObject* s, int64_t index) {
    if (s->is_ascii()) return static_cast<size_t>(index);
    const std::string& text = s->utf8();
    size_t pos = 0;
    for (int64_t k = 0; k < index && pos < text.size(); ++k) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
    return pos;
}

// Number of code points in the first `bytes` bytes of UTF-8 text.
int64_t code_points_in(std::string_view text, size_t bytes) {
    int64_t n = 0;
    for (size_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return n;
}

// The argument as a str, or a TypeError "<prefix>must be str, not int".
StrObject* str_argument(Value v, const std::string& prefix) {
    if (is_str(v)) return as_str(v);
    raise_type_error(prefix + "must be str, not " + type_of(v)->name);
    return nullptr;
}

// ------------------------------------------------------------------ searching

// The (sub[, start[, end]]) arguments of find, index, count and their r-twins,
// with start/end clamped to the string (in code points).
struct Search {
    StrObject* sub;
    int64_t start = 0, end = INT64_MAX;
};

bool parse_search(const char* qualname, Value self, CallArgs args, Search* out) {
    if (!check_tuple_style(qualname, args, 1, 3)) return false;
    out->sub = str_argument(args[0], "");
    if (!out->sub) return false;
    if (args.count > 1 && !slice_bound_argument(args[1], &out->start)) return false;
    if (args.count > 2 && !slice_bound_argument(args[2], &out->end)) return false;
    adjust_indices(&out->start, &out->end, static_cast<int64_t>(as_str(self)->length()));
    return true;
}

// Code point index of the first (or last) occurrence of sub in the window, or -1.
int64_t find_in(Value self, const Search& q, bool reverse) {
    StrObject* s = as_str(self);
    if (q.end - q.start < static_cast<int64_t>(q.sub->length())) return -1;
    size_t begin = byte_offset(s, q.start), stop = byte_offset(s, q.end);
    std::string_view window = s->view().substr(begin, stop - begin);
    size_t hit = reverse ? window.rfind(q.sub->view()) : window.find(q.sub->view());
    if (hit == std::string_view::npos) return -1;
    return q.start + (s->is_ascii() ? static_cast<int64_t>(hit) : code_points_in(window, hit));
}

Val find_method(const char* qualname, Value self, CallArgs args, bool reverse, bool raise_if_missing) {
    Search q;
    if (!parse_search(qualname, self, args, &q)) return nullptr;
    int64_t at = find_in(self, q, reverse);
    if (at < 0 && raise_if_missing) return raise_value_error("substring not found");
    return new_int(at);
}

Val str_find(Value self, CallArgs args) { return find_method("str.find", self, args, false, false); }
Val str_rfind(Value self, CallArgs args) { return find_method("str.rfind", self, args, true, false); }
Val str_index(Value self, CallArgs args) { return find_method("str.index", self, args, false, true); }
Val str_rindex(Value self, CallArgs args) { return find_method("str.rindex", self, args, true, true); }

Val str_count(Value self, CallArgs args) {
    Search q;
    if (!parse_search("str.count", self, args, &q)) return nullptr;
    StrObject* s = as_str(self);
    int64_t sub_length = static_cast<int64_t>(q.sub->length());
    if (q.end - q.start < sub_length) return new_int(0);
    if (sub_length == 0) return new_int(q.end - q.start + 1);
    size_t begin = byte_offset(s, q.start), stop = byte_offset(s, q.end);
    std::string_view window = s->view().substr(begin, stop - begin);
    int64_t n = 0;
    for (size_t at = window.find(q.sub->view()); at != std::string_view::npos;
         at = window.find(q.sub->view(), at + q.sub->utf8().size()))
        ++n;
    return new_int(n);
}

// startswith/endswith: prefix is a str or a tuple of str (tailmatch).
Val tail_match(const char* name, Value self, CallArgs args, bool at_end) {
    std::string qualname = std::string("str.") + name;
    if (!check_tuple_style(qualname.c_str(), args, 1, 3)) return nullptr;
    int64_t start = 0, end = INT64_MAX;
    if (args.count > 1 && !slice_bound_argument(args[1], &start)) return nullptr;
    if (args.count > 2 && !slice_bound_argument(args[2], &end)) return nullptr;
    StrObject* s = as_str(self);
    adjust_indices(&start, &end, static_cast<int64_t>(s->length()));
    auto matches = [&](StrObject* sub) {
        int64_t last = end - static_cast<int64_t>(sub->length());
        if (last < start) return false;
        if (sub->length() == 0) return true;
        size_t at = byte_offset(s, at_end ? last : start);
        return s->view().compare(at, sub->utf8().size(), sub->view()) == 0;
    };
    Value prefix = args[0];
    if (is_tuple(prefix)) {
        for (const Val& item : as_tuple(prefix)->items) {
            if (!is_str(item))
                return raise_type_error(std::string("tuple for ") + name + " must only contain str, not " +
                                        type_of(item)->name);
            if (matches(as_str(item))) return new_bool(true);
        }
        return new_bool(false);
    }
    if (!is_str(prefix))
        return raise_type_error(std::string(name) + " first arg must be str or a tuple of str, not " +
                                type_of(prefix)->name);
    return new_bool(matches(as_str(prefix)));
}

Val str_startswith(Value self, CallArgs args) { return tail_match("startswith", self, args, false); }
Val str_endswith(Value self, CallArgs args) { return tail_match("endswith", self, args, true); }

// ------------------------------------------------------------------ splitting


// The list split() and rsplit() return: CPython allocates room for
// min(maxsplit + 1, 12) pieces up front and appends the rest one by one.
Val split_list(std::vector<Val> parts, int64_t maxsplit) {
    auto list = new_list(std::move(parts));
    int64_t count = static_cast<int64_t>(list->items.size());
    int64_t prealloc = maxsplit >= 12 ? 12 : maxsplit + 1;
    list->alloc.exact(prealloc);
    for (int64_t i = prealloc; i < count; ++i) list->alloc.append();
    list->alloc.size = count;
    return list.into_val();
}


// Splitting on runs of whitespace (split_whitespace / rsplit_whitespace).
Val split_whitespace(const std::u32string& s, int64_t maxsplit, bool from_right) {
    const int64_t limit = maxsplit;
    std::vector<Val> parts;
    auto add = [&](size_t a, size_t b) {
        parts.push_back(new_str_val(to_utf8(std::u32string_view(s).substr(a, b - a))));
    };
    auto space = [&](size_t k) { return unicode::is_space(s[k]); };
    if (!from_right) {
        size_t i = 0, n = s.size();
        while (maxsplit-- > 0) {
            while (i < n && space(i)) ++i;
            if (i == n) break;
            size_t j = i++;
            while (i < n && !space(i)) ++i;
            add(j, i);
        }
        if (i < n) {
            while (i < n && space(i)) ++i;
            if (i != n) add(i, n);
        }
        return split_list(std::move(parts), limit);
    }
    int64_t i = static_cast<int64_t>(s.size()) - 1;
    while (maxsplit-- > 0) {
        while (i >= 0 && space(i)) --i;
        if (i < 0) break;
        int64_t j = i--;
        while (i >= 0 && !space(i)) --i;
        add(i + 1, j + 1);
    }
    if (i >= 0) {
        while (i >= 0 && space(i)) --i;
        if (i >= 0) add(0, i + 1);
    }
    std::reverse(parts.begin(), parts.end());
    return split_list(std::move(parts), limit);
}

// Splitting on a separator; the pieces are byte ranges of valid UTF-8.
Val split_on(std::string_view text, std::string_view sep, int64_t maxsplit, bool from_right) {
    const int64_t limit = maxsplit;
    std::vector<Val> parts;
    if (!from_right) {
        size_t start = 0;
        for (size_t at; maxsplit-- > 0 && (at = text.find(sep, start)) != std::string_view::npos;) {
            parts.push_back(new_str_val(std::string(text.substr(start, at - start))));
            start = at + sep.size();
        }
        parts.push_back(new_str_val(std::string(text.substr(start))));
        return split_list(std::move(parts), limit);
    }
    size_t end = text.size();
    while (maxsplit-- > 0 && end >= sep.size()) {
        size_t at = text.rfind(sep, end - sep.size());
        if (at == std::string_view::npos) break;
        parts.push_back(new_str_val(std::string(text.substr(at + sep.size(), end - at - sep.size()))));
        end = at;
    }
    parts.push_back(new_str_val(std::string(text.substr(0, end))));
    std::reverse(parts.begin(), parts.end());
    return split_list(std::move(parts), limit);
}

Val split_method(const char* name, Value self, CallArgs args, bool from_right) {
    Value a[2];
    if (!unpack_arguments(name, args, {"sep", "maxsplit"}, 0, a)) return nullptr;
    int64_t maxsplit = -1;
    if (a[1] && !index_argument(a[1], &maxsplit)) return nullptr;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    StrObject* s = as_str(self);
    if (!a[0] || is_none(a[0])) return split_whitespace(to_code_points(s->view()), maxsplit, from_right);
    if (!is_str(a[0])) return raise_type_error("must be str or None, not " + type_of(a[0])->name);
    StrObject* sep = as_str(a[0]);
    if (sep->length() == 0) return raise_value_error("empty separator");
    return split_on(s->view(), sep->view(), maxsplit, from_right);
}

Val str_split(Value self, CallArgs args) { return split_method("split", self, args, false); }
Val str_rsplit(Value self, CallArgs args) { return split_method("rsplit", self, args, true); }

Val str_splitlines(Value self, CallArgs args) {
    Value a[1];
    if (!unpack_arguments("splitlines", args, {"keepends"}, 0, a)) return nullptr;
    int64_t keepends = 0;
    if (a[0] && !index_argument(a[0], &keepends)) return nullptr;
    std::u32string s = to_code_points(as_str(self)->view());
    std::vector<Val> lines;
    for (size_t i = 0, j = 0; i < s.size(); j = i) {
        while (i < s.size() && !unicode::is_linebreak(s[i])) ++i;
        size_t eol = i;
        if (i < s.size()) {
            i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        lines.push_back(new_str_val(to_utf8(std::u32string_view(s).substr(j, eol - j))));
    }
    return new_appended_list(std::move(lines)).into_val();
}

Val partition_method(const char* qualname, Value self, CallArgs args, bool from_right) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    StrObject* sep = str_argument(args[0], "");
    if (!sep) return nullptr;
    if (sep->length() == 0) return raise_value_error("empty separator");
    std::string_view text = as_str(self)->view();
    size_t at = from_right ? text.rfind(sep->view()) : text.find(sep->view());
    std::vector<Val> parts;
    if (at == std::string_view::npos) {
        Val empty = new_str_val("");
        if (from_right) {
            parts = {empty, empty, Val::borrow(self)};
        } else {
            parts = {Val::borrow(self), empty, empty};
        }
    } else {
        parts = {new_str_val(std::string(text.substr(0, at))), Val::borrow(args[0]),
                 new_str_val(std::string(text.substr(at + sep->utf8().size())))};
    }
    return new_tuple(std::move(parts)).into_val();
}

Val str_partition(Value self, CallArgs args) { return partition_method("str.partition", self, args, false); }
Val str_rpartition(Value self, CallArgs args) { return partition_method("str.rpartition", self, args, true); }

// ------------------------------------------------------------------ stripping

Val strip_method(const char* name, Value self, CallArgs args, bool left, bool right) {
    std::string qualname = std::string("str.") + name;
    if (!check_clinic_positional(qualname.c_str(), args, 0, 1)) return nullptr;
    std::u32string chars;
    bool whitespace = args.count == 0 || is_none(args[0]);
    if (!whitespace) {
        if (!is_str(args[0])) return raise_type_error(std::string(name) + " arg must be None or str");
        chars = to_code_points(as_str(args[0])->view());
    }
    auto strippable = [&](char32_t c) {
        return whitespace ? unicode::is_space(c) : chars.find(c) != std::u32string::npos;
    };
    std::u32string s = to_code_points(as_str(self)->view());
    size_t i = 0, j = s.size();
    if (left)
        while (i < j && strippable(s[i])) ++i;
    if (right)
        while (j > i && strippable(s[j - 1])) --j;
    if (i == 0 && j == s.size() && type_of(self) == types().str) return Val::borrow(self);
    return new_str_val(to_utf8(std::u32string_view(s).substr(i, j - i)));
}

Val str_strip(Value self, CallArgs args) { return strip_method("strip", self, args, true, true); }
Val str_lstrip(Value self, CallArgs args) { return strip_method("lstrip", self, args, true, false); }
Val str_rstrip(Value self, CallArgs args) { return strip_method("rstrip", self, args, false, true); }

Val str_removeprefix(Value self, CallArgs args) {
    if (!check_clinic_positional("str.removeprefix", args, 1, 1)) return nullptr;
    StrObject* prefix = str_argument(args[0], "removeprefix() argument ");
    if (!prefix) return nullptr;
    std::string_view text = as_str(self)->view();
    if (text.substr(0, prefix->utf8().size()) != prefix->view()) return Val::borrow(self);
    return new_str_val(std::string(text.substr(prefix->utf8().size())));
}

Val str_removesuffix(Value self, CallArgs args) {
    if (!check_clinic_positional("str.removesuffix", args, 1, 1)) return nullptr;
    StrObject* suffix = str_argument(args[0], "removesuffix() argument ");
    if (!suffix) return nullptr;
    std::string_view text = as_str(self)->view();
    size_t n = suffix->utf8().size();
    if (n == 0 || text.size() < n || text.substr(text.size() - n) != suffix->view()) return Val::borrow(self);
    return new_str_val(std::string(text.substr(0, text.size() - n)));
}

// ------------------------------------------------------------------ padding

std::string repeat_point(char32_t c, int64_t n) {
    std::string piece, out;
    util::append_utf8(piece, c);
    for (int64_t k = 0; k < n; ++k) out += piece;
    return out;
}

// center/ljust/rjust: widths count code points, so CJK text pads as CPython pads it.
Val pad_method(const char* name, Value self, CallArgs args, char how) {
    std::string qualname = std::string("str.") + name;
    if (!check_clinic_positional(qualname.c_str(), args, 1, 2)) return nullptr;
    int64_t width;
    if (!index_argument(args[0], &width)) return nullptr;
    char32_t fill = ' ';
    if (args.count == 2) {
        if (!is_str(args[1]))
            return raise_type_error("The fill character must be a unicode character, not " + type_of(args[1])->name);
        if (as_str(args[1])->length() != 1)
            return raise_type_error("The fill character must be exactly one character long");
        fill = as_str(args[1])->at(0);
    }
    StrObject* s = as_str(self);
    int64_t length = static_cast<int64_t>(s->length());
    if (width <= length) return Val::borrow(self);
    if (!reserve_memory(static_cast<size_t>(width - length), 4)) return nullptr;  // up to 4 UTF-8 bytes a fill
    int64_t margin = width - length, left = 0;
    if (how == '^') left = margin / 2 + (margin & width & 1);  // CPython's rounding, not format()'s
    if (how == '>') left = margin;
    return new_str_val(repeat_point(fill, left) + s->utf8() + repeat_point(fill, margin - left));
}

Val str_center(Value self, CallArgs args) { return pad_method("center", self, args, '^'); }
Val str_ljust(Value self, CallArgs args) { return pad_method("ljust", self, args, '<'); }
Val str_rjust(Value self, CallArgs args) { return pad_method("rjust", self, args, '>'); }

Val str_zfill(Value self, CallArgs args) {
    if (!check_clinic_positional("str.zfill", args, 1, 1)) return nullptr;
    int64_t width;
    if (!index_argument(args[0], &width)) return nullptr;
    StrObject* s = as_str(self);
    int64_t length = static_cast<int64_t>(s->length());
    if (width <= length) return Val::borrow(self);
    if (!reserve_memory(static_cast<size_t>(width))) return nullptr;
    std::string text = s->utf8();
    std::string zeros(static_cast<size_t>(width - length), '0');
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) return new_str_val(text[0] + zeros + text.substr(1));
    return new_str_val(zeros + text);
}

Val str_expandtabs(Value self, CallArgs args) {
    Value a[1];
    if (!unpack_arguments("expandtabs", args, {"tabsize"}, 0, a)) return nullptr;
    int64_t tabsize = 8;
    if (a[0] && !index_argument(a[0], &tabsize)) return nullptr;
    std::string_view text = as_str(self)->view();
    std::string out;
    int64_t column = 0;
    for (size_t i = 0; i < text.size();) {
        char32_t c = util::decode_utf8(text, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                column += spaces;
                if (!reserve_memory(out.size() + static_cast<size_t>(spaces))) return nullptr;
                out.append(static_cast<size_t>(spaces), ' ');
            }
            continue;
        }
        ++column;
        util::append_utf8(out, c);
        if (c == '\n' || c == '\r') column = 0;
    }
    return new_str_val(std::move(out));
}

// ------------------------------------------------------------------ building

Val str_join(Value self, CallArgs args) {
    if (!check_clinic_positional("str.join", args, 1, 1)) return nullptr;
    Value iterable = args[0];
    if (!type_of(iterable)->iter) return raise_type_error("can only join an iterable");
    std::vector<Val> items;
    if (!collect_items(iterable, &items)) return nullptr;
    if (items.size() == 1 && type_of(items[0]) == types().str) return items[0];
    const std::string& sep = as_str(self)->utf8();
    // The result's size first (as CPython's join), so a result past the memory
    // cap is refused before it is built.
    uint64_t total = items.empty() ? 0 : uint64_t(sep.size()) * (items.size() - 1);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_str(items[i]))
            return raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                                    type_of(items[i])->name + " found");
        total += as_str(items[i])->utf8().size();
    }
    if (total > SIZE_MAX) return raise_memory_error();
    if (!reserve_memory(static_cast<size_t>(total))) return nullptr;
    std::string out;
    out.reserve(static_cast<size_t>(total));
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += as_str(items[i])->utf8();
    }
    return new_str_val(std::move(out));
}

Val str_replace(Value self, CallArgs args) {
    if (!check_clinic_positional("str.replace", args, 2, 3)) return nullptr;
    StrObject* old_text = str_argument(args[0], "replace() argument 1 ");
    if (!old_text) return nullptr;
    StrObject* new_text = str_argument(args[1], "replace() argument 2 ");
    if (!new_text) return nullptr;
    int64_t count = -1;
    if (args.count == 3 && !index_argument(args[2], &count)) return nullptr;
    if (count < 0) count = INT64_MAX;
    std::string_view text = as_str(self)->view();
    if (!reserve_replacement(text, old_text->view(), new_text->utf8().size(), count, as_str(self)->length() + 1))
        return nullptr;
    std::string out;
    if (old_text->length() == 0) {
        // An empty pattern matches before every code point and at the end.
        size_t i = 0;
        for (; i < text.size() && count > 0; --count) {
            out += new_text->utf8();
            size_t start = i;
            util::decode_utf8(text, i);
            out.append(text.substr(start, i - start));
        }
        if (i == text.size() && count > 0) out += new_text->utf8();
        out.append(text.substr(i));
        return new_str_val(std::move(out));
    }
    size_t start = 0;
    for (size_t at; count > 0 && (at = text.find(old_text->view(), start)) != std::string_view::npos; --count) {
        out.append(text.substr(start, at - start));
        out += new_text->utf8();
        start = at + old_text->utf8().size();
    }
    if (start == 0 && type_of(self) == types().str) return Val::borrow(self);
    out.append(text.substr(start));
    return new_str_val(std::move(out));
}

Val str_encode(Value self, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("encode", args, {"encoding", "errors"}, 0, a)) return nullptr;
    std::string encoding = "utf-8", errors = "strict";
    const char* names[] = {"encoding", "errors"};
    for (int k = 0; k < 2; ++k) {
        if (!a[k]) continue;
        if (!is_str(a[k]))
            return raise_type_error(std::string("encode() argument '") + names[k] + "' must be str, not " +
                                    type_of(a[k])->name);
        (k ? errors : encoding) = as_str(a[k])->utf8();
    }
    std::string out;
    if (!encode_text(as_str(self)->view(), encoding, errors, &out)) return nullptr;
    return new_bytes(std::move(out)).into_val();
}

// str.maketrans(x[, y[, z]]): a static method, so it is stored as a plain builtin.
Val str_maketrans(Value, CallArgs args) {
    if (!check_clinic_positional("maketrans", args, 1, 3)) return nullptr;
    auto table = new_dict();
    if (args.count == 1) {
        if (!is_dict(args[0])) return raise_type_error("if you give only one argument to maketrans it must be a dict");
        for (const auto& e : as_dict(args[0])->entries()) {
            if (!e.key) continue;
            Val key = e.key;
            if (is_str(e.key)) {
                if (as_str(e.key)->length() != 1)
                    return raise_value_error("string keys in translate table must be of length 1");
                key = new_int(static_cast<int64_t>(as_str(e.key)->at(0)));
            } else if (!is_int(e.key)) {
                return raise_type_error("keys in translate table must be strings or integers");
            }
            if (!table->set(key, e.value)) return nullptr;
        }
        return table.into_val();
    }
    for (size_t k = 0; k < args.count; ++k)
        if (!is_str(args[k]))
            return raise_type_error("maketrans() argument " + std::to_string(k + 1) + " must be str, not " +
                                    type_of(args[k])->name);
    std::u32string from = to_code_points(as_str(args[0])->view()), to = to_code_points(as_str(args[1])->view());
    if (from.size() != to.size()) return raise_value_error("the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < from.size(); ++i)
        if (!table->set(new_int(static_cast<int64_t>(from[i])), new_int(static_cast<int64_t>(to[i])))) return nullptr;
    if (args.count == 3)
        for (char32_t c : to_code_points(as_str(args[2])->view()))
            if (!table->set(new_int(static_cast<int64_t>(c)), none())) return nullptr;
    return table.into_val();
}

// Looks every code point up in the table: a missing key (LookupError) keeps it,
// None deletes it, an int or a str replaces it.
Val str_translate(Value self, CallArgs args) {
    if (!check_clinic_positional("str.translate", args, 1, 1)) return nullptr;
    Value table = args[0];
    std::string out;
    std::string_view text = as_str(self)->view();
    for (size_t i = 0; i < text.size();) {
        char32_t c = util::decode_utf8(text, i);
        Val mapped = get_item(table, Value::small_int(c));
        if (!mapped) {
            if (!error_matches(exc_types().lookup_error)) return nullptr;
            cx().take_error();
            util::append_utf8(out, c);
            continue;
        }
        if (is_none(mapped)) continue;
        if (is_str(mapped)) {
            out += as_str(mapped)->utf8();
        } else if (is_int(mapped)) {
            int64_t code;
            if (!int_to_int64(mapped, &code) || code < 0 || code > 0x10FFFF)
                return raise_value_error("character mapping must be in range(0x110000)");
            util::append_utf8(out, static_cast<char32_t>(code));
        } else {
            return raise_type_error("character mapping must return integer, None or str");
        }
    }
    return new_str_val(std::move(out));
}

}  // namespace

void register_str_methods(TypeObject* t) {
    add_method(t, "find", str_find);
    add_method(t, "rfind", str_rfind);
    add_method(t, "index", str_index);
    add_method(t, "rindex", str_rindex);
    add_method(t, "count", str_count);
    add_method(t, "startswith", str_startswith);
    add_method(t, "endswith", str_endswith);
    add_method(t, "split", str_split);
    add_method(t, "rsplit", str_rsplit);
    add_method(t, "splitlines", str_splitlines);
    add_method(t, "partition", str_partition);
    add_method(t, "rpartition", str_rpartition);
    add_method(t, "strip", str_strip);
    add_method(t, "lstrip", str_lstrip);
    add_method(t, "rstrip", str_rstrip);
    add_method(t, "removeprefix", str_removeprefix);
    add_method(t, "removesuffix", str_removesuffix);
    add_method(t, "center", str_center);
    add_method(t, "ljust", str_ljust);
    add_method(t, "rjust", str_rjust);
    add_method(t, "zfill", str_zfill);
    add_method(t, "expandtabs", str_expandtabs);
    add_method(t, "join", str_join);
    add_method(t, "replace", str_replace);
    add_method(t, "encode", str_encode);
    add_method(t, "translate", str_translate);
    // Unbound like a staticmethod: "".maketrans(...) and str.maketrans(...) agree.
    auto maketrans = new_builtin("maketrans", str_maketrans);
    maketrans->make_immortal();
    t->dict->set_str(intern_literal("maketrans"), maketrans.get());
    register_str_case_methods(t);
    register_str_format_methods(t);
}

}  // namespace ys::objects
