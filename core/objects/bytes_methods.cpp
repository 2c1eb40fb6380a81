// The methods of bytes (Objects/bytesobject.c's bytes_methods and the shared
// Objects/bytes_methods.c): decode, hex, searching, splitting, joining, stripping
// and the ASCII case methods. Bytes index bytes, so no code point bookkeeping.
#include <algorithm>
#include <string>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(unsigned char c) { return ascii_lower(c) || ascii_upper(c); }

Val bytes_val(std::string data) { return new_bytes(std::move(data)).into_val(); }

const std::string& data_of(Value self) { return as_bytes(self)->data(); }

// A bytes argument, or "a bytes-like object is required, not 'str'".
BytesObject* bytes_argument(Value v) {
    if (is_bytes(v)) return as_bytes(v);
    raise_type_error("a bytes-like object is required, not '" + type_of(v)->name + "'");
    return nullptr;
}

Val bytes_decode(Value self, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("decode", args, {"encoding", "errors"}, 0, a)) return nullptr;
    std::string encoding = "utf-8", errors = "strict";
    const char* names[] = {"encoding", "errors"};
    for (int k = 0; k < 2; ++k) {
        if (!a[k]) continue;
        if (!is_str(a[k]))
            return raise_type_error(std::string("decode() argument '") + names[k] + "' must be str, not " +
                                    type_of(a[k])->name);
        (k ? errors : encoding) = as_str(a[k])->utf8();
    }
    std::string out;
    if (!decode_bytes(data_of(self), encoding, errors, &out)) return nullptr;
    return new_str_val(std::move(out));
}

Val bytes_hex(Value self, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("hex", args, {"sep", "bytes_per_sep"}, 0, a)) return nullptr;
    std::string sep;
    if (a[0]) {
        if (is_str(a[0])) {
            sep = as_str(a[0])->utf8();
            if (as_str(a[0])->length() != 1) return raise_value_error("sep must be length 1.");
        } else if (is_bytes(a[0])) {
            sep = as_bytes(a[0])->data();
            if (sep.size() != 1) return raise_value_error("sep must be length 1.");
        } else {
            return raise_type_error("object of type '" + type_of(a[0])->name + "' has no len()");
        }
    }
    int64_t group = 1;
    if (a[1] && !index_argument(a[1], &group)) return nullptr;
    const std::string& data = data_of(self);
    static const char digits[] = "0123456789abcdef";
    std::string out;
    size_t every = static_cast<size_t>(group < 0 ? -group : group);
    for (size_t i = 0; i < data.size(); ++i) {
        // A positive bytes_per_sep counts groups from the right, a negative one from the left.
        size_t from_start = group < 0 ? i : data.size() - i;
        if (!sep.empty() && i > 0 && every && from_start % every == 0) out += sep;
        unsigned char c = static_cast<unsigned char>(data[i]);
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return new_str_val(std::move(out));
}

// ------------------------------------------------------------------ searching

// (sub[, start[, end]]) where sub is bytes or an int in range(256).
bool parse_search(const char* qualname, Value self, CallArgs args, std::string* sub, int64_t* start, int64_t* end) {
    if (!check_tuple_style(qualname, args, 1, 3)) return false;
    if (is_bytes(args[0])) {
        *sub = as_bytes(args[0])->data();
    } else {
        int64_t byte;
        if (!index_value(args[0], &byte)) {
            if (!cx().has_error())
                raise_type_error("argument should be integer or bytes-like object, not '" + type_of(args[0])->name +
                                 "'");
            return false;
        }
        if (byte < 0 || byte > 255) {
            raise_value_error("byte must be in range(0, 256)");
            return false;
        }
        *sub = std::string(1, static_cast<char>(byte));
    }
    *start = 0;
    *end = INT64_MAX;
    if (args.count > 1 && !slice_bound_argument(args[1], start)) return false;
    if (args.count > 2 && !slice_bound_argument(args[2], end)) return false;
    adjust_indices(start, end, static_cast<int64_t>(data_of(self).size()));
    return true;
}

