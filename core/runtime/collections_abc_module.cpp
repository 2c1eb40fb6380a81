// The module collections.abc (Lib/_collections_abc.py): the abstract base
// classes as heap types whose isinstance/issubclass answer structurally
// (each ABC's __subclasshook__ and _check_methods) or by register()ed classes.
// Their mixin methods (Mapping.get, Sequence.index ...) are added in Python
// by runtime/pylib/collections.py, which is always imported first.
#include <vector>

#include "objects/builtin_types.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

// One ABC: its bases (earlier entries of kAbcs), the methods its
// __subclasshook__ asks for (none: only register()ed classes match), and the
// built-in types _collections_abc.py registers with it.
struct AbcSpec {
    const char* name;
    std::vector<const char*> bases;
    std::vector<const char*> methods;
    std::vector<TypeObject*> (*registered)();
};

std::vector<TypeObject*> none_registered() { return {}; }

// In _collections_abc.py's order, so that every base comes before its subclasses.
const std::vector<AbcSpec>& abc_specs() {
    static const std::vector<AbcSpec> specs = util::uncounted([] {
        return std::vector<AbcSpec>{
            {"Hashable", {}, {"__hash__"}, none_registered},
            {"Awaitable", {}, {"__await__"}, none_registered},
            {"Coroutine", {"Awaitable"}, {"send", "throw", "close", "__await__"},
             [] { return std::vector<TypeObject*>{generator_types().coroutine}; }},
            {"AsyncIterable", {}, {"__aiter__"}, none_registered},
            {"AsyncIterator", {"AsyncIterable"}, {"__anext__", "__aiter__"}, none_registered},
            {"AsyncGenerator", {"AsyncIterator"}, {"__aiter__", "__anext__", "asend", "athrow", "aclose"},
             [] { return std::vector<TypeObject*>{generator_types().async_generator}; }},
            {"Iterable", {}, {"__iter__"}, none_registered},
            {"Iterator", {"Iterable"}, {"__iter__", "__next__"}, none_registered},
            {"Reversible", {"Iterable"}, {"__reversed__", "__iter__"}, none_registered},
            {"Generator", {"Iterator"}, {"__iter__", "__next__", "send", "throw", "close"},
             [] { return std::vector<TypeObject*>{generator_types().generator}; }},
            {"Sized", {}, {"__len__"}, none_registered},
            {"Container", {}, {"__contains__"}, none_registered},
            {"Collection", {"Sized", "Iterable", "Container"}, {"__len__", "__iter__", "__contains__"}, none_registered},
            {"Callable", {}, {"__call__"}, none_registered},
            {"Set", {"Collection"}, {}, [] { return std::vector<TypeObject*>{types().frozenset}; }},
            {"MutableSet", {"Set"}, {}, [] { return std::vector<TypeObject*>{types().set}; }},
            {"Mapping", {"Collection"}, {}, none_registered},
            {"MappingView", {"Sized"}, {}, none_registered},
            {"KeysView", {"MappingView", "Set"}, {}, [] { return std::vector<TypeObject*>{types().dict_keys}; }},
            {"ItemsView", {"MappingView", "Set"}, {}, [] { return std::vector<TypeObject*>{types().dict_items}; }},
            {"ValuesView", {"MappingView", "Collection"}, {}, [] { return std::vector<TypeObject*>{types().dict_values}; }},
            {"MutableMapping", {"Mapping"}, {}, [] { return std::vector<TypeObject*>{types().dict}; }},
            {"Sequence", {"Reversible", "Collection"}, {},
             [] { return std::vector<TypeObject*>{types().tuple, types().str, types().range}; }},
            {"ByteString", {"Sequence"}, {}, [] { return std::vector<TypeObject*>{types().bytes}; }},
            {"MutableSequence", {"Sequence"}, {}, [] { return std::vector<TypeObject*>{types().list}; }},
        };
    });
    return specs;
}

const AbcSpec* find_spec(const std::string& name) {
    for (const auto& s : abc_specs())
        if (name == s.name) return &s;
    return nullptr;
}

// Whether a built-in type implements `name` through a C++ slot; built-in types
// keep their dunders in slots, not in their dict as CPython's slot wrappers do.
bool builtin_slot_defines(TypeObject* k, std::string_view name) {
    if (name == "__iter__") return k->iter != nullptr;
    if (name == "__next__") return k->iternext != nullptr;
    if (name == "__len__") return k->len != nullptr;
    if (name == "__contains__") return k->contains != nullptr;
    if (name == "__call__") return k->call != nullptr;
    if (name == "__hash__") return k->hash != nullptr;
    if (name == "__getitem__") return k->getitem != nullptr;
    return false;
}

// _check_methods for one name: the first class in the MRO that has it decides,
// and None there means "explicitly not" (__hash__ = None).
bool defines_method(TypeObject* c, const char* name) {
    StrObject* key = intern(name);
    for (TypeObject* k : c->mro) {
        if (k->is_heap_type) {
            if (!k->dict) continue;
            if (Value v = k->dict->get_str(key)) return !is_none(v);
            continue;
        }
        // The first built-in type decides: its slots include what it inherits.
        if (builtin_slot_defines(k, name)) return true;
        Value v = k->lookup(key);
        return v && !is_none(v);
    }
    return false;
}

