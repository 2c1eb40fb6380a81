// Tests of the parser (core/syntax/parser*.cpp): SyntaxErrors against
// CPython 3.11's (errors.txt, made by make_error_cases.py), and properties
// the AST dump does not show: contexts, spans, nesting limits.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "syntax/ast_dump.h"
#include "syntax/parser.h"

using namespace ys::syntax;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : line) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

// The module of a successful parse; `r` must outlive the reference.
const ast::Module& parsed(const ParseResult& r) {
    if (const auto* e = std::get_if<SyntaxErrorInfo>(&r)) FAIL("unexpected " << e->type << ": " << e->message);
    return *std::get<std::unique_ptr<ast::Module>>(r);
}

SyntaxErrorInfo error_of(const std::string& source) {
    ParseResult r = parse_module(source);
    REQUIRE(std::holds_alternative<SyntaxErrorInfo>(r));
    return std::get<SyntaxErrorInfo>(r);
}

}  // namespace

TEST_CASE("parser: SyntaxErrors match CPython 3.11 (errors.txt)", "[syntax][parser]") {
    const std::string dir = std::string(YS_TEST_DATA_DIR) + "/syntax";
    std::ifstream list(dir + "/errors.txt");
    REQUIRE(list.good());
    std::string line;
    int cases = 0;
    while (std::getline(list, line)) {
        if (line.empty()) continue;
        std::vector<std::string> f = split(line, '\t');
        REQUIRE(f.size() == 7);
        const std::string source = read_file(dir + "/errors/" + f[0]);
        ParseResult r = parse_module(source);
        INFO("case " << f[0] << ":\n" << source);
        REQUIRE(std::holds_alternative<SyntaxErrorInfo>(r));
        const SyntaxErrorInfo& e = std::get<SyntaxErrorInfo>(r);
        CHECK(e.type == f[1]);
        CHECK(e.message == f[2]);
        CHECK(e.line == std::stoi(f[3]));
        CHECK(e.col + 1 == std::stoi(f[4]));
        CHECK(e.end_line == std::stoi(f[5]));
        CHECK(e.end_col + 1 == std::stoi(f[6]));
        ++cases;
    }
    CHECK(cases >= 60);
}

TEST_CASE("parser: contexts of targets", "[syntax][parser]") {
    ParseResult r = parse_module("a, [b.c, *d[0]] = e\nfor x in y: pass\ndel p, q.r\n");
    const ast::Module& m = parsed(r);
    auto* assign = m.body[0]->as<ast::Assign>();
    REQUIRE(assign);
    auto* tuple = assign->targets[0]->as<ast::Tuple>();
    REQUIRE(tuple);
    CHECK(tuple->ctx == ast::Ctx::Store);
    CHECK(tuple->elts[0]->as<ast::Name>()->ctx == ast::Ctx::Store);
    auto* list = tuple->elts[1]->as<ast::List>();
    CHECK(list->ctx == ast::Ctx::Store);
    auto* attr = list->elts[0]->as<ast::Attribute>();
    CHECK(attr->ctx == ast::Ctx::Store);
    CHECK(attr->value->as<ast::Name>()->ctx == ast::Ctx::Load);
    auto* star = list->elts[1]->as<ast::Starred>();
    CHECK(star->ctx == ast::Ctx::Store);
    CHECK(star->value->as<ast::Subscript>()->ctx == ast::Ctx::Store);
    CHECK(assign->value->as<ast::Name>()->ctx == ast::Ctx::Load);
    CHECK(m.body[1]->as<ast::For>()->target->as<ast::Name>()->ctx == ast::Ctx::Store);
    auto* del = m.body[2]->as<ast::Delete>();
    CHECK(del->targets[0]->as<ast::Name>()->ctx == ast::Ctx::Del);
    CHECK(del->targets[1]->as<ast::Attribute>()->ctx == ast::Ctx::Del);
}

TEST_CASE("parser: spans in code points", "[syntax][parser]") {
    ParseResult r = parse_module("\xCF\x80 = f(x, \xE2\x82\xAC\xE2\x82\xAC='a')\nif x:\n    y = [1,\n         2]\n");
    // "π = f(x, €€='a')" is invalid (€ is not an identifier): use a valid one.
    CHECK(std::holds_alternative<SyntaxErrorInfo>(r));
    ParseResult ok = parse_module("\xCF\x80 = f(x, \xC3\xA9='a')\nif x:\n    y = [1,\n         2]\n");
    const ast::Module& m = parsed(ok);
    auto* assign = m.body[0]->as<ast::Assign>();
    CHECK(assign->span.line == 1);
    CHECK(assign->span.col == 0);
    CHECK(assign->span.end_col == 15);
    auto* call = assign->value->as<ast::Call>();
    CHECK(call->span.col == 4);
    CHECK(call->keywords[0].span.col == 9);
    auto* iff = m.body[1]->as<ast::If>();
    CHECK(iff->span.line == 2);
    CHECK(iff->span.end_line == 4);
    CHECK(iff->span.end_col == 11);
    auto* inner = iff->body[0]->as<ast::Assign>();
    CHECK(inner->value->span.line == 3);
    CHECK(inner->value->span.col == 8);
    CHECK(inner->value->span.end_line == 4);
}

