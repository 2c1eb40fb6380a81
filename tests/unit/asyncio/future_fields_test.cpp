// The C++ core's names for Future's and Task's fields (core/asyncio/future_fields.h)
// against the slots the library's classes really have.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <variant>

#include "api/engine.h"
#include "asyncio/future_fields.h"
#include "compile/codegen.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/module.h"

namespace {

using namespace ys;
using ys::aio::Field;

// The class `name` of asyncio (Future or Task), in a finished run that
// imported it (its sys.modules: the run's end cleared __main__).
objects::TypeObject* asyncio_class(api::Engine& engine, const char* name) {
    REQUIRE(engine.context().modules);
    objects::Value module = engine.context().modules->get_str(objects::intern("asyncio"));
    REQUIRE(module);
    auto* m = static_cast<objects::ModuleObject*>(module.as_object());
    objects::Value cls = m->dict->get_str(objects::intern(name));
    REQUIRE(cls);
    return static_cast<objects::TypeObject*>(cls.as_object());
}

}  // namespace

TEST_CASE("every field sits at the slot index its enum value names", "[asyncio][fields]") {
    // field_index() checks the expected slot with one comparison and falls
    // back to a search: a layout that drifted from the enum would still work,
    // only slower, so this is where the drift shows.
    api::Program program;
    auto compiled = compile::compile_source("import asyncio\n", "main.py");
    REQUIRE(std::holds_alternative<std::shared_ptr<compile::CodeUnit>>(compiled));
    program.unit = std::get<std::shared_ptr<compile::CodeUnit>>(compiled);
    api::Engine engine(api::SessionOptions{}, program);
    engine.load();
    REQUIRE(engine.run_until(UINT64_MAX).status == api::RunStatus::Finished);
    objects::ContextScope scope(&engine.context());

    objects::TypeObject* future = asyncio_class(engine, "Future");
    objects::TypeObject* task = asyncio_class(engine, "Task");
    CHECK(future->slot_names.size() == static_cast<size_t>(Field::Context));
    CHECK(task->slot_names.size() == aio::kFieldCount);
    for (size_t i = 0; i < aio::kFieldCount; ++i) {
        auto field = static_cast<Field>(i);
        INFO("field " << aio::field_name(field)->utf8());
        CHECK(task->slot_names[i].get() == objects::Value(aio::field_name(field)));
        if (field < Field::Context) CHECK(future->slot_names[i].get() == objects::Value(aio::field_name(field)));
    }
}
