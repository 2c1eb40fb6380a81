// The symbol table (Python/symtable.c): pass one walks the AST and records, per
// scope, every name bound, used or declared, and whether the block yields or
// awaits; pass two decides for every name whether it is local, global, a cell
// (captured by an inner scope) or free (captured from an outer scope).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <set>
#include <variant>
#include <vector>

#include "syntax/ast.h"
#include "syntax/syntax_error.h"

namespace ys::compile {

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };

// Where the code generator finds a name at run time.
enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Facts gathered about one name in one scope.
enum SymbolFlags : uint32_t {
    kSymAssigned = 1,     // bound here (assignment, def, import, for target, ...)
    kSymUsed = 2,         // read here
    kSymParam = 4,        // a parameter
    kSymGlobal = 8,       // declared `global`
    kSymNonlocal = 16,    // declared `nonlocal`
    kSymAnnotated = 32,   // annotated at this scope
    kSymIterTarget = 64,  // bound as a comprehension's iteration variable
};

// Private name mangling (CPython's _Py_Mangle): inside class `_Ham`, `__spam`
// becomes `_Ham__spam`. Dunder names, dotted names, and names inside a class
// whose name is only underscores stay as they are. `private_name` is the name
// of the innermost enclosing class, empty outside classes.
std::string mangle(const std::string& private_name, const std::string& name);

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;       // function or class name; "<module>", "<lambda>", "<listcomp>", ...
    std::string qualname;   // CPython's __qualname__
    // The innermost class this scope's code sits in (the class itself for its
    // body): names bound and used here are mangled with it. The symbol table
    // records mangled names.
    std::string private_name;
    const void* node = nullptr;  // the AST node that opened this scope
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;

    std::unordered_map<std::string, uint32_t> flags;   // name -> SymbolFlags
    std::unordered_map<std::string, NameScope> resolved;
    std::vector<std::string> symbol_order;  // names in order of first appearance
    std::vector<std::string> params;        // parameter names in order
    std::unordered_map<std::string, util::Span> nonlocal_spans;  // where each nonlocal was declared
    // Names a class body binds itself while an inner method captures the outer
    // function's variable of the same name (CPython's DEF_FREE_CLASS).
    std::set<std::string> class_passthrough_free;

    bool is_generator = false;      // contains yield / yield from
    bool is_coroutine = false;      // async def, or a comprehension with await inside async code
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool needs_class_cell = false;  // a method uses super() or __class__
    bool returns_value = false;     // `return expr` seen (checked for async generators)

    bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
    NameScope lookup(const std::string& name) const;
    // Locals captured by inner scopes, and names captured from outer ones, sorted
    // as CPython sorts co_cellvars / co_freevars.
    std::vector<std::string> cellvars() const;
    std::vector<std::string> freevars() const;
};

class SymbolTable {
public:
    // Builds the table for a whole module, or reports the first SyntaxError.
    static std::variant<std::unique_ptr<SymbolTable>, syntax::SyntaxErrorInfo> build(const syntax::ast::Module& module);

    Scope* module_scope() const { return root_.get(); }
    // The scope opened by a def, lambda, class or comprehension node.
    Scope* scope_of(const void* node) const;
    // `from __future__ import annotations` is in effect: annotations are kept
    // as their source text (PEP 563).
    bool future_annotations() const { return future_annotations_; }

private:
    std::unique_ptr<Scope> root_;
    std::unordered_map<const void*, Scope*> by_node_;
    bool future_annotations_ = false;
    friend class SymtableBuilder;
};

}  // namespace ys::compile
