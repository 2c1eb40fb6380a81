// Writing to sys.stdout / sys.stderr (see stdio.h).
#include "runtime/stdio.h"

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

Val current_stream(bool is_stderr) {
    ModuleObject* sys = cx().sys_module;
    // Until the program imports sys it cannot have replaced the streams.
    if (!sys) return nullptr;
    Value v = sys->dict->get_str(intern(is_stderr ? "stderr" : "stdout"));
    if (v) return Val::borrow(v);
    return raise(exc_types().runtime_error, is_stderr ? "lost sys.stderr" : "lost sys.stdout");
}

bool write_stream(Value file, std::string_view text) {
    bool is_stderr;
    if (is_session_stream(file, &is_stderr)) {
        cx().hooks().write_output(is_stderr, text);
        return true;
    }
    Val write = get_attr(file, intern_literal("write"));
    if (!write) return false;
    return !call1(write, new_str(std::string(text)).get()).is_null();
}

}  // namespace ys::runtime
