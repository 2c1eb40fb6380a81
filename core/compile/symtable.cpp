// The two passes of the symbol table (see symtable.h), mirroring the checks and
// decisions of CPython's Python/symtable.c.
#include "compile/symtable.h"

#include <algorithm>
#include <set>

namespace ys::compile {

using namespace syntax::ast;

NameScope Scope::lookup(const std::string& name) const {
    auto it = resolved.find(name);
    if (it != resolved.end()) return it->second;
    return kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
}

std::vector<std::string> Scope::cellvars() const {
    std::vector<std::string> out;
    for (auto& [name, where] : resolved)
        if (where == NameScope::Cell) out.push_back(name);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> Scope::freevars() const {
    std::vector<std::string> out;
    for (auto& [name, where] : resolved)
        if (where == NameScope::Free) out.push_back(name);
    out.insert(out.end(), class_passthrough_free.begin(), class_passthrough_free.end());
    std::sort(out.begin(), out.end());
    return out;
}

Scope* SymbolTable::scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
}

namespace {

struct SymtableError {
    syntax::SyntaxErrorInfo info;
};

[[noreturn]] void fail(const Span& span, std::string message) {
    syntax::SyntaxErrorInfo info;
    info.message = std::move(message);
    info.line = span.line;
    info.col = span.col;
    info.end_line = span.end_line;
    info.end_col = span.end_col;
    throw SymtableError{std::move(info)};
}

}  // namespace

// Pass one: walks the tree, opening a Scope for each block.
class SymtableBuilder {
public:
    explicit SymtableBuilder(SymbolTable& table) : table_(table) {}

    void build(const Module& module) {
        table_.root_ = std::make_unique<Scope>();
        current_ = table_.root_.get();
        current_->kind = ScopeKind::Module;
        current_->name = "<module>";
        // __future__ imports come first, after the docstring.
        for (size_t i = 0; i < module.body.size(); ++i) {
            const Stmt& s = *module.body[i];
            if (i == 0 && s.kind == StmtKind::Expr) {
                auto* c = static_cast<const ExprStmt&>(s).value->as<Constant>();
                if (c && c->value_kind == ConstKind::Str) continue;
            }
            auto* from = s.as<ImportFrom>();
            if (!from || from->module != "__future__") break;
            for (auto& alias : from->names)
                if (alias.name == "annotations") table_.future_annotations_ = true;
        }
        for (auto& s : module.body) visit_stmt(*s);
        analyze(*table_.root_, {}, {});
    }

private:
    SymbolTable& table_;
    Scope* current_ = nullptr;

    // ------------------------------------------------------------ recording

    void add(const std::string& raw_name, uint32_t flag, const Span& span) {
        std::string name = mangle(current_->private_name, raw_name);
        auto [it, inserted] = current_->flags.try_emplace(name, 0);
        if (inserted) current_->symbol_order.push_back(name);
        if ((flag & kSymParam) && (it->second & kSymParam)) fail(span, "duplicate argument '" + name + "' in function definition");
        it->second |= flag;
    }

    Scope* open(ScopeKind kind, std::string name, const void* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->parent = current_;
        scope->qualname = qualname_for(*scope);
        scope->private_name = kind == ScopeKind::Class ? scope->name : current_->private_name;
        Scope* raw = scope.get();
        current_->children.push_back(std::move(scope));
        table_.by_node_[node] = raw;
        current_ = raw;
        return raw;
    }

    void close() { current_ = current_->parent; }

    // CPython's __qualname__: "outer.<locals>.inner" for functions nested in
    // functions, "Class.method" for methods, the bare name at module level.
    std::string qualname_for(const Scope& s) const {
        const Scope* p = current_;
        if (p->kind == ScopeKind::Module) return s.name;
        if (p->kind == ScopeKind::Class) return p->qualname + "." + s.name;
        return p->qualname + ".<locals>." + s.name;
    }

    // ------------------------------------------------------------ statements

    void visit_body(const StmtList& body) {
        for (auto& s : body) visit_stmt(*s);
    }

    void visit_arguments_defaults(const Arguments& a) {
        for (auto& d : a.defaults) visit_expr(*d);
        for (auto& d : a.kw_defaults)
            if (d) visit_expr(*d);
    }

    void visit_annotations(const Arguments& a) {
        auto each = [&](const Arg& arg) {
            if (arg.annotation) visit_expr(*arg.annotation);
        };
        for (auto& x : a.posonlyargs) each(x);
        for (auto& x : a.args) each(x);
        if (a.vararg) each(*a.vararg);
        for (auto& x : a.kwonlyargs) each(x);
        if (a.kwarg) each(*a.kwarg);
    }