Val find_method(const char* qualname, Value self, CallArgs args, bool reverse, bool raise_if_missing) {
    std::string sub;
    int64_t start, end;
    if (!parse_search(qualname, self, args, &sub, &start, &end)) return nullptr;
    int64_t at = -1;
    if (end - start >= static_cast<int64_t>(sub.size())) {
        std::string_view window = std::string_view(data_of(self)).substr(start, end - start);
        size_t hit = reverse ? window.rfind(sub) : window.find(sub);
        if (hit != std::string_view::npos) at = start + static_cast<int64_t>(hit);
    }
    if (at < 0 && raise_if_missing) return raise_value_error("subsection not found");
    return new_int(at);
}

Val bytes_find(Value self, CallArgs args) { return find_method("bytes.find", self, args, false, false); }
Val bytes_rfind(Value self, CallArgs args) { return find_method("bytes.rfind", self, args, true, false); }
Val bytes_index(Value self, CallArgs args) { return find_method("bytes.index", self, args, false, true); }
Val bytes_rindex(Value self, CallArgs args) { return find_method("bytes.rindex", self, args, true, true); }

Val bytes_count(Value self, CallArgs args) {
    std::string sub;
    int64_t start, end;
    if (!parse_search("bytes.count", self, args, &sub, &start, &end)) return nullptr;
    if (end - start < static_cast<int64_t>(sub.size())) return new_int(0);
    if (sub.empty()) return new_int(end - start + 1);
    std::string_view window = std::string_view(data_of(self)).substr(start, end - start);
    int64_t n = 0;
    for (size_t at = window.find(sub); at != std::string_view::npos; at = window.find(sub, at + sub.size())) ++n;
    return new_int(n);
}

Val tail_match(const char* name, Value self, CallArgs args, bool at_end) {
    std::string qualname = std::string("bytes.") + name;
    if (!check_tuple_style(qualname.c_str(), args, 1, 3)) return nullptr;
    int64_t start = 0, end = INT64_MAX;
    if (args.count > 1 && !slice_bound_argument(args[1], &start)) return nullptr;
    if (args.count > 2 && !slice_bound_argument(args[2], &end)) return nullptr;
    const std::string& data = data_of(self);
    adjust_indices(&start, &end, static_cast<int64_t>(data.size()));
    auto matches = [&](const std::string& sub) {
        int64_t last = end - static_cast<int64_t>(sub.size());
        if (last < start) return false;
        return data.compare(static_cast<size_t>(at_end ? last : start), sub.size(), sub) == 0;
    };
    if (is_tuple(args[0])) {
        for (const Val& item : as_tuple(args[0])->items) {
            BytesObject* b = bytes_argument(item);
            if (!b) return nullptr;
            if (matches(b->data())) return new_bool(true);
        }
        return new_bool(false);
    }
    if (!is_bytes(args[0]))
        return raise_type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                type_of(args[0])->name);
    return new_bool(matches(as_bytes(args[0])->data()));
}

Val bytes_startswith(Value self, CallArgs args) { return tail_match("startswith", self, args, false); }
Val bytes_endswith(Value self, CallArgs args) { return tail_match("endswith", self, args, true); }

// ------------------------------------------------------------------ splitting and joining

