// Assignment targets: the "ASSIGNMENT TARGETS" rules of CPython 3.11's
// Grammar/python.gram, plus _PyPegen_get_invalid_target, _PyPegen_get_expr_name
// and _PyPegen_set_expr_context from Parser/action_helpers.c and pegen.c.
#include "syntax/parser_impl.h"

namespace ys::syntax::detail {

using namespace ast;

// star_targets: star_target (',' star_target)* [','], a Tuple if there is a comma.
ExprPtr Parser::star_targets() {
    const Token& start = peek();
    ExprPtr first = star_target();
    if (!at(TokenKind::Comma)) return first;
    auto t = make<Tuple>(start.span);
    t->ctx = Ctx::Store;
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!at(TokenKind::Star) && !at_expression_start()) break;
        t->elts.push_back(star_target());
    }
    t->span = span_from(start);
    return t;
}

// One target: parsed as an expression of `|` precedence (which covers
// names, attributes, subscripts and bracketed target lists), then checked.
ExprPtr Parser::star_target() {
    if (at(TokenKind::Star)) {
        const Token& star = advance();
        if (at(TokenKind::Star)) fail();
        auto s = make<Starred>(star.span);
        s->value = star_target();
        s->ctx = Ctx::Store;
        s->span = span_from(star);
        return s;
    }
    ExprPtr e = bitwise_or();
    if (invalid_target(e.get(), TargetsType::Star)) fail();
    set_context(*e, Ctx::Store);
    return e;
}

const Expr* Parser::invalid_target(const Expr* e, TargetsType type) {
    if (!e) return nullptr;
    switch (e->kind) {
        case ExprKind::List:
            for (const auto& elt : e->as<List>()->elts)
                if (const Expr* bad = invalid_target(elt.get(), type)) return bad;
            return nullptr;
        case ExprKind::Tuple:
            for (const auto& elt : e->as<Tuple>()->elts)
                if (const Expr* bad = invalid_target(elt.get(), type)) return bad;
            return nullptr;
        case ExprKind::Starred:
            if (type == TargetsType::Del) return e;
            return invalid_target(e->as<Starred>()->value.get(), type);
        case ExprKind::Compare:
            // `for a in b` parsed as an expression is a comparison whose left
            // side holds the target.
            if (type == TargetsType::For) {
                const Compare* c = e->as<Compare>();
                if (c->ops[0] == CmpOpKind::In) return invalid_target(c->left.get(), type);
                return nullptr;
            }
            return e;
        case ExprKind::Name:
        case ExprKind::Subscript:
        case ExprKind::Attribute:
            return nullptr;
        default:
            return e;
    }
}

void Parser::set_context(Expr& e, Ctx ctx) {
    switch (e.kind) {
        case ExprKind::Name: e.as<Name>()->ctx = ctx; break;
        case ExprKind::Attribute: e.as<Attribute>()->ctx = ctx; break;
        case ExprKind::Subscript: e.as<Subscript>()->ctx = ctx; break;
        case ExprKind::Starred: {
            Starred* s = e.as<Starred>();
            s->ctx = ctx;
            set_context(*s->value, ctx);
            break;
        }
        case ExprKind::List: {
            List* l = e.as<List>();
            l->ctx = ctx;
            for (auto& elt : l->elts) set_context(*elt, ctx);
            break;
        }
        case ExprKind::Tuple: {
            Tuple* t = e.as<Tuple>();
            t->ctx = ctx;
            for (auto& elt : t->elts) set_context(*elt, ctx);
            break;
        }
        default: break;
    }
}

void Parser::raise_invalid_target(TargetsType type, const Expr& e) {
    if (const Expr* bad = invalid_target(&e, type)) {
        std::string message = type == TargetsType::Del ? "cannot delete " : "cannot assign to ";
        raise_at(bad->span, message + expr_name(*bad));
    }
    fail();  // CPython's rule yields nothing: the generic error stands
}

const char* Parser::expr_name(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp:
        case ExprKind::BinOp:
        case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield:
        case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr:
        case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant:
            switch (e.as<Constant>()->value_kind) {
                case ConstKind::None: return "None";
                case ConstKind::False: return "False";
                case ConstKind::True: return "True";
                case ConstKind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
    }
    return "expression";
}

}  // namespace ys::syntax::detail
