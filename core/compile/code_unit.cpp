// The localsplus layout of a code unit and the lines of its source (see code_unit.h).
#include "compile/code_unit.h"

#include <algorithm>

#include "util/assert.h"

namespace ys::compile {

void CodeUnit::layout_localsplus() {
    localsplus_names = varnames;
    for (const auto& c : cellvars)
        if (std::find(varnames.begin(), varnames.end(), c) == varnames.end()) localsplus_names.push_back(c);
    localsplus_names.insert(localsplus_names.end(), freevars.begin(), freevars.end());
}

uint32_t CodeUnit::deref_slot(const std::string& name) const {
    // Free variables live at the end; a name both local and free cannot happen.
    for (size_t i = localsplus_names.size(); i-- > 0;)
        if (localsplus_names[i] == name) return static_cast<uint32_t>(i);
    YS_ASSERT(false && "deref of a name with no slot");
    return 0;
}

std::string source_line(const std::string& text, int line) {
    if (line < 1) return {};
    size_t pos = 0;
    for (int n = 1; pos < text.size(); ++n) {
        // Universal newlines, as a file read in text mode: \n, \r\n or \r.
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string::npos) end = text.size();
        if (n == line) return text.substr(pos, end - pos) + "\n";
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        pos = end + 1;
    }
    return {};
}

}  // namespace ys::compile