Val split_method(const char* name, Value self, CallArgs args, bool from_right) {
    Value a[2];
    if (!unpack_arguments(name, args, {"sep", "maxsplit"}, 0, a)) return nullptr;
    int64_t maxsplit = -1;
    if (a[1] && !index_argument(a[1], &maxsplit)) return nullptr;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    std::string_view s = data_of(self);
    std::vector<Val> parts;
    if (!a[0] || is_none(a[0])) {
        // Runs of ASCII whitespace, as str.split() without a separator.
        auto space = [&](int64_t k) { return ascii_space(static_cast<unsigned char>(s[static_cast<size_t>(k)])); };
        int64_t n = static_cast<int64_t>(s.size());
        auto add = [&](int64_t x, int64_t y) { parts.push_back(bytes_val(std::string(s.substr(x, y - x)))); };
        if (!from_right) {
            int64_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && space(i)) ++i;
                if (i == n) break;
                int64_t j = i++;
                while (i < n && !space(i)) ++i;
                add(j, i);
            }
            while (i < n && space(i)) ++i;
            if (i < n) add(i, n);
        } else {
            int64_t i = n - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && space(i)) --i;
                if (i < 0) break;
                int64_t j = i--;
                while (i >= 0 && !space(i)) --i;
                add(i + 1, j + 1);
            }
            while (i >= 0 && space(i)) --i;
            if (i >= 0) add(0, i + 1);
            std::reverse(parts.begin(), parts.end());
        }
        return new_list(std::move(parts)).into_val();
    }
    BytesObject* sep_object = bytes_argument(a[0]);
    if (!sep_object) return nullptr;
    std::string_view sep = sep_object->view();
    if (sep.empty()) return raise_value_error("empty separator");
    if (!from_right) {
        size_t start = 0;
        for (size_t at; maxsplit-- > 0 && (at = s.find(sep, start)) != std::string_view::npos; start = at + sep.size())
            parts.push_back(bytes_val(std::string(s.substr(start, at - start))));
        parts.push_back(bytes_val(std::string(s.substr(start))));
    } else {
        size_t end = s.size();
        while (maxsplit-- > 0 && end >= sep.size()) {
            size_t at = s.rfind(sep, end - sep.size());
            if (at == std::string_view::npos) break;
            parts.push_back(bytes_val(std::string(s.substr(at + sep.size(), end - at - sep.size()))));
            end = at;
        }
        parts.push_back(bytes_val(std::string(s.substr(0, end))));
        std::reverse(parts.begin(), parts.end());
    }
    return new_list(std::move(parts)).into_val();
}

Val bytes_split(Value self, CallArgs args) { return split_method("split", self, args, false); }
Val bytes_rsplit(Value self, CallArgs args) { return split_method("rsplit", self, args, true); }

Val bytes_join(Value self, CallArgs args) {
    if (!check_clinic_positional("bytes.join", args, 1, 1)) return nullptr;
    if (!type_of(args[0])->iter) return raise_type_error("can only join an iterable");
    std::vector<Val> items;
    if (!collect_items(args[0], &items)) return nullptr;
    // The result's size first, so a result past the memory cap is refused before it is built.
    uint64_t total = items.empty() ? 0 : uint64_t(data_of(self).size()) * (items.size() - 1);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_bytes(items[i]))
            return raise_type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                    type_of(items[i])->name + " found");
        total += as_bytes(items[i])->data().size();
    }
    if (total > SIZE_MAX) return raise_memory_error();
    if (!reserve_memory(static_cast<size_t>(total))) return nullptr;
    std::string out;
    out.reserve(static_cast<size_t>(total));
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += data_of(self);
        out += as_bytes(items[i])->data();
    }
    return bytes_val(std::move(out));
}

Val bytes_replace(Value self, CallArgs args) {
    if (!check_clinic_positional("bytes.replace", args, 2, 3)) return nullptr;
    BytesObject* old_bytes = bytes_argument(args[0]);
    if (!old_bytes) return nullptr;
    BytesObject* new_bytes_arg = bytes_argument(args[1]);
    if (!new_bytes_arg) return nullptr;
    int64_t count = -1;
    if (args.count == 3 && !index_argument(args[2], &count)) return nullptr;
    if (count < 0) count = INT64_MAX;
    std::string_view s = data_of(self), from = old_bytes->view();
    if (!reserve_replacement(s, from, new_bytes_arg->data().size(), count, s.size() + 1)) return nullptr;
    std::string out;
    if (from.empty()) {
        size_t i = 0;
        for (; i < s.size() && count > 0; --count, ++i) {
            out += new_bytes_arg->data();
            out += s[i];
        }
        if (i == s.size() && count > 0) out += new_bytes_arg->data();
        out.append(s.substr(i));
        return bytes_val(std::move(out));
    }
    size_t start = 0;
    for (size_t at; count > 0 && (at = s.find(from, start)) != std::string_view::npos; --count) {
        out.append(s.substr(start, at - start));
        out += new_bytes_arg->data();
        start = at + from.size();
    }
    out.append(s.substr(start));
    return bytes_val(std::move(out));
}

