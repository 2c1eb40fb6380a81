// The Session facade (see session.h). The run the user drives is one Engine;
// the inspector works on replays of it, other Engines built the same way: one
// records the history (every event, numbered by step) and one is driven to the
// steps the user seeks, where a snapshot is taken. The VM is deterministic, so
// a replay goes through exactly the steps of the run it replays, and its
// objects get the same allocation serials, which are the snapshots' ids.
#include "api/session.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "api/engine.h"
#include "api/uncounted_observer.h"
#include "compile/codegen.h"
#include "compile/dis.h"
#include "trace/dis_json.h"
#include "trace/history.h"
#include "trace/navigate.h"
#include "trace/snapshot.h"
#include "util/utf8.h"

namespace ys::api {

using namespace objects;

const char* run_status_name(RunStatus s) {
    switch (s) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Paused: return "paused";
    case RunStatus::Limit: return "limit";
    case RunStatus::Error: return "error";
    }
    return "?";
}

namespace {

// Frees an engine with its own context current (its objects' finalisers may run).
void destroy(std::unique_ptr<Engine>& engine) {
    if (!engine) return;
    ContextScope scope(&engine->context());
    engine.reset();
}

// What the inspector keeps of a step it has been to.
struct Captured {
    std::string json;
    size_t output_bytes = 0;  // output written up to the end of the step
    uint32_t frame = 0;       // the frame that ran the step
};

constexpr size_t kMaxCached = 64;
// Replays parked at steps spread over the run (checkpoints): a seek goes on
// from the nearest one at or before its target instead of from the start.
// prepare() places them while the page is idle; a seek parks the replay it
// leaves. Each is a whole interpreter, so there are few of them, and none for
// runs short enough to replay at once.
constexpr size_t kMaxParked = 8;
constexpr uint64_t kMinCheckpointSpacing = 50'000;
// Steps on either side of a sought step whose snapshots a fresh replay also
// takes, and the time it may spend on them.
constexpr uint64_t kWindow = 16;
constexpr double kWindowMs = 10.0;

// The event loop describes its actions (allocating a little) only when someone
// watches; every engine of a session watches, so they all allocate alike, and
// only the one recording the history keeps what it hears.
class IgnoreLoopEvents : public LoopEventSink {
public:
    void on_loop_event(std::string_view, Value, std::string_view, double) override {}
};
IgnoreLoopEvents ignore_loop_events;

double elapsed_ms(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

struct Session::Impl {
    explicit Impl(SessionOptions o) : options(o) { live = new_live(); }
    ~Impl() {
        drop_checkpoints();
        destroy(seek_engine);
        destroy(record_engine);
        destroy(live);
    }

    SessionOptions options;
    Program program;
    std::unique_ptr<Engine> live;
    OutputSink* sink = nullptr;
    trace::CodeIndex codes;

    // The history, recorded by a replay that follows the live run.
    std::unique_ptr<Engine> record_engine;
    trace::History history;
    std::unique_ptr<trace::Recorder> recorder;
    std::unique_ptr<UncountedObserver> recorder_uncounted;

    // Seeking: a replay driven to the wanted step, and the checkpoints.
    std::unique_ptr<Engine> seek_engine;
    std::vector<std::unique_ptr<Engine>> parked;
    std::unique_ptr<Engine> building;  // a checkpoint prepare() is taking to its step
    bool checkpoints_full = false;     // parked replays hold all the memory they may
    uint64_t building_target = 0;
    std::unique_ptr<trace::Seeker> seeker;
    std::unique_ptr<UncountedObserver> seeker_uncounted;
    int64_t position = -1;
    std::map<uint64_t, Captured> cache;
    InspectorStats stats;
    const Engine* seek_engine_seen = nullptr;  // the engine the seeker was made for

    std::unique_ptr<Engine> new_engine() {
        auto e = std::make_unique<Engine>(options, program);
        e->context().loop_events = &ignore_loop_events;
        e->load();
        return e;
    }

    // The engine the user drives: built like the replays, so it runs the same
    // steps. Nobody watches its loop (describing loop actions allocates no
    // objects, so watched and unwatched engines number their objects alike).
    std::unique_ptr<Engine> new_live() {
        auto e = std::make_unique<Engine>(options, program);
        e->context().loop_events = nullptr;
        e->set_sink(sink);
        return e;
    }

    uint64_t steps() const { return live->steps(); }

    void drop_checkpoints() {
        for (auto& e : parked) destroy(e);
        parked.clear();
        destroy(building);
        checkpoints_full = false;
    }

    void reset_inspector() {
        drop_checkpoints();
        destroy(seek_engine);
        destroy(record_engine);
        seeker_uncounted.reset();
        seeker.reset();
        recorder_uncounted.reset();
        recorder.reset();
        history = trace::History();
        cache.clear();
        position = -1;
    }

    // Brings the recorded history up to where the live run is.
    void ensure_history() {
        if (!program.unit) return;
        if (!record_engine) {
            record_engine = new_engine();
            history.set_max_bytes(options.history_limit);
            recorder = std::make_unique<trace::Recorder>(&history, record_engine->interp().steps_ptr(),
                                                         &record_engine->output());
            recorder_uncounted = std::make_unique<UncountedObserver>(recorder.get(), recorder.get());
            record_engine->interp().set_observer(recorder_uncounted.get());
            record_engine->context().loop_events = recorder_uncounted.get();
        }
        if (record_engine->done()) return;
        if (live->done()) {
            record_engine->run_until(UINT64_MAX);
        } else if (record_engine->steps() < live->steps()) {
            record_engine->run_until(live->steps());
        }
    }

    // Builds the snapshot of step t from the seek engine, right after step t.
    Captured snapshot_now(uint64_t t) {
        Engine& e = *seek_engine;
        uint64_t total = steps();
        trace::SnapshotInput in;
        in.step = t;
        in.total_steps = total;
        in.status = t + 1 >= total ? run_status_name(live->last_status()) : "running";
        in.instruction = &seeker->instruction();
        in.interp = &e.interp();
        in.globals = e.globals();
        trace::ExceptionInfo uncaught;
        in.exception = seeker->exception();
        in.exception_value = seeker->live_exception(e.interp());
        if (e.done() && e.last_status() == RunStatus::Error && e.final_exception()) {
            uncaught = trace::describe_exception(e.final_exception(), "uncaught");
            in.exception = &uncaught;
            in.exception_value = e.final_exception();
        }
        in.output_length = e.output_utf16();
        in.output_bytes = e.output().size();
        in.history = &history;
        in.code_index = [this](const compile::CodeUnit* u) { return codes.index_of(u); };
        auto t0 = std::chrono::steady_clock::now();
        Captured result;
        result.json = trace::build_snapshot(in);
        stats.last_snapshot_ms = elapsed_ms(t0);
        result.output_bytes = e.output().size();
        result.frame = seeker->instruction().frame;
        return result;
    }

    // Keeps `c` as step t's snapshot, forgetting the cached step farthest from `near`.
    void remember(uint64_t t, Captured c, uint64_t near) {
        if (cache.size() >= kMaxCached) {
            auto first = cache.begin();
            auto last = std::prev(cache.end());
            auto farthest = (near > first->first ? near - first->first : first->first - near) >
                                    (near > last->first ? near - last->first : last->first - near)
                                ? first
                                : last;
            if (farthest->first == t) return;
            cache.erase(farthest);
        }
        cache.emplace(t, std::move(c));
    }

    // The spacing of the checkpoints prepare() places (0: none for this run).
    uint64_t checkpoint_spacing() const {
        uint64_t spacing = steps() / kMaxParked;
        return spacing < kMinCheckpointSpacing ? 0 : spacing;
    }

    // Parks a replay that is not at the end of the run, keeping the checkpoints
    // spread out: past the limit, the one nearest to its lower neighbour goes.
    // Returns true when one had to go for the memory they hold.
    bool park(std::unique_ptr<Engine> e) {
        if (!e || e->done() || e->steps() == 0) {
            destroy(e);
            return false;
        }
        e->interp().set_observer(nullptr);  // its seeker goes; capture() sets the next
        parked.push_back(std::move(e));
        std::sort(parked.begin(), parked.end(), [](const auto& a, const auto& b) { return a->steps() < b->steps(); });
        // Each holds the run's memory at its step: together they may hold one
        // memory cap's worth (the page's heap has room for a few), not more.
        auto held = [&] {
            size_t bytes = 0;
            for (const auto& p : parked) bytes += p->context().memory->used();
            return bytes;
        };
        size_t allowance = options.max_memory ? options.max_memory : SIZE_MAX;
        bool for_memory = false;
        for (;;) {
            bool over_memory = !parked.empty() && held() > allowance;
            if (parked.size() <= kMaxParked && !over_memory) break;
            for_memory = for_memory || over_memory;
            size_t victim = 0;
            uint64_t smallest = UINT64_MAX;
            for (size_t i = 0; i < parked.size(); ++i) {
                uint64_t gap = parked[i]->steps() - (i ? parked[i - 1]->steps() : 0);
                if (gap < smallest) smallest = gap, victim = i;
            }
            destroy(parked[victim]);
            parked.erase(parked.begin() + static_cast<std::ptrdiff_t>(victim));
        }
        return for_memory;
    }

    // The replay to drive to step k: the seek engine or a checkpoint, whichever
    // is nearest at or before k, the other parked; null when none is (start over).
    std::unique_ptr<Engine> take_replay_for(uint64_t k) {
        size_t best = parked.size();
        for (size_t i = 0; i < parked.size(); ++i)
            if (parked[i]->steps() <= k) best = i;  // sorted: the last that fits
        bool seek_fits = seek_engine && !seek_engine->done() && seek_engine->steps() <= k;
        if (best < parked.size() && (!seek_fits || parked[best]->steps() > seek_engine->steps())) {
            std::unique_ptr<Engine> e = std::move(parked[best]);
            parked.erase(parked.begin() + static_cast<std::ptrdiff_t>(best));
            park(std::move(seek_engine));
            return e;
        }
        if (seek_fits) return std::move(seek_engine);
        park(std::move(seek_engine));
        return nullptr;
    }

    // Whether some replay sits within half a spacing at or before step c.
    bool has_checkpoint_near(uint64_t c, uint64_t spacing) const {
        auto near = [&](const std::unique_ptr<Engine>& e) {
            return e && !e->done() && e->steps() <= c + spacing / 4 && e->steps() + spacing / 2 > c;
        };
        if (near(seek_engine)) return true;
        return std::any_of(parked.begin(), parked.end(), near);
    }

    // Takes the next missing checkpoint at most `max_steps` further; false
    // once every one is in place (or the run is too short to need them).
    bool prepare(uint64_t max_steps) {
        uint64_t spacing = checkpoint_spacing();
        if (!program.unit || spacing == 0 || checkpoints_full) return false;
        uint64_t target = 0;
        for (uint64_t c = spacing; c + spacing / 2 < steps() && c / spacing < kMaxParked; c += spacing) {
            if (!has_checkpoint_near(c, spacing)) {
                target = c;
                break;
            }
        }
        if (target == 0) {
            destroy(building);
            return false;
        }
        if (building && (building_target != target || building->steps() > target)) destroy(building);
        if (!building) {
            building = new_engine();
            building_target = target;
        }
        uint64_t before = building->steps();
        building->run_until(std::min(target, building->steps() + std::max<uint64_t>(max_steps, 1)));
        stats.replayed_steps += building->steps() - before;
        // Checkpoints that do not fit in memory together would be made again
        // and again: the ones in place are all this run gets.
        if ((building->steps() >= target || building->done()) && park(std::move(building))) checkpoints_full = true;
        return true;
    }

    Captured& capture(uint64_t k) {
        if (auto it = cache.find(k); it != cache.end()) return it->second;
        ensure_history();
        auto started = std::chrono::steady_clock::now();
        std::unique_ptr<Engine> replay = take_replay_for(k);
        bool fresh = !replay;
        if (fresh) {
            replay = new_engine();
            ++stats.replays;
        }
        bool continuing = seeker && replay.get() == seek_engine_seen;
        if (!continuing) {
            // A seeker follows one engine's step counter.
            seeker = std::make_unique<trace::Seeker>(
                replay->interp().steps_ptr(), [this](const compile::CodeUnit* u) { return codes.index_of(u); });
            seeker_uncounted = std::make_unique<UncountedObserver>(seeker.get(), nullptr);
        }
        seek_engine = std::move(replay);
        seek_engine_seen = seek_engine.get();
        Engine& e = *seek_engine;
        // A replay from the start or from a checkpoint passes the steps around k
        // anyway: it takes their snapshots too (within a time allowance), so
        // that stepping back or forward from k (where a replay would start
        // over again) is instant.
        uint64_t first = k, last = k;
        if (!continuing) {
            first = std::max(e.steps(), k > kWindow ? k - kWindow : 0);
            last = std::min(k + kWindow, steps() - 1);
        }
        double spent = 0;
        seeker->aim(first, last, [&](uint64_t t) {
            if (t != k && (cache.count(t) || spent > kWindowMs)) return;
            auto t0 = std::chrono::steady_clock::now();
            Captured c = snapshot_now(t);
            if (t != k) spent += elapsed_ms(t0);
            remember(t, std::move(c), k);
        });
        e.interp().set_observer(seeker_uncounted.get());
        e.set_end_hook([&] { seeker->run_ended(e.steps()); });
        uint64_t before = e.steps();
        e.run_until(last + 1);
        stats.replayed_steps += e.steps() - before;
        e.set_end_hook(nullptr);
        stats.last_seek_ms = elapsed_ms(started);
        if (auto it = cache.find(k); it != cache.end()) return it->second;
        // Only a replay that strayed from the run can miss its target.
        Captured missed;
        missed.json = "{\"version\":" + std::to_string(trace::kSnapshotVersion) + ",\"step\":" + std::to_string(k) +
                      ",\"error\":\"the replay did not reach this step\"}";
        remember(k, std::move(missed), k);
        return cache.find(k)->second;
    }

    int64_t go(uint64_t target) {
        if (steps() == 0) return position = -1;
        if (target >= steps()) target = steps() - 1;
        capture(target);
        return position = static_cast<int64_t>(target);
    }

    // Moves to `target`, or stays when there is none.
    int64_t go_or_stay(uint64_t target) { return target == trace::kNoStep ? position : go(target); }

    // The frame that ran the step at the position.
    uint32_t current_frame() {
        if (position < 0) return 0;
        return capture(static_cast<uint64_t>(position)).frame;
    }
};

Session::Session(SessionOptions options) : impl_(std::make_unique<Impl>(options)) {}

Session::~Session() = default;

LoadResult Session::load(std::string_view source, std::string_view filename) {
    Impl& s = *impl_;
    s.reset_inspector();
    if (s.program.unit || s.live->steps() > 0) {
        // A second load starts from a fresh interpreter, as every replay of it will.
        destroy(s.live);
        s.live = s.new_live();
    }
    s.program.filename = std::string(filename);
    s.program.lines.clear();
    s.program.unit.reset();
    s.codes = trace::CodeIndex();
    for (size_t start = 0; start <= source.size();) {
        size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        s.program.lines.emplace_back(source.substr(start, end - start));
        start = end + 1;
    }
    auto result = compile::compile_source(source, filename);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&result)) {
        LoadResult r{false, err->type, err->message, err->line, err->col, err->end_line, err->end_col};
        std::string text = "  File \"" + s.program.filename + "\", line " + std::to_string(err->line) + "\n";
        std::string line = err->line >= 1 && err->line <= static_cast<int>(s.program.lines.size())
                               ? s.program.lines[err->line - 1]
                               : std::string();
        size_t indent = line.find_first_not_of(" \t");
        if (indent != std::string::npos) {
            std::string stripped = line.substr(indent);
            while (!stripped.empty() && (stripped.back() == '\r' || stripped.back() == ' ')) stripped.pop_back();
            text += "    " + stripped + "\n";
            int caret = std::max(0, err->col - static_cast<int>(util::count_code_points(line.substr(0, indent))));
            text += "    " + std::string(static_cast<size_t>(caret), ' ') + "^\n";
        }
        std::string last = err->type + ": " + err->message + "\n";
        s.live->report_compile_error(text + last, last);
        return r;
    }
    s.program.unit = std::get<std::shared_ptr<compile::CodeUnit>>(result);
    s.codes = trace::CodeIndex(s.program.unit.get());
    s.live->load();
    return LoadResult{};
}