ListObject* registry_of(TypeObject* abc) {
    Value r = abc->dict ? abc->dict->get_str(intern_literal("_abc_registry")) : Value();
    return r && is_list(r) ? as_list(r) : nullptr;
}

// The hook (TypeObject::abc_check): __subclasshook__, then the registry, which
// also holds what was registered with any ABC deriving from this one (the
// effect of ABCMeta.__subclasscheck__'s walk over cls.__subclasses__()).
bool abc_check(TypeObject* abc, TypeObject* candidate) {
    const AbcSpec* spec = find_spec(abc->name);
    if (spec && !spec->methods.empty()) {
        bool all = true;
        for (const char* m : spec->methods) all = all && defines_method(candidate, m);
        if (all) return true;
    }
    if (ListObject* reg = registry_of(abc)) {
        for (const auto& r : reg->items)
            if (candidate->is_subtype_of(static_cast<TypeObject*>(r.get().as_object()))) return true;
    }
    return false;
}

bool is_class(Value v) { return v.is_object() && type_of(v)->is_subtype_of(types().type); }

// Adds `c` to the registry of `abc` and of every ABC it derives from.
void register_with(TypeObject* abc, TypeObject* c) {
    for (TypeObject* k : abc->mro) {
        if (!k->abc_check) continue;
        ListObject* reg = registry_of(k);
        if (!reg) continue;
        bool present = false;
        for (const auto& r : reg->items) present = present || r.get() == Value(c);
        if (!present) reg->items.push_back(Val::borrow(c));
    }
}

// ABC.register(subclass), a classmethod: returns the class, so it also works as a decorator.
Val abc_register(Value, CallArgs args) {
    if (!check_positional("register", args, 2, 2)) return nullptr;
    if (!is_class(args[1])) return raise_type_error("Can only register classes");
    auto* abc = static_cast<TypeObject*>(args[0].get().as_object());
    auto* c = static_cast<TypeObject*>(args[1].get().as_object());
    // A class deriving from an ABC has no registry of its own to add to.
    if (!abc->abc_check || c->is_subtype_of(abc)) return args[1];
    if (abc->is_subtype_of(c)) return raise(exc_types().runtime_error, "Refusing to create an inheritance cycle");
    register_with(abc, c);
    return args[1];
}

// Iterator.__iter__: an iterator is its own iterator.
Val iterator_iter(Value self, CallArgs args) {
    if (!check_positional("__iter__", args, 0, 0)) return nullptr;
    return Val::borrow(self);
}

// _install_mixins(abc, mixins): copies the methods of the class `mixins`
// (written in Python by collections.py) onto `abc` and refreshes its slots, so
// that KeysView(m) and subclasses of Mapping get __len__, __contains__ ...
Val abc_install_mixins(Value self, CallArgs args) {
    if (!check_positional("_install_mixins", args, 2, 2)) return nullptr;
    if (!is_class(args[0]) || !is_class(args[1])) return raise_type_error("_install_mixins() expects two classes");
    auto* abc = static_cast<TypeObject*>(args[0].get().as_object());
    auto* mixins = static_cast<TypeObject*>(args[1].get().as_object());
    if (!abc->abc_check || !mixins->dict) return raise_type_error("_install_mixins() expects an ABC");
    for (const auto& e : mixins->dict->entries()) {
        if (!e.key || !is_str(e.key)) continue;
        std::string_view name = as_str(e.key)->view();
        if (name == "__module__" || name == "__qualname__" || name == "__doc__" || name == "__dict__") continue;
        abc->dict->set_str(as_str(e.key), e.value);
    }
    update_slots(abc);  // and, through it, every class derived from abc
    return new_none();
}

}  // namespace

Ref<ModuleObject> make_collections_abc_module() {
    auto m = new_module("collections.abc");
    DictObject* d = m->dict.get();
    auto register_method =
        make<StaticMethodObject>(class_types().classmethod, new_builtin("register", abc_register).into_val());
    auto iter_method = new_builtin("__iter__", iterator_iter);
    iter_method->is_method = true;
    for (const AbcSpec& spec : abc_specs()) {
        std::vector<Ref<TypeObject>> bases;
        for (const char* b : spec.bases)
            bases.push_back(Ref<TypeObject>::borrow(static_cast<TypeObject*>(d->get_str(intern(b)).as_object())));
        auto ns = new_dict();
        ns->set_str(intern_literal("__module__"), intern_literal("collections.abc"));
        ns->set_str(intern_literal("register"), register_method.get());
        ns->set_str(intern_literal("_abc_registry"), new_list({}).get());
        if (std::string_view(spec.name) == "Iterator") ns->set_str(intern_literal("__iter__"), iter_method.get());
        Ref<TypeObject> abc = new_class(spec.name, std::move(bases), std::move(ns));
        if (!abc) return nullptr;
        abc->abc_check = abc_check;
        d->set_str(intern(spec.name), abc.get());
    }
    // Registered only after every ABC exists, so registries propagate to all bases.
    for (const AbcSpec& spec : abc_specs()) {
        auto* abc = static_cast<TypeObject*>(d->get_str(intern(spec.name)).as_object());
        for (TypeObject* t : spec.registered()) register_with(abc, t);
    }
    d->set_str(intern_literal("_install_mixins"), new_builtin("_install_mixins", abc_install_mixins, m->dict.val()).get());
    return m;
}

}  // namespace ys::runtime
