// The dis listing (see dis.h). Offsets are shown as CPython shows them: two
// bytes per instruction, so an instruction's offset is twice its index.
#include "compile/dis.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "compile/opcodes.h"

namespace ys::compile {

namespace {

std::string quote(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
    char q = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, q);
    for (char c : s) {
        if (c == q || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += c;
        }
    }
    return out + q;
}

std::string float_text(double d) {
    char buf[40];
    for (int p = 1; p <= 17; ++p) {
        std::snprintf(buf, sizeof buf, "%.*g", p, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    std::string s = buf;
    if (s.find_first_of(".einn") == std::string::npos) s += ".0";
    return s;
}

std::string code_repr(const CodeUnit& u) {
    return "<code object " + u.name + " at 0x0, file \"" + u.filename + "\", line " + std::to_string(u.firstlineno) +
           ">";
}

const char* const kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kBinaryOps[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

std::string argrepr(const CodeUnit& u, Instruction ins) {
    Op op = ins.op();
    uint32_t arg = ins.arg();
    uint32_t flags = opcode_flags(op);
    if (flags & kHasJump) return "to " + std::to_string(arg * 2);
    if (flags & kHasConst) return arg < u.consts.size() ? constant_repr(u.consts[arg]) : "?";
    if (op == Op::LOAD_GLOBAL) {
        std::string name = (arg >> 1) < u.names.size() ? u.names[arg >> 1] : "?";
        return (arg & 1) ? "NULL + " + name : name;
    }
    if (op == Op::LOAD_ATTR) {
        std::string name = (arg >> 1) < u.names.size() ? u.names[arg >> 1] : "?";
        return (arg & 1) ? "NULL|self + " + name : name;
    }
    if (flags & kHasName) return arg < u.names.size() ? u.names[arg] : "?";
    if (flags & kHasLocal) return arg < u.varnames.size() ? u.varnames[arg] : "?";
    if (flags & kHasFree) return arg < u.localsplus_names.size() ? u.localsplus_names[arg] : "?";
    if (op == Op::COMPARE_OP) return arg < 6 ? kCompareOps[arg] : "?";
    if (op == Op::BINARY_OP) return arg < 26 ? kBinaryOps[arg] : "?";
    if (op == Op::CALL_INTRINSIC_1) return intrinsic1_name(arg);
    if (op == Op::CALL_INTRINSIC_2) return intrinsic2_name(arg);
    if (op == Op::FORMAT_VALUE) {
        static const char* const conversions[] = {"", "str", "repr", "ascii"};
        std::string r = conversions[arg & 3];
        if (arg & 4) r += r.empty() ? "with format" : ", with format";
        return r;
    }
    if (op == Op::GET_AWAITABLE && arg) return arg == 1 ? "__aenter__" : "__aexit__";
    if (op == Op::RESUME) return "";
    if (op == Op::IS_OP) return arg ? "is not" : "is";
    if (op == Op::CONTAINS_OP) return arg ? "not in" : "in";
    return "";
}

void list_one(const CodeUnit& u, std::string& out) {
    std::set<uint32_t> targets;
    for (auto ins : u.code)
        if (opcode_flags(ins.op()) & kHasJump) targets.insert(ins.arg());
    for (auto& e : u.exception_table) targets.insert(e.handler);
    int max_line = 0;
    for (auto& p : u.positions) max_line = std::max(max_line, p.line);
    int line_width = std::max<int>(3, static_cast<int>(std::to_string(max_line).size()));
    int offset_width = std::max<int>(4, static_cast<int>(std::to_string(u.code.size() * 2).size()));
    int last_line = -1;
    char buf[64];
    for (size_t i = 0; i < u.code.size(); ++i) {
        Instruction ins = u.code[i];
        int line = u.positions[i].line;
        std::string row;
        if (line != last_line) {
            if (i > 0) out += "\n";
            std::snprintf(buf, sizeof buf, "%*d", line_width, line);
            row += buf;
            last_line = line;
        } else {
            row += std::string(line_width, ' ');
        }
        row += "    ";
        row += targets.count(static_cast<uint32_t>(i)) ? ">>" : "  ";
        std::snprintf(buf, sizeof buf, " %*zu ", offset_width, i * 2);
        row += buf;
        std::snprintf(buf, sizeof buf, "%-20s", opcode_name(ins.op()));
        row += buf;
        if (opcode_flags(ins.op()) & kHasArg) {
            std::snprintf(buf, sizeof buf, " %5u", ins.arg());
            row += buf;
            std::string meaning = argrepr(u, ins);
            if (!meaning.empty()) row += " (" + meaning + ")";
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
    }
    if (!u.exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (auto& e : u.exception_table) {
            out += "  " + std::to_string(e.start * 2) + " to " + std::to_string(e.end * 2) + " -> " +
                   std::to_string(e.handler * 2) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") +
                   "\n";
        }
    }
}

}  // namespace

std::string constant_repr(const Constant& c) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ConstNone>) {
                return "None";
            } else if constexpr (std::is_same_v<T, ConstEllipsis>) {
                return "Ellipsis";
            } else if constexpr (std::is_same_v<T, bool>) {
                return x ? "True" : "False";
            } else if constexpr (std::is_same_v<T, ConstInt>) {
                return (x.negative ? "-" : "") + x.digits;
            } else if constexpr (std::is_same_v<T, ConstFloat>) {
                return float_text(x.value);
            } else if constexpr (std::is_same_v<T, ConstStr>) {
                return quote(x.utf8);
            } else if constexpr (std::is_same_v<T, ConstBytes>) {
                return "b" + quote(x.bytes);
            } else if constexpr (std::is_same_v<T, std::shared_ptr<ConstTuple>>) {
                std::string s = "(";
                for (size_t i = 0; i < x->items.size(); ++i) {
                    if (i) s += ", ";
                    s += constant_repr(x->items[i]);
                }
                if (x->items.size() == 1) s += ",";
                return s + ")";
            } else {
                return code_repr(*x);
            }
        },
        c);
}

std::string disassemble(const CodeUnit& unit) {
    std::string out;
    list_one(unit, out);
    for (const auto& c : unit.consts) {
        if (auto* code = std::get_if<std::shared_ptr<CodeUnit>>(&c)) {
            out += "\nDisassembly of " + code_repr(**code) + ":\n";
            out += disassemble(**code);
        }
    }
    return out;
}

}  // namespace ys::compile
