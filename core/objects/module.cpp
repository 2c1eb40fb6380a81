// Modules and traceback entries (see module.h).
#include "objects/module.h"

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ys::objects {

ModuleObject::ModuleObject(Ref<DictObject> d) : Object(types().module), dict(std::move(d)) {}

ModuleObject::~ModuleObject() {
    if (Context* c = current_cx(); c && c->sys_module == this) c->sys_module = nullptr;
}

void ModuleObject::traverse(Visitor& v) { v.visit(dict.get()); }

Ref<ModuleObject> new_module(const char* name) {
    auto m = make<ModuleObject>(new_dict());
    m->dict->set_str(intern_literal("__name__"), intern(name));
    return m;
}

TracebackObject::TracebackObject(Ref<TracebackObject> n, Ref<FrameObject> f, int l, int line)
    : Object(types().traceback), next(std::move(n)), frame(std::move(f)), lasti(l), lineno(line) {
    frame->track();
}

// tb_next can be assigned; tb_frame stays (code reads it unchecked).
void TracebackObject::clear_refs() { next.reset(); }

void TracebackObject::traverse(Visitor& v) {
    if (next) v.visit(next.get());
    v.visit(frame.get());
}

void init_traceback_type(TypeObject* t) {
    t->getattr = [](Value v, StrObject* name) -> Val {
        auto* tb = static_cast<TracebackObject*>(v.as_object());
        std::string_view n = name->view();
        if (n == "tb_frame") return tb->frame.val();
        if (n == "tb_next") return tb->next ? tb->next.val() : new_none();
        if (n == "tb_lineno") return new_int(tb->lineno);
        if (n == "tb_lasti") return new_int(tb->lasti * 2);
        return nullptr;
    };
}

namespace {

// types.ModuleType(name, doc=None): an empty module, with the five names
// module.__init__ gives every module.
Val module_construct(Value, CallArgs args) {
    Value a[2] = {};
    if (!unpack_arguments("module", args, {"name", "doc"}, 1, a)) return nullptr;
    if (!is_str(a[0]))
        return raise_type_error("module() argument 'name' must be str, not " + type_of(a[0])->name);
    auto m = make<ModuleObject>(new_dict());
    DictObject* d = m->dict.get();
    d->set_str(intern_literal("__name__"), a[0]);
    d->set_str(intern_literal("__doc__"), a[1] ? a[1] : none());
    for (const char* name : {"__package__", "__loader__", "__spec__"}) d->set_str(intern_literal(name), none());
    return m.into_val();
}

}  // namespace

void init_module_type(TypeObject* t) {
    t->construct = module_construct;
    // A class dict, even an empty one, lets the class take a version tag,
    // which the VM's cache of module attributes keys its entries with.
    if (!t->dict) t->dict = new_dict();
    t->repr = [](Value v) {
        auto* m = static_cast<ModuleObject*>(v.as_object());
        Value name = m->dict->get_str(intern_literal("__name__"));
        std::string n = name && is_str(name) ? as_str(name)->utf8() : "?";
        return new_str_val("<module '" + n + "'>");
    };
    t->getattr = [](Value v, StrObject* name) -> Val {
        auto* m = static_cast<ModuleObject*>(v.as_object());
        Value found = m->dict->get_str(name);
        if (found) return Val::borrow(found);
        if (name->view() == "__dict__") return m->dict.val();
        if (name->view() == "__class__") return Val::borrow(types().module);
        // PEP 562: a module-level __getattr__ answers for missing names.
        if (Value hook = m->dict->get_str(intern_literal("__getattr__"))) return call1(hook, name);
        return nullptr;  // abstract get_attr raises the AttributeError
    };
    t->setattr = [](Value v, StrObject* name, Value value) -> bool {
        auto* m = static_cast<ModuleObject*>(v.as_object());
        if (value) {
            m->dict->set_str(name, value);
            return true;
        }
        if (m->dict->remove(name) > 0) return true;
        if (!cx().has_error()) {
            Value mod_name = m->dict->get_str(intern_literal("__name__"));
            raise(exc_types().attribute_error, "module '" + (mod_name && is_str(mod_name) ? as_str(mod_name)->utf8() : "?") +
                                                   "' has no attribute '" + name->utf8() + "'");
        }
        return false;
    };
}

}  // namespace ys::objects
