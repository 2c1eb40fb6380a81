// What the compiler produces for one code block (module, function, class body,
// lambda, comprehension): plain data, no Python objects, so this layer stays
// below objects/. objects/code.h turns it into a code object (CPython's
// PyCodeObject) with real constants.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compile/opcodes.h"
#include "util/source.h"

namespace ys::compile {

// co_flags bits, as CPython defines them.
enum CodeFlags : uint32_t {
    kCoOptimized = 0x0001,
    kCoNewLocals = 0x0002,
    kCoVarargs = 0x0004,
    kCoVarkeywords = 0x0008,
    kCoNested = 0x0010,
    kCoGenerator = 0x0020,
    kCoNoFree = 0x0040,
    kCoCoroutine = 0x0080,
    kCoIterableCoroutine = 0x0100,
    kCoAsyncGenerator = 0x0200,
};

struct CodeUnit;

// A compile-time constant. Ints are kept as base-10 digits (with a sign) so
// arbitrarily large literals survive until objects/ makes them.
struct ConstNone {};
struct ConstEllipsis {};
struct ConstInt { std::string digits; bool negative = false; };
struct ConstFloat { double value; };
struct ConstStr { std::string utf8; };
struct ConstBytes { std::string bytes; };
struct ConstTuple;  // tuples of constants (KW_NAMES, folded literals)
using Constant = std::variant<ConstNone, ConstEllipsis, bool, ConstInt, ConstFloat, ConstStr, ConstBytes,
                              std::shared_ptr<ConstTuple>, std::shared_ptr<CodeUnit>>;
struct ConstTuple { std::vector<Constant> items; };

bool constants_equal(const Constant& a, const Constant& b);

// One row of CPython's exception table: instructions [start, end) jump to
// `handler` with the stack cut to `depth` (plus the lasti if `push_lasti`).
struct ExceptionTableEntry {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    uint32_t depth;
    bool push_lasti;
};

// Line `line` (1-based) of `text` with its line break, as linecache gives it
// (a missing final line break is added); empty when there is no such line.
std::string source_line(const std::string& text, int line);

struct CodeUnit {
    std::string name;      // co_name
    std::string qualname;  // co_qualname
    std::string filename;
    int firstlineno = 1;
    uint32_t flags = 0;
    uint32_t argcount = 0;
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;

    std::vector<std::string> varnames;  // arguments first, then other locals
    std::vector<std::string> cellvars;  // locals captured by inner functions
    std::vector<std::string> freevars;  // variables captured from outer functions
    std::vector<std::string> names;     // globals, attributes, imported names
    std::vector<Constant> consts;

    std::vector<Instruction> code;
    std::vector<util::Span> positions;  // one per instruction
    std::vector<ExceptionTableEntry> exception_table;
    uint32_t stacksize = 0;
    // The stack size without the handlers CPython 3.12 added (Assembler::
    // push_handler): closer to CPython 3.11's co_stacksize, which the frame
    // sizes sys.getsizeof reports are made of.
    uint32_t stacksize_311 = 0;
    // The BUILD_LIST / BUILD_SET instructions (indexes, ascending) of displays
    // of more than two constants. CPython 3.11 builds those from one constant
    // tuple or frozenset (BUILD_LIST 0, LOAD_CONST, LIST_EXTEND), which sizes
    // the result differently (sys.getsizeof, set layout); the VM does the same.
    std::vector<uint32_t> constant_displays;
    // The BUILD_SET instructions (ascending) of set displays of constants that
    // a for loop or a comprehension iterates: CPython makes each a frozenset
    // constant and iterates that.
    std::vector<uint32_t> constant_frozensets;
    // List displays CPython 3.11 shapes differently from ours: the BUILD_LISTs
    // of more than 30 items, which it builds by appending one by one, and the
    // LIST_APPENDs of the items before a display's first starred item, which
    // it puts in its first BUILD_LIST (allocated exactly).
    std::vector<uint32_t> appended_displays;
    std::vector<uint32_t> prebuilt_appends;
    std::optional<std::string> docstring;  // a function's __doc__ (its first statement, if a string)
    // The text of the file this unit was compiled from, shared by every unit of
    // one compilation: tracebacks read their source lines from it (CPython's
    // linecache). Null for code compiled from a string (exec, eval).
    std::shared_ptr<const std::string> source;
    // Line `line` of `source` (see compile::source_line); empty when unknown.
    std::string source_line(int line) const { return source ? compile::source_line(*source, line) : std::string(); }

    // The frame's fast slots, as CPython's localsplus: every varname, then the
    // cellvars that are not also arguments or locals, then the freevars.
    std::vector<std::string> localsplus_names;
    size_t localsplus_count() const { return localsplus_names.size(); }
    // The slot of a cell or free variable named `name`.
    uint32_t deref_slot(const std::string& name) const;
    // Fills localsplus_names from varnames, cellvars and freevars.
    void layout_localsplus();
};

}  // namespace ys::compile
