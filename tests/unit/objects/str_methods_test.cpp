// str methods, str.format, `%` formatting, ascii(), bytes and the Unicode tables,
// called the way the VM calls them (attribute lookup, then a call). Expected
// values are what CPython 3.11 prints.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "test_context.h"

using namespace ys::objects;

namespace {

Val s(const char* text) { return new_str_val(text); }
Val i(int64_t v) { return new_int(v); }
Val b(std::string data) { return new_bytes(std::move(data)).into_val(); }

// obj.name(*args, **kwargs) with keywords given as name/value pairs.
Val call_method(Value obj, const char* name, std::vector<Val> args,
                std::vector<std::pair<const char*, Val>> keywords = {}) {
    Val method = get_attr(obj, intern(name));
    if (!method) return nullptr;
    std::vector<Val> names;
    for (auto& [key, value] : keywords) {
        names.push_back(Val::borrow(intern(key)));
        args.push_back(value);
    }
    auto kwnames = keywords.empty() ? Ref<TupleObject>() : new_tuple(std::move(names));
    return call(method, CallArgs{args.data(), args.size(), kwnames.get()});
}

// repr() of a result, or "Type: message" for the pending exception.
std::string show(const Val& v) {
    if (!v) {
        Val e = cx().take_error();
        return type_of(e)->name + ": " + exception_message(e);
    }
    std::string text;
    REQUIRE(repr_text(v, &text));
    return text;
}

std::string m(const char* text, const char* name, std::vector<Val> args = {},
              std::vector<std::pair<const char*, Val>> keywords = {}) {
    Val self = s(text);
    return show(call_method(self, name, std::move(args), std::move(keywords)));
}

std::string percent(const char* format, Val args) { return show(binary_op(s(format), args, BinaryOp::Remainder)); }

Val tuple(std::initializer_list<Val> items) { return new_tuple(std::vector<Val>(items)).into_val(); }

}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "split, rsplit and splitlines", "[objects][str]") {
    CHECK(m("  a b\t c  ", "split") == "['a', 'b', 'c']");
    CHECK(m("  a b\t c  ", "split", {new_none(), i(1)}) == "['a', 'b\\t c  ']");
    CHECK(m("  a b\t c  ", "rsplit", {new_none(), i(1)}) == "['  a b', 'c']");
    CHECK(m("a,,b,", "split", {s(",")}) == "['a', '', 'b', '']");
    CHECK(m("a,b,c", "rsplit", {s(",")}, {{"maxsplit", i(1)}}) == "['a,b', 'c']");
    CHECK(m("生成器，协程", "split", {s("，")}) == "['生成器', '协程']");
    CHECK(m("x\u3000y", "split") == "['x', 'y']");
    CHECK(m("a", "split", {s("")}) == "ValueError: empty separator");
    CHECK(m("a", "split", {i(1)}) == "TypeError: must be str or None, not int");
    CHECK(m("a", "split", {s(" ")}, {{"sep", s(" ")}}) ==
          "TypeError: argument for split() given by name ('sep') and position (1)");
    CHECK(m("a", "split", {}, {{"x", i(1)}}) == "TypeError: 'x' is an invalid keyword argument for split()");
    CHECK(m("a", "split", {s(","), i(1), i(2)}) == "TypeError: split() takes at most 2 arguments (3 given)");
    CHECK(m("a\nb\r\nc\rd", "splitlines") == "['a', 'b', 'c', 'd']");
    CHECK(m("a\nb\r\n", "splitlines", {}, {{"keepends", new_bool(true)}}) == "['a\\n', 'b\\r\\n']");
    CHECK(m("a", "splitlines", {}, {{"keepends", i(1)}, {"x", i(2)}}) ==
          "TypeError: splitlines() takes at most 1 keyword argument (2 given)");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "searching counts code points", "[objects][str]") {
    CHECK(m("生成器与生成器", "find", {s("生成器"), i(1)}) == "4");
    CHECK(m("生成器与生成器", "rfind", {s("生成")}) == "4");
    CHECK(m("abcabc", "find", {s("c"), i(-3), i(-1)}) == "-1");
    CHECK(m("abc", "find", {s(""), i(4)}) == "-1");
    CHECK(m("abc", "count", {s("")}) == "4");
    CHECK(m("aaaa", "count", {s("aa")}) == "2");
    CHECK(m("abc", "index", {s("z")}) == "ValueError: substring not found");
    CHECK(m("abc", "find") == "TypeError: find() takes at least 1 argument (0 given)");
    CHECK(m("abc", "find", {s("a"), s("x")}) ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
    CHECK(m("abc", "startswith", {tuple({s("x"), s("ab")})}) == "True");
    CHECK(m("abc", "endswith", {s("b"), i(0), i(2)}) == "True");
    CHECK(m("abc", "startswith", {i(1)}) ==
          "TypeError: startswith first arg must be str or a tuple of str, not int");
    CHECK(m("key=value", "partition", {s("=")}) == "('key', '=', 'value')");
    CHECK(m("abc", "rpartition", {s("=")}) == "('', '', 'abc')");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "strip, pad and replace", "[objects][str]") {
    CHECK(m("\u3000 x \n", "strip") == "'x'");
    CHECK(m("xxaxx", "lstrip", {s("x")}) == "'axx'");
    CHECK(m("a", "strip", {i(1)}) == "TypeError: strip arg must be None or str");
    CHECK(m("中文", "center", {i(6), s("*")}) == "'**中文**'");
    CHECK(m("ab", "center", {i(5), s("*")}) == "'**ab*'");
    CHECK(m("abc", "center", {i(6), s("*")}) == "'*abc**'");
    CHECK(m("中", "ljust", {i(3), s("。")}) == "'中。。'");
    CHECK(m("a", "rjust", {i(3)}) == "'  a'");
    CHECK(m("a", "center", {i(5), s("xy")}) == "TypeError: The fill character must be exactly one character long");
    CHECK(m("a", "center") == "TypeError: center expected at least 1 argument, got 0");
    CHECK(m("a", "center", {}, {{"width", i(5)}}) == "TypeError: str.center() takes no keyword arguments");
    CHECK(m("-42", "zfill", {i(6)}) == "'-00042'");
    CHECK(m("a", "zfill") == "TypeError: str.zfill() takes exactly one argument (0 given)");
    CHECK(m("a\tbc\td", "expandtabs", {i(4)}) == "'a   bc  d'");
    CHECK(m("banana", "replace", {s("a"), s("o"), i(2)}) == "'bonona'");
    CHECK(m("abc", "replace", {s(""), s("-")}) == "'-a-b-c-'");
    CHECK(m("生成器", "replace", {s(""), s("|"), i(2)}) == "'|生|成器'");
    CHECK(m("a", "replace", {i(1), s("b")}) == "TypeError: replace() argument 1 must be str, not int");
    CHECK(m("test_x", "removeprefix", {s("test_")}) == "'x'");
    CHECK(m("x.py", "removesuffix", {s(".py")}) == "'x'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "join", "[objects][str]") {
    auto list = new_list({s("a"), s("b"), s("c")});
    CHECK(m("-", "join", {list.val()}) == "'a-b-c'");
    CHECK(m("", "join", {s("xyz")}) == "'xyz'");
    auto mixed = new_list({s("a"), i(2)});
    CHECK(m("-", "join", {mixed.val()}) == "TypeError: sequence item 1: expected str instance, int found");
    CHECK(m("-", "join", {i(5)}) == "TypeError: can only join an iterable");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "case mappings follow Unicode", "[objects][str]") {
    CHECK(m("straße", "upper") == "'STRASSE'");
    CHECK(m("ΟΔΟΣ ΣΑΣ", "lower") == "'οδος σας'");
    CHECK(m("Σ", "lower") == "'σ'");
    CHECK(m("İ", "lower") == "'i̇'");
    CHECK(m("ǆemal", "title") == "'ǅemal'");
    CHECK(m("they're", "title") == "\"They'Re\"");
    CHECK(m("ﬁsh", "capitalize") == "'Fish'");
    CHECK(m("Привет", "swapcase") == "'пРИВЕТ'");
    CHECK(m("Straße", "casefold") == "'strasse'");
    CHECK(m("a", "upper", {i(1)}) == "TypeError: str.upper() takes no arguments (1 given)");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "character predicates", "[objects][str]") {
    CHECK(m("生成器", "isalpha") == "True");
    CHECK(m("１２３", "isdigit") == "True");
    CHECK(m("１２３", "isdecimal") == "True");
    CHECK(m("²", "isdecimal") == "False");
    CHECK(m("²", "isdigit") == "True");
    CHECK(m("一二三", "isnumeric") == "True");
    CHECK(m("\u3000\u2028\x1c", "isspace") == "True");
    CHECK(m("", "isspace") == "False");
    CHECK(m("Hello World", "istitle") == "True");
    CHECK(m("Hello world", "istitle") == "False");
    CHECK(m("ABC 1", "isupper") == "True");
    CHECK(m("abc生", "islower") == "True");
    CHECK(m("变量_1", "isidentifier") == "True");
    CHECK(m("1x", "isidentifier") == "False");
    CHECK(m("a\u200b", "isprintable") == "False");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "slicing str by code points", "[objects][str]") {
    Val text = s("生成器与协程");
    CHECK(show(get_item(text, new_slice(i(1), i(3), nullptr))) == "'成器'");
    CHECK(show(get_item(text, new_slice(nullptr, nullptr, i(-1)))) == "'程协与器成生'");
    CHECK(show(get_item(text, new_slice(nullptr, nullptr, i(2)))) == "'生器协'");
    CHECK(show(get_item(s("abc"), new_slice(nullptr, nullptr, i(0)))) == "ValueError: slice step cannot be zero");
    CHECK(show(get_item(s("abc"), s("x"))) == "TypeError: string indices must be integers, not 'str'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "str.format", "[objects][str][format]") {
    CHECK(m("{} {}", "format", {i(1), s("x")}) == "'1 x'");
    CHECK(m("{1}{0}{1}", "format", {s("a"), s("b")}) == "'bab'");
    CHECK(m("{name:>6}|", "format", {}, {{"name", s("生成器")}}) == "'   生成器|'");
    CHECK(m("{0:{1}.{2}f}", "format", {new_float(3.14159), i(8), i(2)}) == "'    3.14'");
    CHECK(m("{{{0}}}", "format", {i(7)}) == "'{7}'");
    CHECK(m("{!r} {!a}", "format", {s("é"), s("é")}) == "\"'é' '\\\\xe9'\"");
    CHECK(m("{0[1]}", "format", {new_list({i(5), i(6)}).val()}) == "'6'");
    CHECK(m("{}", "format") == "IndexError: Replacement index 0 out of range for positional args tuple");
    CHECK(m("{x}", "format") == "KeyError: 'x'");
    CHECK(m("{0}{}", "format", {i(1), i(2)}) ==
          "ValueError: cannot switch from manual field specification to automatic field numbering");
    CHECK(m("{:{:{}}}", "format", {i(1), i(2), i(3)}) == "ValueError: Max string recursion exceeded");
    CHECK(m("}", "format") == "ValueError: Single '}' encountered in format string");
    CHECK(m("{0!x}", "format", {i(1)}) == "ValueError: Unknown conversion specifier x");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "format_map and % with a mapping", "[objects][str][format]") {
    auto d = new_dict();
    REQUIRE(d->set(s("name"), s("张三")));
    REQUIRE(d->set(s("age"), i(12)));
    CHECK(m("{name} is {age}", "format_map", {d.val()}) == "'张三 is 12'");
    CHECK(m("{0}", "format_map", {d.val()}) == "ValueError: Format string contains positional fields");
    CHECK(m("{missing}", "format_map", {d.val()}) == "KeyError: 'missing'");
    CHECK(percent("%(name)s is %(age)03d", d.val()) == "'张三 is 012'");
    CHECK(percent("%(name)s %s", d.val()) == "TypeError: not enough arguments for format string");
    CHECK(percent("%(nope)s", d.val()) == "KeyError: 'nope'");
    CHECK(percent("%(name", d.val()) == "ValueError: incomplete format key");
    CHECK(percent("no conversions", d.val()) == "'no conversions'");
    CHECK(percent("%(a)s", i(1)) == "TypeError: format requires a mapping");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "printf-style formatting", "[objects][str][format]") {
    CHECK(percent("%5d|%-5d|%05d", tuple({i(42), i(42), i(42)})) == "'   42|42   |00042'");
    CHECK(percent("%x %X %#o %c", tuple({i(255), i(255), i(8), i(20013)})) == "'ff FF 0o10 中'");
    CHECK(percent("%.2f %e %g", tuple({new_float(3.14159), new_float(12345.678),
                                       new_float(0.00001)})) == "'3.14 1.234568e+04 1e-05'");
    CHECK(percent("%*d|%-*s|", tuple({i(4), i(7), i(3), s("a")})) == "'   7|a  |'");
    CHECK(percent("%s", tuple({})) == "TypeError: not enough arguments for format string");
    CHECK(percent("%d", tuple({i(1), i(2)})) == "TypeError: not all arguments converted during string formatting");
    CHECK(percent("%d", s("x")) == "TypeError: %d format: a real number is required, not str");
    CHECK(percent("%x", new_float(1.5)) == "TypeError: %x format: an integer is required, not float");
    CHECK(percent("%z", i(1)) == "ValueError: unsupported format character 'z' (0x7a) at index 1");
    CHECK(percent("%", i(1)) == "ValueError: incomplete format");
    CHECK(percent("%a", s("é")) == "\"'\\\\xe9'\"");
    CHECK(show(binary_op(i(5), s("x"), BinaryOp::Remainder)) ==
          "TypeError: unsupported operand type(s) for %: 'int' and 'str'");
}

TEST_CASE("ascii() escapes every non-ASCII code point", "[objects][str]") {
    CHECK(ascii_repr("abc") == "'abc'");
    CHECK(ascii_repr("é生😀") == "'\\xe9\\u751f\\U0001f600'");
    CHECK(ascii_escape("[’]") == "[\\u2019]");
    CHECK(str_repr("a\u3000b\xc2\xa0") == "'a\\u3000b\\xa0'");
    CHECK(str_repr("生成器😀") == "'生成器😀'");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "bytes objects", "[objects][bytes]") {
    CHECK(show(b(std::string("a'\x00\xff\n", 5))) == "b\"a'\\x00\\xff\\n\"");
    CHECK(show(b("both'\"")) == "b'both\\'\"'");
    CHECK(show(get_item(b("abc"), i(-1))) == "99");
    CHECK(show(get_item(b("abc"), new_slice(nullptr, nullptr, i(-1)))) == "b'cba'");
    CHECK(show(binary_op(b("ab"), s("c"), BinaryOp::Add)) == "TypeError: can't concat str to bytes");
    CHECK(contains(b("abc"), i(98)) == 1);
    CHECK(show(call_method(b("a,b"), "split", {b(",")})) == "[b'a', b'b']");
    CHECK(show(call_method(b("abc"), "hex", {s(":")})) == "'61:62:63'");
    CHECK(show(call_method(b("abcde"), "hex", {s(":"), i(2)})) == "'61:6263:6465'");
    CHECK(show(call_method(b("a\r\nb\rc"), "splitlines", {})) == "[b'a', b'b', b'c']");
    CHECK(show(call_method(b("ab"), "center", {i(5), s("*")})) ==
          "TypeError: center() argument 2 must be a byte string of length 1, not str");
    CHECK(show(call_method(b("a"), "find", {s("a")})) ==
          "TypeError: argument should be integer or bytes-like object, not 'str'");
    CHECK(show(call_method(b("\xe4\xb8\xad"), "decode", {})) == "'中'");
    CHECK(show(call_method(b("\xe4\xb8"), "decode", {})) ==
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    CHECK(show(call_method(b("\xff"), "decode", {s("utf-8"), s("replace")})) == "'\xef\xbf\xbd'");
    CHECK(m("ab中文", "encode", {s("ascii")}) ==
          "UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)");
    CHECK(m("a", "encode", {s("nope")}) == "LookupError: unknown encoding: nope");
    Val bytes_type = Val::borrow(types().bytes);
    CHECK(show(call1(bytes_type, i(2))) == "b'\\x00\\x00'");
    CHECK(show(call1(bytes_type, new_list({i(104), i(105)}).val())) == "b'hi'");
    CHECK(show(call1(bytes_type, s("x"))) == "TypeError: string argument without an encoding");
    CHECK(show(call1(bytes_type, new_list({i(256)}).val())) == "ValueError: bytes must be in range(0, 256)");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "UnicodeError types are ValueErrors", "[objects][bytes]") {
    Val r = call_method(s("中"), "encode", {s("latin-1")});
    REQUIRE_FALSE(r);
    CHECK(error_matches(exc_types().value_error));
    Val e = cx().take_error();
    CHECK(type_of(e)->name == "UnicodeEncodeError");
    CHECK(type_of(e)->base->name == "UnicodeError");
}

TEST_CASE("the Unicode tables agree with CPython on sample code points", "[objects][unicode]") {
    using namespace ys::objects::unicode;
    CHECK(is_alpha(U'生'));
    CHECK_FALSE(is_alpha(U'，'));
    CHECK(decimal_value(U'７') == 7);
    CHECK(decimal_value(U'٣') == 3);
    CHECK(decimal_value(U'x') == -1);
    CHECK(is_numeric(U'万'));
    CHECK(is_title(U'ǅ'));
    CHECK(is_case_ignorable(U'\''));
    CHECK(is_xid_start(U'ª'));
    CHECK_FALSE(is_xid_start(U'٣'));
    std::u32string out;
    to_upper(U'ß', out);
    to_title(U'ﬃ', out);
    to_folded(U'ſ', out);
    to_lower(U'Ω', out);
    CHECK(out == U"SSFfisω");
}
