// try/except* compiles to CPython 3.12's shape (CHECK_EG_MATCH per handler,
// PREP_RERAISE_STAR at the end), and nothing may leave an except* block early.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "compile/codegen.h"
#include "compile/dis.h"
#include "compile/opcodes.h"

using namespace ys::compile;

namespace {

std::shared_ptr<CodeUnit> compile_ok(const std::string& source) {
    auto result = compile_source(source, "t.py");
    if (auto* error = std::get_if<ys::syntax::SyntaxErrorInfo>(&result)) FAIL(error->message);
    return std::get<std::shared_ptr<CodeUnit>>(result);
}

ys::syntax::SyntaxErrorInfo compile_error(const std::string& source) {
    auto result = compile_source(source, "t.py");
    REQUIRE(std::holds_alternative<ys::syntax::SyntaxErrorInfo>(result));
    return std::get<ys::syntax::SyntaxErrorInfo>(result);
}

std::vector<Op> ops_of(const CodeUnit& unit) {
    std::vector<Op> ops;
    for (auto ins : unit.code) ops.push_back(ins.op());
    return ops;
}

int count(const std::vector<Op>& ops, Op op) {
    int n = 0;
    for (Op o : ops) n += o == op;
    return n;
}

}  // namespace

TEST_CASE("except* matches each clause with CHECK_EG_MATCH", "[compile][except_star]") {
    auto unit = compile_ok("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* (TypeError, KeyError):\n    h()\n");
    auto ops = ops_of(*unit);
    CHECK(count(ops, Op::CHECK_EG_MATCH) == 2);
    CHECK(count(ops, Op::CHECK_EXC_MATCH) == 0);
    CHECK(count(ops, Op::CALL_INTRINSIC_2) == 1);
    CHECK(count(ops, Op::PUSH_EXC_INFO) == 1);
    // What each handler raises is collected; the rest is appended at the end.
    CHECK(count(ops, Op::LIST_APPEND) == 3);
    std::string listing = disassemble(*unit);
    CHECK(listing.find("CALL_INTRINSIC_2         1 (INTRINSIC_PREP_RERAISE_STAR)") != std::string::npos);
    CHECK(listing.find("CHECK_EG_MATCH") != std::string::npos);
    // [prev_exc, orig, raised, rest] plus the match and a spare slot.
    CHECK(unit->stacksize >= 6);
    // Both handler bodies are covered by a handler that keeps the four items.
    int body_handlers = 0;
    for (const auto& e : unit->exception_table) body_handlers += e.depth == 4 && e.push_lasti;
    CHECK(body_handlers == 2);
}

TEST_CASE("break, continue and return cannot leave an except* block", "[compile][except_star]") {
    const char* message = "'break', 'continue' and 'return' cannot appear in an except* block";
    auto e = compile_error("for i in x:\n    try:\n        pass\n    except* E:\n        break\n");
    CHECK(e.message == message);
    CHECK(e.line == 5);
    e = compile_error("while x:\n    try:\n        pass\n    except* E:\n        if y:\n            continue\n");
    CHECK(e.message == message);
    CHECK(e.line == 6);
    e = compile_error("def f():\n    try:\n        pass\n    except* E:\n        return 1\n");
    CHECK(e.message == message);
    e = compile_error("def f():\n    try:\n        pass\n    except* E:\n        pass\n    except* F:\n        return\n");
    CHECK(e.message == message);
    CHECK(e.line == 7);
}

TEST_CASE("loops and functions inside an except* block may exit as usual", "[compile][except_star]") {
    compile_ok("try:\n    pass\nexcept* E:\n    for i in x:\n        if i:\n            continue\n        break\n");
    compile_ok("try:\n    pass\nexcept* E:\n    def g():\n        return 1\n");
    compile_ok("def f():\n    for i in x:\n        try:\n            return i\n        except* E:\n            pass\n        else:\n            break\n");
    compile_ok("try:\n    pass\nexcept* E:\n    pass\nfinally:\n    pass\n");
}