    void add_params(const Arguments& a) {
        for (auto& x : a.posonlyargs) add_param(x);
        for (auto& x : a.args) add_param(x);
        for (auto& x : a.kwonlyargs) add_param(x);
        if (a.vararg) {
            add_param(*a.vararg);
            current_->has_varargs = true;
        }
        if (a.kwarg) {
            add_param(*a.kwarg);
            current_->has_varkeywords = true;
        }
    }

    void add_param(const Arg& arg) {
        add(arg.name, kSymParam | kSymAssigned, arg.span);
        current_->params.push_back(mangle(current_->private_name, arg.name));
    }

    void visit_stmt(const Stmt& s) {
        switch (s.kind) {
        case StmtKind::FunctionDef: {
            auto& f = static_cast<const FunctionDef&>(s);
            for (auto& d : f.decorator_list) visit_expr(*d);
            visit_arguments_defaults(f.args);
            visit_annotations(f.args);
            if (f.returns) visit_expr(*f.returns);
            add(f.name, kSymAssigned, f.name_span);
            Scope* scope = open(ScopeKind::Function, f.name, &f);
            scope->is_coroutine = f.is_async;
            add_params(f.args);
            visit_body(f.body);
            if (scope->is_coroutine && scope->is_generator && scope->returns_value)
                fail(return_span_, "'return' with value in async generator");
            close();
            break;
        }
        case StmtKind::ClassDef: {
            auto& c = static_cast<const ClassDef&>(s);
            for (auto& d : c.decorator_list) visit_expr(*d);
            for (auto& b : c.bases) visit_expr(*b);
            for (auto& k : c.keywords) visit_expr(*k.value);
            add(c.name, kSymAssigned, c.name_span);
            open(ScopeKind::Class, c.name, &c);
            visit_body(c.body);
            close();
            break;
        }
        case StmtKind::Return: {
            auto& r = static_cast<const Return&>(s);
            if (!current_->is_function_like() || current_->kind == ScopeKind::Comprehension)
                fail(s.span, "'return' outside function");
            if (r.value) {
                current_->returns_value = true;
                if (current_->is_coroutine && current_->is_generator) fail(s.span, "'return' with value in async generator");
                return_span_ = s.span;
                visit_expr(*r.value);
            }
            break;
        }
        case StmtKind::Delete:
            for (auto& t : static_cast<const Delete&>(s).targets) visit_expr(*t);
            break;
        case StmtKind::Assign: {
            auto& a = static_cast<const Assign&>(s);
            visit_expr(*a.value);
            for (auto& t : a.targets) visit_expr(*t);
            break;
        }
        case StmtKind::AugAssign: {
            auto& a = static_cast<const AugAssign&>(s);
            visit_expr(*a.target);
            visit_expr(*a.value);
            if (auto* n = a.target->as<Name>()) add(n->id, kSymUsed, n->span);
            break;
        }
        case StmtKind::AnnAssign: {
            auto& a = static_cast<const AnnAssign&>(s);
            if (auto* n = a.target->as<Name>(); n && a.simple) add(n->id, kSymAnnotated, n->span);
            visit_expr(*a.target);
            visit_expr(*a.annotation);
            if (a.value) visit_expr(*a.value);
            break;
        }
        case StmtKind::For: {
            auto& f = static_cast<const For&>(s);
            if (f.is_async) require_async(s.span, "'async for' outside async function");
            visit_expr(*f.target);
            visit_expr(*f.iter);
            visit_body(f.body);
            visit_body(f.orelse);
            break;
        }
        case StmtKind::While: {
            auto& w = static_cast<const While&>(s);
            visit_expr(*w.test);
            visit_body(w.body);
            visit_body(w.orelse);
            break;
        }
        case StmtKind::If: {
            auto& i = static_cast<const If&>(s);
            visit_expr(*i.test);
            visit_body(i.body);
            visit_body(i.orelse);
            break;
        }
        case StmtKind::With: {
            auto& w = static_cast<const With&>(s);
            if (w.is_async) require_async(s.span, "'async with' outside async function");
            for (auto& item : w.items) {
                visit_expr(*item.context_expr);
                if (item.optional_vars) visit_expr(*item.optional_vars);
            }
            visit_body(w.body);
            break;
        }
        case StmtKind::Match: {
            auto& m = static_cast<const Match&>(s);
            visit_expr(*m.subject);
            for (auto& c : m.cases) {
                visit_pattern(*c.pattern);
                if (c.guard) visit_expr(*c.guard);
                visit_body(c.body);
            }
            break;
        }
        case StmtKind::Raise: {
            auto& r = static_cast<const Raise&>(s);
            if (r.exc) visit_expr(*r.exc);
            if (r.cause) visit_expr(*r.cause);
            break;
        }
        case StmtKind::Try: {
            auto& t = static_cast<const Try&>(s);
            visit_body(t.body);
            for (auto& h : t.handlers) {
                if (h.type) visit_expr(*h.type);
                if (!h.name.empty()) add(h.name, kSymAssigned, h.span);
                visit_body(h.body);
            }
            visit_body(t.orelse);
            visit_body(t.finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto& a = static_cast<const Assert&>(s);
            visit_expr(*a.test);
            if (a.msg) visit_expr(*a.msg);
            break;
        }
        case StmtKind::Import:
            for (auto& alias : static_cast<const Import&>(s).names) {
                std::string bound = alias.asname.empty() ? alias.name.substr(0, alias.name.find('.')) : alias.asname;
                add(bound, kSymAssigned, alias.span);
            }
            break;
        case StmtKind::ImportFrom:
            for (auto& alias : static_cast<const ImportFrom&>(s).names) {
                if (alias.name == "*") {
                    if (current_->kind != ScopeKind::Module) fail(s.span, "import * only allowed at module level");
                    continue;
                }
                add(alias.asname.empty() ? alias.name : alias.asname, kSymAssigned, alias.span);
            }
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            bool is_global = s.kind == StmtKind::Global;
            const auto& names = is_global ? static_cast<const Global&>(s).names : static_cast<const Nonlocal&>(s).names;
            if (!is_global && current_->kind == ScopeKind::Module) fail(s.span, "nonlocal declaration not allowed at module level");
            const char* what = is_global ? "global" : "nonlocal";
            for (auto& raw_name : names) {
                std::string name = mangle(current_->private_name, raw_name);
                auto it = current_->flags.find(name);
                uint32_t prior = it == current_->flags.end() ? 0 : it->second;
                if (prior & kSymParam) fail(s.span, "name '" + name + "' is parameter and " + what);
                if (prior & (is_global ? kSymNonlocal : kSymGlobal))
                    fail(s.span, "name '" + name + "' is nonlocal and global");
                if (prior & kSymAssigned) fail(s.span, "name '" + name + "' is assigned to before " + what + " declaration");
                if (prior & kSymUsed) fail(s.span, "name '" + name + "' is used prior to " + what + " declaration");
                if (prior & kSymAnnotated) fail(s.span, "annotated name '" + name + "' can't be " + what);
                add(raw_name, is_global ? kSymGlobal : kSymNonlocal, s.span);
                if (!is_global) current_->nonlocal_spans[name] = s.span;
            }
            break;
        }
        case StmtKind::Expr:
            visit_expr(*static_cast<const ExprStmt&>(s).value);
            break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        }
    }