Val partition_method(const char* qualname, Value self, CallArgs args, bool from_right) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    BytesObject* sep = bytes_argument(args[0]);
    if (!sep) return nullptr;
    if (sep->data().empty()) return raise_value_error("empty separator");
    std::string_view s = data_of(self);
    size_t at = from_right ? s.rfind(sep->view()) : s.find(sep->view());
    std::vector<Val> parts;
    if (at == std::string_view::npos) {
        parts = from_right ? std::vector<Val>{bytes_val(""), bytes_val(""), Val::borrow(self)}
                           : std::vector<Val>{Val::borrow(self), bytes_val(""), bytes_val("")};
    } else {
        parts = {bytes_val(std::string(s.substr(0, at))), Val::borrow(args[0]),
                 bytes_val(std::string(s.substr(at + sep->data().size())))};
    }
    return new_tuple(std::move(parts)).into_val();
}

Val bytes_partition(Value self, CallArgs args) { return partition_method("bytes.partition", self, args, false); }
Val bytes_rpartition(Value self, CallArgs args) { return partition_method("bytes.rpartition", self, args, true); }

// Only \n, \r and \r\n end lines in bytes.
Val bytes_splitlines(Value self, CallArgs args) {
    Value a[1];
    if (!unpack_arguments("splitlines", args, {"keepends"}, 0, a)) return nullptr;
    int64_t keepends = 0;
    if (a[0] && !index_argument(a[0], &keepends)) return nullptr;
    std::string_view s = data_of(self);
    std::vector<Val> lines;
    for (size_t i = 0, j = 0; i < s.size(); j = i) {
        while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
        size_t eol = i;
        if (i < s.size()) {
            i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        lines.push_back(bytes_val(std::string(s.substr(j, eol - j))));
    }
    return new_list(std::move(lines)).into_val();
}

// ------------------------------------------------------------------ padding, stripping and case

Val pad_method(const char* name, Value self, CallArgs args, char how) {
    std::string qualname = std::string("bytes.") + name;
    if (!check_clinic_positional(qualname.c_str(), args, 1, 2)) return nullptr;
    int64_t width;
    if (!index_argument(args[0], &width)) return nullptr;
    char fill = ' ';
    if (args.count == 2) {
        if (!is_bytes(args[1]) || as_bytes(args[1])->data().size() != 1)
            return raise_type_error(std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                    type_of(args[1])->name);
        fill = as_bytes(args[1])->data()[0];
    }
    const std::string& s = data_of(self);
    int64_t length = static_cast<int64_t>(s.size());
    if (width <= length) return Val::borrow(self);
    if (!reserve_memory(static_cast<size_t>(width))) return nullptr;
    int64_t margin = width - length, left = 0;
    if (how == '^') left = margin / 2 + (margin & width & 1);
    if (how == '>') left = margin;
    return bytes_val(std::string(static_cast<size_t>(left), fill) + s +
                     std::string(static_cast<size_t>(margin - left), fill));
}

Val bytes_center(Value self, CallArgs args) { return pad_method("center", self, args, '^'); }
Val bytes_ljust(Value self, CallArgs args) { return pad_method("ljust", self, args, '<'); }
Val bytes_rjust(Value self, CallArgs args) { return pad_method("rjust", self, args, '>'); }

Val bytes_zfill(Value self, CallArgs args) {
    if (!check_clinic_positional("bytes.zfill", args, 1, 1)) return nullptr;
    int64_t width;
    if (!index_argument(args[0], &width)) return nullptr;
    const std::string& s = data_of(self);
    if (width <= static_cast<int64_t>(s.size())) return Val::borrow(self);
    if (!reserve_memory(static_cast<size_t>(width))) return nullptr;
    std::string zeros(static_cast<size_t>(width) - s.size(), '0');
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) return bytes_val(s[0] + zeros + s.substr(1));
    return bytes_val(zeros + s);
}


