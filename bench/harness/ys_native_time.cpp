// The bench harness's native runner: runs one program through api::Session, the
// same facade and the same static libraries as build/native/yieldscope, and measures
// the work inside the process (load() + run(), not process start-up or teardown).
//
// Usage: ys_native_time FILE
// The program's stdout goes to stdout, its stderr to stderr; the last line on stderr
// is `BENCH {"wall_ms": W, "cpu_ms": C, "status": "...", "steps": N}`.
#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "api/session.h"

namespace {

class StdioSink : public ys::api::OutputSink {
public:
    void write(bool is_stderr, std::string_view text) override {
        std::fwrite(text.data(), 1, text.size(), is_stderr ? stderr : stdout);
    }
};

double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: ys_native_time FILE\n", stderr);
        return 2;
    }
    std::string source;
    if (std::FILE* f = std::fopen(argv[1], "rb")) {
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
        std::fclose(f);
    } else {
        std::fprintf(stderr, "ys_native_time: can't open %s\n", argv[1]);
        return 2;
    }
    ys::api::SessionOptions options;
    options.step_budget = 1'000'000'000'000;  // as the CLI: run to the end
    ys::api::Session session(options);
    StdioSink sink;
    session.set_output_sink(&sink);

    const double w0 = wall_ms(), c0 = cpu_ms();
    ys::api::RunResult result;
    const bool loaded = session.load(source, argv[1]).ok;
    if (loaded) result = session.run(0);
    const double w1 = wall_ms(), c1 = cpu_ms();

    std::fflush(stdout);
    std::fprintf(stderr, "BENCH {\"wall_ms\": %.3f, \"cpu_ms\": %.3f, \"status\": \"%s\", \"steps\": %llu}\n",
                 w1 - w0, c1 - c0, loaded ? ys::api::run_status_name(result.status) : "load-error",
                 static_cast<unsigned long long>(result.steps));
    return session.exit_status();
}
