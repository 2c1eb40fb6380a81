// The Importer (see modules.h).
#include "runtime/modules.h"

#include "objects/context.h"
#include "objects/exception.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ys::runtime {

using namespace objects;

void clear_module_dict(DictObject* dict) {
    // Entries can be added or removed by finalisers: walk by index.
    for (size_t i = 0; i < dict->entries().size(); ++i) {
        Val key = dict->entries()[i].key;
        if (!key || !is_str(key) || as_str(key)->view() == "__builtins__") continue;
        if (!dict->set(key, none())) cx().take_error();
    }
}

Importer::Importer(Ref<DictObject> builtins, ModuleRunner runner)
    : builtins_(std::move(builtins)), modules_(new_dict()), runner_(std::move(runner)) {
    cx().modules = modules_.get();
}

Importer::~Importer() {
    if (Context* c = current_cx(); c && c->modules == modules_.get()) c->modules = nullptr;
}

Ref<ModuleObject> Importer::new_module_object(std::string_view name) {
    auto m = new_module(std::string(name).c_str());
    m->dict->set_str(intern_literal("__builtins__"), builtins_.get());
    return m;
}

Val Importer::import(std::string_view name) {
    // Import each parent first: `import collections.abc` loads collections.
    size_t dot = name.rfind('.');
    Val parent;
    if (dot != std::string_view::npos) {
        parent = import(name.substr(0, dot));
        if (!parent) return nullptr;
    }
    Value cached = modules_->get_str(intern(name));
    if (cached) return Val::borrow(cached);
    Val module = load(name);
    if (!module) return nullptr;
    if (parent) {
        auto* p = static_cast<ModuleObject*>(parent.get().as_object());
        p->dict->set_str(intern(name.substr(dot + 1)), module);
    }
    return module;
}

Val Importer::load(std::string_view name) {
    if (name == "builtins") {
        // The module is a view of the session's builtins dict: changing
        // builtins.len changes what every function finds for `len`.
        if (!builtins_->get_str(intern_literal("__name__")))
            builtins_->set_str(intern_literal("__name__"), intern_literal("builtins"));
        auto m = make<ModuleObject>(builtins_);
        modules_->set_str(intern(name), m.get());
        return m.into_val();
    }
    if (const NativeModule* native = find_native_module(name)) {
        Ref<ModuleObject> m = native->factory();
        if (!m) return nullptr;
        modules_->set_str(intern(name), m.get());
        return m.into_val();
    }
    if (const char* source = find_python_module(name)) {
        auto m = new_module_object(name);
        // Registered before running, so circular imports see the partial module.
        modules_->set_str(intern(name), m.get());
        if (!runner_(source, "<yieldscope " + std::string(name) + ">", m->dict.get())) {
            int removed = modules_->remove(intern(name));
            (void)removed;
            return nullptr;
        }
        return m.into_val();
    }
    return raise(exc_types().module_not_found_error, "No module named '" + std::string(name) + "'");
}

}  // namespace ys::runtime
