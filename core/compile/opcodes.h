// The instruction set, generated from opcodes.def, and what is known about each
// opcode statically (name, stack effect, flags, documentation).
#pragma once

#include <bit>
#include <cstdint>

namespace ys::compile {

enum OpcodeFlags : uint32_t {
    kHasArg = 1,
    kHasJump = 2,
    kHasConst = 4,
    kHasName = 8,
    kHasLocal = 16,
    kHasFree = 32,
    kIsTerminator = 64,  // control never falls through to the next instruction
};

enum class Op : uint8_t {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) name,
#include "compile/opcodes.def"
#undef YS_OPCODE
};

constexpr int kOpcodeCount = 0
#define YS_OPCODE(name, effect, jump_effect, flags, doc) +1
#include "compile/opcodes.def"
#undef YS_OPCODE
    ;

const char* opcode_name(Op op);
const char* opcode_doc(Op op);
uint32_t opcode_flags(Op op);
// Change in stack depth when the instruction falls through / when it jumps.
int stack_effect(Op op, uint32_t oparg, bool jumping);

// One instruction: opcode in the low byte, argument in the upper 24 bits.
struct Instruction {
    uint32_t word;
    Op op() const { return static_cast<Op>(word & 0xFF); }
    uint32_t arg() const { return word >> 8; }
    static Instruction make(Op op, uint32_t arg) { return {static_cast<uint32_t>(op) | (arg << 8)}; }
};
constexpr uint32_t kMaxOparg = (1u << 24) - 1;

// CALL_INTRINSIC_1 operands (CPython's numbering).
enum class Intrinsic1 : uint32_t {
    Invalid = 0,
    Print = 1,
    ImportStar = 2,
    StopIterationError = 3,
    AsyncGenWrap = 4,
    UnaryPositive = 5,
    ListToTuple = 6,
};
const char* intrinsic1_name(uint32_t oparg);

// CALL_INTRINSIC_2 operands (CPython's numbering).
enum class Intrinsic2 : uint32_t {
    Invalid = 0,
    PrepReraiseStar = 1,
};
const char* intrinsic2_name(uint32_t oparg);

// MAKE_FUNCTION operand flags.
enum MakeFunctionFlags : uint32_t {
    kFnDefaults = 0x01,
    kFnKwDefaults = 0x02,
    kFnAnnotations = 0x04,
    kFnClosure = 0x08,
};

}  // namespace ys::compile
