// str's case mappings and character-class predicates: upper, lower, title,
// capitalize, swapcase, casefold and the is* methods, with the semantics of
// do_upper/do_lower/do_title/... and unicode_is* in Objects/unicodeobject.c.
#include "objects/arguments.h"
#include "objects/function.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/unicode_db.h"

namespace ys::objects {

namespace {

// A capital sigma becomes final sigma at the end of a word: after a cased letter
// and not before one, skipping case-ignorable characters (handle_capital_sigma).
char32_t lower_sigma(const std::u32string& s, size_t i) {
    size_t j = i;
    while (j > 0 && unicode::is_case_ignorable(s[j - 1])) --j;
    bool final_sigma = j > 0 && unicode::is_cased(s[j - 1]);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < s.size() && unicode::is_case_ignorable(s[k])) ++k;
        final_sigma = k == s.size() || !unicode::is_cased(s[k]);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4: the full lowercase mapping of s[i], final sigma included.
void lower_at(const std::u32string& s, size_t i, std::u32string& out) {
    if (s[i] == 0x3A3) {
        out += lower_sigma(s, i);
    } else {
        unicode::to_lower(s[i], out);
    }
}

// Runs `map` over the code points of self; ASCII-only text skips the decoding.
template <class Map>
Val map_points(Value self, const char* qualname, CallArgs args, Map map) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    std::u32string s = to_code_points(as_str(self)->view());
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) map(s, i, out);
    return new_str_val(to_utf8(out));
}

Val str_upper(Value self, CallArgs args) {
    return map_points(self, "str.upper", args,
                      [](const std::u32string& s, size_t i, std::u32string& out) { unicode::to_upper(s[i], out); });
}

Val str_lower(Value self, CallArgs args) { return map_points(self, "str.lower", args, lower_at); }

Val str_casefold(Value self, CallArgs args) {
    return map_points(self, "str.casefold", args,
                      [](const std::u32string& s, size_t i, std::u32string& out) { unicode::to_folded(s[i], out); });
}

Val str_swapcase(Value self, CallArgs args) {
    return map_points(self, "str.swapcase", args, [](const std::u32string& s, size_t i, std::u32string& out) {
        if (unicode::is_upper(s[i])) {
            lower_at(s, i, out);
        } else if (unicode::is_lower(s[i])) {
            unicode::to_upper(s[i], out);
        } else {
            out += s[i];
        }
    });
}

// The first character is title-cased (not upper-cased) since Python 3.8.
Val str_capitalize(Value self, CallArgs args) {
    return map_points(self, "str.capitalize", args, [](const std::u32string& s, size_t i, std::u32string& out) {
        if (i == 0) {
            unicode::to_title(s[i], out);
        } else {
            lower_at(s, i, out);
        }
    });
}

// Words are runs of cased characters, so "they're" becomes "They'Re" as in CPython.
Val str_title(Value self, CallArgs args) {
    bool previous_is_cased = false;
    return map_points(self, "str.title", args, [&](const std::u32string& s, size_t i, std::u32string& out) {
        if (previous_is_cased) {
            lower_at(s, i, out);
        } else {
            unicode::to_title(s[i], out);
        }
        previous_is_cased = unicode::is_cased(s[i]);
    });
}

// True when the string is not empty and every code point satisfies `pred`.
template <class Pred>
Val all_points(Value self, const char* qualname, CallArgs args, Pred pred) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    std::u32string s = to_code_points(as_str(self)->view());
    if (s.empty()) return new_bool(false);
    for (char32_t c : s)
        if (!pred(c)) return new_bool(false);
    return new_bool(true);
}

Val str_isalpha(Value self, CallArgs args) { return all_points(self, "str.isalpha", args, unicode::is_alpha); }
Val str_isdecimal(Value self, CallArgs args) { return all_points(self, "str.isdecimal", args, unicode::is_decimal); }
Val str_isdigit(Value self, CallArgs args) { return all_points(self, "str.isdigit", args, unicode::is_digit); }
Val str_isnumeric(Value self, CallArgs args) { return all_points(self, "str.isnumeric", args, unicode::is_numeric); }
Val str_isspace(Value self, CallArgs args) { return all_points(self, "str.isspace", args, unicode::is_space); }

Val str_isalnum(Value self, CallArgs args) {
    return all_points(self, "str.isalnum", args, [](char32_t c) {
        return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
    });
}

Val str_isprintable(Value self, CallArgs args) {
    if (!check_clinic_positional("str.isprintable", args, 0, 0)) return nullptr;
    for (char32_t c : to_code_points(as_str(self)->view()))
        if (!unicode::is_printable(c)) return new_bool(false);
    return new_bool(true);
}

Val str_isascii(Value self, CallArgs args) {
    if (!check_clinic_positional("str.isascii", args, 0, 0)) return nullptr;
    return new_bool(as_str(self)->is_ascii());
}

// At least one cased character, and none of the opposite case or title case.
Val cased_only(Value self, const char* qualname, CallArgs args, bool (*wanted)(char32_t), bool (*unwanted)(char32_t)) {
    if (!check_clinic_positional(qualname, args, 0, 0)) return nullptr;
    bool cased = false;
    for (char32_t c : to_code_points(as_str(self)->view())) {
        if (unwanted(c) || unicode::is_title(c)) return new_bool(false);
        cased |= wanted(c);
    }
    return new_bool(cased);
}

Val str_islower(Value self, CallArgs args) {
    return cased_only(self, "str.islower", args, unicode::is_lower, unicode::is_upper);
}

Val str_isupper(Value self, CallArgs args) {
    return cased_only(self, "str.isupper", args, unicode::is_upper, unicode::is_lower);
}

// Upper/title case only after uncased characters, lowercase only after cased ones.
Val str_istitle(Value self, CallArgs args) {
    if (!check_clinic_positional("str.istitle", args, 0, 0)) return nullptr;
    bool cased = false, previous_is_cased = false;
    for (char32_t c : to_code_points(as_str(self)->view())) {
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_is_cased) return new_bool(false);
            previous_is_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_is_cased) return new_bool(false);
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return new_bool(cased);
}

Val str_isidentifier(Value self, CallArgs args) {
    if (!check_clinic_positional("str.isidentifier", args, 0, 0)) return nullptr;
    return new_bool(is_identifier(as_str(self)->view()));
}

}  // namespace

bool is_identifier(std::string_view utf8) {
    std::u32string s = to_code_points(utf8);
    if (s.empty() || !(unicode::is_xid_start(s[0]) || s[0] == '_')) return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (!unicode::is_xid_continue(s[i])) return false;
    return true;
}

void register_str_case_methods(TypeObject* t) {
    add_method(t, "upper", str_upper);
    add_method(t, "lower", str_lower);
    add_method(t, "casefold", str_casefold);
    add_method(t, "swapcase", str_swapcase);
    add_method(t, "capitalize", str_capitalize);
    add_method(t, "title", str_title);
    add_method(t, "isalpha", str_isalpha);
    add_method(t, "isdecimal", str_isdecimal);
    add_method(t, "isdigit", str_isdigit);
    add_method(t, "isnumeric", str_isnumeric);
    add_method(t, "isspace", str_isspace);
    add_method(t, "isalnum", str_isalnum);
    add_method(t, "isprintable", str_isprintable);
    add_method(t, "isascii", str_isascii);
    add_method(t, "islower", str_islower);
    add_method(t, "isupper", str_isupper);
    add_method(t, "istitle", str_istitle);
    add_method(t, "isidentifier", str_isidentifier);
}

}  // namespace ys::objects
