// The native command line: `yieldscope run [--error-line] [--max-steps N] [--max-memory SIZE] FILE`,
// `yieldscope dis [--json] FILE`, and the inspector's `yieldscope trace [--json]
// FILE` (the events of the run) and `yieldscope snapshot FILE STEP` (the JSON
// snapshot right after one step). Output is streamed as the program writes it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "api/session.h"

namespace {

// Out of reach in practice (hours of work).
constexpr uint64_t kCliStepBudget = 1'000'000'000'000;

class StdioSink : public ys::api::OutputSink {
public:
    void write(bool is_stderr, std::string_view text) override {
        std::fwrite(text.data(), 1, text.size(), is_stderr ? stderr : stdout);
        if (is_stderr) std::fflush(stderr);
    }
};

bool read_file(const char* path, std::string* out) {
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    std::fclose(f);
    return true;
}

int usage() {
    std::fputs(
        "usage: yieldscope run [--error-line] [--max-steps N] [--max-memory SIZE] FILE\n"
        "       yieldscope dis [--json] FILE\n"
        "       yieldscope trace [--json] [--max-steps N] [--max-memory SIZE] FILE   the events of the run, one per line\n"
        "                                                                         (or as JSON)\n"
        "       yieldscope snapshot [--max-steps N] [--max-memory SIZE] FILE STEP    the state right after STEP\n"
        "                                                                         (0-based; -1: the last)\n"
        "SIZE is in bytes, or with a suffix K, M or G (KiB, MiB, GiB); 0 is no cap. The default is 1G:\n"
        "past it the program gets a MemoryError.\n",
        stderr);
    return 2;
}

bool parse_int(const char* text, int64_t* out) {
    char* end = nullptr;
    long long v = std::strtoll(text, &end, 10);
    if (!*text || *end) return false;
    *out = v;
    return true;
}

// A byte count: digits, optionally followed by K, M or G (binary multiples).
bool parse_size(const char* text, size_t* out) {
    char* end = nullptr;
    unsigned long long v = std::strtoull(text, &end, 10);
    if (!*text || *text == '-' || end == text) return false;
    int shift = 0;
    if (*end == 'K' || *end == 'k') shift = 10;
    if (*end == 'M' || *end == 'm') shift = 20;
    if (*end == 'G' || *end == 'g') shift = 30;
    if (shift) ++end;
    if (*end || (shift && v > (~0ull >> shift))) return false;
    *out = static_cast<size_t>(v << shift);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    std::string command = argv[1];
    if (command != "run" && command != "dis" && command != "trace" && command != "snapshot") return usage();
    bool error_line = false;
    bool json = false;
    // The budget protects the page; on the command line a program runs to its
    // end, as under python3, unless --max-steps says otherwise. The inspector's
    // commands keep the page's budget: they replay the run.
    ys::api::SessionOptions options;
    if (command == "run") options.step_budget = kCliStepBudget;
    int i = 2;
    while (i < argc && std::strncmp(argv[i], "--", 2) == 0) {
        if (command == "run" && std::strcmp(argv[i], "--error-line") == 0) {
            error_line = true;
            ++i;
        } else if ((command == "dis" || command == "trace") && std::strcmp(argv[i], "--json") == 0) {
            json = true;
            ++i;
        } else if (command != "dis" && std::strcmp(argv[i], "--max-steps") == 0 && i + 1 < argc) {
            int64_t n = 0;
            if (!parse_int(argv[i + 1], &n) || n < 0) return usage();
            options.step_budget = static_cast<uint64_t>(n);
            i += 2;
        } else if (command != "dis" && std::strcmp(argv[i], "--max-memory") == 0 && i + 1 < argc) {
            if (!parse_size(argv[i + 1], &options.max_memory)) return usage();
            i += 2;
        } else {
            return usage();
        }
    }
    int wanted_args = command == "snapshot" ? 2 : 1;
    if (i + wanted_args != argc) return usage();
    const char* path = argv[i];
    int64_t step = -1;
    if (command == "snapshot" && !parse_int(argv[i + 1], &step)) return usage();
    std::string source;
    if (!read_file(path, &source)) {
        std::fprintf(stderr, "yieldscope: can't open file '%s': [Errno 2] No such file or directory\n", path);
        return 2;
    }
    options.error_line_on_stdout = error_line;
    ys::api::Session session(options);
    StdioSink sink;
    if (command == "run") session.set_output_sink(&sink);
    auto loaded = session.load(source, path);
    if (command == "dis") {
        if (!loaded.ok) {
            std::fputs(session.stderr_text().c_str(), stderr);
            return 1;
        }
        std::string listing = json ? session.dis_json() + "\n" : session.dis();
        std::fwrite(listing.data(), 1, listing.size(), stdout);
        return 0;
    }
    if (command == "trace") {
        // The events go to stdout; the program's own output is in them.
        if (loaded.ok) session.run(0);
        std::string events = json ? session.events_json(0, UINT64_MAX) + "\n" : session.events_text();
        std::fwrite(events.data(), 1, events.size(), stdout);
        std::fputs(session.stderr_text().c_str(), stderr);
        return session.exit_status();
    }
    if (command == "snapshot") {
        if (!loaded.ok) {
            std::fputs(session.stderr_text().c_str(), stderr);
            return 1;
        }
        session.run(0);
        uint64_t steps = session.step_count();
        if (step < 0) step += static_cast<int64_t>(steps);
        if (step < 0 || static_cast<uint64_t>(step) >= steps) {
            std::fprintf(stderr, "yieldscope: the run has %llu steps (0 to %lld)\n",
                         static_cast<unsigned long long>(steps), static_cast<long long>(steps) - 1);
            return 2;
        }
        session.seek(static_cast<uint64_t>(step));
        std::string snap = session.snapshot() + "\n";
        std::fwrite(snap.data(), 1, snap.size(), stdout);
        return 0;
    }
    if (loaded.ok) session.run(0);
    std::fflush(stdout);
    return session.exit_status();
}
