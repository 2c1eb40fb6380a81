// The run's history and its recorder (see history.h).
#include "trace/history.h"

#include <algorithm>

#include "compile/opcodes.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/singletons.h"
#include "objects/frame.h"
#include "objects/generator.h"
#include "objects/str.h"
#include "trace/json.h"
#include "trace/values.h"

namespace ys::trace {

using namespace objects;

const char* event_kind_name(EventKind kind) {
    switch (kind) {
    case EventKind::Line: return "line";
    case EventKind::Call: return "call";
    case EventKind::Return: return "return";
    case EventKind::Yield: return "yield";
    case EventKind::Resume: return "resume";
    case EventKind::Exception: return "exception";
    case EventKind::Handled: return "handled";
    case EventKind::Unwind: return "unwind";
    case EventKind::GenCreated: return "gen_created";
    case EventKind::GenState: return "gen_state";
    case EventKind::GenFinalize: return "gen_finalize";
    case EventKind::Output: return "output";
    case EventKind::Runtime: return "runtime";
    }
    return "?";
}

const char* resume_how_name(ResumeHow how) {
    switch (how) {
    case ResumeHow::Next: return "next";
    case ResumeHow::Send: return "send";
    case ResumeHow::Throw: return "throw";
    case ResumeHow::Close: return "close";
    }
    return "?";
}

namespace {

const char* state_name(uint8_t s) {
    switch (static_cast<FrameState>(s)) {
    case FrameState::Created: return "CREATED";
    case FrameState::Suspended: return "SUSPENDED";
    case FrameState::Running: return "RUNNING";
    case FrameState::Completed: return "CLOSED";
    }
    return "?";
}

const char* gen_kind_text(uint8_t k) {
    switch (static_cast<GenKind>(k)) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async_generator";
    }
    return "?";
}

uint32_t id_of(Object* o) { return o ? o->serial : 0; }

uint16_t line16(int line) { return static_cast<uint16_t>(line < 0 ? 0 : line > 0xFFFF ? 0xFFFF : line); }

}  // namespace

Event& EventLog::push_back(const Event& e) {
    if ((size_ & kMask) == 0 && (size_ >> kShift) == blocks_.size())
        blocks_.push_back(std::make_unique<Event[]>(kBlock));
    Event& slot = blocks_[size_ >> kShift][size_ & kMask];
    slot = e;
    ++size_;
    return slot;
}

std::string_view History::text(const Event& e) const {
    if (e.kind == EventKind::Output) {
        // The text may have been cut by the output limit.
        if (!output_ || e.text > output_->size()) return {};
        return std::string_view(*output_).substr(e.text, e.value);
    }
    return std::string_view(pool_).substr(e.text, e.text_len);
}

