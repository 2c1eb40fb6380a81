// Tests of ast_dump (core/syntax/ast_dump.cpp) and, through it, of the whole
// front end: every snippet in cases/ must dump exactly as CPython 3.11's
// ast.dump does (the .ast files, written by make_ast_cases.py).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "syntax/ast_dump.h"
#include "syntax/parser.h"

using namespace ys::syntax;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string dump_source(const std::string& source) {
    ParseResult r = parse_module(source);
    if (const auto* e = std::get_if<SyntaxErrorInfo>(&r)) {
        return "error: " + e->type + ": " + e->message + " at " + std::to_string(e->line) + ":" +
               std::to_string(e->col + 1);
    }
    return dump(*std::get<std::unique_ptr<ast::Module>>(r));
}

}  // namespace

TEST_CASE("ast_dump: snippets match CPython's ast.dump (cases/*.ast)", "[syntax][ast_dump]") {
    const std::filesystem::path dir = std::filesystem::path(YS_TEST_DATA_DIR) / "syntax" / "cases";
    std::vector<std::filesystem::path> snippets;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".py") snippets.push_back(entry.path());
    std::sort(snippets.begin(), snippets.end());
    REQUIRE(snippets.size() >= 150);
    for (const auto& py : snippets) {
        std::filesystem::path expected_path = py;
        expected_path.replace_extension(".ast");
        std::string expected = read_file(expected_path);
        while (!expected.empty() && expected.back() == '\n') expected.pop_back();
        INFO("snippet " << py.filename().string());
        CHECK(dump_source(read_file(py)) == expected);
    }
}

TEST_CASE("ast_dump: float repr", "[syntax][ast_dump]") {
    CHECK(float_repr(0.0) == "0.0");
    CHECK(float_repr(-0.0) == "-0.0");
    CHECK(float_repr(1.0) == "1.0");
    CHECK(float_repr(0.1) == "0.1");
    CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(float_repr(1e16) == "1e+16");
    CHECK(float_repr(1e15) == "1000000000000000.0");
    CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
    CHECK(float_repr(0.0001) == "0.0001");
    CHECK(float_repr(0.00001) == "1e-05");
    CHECK(float_repr(1.5e300) == "1.5e+300");
    CHECK(float_repr(5e-324) == "5e-324");
    CHECK(float_repr(1.0 / 0.0) == "inf");
    CHECK(float_repr(-1.0 / 0.0) == "-inf");
    CHECK(float_repr(2.5) == "2.5");
    CHECK(float_repr(100.0) == "100.0");
}

TEST_CASE("ast_dump: str and bytes repr", "[syntax][ast_dump]") {
    CHECK(str_repr("abc") == "'abc'");
    CHECK(str_repr("it's") == "\"it's\"");
    CHECK(str_repr("a'b\"c") == "'a\\'b\"c'");
    CHECK(str_repr("tab\there\nnl\\") == "'tab\\there\\nnl\\\\'");
    CHECK(str_repr(std::string("\0\x01\x7f", 3)) == "'\\x00\\x01\\x7f'");
    CHECK(str_repr("\xC3\xA9\xE4\xB8\xAD") == "'\xC3\xA9\xE4\xB8\xAD'");  // printable: kept
    CHECK(str_repr("\xC2\xA0") == "'\\xa0'");                             // no-break space
    CHECK(str_repr("\xE2\x80\x8B") == "'\\u200b'");                       // zero-width space
    CHECK(str_repr("\xF3\xA0\x80\x81") == "'\\U000e0001'");               // language tag
    CHECK(bytes_repr("abc") == "b'abc'");
    CHECK(bytes_repr("it's") == "b\"it's\"");
    CHECK(bytes_repr(std::string("\0\xff\t", 3)) == "b'\\x00\\xff\\t'");
}

TEST_CASE("ast_dump: small programs", "[syntax][ast_dump]") {
    CHECK(dump_source("") == "Module(body=[], type_ignores=[])");
    CHECK(dump_source("x = 1\n") ==
          "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    CHECK(dump_source("u'x'\n") == "Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])");
    CHECK(dump_source("f'{x=}'\n") ==
          "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
          "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])");
    CHECK(dump_source("from . import a as b\n") ==
          "Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1)], type_ignores=[])");
}

TEST_CASE("ast_dump: node positions match CPython's (cases/*.pos)", "[syntax][ast_dump]") {
    const std::filesystem::path dir = std::filesystem::path(YS_TEST_DATA_DIR) / "syntax" / "cases";
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".pos") continue;
        std::filesystem::path py = entry.path();
        py.replace_extension(".py");
        std::string expected = read_file(entry.path());
        while (!expected.empty() && expected.back() == '\n') expected.pop_back();
        ParseResult r = parse_module(read_file(py));
        INFO("snippet " << py.filename().string());
        REQUIRE(std::holds_alternative<std::unique_ptr<ast::Module>>(r));
        CHECK(dump(*std::get<std::unique_ptr<ast::Module>>(r), true) == expected);
        ++checked;
    }
    CHECK(checked >= 150);
}
