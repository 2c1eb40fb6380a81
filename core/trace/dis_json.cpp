// The bytecode listing as JSON (see dis_json.h). The argument meanings follow
// Lib/dis.py's argrepr, as the text listing of compile/dis.cpp does.
#include "trace/dis_json.h"

#include <set>

#include "compile/dis.h"
#include "compile/opcodes.h"
#include "trace/json.h"

namespace ys::trace {

using compile::CodeUnit;
using compile::Instruction;
using compile::Op;

CodeIndex::CodeIndex(const CodeUnit* root) {
    if (root) add(root);
}

void CodeIndex::add(const CodeUnit* unit) {
    index_.emplace(unit, static_cast<int>(units_.size()));
    units_.push_back(unit);
    for (const auto& c : unit->consts)
        if (auto* code = std::get_if<std::shared_ptr<CodeUnit>>(&c)) add(code->get());
}

int CodeIndex::index_of(const CodeUnit* unit) const {
    auto it = index_.find(unit);
    return it == index_.end() ? -1 : it->second;
}

namespace {

const char* const kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kBinaryOps[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

std::string name_at(const std::vector<std::string>& names, uint32_t i) { return i < names.size() ? names[i] : "?"; }

std::string argrepr(const CodeUnit& u, Instruction ins) {
    Op op = ins.op();
    uint32_t arg = ins.arg();
    uint32_t flags = compile::opcode_flags(op);
    if (flags & compile::kHasJump) return "to " + std::to_string(arg * 2);
    if (flags & compile::kHasConst) return arg < u.consts.size() ? compile::constant_repr(u.consts[arg]) : "?";
    if (op == Op::LOAD_GLOBAL) return ((arg & 1) ? "NULL + " : "") + name_at(u.names, arg >> 1);
    if (op == Op::LOAD_ATTR) return ((arg & 1) ? "NULL|self + " : "") + name_at(u.names, arg >> 1);
    if (flags & compile::kHasName) return name_at(u.names, arg);
    if (flags & compile::kHasLocal) return name_at(u.varnames, arg);
    if (flags & compile::kHasFree) return name_at(u.localsplus_names, arg);
    if (op == Op::COMPARE_OP) return arg < 6 ? kCompareOps[arg] : "?";
    if (op == Op::BINARY_OP) return arg < 26 ? kBinaryOps[arg] : "?";
    if (op == Op::CALL_INTRINSIC_1) return compile::intrinsic1_name(arg);
    if (op == Op::IS_OP) return arg ? "is not" : "is";
    if (op == Op::CONTAINS_OP) return arg ? "not in" : "in";
    return "";
}

void write_unit(JsonWriter& w, const CodeUnit& u, int index) {
    std::set<uint32_t> targets;
    for (auto ins : u.code)
        if (compile::opcode_flags(ins.op()) & compile::kHasJump) targets.insert(ins.arg());
    for (const auto& e : u.exception_table) targets.insert(e.handler);
    w.begin_object();
    w.field("index", index).field("name", u.name).field("qualname", u.qualname).field("file", u.filename);
    w.field("firstLine", u.firstlineno).field("flags", u.flags);
    w.key("instructions").begin_array();
    for (size_t i = 0; i < u.code.size(); ++i) {
        Instruction ins = u.code[i];
        const util::Span& p = u.positions[i];
        bool has_arg = compile::opcode_flags(ins.op()) & compile::kHasArg;
        w.begin_object();
        w.field("offset", static_cast<uint64_t>(i * 2)).field("opname", compile::opcode_name(ins.op()));
        if (has_arg) {
            w.field("arg", ins.arg());
        } else {
            w.null_field("arg");
        }
        w.field("argrepr", has_arg ? argrepr(u, ins) : std::string());
        w.field("line", p.line).field("col", p.col).field("endLine", p.end_line).field("endCol", p.end_col);
        w.field("target", targets.count(static_cast<uint32_t>(i)) > 0);
        w.end_object();
    }
    w.end_array();
    w.key("exceptionTable").begin_array();
    for (const auto& e : u.exception_table) {
        w.begin_object();
        w.field("start", e.start * 2).field("end", e.end * 2).field("target", e.handler * 2);
        w.field("depth", e.depth).field("lasti", e.push_lasti);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string dis_to_json(const CodeIndex& codes) {
    JsonWriter w;
    w.begin_object();
    w.field("version", 1);
    w.key("codes").begin_array();
    int i = 0;
    for (const CodeUnit* u : codes.units()) write_unit(w, *u, i++);
    w.end_array();
    w.end_object();
    return w.take();
}

}  // namespace ys::trace