TEST_CASE("parser: f-string expressions carry file positions", "[syntax][parser]") {
    ParseResult r = parse_module("s = f'ab{x + yy}'\n");
    const ast::Module& m = parsed(r);
    auto* joined = m.body[0]->as<ast::Assign>()->value->as<ast::JoinedStr>();
    REQUIRE(joined);
    auto* fv = joined->values[1]->as<ast::FormattedValue>();
    REQUIRE(fv);
    auto* bin = fv->value->as<ast::BinOp>();
    REQUIRE(bin);
    CHECK(bin->span.line == 1);
    CHECK(bin->span.col == 9);
    CHECK(bin->right->span.col == 13);
    CHECK(bin->right->span.end_col == 15);
}

TEST_CASE("parser: soft keywords stay names", "[syntax][parser]") {
    ParseResult r = parse_module("match = 1\nmatch(x)\ncase = match[0]\nmatch x:\n    case _:\n        pass\n");
    const ast::Module& m = parsed(r);
    REQUIRE(m.body.size() == 4);
    CHECK(m.body[0]->kind == ast::StmtKind::Assign);
    CHECK(m.body[1]->kind == ast::StmtKind::Expr);
    CHECK(m.body[2]->kind == ast::StmtKind::Assign);
    CHECK(m.body[3]->kind == ast::StmtKind::Match);
}

TEST_CASE("parser: literal values", "[syntax][parser]") {
    ParseResult r = parse_module("0x1F\n0o777\n0b101\n1_000\n2.5\n3j\nb'\\x00a'\nu'u'\n");
    const ast::Module& m = parsed(r);
    auto constant = [&](size_t i) { return m.body[i]->as<ast::ExprStmt>()->value->as<ast::Constant>(); };
    CHECK(constant(0)->text == "31");
    CHECK(constant(1)->text == "511");
    CHECK(constant(2)->text == "5");
    CHECK(constant(3)->text == "1000");
    CHECK(constant(4)->number == 2.5);
    CHECK(constant(5)->value_kind == ast::ConstKind::Complex);
    CHECK(constant(5)->number == 3.0);
    CHECK(constant(6)->value_kind == ast::ConstKind::Bytes);
    CHECK(constant(6)->text == std::string("\0a", 2));
    CHECK(constant(7)->u_prefix);
}

TEST_CASE("parser: named escapes are rejected clearly", "[syntax][parser]") {
    SyntaxErrorInfo e = error_of("x = '\\N{BULLET}'\n");
    CHECK(e.message.find("\\N{...} escapes are not supported") != std::string::npos);
}

TEST_CASE("parser: deep nesting never overflows the stack", "[syntax][parser]") {
    SECTION("brackets") {
        SyntaxErrorInfo e = error_of(std::string(5000, '(') + std::string(5000, ')') + "\n");
        CHECK(e.message == "too many nested parentheses");
        CHECK(std::holds_alternative<std::unique_ptr<ast::Module>>(
            parse_module("x = " + std::string(199, '[') + std::string(199, ']') + "\n")));
    }
    SECTION("operators") {
        for (std::string unit : {"-", "not ", "~", "await ", "lambda: ", "a if b else ", "a**", "a.", "a+", "a()"}) {
            std::string source = "x = ";
            for (int i = 0; i < 5000; ++i) source += unit;
            source += "a\n";
            ParseResult r = parse_module(source);
            CHECK(std::holds_alternative<SyntaxErrorInfo>(r));
        }
    }
    SECTION("moderate nesting still parses") {
        std::string source = "x = " + std::string(300, '-') + "1\n";
        CHECK(std::holds_alternative<std::unique_ptr<ast::Module>>(parse_module(source)));
        source = "x = " + std::string(150, '(') + "not a" + std::string(150, ')') + "\n";
        CHECK(std::holds_alternative<std::unique_ptr<ast::Module>>(parse_module(source)));
    }
    SECTION("deep error in a second pass") {
        std::string source = "x = " + std::string(150, '[') + "a b" + std::string(150, ']') + "\n";
        SyntaxErrorInfo e = error_of(source);
        CHECK(e.message == "invalid syntax. Perhaps you forgot a comma?");
    }
}

TEST_CASE("parser: never throws on arbitrary bytes", "[syntax][parser]") {
    // A cheap fuzz: every prefix of a tricky program, and some byte soup.
    const std::string program =
        "@d\nasync def f(a, /, b=1, *c, d, **e) -> int:\n    match x:\n        case [1, *r] | {'k': v}:\n"
        "            return f'{a!r:>{b}}' + b'\\x00'\n    try:\n        yield from (y for y in z if y)\n"
        "    except* E as e:\n        raise\nclass C(B, metaclass=M): x: int = 1\n";
    for (size_t n = 0; n <= program.size(); ++n) {
        ParseResult r = parse_module(program.substr(0, n));
        (void)r;
    }
    static const char kAlphabet[] = "()[]{}:=,.'\"\\\n\t #fx0123456789_+-*/%@<>!&|^~`$? \xC3\xA9\xE2\x82\xAC";
    std::string soup;
    unsigned state = 12345;
    for (int i = 0; i < 2000; ++i) {
        state = state * 1103515245u + 12345u;
        soup += kAlphabet[(state >> 16) % (sizeof kAlphabet - 1)];
    }
    for (size_t n = 0; n < soup.size(); n += 37) {
        ParseResult r = parse_module(soup.substr(n, 200));
        (void)r;
    }
    SUCCEED();
}

TEST_CASE("parser: duplicate arguments are left to the symbol table", "[syntax][parser]") {
    CHECK(std::holds_alternative<std::unique_ptr<ast::Module>>(parse_module("def f(a, a): pass\n")));
}
