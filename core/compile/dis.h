// A `dis`-style listing of compiled code (Lib/dis.py's layout as of 3.11):
// line numbers, jump-target markers, offsets, opnames, arguments and their meaning.
#pragma once

#include <string>

#include "compile/code_unit.h"

namespace ys::compile {

// Lists `unit`, then every code unit nested in its constants.
std::string disassemble(const CodeUnit& unit);

// The readable form of a constant as dis prints it (repr-like).
std::string constant_repr(const Constant& c);

}  // namespace ys::compile
