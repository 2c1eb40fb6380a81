// Built-in modules and `import` (Python/import.c in miniature). A module is
// either native (a C++ factory) or Python source embedded in the binary
// (runtime/pylib/*.py, as MicroPython freezes its library); each session
// imports a module once and caches it in sys.modules.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "objects/dict.h"
#include "objects/module.h"

namespace ys::runtime {

// Builds a native module's namespace. Called once per session, on first import.
using NativeModuleFactory = objects::Ref<objects::ModuleObject> (*)();

struct NativeModule {
    const char* name;
    NativeModuleFactory factory;
};

// The native modules (runtime/module_table.cpp) and the embedded sources
// (generated from runtime/pylib/ at build time).
const NativeModule* find_native_module(std::string_view name);
// Adds a native module defined by a higher layer (asyncio). Call it before
// any session imports, once per process.
void register_native_module(const NativeModule& module);
const char* find_python_module(std::string_view name);

// Runs the source of an embedded library module (text that lives as long as
// the process) as a module's body; supplied by the Session (it owns the VM).
using ModuleRunner = std::function<bool(std::string_view source, std::string_view filename, objects::DictObject* globals)>;

// What CPython 3.11 does to __main__'s namespace at shutdown: every name but
// __builtins__ is set to None, in insertion order. Finalisers (a suspended
// generator's finally) run as their last reference goes.
void clear_module_dict(objects::DictObject* dict);

class Importer {
public:
    Importer(objects::Ref<objects::DictObject> builtins, ModuleRunner runner);
    ~Importer();
    Importer(const Importer&) = delete;
    Importer& operator=(const Importer&) = delete;
    // sys.modules of this session.
    objects::DictObject* modules() const { return modules_.get(); }
    // Imports `name` (dotted names import each parent first); null with an exception.
    [[nodiscard]] objects::Val import(std::string_view name);
    // Makes an empty module dict with __name__ and __builtins__ set.
    objects::Ref<objects::ModuleObject> new_module_object(std::string_view name);

private:
    [[nodiscard]] objects::Val load(std::string_view name);
    objects::Ref<objects::DictObject> builtins_;
    objects::Ref<objects::DictObject> modules_;
    ModuleRunner runner_;
};

}  // namespace ys::runtime
