// Traceback formatting (see traceback.h), after Lib/traceback.py of CPython
// 3.11: StackSummary.format_frame_summary, _extract_caret_anchors_from_line_segment
// and TracebackException.format.
#include "runtime/traceback.h"

#include <algorithm>
#include <set>

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "syntax/parser.h"
#include "util/utf8.h"

namespace ys::runtime {

using namespace objects;

namespace {

constexpr int kRecursiveCutoff = 3;

// str.isspace() for the characters a source line can hold.
bool is_space(char32_t c) {
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
           c == 0x3000;
}

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) out.push_back(util::decode_utf8(s, i));
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) util::append_utf8(out, c);
    return out;
}

std::u32string strip(std::u32string_view s, bool left = true, bool right = true) {
    size_t b = 0, e = s.size();
    if (left)
        while (b < e && is_space(s[b])) ++b;
    if (right)
        while (e > b && is_space(s[e - 1])) --e;
    return std::u32string(s.substr(b, e - b));
}

// Where the carets of a binary operation or a subscript change from '~' to
// '^' and back, as offsets into the segment (CPython's _Anchors).
struct Anchors {
    int left_end;
    int right_start;
};

bool caret_anchors(const std::u32string& segment, Anchors* out) {
    auto parsed = syntax::parse_module(encode(segment));
    auto* module = std::get_if<std::unique_ptr<syntax::ast::Module>>(&parsed);
    if (!module || (*module)->body.size() != 1) return false;
    auto* stmt = (*module)->body[0]->as<syntax::ast::ExprStmt>();
    if (!stmt) return false;
    const syntax::ast::Expr* expr = stmt->value.get();
    int size = static_cast<int>(segment.size());
    // Positions are relative to the segment, which holds a single line.
    if (auto* binop = expr->as<syntax::ast::BinOp>()) {
        int op_start = binop->left->span.end_col;
        int op_end = binop->right->span.col;
        if (op_start < 0 || op_end > size || op_end < op_start) return false;
        std::u32string op = segment.substr(op_start, op_end - op_start);
        int offset = static_cast<int>(op.size() - strip(op, true, false).size());
        int left = op_start + offset;
        int right = left + 1;
        if (offset + 1 < static_cast<int>(op.size()) && !is_space(op[offset + 1])) ++right;
        // Past the closing parentheses of the left operand.
        while (left < size && (is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
            ++left;
            ++right;
        }
        *out = Anchors{left, right};
        return true;
    }
    if (auto* sub = expr->as<syntax::ast::Subscript>()) {
        int left = sub->value->span.end_col;
        int right = sub->slice->span.end_col + 1;
        while (left < size && segment[left] != '[') ++left;
        while (right < size && segment[right] != ']') ++right;
        if (right < size) ++right;
        *out = Anchors{left, right};
        return true;
    }
    return false;
}

// East Asian wide and full-width characters take two columns on a terminal
// (unicodedata.east_asian_width in "WF"), for the main blocks.
bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Columns taken by the first `offset` characters of `text`.
int display_width(const std::u32string& text, int offset) {
    int width = 0;
    for (int i = 0; i < offset && i < static_cast<int>(text.size()); ++i) width += is_wide(text[i]) ? 2 : 1;
    return width + std::max(0, offset - static_cast<int>(text.size()));
}

std::string text_of(Value v) {
    std::string s;
    if (!str_text(v, &s)) {
        cx().take_error();
        return "<exception str() failed>";
    }
    return s;
}

// "ValueError", "module.Error": the qualified name CPython prints.
std::string exception_type_name(Value exc) {
    TypeObject* t = type_of(exc);
    return t->module == "builtins" || t->module == "__main__" ? t->qualname : t->module + "." + t->qualname;
}

// An attribute of a SyntaxError set by whoever raised it (None when absent).
Value syntax_attr(Value exc, const char* name) {
    DictObject* d = instance_dict(exc, false);
    Value v = d ? d->get_str(intern(name)) : Value();
    return v ? v : none();
}

bool small_int_attr(Value exc, const char* name, int64_t* out) {
    Value v = syntax_attr(exc, name);
    return is_int(v) && int_to_int64(v, out);
}

void syntax_error_lines(Value exc, const std::string& stype, std::vector<std::string>& out) {
    Value filename = syntax_attr(exc, "filename");
    std::string suffix;
    int64_t lineno = 0;
    if (small_int_attr(exc, "lineno", &lineno)) {
        std::string file = is_str(filename) && !as_str(filename)->view().empty() ? as_str(filename)->utf8() : "<string>";
        out.push_back("  File \"" + file + "\", line " + std::to_string(lineno) + "\n");
    } else if (!is_none(filename)) {
        suffix = " (" + text_of(filename) + ")";
    }
    Value text = syntax_attr(exc, "text");
    if (is_str(text)) {
        std::u32string rtext = decode(as_str(text)->view());
        while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
        size_t b = 0;
        while (b < rtext.size() && (rtext[b] == ' ' || rtext[b] == '\n' || rtext[b] == '\f')) ++b;
        std::u32string ltext = rtext.substr(b);
        int spaces = static_cast<int>(b);
        out.push_back("    " + encode(ltext) + "\n");
        int64_t offset = 0;
        if (small_int_attr(exc, "offset", &offset)) {
            int64_t end_offset = 0;
            if (!small_int_attr(exc, "end_offset", &end_offset) || end_offset == 0) end_offset = offset;
            if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
            int64_t colno = offset - 1 - spaces;
            int64_t end_colno = end_offset - 1 - spaces;
            if (colno >= 0) {
                std::u32string caretspace;
                for (int64_t i = 0; i < colno && i < static_cast<int64_t>(ltext.size()); ++i)
                    caretspace.push_back(is_space(ltext[i]) ? ltext[i] : U' ');
                out.push_back("    " + encode(caretspace) + std::string(std::max<int64_t>(0, end_colno - colno), '^') +
                              "\n");
            }
        }
    }
    Value msg = syntax_attr(exc, "msg");
    std::string m = is_none(msg) ? "" : text_of(msg);
    if (m.empty() && is_none(msg)) {
        // Raised without the located form: its first argument is the message.
        m = exception_message(exc);
    }
    if (m.empty()) m = "<no detail available>";
    out.push_back(stype + ": " + m + suffix + "\n");
}

std::string lookup_line(const CodeObject* code, int lineno, const SourceLookup& source) {
    std::string line = code->unit().source_line(lineno);
    if (line.empty() && !code->unit().source && source) {
        line = source(code->unit().filename, lineno);
        if (!line.empty()) line += "\n";
    }
    return line;
}

// The UTF-8 byte offset of code point `chars` of `line`, and back
// (traceback._byte_offset_to_character_offset).
int utf8_offset(const std::string& line, int chars) {
    size_t i = 0;
    for (int n = 0; n < chars && i < line.size(); ++n) util::decode_utf8(line, i);
    return static_cast<int>(i) + std::max(0, chars - static_cast<int>(util::count_code_points(line.substr(0, i))));
}

int char_offset(const std::string& line, int bytes) {
    return static_cast<int>(util::count_code_points(line.substr(0, std::min<size_t>(std::max(0, bytes), line.size()))));
}

template <class T>
void apply_limit(std::vector<T>& items, std::optional<int64_t> limit) {
    if (!limit) return;
    auto n = static_cast<int64_t>(items.size());
    if (*limit >= 0) {
        if (*limit < n) items.resize(static_cast<size_t>(*limit));
    } else if (-*limit < n) {
        items.erase(items.begin(), items.end() - static_cast<std::ptrdiff_t>(-*limit));
    }
}

// traceback._ExceptionPrintContext: inside an exception group, text is
// indented two columns per level behind a "| " margin ("+ " for the first
// line of the outermost group), and the last member's box must be closed.
struct PrintContext {
    int group_depth = 0;
    bool need_close = false;
    std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
};

constexpr int kMaxGroupWidth = 15;  // TracebackException's max_group_width
constexpr int kMaxGroupDepth = 10;  // and max_group_depth

void emit(const PrintContext& ctx, const std::string& text, std::vector<std::string>& out, char margin = '|') {
    if (!ctx.group_depth) {
        out.push_back(text);
        return;
    }
    std::string prefix = ctx.indent() + margin + " ";
    std::string indented;
    for (size_t start = 0; start < text.size();) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        indented += prefix + text.substr(start, end - start);
        start = end;
    }
    out.push_back(std::move(indented));
}

