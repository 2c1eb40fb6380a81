// Traceback formatting (see traceback.h).
#include "runtime/traceback.h"

#include <set>

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/module.h"
#include "objects/str.h"

namespace ys::runtime {

using namespace objects;

namespace {

std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n\f");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r\n\f");
    return s.substr(b, e - b + 1);
}

void format_one(Value exc, const SourceLookup& source, std::string& out) {
    auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
    if (e->traceback) {
        out += "Traceback (most recent call last):\n";
        for (TracebackObject* tb = e->traceback.get(); tb; tb = tb->next.get()) {
            const auto& unit = tb->frame->code->unit();
            out += "  File \"" + unit.filename + "\", line " + std::to_string(tb->lineno) + ", in " + unit.name + "\n";
            std::string text = strip(source(unit.filename, tb->lineno));
            if (!text.empty()) out += "    " + text + "\n";
        }
    }
    out += format_exception_only(exc);
}

void format_chain(Value exc, const SourceLookup& source, std::set<Object*>& seen, std::string& out) {
    seen.insert(exc.as_object());
    auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
    if (e->cause && !seen.count(e->cause.get().as_object())) {
        format_chain(e->cause, source, seen, out);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context && !e->suppress_context && !seen.count(e->context.get().as_object())) {
        format_chain(e->context, source, seen, out);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_one(exc, source, out);
}

}  // namespace

std::string format_exception_only(Value exc) {
    TypeObject* t = type_of(exc);
    std::string name = t->module == "builtins" || t->module == "__main__" ? t->qualname : t->module + "." + t->qualname;
    std::string message = exception_message(exc);
    if (message.empty()) return name + "\n";
    return name + ": " + message + "\n";
}

std::string format_exception(Value exc, const SourceLookup& source) {
    std::set<Object*> seen;
    std::string out;
    format_chain(exc, source, seen, out);
    return out;
}

}  // namespace ys::runtime
