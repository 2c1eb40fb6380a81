// The abstract syntax tree, shaped after CPython's Parser/Python.asdl (3.11).
// The parser builds it, the symbol table and the code generator read it.
// Every node carries the span of source it came from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "util/source.h"

namespace ys::syntax::ast {

using util::Span;

// ---------------------------------------------------------------- expressions

enum class ExprKind {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
    DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
    JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

// Whether a Name/Attribute/Subscript/Starred/List/Tuple is read, assigned or deleted.
enum class Ctx { Load, Store, Del };

enum class BoolOpKind { And, Or };
enum class BinOpKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
    ExprKind kind;
    Span span;

    template <class T> T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const { return kind == T::kKind ? static_cast<const T*>(this) : nullptr; }
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

template <ExprKind K>
struct ExprNode : Expr {
    static constexpr ExprKind kKind = K;
    ExprNode() : Expr(K) {}
};

struct BoolOp : ExprNode<ExprKind::BoolOp> {
    BoolOpKind op{};
    ExprList values;  // two or more
};

struct NamedExpr : ExprNode<ExprKind::NamedExpr> {
    ExprPtr target;  // always a Name (Store)
    ExprPtr value;
};

struct BinOp : ExprNode<ExprKind::BinOp> {
    ExprPtr left;
    BinOpKind op{};
    ExprPtr right;
};

struct UnaryOp : ExprNode<ExprKind::UnaryOp> {
    UnaryOpKind op{};
    ExprPtr operand;
};

struct Arg {
    std::string name;
    ExprPtr annotation;  // may be null; evaluated but otherwise ignored
    Span span;
};

// Parameters of a def or lambda, in CPython's order of kinds.
struct Arguments {
    std::vector<Arg> posonlyargs;
    std::vector<Arg> args;
    std::unique_ptr<Arg> vararg;  // *args, may be null
    std::vector<Arg> kwonlyargs;
    ExprList kw_defaults;         // same length as kwonlyargs; null where no default
    std::unique_ptr<Arg> kwarg;   // **kwargs, may be null
    ExprList defaults;            // defaults of the last len(defaults) of posonlyargs+args
};

struct Lambda : ExprNode<ExprKind::Lambda> {
    Arguments args;
    ExprPtr body;
};

struct IfExp : ExprNode<ExprKind::IfExp> {
    ExprPtr test;
    ExprPtr body;
    ExprPtr orelse;
};

struct Dict : ExprNode<ExprKind::Dict> {
    ExprList keys;    // a null key means `**values[i]`
    ExprList values;
};

struct Set : ExprNode<ExprKind::Set> {
    ExprList elts;
};

struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    ExprList ifs;
    bool is_async = false;
};

struct ListComp : ExprNode<ExprKind::ListComp> {
    ExprPtr elt;
    std::vector<Comprehension> generators;
};

struct SetComp : ExprNode<ExprKind::SetComp> {
    ExprPtr elt;
    std::vector<Comprehension> generators;
};

struct DictComp : ExprNode<ExprKind::DictComp> {
    ExprPtr key;
    ExprPtr value;
    std::vector<Comprehension> generators;
};

struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> {
    ExprPtr elt;
    std::vector<Comprehension> generators;
};

struct Await : ExprNode<ExprKind::Await> {
    ExprPtr value;
};

struct Yield : ExprNode<ExprKind::Yield> {
    ExprPtr value;  // may be null
};

struct YieldFrom : ExprNode<ExprKind::YieldFrom> {
    ExprPtr value;
};

struct Compare : ExprNode<ExprKind::Compare> {
    ExprPtr left;
    std::vector<CmpOpKind> ops;
    ExprList comparators;  // same length as ops
};

struct Keyword {
    std::string arg;  // empty for `**mapping`
    ExprPtr value;
    Span span;
};

struct Call : ExprNode<ExprKind::Call> {
    ExprPtr func;
    ExprList args;  // may contain Starred
    std::vector<Keyword> keywords;
};

// One replacement field of an f-string: {value!conversion:format_spec}.
struct FormattedValue : ExprNode<ExprKind::FormattedValue> {
    ExprPtr value;
    int conversion = -1;  // -1 none, 's', 'r' or 'a'
    ExprPtr format_spec;  // a JoinedStr, or null
};

// An f-string: a sequence of Constant(str) and FormattedValue parts.
struct JoinedStr : ExprNode<ExprKind::JoinedStr> {
    ExprList values;
};

enum class ConstKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : ExprNode<ExprKind::Constant> {
    ConstKind value_kind = ConstKind::None;
    // Int: the literal's digits in base 10, without sign or underscores
    //      ("0x1F" arrives as "31"); arbitrarily long.
    // Str: the value as UTF-8.  Bytes: the raw bytes.
    std::string text;
    double number = 0.0;  // Float, and the imaginary part of Complex
    // Str: the literal (or the first of a concatenation) had a `u` prefix;
    // CPython's ast shows it as kind='u'.
    bool u_prefix = false;
};

struct Attribute : ExprNode<ExprKind::Attribute> {
    ExprPtr value;
    std::string attr;
    Ctx ctx = Ctx::Load;
};

struct Subscript : ExprNode<ExprKind::Subscript> {
    ExprPtr value;
    ExprPtr slice;  // a Slice, a Tuple (a[1:2, 3]) or any expression
    Ctx ctx = Ctx::Load;
};

struct Starred : ExprNode<ExprKind::Starred> {
    ExprPtr value;
    Ctx ctx = Ctx::Load;
};

struct Name : ExprNode<ExprKind::Name> {
    std::string id;
    Ctx ctx = Ctx::Load;
};

struct List : ExprNode<ExprKind::List> {
    ExprList elts;
    Ctx ctx = Ctx::Load;
};

struct Tuple : ExprNode<ExprKind::Tuple> {
    ExprList elts;
    Ctx ctx = Ctx::Load;
};

struct Slice : ExprNode<ExprKind::Slice> {
    ExprPtr lower;  // each may be null
    ExprPtr upper;
    ExprPtr step;
};

// ---------------------------------------------------------------- patterns (match)

enum class PatternKind { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };

struct Pattern {
    explicit Pattern(PatternKind k) : kind(k) {}
    virtual ~Pattern() = default;
    PatternKind kind;
    Span span;