// TracebackException.format() for one exception and, when `chain`, the ones it
// was caused by or raised while handling, first; `seen` holds the exceptions
// a walk already produced. An exception group shows each member in a box.
void walk_one(Value exc, std::optional<int64_t> limit, bool chain, const SourceLookup& source,
              std::set<Object*>& seen, std::vector<std::string>& out, PrintContext& ctx);

void walk_chain(Value exc, std::optional<int64_t> limit, bool chain, const SourceLookup& source,
                std::set<Object*>& seen, std::vector<std::string>& out, PrintContext& ctx) {
    // The chain is followed in a loop, not by recursion (as traceback.py's
    // TracebackException does): a program can chain any number of exceptions.
    struct Link {
        Value exc;
        const char* joint;  // what is printed between it and the exception after it
    };
    std::vector<Link> links{{exc, nullptr}};
    seen.insert(exc.as_object());
    while (chain) {
        auto* e = static_cast<BaseExceptionObject*>(links.back().exc.as_object());
        Value next;
        const char* joint = nullptr;
        if (e->cause && !is_none(e->cause) && !seen.count(e->cause.get().as_object()) &&
            is_exception_instance(e->cause)) {
            next = e->cause;
            joint = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context && !e->suppress_context && !seen.count(e->context.get().as_object()) &&
                   is_exception_instance(e->context)) {
            next = e->context;
            joint = "\nDuring handling of the above exception, another exception occurred:\n\n";
        } else {
            break;
        }
        seen.insert(next.as_object());
        links.push_back({next, joint});
    }
    for (size_t i = links.size(); i-- > 0;) {
        walk_one(links[i].exc, limit, chain, source, seen, out, ctx);
        if (links[i].joint) emit(ctx, links[i].joint, out);
    }
}

