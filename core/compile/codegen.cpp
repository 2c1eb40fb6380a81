// The code generator (see codegen.h). One CodeGen per code unit; nested
// functions get their own CodeGen and become constants of the outer unit, as
// in CPython's compiler_function / compiler_make_closure.
#include "compile/codegen.h"

#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "compile/assembler.h"
#include "compile/symtable.h"
#include "syntax/ast_unparse.h"
#include "syntax/parser.h"

namespace ys::compile {

using namespace syntax::ast;

namespace {

// Thrown to abandon compilation at the first error; caught in compile_module.
struct CompileError {
    syntax::SyntaxErrorInfo info;
};

[[noreturn]] void fail(const Span& span, std::string message) {
    syntax::SyntaxErrorInfo info;
    info.message = std::move(message);
    info.line = span.line;
    info.col = span.col;
    info.end_line = span.end_line;
    info.end_col = span.end_col;
    throw CompileError{std::move(info)};
}

// Constructs the language core does not compile yet are reported as clear
// compile errors naming the construct, never silently mis-compiled.
[[noreturn]] void unsupported(const Span& span, const std::string& what) {
    fail(span, "yieldscope does not support " + what + " yet");
}

uint32_t binary_oparg(BinOpKind op) {
    // CPython's NB_* numbering (see objects/type.h BinaryOp).
    switch (op) {
    case BinOpKind::Add: return 0;
    case BinOpKind::BitAnd: return 1;
    case BinOpKind::FloorDiv: return 2;
    case BinOpKind::LShift: return 3;
    case BinOpKind::MatMult: return 4;
    case BinOpKind::Mult: return 5;
    case BinOpKind::Mod: return 6;
    case BinOpKind::BitOr: return 7;
    case BinOpKind::Pow: return 8;
    case BinOpKind::RShift: return 9;
    case BinOpKind::Sub: return 10;
    case BinOpKind::Div: return 11;
    case BinOpKind::BitXor: return 12;
    }
    return 0;
}
constexpr uint32_t kInplaceOffset = 13;

// What an early exit (return, break, continue) must undo on its way out, as
// CPython's compiler fblocks: pop a loop's iterator, leave a try block, end an
// exception handler, run a finally body. Nothing may leave the handlers of a
// try/except* early (ExceptStar, CPython's EXCEPTION_GROUP_HANDLER).
enum class BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, ExceptStar };

struct FBlock {
    BlockKind kind;
    Assembler::Label continue_target = 0;  // loops
    Assembler::Label break_target = 0;     // loops
    const StmtList* finalbody = nullptr;   // FinallyTry
    std::string handler_name{};            // HandlerCleanup: the `as` name to clear
    bool has_handler = false;              // the block pushed an assembler handler
    bool is_async = false;                 // With: `async with`
};

class CodeGen {
public:
    CodeGen(Scope* scope, std::string_view filename, const SymbolTable& table)
        : scope_(scope), table_(table), future_annotations_(table.future_annotations()) {
        unit_ = std::make_shared<CodeUnit>();
        unit_->filename = std::string(filename);
        unit_->name = scope->name;
        unit_->qualname = scope->kind == ScopeKind::Module ? "<module>" : scope->qualname;
        unit_->cellvars = scope->cellvars();
        if (scope->kind == ScopeKind::Class && scope->needs_class_cell) unit_->cellvars.push_back("__class__");
        unit_->freevars = scope->freevars();
    }

    std::shared_ptr<CodeUnit> lambda(const Lambda& l) {
        unit_->firstlineno = l.span.line;
        set_arguments(l.args);
        generator_flags();
        auto guard = prologue(l.span);
        expr(*l.body);
        emit(Op::RETURN_VALUE, 0, l.body->span);
        end_generator_guard(guard, l.span);
        asm_.finish(*unit_);
        return unit_;
    }

    // A comprehension is a function of one argument, the outermost iterator
    // (CPython 3.11's layout; 3.12 inlines list comprehensions).
    std::shared_ptr<CodeUnit> comprehension(const Expr& node, const std::vector<Comprehension>& gens, const Expr* elt,
                                            const Expr* value) {
        unit_->firstlineno = node.span.line;
        unit_->varnames.push_back(".0");
        unit_->argcount = 1;
        unit_->flags = kCoOptimized | kCoNewLocals | kCoNoFree | kCoNested;
        for (auto& name : scope_->symbol_order)
            if (scope_->lookup(name) == NameScope::Local) local_index(name);
        unit_->layout_localsplus();
        bool genexp = node.kind == ExprKind::GeneratorExp;
        generator_flags();
        auto guard = prologue(node.span);
        if (!genexp) {
            Op build = node.kind == ExprKind::ListComp   ? Op::BUILD_LIST
                       : node.kind == ExprKind::DictComp ? Op::BUILD_MAP
                                                         : Op::BUILD_SET;
            emit(build, 0, node.span);
        }
        comprehension_loop(node, gens, 0, elt, value);
        if (genexp) {
            emit(Op::RETURN_CONST, const_index(ConstNone{}), node.span);
        } else {
            emit(Op::RETURN_VALUE, 0, node.span);
        }
        end_generator_guard(guard, node.span);
        asm_.finish(*unit_);
        return unit_;
    }

    std::shared_ptr<CodeUnit> class_body(const ClassDef& c) {
        unit_->firstlineno = c.span.line;
        unit_->layout_localsplus();
        prologue(c.span);
        emit(Op::LOAD_NAME, name_index("__name__"), c.span);
        emit(Op::STORE_NAME, name_index("__module__"), c.span);
        emit(Op::LOAD_CONST, const_index(ConstStr{scope_->qualname}), c.span);
        emit(Op::STORE_NAME, name_index("__qualname__"), c.span);
        if (has_annotations(c.body)) emit(Op::SETUP_ANNOTATIONS, 0, c.span);
        if (auto doc = docstring_of(c.body)) {
            emit(Op::LOAD_CONST, const_index(ConstStr{*doc}), c.body.front()->span);
            emit(Op::STORE_NAME, name_index("__doc__"), c.body.front()->span);
        }
        for (auto& s : c.body) stmt(*s);
        if (scope_->needs_class_cell) {
            // The body returns the __class__ cell, which __build_class__ fills with the new class.
            emit(Op::LOAD_CLOSURE, unit_->deref_slot("__class__"), last_span_);
            emit(Op::COPY, 1, last_span_);
            emit(Op::STORE_NAME, name_index("__classcell__"), last_span_);
            emit(Op::RETURN_VALUE, 0, last_span_);
        } else {
            emit(Op::RETURN_CONST, const_index(ConstNone{}), last_span_);
        }
        asm_.finish(*unit_);
        return unit_;
    }

    std::shared_ptr<CodeUnit> module(const Module& m) {
        unit_->firstlineno = 1;
        unit_->layout_localsplus();
        emit(Op::RESUME, 0, Span{1, 0, 1, 0});
        if (has_annotations(m.body)) emit(Op::SETUP_ANNOTATIONS, 0, m.body.front()->span);
        if (auto doc = docstring_of(m.body)) {
            emit(Op::LOAD_CONST, const_index(ConstStr{*doc}), m.body.front()->span);
            emit(Op::STORE_NAME, name_index("__doc__"), m.body.front()->span);
        }
        for (auto& s : m.body) stmt(*s);
        Span end = last_span_;
        emit(Op::RETURN_CONST, const_index(ConstNone{}), end);
        asm_.finish(*unit_);
        return unit_;
    }

    // eval() code: the value of one expression.
    std::shared_ptr<CodeUnit> expression(const Expr& e) {
        unit_->firstlineno = 1;
        unit_->layout_localsplus();
        emit(Op::RESUME, 0, Span{1, 0, 1, 0});
        expr(e);
        emit(Op::RETURN_VALUE, 0, e.span);
        asm_.finish(*unit_);
        return unit_;
    }

    std::shared_ptr<CodeUnit> function(const FunctionDef& f) {
        unit_->firstlineno = f.span.line;
        set_arguments(f.args);
        generator_flags();
        unit_->docstring = docstring_of(f.body);
        auto guard = prologue(f.span);
        for (auto& s : f.body) stmt(*s);
        if (!asm_.last_is_terminator()) emit(Op::RETURN_CONST, const_index(ConstNone{}), last_span_);
        end_generator_guard(guard, f.span);
        asm_.finish(*unit_);
        return unit_;
    }

    // co_flags for a generator, coroutine or async generator body.
    void generator_flags() {
        if (scope_->is_coroutine && scope_->is_generator) {
            unit_->flags |= kCoAsyncGenerator;
        } else if (scope_->is_coroutine) {
            unit_->flags |= kCoCoroutine;
        } else if (scope_->is_generator) {
            unit_->flags |= kCoGenerator;
        }
    }

    bool is_generator_code() const { return unit_->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator); }

    // PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
    // One handler doing the conversion covers the whole body, from
    // RETURN_GENERATOR on: throw() into a generator that never ran raises at
    // that instruction (the traceback shows the def line), and CPython
    // converts that StopIteration too.
    Assembler::Label begin_generator_guard() {
        auto handler = asm_.new_label();
        if (is_generator_code()) asm_.push_handler(handler, true, 0, true);
        return handler;
    }

    void end_generator_guard(Assembler::Label handler, const Span& span) {
        if (!is_generator_code()) return;
        asm_.pop_handler();
        asm_.bind(handler);
        emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::StopIterationError), span);
        emit(Op::RERAISE, 1, span);
    }