RunResult Session::run(uint64_t max_steps) {
    Impl& s = *impl_;
    uint64_t slice_end = max_steps ? s.live->steps() + max_steps : UINT64_MAX;
    RunResult r = s.live->run_until(slice_end);
    // The last step's snapshot names the run's status, which has just changed.
    s.cache.clear();
    s.position = static_cast<int64_t>(s.live->steps()) - 1;
    return r;
}

uint64_t Session::step_count() const { return impl_->live->steps(); }
const std::string& Session::stdout_text() const { return impl_->live->stdout_text(); }
const std::string& Session::stderr_text() const { return impl_->live->stderr_text(); }
const std::string& Session::output() const { return impl_->live->output(); }
int Session::exit_status() const { return impl_->live->exit_status(); }

MemoryStats Session::memory() const {
    const util::MemoryBudget* b = impl_->live->context().memory;
    return MemoryStats{b->used(), b->peak(), b->limit()};
}

void Session::set_output_sink(OutputSink* sink) {
    impl_->sink = sink;
    impl_->live->set_sink(sink);
}

std::string Session::dis() const {
    if (!impl_->program.unit) return {};
    return compile::disassemble(*impl_->program.unit);
}

std::string Session::dis_json() const { return trace::dis_to_json(impl_->codes); }

