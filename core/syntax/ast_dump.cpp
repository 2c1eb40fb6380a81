// ast.dump() of CPython 3.11 (Lib/ast.py) for our AST: fields in the order of
// Parser/Python.asdl, optional fields left out when absent, lists always shown,
// and constants printed with Python's repr (Objects/floatobject.c, unicodeobject.c).
#include "syntax/ast_dump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "syntax/unicode_tables.h"
#include "util/utf8.h"

namespace ys::syntax {

using namespace ast;

namespace {

// Shortest round-tripping digits of a finite positive double, and the
// position of the decimal point (value = 0.DIGITS * 10^decpt).
void shortest_digits(double v, std::string& digits, int& decpt) {
    char buf[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    const char* e = std::strchr(buf, 'e');
    digits.clear();
    for (const char* p = buf; p < e; ++p)
        if (*p != '.') digits += *p;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    decpt = std::atoi(e + 1) + 1;
}

// PyOS_double_to_string(v, 'r', 0, flags): `add_dot_0` for float repr,
// not for the parts of a complex.
std::string format_repr(double v, bool add_dot_0) {
    if (std::isnan(v)) return "nan";
    std::string sign = std::signbit(v) ? "-" : "";
    if (std::isinf(v)) return sign + "inf";
    if (v == 0) return sign + (add_dot_0 ? "0.0" : "0");
    std::string digits;
    int decpt;
    shortest_digits(std::fabs(v), digits, decpt);
    std::string out = sign;
    int n = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (n > 1) out += "." + digits.substr(1);
        int exp = decpt - 1;
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += buf;
    } else if (decpt <= 0) {
        out += "0." + std::string(-decpt, '0') + digits;
    } else if (decpt >= n) {
        out += digits + std::string(decpt - n, '0');
        if (add_dot_0) out += ".0";
    } else {
        out += digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
    return out;
}

void append_hex_escape(std::string& out, char prefix, unsigned value, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\%c%0*x", prefix, width, value);
    out += buf;
}

class Dumper {
public:
    explicit Dumper(bool attributes) : attributes_(attributes) {}

    std::string out;

    void module(const Module& m) {
        out += "Module(body=";
        stmts(m.body);
        out += ", type_ignores=[])";
    }

private:
    // ------------------------------------------------------------ building blocks

    // Starts a node; `field()` then adds "name=" with the right separator.
    void open(const char* name) {
        out += name;
        out += '(';
        first_.push_back(true);
    }
    void close() {
        out += ')';
        first_.pop_back();
    }
    // Closes a node that has position attributes.
    void close(const util::Span& s) {
        if (attributes_) {
            int_field("lineno", s.line);
            int_field("col_offset", s.col);
            int_field("end_lineno", s.end_line);
            int_field("end_col_offset", s.end_col);
        }
        close();
    }
    void field(const char* name) {
        if (!first_.back()) out += ", ";
        first_.back() = false;
        out += name;
        out += '=';
    }
    void str_field(const char* name, const std::string& value) {
        field(name);
        out += str_repr(value);
    }
    void opt_str_field(const char* name, const std::string& value) {
        if (!value.empty()) str_field(name, value);
    }
    void int_field(const char* name, long value) {
        field(name);
        out += std::to_string(value);
    }
    void expr_field(const char* name, const ExprPtr& e) {
        field(name);
        expr(e.get());
    }
    void opt_expr_field(const char* name, const ExprPtr& e) {
        if (e) expr_field(name, e);
    }
    void exprs_field(const char* name, const ExprList& list) {
        field(name);
        exprs(list);
    }
    void stmts_field(const char* name, const StmtList& list) {
        field(name);
        stmts(list);
    }
    void names_field(const char* name, const std::vector<std::string>& names) {
        field(name);
        out += '[';
        for (size_t i = 0; i < names.size(); ++i) {
            if (i) out += ", ";
            out += str_repr(names[i]);
        }
        out += ']';
    }
    void ctx_field(Ctx ctx) {
        field("ctx");
        out += ctx == Ctx::Load ? "Load()" : ctx == Ctx::Store ? "Store()" : "Del()";
    }
    void op_field(const char* name, const char* op) {
        field(name);
        out += op;
        out += "()";
    }

    template <class List, class F>
    void list(const List& items, F&& each) {
        out += '[';
        bool first = true;
        for (const auto& item : items) {
            if (!first) out += ", ";
            first = false;
            each(item);
        }
        out += ']';
    }
    void exprs(const ExprList& list_) {
        list(list_, [&](const ExprPtr& e) { expr(e.get()); });
    }
    void stmts(const StmtList& list_) {
        list(list_, [&](const StmtPtr& s) { stmt(*s); });
    }
    void patterns(const PatternList& list_) {
        list(list_, [&](const PatternPtr& p) { pattern(*p); });
    }

    static const char* binop_name(BinOpKind op) {
        switch (op) {
            case BinOpKind::Add: return "Add";
            case BinOpKind::Sub: return "Sub";
            case BinOpKind::Mult: return "Mult";
            case BinOpKind::MatMult: return "MatMult";
            case BinOpKind::Div: return "Div";
            case BinOpKind::Mod: return "Mod";
            case BinOpKind::Pow: return "Pow";
            case BinOpKind::LShift: return "LShift";
            case BinOpKind::RShift: return "RShift";
            case BinOpKind::BitOr: return "BitOr";
            case BinOpKind::BitXor: return "BitXor";
            case BinOpKind::BitAnd: return "BitAnd";
            case BinOpKind::FloorDiv: return "FloorDiv";
        }
        return "?";
    }
    static const char* cmpop_name(CmpOpKind op) {
        switch (op) {
            case CmpOpKind::Eq: return "Eq()";
            case CmpOpKind::NotEq: return "NotEq()";
            case CmpOpKind::Lt: return "Lt()";
            case CmpOpKind::LtE: return "LtE()";
            case CmpOpKind::Gt: return "Gt()";
            case CmpOpKind::GtE: return "GtE()";
            case CmpOpKind::Is: return "Is()";
            case CmpOpKind::IsNot: return "IsNot()";
            case CmpOpKind::In: return "In()";
            case CmpOpKind::NotIn: return "NotIn()";
        }
        return "?";
    }
    static const char* unaryop_name(UnaryOpKind op) {
        switch (op) {
            case UnaryOpKind::Invert: return "Invert";
            case UnaryOpKind::Not: return "Not";
            case UnaryOpKind::UAdd: return "UAdd";
            case UnaryOpKind::USub: return "USub";
        }
        return "?";
    }

    // ------------------------------------------------------------ helpers for shared shapes

    void arg(const Arg& a) {
        open("arg");
        str_field("arg", a.name);
        opt_expr_field("annotation", a.annotation);
        close(a.span);
    }
    void arguments(const Arguments& a) {
        open("arguments");
        field("posonlyargs");
        list(a.posonlyargs, [&](const Arg& x) { arg(x); });
        field("args");
        list(a.args, [&](const Arg& x) { arg(x); });
        if (a.vararg) {
            field("vararg");
            arg(*a.vararg);
        }
        field("kwonlyargs");
        list(a.kwonlyargs, [&](const Arg& x) { arg(x); });
        exprs_field("kw_defaults", a.kw_defaults);
        if (a.kwarg) {
            field("kwarg");
            arg(*a.kwarg);
        }
        exprs_field("defaults", a.defaults);
        close();
    }
    void keywords_field(const std::vector<Keyword>& keywords) {
        field("keywords");
        list(keywords, [&](const Keyword& k) {
            open("keyword");
            opt_str_field("arg", k.arg);
            expr_field("value", k.value);
            close(k.span);
        });
    }
    void generators_field(const std::vector<Comprehension>& gens) {
        field("generators");
        list(gens, [&](const Comprehension& c) {
            open("comprehension");
            expr_field("target", c.target);
            expr_field("iter", c.iter);
            exprs_field("ifs", c.ifs);
            int_field("is_async", c.is_async ? 1 : 0);
            close();
        });
    }
    void aliases_field(const std::vector<Alias>& names) {
        field("names");
        list(names, [&](const Alias& a) {
            open("alias");
            str_field("name", a.name);
            opt_str_field("asname", a.asname);
            close(a.span);
        });
    }

    // ------------------------------------------------------------ expressions

    void constant(const Constant& c) {
        open("Constant");
        field("value");
        switch (c.value_kind) {
            case ConstKind::None: out += "None"; break;
            case ConstKind::True: out += "True"; break;
            case ConstKind::False: out += "False"; break;
            case ConstKind::Ellipsis: out += "Ellipsis"; break;
            case ConstKind::Int: out += c.text; break;
            case ConstKind::Float: out += float_repr(c.number); break;
            case ConstKind::Complex: out += format_repr(c.number, false) + "j"; break;
            case ConstKind::Str: out += str_repr(c.text); break;
            case ConstKind::Bytes: out += bytes_repr(c.text); break;
        }
        if (c.value_kind == ConstKind::Str && c.u_prefix) str_field("kind", "u");
        close(c.span);
    }

    void expr(const Expr* e) {
        if (!e) {
            out += "None";
            return;
        }
        switch (e->kind) {
            case ExprKind::BoolOp: {
                auto* n = e->as<BoolOp>();
                open("BoolOp");
                op_field("op", n->op == BoolOpKind::And ? "And" : "Or");
                exprs_field("values", n->values);
                break;
            }
            case ExprKind::NamedExpr: {
                auto* n = e->as<NamedExpr>();
                open("NamedExpr");
                expr_field("target", n->target);
                expr_field("value", n->value);
                break;
            }
            case ExprKind::BinOp: {
                auto* n = e->as<BinOp>();
                open("BinOp");
                expr_field("left", n->left);
                op_field("op", binop_name(n->op));
                expr_field("right", n->right);
                break;
            }
            case ExprKind::UnaryOp: {
                auto* n = e->as<UnaryOp>();
                open("UnaryOp");
                op_field("op", unaryop_name(n->op));
                expr_field("operand", n->operand);
                break;
            }
            case ExprKind::Lambda: {
                auto* n = e->as<Lambda>();
                open("Lambda");
                field("args");
                arguments(n->args);
                expr_field("body", n->body);
                break;
            }
            case ExprKind::IfExp: {
                auto* n = e->as<IfExp>();
                open("IfExp");
                expr_field("test", n->test);
                expr_field("body", n->body);
                expr_field("orelse", n->orelse);
                break;
            }
            case ExprKind::Dict: {
                auto* n = e->as<Dict>();
                open("Dict");
                exprs_field("keys", n->keys);
                exprs_field("values", n->values);
                break;
            }
            case ExprKind::Set:
                open("Set");
                exprs_field("elts", e->as<Set>()->elts);
                break;
            case ExprKind::ListComp: {
                auto* n = e->as<ListComp>();
                open("ListComp");
                expr_field("elt", n->elt);
                generators_field(n->generators);
                break;
            }
            case ExprKind::SetComp: {
                auto* n = e->as<SetComp>();
                open("SetComp");
                expr_field("elt", n->elt);
                generators_field(n->generators);
                break;
            }
            case ExprKind::DictComp: {
                auto* n = e->as<DictComp>();
                open("DictComp");
                expr_field("key", n->key);
                expr_field("value", n->value);
                generators_field(n->generators);
                break;
            }
            case ExprKind::GeneratorExp: {
                auto* n = e->as<GeneratorExp>();
                open("GeneratorExp");
                expr_field("elt", n->elt);
                generators_field(n->generators);
                break;
            }
            case ExprKind::Await:
                open("Await");
                expr_field("value", e->as<Await>()->value);
                break;
            case ExprKind::Yield:
                open("Yield");
                opt_expr_field("value", e->as<Yield>()->value);
                break;
            case ExprKind::YieldFrom:
                open("YieldFrom");
                expr_field("value", e->as<YieldFrom>()->value);
                break;
            case ExprKind::Compare: {
                auto* n = e->as<Compare>();
                open("Compare");
                expr_field("left", n->left);
                field("ops");
                list(n->ops, [&](CmpOpKind op) { out += cmpop_name(op); });
                exprs_field("comparators", n->comparators);
                break;
            }
            case ExprKind::Call: {
                auto* n = e->as<Call>();
                open("Call");
                expr_field("func", n->func);
                exprs_field("args", n->args);
                keywords_field(n->keywords);
                break;
            }
            case ExprKind::FormattedValue: {
                auto* n = e->as<FormattedValue>();
                open("FormattedValue");
                expr_field("value", n->value);
                int_field("conversion", n->conversion);
                opt_expr_field("format_spec", n->format_spec);
                break;
            }
            case ExprKind::JoinedStr:
                open("JoinedStr");
                exprs_field("values", e->as<JoinedStr>()->values);
                break;
            case ExprKind::Constant:
                constant(*e->as<Constant>());
                return;
            case ExprKind::Attribute: {
                auto* n = e->as<Attribute>();
                open("Attribute");
                expr_field("value", n->value);
                str_field("attr", n->attr);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::Subscript: {
                auto* n = e->as<Subscript>();
                open("Subscript");
                expr_field("value", n->value);
                expr_field("slice", n->slice);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::Starred: {
                auto* n = e->as<Starred>();
                open("Starred");
                expr_field("value", n->value);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::Name: {
                auto* n = e->as<Name>();
                open("Name");
                str_field("id", n->id);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::List: {
                auto* n = e->as<List>();
                open("List");
                exprs_field("elts", n->elts);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::Tuple: {
                auto* n = e->as<Tuple>();
                open("Tuple");
                exprs_field("elts", n->elts);
                ctx_field(n->ctx);
                break;
            }
            case ExprKind::Slice: {
                auto* n = e->as<Slice>();
                open("Slice");
                opt_expr_field("lower", n->lower);
                opt_expr_field("upper", n->upper);
                opt_expr_field("step", n->step);
                break;
            }
        }
        close(e->span);
    }

    // ------------------------------------------------------------ patterns

    void pattern(const Pattern& p) {
        switch (p.kind) {
            case PatternKind::MatchValue:
                open("MatchValue");
                expr_field("value", p.as<MatchValue>()->value);
                break;
            case PatternKind::MatchSingleton: {
                open("MatchSingleton");
                field("value");
                ConstKind v = p.as<MatchSingleton>()->value;
                out += v == ConstKind::None ? "None" : v == ConstKind::True ? "True" : "False";
                break;
            }
            case PatternKind::MatchSequence:
                open("MatchSequence");
                field("patterns");
                patterns(p.as<MatchSequence>()->patterns);
                break;
            case PatternKind::MatchMapping: {
                auto* n = p.as<MatchMapping>();
                open("MatchMapping");
                exprs_field("keys", n->keys);
                field("patterns");
                patterns(n->patterns);
                opt_str_field("rest", n->rest);
                break;
            }
            case PatternKind::MatchClass: {
                auto* n = p.as<MatchClass>();
                open("MatchClass");
                expr_field("cls", n->cls);
                field("patterns");
                patterns(n->patterns);
                names_field("kwd_attrs", n->kwd_attrs);
                field("kwd_patterns");
                patterns(n->kwd_patterns);
                break;
            }
            case PatternKind::MatchStar:
                open("MatchStar");
                opt_str_field("name", p.as<MatchStar>()->name);
                break;
            case PatternKind::MatchAs: {
                auto* n = p.as<MatchAs>();
                open("MatchAs");
                if (n->pattern) {
                    field("pattern");
                    pattern(*n->pattern);
                }
                opt_str_field("name", n->name);
                break;
            }
            case PatternKind::MatchOr:
                open("MatchOr");
                field("patterns");
                patterns(p.as<MatchOr>()->patterns);
                break;
        }
        close(p.span);
    }

    // ------------------------------------------------------------ statements

    void stmt(const Stmt& s) {
        switch (s.kind) {
            case StmtKind::FunctionDef: {
                auto* n = s.as<FunctionDef>();
                open(n->is_async ? "AsyncFunctionDef" : "FunctionDef");
                str_field("name", n->name);
                field("args");
                arguments(n->args);
                stmts_field("body", n->body);
                exprs_field("decorator_list", n->decorator_list);
                opt_expr_field("returns", n->returns);
                break;
            }
            case StmtKind::ClassDef: {
                auto* n = s.as<ClassDef>();
                open("ClassDef");
                str_field("name", n->name);
                exprs_field("bases", n->bases);
                keywords_field(n->keywords);
                stmts_field("body", n->body);
                exprs_field("decorator_list", n->decorator_list);
                break;
            }
            case StmtKind::Return:
                open("Return");
                opt_expr_field("value", s.as<Return>()->value);
                break;
            case StmtKind::Delete:
                open("Delete");
                exprs_field("targets", s.as<Delete>()->targets);
                break;
            case StmtKind::Assign: {
                auto* n = s.as<Assign>();
                open("Assign");
                exprs_field("targets", n->targets);
                expr_field("value", n->value);
                break;
            }
            case StmtKind::AugAssign: {
                auto* n = s.as<AugAssign>();
                open("AugAssign");
                expr_field("target", n->target);
                op_field("op", binop_name(n->op));
                expr_field("value", n->value);
                break;
            }
            case StmtKind::AnnAssign: {
                auto* n = s.as<AnnAssign>();
                open("AnnAssign");
                expr_field("target", n->target);
                expr_field("annotation", n->annotation);
                opt_expr_field("value", n->value);
                int_field("simple", n->simple ? 1 : 0);
                break;
            }
            case StmtKind::For: {
                auto* n = s.as<For>();
                open(n->is_async ? "AsyncFor" : "For");
                expr_field("target", n->target);
                expr_field("iter", n->iter);
                stmts_field("body", n->body);
                stmts_field("orelse", n->orelse);
                break;
            }
            case StmtKind::While: {
                auto* n = s.as<While>();
                open("While");
                expr_field("test", n->test);
                stmts_field("body", n->body);
                stmts_field("orelse", n->orelse);
                break;
            }
            case StmtKind::If: {
                auto* n = s.as<If>();
                open("If");
                expr_field("test", n->test);
                stmts_field("body", n->body);
                stmts_field("orelse", n->orelse);
                break;
            }
            case StmtKind::With: {
                auto* n = s.as<With>();
                open(n->is_async ? "AsyncWith" : "With");
                field("items");
                list(n->items, [&](const WithItem& w) {
                    open("withitem");
                    expr_field("context_expr", w.context_expr);
                    opt_expr_field("optional_vars", w.optional_vars);
                    close();
                });
                stmts_field("body", n->body);
                break;
            }
            case StmtKind::Match: {
                auto* n = s.as<Match>();
                open("Match");
                expr_field("subject", n->subject);
                field("cases");
                list(n->cases, [&](const MatchCase& c) {
                    open("match_case");
                    field("pattern");
                    pattern(*c.pattern);
                    opt_expr_field("guard", c.guard);
                    stmts_field("body", c.body);
                    close();
                });
                break;
            }
            case StmtKind::Raise: {
                auto* n = s.as<Raise>();
                open("Raise");
                opt_expr_field("exc", n->exc);
                opt_expr_field("cause", n->cause);
                break;
            }
            case StmtKind::Try: {
                auto* n = s.as<Try>();
                open(n->is_star ? "TryStar" : "Try");
                stmts_field("body", n->body);
                field("handlers");
                list(n->handlers, [&](const ExceptHandler& h) {
                    open("ExceptHandler");
                    opt_expr_field("type", h.type);
                    opt_str_field("name", h.name);
                    stmts_field("body", h.body);
                    close();
                });
                stmts_field("orelse", n->orelse);
                stmts_field("finalbody", n->finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto* n = s.as<Assert>();
                open("Assert");
                expr_field("test", n->test);
                opt_expr_field("msg", n->msg);
                break;
            }
            case StmtKind::Import:
                open("Import");
                aliases_field(s.as<Import>()->names);
                break;
            case StmtKind::ImportFrom: {
                auto* n = s.as<ImportFrom>();
                open("ImportFrom");
                opt_str_field("module", n->module);
                aliases_field(n->names);
                int_field("level", n->level);
                break;
            }
            case StmtKind::Global:
                open("Global");
                names_field("names", s.as<Global>()->names);
                break;
            case StmtKind::Nonlocal:
                open("Nonlocal");
                names_field("names", s.as<Nonlocal>()->names);
                break;
            case StmtKind::Expr:
                open("Expr");
                expr_field("value", s.as<ExprStmt>()->value);
                break;
            case StmtKind::Pass: open("Pass"); break;
            case StmtKind::Break: open("Break"); break;
            case StmtKind::Continue: open("Continue"); break;
        }
        close(s.span);
    }

    bool attributes_;
    std::vector<bool> first_;
};

}  // namespace

std::string float_repr(double value) { return format_repr(value, true); }

std::string str_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    for (size_t i = 0; i < s.size();) {
        char32_t c = util::decode_utf8(s, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            append_hex_escape(out, 'x', c, 2);
        } else if (c < 0x7f) {
            out += static_cast<char>(c);
        } else if (is_printable(c)) {
            util::append_utf8(out, c);
        } else if (c <= 0xff) {
            append_hex_escape(out, 'x', c, 2);
        } else if (c <= 0xffff) {
            append_hex_escape(out, 'u', c, 4);
        } else {
            append_hex_escape(out, 'U', c, 8);
        }
    }
    out += quote;
    return out;
}

std::string bytes_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            append_hex_escape(out, 'x', c, 2);
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

std::string dump(const Module& module, bool include_attributes) {
    Dumper d(include_attributes);
    d.module(module);
    return d.out;
}

}  // namespace ys::syntax