private:
    Scope* scope_;
    const SymbolTable& table_;
    bool future_annotations_;  // from __future__ import annotations
    std::shared_ptr<CodeUnit> unit_;
    Assembler asm_;
    std::vector<FBlock> fblocks_;
    const Expr* iterated_frozenset_ = nullptr;  // see iterable()
    Span last_span_{1, 0, 1, 0};
    bool is_async_generator() const { return unit_->flags & kCoAsyncGenerator; }

    // ------------------------------------------------------------ tables

    void emit(Op op, uint32_t arg, const Span& span) {
        asm_.emit(op, arg, span);
        last_span_ = span;
    }

    void jump(Op op, Assembler::Label target, const Span& span) {
        asm_.emit_jump(op, target, span);
        last_span_ = span;
    }

    uint32_t const_index(Constant c) {
        for (size_t i = 0; i < unit_->consts.size(); ++i)
            if (constants_equal(unit_->consts[i], c)) return static_cast<uint32_t>(i);
        unit_->consts.push_back(std::move(c));
        return static_cast<uint32_t>(unit_->consts.size() - 1);
    }

    static uint32_t index_in(std::vector<std::string>& table, const std::string& name) {
        for (size_t i = 0; i < table.size(); ++i)
            if (table[i] == name) return static_cast<uint32_t>(i);
        table.push_back(name);
        return static_cast<uint32_t>(table.size() - 1);
    }

    uint32_t name_index(const std::string& name) { return index_in(unit_->names, name); }
    // A name or attribute as this code refers to it: private names mangled.
    std::string mangled(const std::string& name) const { return mangle(scope_->private_name, name); }
    uint32_t attr_index(const std::string& name) { return name_index(mangled(name)); }
    uint32_t local_index(const std::string& name) { return index_in(unit_->varnames, name); }

    void set_arguments(const Arguments& a) {
        for (auto& p : a.posonlyargs) local_index(mangled(p.name));
        for (auto& p : a.args) local_index(mangled(p.name));
        for (auto& p : a.kwonlyargs) local_index(mangled(p.name));
        if (a.vararg) local_index(mangled(a.vararg->name));
        if (a.kwarg) local_index(mangled(a.kwarg->name));
        unit_->argcount = static_cast<uint32_t>(a.posonlyargs.size() + a.args.size());
        unit_->posonlyargcount = static_cast<uint32_t>(a.posonlyargs.size());
        unit_->kwonlyargcount = static_cast<uint32_t>(a.kwonlyargs.size());
        unit_->flags = kCoOptimized | kCoNewLocals | kCoNoFree;
        if (a.vararg) unit_->flags |= kCoVarargs;
        if (a.kwarg) unit_->flags |= kCoVarkeywords;
        if (scope_->parent && scope_->parent->kind != ScopeKind::Module) unit_->flags |= kCoNested;
        // Every other local gets a slot too, in order of first appearance.
        for (auto& name : scope_->symbol_order)
            if (scope_->lookup(name) == NameScope::Local) local_index(name);
        unit_->layout_localsplus();
    }

    // Cells and free variables are set up before RESUME, as CPython 3.12 does.
    // Returns the label of the generator guard's handler (begin_generator_guard).
    Assembler::Label prologue(const Span& span) {
        if (!unit_->freevars.empty()) emit(Op::COPY_FREE_VARS, static_cast<uint32_t>(unit_->freevars.size()), span);
        for (const auto& c : unit_->cellvars) emit(Op::MAKE_CELL, unit_->deref_slot(c), span);
        auto guard = begin_generator_guard();
        if (is_generator_code()) {
            // The call returns the generator here; the first send() pushes None.
            emit(Op::RETURN_GENERATOR, 0, span);
            emit(Op::POP_TOP, 0, span);
        }
        emit(Op::RESUME, 0, span);
        return guard;
    }

    // ------------------------------------------------------------ names

    // Where `name` lives for this code: module and class bodies keep their own
    // names in a namespace dict (LOAD_NAME), functions in fast slots.
    NameScope where(const std::string& name) const {
        if (scope_->kind == ScopeKind::Module) return NameScope::GlobalImplicit;
        NameScope w = scope_->lookup(name);
        if (scope_->kind == ScopeKind::Class && w == NameScope::Local) return NameScope::GlobalImplicit;
        return w;
    }

    void load_name(const std::string& raw_name, const Span& span, bool push_null_first = false) {
        const std::string name = mangled(raw_name);
        switch (where(name)) {
        case NameScope::Local:
            if (push_null_first) emit(Op::PUSH_NULL, 0, span);
            emit(Op::LOAD_FAST, local_index(name), span);
            return;
        case NameScope::GlobalExplicit:
        case NameScope::GlobalImplicit:
            if (scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class) {
                if (push_null_first) emit(Op::PUSH_NULL, 0, span);
                emit(Op::LOAD_NAME, name_index(name), span);
            } else {
                emit(Op::LOAD_GLOBAL, (name_index(name) << 1) | (push_null_first ? 1 : 0), span);
            }
            return;
        case NameScope::Free:
        case NameScope::Cell:
            if (push_null_first) emit(Op::PUSH_NULL, 0, span);
            emit(Op::LOAD_DEREF, unit_->deref_slot(name), span);
            return;
        }
    }

    void store_name(const std::string& raw_name, const Span& span, bool is_delete = false) {
        const std::string name = mangled(raw_name);
        NameScope w = where(name);
        switch (w) {
        case NameScope::Local:
            emit(is_delete ? Op::DELETE_FAST : Op::STORE_FAST, local_index(name), span);
            return;
        case NameScope::GlobalExplicit:
        case NameScope::GlobalImplicit:
            if (w == NameScope::GlobalExplicit && scope_->kind != ScopeKind::Module) {
                emit(is_delete ? Op::DELETE_GLOBAL : Op::STORE_GLOBAL, name_index(name), span);
            } else {
                emit(is_delete ? Op::DELETE_NAME : Op::STORE_NAME, name_index(name), span);
            }
            return;
        case NameScope::Free:
        case NameScope::Cell:
            emit(is_delete ? Op::DELETE_DEREF : Op::STORE_DEREF, unit_->deref_slot(name), span);
            return;
        }
    }

    // Pushes what MAKE_FUNCTION needs for `args` besides the code: the defaults
    // tuple, the keyword-only defaults dict, and the closure tuple of `inner`.
    uint32_t function_extras(const Arguments& args, const CodeUnit& inner, const Span& span,
                             const Expr* returns = nullptr) {
        uint32_t flags = 0;
        if (!args.defaults.empty()) {
            for (auto& d : args.defaults) expr(*d);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()), span);
            flags |= kFnDefaults;
        }
        uint32_t nkw = 0;
        for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
            if (!args.kw_defaults[i]) continue;
            emit(Op::LOAD_CONST, const_index(ConstStr{mangled(args.kwonlyargs[i].name)}), span);
            expr(*args.kw_defaults[i]);
            ++nkw;
        }
        if (nkw) {
            emit(Op::BUILD_MAP, nkw, span);
            flags |= kFnKwDefaults;
        }
        if (uint32_t n = function_annotations(args, returns)) {
            emit(Op::BUILD_TUPLE, 2 * n, span);
            flags |= kFnAnnotations;
        }
        if (!inner.freevars.empty()) {
            for (const auto& name : inner.freevars) emit(Op::LOAD_CLOSURE, unit_->deref_slot(name), span);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(inner.freevars.size()), span);
            flags |= kFnClosure;
        }
        return flags;
    }

    // ------------------------------------------------------------ statements

    void body(const StmtList& list) {
        for (auto& s : list) stmt(*s);
    }

    void stmt(const Stmt& s) {
        switch (s.kind) {
        case StmtKind::Expr: {
            auto& e = static_cast<const ExprStmt&>(s);
            expr(*e.value);
            emit(Op::POP_TOP, 0, s.span);
            break;
        }
        case StmtKind::Assign: {
            auto& a = static_cast<const Assign&>(s);
            expr(*a.value);
            for (size_t i = 0; i < a.targets.size(); ++i) {
                if (i + 1 < a.targets.size()) emit(Op::COPY, 1, a.targets[i]->span);
                assign_to(*a.targets[i]);
            }
            break;
        }
        case StmtKind::AugAssign:
            aug_assign(static_cast<const AugAssign&>(s));
            break;
        case StmtKind::AnnAssign:
            ann_assign(static_cast<const AnnAssign&>(s));
            break;
        case StmtKind::Delete:
            for (auto& t : static_cast<const Delete&>(s).targets) delete_target(*t);
            break;
        case StmtKind::Pass:
            emit(Op::NOP, 0, s.span);
            break;
        case StmtKind::If:
            if_stmt(static_cast<const If&>(s));
            break;
        case StmtKind::While:
            while_stmt(static_cast<const While&>(s));
            break;
        case StmtKind::For:
            for_stmt(static_cast<const For&>(s));
            break;
        case StmtKind::Break:
        case StmtKind::Continue:
            loop_exit(s);
            break;
        case StmtKind::FunctionDef:
            function_def(static_cast<const FunctionDef&>(s));
            break;
        case StmtKind::Return: {
            auto& r = static_cast<const Return&>(s);
            auto saved = asm_.save_handlers();
            auto saved_blocks = fblocks_;
            if (r.value) {
                expr(*r.value);
                unwind_all(true, s.span);
                emit(Op::RETURN_VALUE, 0, s.span);
            } else {
                unwind_all(false, s.span);
                emit(Op::RETURN_CONST, const_index(ConstNone{}), s.span);
            }
            fblocks_ = std::move(saved_blocks);
            asm_.restore_handlers(std::move(saved));
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            emit(Op::NOP, 0, s.span);
            break;
        case StmtKind::Raise: {
            auto& r = static_cast<const Raise&>(s);
            uint32_t n = 0;
            if (r.exc) {
                expr(*r.exc);
                ++n;
                if (r.cause) {
                    expr(*r.cause);
                    ++n;
                }
            }
            emit(Op::RAISE_VARARGS, n, s.span);
            break;
        }
        case StmtKind::ClassDef:
            class_def(static_cast<const ClassDef&>(s));
            break;
        case StmtKind::With: {
            auto& w = static_cast<const With&>(s);
            with_stmt(w, 0);
            break;
        }
        case StmtKind::Match:
            match_stmt(static_cast<const Match&>(s));
            break;
        case StmtKind::Try: {
            auto& t = static_cast<const Try&>(s);
            if (t.finalbody.empty()) {
                if (t.is_star) {
                    try_star_except(t);
                } else {
                    try_except(t);
                }
            } else {
                try_finally(t);
            }
            break;
        }
        case StmtKind::Assert: {
            auto& a = static_cast<const Assert&>(s);
            auto ok = asm_.new_label();
            condition(*a.test, ok, true);
            // The failure is located at the test, as CPython 3.11 places it.
            emit(Op::LOAD_ASSERTION_ERROR, 0, a.test->span);
            if (a.msg) {
                expr(*a.msg);
                emit(Op::CALL, 0, a.test->span);
            }
            emit(Op::RAISE_VARARGS, 1, a.test->span);
            asm_.bind(ok);
            break;
        }
        case StmtKind::Import:
            for (const auto& alias : static_cast<const Import&>(s).names) import_one(alias, s.span);
            break;
        case StmtKind::ImportFrom:
            import_from(static_cast<const ImportFrom&>(s));
            break;
        }
    }

    void if_stmt(const If& s) {
        auto orelse = asm_.new_label();
        auto end = asm_.new_label();
        condition(*s.test, orelse, false);
        body(s.body);
        if (!s.orelse.empty()) {
            if (!asm_.last_is_terminator()) jump(Op::JUMP_FORWARD, end, last_span_);
            asm_.bind(orelse);
            body(s.orelse);
        } else {
            asm_.bind(orelse);
        }
        asm_.bind(end);
    }

    void while_stmt(const While& s) {
        auto top = asm_.new_label();
        auto orelse = asm_.new_label();
        auto end = asm_.new_label();
        if (constant_truth(*s.test) == true) {
            // `while True:` runs no test, as CPython's optimiser leaves it: a NOP
            // stands for the line on the way in, and the loop jumps back past it.
            emit(Op::NOP, 0, s.test->span);
            asm_.bind(top);
        } else {
            asm_.bind(top);
            condition(*s.test, orelse, false);
        }
        fblocks_.push_back({BlockKind::WhileLoop, top, end});
        body(s.body);
        fblocks_.pop_back();
        jump(Op::JUMP_BACKWARD, top, s.test->span);
        asm_.bind(orelse);
        body(s.orelse);
        asm_.bind(end);
    }

    // async for: await __anext__() each time; StopAsyncIteration ends the loop.
    void async_for_stmt(const For& s) {
        expr(*s.iter);
        emit(Op::GET_AITER, 0, s.iter->span);
        auto top = asm_.new_label();
        auto except = asm_.new_label();
        auto end = asm_.new_label();
        asm_.bind(top);
        asm_.push_handler(except, false);
        emit(Op::GET_ANEXT, 0, s.iter->span);
        delegate_loop(true, s.iter->span);
        asm_.pop_handler();
        assign_to(*s.target);
        fblocks_.push_back({BlockKind::ForLoop, top, end});
        body(s.body);
        fblocks_.pop_back();
        jump(Op::JUMP_BACKWARD, top, s.iter->span);
        asm_.bind(except);
        emit(Op::END_ASYNC_FOR, 0, s.iter->span);
        body(s.orelse);
        asm_.bind(end);
    }

    void for_stmt(const For& s) {
        if (s.is_async) {
            async_for_stmt(s);
            return;
        }
        iterable(*s.iter);
        // GET_ITER and FOR_ITER are located at the whole statement, as in
        // CPython: a traceback through them shows the line without carets.
        emit(Op::GET_ITER, 0, s.span);
        auto top = asm_.new_label();
        auto cleanup = asm_.new_label();
        auto end = asm_.new_label();
        asm_.bind(top);
        jump(Op::FOR_ITER, cleanup, s.span);
        assign_to(*s.target);
        fblocks_.push_back({BlockKind::ForLoop, top, end});
        body(s.body);
        fblocks_.pop_back();
        jump(Op::JUMP_BACKWARD, top, s.iter->span);
        asm_.bind(cleanup);
        emit(Op::END_FOR, 0, s.iter->span);
        body(s.orelse);
        asm_.bind(end);
    }

    // The SEND loop shared by `yield from` and `await` (CPython 3.12's shape):
    // send into the delegate, yield what it yields, repeat; a value thrown in
    // at the YIELD_VALUE goes to CLEANUP_THROW; the delegate's return value is
    // left on the stack by END_SEND.
    void delegate_loop(bool is_await, const Span& span) {
        auto send = asm_.new_label();
        auto fail = asm_.new_label();
        auto exit = asm_.new_label();
        emit(Op::LOAD_CONST, const_index(ConstNone{}), span);
        asm_.bind(send);
        jump(Op::SEND, exit, span);
        asm_.push_handler(fail, false, 0, true);
        emit(Op::YIELD_VALUE, 0, span);
        asm_.pop_handler();
        emit(Op::RESUME, is_await ? 3 : 2, span);
        jump(Op::JUMP_BACKWARD_NO_INTERRUPT, send, span);
        asm_.bind(fail);
        emit(Op::CLEANUP_THROW, 0, span);
        asm_.bind(exit);
        emit(Op::END_SEND, 0, span);
    }

    // One `for ... in ... if ...` level of a comprehension; the innermost level
    // appends the element to the result, which sits below every iterator.
    void comprehension_loop(const Expr& node, const std::vector<Comprehension>& gens, size_t level, const Expr* elt,
                            const Expr* value) {
        const Comprehension& g = gens[level];
        if (level == 0) {
            emit(Op::LOAD_FAST, local_index(".0"), g.iter->span);
        } else {
            iterable(*g.iter);
            emit(g.is_async ? Op::GET_AITER : Op::GET_ITER, 0, node.span);
        }
        auto top = asm_.new_label();
        auto done = asm_.new_label();
        asm_.bind(top);
        if (g.is_async) {
            // As `async for`: await __anext__(); StopAsyncIteration ends the level.
            asm_.push_handler(done, false);
            emit(Op::GET_ANEXT, 0, g.iter->span);
            delegate_loop(true, g.iter->span);
            asm_.pop_handler();
        } else {
            jump(Op::FOR_ITER, done, node.span);
        }
        assign_to(*g.target);
        for (auto& cond : g.ifs) condition(*cond, top, false);
        if (level + 1 < gens.size()) {
            comprehension_loop(node, gens, level + 1, elt, value);
        } else {
            uint32_t depth = static_cast<uint32_t>(gens.size() + 1);
            if (node.kind == ExprKind::GeneratorExp) {
                expr(*elt);
                if (is_async_generator())
                    emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::AsyncGenWrap), elt->span);
                emit(Op::YIELD_VALUE, 0, elt->span);
                emit(Op::RESUME, 1, elt->span);
                emit(Op::POP_TOP, 0, elt->span);
            } else if (node.kind == ExprKind::DictComp) {
                expr(*elt);
                expr(*value);
                emit(Op::MAP_ADD, depth, elt->span);
            } else if (node.kind == ExprKind::SetComp) {
                expr(*elt);
                emit(Op::SET_ADD, depth, elt->span);
            } else {
                expr(*elt);
                emit(Op::LIST_APPEND, depth, elt->span);
            }
        }
        jump(Op::JUMP_BACKWARD, top, g.iter->span);
        asm_.bind(done);
        emit(g.is_async ? Op::END_ASYNC_FOR : Op::END_FOR, 0, g.iter->span);
    }

    // Makes the function for a nested code unit: closure cells, defaults, then MAKE_FUNCTION.
    void make_function(const std::shared_ptr<CodeUnit>& code, const Arguments* args, const Span& span) {
        static const Arguments kNoArguments;
        uint32_t flags = function_extras(args ? *args : kNoArguments, *code, span);
        emit(Op::LOAD_CONST, const_index(code), span);
        emit(Op::MAKE_FUNCTION, flags, span);
    }

    // ------------------------------------------------------------ early exits

    // Emits what leaving `b` takes; `preserve_tos` keeps a return value on top.
    void unwind(const FBlock& b, bool preserve_tos, const Span& span) {
        switch (b.kind) {
        case BlockKind::WhileLoop:
            break;
        case BlockKind::ForLoop:
            if (preserve_tos) emit(Op::SWAP, 2, span);
            emit(Op::POP_TOP, 0, span);
            break;
        case BlockKind::TryExcept:
            asm_.pop_handler();
            break;
        case BlockKind::FinallyTry:
            asm_.pop_handler();
            body(*b.finalbody);
            break;
        case BlockKind::FinallyEnd:
            // Leaving a finally body that runs for an exception drops that exception.
            if (preserve_tos) emit(Op::SWAP, 2, span);
            emit(Op::POP_TOP, 0, span);
            if (preserve_tos) emit(Op::SWAP, 2, span);
            asm_.pop_handler();
            emit(Op::POP_EXCEPT, 0, span);
            break;
        case BlockKind::With:
            // Leaving the block early still calls __exit__(None, None, None).
            asm_.pop_handler();
            if (preserve_tos) emit(Op::SWAP, 2, span);
            call_exit_with_nones(span, b.is_async);
            break;
        case BlockKind::HandlerCleanup:
            if (b.has_handler) asm_.pop_handler();  // the `as name` cleanup
            asm_.pop_handler();                     // the handler's own cleanup
            if (preserve_tos) emit(Op::SWAP, 2, span);
            emit(Op::POP_EXCEPT, 0, span);
            if (!b.handler_name.empty()) clear_name(b.handler_name, span);
            break;
        case BlockKind::ExceptStar:
            fail(span, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
    }

    // Unwinds every block (for return); the caller restores them afterwards.
    void unwind_all(bool preserve_tos, const Span& span) {
        while (!fblocks_.empty()) {
            FBlock b = fblocks_.back();
            fblocks_.pop_back();
            unwind(b, preserve_tos, span);
        }
    }

    void loop_exit(const Stmt& s) {
        bool is_break = s.kind == StmtKind::Break;
        auto saved = asm_.save_handlers();
        auto saved_blocks = fblocks_;
        while (!fblocks_.empty() && fblocks_.back().kind != BlockKind::WhileLoop &&
               fblocks_.back().kind != BlockKind::ForLoop) {
            FBlock b = fblocks_.back();
            fblocks_.pop_back();
            unwind(b, false, s.span);
        }
        if (fblocks_.empty()) fail(s.span, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        FBlock loop = fblocks_.back();
        if (is_break) {
            unwind(loop, false, s.span);
            jump(Op::JUMP_FORWARD, loop.break_target, s.span);
        } else {
            jump(Op::JUMP_BACKWARD, loop.continue_target, s.span);
        }
        fblocks_ = std::move(saved_blocks);
        asm_.restore_handlers(std::move(saved));
    }

    void clear_name(const std::string& name, const Span& span) {
        emit(Op::LOAD_CONST, const_index(ConstNone{}), span);
        store_name(name, span);
        store_name(name, span, true);
    }

    // ------------------------------------------------------------ match
    //
    // Each case matches a copy of the subject. A pattern consumes the subject
    // on top of the stack; on failure it jumps to a label that first pops
    // whatever the pattern left above the case's base (CPython's fail_pop).
    // Names are bound as soon as their sub-pattern matches (PEP 634 leaves
    // bindings of failed matches unspecified).

    struct FailTarget {
        int base;                             // stack items above the case base when failing costs nothing
        Assembler::Label final;               // where a failure ends up
        std::vector<Assembler::Label> pops;   // pops[k]: pop k items, then final
    };
    std::vector<FailTarget> fail_targets_;

    // Jumps (with `op`) to the current failure target with `extra` items above the case base.
    void fail_jump(Op op, int extra, const Span& span) {
        FailTarget& t = fail_targets_.back();
        size_t k = static_cast<size_t>(extra - t.base);
        while (t.pops.size() <= k) t.pops.push_back(asm_.new_label());
        jump(op, t.pops[k], span);
    }

    // Emits the pop ladder of the innermost failure target and binds its final label.
    void close_fail_target(const Span& span) {
        FailTarget t = std::move(fail_targets_.back());
        fail_targets_.pop_back();
        for (size_t k = t.pops.size(); k-- > 0;) {
            asm_.bind(t.pops[k]);
            if (k > 0) emit(Op::POP_TOP, 0, span);
        }
        asm_.bind(t.final);
    }

    void match_stmt(const Match& m) {
        expr(*m.subject);
        auto end = asm_.new_label();
        for (const auto& c : m.cases) {
            emit(Op::COPY, 1, c.pattern->span);
            fail_targets_.push_back({0, asm_.new_label(), {}});
            pattern(*c.pattern, 1);
            if (c.guard) {
                auto ok = asm_.new_label();
                condition(*c.guard, ok, true);
                fail_jump(Op::JUMP_FORWARD, 0, c.guard->span);
                asm_.bind(ok);
            }
            emit(Op::POP_TOP, 0, c.pattern->span);
            body(c.body);
            if (!asm_.last_is_terminator()) jump(Op::JUMP_FORWARD, end, last_span_);
            close_fail_target(c.pattern->span);
        }
        emit(Op::POP_TOP, 0, m.span);
        asm_.bind(end);
    }

    void capture(const std::string& name, const Span& span) {
        if (name.empty()) {
            emit(Op::POP_TOP, 0, span);
        } else {
            store_name(name, span);
        }
    }

    // Matches the subject on top (`extra` counts it, above the case base) and consumes it.
    void pattern(const Pattern& p, int extra) {
        const Span& span = p.span;
        switch (p.kind) {
        case PatternKind::MatchAs: {
            auto& a = static_cast<const MatchAs&>(p);
            if (a.pattern) {
                emit(Op::COPY, 1, span);
                pattern(*a.pattern, extra + 1);
            }
            capture(a.name, span);
            break;
        }
        case PatternKind::MatchStar:
            capture(static_cast<const MatchStar&>(p).name, span);
            break;
        case PatternKind::MatchValue:
            expr(*static_cast<const MatchValue&>(p).value);
            emit(Op::COMPARE_OP, 2, span);
            fail_jump(Op::POP_JUMP_IF_FALSE, extra - 1, span);
            break;
        case PatternKind::MatchSingleton: {
            auto k = static_cast<const MatchSingleton&>(p).value;
            Constant c = k == ConstKind::None ? Constant(ConstNone{}) : Constant(k == ConstKind::True);
            emit(Op::LOAD_CONST, const_index(c), span);
            emit(Op::IS_OP, 0, span);
            fail_jump(Op::POP_JUMP_IF_FALSE, extra - 1, span);
            break;
        }
        case PatternKind::MatchSequence: {
            auto& seq = static_cast<const MatchSequence&>(p);
            size_t n = seq.patterns.size();
            size_t star = n;
            for (size_t i = 0; i < n; ++i)
                if (seq.patterns[i]->kind == PatternKind::MatchStar) star = i;
            emit(Op::MATCH_SEQUENCE, 0, span);
            fail_jump(Op::POP_JUMP_IF_FALSE, extra, span);
            emit(Op::GET_LEN, 0, span);
            size_t needed = star == n ? n : n - 1;
            emit(Op::LOAD_CONST, const_index(ConstInt{std::to_string(needed), false}), span);
            emit(Op::COMPARE_OP, star == n ? 2 : 5, span);  // == or >=
            fail_jump(Op::POP_JUMP_IF_FALSE, extra, span);
            if (star == n) {
                emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n), span);
            } else {
                emit(Op::UNPACK_EX, static_cast<uint32_t>(star | ((n - star - 1) << 8)), span);
            }
            int depth = extra - 1 + static_cast<int>(n);
            for (const auto& sub : seq.patterns) {
                pattern(*sub, depth);
                --depth;
            }
            break;
        }
        case PatternKind::MatchMapping: {
            auto& mp = static_cast<const MatchMapping&>(p);
            size_t n = mp.keys.size();
            emit(Op::MATCH_MAPPING, 0, span);
            fail_jump(Op::POP_JUMP_IF_FALSE, extra, span);
            if (n == 0 && mp.rest.empty()) {
                emit(Op::POP_TOP, 0, span);
                break;
            }
            if (n) {
                emit(Op::GET_LEN, 0, span);
                emit(Op::LOAD_CONST, const_index(ConstInt{std::to_string(n), false}), span);
                emit(Op::COMPARE_OP, 5, span);
                fail_jump(Op::POP_JUMP_IF_FALSE, extra, span);
            }
            for (const auto& k : mp.keys) expr(*k);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(n), span);
            emit(Op::MATCH_KEYS, 0, span);
            emit(Op::COPY, 1, span);
            fail_jump(Op::POP_JUMP_IF_NONE, extra + 2, span);
            emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n), span);
            int depth = extra + 1 + static_cast<int>(n);
            for (const auto& sub : mp.patterns) {
                pattern(*sub, depth);
                --depth;
            }
            // [subject, keys]: `**rest` gets a copy of the subject without the keys.
            if (!mp.rest.empty()) {
                emit(Op::BUILD_MAP, 0, span);
                emit(Op::SWAP, 3, span);
                emit(Op::DICT_UPDATE, 2, span);
                emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n), span);
                for (size_t left = n; left > 0; --left) {
                    emit(Op::COPY, static_cast<uint32_t>(1 + left), span);
                    emit(Op::SWAP, 2, span);
                    emit(Op::DELETE_SUBSCR, 0, span);
                }
                store_name(mp.rest, span);
            } else {
                emit(Op::POP_TOP, 0, span);
                emit(Op::POP_TOP, 0, span);
            }
            break;
        }
        case PatternKind::MatchClass: {
            auto& mc = static_cast<const MatchClass&>(p);
            expr(*mc.cls);
            auto names = std::make_shared<ConstTuple>();
            for (const auto& a : mc.kwd_attrs) names->items.push_back(ConstStr{a});
            emit(Op::LOAD_CONST, const_index(names), span);
            emit(Op::MATCH_CLASS, static_cast<uint32_t>(mc.patterns.size()), span);
            emit(Op::COPY, 1, span);
            fail_jump(Op::POP_JUMP_IF_NONE, extra, span);
            size_t total = mc.patterns.size() + mc.kwd_patterns.size();
            emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(total), span);
            int depth = extra - 1 + static_cast<int>(total);
            for (const auto& sub : mc.patterns) pattern(*sub, depth--);
            for (const auto& sub : mc.kwd_patterns) pattern(*sub, depth--);
            break;
        }
        case PatternKind::MatchOr: {
            auto& mo = static_cast<const MatchOr&>(p);
            auto ok = asm_.new_label();
            for (size_t i = 0; i + 1 < mo.patterns.size(); ++i) {
                // Try this alternative on a copy; on failure the subject is still there.
                emit(Op::COPY, 1, span);
                fail_targets_.push_back({extra, asm_.new_label(), {}});
                pattern(*mo.patterns[i], extra + 1);
                emit(Op::POP_TOP, 0, span);
                jump(Op::JUMP_FORWARD, ok, span);
                close_fail_target(span);
            }
            pattern(*mo.patterns.back(), extra);
            asm_.bind(ok);
            break;
        }
        }
    }

    // ------------------------------------------------------------ import

    // Import instructions are located at the whole statement, as in CPython.
    void import_one(const Alias& alias, const Span& span) {
        emit(Op::LOAD_CONST, const_index(ConstInt{"0", false}), span);
        emit(Op::LOAD_CONST, const_index(ConstNone{}), span);
        emit(Op::IMPORT_NAME, attr_index(alias.name), span);
        if (alias.asname.empty()) {
            // `import a.b` binds the top package `a`.
            store_name(alias.name.substr(0, alias.name.find('.')), span);
            return;
        }
        // `import a.b.c as d` walks down to c.
        size_t start = alias.name.find('.');
        while (start != std::string::npos) {
            size_t next = alias.name.find('.', start + 1);
            std::string part = alias.name.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
            emit(Op::IMPORT_FROM, attr_index(part), span);
            emit(Op::SWAP, 2, span);
            emit(Op::POP_TOP, 0, span);
            start = next;
        }
        store_name(alias.asname, span);
    }

    void import_from(const ImportFrom& f) {
        auto names = std::make_shared<ConstTuple>();
        for (const auto& alias : f.names) names->items.push_back(ConstStr{alias.name});
        emit(Op::LOAD_CONST, const_index(ConstInt{std::to_string(f.level), false}), f.span);
        emit(Op::LOAD_CONST, const_index(names), f.span);
        emit(Op::IMPORT_NAME, attr_index(f.module), f.span);
        if (f.names.size() == 1 && f.names[0].name == "*") {
            emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::ImportStar), f.span);
            emit(Op::POP_TOP, 0, f.span);
            return;
        }
        for (const auto& alias : f.names) {
            emit(Op::IMPORT_FROM, attr_index(alias.name), f.span);
            store_name(alias.asname.empty() ? alias.name : alias.asname, f.span);
        }
        emit(Op::POP_TOP, 0, f.span);
    }

    // ------------------------------------------------------------ with

    // Stack [exit] -> calls exit(None, None, None) (awaiting it for async
    // with) and drops the result.
    void call_exit_with_nones(const Span& span, bool is_async) {
        for (int i = 0; i < 3; ++i) emit(Op::LOAD_CONST, const_index(ConstNone{}), span);
        emit(Op::CALL, 2, span);
        if (is_async) {
            emit(Op::GET_AWAITABLE, 2, span);
            delegate_loop(true, span);
        }
        emit(Op::POP_TOP, 0, span);
    }

    // `with a as x, b as y:` is `with a as x:` around `with b as y:`.
    void with_stmt(const With& w, size_t item) {
        const WithItem& it = w.items[item];
        auto handler = asm_.new_label();
        auto cleanup = asm_.new_label();
        auto end = asm_.new_label();
        expr(*it.context_expr);
        if (w.is_async) {
            emit(Op::BEFORE_ASYNC_WITH, 0, it.context_expr->span);
            emit(Op::GET_AWAITABLE, 1, it.context_expr->span);
            delegate_loop(true, it.context_expr->span);
        } else {
            emit(Op::BEFORE_WITH, 0, w.span);
        }
        asm_.push_handler(handler, true, -1);  // keeps [exit], not the __enter__ result
        FBlock block{BlockKind::With};
        block.is_async = w.is_async;
        fblocks_.push_back(block);
        if (it.optional_vars) {
            assign_to(*it.optional_vars);
        } else {
            emit(Op::POP_TOP, 0, w.span);
        }
        if (item + 1 < w.items.size()) {
            with_stmt(w, item + 1);
        } else {
            body(w.body);
        }
        fblocks_.pop_back();
        asm_.pop_handler();
        if (!asm_.last_is_terminator()) {
            call_exit_with_nones(w.span, w.is_async);
            jump(Op::JUMP_FORWARD, end, w.span);
        }

        // Exception: [exit, lasti, exc] -> exit(type, value, tb); a true result suppresses it.
        asm_.bind(handler);
        asm_.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, 0, w.span);
        emit(Op::WITH_EXCEPT_START, 0, w.span);
        if (w.is_async) {
            emit(Op::GET_AWAITABLE, 2, w.span);
            delegate_loop(true, w.span);
        }
        auto suppress = asm_.new_label();
        jump(Op::POP_JUMP_IF_TRUE, suppress, w.span);
        emit(Op::RERAISE, 2, w.span);
        asm_.bind(suppress);
        emit(Op::POP_TOP, 0, w.span);
        emit(Op::POP_EXCEPT, 0, w.span);
        emit(Op::POP_TOP, 0, w.span);
        emit(Op::POP_TOP, 0, w.span);
        asm_.pop_handler();
        jump(Op::JUMP_FORWARD, end, w.span);
        emit_cleanup(cleanup, w.span);
        asm_.bind(end);
    }

    // ------------------------------------------------------------ try

    // The shared tail of every handler region: on an exception raised while
    // handling, restore the previous exception and re-raise (CPython's cleanup).
    void emit_cleanup(Assembler::Label cleanup, const Span& span) {
        asm_.bind(cleanup);
        emit(Op::COPY, 3, span);
        emit(Op::POP_EXCEPT, 0, span);
        emit(Op::RERAISE, 1, span);
    }

    void try_except(const Try& t) {
        auto handlers = asm_.new_label();
        auto orelse_or_end = asm_.new_label();
        auto end = asm_.new_label();
        auto cleanup = asm_.new_label();

        asm_.push_handler(handlers, false);
        fblocks_.push_back({BlockKind::TryExcept});
        emit(Op::NOP, 0, t.span);
        body(t.body);
        fblocks_.pop_back();
        asm_.pop_handler();
        if (!asm_.last_is_terminator()) jump(Op::JUMP_FORWARD, orelse_or_end, last_span_);

        // Stack on entry: [exc]; after PUSH_EXC_INFO: [prev_exc, exc].
        asm_.bind(handlers);
        int cleanup_block = asm_.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, 0, t.handlers[0].span);
        for (size_t i = 0; i < t.handlers.size(); ++i) {
            const ExceptHandler& h = t.handlers[i];
            if (!h.type && i + 1 < t.handlers.size()) fail(h.span, "default 'except:' must be last");
            auto next = asm_.new_label();
            if (h.type) {
                expr(*h.type);
                emit(Op::CHECK_EXC_MATCH, 0, h.span);
                jump(Op::POP_JUMP_IF_FALSE, next, h.span);
            }
            if (h.name.empty()) {
                emit(Op::POP_TOP, 0, h.span);
                fblocks_.push_back({BlockKind::HandlerCleanup});
                body(h.body);
                fblocks_.pop_back();
                if (!asm_.last_is_terminator()) {
                    asm_.pop_handler();
                    emit(Op::POP_EXCEPT, 0, last_span_);
                    jump(Op::JUMP_FORWARD, end, last_span_);
                    asm_.reenter_handler(cleanup_block);
                }
            } else {
                // `except E as name`: the name is cleared however the handler ends.
                store_name(h.name, h.span);
                auto name_cleanup = asm_.new_label();
                asm_.push_handler(name_cleanup, true);
                FBlock block{BlockKind::HandlerCleanup};
                block.handler_name = h.name;
                block.has_handler = true;
                fblocks_.push_back(block);
                body(h.body);
                fblocks_.pop_back();
                if (!asm_.last_is_terminator()) {
                    asm_.pop_handler();
                    asm_.pop_handler();
                    emit(Op::POP_EXCEPT, 0, last_span_);
                    clear_name(h.name, last_span_);
                    jump(Op::JUMP_FORWARD, end, last_span_);
                    asm_.reenter_handler(cleanup_block);
                } else {
                    asm_.pop_handler();
                }
                asm_.bind(name_cleanup);
                clear_name(h.name, h.span);
                emit(Op::RERAISE, 1, h.span);
            }
            asm_.bind(next);
        }
        // No handler matched: re-raise with the cleanup handler active.
        emit(Op::RERAISE, 0, t.span);
        asm_.pop_handler();
        emit_cleanup(cleanup, t.span);

        asm_.bind(orelse_or_end);
        body(t.orelse);
        asm_.bind(end);
    }

    // try/except* (CPython 3.12's compiler_try_star_except). The handlers share
    // [prev_exc, orig, raised, rest]: CHECK_EG_MATCH splits rest into the part
    // a handler gets and what is left for the next one; what a handler raises
    // (or re-raises) is appended to `raised`, then the unhandled rest too, and
    // PREP_RERAISE_STAR computes what to raise at the end.
    void try_star_except(const Try& t) {
        auto handlers = asm_.new_label();
        auto orelse_or_end = asm_.new_label();
        auto end = asm_.new_label();
        auto cleanup = asm_.new_label();
        auto reraise = asm_.new_label();

        asm_.push_handler(handlers, false);
        fblocks_.push_back({BlockKind::TryExcept});
        emit(Op::NOP, 0, t.span);
        body(t.body);
        fblocks_.pop_back();
        asm_.pop_handler();
        if (!asm_.last_is_terminator()) jump(Op::JUMP_FORWARD, orelse_or_end, last_span_);

        asm_.bind(handlers);
        asm_.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, 0, t.handlers[0].span);
        fblocks_.push_back({BlockKind::ExceptStar});
        for (size_t i = 0; i < t.handlers.size(); ++i) {
            const ExceptHandler& h = t.handlers[i];
            auto next = asm_.new_label();
            auto no_match = asm_.new_label();
            auto handler_raised = asm_.new_label();
            if (i == 0) {
                emit(Op::BUILD_LIST, 0, h.span);
                emit(Op::COPY, 2, h.span);
            }
            // The parser only accepts except* with a type.
            expr(*h.type);
            emit(Op::CHECK_EG_MATCH, 0, h.span);
            emit(Op::COPY, 1, h.span);
            jump(Op::POP_JUMP_IF_NONE, no_match, h.span);
            if (h.name.empty()) {
                emit(Op::POP_TOP, 0, h.span);
            } else {
                store_name(h.name, h.span);
            }
            asm_.push_handler(handler_raised, true);
            body(h.body);
            asm_.pop_handler();
            if (!asm_.last_is_terminator()) {
                if (!h.name.empty()) clear_name(h.name, last_span_);
                jump(Op::JUMP_FORWARD, next, last_span_);
            }
            // [.., raised, rest, lasti, exc]: keep what the handler raised.
            asm_.bind(handler_raised);
            if (!h.name.empty()) clear_name(h.name, h.span);
            emit(Op::LIST_APPEND, 3, h.span);
            emit(Op::POP_TOP, 0, h.span);
            jump(Op::JUMP_FORWARD, next, h.span);
            asm_.bind(no_match);
            emit(Op::POP_TOP, 0, h.span);
            asm_.bind(next);
        }
        // The unhandled rest (or None) joins what the handlers raised.
        emit(Op::LIST_APPEND, 1, t.handlers.back().span);
        fblocks_.pop_back();
        emit(Op::CALL_INTRINSIC_2, static_cast<uint32_t>(Intrinsic2::PrepReraiseStar), t.span);
        emit(Op::COPY, 1, t.span);
        jump(Op::POP_JUMP_IF_NOT_NONE, reraise, t.span);
        emit(Op::POP_TOP, 0, t.span);
        asm_.pop_handler();
        emit(Op::POP_EXCEPT, 0, t.span);
        jump(Op::JUMP_FORWARD, end, t.span);
        asm_.bind(reraise);
        emit(Op::SWAP, 2, t.span);
        emit(Op::POP_EXCEPT, 0, t.span);
        emit(Op::RERAISE, 0, t.span);
        emit_cleanup(cleanup, t.span);

        asm_.bind(orelse_or_end);
        body(t.orelse);
        asm_.bind(end);
    }

    void try_finally(const Try& t) {
        auto exc_path = asm_.new_label();
        auto cleanup = asm_.new_label();
        auto end = asm_.new_label();

        asm_.push_handler(exc_path, true);
        FBlock block{BlockKind::FinallyTry};
        block.finalbody = &t.finalbody;
        fblocks_.push_back(block);
        emit(Op::NOP, 0, t.span);
        if (t.handlers.empty()) {
            body(t.body);
        } else if (t.is_star) {
            try_star_except(t);
        } else {
            try_except(t);
        }
        fblocks_.pop_back();
        asm_.pop_handler();
        // Normal exit: run the finally body inline.
        body(t.finalbody);
        if (!asm_.last_is_terminator()) jump(Op::JUMP_FORWARD, end, last_span_);

        // Exception exit: [lasti, exc] -> run the body, then re-raise.
        asm_.bind(exc_path);
        asm_.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, 0, t.finalbody.front()->span);
        fblocks_.push_back({BlockKind::FinallyEnd});
        body(t.finalbody);
        fblocks_.pop_back();
        emit(Op::RERAISE, 0, last_span_);
        asm_.pop_handler();
        emit_cleanup(cleanup, t.span);
        asm_.bind(end);
    }

    void class_def(const ClassDef& c) {
        for (auto& d : c.decorator_list) expr(*d);
        emit(Op::PUSH_NULL, 0, c.span);
        emit(Op::LOAD_BUILD_CLASS, 0, c.span);
        CodeGen gen(table_.scope_of(&c), unit_->filename, table_);
        auto code = gen.class_body(c);
        uint32_t flags = 0;
        if (!code->freevars.empty()) {
            for (const auto& name : code->freevars) emit(Op::LOAD_CLOSURE, unit_->deref_slot(name), c.span);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()), c.span);
            flags |= kFnClosure;
        }
        emit(Op::LOAD_CONST, const_index(code), c.span);
        emit(Op::MAKE_FUNCTION, flags, c.span);
        emit(Op::LOAD_CONST, const_index(ConstStr{c.name}), c.span);
        for (auto& b : c.bases) {
            if (b->kind == ExprKind::Starred) unsupported(b->span, "'*' in class bases");
            expr(*b);
        }
        auto names = std::make_shared<ConstTuple>();
        for (auto& k : c.keywords) {
            if (k.arg.empty()) unsupported(k.span, "'**' in class keywords");
            expr(*k.value);
            names->items.push_back(ConstStr{k.arg});
        }
        if (!names->items.empty()) emit(Op::KW_NAMES, const_index(names), c.span);
        emit(Op::CALL, static_cast<uint32_t>(2 + c.bases.size() + c.keywords.size()), c.span);
        for (size_t i = 0; i < c.decorator_list.size(); ++i) emit(Op::CALL, 0, c.decorator_list[i]->span);
        store_name(c.name, c.span);
    }

    void function_def(const FunctionDef& f) {
        for (auto& d : f.decorator_list) expr(*d);
        Scope* inner = table_.scope_of(&f);
        CodeGen gen(inner, unit_->filename, table_);
        auto code = gen.function(f);
        uint32_t flags = function_extras(f.args, *code, f.span, f.returns.get());
        emit(Op::LOAD_CONST, const_index(code), f.span);
        emit(Op::MAKE_FUNCTION, flags, f.span);
        for (size_t i = 0; i < f.decorator_list.size(); ++i) emit(Op::CALL, 0, f.decorator_list[i]->span);
        store_name(f.name, f.span);
    }

    // `target: annotation [= value]` (compiler_annassign): the value is stored
    // first; then, in a module or class body, a plain name's annotation goes
    // into __annotations__ under the (mangled) name. Functions do not evaluate
    // their local annotations; other targets are evaluated for their effects.
    void ann_assign(const AnnAssign& a) {
        if (a.value) {
            expr(*a.value);
            assign_to(*a.target);
        }
        bool namespace_body = scope_->kind == ScopeKind::Module || scope_->kind == ScopeKind::Class;
        if (auto* n = a.target->as<Name>()) {
            if (a.simple && namespace_body) {
                annotation(*a.annotation);
                emit(Op::LOAD_NAME, name_index("__annotations__"), a.span);
                emit(Op::LOAD_CONST, const_index(ConstStr{mangled(n->id)}), a.span);
                emit(Op::STORE_SUBSCR, 0, a.span);
            }
            return;
        }
        if (!a.value) {
            if (auto* attr = a.target->as<Attribute>()) {
                expr(*attr->value);
                emit(Op::POP_TOP, 0, a.span);
            } else if (auto* sub = a.target->as<Subscript>()) {
                expr(*sub->value);
                emit(Op::POP_TOP, 0, a.span);
                expr(*sub->slice);
                emit(Op::POP_TOP, 0, a.span);
            }
        }
        if (namespace_body && !future_annotations_) {
            expr(*a.annotation);
            emit(Op::POP_TOP, 0, a.span);
        }
    }

    // An annotation's value: the expression, or its text under
    // `from __future__ import annotations`.
    void annotation(const Expr& e) {
        if (future_annotations_) {
            emit(Op::LOAD_CONST, const_index(ConstStr{syntax::unparse(e)}), e.span);
        } else {
            expr(e);
        }
    }

    // Pushes ('name', annotation, ..., 'return', annotation) for MAKE_FUNCTION,
    // in CPython's order (args, posonlyargs, *args, kwonly, **kwargs, return);
    // the number of entries pushed.
    uint32_t function_annotations(const Arguments& a, const Expr* returns) {
        uint32_t n = 0;
        auto one = [&](const Arg& arg) {
            if (!arg.annotation) return;
            emit(Op::LOAD_CONST, const_index(ConstStr{mangled(arg.name)}), arg.span);
            annotation(*arg.annotation);
            ++n;
        };
        for (auto& x : a.args) one(x);
        for (auto& x : a.posonlyargs) one(x);
        if (a.vararg) one(*a.vararg);
        for (auto& x : a.kwonlyargs) one(x);
        if (a.kwarg) one(*a.kwarg);
        if (returns) {
            emit(Op::LOAD_CONST, const_index(ConstStr{"return"}), returns->span);
            annotation(*returns);
            ++n;
        }
        return n;
    }

    void aug_assign(const AugAssign& a) {
        uint32_t op = binary_oparg(a.op) + kInplaceOffset;
        if (auto* n = a.target->as<Name>()) {
            load_name(n->id, n->span);
            expr(*a.value);
            emit(Op::BINARY_OP, op, a.span);
            store_name(n->id, n->span);
        } else if (auto* sub = a.target->as<Subscript>()) {
            expr(*sub->value);
            expr(*sub->slice);
            emit(Op::COPY, 2, sub->span);
            emit(Op::COPY, 2, sub->span);
            emit(Op::BINARY_SUBSCR, 0, sub->span);
            expr(*a.value);
            emit(Op::BINARY_OP, op, a.span);
            emit(Op::SWAP, 3, a.span);
            emit(Op::SWAP, 2, a.span);
            emit(Op::STORE_SUBSCR, 0, a.span);
        } else if (auto* attr = a.target->as<Attribute>()) {
            expr(*attr->value);
            emit(Op::COPY, 1, attr->span);
            emit(Op::LOAD_ATTR, attr_index(attr->attr) << 1, attr->span);
            expr(*a.value);
            emit(Op::BINARY_OP, op, a.span);
            emit(Op::SWAP, 2, a.span);
            emit(Op::STORE_ATTR, attr_index(attr->attr), a.span);
        } else {
            unsupported(a.target->span, "this augmented assignment target");
        }
    }

    void assign_to(const Expr& target) {
        switch (target.kind) {
        case ExprKind::Name:
            store_name(static_cast<const Name&>(target).id, target.span);
            break;
        case ExprKind::Subscript: {
            auto& s = static_cast<const Subscript&>(target);
            expr(*s.value);
            expr(*s.slice);
            emit(Op::STORE_SUBSCR, 0, target.span);
            break;
        }
        case ExprKind::Attribute: {
            auto& a = static_cast<const Attribute&>(target);
            expr(*a.value);
            emit(Op::STORE_ATTR, attr_index(a.attr), target.span);
            break;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            const ExprList& elts = target.kind == ExprKind::Tuple ? static_cast<const Tuple&>(target).elts
                                                                  : static_cast<const List&>(target).elts;
            size_t star = elts.size();
            for (size_t i = 0; i < elts.size(); ++i) {
                if (elts[i]->kind != ExprKind::Starred) continue;
                if (star != elts.size()) fail(elts[i]->span, "multiple starred expressions in assignment");
                star = i;
            }
            if (star == elts.size()) {
                emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()), target.span);
            } else {
                size_t after = elts.size() - star - 1;
                if (star > 255 || after > 0xFFFF) fail(target.span, "too many expressions in star-unpacking assignment");
                emit(Op::UNPACK_EX, static_cast<uint32_t>(star | (after << 8)), target.span);
            }
            for (auto& e : elts) assign_to(e->kind == ExprKind::Starred ? *static_cast<const Starred&>(*e).value : *e);
            break;
        }
        default:
            unsupported(target.span, "this assignment target");
        }
    }

    void delete_target(const Expr& target) {
        switch (target.kind) {
        case ExprKind::Name:
            store_name(static_cast<const Name&>(target).id, target.span, true);
            break;
        case ExprKind::Subscript: {
            auto& s = static_cast<const Subscript&>(target);
            expr(*s.value);
            expr(*s.slice);
            emit(Op::DELETE_SUBSCR, 0, target.span);
            break;
        }
        case ExprKind::Attribute: {
            auto& a = static_cast<const Attribute&>(target);
            expr(*a.value);
            emit(Op::DELETE_ATTR, attr_index(a.attr), target.span);
            break;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            const ExprList& elts = target.kind == ExprKind::Tuple ? static_cast<const Tuple&>(target).elts
                                                                  : static_cast<const List&>(target).elts;
            for (auto& e : elts) delete_target(*e);
            break;
        }
        default:
            unsupported(target.span, "this del target");
        }
    }

    // ------------------------------------------------------------ expressions

    // Jumps to `target` when the truth of `e` equals `jump_if`, else falls through.
    void condition(const Expr& e, Assembler::Label target, bool jump_if) {
        if (auto* u = e.as<UnaryOp>(); u && u->op == UnaryOpKind::Not) {
            condition(*u->operand, target, !jump_if);
            return;
        }
        if (auto* b = e.as<BoolOp>()) {
            bool is_or = b->op == BoolOpKind::Or;
            if (is_or == jump_if) {
                for (auto& v : b->values) condition(*v, target, jump_if);
            } else {
                auto skip = asm_.new_label();
                for (size_t i = 0; i + 1 < b->values.size(); ++i) condition(*b->values[i], skip, !jump_if);
                condition(*b->values.back(), target, jump_if);
                asm_.bind(skip);
            }
            return;
        }
        expr(e);
        jump(jump_if ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target, e.span);
    }

    void expr(const Expr& e) {
        switch (e.kind) {
        case ExprKind::Constant:
            emit(Op::LOAD_CONST, const_index(constant_of(static_cast<const syntax::ast::Constant&>(e))), e.span);
            break;
        case ExprKind::Name:
            load_name(static_cast<const Name&>(e).id, e.span);
            break;
        case ExprKind::BinOp: {
            auto& b = static_cast<const BinOp&>(e);
            expr(*b.left);
            expr(*b.right);
            emit(Op::BINARY_OP, binary_oparg(b.op), e.span);
            break;
        }
        case ExprKind::UnaryOp: {
            auto& u = static_cast<const UnaryOp&>(e);
            expr(*u.operand);
            switch (u.op) {
            case UnaryOpKind::Not: emit(Op::UNARY_NOT, 0, e.span); break;
            case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE, 0, e.span); break;
            case UnaryOpKind::Invert: emit(Op::UNARY_INVERT, 0, e.span); break;
            case UnaryOpKind::UAdd:
                emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::UnaryPositive), e.span);
                break;
            }
            break;
        }
        case ExprKind::BoolOp: {
            // a and b: COPY 1; POP_JUMP_IF_FALSE end; POP_TOP; b  (CPython 3.12's shape)
            auto& b = static_cast<const BoolOp&>(e);
            auto end = asm_.new_label();
            Op jump_op = b.op == BoolOpKind::And ? Op::POP_JUMP_IF_FALSE : Op::POP_JUMP_IF_TRUE;
            for (size_t i = 0; i + 1 < b.values.size(); ++i) {
                expr(*b.values[i]);
                emit(Op::COPY, 1, b.values[i]->span);
                jump(jump_op, end, b.values[i]->span);
                emit(Op::POP_TOP, 0, b.values[i]->span);
            }
            expr(*b.values.back());
            asm_.bind(end);
            break;
        }
        case ExprKind::Compare:
            compare(static_cast<const Compare&>(e));
            break;
        case ExprKind::IfExp: {
            auto& i = static_cast<const IfExp&>(e);
            auto orelse = asm_.new_label();
            auto end = asm_.new_label();
            condition(*i.test, orelse, false);
            expr(*i.body);
            jump(Op::JUMP_FORWARD, end, e.span);
            asm_.bind(orelse);
            expr(*i.orelse);
            asm_.bind(end);
            break;
        }
        case ExprKind::Call:
            call(static_cast<const Call&>(e));
            break;
        case ExprKind::List:
            sequence_display(static_cast<const List&>(e).elts, Op::BUILD_LIST, e.span);
            break;
        case ExprKind::Tuple:
            sequence_display(static_cast<const Tuple&>(e).elts, Op::BUILD_TUPLE, e.span);
            break;
        case ExprKind::Subscript: {
            auto& s = static_cast<const Subscript&>(e);
            expr(*s.value);
            expr(*s.slice);
            emit(Op::BINARY_SUBSCR, 0, e.span);
            break;
        }
        case ExprKind::Attribute: {
            auto& a = static_cast<const Attribute&>(e);
            expr(*a.value);
            emit(Op::LOAD_ATTR, attr_index(a.attr) << 1, e.span);
            break;
        }
        case ExprKind::Yield: {
            auto& y = static_cast<const Yield&>(e);
            if (y.value) {
                expr(*y.value);
            } else {
                emit(Op::LOAD_CONST, const_index(ConstNone{}), e.span);
            }
            // An async generator marks what it yields, to tell it from what an
            // `await` inside it yields to the event loop.
            if (is_async_generator())
                emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::AsyncGenWrap), e.span);
            emit(Op::YIELD_VALUE, 0, e.span);
            emit(Op::RESUME, 1, e.span);
            break;
        }
        case ExprKind::YieldFrom:
            expr(*static_cast<const YieldFrom&>(e).value);
            emit(Op::GET_YIELD_FROM_ITER, 0, e.span);
            delegate_loop(false, e.span);
            break;
        case ExprKind::Await:
            expr(*static_cast<const Await&>(e).value);
            emit(Op::GET_AWAITABLE, 0, e.span);
            delegate_loop(true, e.span);
            break;
        case ExprKind::Lambda: {
            auto& l = static_cast<const Lambda&>(e);
            CodeGen gen(table_.scope_of(&l), unit_->filename, table_);
            auto code = gen.lambda(l);
            make_function(code, &l.args, e.span);
            break;
        }
        case ExprKind::NamedExpr: {
            auto& n = static_cast<const NamedExpr&>(e);
            expr(*n.value);
            emit(Op::COPY, 1, e.span);
            assign_to(*n.target);
            break;
        }
        case ExprKind::Dict: {
            // {a: 1, **m, b: 2}: runs of plain pairs become BUILD_MAP, ** entries DICT_UPDATE.
            auto& d = static_cast<const Dict&>(e);
            uint32_t pending = 0;
            bool built = false;
            auto flush = [&] {
                if (!pending && built) return;
                emit(Op::BUILD_MAP, pending, e.span);
                if (built) emit(Op::DICT_UPDATE, 1, e.span);
                built = true;
                pending = 0;
            };
            for (size_t i = 0; i < d.keys.size(); ++i) {
                if (!d.keys[i]) {
                    flush();
                    expr(*d.values[i]);
                    emit(Op::DICT_UPDATE, 1, d.values[i]->span);
                    continue;
                }
                expr(*d.keys[i]);
                expr(*d.values[i]);
                ++pending;
            }
            if (pending || !built) flush();
            break;
        }
        case ExprKind::Set: {
            auto& st = static_cast<const Set&>(e);
            if (!has_starred(st.elts)) {
                for (auto& x : st.elts) expr(*x);
                if (&e == iterated_frozenset_) {
                    unit_->constant_frozensets.push_back(asm_.next_index());
                } else {
                    note_constant_display(st.elts);
                }
                emit(Op::BUILD_SET, static_cast<uint32_t>(st.elts.size()), e.span);
                break;
            }
            emit(Op::BUILD_SET, 0, e.span);
            for (auto& x : st.elts) {
                if (auto* star = x->as<Starred>()) {
                    expr(*star->value);
                    emit(Op::SET_UPDATE, 1, x->span);
                } else {
                    expr(*x);
                    emit(Op::SET_ADD, 1, x->span);
                }
            }
            break;
        }
        case ExprKind::GeneratorExp:
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp: {
            const std::vector<Comprehension>* gens;
            const Expr* elt;
            const Expr* value = nullptr;
            if (auto* lc = e.as<ListComp>()) {
                gens = &lc->generators;
                elt = lc->elt.get();
            } else if (auto* sc = e.as<SetComp>()) {
                gens = &sc->generators;
                elt = sc->elt.get();
            } else if (auto* ge = e.as<GeneratorExp>()) {
                gens = &ge->generators;
                elt = ge->elt.get();
            } else {
                auto* dc = e.as<DictComp>();
                gens = &dc->generators;
                elt = dc->key.get();
                value = dc->value.get();
            }
            CodeGen gen(table_.scope_of(&e), unit_->filename, table_);
            auto code = gen.comprehension(e, *gens, elt, value);
            emit(Op::PUSH_NULL, 0, e.span);
            make_function(code, nullptr, e.span);
            iterable(*(*gens)[0].iter);
            emit((*gens)[0].is_async ? Op::GET_AITER : Op::GET_ITER, 0, e.span);
            emit(Op::CALL, 1, e.span);
            // An async list/set/dict comprehension is a coroutine: await it.
            if ((code->flags & kCoCoroutine) && e.kind != ExprKind::GeneratorExp) {
                emit(Op::GET_AWAITABLE, 0, e.span);
                delegate_loop(true, e.span);
            }
            break;
        }
        case ExprKind::JoinedStr: {
            auto& j = static_cast<const JoinedStr&>(e);
            for (auto& part : j.values) expr(*part);
            if (j.values.size() != 1 || j.values[0]->kind != ExprKind::Constant)
                emit(Op::BUILD_STRING, static_cast<uint32_t>(j.values.size()), e.span);
            if (j.values.empty()) emit(Op::LOAD_CONST, const_index(ConstStr{""}), e.span);
            break;
        }
        case ExprKind::FormattedValue: {
            auto& fv = static_cast<const FormattedValue&>(e);
            expr(*fv.value);
            uint32_t flags = fv.conversion == 's' ? 1 : fv.conversion == 'r' ? 2 : fv.conversion == 'a' ? 3 : 0;
            if (fv.format_spec) {
                expr(*fv.format_spec);
                flags |= 4;
            }
            emit(Op::FORMAT_VALUE, flags, e.span);
            break;
        }
        case ExprKind::Starred: fail(e.span, "can't use starred expression here");
        case ExprKind::Slice: {
            auto& sl = static_cast<const Slice&>(e);
            for (const ExprPtr* bound : {&sl.lower, &sl.upper}) {
                if (*bound) {
                    expr(**bound);
                } else {
                    emit(Op::LOAD_CONST, const_index(ConstNone{}), e.span);
                }
            }
            if (sl.step) expr(*sl.step);
            emit(Op::BUILD_SLICE, sl.step ? 3 : 2, e.span);
            break;
        }
        }
    }

    // Whether a module or class body annotates a plain name somewhere outside
    // nested functions and classes (CPython's find_ann): then it starts with
    // SETUP_ANNOTATIONS.
    static bool has_annotations(const StmtList& body) {
        for (auto& s : body) {
            switch (s->kind) {
            case StmtKind::AnnAssign:
                if (static_cast<const AnnAssign&>(*s).simple) return true;
                break;
            case StmtKind::For: {
                auto& f = static_cast<const For&>(*s);
                if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
                break;
            }
            case StmtKind::While: {
                auto& w = static_cast<const While&>(*s);
                if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
                break;
            }
            case StmtKind::If: {
                auto& i = static_cast<const If&>(*s);
                if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
                break;
            }
            case StmtKind::With:
                if (has_annotations(static_cast<const With&>(*s).body)) return true;
                break;
            case StmtKind::Try: {
                auto& t = static_cast<const Try&>(*s);
                if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody)) return true;
                for (auto& h : t.handlers)
                    if (has_annotations(h.body)) return true;
                break;
            }
            default:
                break;
            }
        }
        return false;
    }

    // A body whose first statement is a string literal has that as its __doc__.
    static std::optional<std::string> docstring_of(const StmtList& body) {
        if (body.empty()) return std::nullopt;
        auto* e = body.front()->as<ExprStmt>();
        if (!e) return std::nullopt;
        auto* c = e->value->as<syntax::ast::Constant>();
        if (!c || c->value_kind != ConstKind::Str) return std::nullopt;
        return c->text;
    }

    static bool has_starred(const ExprList& elts) {
        for (auto& x : elts)
            if (x->kind == ExprKind::Starred) return true;
        return false;
    }

    // What CPython's AST optimizer turns into a constant: literals, signs on
    // numbers, and tuples of those (binary operations are not followed).
    static bool folds_to_constant(const Expr& e) {
        if (e.kind == ExprKind::Constant) return true;
        if (auto* u = e.as<syntax::ast::UnaryOp>()) {
            auto* c = u->operand->as<syntax::ast::Constant>();
            if (!c) return false;
            bool number = c->value_kind == ConstKind::Int || c->value_kind == ConstKind::Float;
            if (u->op == syntax::ast::UnaryOpKind::Invert) return c->value_kind == ConstKind::Int;
            return u->op == syntax::ast::UnaryOpKind::Not || number;
        }
        if (auto* t = e.as<syntax::ast::Tuple>()) {
            for (auto& x : t->elts)
                if (!folds_to_constant(*x)) return false;
            return true;
        }
        return false;
    }

    // What a for loop or a comprehension iterates: CPython's optimizer makes a
    // display of constants there a constant (fold_iter), which for a set is a
    // frozenset whose layout shows in the iteration order.
    void iterable(const Expr& e) {
        if (auto* st = e.as<Set>()) {
            bool constant = true;
            for (auto& x : st->elts) constant = constant && folds_to_constant(*x);
            if (constant) iterated_frozenset_ = &e;
        }
        expr(e);
    }

    // A list or set display of more than two constants (see
    // CodeUnit::constant_displays): note where its BUILD_* goes.
    void note_constant_display(const ExprList& elts) {
        if (elts.size() <= 2) return;
        for (auto& x : elts)
            if (!folds_to_constant(*x)) return;
        unit_->constant_displays.push_back(asm_.next_index());
    }

    // [a, *b, c] builds a list and extends it; a tuple display converts at the end.
    void sequence_display(const ExprList& elts, Op build, const Span& span) {
        if (!has_starred(elts)) {
            for (auto& x : elts) expr(*x);
            if (build == Op::BUILD_LIST) {
                size_t before = unit_->constant_displays.size();
                note_constant_display(elts);
                if (unit_->constant_displays.size() == before && elts.size() > 30)  // STACK_USE_GUIDELINE
                    unit_->appended_displays.push_back(asm_.next_index());
            }
            emit(build, static_cast<uint32_t>(elts.size()), span);
            return;
        }
        emit(Op::BUILD_LIST, 0, span);
        bool seen_star = false;
        for (auto& x : elts) {
            if (auto* st = x->as<Starred>()) {
                seen_star = true;
                expr(*st->value);
                emit(Op::LIST_EXTEND, 1, x->span);
            } else {
                expr(*x);
                if (!seen_star && elts.size() <= 30) unit_->prebuilt_appends.push_back(asm_.next_index());
                emit(Op::LIST_APPEND, 1, x->span);
            }
        }
        if (build == Op::BUILD_TUPLE)
            emit(Op::CALL_INTRINSIC_1, static_cast<uint32_t>(Intrinsic1::ListToTuple), span);
    }

    // Whether a literal test is true (`while 1:`), as bool() would say; nothing
    // for any other expression.
    static std::optional<bool> constant_truth(const Expr& e) {
        auto* c = e.as<syntax::ast::Constant>();
        if (!c) return std::nullopt;
        switch (c->value_kind) {
        case ConstKind::True:
        case ConstKind::Ellipsis: return true;
        case ConstKind::False:
        case ConstKind::None: return false;
        case ConstKind::Int: return c->text.find_first_not_of('0') != std::string::npos;
        case ConstKind::Float: return c->number != 0.0;
        case ConstKind::Str:
        case ConstKind::Bytes: return !c->text.empty();
        case ConstKind::Complex: return std::nullopt;
        }
        return std::nullopt;
    }

    static Constant constant_of(const syntax::ast::Constant& c) {
        switch (c.value_kind) {
        case ConstKind::None: return ConstNone{};
        case ConstKind::True: return true;
        case ConstKind::False: return false;
        case ConstKind::Ellipsis: return ConstEllipsis{};
        case ConstKind::Int: return ConstInt{c.text, false};
        case ConstKind::Float: return ConstFloat{c.number};
        case ConstKind::Str: return ConstStr{c.text};
        case ConstKind::Bytes: return ConstBytes{c.text};
        case ConstKind::Complex: unsupported(c.span, "complex numbers");
        }
        return ConstNone{};
    }

    static uint32_t compare_oparg(CmpOpKind op) {
        switch (op) {
        case CmpOpKind::Lt: return 0;
        case CmpOpKind::LtE: return 1;
        case CmpOpKind::Eq: return 2;
        case CmpOpKind::NotEq: return 3;
        case CmpOpKind::Gt: return 4;
        case CmpOpKind::GtE: return 5;
        default: return 0;
        }
    }

    void compare_one(CmpOpKind op, const Span& span) {
        switch (op) {
        case CmpOpKind::Is: emit(Op::IS_OP, 0, span); break;
        case CmpOpKind::IsNot: emit(Op::IS_OP, 1, span); break;
        case CmpOpKind::In: emit(Op::CONTAINS_OP, 0, span); break;
        case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1, span); break;
        default: emit(Op::COMPARE_OP, compare_oparg(op), span); break;
        }
    }

    // a < b < c evaluates b once and stops at the first false link
    // (CPython's compiler_compare: SWAP/COPY around each link).
    void compare(const Compare& c) {
        expr(*c.left);
        if (c.ops.size() == 1) {
            expr(*c.comparators[0]);
            compare_one(c.ops[0], c.span);
            return;
        }
        auto cleanup = asm_.new_label();
        auto end = asm_.new_label();
        for (size_t i = 0; i + 1 < c.ops.size(); ++i) {
            expr(*c.comparators[i]);
            emit(Op::SWAP, 2, c.span);
            emit(Op::COPY, 2, c.span);
            compare_one(c.ops[i], c.span);
            emit(Op::COPY, 1, c.span);
            jump(Op::POP_JUMP_IF_FALSE, cleanup, c.span);
            emit(Op::POP_TOP, 0, c.span);
        }
        expr(*c.comparators.back());
        compare_one(c.ops.back(), c.span);
        jump(Op::JUMP_FORWARD, end, c.span);
        asm_.bind(cleanup);
        emit(Op::SWAP, 2, c.span);
        emit(Op::POP_TOP, 0, c.span);
        asm_.bind(end);
    }

    void call(const Call& c) {
        bool star_kwargs = false;
        for (auto& k : c.keywords) star_kwargs |= k.arg.empty();
        bool star_call = has_starred(c.args) || star_kwargs;
        if (star_call && c.func->kind == ExprKind::Attribute) {
            // CALL_FUNCTION_EX takes [NULL, callable]: load the bound method plainly.
            emit(Op::PUSH_NULL, 0, c.span);
            expr(*c.func);
            call_ex(c);
            return;
        }
        if (auto* attr = c.func->as<Attribute>()) {
            // Method call: LOAD_ATTR with the low bit pushes method + self (or NULL + attribute).
            expr(*attr->value);
            emit(Op::LOAD_ATTR, (attr_index(attr->attr) << 1) | 1, c.func->span);
        } else if (auto* name = c.func->as<Name>()) {
            load_name(name->id, name->span, true);
        } else {
            emit(Op::PUSH_NULL, 0, c.span);
            expr(*c.func);
        }
        if (star_call) {
            call_ex(c);
            return;
        }
        for (auto& a : c.args) expr(*a);
        auto names = std::make_shared<ConstTuple>();
        for (auto& k : c.keywords) {
            expr(*k.value);
            names->items.push_back(ConstStr{k.arg});
        }
        if (!names->items.empty()) emit(Op::KW_NAMES, const_index(names), c.span);
        emit(Op::CALL, static_cast<uint32_t>(c.args.size() + c.keywords.size()), c.span);
    }

    // f(*args, **kwargs): a tuple of positional arguments and a dict of keywords.
    void call_ex(const Call& c) {
        sequence_display(c.args, Op::BUILD_TUPLE, c.span);
        if (c.keywords.empty()) {
            emit(Op::CALL_FUNCTION_EX, 0, c.span);
            return;
        }
        uint32_t pending = 0;
        bool built = false;
        for (auto& k : c.keywords) {
            if (k.arg.empty()) {
                if (pending || !built) {
                    emit(Op::BUILD_MAP, pending, c.span);
                    if (built) emit(Op::DICT_MERGE, 1, c.span);
                    built = true;
                    pending = 0;
                }
                expr(*k.value);
                emit(Op::DICT_MERGE, 1, k.span);
                continue;
            }
            emit(Op::LOAD_CONST, const_index(ConstStr{k.arg}), k.span);
            expr(*k.value);
            ++pending;
        }
        if (pending) {
            emit(Op::BUILD_MAP, pending, c.span);
            if (built) emit(Op::DICT_MERGE, 1, c.span);
        }
        emit(Op::CALL_FUNCTION_EX, 1, c.span);
    }
};

}  // namespace