int64_t Session::position() const { return impl_->position; }

int64_t Session::seek(uint64_t step) { return impl_->go(step); }

bool Session::prepare(uint64_t max_steps) { return impl_->prepare(max_steps); }

std::string Session::snapshot() {
    Impl& s = *impl_;
    if (s.position < 0) {
        static const std::string empty = [] {
            return "{\"version\":" + std::to_string(trace::kSnapshotVersion) +
                   ",\"step\":-1,\"steps\":0,\"status\":\"loaded\",\"events\":[],\"event\":null,\"file\":null,"
                   "\"line\":null,\"col\":null,\"endLine\":null,\"endCol\":null,\"instruction\":null,\"frames\":[],"
                   "\"suspended\":[],\"globals\":{},\"exception\":null,\"loop\":null,"
                   "\"output\":{\"length\":0,\"bytes\":0},\"objects\":{},\"omitted\":0}";
        }();
        return empty;
    }
    return s.capture(static_cast<uint64_t>(s.position)).json;
}

std::string Session::output_at_position() {
    Impl& s = *impl_;
    if (s.position < 0) return s.live->output();
    if (static_cast<uint64_t>(s.position) + 1 >= s.steps()) return s.live->output();
    size_t bytes = s.capture(static_cast<uint64_t>(s.position)).output_bytes;
    return s.live->output().substr(0, bytes);
}

