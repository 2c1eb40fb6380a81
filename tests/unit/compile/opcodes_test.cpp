// The opcode table drives names, flags and stack effects.
#include <catch2/catch.hpp>

#include <string>

#include "compile/opcodes.h"

using namespace ys::compile;

TEST_CASE("opcode names use CPython's spelling", "[compile][opcodes]") {
    CHECK(std::string(opcode_name(Op::LOAD_FAST)) == "LOAD_FAST");
    CHECK(std::string(opcode_name(Op::FOR_ITER)) == "FOR_ITER");
    CHECK(kOpcodeCount > 40);
}

TEST_CASE("stack effects depend on the argument", "[compile][opcodes]") {
    CHECK(stack_effect(Op::BUILD_LIST, 3, false) == -2);
    CHECK(stack_effect(Op::LOAD_GLOBAL, (5 << 1) | 1, false) == 2);
    CHECK(stack_effect(Op::LOAD_GLOBAL, 5 << 1, false) == 1);
    CHECK(stack_effect(Op::CALL, 2, false) == -3);
    CHECK(stack_effect(Op::MAKE_FUNCTION, kFnDefaults | kFnClosure, false) == -2);
    CHECK(stack_effect(Op::FOR_ITER, 0, true) == 1);
}

TEST_CASE("instructions pack opcode and argument in one word", "[compile][opcodes]") {
    Instruction i = Instruction::make(Op::LOAD_CONST, 70000);
    CHECK(i.op() == Op::LOAD_CONST);
    CHECK(i.arg() == 70000);
    CHECK((opcode_flags(Op::JUMP_BACKWARD) & kHasJump) != 0);
    CHECK((opcode_flags(Op::RETURN_VALUE) & kIsTerminator) != 0);
}