Val strip_method(const char* name, Value self, CallArgs args, bool left, bool right) {
    std::string qualname = std::string("bytes.") + name;
    if (!check_clinic_positional(qualname.c_str(), args, 0, 1)) return nullptr;
    std::string chars;
    bool whitespace = args.count == 0 || is_none(args[0]);
    if (!whitespace) {
        BytesObject* b = bytes_argument(args[0]);
        if (!b) return nullptr;
        chars = b->data();
    }
    auto strippable = [&](char c) {
        return whitespace ? ascii_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos;
    };
    std::string_view s = data_of(self);
    size_t i = 0, j = s.size();
    if (left)
        while (i < j && strippable(s[i])) ++i;
    if (right)
        while (j > i && strippable(s[j - 1])) --j;
    return bytes_val(std::string(s.substr(i, j - i)));
}

Val bytes_strip(Value self, CallArgs args) { return strip_method("strip", self, args, true, true); }
Val bytes_lstrip(Value self, CallArgs args) { return strip_method("lstrip", self, args, true, false); }
Val bytes_rstrip(Value self, CallArgs args) { return strip_method("rstrip", self, args, false, true); }

Val affix_method(const char* qualname, Value self, CallArgs args, bool suffix) {
    if (!check_clinic_positional(qualname, args, 1, 1)) return nullptr;
    BytesObject* affix = bytes_argument(args[0]);
    if (!affix) return nullptr;
    std::string_view s = data_of(self), a = affix->view();
    if (a.empty() || s.size() < a.size()) return Val::borrow(self);
    if (suffix) return s.substr(s.size() - a.size()) == a ? bytes_val(std::string(s.substr(0, s.size() - a.size())))
                                                          : Val::borrow(self);
    return s.substr(0, a.size()) == a ? bytes_val(std::string(s.substr(a.size()))) : Val::borrow(self);
}

Val bytes_removeprefix(Value self, CallArgs args) { return affix_method("bytes.removeprefix", self, args, false); }
Val bytes_removesuffix(Value self, CallArgs args) { return affix_method("bytes.removesuffix", self, args, true); }

Val bytes_upper(Value self, CallArgs args) {
    if (!check_clinic_positional("bytes.upper", args, 0, 0)) return nullptr;
    std::string out = data_of(self);
    for (char& c : out)
        if (ascii_lower(static_cast<unsigned char>(c))) c = static_cast<char>(c - 32);
    return bytes_val(std::move(out));
}

Val bytes_lower(Value self, CallArgs args) {
    if (!check_clinic_positional("bytes.lower", args, 0, 0)) return nullptr;
    std::string out = data_of(self);
    for (char& c : out)
        if (ascii_upper(static_cast<unsigned char>(c))) c = static_cast<char>(c + 32);
    return bytes_val(std::move(out));
}

char to_upper(char c) { return ascii_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return ascii_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c; }

// title, capitalize and swapcase over ASCII letters (Objects/bytes_methods.c).
Val case_method(const char* qualname, Value self, CallArgs args, char kind) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    std::string out = data_of(self);
    bool previous_is_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        if (kind == 't') {
            out[i] = previous_is_cased ? to_lower(c) : to_upper(c);
            previous_is_cased = ascii_alpha(static_cast<unsigned char>(c));
        } else if (kind == 'c') {
            out[i] = i == 0 ? to_upper(c) : to_lower(c);
        } else {
            out[i] = ascii_upper(static_cast<unsigned char>(c)) ? to_lower(c) : to_upper(c);
        }
    }
    return bytes_val(std::move(out));
}