std::string Session::events_json(uint64_t from, uint64_t to) {
    impl_->ensure_history();
    return trace::events_to_json(impl_->history, from, to);
}

std::string Session::events_text() {
    impl_->ensure_history();
    return trace::events_to_text(impl_->history);
}

int64_t Session::step_forward() {
    Impl& s = *impl_;
    return s.go(static_cast<uint64_t>(s.position + 1));
}

int64_t Session::step_back() {
    Impl& s = *impl_;
    if (s.position <= 0) return s.position;
    return s.go(static_cast<uint64_t>(s.position - 1));
}

int64_t Session::next_line() {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    return s.go_or_stay(trace::next_line(s.history, static_cast<uint64_t>(s.position)));
}

int64_t Session::prev_line() {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    return s.go_or_stay(trace::prev_line(s.history, static_cast<uint64_t>(s.position)));
}

int64_t Session::step_over() {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    uint64_t t = trace::step_over(s.history, static_cast<uint64_t>(s.position), s.current_frame());
    return s.go(t == trace::kNoStep ? s.steps() - 1 : t);
}

int64_t Session::step_out() {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    uint64_t t = trace::step_out(s.history, static_cast<uint64_t>(s.position), s.current_frame());
    return s.go(t == trace::kNoStep ? s.steps() - 1 : t);
}

int64_t Session::next_event(std::string_view kind) {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    return s.go_or_stay(trace::next_event(s.history, static_cast<uint64_t>(s.position), kind));
}

int64_t Session::prev_event(std::string_view kind) {
    Impl& s = *impl_;
    if (s.position < 0) return s.position;
    s.ensure_history();
    return s.go_or_stay(trace::prev_event(s.history, static_cast<uint64_t>(s.position), kind));
}

InspectorStats Session::stats() {
    InspectorStats st = impl_->stats;
    st.history_bytes = impl_->history.memory_bytes();
    st.history_events = impl_->history.events().size();
    st.checkpoints = impl_->parked.size();
    if (impl_->history.truncated()) st.history_truncated_at = static_cast<int64_t>(impl_->history.truncated_at());
    if (impl_->record_engine) st.replay_memory_peak = impl_->record_engine->context().memory->peak();
    return st;
}

}  // namespace ys::api
