// The event recorder: what the VM reports about a generator's life, and that
// recording is deterministic and does not change the program's output.
#include <catch2/catch.hpp>

#include <string>

#include "api/session.h"

using ys::api::Session;

namespace {

const char* kProgram =
    "def gen():\n"
    "    x = yield 1\n"
    "    print('got', x)\n"
    "    yield 2\n"
    "g = gen()\n"
    "print(next(g))\n"
    "print(g.send('hi'))\n"
    "try:\n"
    "    g.throw(ValueError('stop'))\n"
    "except ValueError:\n"
    "    pass\n";

std::string record(std::string* output = nullptr) {
    Session s;
    REQUIRE(s.load(kProgram, "main.py").ok);
    s.run();
    if (output) *output = s.stdout_text();
    return s.events_text();
}

}  // namespace

TEST_CASE("the recorder sees a generator's calls, yields, resumes and exceptions", "[trace]") {
    std::string events = record();
    // The call of gen() runs up to RETURN_GENERATOR and returns the generator.
    CHECK(events.find(" call gen:1\n") != std::string::npos);
    CHECK(events.find(" resume gen:1 next None\n") != std::string::npos);
    CHECK(events.find(" yield gen:2 1\n") != std::string::npos);
    CHECK(events.find(" resume gen:2 send 'hi'\n") != std::string::npos);
    CHECK(events.find(" yield gen:4 2\n") != std::string::npos);
    CHECK(events.find(" resume gen:4 throw ValueError: stop\n") != std::string::npos);
    CHECK(events.find(" exception gen:4 ValueError: stop\n") != std::string::npos);
    CHECK(events.find(" handled <module>:9 ValueError: stop\n") != std::string::npos);
    CHECK(events.find(" output stdout 'got hi\\n'\n") != std::string::npos);
}

TEST_CASE("recording is deterministic and leaves the output unchanged", "[trace]") {
    std::string out1, out2;
    CHECK(record(&out1) == record(&out2));
    Session plain;
    REQUIRE(plain.load(kProgram, "main.py").ok);
    plain.run();
    CHECK(out1 == plain.stdout_text());
    CHECK(out1 == "1\ngot hi\n2\n");
}
