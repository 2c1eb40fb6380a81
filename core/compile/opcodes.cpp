// Static facts about opcodes, generated from opcodes.def.
#include "compile/opcodes.h"

namespace ys::compile {

const char* opcode_name(Op op) {
    switch (op) {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) \
    case Op::name:                                        \
        return #name;
#include "compile/opcodes.def"
#undef YS_OPCODE
    }
    return "?";
}

const char* opcode_doc(Op op) {
    switch (op) {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) \
    case Op::name:                                        \
        return doc;
#include "compile/opcodes.def"
#undef YS_OPCODE
    }
    return "";
}

uint32_t opcode_flags(Op op) {
    switch (op) {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) \
    case Op::name:                                        \
        return flags;
#include "compile/opcodes.def"
#undef YS_OPCODE
    }
    return 0;
}

int stack_effect(Op op, uint32_t oparg_u, bool jumping) {
    int oparg = static_cast<int>(oparg_u);
    switch (op) {
#define YS_OPCODE(name, effect, jump_effect, flags, doc) \
    case Op::name:                                        \
        return jumping ? (jump_effect) : (effect);
#include "compile/opcodes.def"
#undef YS_OPCODE
    }
    return 0;
}

const char* intrinsic1_name(uint32_t oparg) {
    static const char* const names[] = {
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE",
    };
    return oparg < sizeof names / sizeof names[0] ? names[oparg] : "?";
}

const char* intrinsic2_name(uint32_t oparg) {
    static const char* const names[] = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR"};
    return oparg < sizeof names / sizeof names[0] ? names[oparg] : "?";
}

}  // namespace ys::compile