    void require_async(const Span& span, const char* message) {
        if (current_->kind == ScopeKind::Function && current_->is_coroutine) return;
        if (current_->kind == ScopeKind::Comprehension) return;  // decided with the comprehension
        fail(span, message);
    }

    // ------------------------------------------------------------ patterns

    void visit_pattern(const Pattern& p) {
        switch (p.kind) {
        case PatternKind::MatchValue:
            visit_expr(*static_cast<const MatchValue&>(p).value);
            break;
        case PatternKind::MatchSingleton:
            break;
        case PatternKind::MatchSequence:
            for (auto& x : static_cast<const MatchSequence&>(p).patterns) visit_pattern(*x);
            break;
        case PatternKind::MatchMapping: {
            auto& m = static_cast<const MatchMapping&>(p);
            for (auto& k : m.keys) visit_expr(*k);
            for (auto& x : m.patterns) visit_pattern(*x);
            if (!m.rest.empty()) add(m.rest, kSymAssigned, p.span);
            break;
        }
        case PatternKind::MatchClass: {
            auto& c = static_cast<const MatchClass&>(p);
            visit_expr(*c.cls);
            for (auto& x : c.patterns) visit_pattern(*x);
            for (auto& x : c.kwd_patterns) visit_pattern(*x);
            break;
        }
        case PatternKind::MatchStar: {
            auto& m = static_cast<const MatchStar&>(p);
            if (!m.name.empty()) add(m.name, kSymAssigned, p.span);
            break;
        }
        case PatternKind::MatchAs: {
            auto& m = static_cast<const MatchAs&>(p);
            if (m.pattern) visit_pattern(*m.pattern);
            if (!m.name.empty()) add(m.name, kSymAssigned, p.span);
            break;
        }
        case PatternKind::MatchOr:
            for (auto& x : static_cast<const MatchOr&>(p).patterns) visit_pattern(*x);
            break;
        }
    }

