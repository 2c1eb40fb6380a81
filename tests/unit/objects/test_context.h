// A Context for object-level tests: no VM behind it, output collected in a string.
#pragma once

#include <string>

#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/generator.h"

namespace ys::testing {

class TestHooks : public objects::VmHooks {
public:
    objects::Val call_python(objects::Value, objects::CallArgs) override { return nullptr; }
    objects::Val run_with_locals(objects::Value, objects::Value) override { return nullptr; }
    objects::FrameObject* current_frame() override { return nullptr; }
    objects::Value handled_exception() override { return objects::Value(); }
    objects::Val import_module(objects::StrObject*) override { return nullptr; }
    objects::SendResult gen_resume(objects::GeneratorObject*, objects::Value, objects::Val, objects::Val*) override {
        return objects::SendResult::Error;
    }
    objects::Val gen_next(objects::GeneratorObject*) override { return nullptr; }
    bool gen_close(objects::GeneratorObject*) override { return true; }
    void finalize_generator(objects::GeneratorObject*) override {}
    void write_output(bool, std::string_view text) override { output.append(text); }
    std::string output;
};

// Makes a fresh Context current for the lifetime of the fixture.
struct ObjectsFixture {
    ObjectsFixture() { objects::init_builtin_types(); }
    TestHooks hooks;
    objects::Context context{&hooks};
    objects::ContextScope scope{&context};
};

}  // namespace ys::testing
