// Expression unparsing (see ast_unparse.h), with ast_unparse.c's precedence
// levels deciding where parentheses go.
#include "syntax/ast_unparse.h"

#include "syntax/ast_dump.h"

namespace ys::syntax {

using namespace ast;

namespace {

enum Precedence {
    kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor, kPower, kAwait, kAtom,
};

struct BinInfo {
    const char* text;
    Precedence level;
};

BinInfo bin_info(BinOpKind op) {
    switch (op) {
    case BinOpKind::Add: return {" + ", kArith};
    case BinOpKind::Sub: return {" - ", kArith};
    case BinOpKind::Mult: return {" * ", kTerm};
    case BinOpKind::MatMult: return {" @ ", kTerm};
    case BinOpKind::Div: return {" / ", kTerm};
    case BinOpKind::Mod: return {" % ", kTerm};
    case BinOpKind::FloorDiv: return {" // ", kTerm};
    case BinOpKind::Pow: return {" ** ", kPower};
    case BinOpKind::LShift: return {" << ", kShift};
    case BinOpKind::RShift: return {" >> ", kShift};
    case BinOpKind::BitOr: return {" | ", kBor};
    case BinOpKind::BitXor: return {" ^ ", kBxor};
    case BinOpKind::BitAnd: return {" & ", kBand};
    }
    return {" ? ", kArith};
}

const char* cmp_text(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq: return " == ";
    case CmpOpKind::NotEq: return " != ";
    case CmpOpKind::Lt: return " < ";
    case CmpOpKind::LtE: return " <= ";
    case CmpOpKind::Gt: return " > ";
    case CmpOpKind::GtE: return " >= ";
    case CmpOpKind::Is: return " is ";
    case CmpOpKind::IsNot: return " is not ";
    case CmpOpKind::In: return " in ";
    case CmpOpKind::NotIn: return " not in ";
    }
    return " ? ";
}

class Unparser {
public:
    std::string out;