    // ------------------------------------------------------------ expressions

    void visit_exprs(const ExprList& list) {
        for (auto& e : list)
            if (e) visit_expr(*e);
    }

    void visit_expr(const Expr& e) {
        switch (e.kind) {
        case ExprKind::BoolOp:
            visit_exprs(static_cast<const BoolOp&>(e).values);
            break;
        case ExprKind::NamedExpr: {
            auto& n = static_cast<const NamedExpr&>(e);
            visit_expr(*n.value);
            bind_walrus_target(*n.target->as<Name>());
            break;
        }
        case ExprKind::BinOp: {
            auto& b = static_cast<const BinOp&>(e);
            visit_expr(*b.left);
            visit_expr(*b.right);
            break;
        }
        case ExprKind::UnaryOp:
            visit_expr(*static_cast<const UnaryOp&>(e).operand);
            break;
        case ExprKind::Lambda: {
            auto& l = static_cast<const Lambda&>(e);
            visit_arguments_defaults(l.args);
            open(ScopeKind::Lambda, "<lambda>", &l);
            add_params(l.args);
            visit_expr(*l.body);
            close();
            break;
        }
        case ExprKind::IfExp: {
            auto& i = static_cast<const IfExp&>(e);
            visit_expr(*i.test);
            visit_expr(*i.body);
            visit_expr(*i.orelse);
            break;
        }
        case ExprKind::Dict: {
            auto& d = static_cast<const Dict&>(e);
            visit_exprs(d.keys);
            visit_exprs(d.values);
            break;
        }
        case ExprKind::Set:
            visit_exprs(static_cast<const Set&>(e).elts);
            break;
        case ExprKind::ListComp: {
            auto& c = static_cast<const ListComp&>(e);
            visit_comprehension(e, "<listcomp>", c.generators, c.elt.get(), nullptr, false);
            break;
        }
        case ExprKind::SetComp: {
            auto& c = static_cast<const SetComp&>(e);
            visit_comprehension(e, "<setcomp>", c.generators, c.elt.get(), nullptr, false);
            break;
        }
        case ExprKind::DictComp: {
            auto& c = static_cast<const DictComp&>(e);
            visit_comprehension(e, "<dictcomp>", c.generators, c.key.get(), c.value.get(), false);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto& c = static_cast<const GeneratorExp&>(e);
            visit_comprehension(e, "<genexpr>", c.generators, c.elt.get(), nullptr, true);
            break;
        }
        case ExprKind::Await:
            check_await(e.span);
            visit_expr(*static_cast<const Await&>(e).value);
            break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            check_yield(e);
            const ExprPtr& value = e.kind == ExprKind::Yield ? static_cast<const Yield&>(e).value
                                                             : static_cast<const YieldFrom&>(e).value;
            if (value) visit_expr(*value);
            break;
        }
        case ExprKind::Compare: {
            auto& c = static_cast<const Compare&>(e);
            visit_expr(*c.left);
            visit_exprs(c.comparators);
            break;
        }
        case ExprKind::Call: {
            auto& c = static_cast<const Call&>(e);
            visit_expr(*c.func);
            visit_exprs(c.args);
            for (auto& k : c.keywords) visit_expr(*k.value);
            break;
        }
        case ExprKind::FormattedValue: {
            auto& f = static_cast<const FormattedValue&>(e);
            visit_expr(*f.value);
            if (f.format_spec) visit_expr(*f.format_spec);
            break;
        }
        case ExprKind::JoinedStr:
            visit_exprs(static_cast<const JoinedStr&>(e).values);
            break;
        case ExprKind::Constant:
            break;
        case ExprKind::Attribute:
            visit_expr(*static_cast<const Attribute&>(e).value);
            break;
        case ExprKind::Subscript: {
            auto& s = static_cast<const Subscript&>(e);
            visit_expr(*s.value);
            visit_expr(*s.slice);
            break;
        }
        case ExprKind::Starred:
            visit_expr(*static_cast<const Starred&>(e).value);
            break;
        case ExprKind::Name: {
            auto& n = static_cast<const Name&>(e);
            uint32_t flag = n.ctx == Ctx::Load ? kSymUsed : kSymAssigned;
            if (in_comprehension_target_ && n.ctx == Ctx::Store) flag |= kSymIterTarget;
            add(n.id, flag, n.span);
            // A method that calls super() reads the implicit __class__ cell.
            if (n.ctx == Ctx::Load && n.id == "super" && current_->is_function_like())
                add("__class__", kSymUsed, n.span);
            break;
        }
        case ExprKind::List:
            visit_exprs(static_cast<const List&>(e).elts);
            break;
        case ExprKind::Tuple:
            visit_exprs(static_cast<const Tuple&>(e).elts);
            break;
        case ExprKind::Slice: {
            auto& s = static_cast<const Slice&>(e);
            if (s.lower) visit_expr(*s.lower);
            if (s.upper) visit_expr(*s.upper);
            if (s.step) visit_expr(*s.step);
            break;
        }
        }
    }