bool constants_equal(const Constant& a, const Constant& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](const auto& x) -> bool {
            using T = std::decay_t<decltype(x)>;
            const T& y = std::get<T>(b);
            if constexpr (std::is_same_v<T, ConstNone> || std::is_same_v<T, ConstEllipsis>) {
                return true;
            } else if constexpr (std::is_same_v<T, bool>) {
                return x == y;
            } else if constexpr (std::is_same_v<T, ConstInt>) {
                return x.digits == y.digits && x.negative == y.negative;
            } else if constexpr (std::is_same_v<T, ConstFloat>) {
                // Distinguish 0.0 from -0.0 (and keep NaNs apart), as CPython's const cache does.
                return std::memcmp(&x.value, &y.value, sizeof(double)) == 0;
            } else if constexpr (std::is_same_v<T, ConstStr>) {
                return x.utf8 == y.utf8;
            } else if constexpr (std::is_same_v<T, ConstBytes>) {
                return x.bytes == y.bytes;
            } else if constexpr (std::is_same_v<T, std::shared_ptr<ConstTuple>>) {
                if (x->items.size() != y->items.size()) return false;
                for (size_t i = 0; i < x->items.size(); ++i)
                    if (!constants_equal(x->items[i], y->items[i])) return false;
                return true;
            } else {
                return x == y;  // code units are never shared
            }
        },
        a);
}