    void expr(const Expr& e, int level) {
        switch (e.kind) {
        case ExprKind::BoolOp: {
            auto& b = static_cast<const BoolOp&>(e);
            int pr = b.op == BoolOpKind::And ? kAnd : kOr;
            open(level > pr);
            for (size_t i = 0; i < b.values.size(); ++i) {
                if (i) out += b.op == BoolOpKind::And ? " and " : " or ";
                expr(*b.values[i], pr + 1);
            }
            close(level > pr);
            break;
        }
        case ExprKind::BinOp: {
            auto& b = static_cast<const BinOp&>(e);
            BinInfo info = bin_info(b.op);
            bool right_assoc = b.op == BinOpKind::Pow;
            open(level > info.level);
            expr(*b.left, right_assoc ? info.level + 1 : info.level);
            out += info.text;
            expr(*b.right, right_assoc ? info.level : info.level + 1);
            close(level > info.level);
            break;
        }
        case ExprKind::UnaryOp: {
            auto& u = static_cast<const UnaryOp&>(e);
            int pr = u.op == UnaryOpKind::Not ? kNot : kFactor;
            open(level > pr);
            out += u.op == UnaryOpKind::Not ? "not " : u.op == UnaryOpKind::Invert ? "~" : u.op == UnaryOpKind::UAdd ? "+" : "-";
            expr(*u.operand, pr);
            close(level > pr);
            break;
        }
        case ExprKind::IfExp: {
            auto& i = static_cast<const IfExp&>(e);
            open(level > kTest);
            expr(*i.body, kTest + 1);
            out += " if ";
            expr(*i.test, kTest + 1);
            out += " else ";
            expr(*i.orelse, kTest);
            close(level > kTest);
            break;
        }
        case ExprKind::Compare: {
            auto& c = static_cast<const Compare&>(e);
            open(level > kCmp);
            expr(*c.left, kCmp + 1);
            for (size_t i = 0; i < c.ops.size(); ++i) {
                out += cmp_text(c.ops[i]);
                expr(*c.comparators[i], kCmp + 1);
            }
            close(level > kCmp);
            break;
        }
        case ExprKind::Call: {
            auto& c = static_cast<const Call&>(e);
            expr(*c.func, kAtom);
            out += "(";
            bool first = true;
            for (auto& a : c.args) {
                if (!first) out += ", ";
                first = false;
                expr(*a, kTest);
            }
            for (auto& k : c.keywords) {
                if (!first) out += ", ";
                first = false;
                out += k.arg.empty() ? "**" : k.arg + "=";
                expr(*k.value, kTest);
            }
            out += ")";
            break;
        }
        case ExprKind::Constant:
            constant(static_cast<const Constant&>(e));
            break;
        case ExprKind::Attribute: {
            auto& a = static_cast<const Attribute&>(e);
            expr(*a.value, kAtom);
            // 1 .real needs a space so the dot is not read as a decimal point.
            if (auto* c = a.value->as<Constant>(); c && c->value_kind == ConstKind::Int) out += " ";
            out += "." + a.attr;
            break;
        }
        case ExprKind::Subscript: {
            auto& s = static_cast<const Subscript&>(e);
            expr(*s.value, kAtom);
            out += "[";
            if (auto* t = s.slice->as<Tuple>(); t && !t->elts.empty()) {
                items(t->elts);
                if (t->elts.size() == 1) out += ",";
            } else {
                expr(*s.slice, kTuple);
            }
            out += "]";
            break;
        }
        case ExprKind::Starred:
            out += "*";
            expr(*static_cast<const Starred&>(e).value, kExprStar);
            break;
        case ExprKind::Name:
            out += static_cast<const Name&>(e).id;
            break;
        case ExprKind::List:
            out += "[";
            items(static_cast<const List&>(e).elts);
            out += "]";
            break;
        case ExprKind::Tuple: {
            auto& t = static_cast<const Tuple&>(e);
            if (t.elts.empty()) {
                out += "()";
                break;
            }
            open(level > kTuple);
            items(t.elts);
            if (t.elts.size() == 1) out += ",";
            close(level > kTuple);
            break;
        }
        case ExprKind::Set:
            out += "{";
            items(static_cast<const Set&>(e).elts);
            out += "}";
            break;
        case ExprKind::Dict: {
            auto& d = static_cast<const Dict&>(e);
            out += "{";
            for (size_t i = 0; i < d.values.size(); ++i) {
                if (i) out += ", ";
                if (d.keys[i]) {
                    expr(*d.keys[i], kTest);
                    out += ": ";
                    expr(*d.values[i], kTest);
                } else {
                    out += "**";
                    expr(*d.values[i], kExprStar);
                }
            }
            out += "}";
            break;
        }
        case ExprKind::Slice: {
            auto& s = static_cast<const Slice&>(e);
            if (s.lower) expr(*s.lower, kTest);
            out += ":";
            if (s.upper) expr(*s.upper, kTest);
            if (s.step) {
                out += ":";
                expr(*s.step, kTest);
            }
            break;
        }
        case ExprKind::Await:
            open(level > kAwait);
            out += "await ";
            expr(*static_cast<const Await&>(e).value, kAtom);
            close(level > kAwait);
            break;
        default:
            // Lambdas, comprehensions, f-strings and yields do not appear in
            // annotations in practice.
            out += "...";
            break;
        }
    }

private:
    static constexpr int kExprStar = kBor;

    void open(bool paren) {
        if (paren) out += "(";
    }
    void close(bool paren) {
        if (paren) out += ")";
    }

    void items(const ExprList& list) {
        for (size_t i = 0; i < list.size(); ++i) {
            if (i) out += ", ";
            expr(*list[i], kTest);
        }
    }

    void constant(const Constant& c) {
        switch (c.value_kind) {
        case ConstKind::None: out += "None"; break;
        case ConstKind::True: out += "True"; break;
        case ConstKind::False: out += "False"; break;
        case ConstKind::Ellipsis: out += "..."; break;
        case ConstKind::Int: out += c.text; break;
        case ConstKind::Float: out += float_repr(c.number); break;
        case ConstKind::Complex: {
            std::string r = float_repr(c.number);
            if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
            out += r + "j";
            break;
        }
        case ConstKind::Str: out += str_repr(c.text); break;
        case ConstKind::Bytes: out += bytes_repr(c.text); break;
        }
    }
};

}  // namespace

std::string unparse(const Expr& e) {
    Unparser u;
    u.expr(e, kTest);
    return u.out;
}

}  // namespace ys::syntax