    void visit_comprehension(const Expr& node, const char* name, const std::vector<Comprehension>& gens,
                             const Expr* elt, const Expr* value, bool is_genexp) {
        // The outermost iterable is evaluated in the enclosing scope.
        visit_expr(*gens[0].iter);
        Scope* enclosing = current_;
        Scope* scope = open(ScopeKind::Comprehension, name, &node);
        scope->is_generator = is_genexp;
        add(".0", kSymParam | kSymAssigned, node.span);
        scope->params.push_back(".0");
        bool any_async = false;
        for (size_t i = 0; i < gens.size(); ++i) {
            const auto& g = gens[i];
            any_async |= g.is_async;
            in_comprehension_target_ = true;
            visit_expr(*g.target);
            in_comprehension_target_ = false;
            if (i > 0) visit_expr(*g.iter);
            for (auto& cond : g.ifs) visit_expr(*cond);
        }
        if (elt) visit_expr(*elt);
        if (value) visit_expr(*value);
        if (any_async || scope->is_coroutine) {
            scope->is_coroutine = true;
            bool enclosing_async = enclosing->kind == ScopeKind::Function && enclosing->is_coroutine;
            bool enclosing_async_comp = enclosing->kind == ScopeKind::Comprehension && enclosing->is_coroutine;
            if (!is_genexp && !enclosing_async && !enclosing_async_comp)
                fail(node.span, "asynchronous comprehension outside of an asynchronous function");
            if (!is_genexp) enclosing->is_coroutine = enclosing->is_coroutine || enclosing->kind == ScopeKind::Comprehension;
        }
        close();
    }

    // PEP 572: a walrus inside a comprehension binds in the enclosing function.
    void bind_walrus_target(const Name& target) {
        if (current_->kind != ScopeKind::Comprehension) {
            add(target.id, kSymAssigned, target.span);
            return;
        }
        Scope* comp = current_;
        if (comp->flags.count(target.id) && (comp->flags[target.id] & kSymIterTarget))
            fail(target.span, "assignment expression cannot rebind comprehension iteration variable '" + target.id + "'");
        Scope* owner = comp;
        while (owner->kind == ScopeKind::Comprehension) owner = owner->parent;
        if (owner->kind == ScopeKind::Class)
            fail(target.span, "assignment expression within a comprehension cannot be used in a class body");
        for (Scope* s = comp; s != owner; s = s->parent) {
            current_ = s;
            add(target.id, owner->kind == ScopeKind::Module ? kSymGlobal : kSymNonlocal, target.span);
        }
        current_ = owner;
        add(target.id, kSymAssigned, target.span);
        current_ = comp;
    }

    void check_yield(const Expr& e) {
        const char* what = e.kind == ExprKind::Yield ? "'yield'" : "'yield from'";
        switch (current_->kind) {
        case ScopeKind::Module:
        case ScopeKind::Class:
            fail(e.span, std::string(what) + " outside function");
        case ScopeKind::Comprehension: {
            const std::string& n = current_->name;
            std::string kind = n == "<listcomp>" ? "list comprehension"
                               : n == "<setcomp>" ? "set comprehension"
                               : n == "<dictcomp>" ? "dict comprehension"
                                                   : "generator expression";
            fail(e.span, std::string("'yield' inside ") + kind);
        }
        default:
            break;
        }
        if (e.kind == ExprKind::YieldFrom && current_->is_coroutine) fail(e.span, "'yield from' inside async function");
        current_->is_generator = true;
        if (current_->is_coroutine && current_->returns_value) fail(return_span_, "'return' with value in async generator");
    }