Val bytes_title(Value self, CallArgs args) { return case_method("bytes.title", self, args, 't'); }
Val bytes_capitalize(Value self, CallArgs args) { return case_method("bytes.capitalize", self, args, 'c'); }
Val bytes_swapcase(Value self, CallArgs args) { return case_method("bytes.swapcase", self, args, 's'); }

// The ASCII predicates: false for b'', else every byte must pass.
Val all_bytes(Value self, CallArgs args, const char* qualname, bool (*pred)(unsigned char)) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    const std::string& s = data_of(self);
    if (s.empty()) return new_bool(false);
    for (char c : s)
        if (!pred(static_cast<unsigned char>(c))) return new_bool(false);
    return new_bool(true);
}

bool ascii_alnum(unsigned char c) { return ascii_alpha(c) || ascii_digit(c); }

Val bytes_isdigit(Value self, CallArgs args) { return all_bytes(self, args, "bytes.isdigit", ascii_digit); }
Val bytes_isalpha(Value self, CallArgs args) { return all_bytes(self, args, "bytes.isalpha", ascii_alpha); }
Val bytes_isalnum(Value self, CallArgs args) { return all_bytes(self, args, "bytes.isalnum", ascii_alnum); }
Val bytes_isspace(Value self, CallArgs args) { return all_bytes(self, args, "bytes.isspace", ascii_space); }

// isupper/islower: at least one cased byte and none of the other case.
Val cased_only(Value self, CallArgs args, const char* qualname, bool (*wanted)(unsigned char),
               bool (*unwanted)(unsigned char)) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    bool cased = false;
    for (char c : data_of(self)) {
        if (unwanted(static_cast<unsigned char>(c))) return new_bool(false);
        cased |= wanted(static_cast<unsigned char>(c));
    }
    return new_bool(cased);
}

Val bytes_islower(Value self, CallArgs args) {
    return cased_only(self, args, "bytes.islower", ascii_lower, ascii_upper);
}

Val bytes_isupper(Value self, CallArgs args) {
    return cased_only(self, args, "bytes.isupper", ascii_upper, ascii_lower);
}

}  // namespace

void register_bytes_methods(TypeObject* t) {
    add_method(t, "decode", bytes_decode);
    add_method(t, "hex", bytes_hex);
    add_method(t, "find", bytes_find);
    add_method(t, "rfind", bytes_rfind);
    add_method(t, "index", bytes_index);
    add_method(t, "rindex", bytes_rindex);
    add_method(t, "count", bytes_count);
    add_method(t, "startswith", bytes_startswith);
    add_method(t, "endswith", bytes_endswith);
    add_method(t, "split", bytes_split);
    add_method(t, "rsplit", bytes_rsplit);
    add_method(t, "join", bytes_join);
    add_method(t, "replace", bytes_replace);
    add_method(t, "partition", bytes_partition);
    add_method(t, "rpartition", bytes_rpartition);
    add_method(t, "strip", bytes_strip);
    add_method(t, "lstrip", bytes_lstrip);
    add_method(t, "rstrip", bytes_rstrip);
    add_method(t, "removeprefix", bytes_removeprefix);
    add_method(t, "removesuffix", bytes_removesuffix);
    add_method(t, "splitlines", bytes_splitlines);
    add_method(t, "center", bytes_center);
    add_method(t, "ljust", bytes_ljust);
    add_method(t, "rjust", bytes_rjust);
    add_method(t, "zfill", bytes_zfill);
    add_method(t, "title", bytes_title);
    add_method(t, "capitalize", bytes_capitalize);
    add_method(t, "swapcase", bytes_swapcase);
    add_method(t, "upper", bytes_upper);
    add_method(t, "lower", bytes_lower);
    add_method(t, "isdigit", bytes_isdigit);
    add_method(t, "isalpha", bytes_isalpha);
    add_method(t, "isalnum", bytes_isalnum);
    add_method(t, "isspace", bytes_isspace);
    add_method(t, "islower", bytes_islower);
    add_method(t, "isupper", bytes_isupper);
}

}  // namespace ys::objects