    template <class T> T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const { return kind == T::kKind ? static_cast<const T*>(this) : nullptr; }
};
using PatternPtr = std::unique_ptr<Pattern>;
using PatternList = std::vector<PatternPtr>;

template <PatternKind K>
struct PatternNode : Pattern {
    static constexpr PatternKind kKind = K;
    PatternNode() : Pattern(K) {}
};

struct MatchValue : PatternNode<PatternKind::MatchValue> {
    ExprPtr value;  // a literal, a signed number, a complex literal or a dotted name
};

struct MatchSingleton : PatternNode<PatternKind::MatchSingleton> {
    ConstKind value = ConstKind::None;  // None, True or False
};

struct MatchSequence : PatternNode<PatternKind::MatchSequence> {
    PatternList patterns;
};

struct MatchMapping : PatternNode<PatternKind::MatchMapping> {
    ExprList keys;
    PatternList patterns;
    std::string rest;  // `**rest`, empty if absent
};

struct MatchClass : PatternNode<PatternKind::MatchClass> {
    ExprPtr cls;
    PatternList patterns;
    std::vector<std::string> kwd_attrs;
    PatternList kwd_patterns;
};

struct MatchStar : PatternNode<PatternKind::MatchStar> {
    std::string name;  // empty for `*_`
};

// `pattern as name`, a capture `name` (pattern null), or the wildcard `_` (both empty).
struct MatchAs : PatternNode<PatternKind::MatchAs> {
    PatternPtr pattern;
    std::string name;
};

struct MatchOr : PatternNode<PatternKind::MatchOr> {
    PatternList patterns;
};

// ---------------------------------------------------------------- statements

enum class StmtKind {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
    With, Match, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass,
    Break, Continue,
};

struct Stmt {
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
    StmtKind kind;
    Span span;