    void check_await(const Span& span) {
        Scope* s = current_;
        if (s->kind == ScopeKind::Comprehension) {
            // Allowed when the comprehension sits in async code; makes it a coroutine.
            Scope* owner = s;
            while (owner->kind == ScopeKind::Comprehension) owner = owner->parent;
            if (owner->kind == ScopeKind::Function && owner->is_coroutine) {
                s->is_coroutine = true;
                return;
            }
            if (s->name == "<genexpr>") {
                s->is_coroutine = true;
                return;
            }
            fail(span, "asynchronous comprehension outside of an asynchronous function");
        }
        if (s->kind == ScopeKind::Function && s->is_coroutine) return;
        if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) fail(span, "'await' outside function");
        fail(span, "'await' outside async function");
    }

    // ------------------------------------------------------------ pass two

    // Resolves every name of `s`, given the names bound in enclosing function
    // scopes (`visible`), then marks captured locals as cells.
    void analyze(Scope& s, const std::set<std::string>& visible, const std::set<std::string>& enclosing_globals) {
        std::set<std::string> child_visible = visible;
        std::set<std::string> child_globals = enclosing_globals;
        for (auto& name : s.symbol_order) {
            uint32_t f = s.flags[name];
            NameScope where;
            if (f & kSymGlobal) {
                where = NameScope::GlobalExplicit;
            } else if (f & kSymNonlocal) {
                if (!visible.count(name)) fail(s.nonlocal_spans[name], "no binding for nonlocal '" + name + "' found");
                where = NameScope::Free;
            } else if (s.kind == ScopeKind::Module) {
                where = NameScope::GlobalImplicit;
            } else if (f & (kSymAssigned | kSymParam)) {
                where = NameScope::Local;
            } else if (name == "__class__" && s.is_function_like()) {
                where = has_enclosing_class(s) ? NameScope::Free : NameScope::GlobalImplicit;
            } else if (visible.count(name)) {
                where = NameScope::Free;
            } else {
                where = enclosing_globals.count(name) ? NameScope::GlobalExplicit : NameScope::GlobalImplicit;
            }
            s.resolved[name] = where;
            if (s.is_function_like()) {
                if (where == NameScope::Local) {
                    child_visible.insert(name);
                    child_globals.erase(name);
                } else if (where == NameScope::GlobalExplicit) {
                    child_visible.erase(name);
                    child_globals.insert(name);
                }
            }
        }
        if (s.kind == ScopeKind::Module) child_visible.clear();
        for (auto& child : s.children) {
            analyze(*child, child_visible, s.kind == ScopeKind::Module ? std::set<std::string>{} : child_globals);
            for (auto& name : child->freevars()) {
                auto it = s.resolved.find(name);
                if (s.kind == ScopeKind::Class && name == "__class__") {
                    s.needs_class_cell = true;
                    continue;
                }
                if (it != s.resolved.end() && it->second == NameScope::Local && s.is_function_like()) {
                    it->second = NameScope::Cell;
                } else if (it == s.resolved.end() || it->second == NameScope::GlobalImplicit ||
                           (s.kind == ScopeKind::Class && it->second == NameScope::Local)) {
                    // Passes through this scope on its way to the inner one.
                    if (s.kind == ScopeKind::Class && it != s.resolved.end() && it->second == NameScope::Local) {
                        s.class_passthrough_free.insert(name);
                        continue;
                    }
                    s.resolved[name] = NameScope::Free;
                }
            }
        }
    }

    static bool has_enclosing_class(const Scope& s) {
        for (const Scope* p = s.parent; p; p = p->parent)
            if (p->kind == ScopeKind::Class) return true;
        return false;
    }

    bool in_comprehension_target_ = false;
    Span return_span_;
};

std::string mangle(const std::string& private_name, const std::string& name) {
    if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    if (name.compare(name.size() - 2, 2, "__") == 0) return name;
    if (name.find('.') != std::string::npos) return name;
    size_t skip = private_name.find_first_not_of('_');
    if (skip == std::string::npos) return name;
    return "_" + private_name.substr(skip) + name;
}

std::variant<std::unique_ptr<SymbolTable>, syntax::SyntaxErrorInfo> SymbolTable::build(const Module& module) {
    auto table = std::make_unique<SymbolTable>();
    try {
        SymtableBuilder(*table).build(module);
    } catch (SymtableError& e) {
        return std::move(e.info);
    }
    return table;
}

}  // namespace ys::compile
