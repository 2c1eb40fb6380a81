// The event recorder (see recorder.h).
#include "trace/recorder.h"

#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/frame.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::trace {

using namespace objects;

const char* event_kind_name(EventKind kind) {
    switch (kind) {
    case EventKind::Call: return "call";
    case EventKind::Return: return "return";
    case EventKind::Yield: return "yield";
    case EventKind::Resume: return "resume";
    case EventKind::Throw: return "throw";
    case EventKind::Exception: return "exception";
    case EventKind::Handled: return "handled";
    case EventKind::Output: return "output";
    }
    return "?";
}

std::string describe(Value v) {
    constexpr size_t kMaxText = 60;
    if (!v) return "<null>";
    TypeObject* t = type_of(v);
    std::string text;
    if (v == none()) {
        text = "None";
    } else if (t == types().bool_) {
        text = v == true_value() ? "True" : "False";
    } else if (t == types().int_) {
        text = int_to_decimal(v);
    } else if (t == types().float_) {
        text = float_repr(float_value(v));
    } else if (t == types().str) {
        text = str_repr(as_str(v)->view());
    } else if (t->is_exception) {
        const auto& args = as_tuple(static_cast<BaseExceptionObject*>(v.as_object())->args)->items;
        text = t->name;
        if (args.size() == 1 && is_str(args[0])) text += ": " + as_str(args[0])->utf8();
    } else {
        text = "<" + t->name + ">";
    }
    if (text.size() > kMaxText) text = text.substr(0, kMaxText - 3) + "...";
    return text;
}

void Recorder::add(EventKind kind, FrameObject* frame, std::string detail) {
    Event e{*steps_, kind, "", 0, std::move(detail)};
    if (frame) {
        e.frame = frame->code->unit().qualname;
        e.line = frame->current_line();
    }
    events_.push_back(std::move(e));
}

void Recorder::on_call(FrameObject* frame) { add(EventKind::Call, frame, ""); }
void Recorder::on_return(FrameObject* frame, Value value) { add(EventKind::Return, frame, describe(value)); }
void Recorder::on_yield(FrameObject* frame, Value value) { add(EventKind::Yield, frame, describe(value)); }
void Recorder::on_resume(FrameObject* frame, Value sent, bool thrown) {
    add(thrown ? EventKind::Throw : EventKind::Resume, frame, thrown ? "" : describe(sent));
}
void Recorder::on_exception(FrameObject* frame, Value exc) { add(EventKind::Exception, frame, describe(exc)); }
void Recorder::on_handled(FrameObject* frame, Value exc) { add(EventKind::Handled, frame, describe(exc)); }
void Recorder::on_output(bool is_stderr, std::string_view text) {
    std::string shown = str_repr(text);
    add(EventKind::Output, nullptr, (is_stderr ? "stderr " : "stdout ") + shown);
}

std::string Recorder::to_text() const {
    std::string out;
    for (const auto& e : events_) {
        out += std::to_string(e.step) + " " + event_kind_name(e.kind);
        if (!e.frame.empty()) out += " " + e.frame + ":" + std::to_string(e.line);
        if (!e.detail.empty()) out += " " + e.detail;
        out += "\n";
    }
    return out;
}

}  // namespace ys::trace