// One exception of a chain: its traceback and its last lines, or the box of
// an exception group, whose members are chains of their own.
void walk_one(Value exc, std::optional<int64_t> limit, bool chain, const SourceLookup& source,
              std::set<Object*>& seen, std::vector<std::string>& out, PrintContext& ctx) {
    auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
    auto frames = extract_tb(e->traceback.get(), limit, source);
    auto* group = dynamic_cast<ExceptionGroupObject*>(e);
    if (!group || !group->exceptions) {
        if (!frames.empty()) {
            emit(ctx, "Traceback (most recent call last):\n", out);
            for (auto& piece : format_frames(frames)) emit(ctx, piece, out);
        }
        for (auto& line : format_exception_only_lines(exc)) emit(ctx, line, out);
        return;
    }
    if (ctx.group_depth > kMaxGroupDepth) {
        emit(ctx, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n", out);
        return;
    }
    bool toplevel = ctx.group_depth == 0;
    if (toplevel) ++ctx.group_depth;
    if (!frames.empty()) {
        emit(ctx, "Exception Group Traceback (most recent call last):\n", out, toplevel ? '+' : '|');
        for (auto& piece : format_frames(frames)) emit(ctx, piece, out);
    }
    for (auto& line : format_exception_only_lines(exc)) emit(ctx, line, out);
    Val members = group->exceptions;  // kept alive while its members are formatted
    const auto& items = as_tuple(members)->items;
    int count = static_cast<int>(items.size());
    int shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int i = 0; i < shown; ++i) {
        bool last = i == shown - 1;
        if (last) ctx.need_close = true;  // unless a nested group closes the box first
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        out.push_back(ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
        ++ctx.group_depth;
        if (!truncated) {
            walk_chain(items[static_cast<size_t>(i)], limit, chain, source, seen, out, ctx);
        } else {
            int remaining = count - kMaxGroupWidth;
            emit(ctx, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n", out);
        }
        if (last && ctx.need_close) {
            out.push_back(ctx.indent() + "+------------------------------------\n");
            ctx.need_close = false;
        }
        --ctx.group_depth;
    }
    if (toplevel) ctx.group_depth = 0;
}

}  // namespace

std::vector<FrameInfo> extract_tb(TracebackObject* tb, std::optional<int64_t> limit, const SourceLookup& source) {
    std::vector<FrameInfo> frames;
    for (; tb; tb = tb->next.get()) {
        const CodeObject* code = tb->frame->code.get();
        const auto& unit = code->unit();
        FrameInfo info;
        info.filename = unit.filename;
        info.name = unit.name;
        info.lineno = tb->lineno;
        if (tb->lasti >= 0 && static_cast<size_t>(tb->lasti) < unit.positions.size()) {
            const util::Span& span = unit.positions[static_cast<size_t>(tb->lasti)];
            if (span.line > 0) {
                info.lineno = span.line;
                info.has_position = true;
                info.end_lineno = span.end_line;
                info.colno = span.col;
                info.end_colno = span.end_col;
            }
        }
        info.frame = tb->frame.get();
        info.line = lookup_line(code, info.lineno, source);
        if (info.has_position) {
            info.colno = utf8_offset(info.line, info.colno);
            if (info.end_lineno == info.lineno) info.end_colno = utf8_offset(info.line, info.end_colno);
        }
        frames.push_back(std::move(info));
    }
    apply_limit(frames, limit);
    return frames;
}

std::vector<FrameInfo> extract_stack(FrameObject* frame, std::optional<int64_t> limit) {
    std::vector<FrameInfo> frames;
    for (FrameObject* f = frame; f; f = f->back) {
        const CodeObject* code = f->code.get();
        FrameInfo info;
        info.filename = code->unit().filename;
        info.name = code->unit().name;
        info.lineno = f->current_line();
        info.line = lookup_line(code, info.lineno, nullptr);
        info.frame = f;
        frames.push_back(std::move(info));
    }
    apply_limit(frames, limit);
    std::reverse(frames.begin(), frames.end());
    return frames;
}

std::string format_frame(const FrameInfo& frame) {
    std::string row = "  File \"" + frame.filename + "\", line " + std::to_string(frame.lineno) + ", in " +
                      frame.name + "\n";
    std::u32string line = decode(frame.line);
    std::u32string stripped = strip(line);
    if (!stripped.empty()) {
        row += "    " + encode(stripped) + "\n";
        int stripped_characters = static_cast<int>(line.size() - stripped.size());
        if (frame.has_position) {
            int length = static_cast<int>(line.size());
            int start = std::min(char_offset(frame.line, frame.colno), length);
            int end = std::clamp(char_offset(frame.line, frame.end_colno), start, length);
            std::u32string segment = line.substr(start, end - start);
            Anchors anchors{};
            bool has_anchors = false;
            if (frame.lineno == frame.end_lineno) {
                has_anchors = caret_anchors(segment, &anchors);
            } else {
                end = static_cast<int>(strip(line, false, true).size());
            }
            if (end - start < static_cast<int>(stripped.size()) ||
                (has_anchors && anchors.right_start - anchors.left_end > 0)) {
                int dp_start = display_width(line, start) + 1;
                int dp_end = display_width(line, end) + 1;
                row += "    " + std::string(std::max(0, dp_start - stripped_characters), ' ');
                if (has_anchors) {
                    int dp_left = display_width(segment, anchors.left_end);
                    int dp_right = display_width(segment, anchors.right_start);
                    row += std::string(std::max(0, dp_left), '~');
                    row += std::string(std::max(0, dp_right - dp_left), '^');
                    row += std::string(std::max(0, dp_end - dp_start - dp_right), '~');
                } else {
                    row += std::string(std::max(0, dp_end - dp_start), '^');
                }
                row += "\n";
            }
        }
    }
    return row;
}

std::vector<std::string> format_frames(const std::vector<FrameInfo>& frames) {
    std::vector<std::string> result;
    const FrameInfo* last = nullptr;
    int count = 0;
    auto repeated = [&] {
        if (count > kRecursiveCutoff) {
            int more = count - kRecursiveCutoff;
            result.push_back("  [Previous line repeated " + std::to_string(more) + " more time" +
                             (more > 1 ? "s" : "") + "]\n");
        }
    };
    for (const FrameInfo& frame : frames) {
        if (!last || last->filename != frame.filename || last->lineno != frame.lineno || last->name != frame.name) {
            repeated();
            last = &frame;
            count = 0;
        }
        ++count;
        if (count > kRecursiveCutoff) continue;

        result.push_back(format_frame(frame));
    }
    repeated();
    return result;
}

std::vector<std::string> format_exception_only_lines(Value exc) {
    std::vector<std::string> out;
    if (type_of(exc)->is_subtype_of(exc_types().syntax_error)) {
        syntax_error_lines(exc, exception_type_name(exc), out);
    } else {
        out.push_back(format_exception_only(exc));
    }
    // PEP 678 notes, one line each.
    if (DictObject* d = instance_dict(exc, false)) {
        Value notes = d->get_str(intern_literal("__notes__"));
        if (notes && (is_list(notes) || is_tuple(notes))) {
            const auto& items = is_list(notes) ? as_list(notes)->items : as_tuple(notes)->items;
            for (const Val& note : items) {
                std::string text = is_str(note) ? as_str(note)->utf8() : "<note str() failed>";
                size_t start = 0;
                for (;;) {
                    size_t nl = text.find('\n', start);
                    out.push_back(text.substr(start, nl - start) + "\n");
                    if (nl == std::string::npos) break;
                    start = nl + 1;
                }
            }
        } else if (notes) {
            std::string r;
            out.push_back((repr_text(notes, &r) ? r : (cx().take_error(), "<__notes__ repr() failed>")) + "\n");
        }
    }
    return out;
}

std::vector<std::string> format_exception_lines(Value exc, std::optional<int64_t> limit, bool chain,
                                                const SourceLookup& source) {
    std::vector<std::string> out;
    if (!exc || is_none(exc)) {
        out.push_back("NoneType: None\n");
        return out;
    }
    std::set<Object*> seen;
    PrintContext ctx;
    walk_chain(exc, limit, chain, source, seen, out, ctx);
    return out;
}

std::vector<std::string> syntax_error_location(Value exc) {
    std::vector<std::string> lines;
    syntax_error_lines(exc, exception_type_name(exc), lines);
    lines.pop_back();
    return lines;
}

std::string format_exception(Value exc, const SourceLookup& source) {
    std::string text;
    for (const auto& piece : format_exception_lines(exc, std::nullopt, true, source)) text += piece;
    return text;
}

std::string format_exception_only(Value exc) {
    if (type_of(exc)->is_subtype_of(exc_types().syntax_error)) {
        std::vector<std::string> lines;
        syntax_error_lines(exc, exception_type_name(exc), lines);
        return lines.back();
    }
    std::string message = exception_message(exc);
    std::string stype = exception_type_name(exc);
    return message.empty() ? stype + "\n" : stype + ": " + message + "\n";
}

}  // namespace ys::runtime
