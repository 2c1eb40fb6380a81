// The native command line: `yieldscope run [--error-line] FILE` and
// `yieldscope dis FILE`. Output is streamed as the program writes it.
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
    std::fputs("usage: yieldscope run [--error-line] [--max-steps N] FILE\n       yieldscope dis FILE\n       yieldscope trace FILE\n",
               stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    std::string command = argv[1];
    bool error_line = false;
    uint64_t max_steps = kCliStepBudget;
    int i = 2;
    while (command == "run" && i + 1 < argc && std::strncmp(argv[i], "--", 2) == 0) {
        if (std::strcmp(argv[i], "--error-line") == 0) {
            error_line = true;
            ++i;
        } else if (std::strcmp(argv[i], "--max-steps") == 0 && i + 2 < argc) {
            char* end = nullptr;
            max_steps = std::strtoull(argv[i + 1], &end, 10);
            if (!end || *end != '\0') return usage();
            i += 2;
        } else {
            return usage();
        }
    }
    if (i + 1 != argc || (command != "run" && command != "dis" && command != "trace")) return usage();
    const char* path = argv[i];
    std::string source;
    if (!read_file(path, &source)) {
        std::fprintf(stderr, "yieldscope: can't open file '%s': [Errno 2] No such file or directory\n", path);
        return 2;
    }
    ys::api::SessionOptions options;
    options.error_line_on_stdout = error_line;
    options.record_events = command == "trace";
    // The budget protects the page; on the command line a program runs to its
    // end, as under python3, unless --max-steps says otherwise.
    options.step_budget = max_steps;
    ys::api::Session session(options);
    StdioSink sink;
    session.set_output_sink(&sink);
    if (command == "dis") {
        session.set_output_sink(nullptr);
        auto loaded = session.load(source, path);
        if (!loaded.ok) {
            std::fputs(session.stderr_text().c_str(), stderr);
            return 1;
        }
        std::string listing = session.dis();
        std::fwrite(listing.data(), 1, listing.size(), stdout);
        return 0;
    }
    if (command == "trace") {
        // The events go to stdout; the program's own output is in them.
        session.set_output_sink(nullptr);
        if (session.load(source, path).ok) session.run(0);
        std::string events = session.events_text();
        std::fwrite(events.data(), 1, events.size(), stdout);
        std::fputs(session.stderr_text().c_str(), stderr);
        return session.exit_status();
    }
    auto loaded = session.load(source, path);
    if (loaded.ok) session.run(0);
    std::fflush(stdout);
    return session.exit_status();
}
