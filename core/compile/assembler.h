// The assembler (Python/assemble.c and flowgraph.c in miniature): collects
// instructions with symbolic labels, then resolves jumps, picks the jump
// direction, and computes the maximum stack depth by walking every path.
#pragma once

#include <cstdint>
#include <vector>

#include "compile/code_unit.h"
#include "compile/opcodes.h"
#include "util/source.h"

namespace ys::compile {

class Assembler {
public:
    using Label = uint32_t;

    Label new_label();
    // Binds a label to the next instruction emitted.
    void bind(Label label);
    void emit(Op op, uint32_t arg, const util::Span& span);
    // A jump to `target`; JUMP_FORWARD stands for "jump either way" until the
    // assembler knows the direction.
    void emit_jump(Op op, Label target, const util::Span& span);
    // True if the last instruction emitted never falls through and no jump
    // lands after it: the end of the code cannot be reached.
    bool last_is_terminator() const;
    // The index the next instruction emitted will have.
    uint32_t next_index() const { return static_cast<uint32_t>(code_.size()); }

    // Exception handling: instructions emitted while a handler is pushed are
    // covered by it (the innermost one) in the exception table. The handler
    // runs with the stack cut to the depth it had where it was pushed.
    // Returns the handler block's id, for reenter_handler. `depth_offset`
    // adjusts the kept depth relative to the next instruction's (a with block
    // keeps the stack below its __enter__ result: -1, as CPython's SETUP_WITH).
    // `new_in_312` marks the handlers CPython 3.12 added and 3.11 lacks (the
    // generator body's StopIteration guard, SEND's CLEANUP_THROW): the stack
    // depth is also computed without them (CodeUnit::stacksize_311).
    int push_handler(Label handler, bool push_lasti, int depth_offset = 0, bool new_in_312 = false);
    void pop_handler();
    // Makes an earlier handler block active again (same handler, same depth).
    void reenter_handler(int block) { active_.push_back(block); }
    // Temporarily leaves every handler up to and including the innermost one
    // (for code that exits a try block early); restore with the returned state.
    std::vector<int> save_handlers() const { return active_; }
    void restore_handlers(std::vector<int> state) { active_ = std::move(state); }

    // Writes code, positions and stacksize into `unit`.
    void finish(CodeUnit& unit);

private:
    struct Pending {
        Op op;
        uint32_t arg;   // the label for jumps
        bool is_jump;
        util::Span span;
        int handler;    // innermost handler block covering it, or -1
    };
    struct HandlerBlock {
        Label handler;
        bool push_lasti;
        uint32_t setup_index;  // first instruction emitted under it: its depth is the block's
        int depth_offset;
        bool new_in_312;
    };
    void build_exception_table(CodeUnit& unit, const std::vector<int>& depth_at) const;

    std::vector<Pending> code_;
    std::vector<int64_t> label_at_;  // instruction index per label, -1 unbound
    std::vector<HandlerBlock> blocks_;
    std::vector<int> active_;        // stack of indexes into blocks_
};

}  // namespace ys::compile
