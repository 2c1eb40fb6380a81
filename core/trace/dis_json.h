// The program's bytecode as JSON for the page's bytecode pane: every code
// object of the loaded program (the module first, then nested code depth
// first, as `dis` lists them), each with its instructions, their offsets,
// source positions and the meaning of their arguments.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "compile/code_unit.h"

namespace ys::trace {

// The code units of a program in listing order; a unit's position is the
// `code` index snapshots and the dis JSON use.
class CodeIndex {
public:
    explicit CodeIndex(const compile::CodeUnit* root = nullptr);
    int index_of(const compile::CodeUnit* unit) const;
    const std::vector<const compile::CodeUnit*>& units() const { return units_; }

private:
    void add(const compile::CodeUnit* unit);
    std::vector<const compile::CodeUnit*> units_;
    std::unordered_map<const compile::CodeUnit*, int> index_;
};

std::string dis_to_json(const CodeIndex& codes);

}  // namespace ys::trace