size_t History::lower_bound(uint64_t step) const {
    size_t lo = 0, hi = events_.size();
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (events_[mid].step < step) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

size_t History::memory_bytes() const {
    size_t n = events_.memory_bytes() + pool_.capacity();
    for (const auto& c : codes_) n += sizeof(CodeInfo) + c.qualname.capacity() + c.filename.capacity();
    return n;
}

Recorder::Recorder(History* history, const uint64_t* steps, const std::string* output)
    : history_(history), steps_(steps), output_(output) {
    history_->set_output(output);
}

uint16_t Recorder::code_index(FrameObject* frame) {
    const compile::CodeUnit& unit = frame->code->unit();
    auto& codes = history_->codes_;
    // Few distinct code objects run; a backwards scan finds recent ones first.
    for (size_t i = codes.size(); i-- > 0;) {
        if (codes[i].unit == &unit && codes[i].qualname == unit.qualname && codes[i].filename == unit.filename)
            return static_cast<uint16_t>(i);
    }
    if (codes.size() >= kNoCode) return kNoCode;
    codes.push_back(CodeInfo{unit.qualname, unit.filename, &unit});
    return static_cast<uint16_t>(codes.size() - 1);
}

Event& Recorder::add(EventKind kind, FrameObject* frame) {
    Event e{};
    e.step = now();
    e.kind = kind;
    e.code = kNoCode;
    if (frame) {
        e.frame = frame->serial;
        e.line = line16(frame->current_line());
        e.code = frame->serial == cur_frame_ && cur_code_ != kNoCode ? cur_code_ : code_index(frame);
    }
    return push(e);
}

Event& Recorder::push(const Event& e) {
    History& h = *history_;
    if (h.truncated_) return scratch_ = e;
    if (h.events_.size() % 4096 == 0 && h.memory_bytes() + 4096 * sizeof(Event) > h.max_bytes_) {
        h.truncated_ = true;
        h.truncated_at_ = e.step;
        return scratch_ = e;
    }
    return h.events_.push_back(e);
}

void Recorder::set_text(Event& e, std::string_view text) {
    if (text.size() > 0xFFFF) text = text.substr(0, 0xFFFF);
    e.text = static_cast<uint32_t>(history_->pool_.size());
    e.text_len = static_cast<uint16_t>(text.size());
    history_->pool_.append(text);
}

void Recorder::set_value(Event& e, Value v) {
    if (is_inline(v)) {
        set_text(e, inline_repr(v));
    } else {
        e.value = object_id(v);
        set_text(e, short_repr(v));
    }
}

void Recorder::forget(FrameObject* frame) {
    uint32_t id = frame->serial;
    positions_.erase(id);
    if (id == cur_frame_) {
        cur_frame_ = 0;
        cur_code_ = kNoCode;
    }
}

uint64_t Recorder::on_instruction(FrameObject* frame, uint64_t step) {
    if (history_->truncated_) return UINT64_MAX;
    uint32_t id = frame->serial;
    if (id != cur_frame_) {
        if (cur_frame_) positions_[cur_frame_] = cur_;
        auto it = positions_.find(id);
        cur_ = it == positions_.end() ? Position{-1, 0, 0} : it->second;
        cur_frame_ = id;
        cur_code_ = code_index(frame);
    }
    const compile::CodeUnit& unit = frame->code->unit();
    uint32_t index = frame->ip;
    if (index >= unit.code.size()) return step + 1;
    if (unit.code[index].op() == compile::Op::RESUME) return step + 1;
    int32_t line = unit.positions[index].line;
    // A new line, or a jump back to the first instruction of this line (a loop
    // on one line) from further into it: not from a jump that is all this line
    // has run so far (the jump back of a `while` loop carries the loop's line).
    bool starts_line = index == 0 || unit.positions[index - 1].line != line;
    if (line != cur_.line || (index < cur_.index && starts_line && cur_.run > 1)) {
        Event e{};
        e.step = step;
        e.kind = EventKind::Line;
        e.frame = id;
        e.line = line16(line);
        e.code = cur_code_;
        push(e);
        if (history_->truncated_) return UINT64_MAX;
        cur_ = Position{line, index, 1};
    } else {
        cur_ = Position{line, index, cur_.run + 1};
    }
    return step + 1;
}

void Recorder::on_call(FrameObject* frame) {
    Event& e = add(EventKind::Call, frame);
    e.line = line16(frame->code->unit().firstlineno);
    e.object = id_of(frame->owner);
}

void Recorder::on_return(FrameObject* frame, Value value) {
    Event& e = add(EventKind::Return, frame);
    e.object = id_of(frame->owner);
    set_value(e, value);
    forget(frame);
}

void Recorder::on_yield(FrameObject* frame, Value value) {
    Event& e = add(EventKind::Yield, frame);
    e.object = id_of(frame->owner);
    set_value(e, value);
}

void Recorder::on_resume(FrameObject* frame, Value sent, bool thrown) {
    Event& e = add(EventKind::Resume, frame);
    e.object = id_of(frame->owner);
    ResumeHow how = ResumeHow::Next;
    if (thrown) {
        how = type_of(sent)->is_subtype_of(exc_types().generator_exit) ? ResumeHow::Close : ResumeHow::Throw;
        e.value = sent.is_object() ? sent.as_object()->serial : 0;
        set_text(e, exception_text(sent));
    } else {
        how = is_none(sent) ? ResumeHow::Next : ResumeHow::Send;
        set_value(e, sent);
    }
    e.sub = static_cast<uint8_t>(how);
}

void Recorder::on_exception(FrameObject* frame, Value exc) {
    Event& e = add(EventKind::Exception, frame);
    e.object = exc.is_object() ? exc.as_object()->serial : 0;
    set_text(e, exception_text(exc));
}

void Recorder::on_handled(FrameObject* frame, Value exc) {
    Event& e = add(EventKind::Handled, frame);
    e.object = exc.is_object() ? exc.as_object()->serial : 0;
    set_text(e, exception_text(exc));
}

void Recorder::on_unwind(FrameObject* frame, Value exc) {
    Event& e = add(EventKind::Unwind, frame);
    e.object = exc.is_object() ? exc.as_object()->serial : 0;
    set_text(e, exception_text(exc));
    forget(frame);
}

void Recorder::on_gen_created(GeneratorObject* gen) {
    Event& e = add(EventKind::GenCreated, gen->frame.get());
    e.object = gen->serial;
    e.sub = static_cast<uint8_t>(gen->kind);
    set_text(e, gen->qualname->view());
}

void Recorder::on_gen_state(GeneratorObject* gen, FrameState from) {
    Event& e = add(EventKind::GenState, gen->frame.get());
    e.object = gen->serial;
    e.sub = static_cast<uint8_t>(gen->state);
    e.value = static_cast<uint32_t>(from);
}

void Recorder::on_gen_finalize(GeneratorObject* gen) {
    Event& e = add(EventKind::GenFinalize, gen->frame.get());
    e.object = gen->serial;
}

void Recorder::on_output(bool is_stderr, std::string_view text) {
    Event& e = add(EventKind::Output, nullptr);
    e.sub = is_stderr ? 1 : 0;
    // The session appends the text to its output right after this call.
    e.text = static_cast<uint32_t>(output_->size());
    e.value = static_cast<uint32_t>(text.size());
}

void Recorder::on_runtime_event(std::string_view kind, const vm::EventField* fields, size_t count) {
    Event& e = add(EventKind::Runtime, nullptr);
    // The text is the kind's name, a NUL, then the fields as JSON members.
    std::string text(kind);
    text += '\0';
    JsonWriter w;
    w.begin_object();
    for (size_t i = 0; i < count; ++i) {
        const vm::EventField& f = fields[i];
        w.key(f.name);
        switch (f.type) {
        case vm::EventField::Type::Int: w.value(f.i); break;
        case vm::EventField::Type::Float: w.value(f.d); break;
        case vm::EventField::Type::Text: w.value(f.text); break;
        case vm::EventField::Type::Value:
            if (is_inline(f.value)) {
                w.value(inline_repr(f.value));
            } else {
                w.begin_object().field("ref", object_id(f.value)).field("repr", short_repr(f.value)).end_object();
            }
            break;
        }
    }
    w.end_object();
    // Keep the members only: "{...}" without its braces.
    const std::string& json = w.str();
    text += json.substr(1, json.size() - 2);
    set_text(e, text);
}

void Recorder::on_loop_event(std::string_view kind, Value subject, std::string_view detail, double clock) {
    vm::EventField fields[] = {{"subject", subject}, {"detail", detail}, {"clock", clock}};
    on_runtime_event(kind, fields, 3);
}

namespace {

void write_value(JsonWriter& w, const Event& e, std::string_view text) {
    if (e.value) {
        w.begin_object().field("ref", e.value).field("repr", text).end_object();
    } else {
        w.value(text);
    }
}

}  // namespace

void write_event_json(JsonWriter& w, const History& h, const Event& e) {
    std::string_view text = h.text(e);
    w.begin_object();
    w.field("step", e.step);
    if (e.kind == EventKind::Runtime) {
        size_t nul = text.find('\0');
        w.field("kind", text.substr(0, nul));
        if (nul != std::string_view::npos && nul + 1 < text.size()) w.members(text.substr(nul + 1));
        w.end_object();
        return;
    }
    w.field("kind", event_kind_name(e.kind));
    if (e.frame) w.field("frame", e.frame);
    if (const CodeInfo* c = h.code(e.code)) {
        if (e.kind == EventKind::Call) w.field("name", c->qualname);
    }
    if (e.line > 0) w.field("line", e.line);
    switch (e.kind) {
    case EventKind::Line:
    case EventKind::Call:
    case EventKind::Output:
    case EventKind::Runtime:
        break;
    case EventKind::Return:
    case EventKind::Yield:
        if (e.object) w.field("gen", e.object);
        w.key("value");
        write_value(w, e, text);
        break;
    case EventKind::Resume:
        w.field("gen", e.object);
        w.field("how", resume_how_name(static_cast<ResumeHow>(e.sub)));
        if (e.sub == static_cast<uint8_t>(ResumeHow::Throw) || e.sub == static_cast<uint8_t>(ResumeHow::Close)) {
            w.key("exception").begin_object().field("ref", e.value).field("text", text).end_object();
        } else {
            w.key("value");
            write_value(w, e, text);
        }
        break;
    case EventKind::Exception:
    case EventKind::Handled:
    case EventKind::Unwind:
        w.key("exception").begin_object().field("ref", e.object).field("text", text).end_object();
        break;
    case EventKind::GenCreated:
        w.field("gen", e.object).field("genKind", gen_kind_text(e.sub)).field("name", text);
        break;
    case EventKind::GenState:
        w.field("gen", e.object).field("from", state_name(static_cast<uint8_t>(e.value)));
        w.field("state", state_name(e.sub));
        break;
    case EventKind::GenFinalize:
        w.field("gen", e.object);
        break;
    }
    if (e.kind == EventKind::Output) w.field("stream", e.sub ? "stderr" : "stdout").field("text", text);
    w.end_object();
}

std::string events_to_json(const History& h, uint64_t from, uint64_t to) {
    JsonWriter w;
    w.begin_array();
    const auto& events = h.events();
    for (size_t i = h.lower_bound(from); i < events.size() && events[i].step <= to; ++i)
        write_event_json(w, h, events[i]);
    w.end_array();
    return w.take();
}

std::string events_to_text(const History& h) {
    std::string out;
    for (const auto& e : h.events()) {
        if (e.kind == EventKind::Line) continue;
        std::string_view text = h.text(e);
        out += std::to_string(e.step) + " ";
        if (e.kind == EventKind::Runtime) {
            out += std::string(text.substr(0, text.find('\0'))) + "\n";
            continue;
        }
        out += event_kind_name(e.kind);
        if (const CodeInfo* c = h.code(e.code)) out += " " + c->qualname + ":" + std::to_string(e.line);
        switch (e.kind) {
        case EventKind::Resume:
            out += " " + std::string(resume_how_name(static_cast<ResumeHow>(e.sub))) + " " + std::string(text);
            break;
        case EventKind::GenState: out += std::string(" ") + state_name(e.sub); break;
        case EventKind::Output:
            out += std::string(e.sub ? " stderr " : " stdout ") + str_repr(text);
            break;
        default:
            if (!text.empty()) out += " " + std::string(text);
        }
        out += "\n";
    }
    return out;
}

}  // namespace ys::trace
