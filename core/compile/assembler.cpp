// Label resolution and stack depth (see assembler.h).
#include "compile/assembler.h"

#include <algorithm>

#include "util/assert.h"

namespace ys::compile {

Assembler::Label Assembler::new_label() {
    label_at_.push_back(-1);
    return static_cast<Label>(label_at_.size() - 1);
}

void Assembler::bind(Label label) { label_at_[label] = static_cast<int64_t>(code_.size()); }

void Assembler::emit(Op op, uint32_t arg, const util::Span& span) {
    code_.push_back({op, arg, false, span, active_.empty() ? -1 : active_.back()});
}

void Assembler::emit_jump(Op op, Label target, const util::Span& span) {
    code_.push_back({op, target, true, span, active_.empty() ? -1 : active_.back()});
}

int Assembler::push_handler(Label handler, bool push_lasti, int depth_offset, bool new_in_312) {
    blocks_.push_back({handler, push_lasti, static_cast<uint32_t>(code_.size()), depth_offset, new_in_312});
    active_.push_back(static_cast<int>(blocks_.size() - 1));
    return active_.back();
}

void Assembler::pop_handler() {
    YS_ASSERT(!active_.empty());
    active_.pop_back();
}

bool Assembler::last_is_terminator() const {
    if (code_.empty() || !(opcode_flags(code_.back().op) & kIsTerminator)) return false;
    for (int64_t at : label_at_)
        if (at == static_cast<int64_t>(code_.size())) return false;
    return true;
}

void Assembler::finish(CodeUnit& unit) {
    unit.code.clear();
    unit.positions.clear();
    for (size_t i = 0; i < code_.size(); ++i) {
        Pending& p = code_[i];
        uint32_t arg = p.arg;
        if (p.is_jump) {
            int64_t target = label_at_[p.arg];
            YS_ASSERT(target >= 0);
            arg = static_cast<uint32_t>(target);
            if (p.op == Op::JUMP_FORWARD || p.op == Op::JUMP_BACKWARD)  // the direction is known only now
                p.op = target <= static_cast<int64_t>(i) ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD;
        }
        YS_ASSERT(arg <= kMaxOparg);
        unit.code.push_back(Instruction::make(p.op, arg));
        unit.positions.push_back(p.span);
    }

    // Stack depth: the deepest point over every path, each instruction visited
    // with the depth it is first reached at (the compiler keeps depths
    // consistent). A handler is reached with its block's depth plus the
    // exception (and the lasti, if it asks for it).
    std::vector<std::vector<int>> blocks_at(unit.code.size());
    for (size_t b = 0; b < blocks_.size(); ++b)
        if (blocks_[b].setup_index < unit.code.size()) blocks_at[blocks_[b].setup_index].push_back(static_cast<int>(b));
    auto max_depth_of = [&](std::vector<int>& depth_at, bool skip_new_in_312) {
        depth_at.assign(unit.code.size(), -1);
        std::vector<uint32_t> work;
        int max_depth = 0;
        auto reach = [&](uint32_t target, int depth) {
            if (target >= unit.code.size()) return;
            max_depth = std::max(max_depth, depth);
            if (depth_at[target] < 0) {
                depth_at[target] = depth;
                work.push_back(target);
            }
        };
        auto visit = [&](uint32_t i, int depth) {
            for (int b : blocks_at[i]) {
                if (skip_new_in_312 && blocks_[b].new_in_312) continue;
                int64_t handler = label_at_[blocks_[b].handler];
                reach(static_cast<uint32_t>(handler), depth + blocks_[b].depth_offset + 1 + (blocks_[b].push_lasti ? 1 : 0));
            }
        };
        reach(0, 0);
        while (!work.empty()) {
            uint32_t i = work.back();
            work.pop_back();
            int depth = depth_at[i];
            for (; i < unit.code.size(); ++i) {
                if (depth_at[i] < 0) depth_at[i] = depth;
                visit(i, depth);
                Instruction ins = unit.code[i];
                uint32_t flags = opcode_flags(ins.op());
                if (flags & kHasJump) reach(ins.arg(), depth + stack_effect(ins.op(), ins.arg(), true));
                if (flags & kIsTerminator) break;
                depth += stack_effect(ins.op(), ins.arg(), false);
                YS_ASSERT(depth >= 0);
                max_depth = std::max(max_depth, depth);
                if (i + 1 < unit.code.size() && depth_at[i + 1] >= 0) break;
            }
        }
        return max_depth;
    };
    std::vector<int> depth_at, depth_at_311;
    unit.stacksize = static_cast<uint32_t>(max_depth_of(depth_at, false));
    unit.stacksize_311 = static_cast<uint32_t>(max_depth_of(depth_at_311, true));
    build_exception_table(unit, depth_at);
}

void Assembler::build_exception_table(CodeUnit& unit, const std::vector<int>& depth_at) const {
    unit.exception_table.clear();
    for (size_t i = 0; i < code_.size();) {
        int b = code_[i].handler;
        size_t j = i + 1;
        while (j < code_.size() && code_[j].handler == b) ++j;
        if (b >= 0) {
            const HandlerBlock& block = blocks_[b];
            int depth = block.setup_index < depth_at.size() ? depth_at[block.setup_index] + block.depth_offset : 0;
            unit.exception_table.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                            static_cast<uint32_t>(label_at_[block.handler]),
                                            static_cast<uint32_t>(std::max(depth, 0)), block.push_lasti});
        }
        i = j;
    }
}

}  // namespace ys::compile
