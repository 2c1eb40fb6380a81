// _traceback: the native half of the traceback and linecache modules
// (runtime/pylib/traceback.py, linecache.py). It hands Python the frames of a
// traceback or a stack with their source lines and positions, and formats
// frames and exception lines with the code that reports uncaught exceptions,
// so both print the same text.
#include "objects/code.h"
#include "objects/context.h"
#include "objects/frame.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "runtime/traceback.h"

namespace ys::runtime {

using namespace objects;

namespace {

bool optional_limit(Value v, std::optional<int64_t>* out) {
    if (!v || is_none(v)) return true;
    int64_t n;
    if (!index_value(v, &n)) {
        if (!cx().has_error()) raise_type_error("limit must be an integer or None");
        return false;
    }
    *out = n;
    return true;
}

Val optional_int(bool present, int v) { return present ? new_int(v) : new_none(); }

// (frame, filename, lineno, name, line, end_lineno, colno, end_colno)
Val entries(const std::vector<FrameInfo>& frames) {
    std::vector<Val> items;
    for (const FrameInfo& f : frames) {
        items.push_back(new_tuple({f.frame ? Val::borrow(f.frame) : new_none(), new_str_val(f.filename), new_int(f.lineno),
                                   new_str_val(f.name), new_str_val(f.line), optional_int(f.has_position, f.end_lineno),
                                   optional_int(f.has_position, f.colno), optional_int(f.has_position, f.end_colno)})
                            .into_val());
    }
    return new_list(std::move(items)).into_val();
}

// tb_entries(tb, limit): the frames of a traceback, outermost first.
Val tb_entries(Value, CallArgs args) {
    if (!check_positional("tb_entries", args, 2, 2)) return nullptr;
    std::optional<int64_t> limit;
    if (!optional_limit(args[1], &limit)) return nullptr;
    if (is_none(args[0])) return new_list({}).into_val();
    if (type_of(args[0]) != types().traceback) return raise_type_error("tb_entries() expects a traceback");
    return entries(extract_tb(static_cast<TracebackObject*>(args[0].get().as_object()), limit));
}

// stack_entries(frame, limit): the frames from `frame` outwards, outermost first.
Val stack_entries(Value, CallArgs args) {
    if (!check_positional("stack_entries", args, 2, 2)) return nullptr;
    std::optional<int64_t> limit;
    if (!optional_limit(args[1], &limit)) return nullptr;
    if (is_none(args[0])) return new_list({}).into_val();
    if (type_of(args[0]) != types().frame) return raise_type_error("stack_entries() expects a frame");
    return entries(extract_stack(static_cast<FrameObject*>(args[0].get().as_object()), limit));
}

bool optional_int_arg(Value v, int* out, bool* present) {
    if (is_none(v)) return true;
    int64_t n;
    if (!index_value(v, &n)) {
        if (!cx().has_error()) raise_type_error("an integer or None is required");
        return false;
    }
    *out = static_cast<int>(n);
    *present = true;
    return true;
}

// format_frame(filename, lineno, name, line, end_lineno, colno, end_colno)
Val format_frame_fn(Value, CallArgs args) {
    if (!check_positional("format_frame", args, 7, 7)) return nullptr;
    FrameInfo f;
    if (!str_text(args[0], &f.filename) || !str_text(args[2], &f.name)) return nullptr;
    if (!is_none(args[3]) && !str_text(args[3], &f.line)) return nullptr;
    int64_t lineno = 0;
    if (!is_none(args[1]) && !index_value(args[1], &lineno)) return nullptr;
    f.lineno = static_cast<int>(lineno);
    bool has_end = false, has_col = false, has_end_col = false;
    if (!optional_int_arg(args[4], &f.end_lineno, &has_end) || !optional_int_arg(args[5], &f.colno, &has_col) ||
        !optional_int_arg(args[6], &f.end_colno, &has_end_col))
        return nullptr;
    f.has_position = has_col && has_end_col;
    if (!has_end) f.end_lineno = f.lineno;
    std::string text = format_frame(f);
    if (is_none(args[1])) {
        // FrameSummary prints a missing line number as None.
        size_t at = text.find(", line 0,");
        if (at != std::string::npos) text.replace(at, 9, ", line None,");
    }
    return new_str_val(text);
}

// syntax_error_lines(exc): the location lines above a SyntaxError's message.
Val syntax_error_lines_fn(Value, CallArgs args) {
    if (!check_positional("syntax_error_lines", args, 1, 1)) return nullptr;
    std::vector<Val> lines;
    for (auto& line : syntax_error_location(args[0])) lines.push_back(new_str_val(line));
    return new_list(std::move(lines)).into_val();
}

// getline(filename, lineno): linecache.getline over the sources of this session.
Val getline(Value, CallArgs args) {
    if (!check_positional("getline", args, 2, 2)) return nullptr;
    std::string filename;
    int64_t lineno;
    if (!str_text(args[0], &filename) || !index_value(args[1], &lineno)) return nullptr;
    auto it = cx().sources.find(filename);
    if (it == cx().sources.end() || lineno < 1 || lineno > INT32_MAX) return new_str_val("");
    return new_str_val(compile::source_line(*it->second, static_cast<int>(lineno)));
}

}  // namespace

Ref<ModuleObject> make_traceback_native_module() {
    auto m = new_module("_traceback");
    add_function(m.get(), "tb_entries", tb_entries);
    add_function(m.get(), "stack_entries", stack_entries);
    add_function(m.get(), "format_frame", format_frame_fn);
    add_function(m.get(), "syntax_error_lines", syntax_error_lines_fn);
    add_function(m.get(), "getline", getline);
    return m;
}

}  // namespace ys::runtime