CompileResult compile_module(const Module& module, std::string_view filename) {
    auto table = SymbolTable::build(module);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&table)) return *err;
    auto& symbols = std::get<std::unique_ptr<SymbolTable>>(table);
    try {
        CodeGen gen(symbols->module_scope(), filename, *symbols);
        return gen.module(module);
    } catch (CompileError& e) {
        return std::move(e.info);
    }
}

namespace {

void attach_source(CodeUnit& unit, const std::shared_ptr<const std::string>& text) {
    unit.source = text;
    for (auto& c : unit.consts)
        if (auto* inner = std::get_if<std::shared_ptr<CodeUnit>>(&c)) attach_source(**inner, text);
}

}  // namespace

CompileResult compile_expression(std::string_view source, std::string_view filename) {
    auto parsed = syntax::parse_module(source);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&parsed)) return *err;
    const Module& module = *std::get<std::unique_ptr<Module>>(parsed);
    if (module.body.size() != 1 || module.body[0]->kind != StmtKind::Expr) {
        syntax::SyntaxErrorInfo info;
        info.message = "invalid syntax";
        if (!module.body.empty()) {
            const Span& span = module.body.size() == 1 ? module.body[0]->span : module.body[1]->span;
            info.line = span.line;
            info.col = span.col;
            info.end_line = span.line;
            info.end_col = span.col + 1;
        } else {
            info.line = 1;
            info.end_line = 1;
            info.end_col = 1;
        }
        return info;
    }
    auto table = SymbolTable::build(module);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&table)) return *err;
    auto& symbols = std::get<std::unique_ptr<SymbolTable>>(table);
    try {
        CodeGen gen(symbols->module_scope(), filename, *symbols);
        return gen.expression(*static_cast<const ExprStmt&>(*module.body[0]).value);
    } catch (CompileError& e) {
        return std::move(e.info);
    }
}

CompileResult compile_source(std::string_view source, std::string_view filename, bool keep_source) {
    auto parsed = syntax::parse_module(source);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&parsed)) return *err;
    auto result = compile_module(*std::get<std::unique_ptr<Module>>(parsed), filename);
    if (keep_source) {
        if (auto* unit = std::get_if<std::shared_ptr<CodeUnit>>(&result))
            attach_source(**unit, std::make_shared<const std::string>(source));
    }
    return result;
}

}  // namespace ys::compile