    template <class T> T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const { return kind == T::kKind ? static_cast<const T*>(this) : nullptr; }
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

template <StmtKind K>
struct StmtNode : Stmt {
    static constexpr StmtKind kKind = K;
    StmtNode() : Stmt(K) {}
};

// `def` and `async def` (CPython's FunctionDef and AsyncFunctionDef).
struct FunctionDef : StmtNode<StmtKind::FunctionDef> {
    bool is_async = false;
    std::string name;
    Span name_span;
    Arguments args;
    StmtList body;
    ExprList decorator_list;
    ExprPtr returns;  // may be null
};

struct ClassDef : StmtNode<StmtKind::ClassDef> {
    std::string name;
    Span name_span;
    ExprList bases;
    std::vector<Keyword> keywords;
    StmtList body;
    ExprList decorator_list;
};

struct Return : StmtNode<StmtKind::Return> {
    ExprPtr value;  // may be null
};

struct Delete : StmtNode<StmtKind::Delete> {
    ExprList targets;
};

// a = b = value: targets holds a and b.
struct Assign : StmtNode<StmtKind::Assign> {
    ExprList targets;
    ExprPtr value;
};

struct AugAssign : StmtNode<StmtKind::AugAssign> {
    ExprPtr target;
    BinOpKind op{};
    ExprPtr value;
};

struct AnnAssign : StmtNode<StmtKind::AnnAssign> {
    ExprPtr target;
    ExprPtr annotation;
    ExprPtr value;      // may be null
    bool simple = false;  // target is a plain name not in parentheses
};

// `for` and `async for`.
struct For : StmtNode<StmtKind::For> {
    bool is_async = false;
    ExprPtr target;
    ExprPtr iter;
    StmtList body;
    StmtList orelse;
};

struct While : StmtNode<StmtKind::While> {
    ExprPtr test;
    StmtList body;
    StmtList orelse;
};

// `elif` chains arrive as an If nested alone in orelse.
struct If : StmtNode<StmtKind::If> {
    ExprPtr test;
    StmtList body;
    StmtList orelse;
};

struct WithItem {
    ExprPtr context_expr;
    ExprPtr optional_vars;  // may be null
};

// `with` and `async with`.
struct With : StmtNode<StmtKind::With> {
    bool is_async = false;
    std::vector<WithItem> items;
    StmtList body;
};

struct MatchCase {
    PatternPtr pattern;
    ExprPtr guard;  // may be null
    StmtList body;
};

struct Match : StmtNode<StmtKind::Match> {
    ExprPtr subject;
    std::vector<MatchCase> cases;
};

struct Raise : StmtNode<StmtKind::Raise> {
    ExprPtr exc;    // may be null (bare raise)
    ExprPtr cause;  // may be null
};

struct ExceptHandler {
    ExprPtr type;      // may be null (bare except)
    std::string name;  // empty if no `as`
    StmtList body;
    Span span;         // the `except ...:` line
};

// try/except/else/finally, and try/except* (is_star).
struct Try : StmtNode<StmtKind::Try> {
    bool is_star = false;
    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orelse;
    StmtList finalbody;
};

struct Assert : StmtNode<StmtKind::Assert> {
    ExprPtr test;
    ExprPtr msg;  // may be null
};

struct Alias {
    std::string name;    // dotted for `import a.b`; "*" for `from m import *`
    std::string asname;  // empty if no `as`
    Span span;
};

struct Import : StmtNode<StmtKind::Import> {
    std::vector<Alias> names;
};

struct ImportFrom : StmtNode<StmtKind::ImportFrom> {
    std::string module;  // may be empty for `from . import x`
    std::vector<Alias> names;
    int level = 0;       // number of leading dots
};

struct Global : StmtNode<StmtKind::Global> {
    std::vector<std::string> names;
};

struct Nonlocal : StmtNode<StmtKind::Nonlocal> {
    std::vector<std::string> names;
};

struct ExprStmt : StmtNode<StmtKind::Expr> {
    ExprPtr value;
};

struct Pass : StmtNode<StmtKind::Pass> {};
struct Break : StmtNode<StmtKind::Break> {};
struct Continue : StmtNode<StmtKind::Continue> {};

// ---------------------------------------------------------------- module

struct Module {
    StmtList body;
};

}  // namespace ys::syntax::ast
