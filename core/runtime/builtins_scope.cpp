// Built-ins about namespaces and code (Python/bltinmodule.c): exec, eval,
// compile, globals, locals, vars and dir.
#include "compile/codegen.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "runtime/builtins.h"
#include "runtime/module_support.h"

namespace ys::runtime {

using namespace objects;

namespace {

FrameObject* caller_frame() { return cx().hooks().current_frame(); }

// The caller's local namespace: the dict of a module or class body, or a
// snapshot of a function's fast locals (CPython 3.11's locals()).
Val frame_locals(FrameObject* f) {
    if (!f) return new_dict().into_val();
    if (f->locals) return f->locals.val();
    return get_attr(Value(f), intern_literal("f_locals"));
}

// A SyntaxError with CPython's located attributes, from the compiler's report.
Val raise_syntax_error(const syntax::SyntaxErrorInfo& err, const std::string& filename, std::string_view source) {
    TypeObject* type = err.type == "IndentationError" ? exc_types().indentation_error
                       : err.type == "TabError"       ? exc_types().tab_error
                                                      : exc_types().syntax_error;
    std::string text = compile::source_line(std::string(source), err.line);
    Val info = new_tuple({new_str_val(filename), new_int(err.line), new_int(err.col + 1),
                          text.empty() ? new_none() : new_str_val(text), new_int(err.end_line),
                          new_int(err.end_col + 1)})
                   .into_val();
    Val exc = call(type, CallArgs{nullptr, 0, nullptr});
    if (!exc) return nullptr;
    std::vector<Val> args{new_str_val(err.message), info};
    Val init = get_attr(exc, intern_literal("__init__"));
    if (!init || !call(init, CallArgs{args.data(), args.size(), nullptr})) return nullptr;
    return raise_value(std::move(exc));
}

enum class Mode { Exec, Eval };

// The source text of exec/eval/compile's first argument.
bool source_text(Value v, const char* fname, std::string* out) {
    if (is_str(v)) {
        *out = as_str(v)->utf8();
        return true;
    }
    if (type_of(v) == types().bytes) {
        *out = static_cast<BytesObject*>(v.as_object())->data();
        return true;
    }
    raise_type_error(std::string(fname) + "() arg 1 must be a string, bytes or code object");
    return false;
}

Val compile_text(const std::string& source, const std::string& filename, Mode mode) {
    // The parser recurses as deep as the source nests: deep in a recursion
    // there may not be the stack for it (CPython's compiler checks alike).
    RecursionGuard guard(" during compilation", kCompileUnits);
    if (!guard.ok()) return nullptr;
    auto result = mode == Mode::Eval ? compile::compile_expression(source, filename)
                                     : compile::compile_source(source, filename, false);
    if (auto* err = std::get_if<syntax::SyntaxErrorInfo>(&result)) return raise_syntax_error(*err, filename, source);
    return new_code(std::get<std::shared_ptr<compile::CodeUnit>>(result)).into_val();
}

// Runs `code` with the given namespaces (exec and eval share this).
Val run_code(Value code, Value globals, Value locals, const char* fname) {
    FrameObject* f = caller_frame();
    Val g, l;
    if (!globals || is_none(globals)) {
        if (!f) return raise(exc_types().system_error, std::string(fname) + "(): no current frame");
        g = f->globals.val();
        if (!locals || is_none(locals)) {
            l = frame_locals(f);
            if (!l) return nullptr;
        }
    } else {
        if (!is_dict(globals))
            return raise_type_error(std::string(fname) + "() globals must be a dict, not " + type_of(globals)->name);
        g = Val::borrow(globals);
    }
    if (!l) {
        if (locals && !is_none(locals)) {
            if (!is_dict(locals)) return raise_type_error("locals must be a mapping");
            l = Val::borrow(locals);
        } else {
            l = g;
        }
    }
    DictObject* gd = as_dict(g);
    if (!gd->get_str(intern_literal("__builtins__")) && f) gd->set_str(intern_literal("__builtins__"), f->builtins.get());
    auto fn = make<FunctionObject>(Ref<CodeObject>::borrow(static_cast<CodeObject*>(code.as_object())),
                                   Ref<DictObject>::borrow(gd));
    Value b = gd->get_str(intern_literal("__builtins__"));
    if (b && is_dict(b)) {
        fn->builtins = Ref<DictObject>::borrow(as_dict(b));
    } else if (b && type_of(b) == types().module) {
        fn->builtins = static_cast<ModuleObject*>(b.as_object())->dict;
    } else if (f) {
        fn->builtins = f->builtins;
    }
    return cx().hooks().run_with_locals(fn.get(), l);
}

Val exec_or_eval(CallArgs args, Mode mode) {
    const char* fname = mode == Mode::Exec ? "exec" : "eval";
    Value a[3];
    if (!bind_arguments({fname, {"source", "globals", "locals"}, 1, {}, false}, args, a)) return nullptr;
    Val code;
    if (type_of(a[0]) == types().code) {
        code = Val::borrow(a[0]);
    } else {
        std::string text;
        if (!source_text(a[0], fname, &text)) return nullptr;
        if (mode == Mode::Eval) {
            // eval() ignores leading spaces and tabs.
            size_t start = text.find_first_not_of(" \t");
            text = start == std::string::npos ? std::string() : text.substr(start);
        }
        code = compile_text(text, "<string>", mode);
        if (!code) return nullptr;
    }
    Val result = run_code(code, a[1], a[2], fname);
    if (!result) return nullptr;
    return mode == Mode::Exec ? new_none() : result;
}

Val builtin_exec(Value, CallArgs args) { return exec_or_eval(args, Mode::Exec); }
Val builtin_eval(Value, CallArgs args) { return exec_or_eval(args, Mode::Eval); }

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
Val builtin_compile(Value, CallArgs args) {
    Value a[6];
    if (!bind_arguments({"compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, {}, false},
                        args, a))
        return nullptr;
    std::string text, filename, mode;
    if (!source_text(a[0], "compile", &text)) return nullptr;
    if (!is_str(a[1])) return raise_type_error("compile() argument 'filename' must be str, not " + type_of(a[1])->name);
    filename = as_str(a[1])->utf8();
    if (!is_str(a[2])) return raise_type_error("compile() argument 'mode' must be str, not " + type_of(a[2])->name);
    mode = as_str(a[2])->utf8();
    if (mode != "exec" && mode != "eval" && mode != "single")
        return raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
    return compile_text(text, filename, mode == "eval" ? Mode::Eval : Mode::Exec);
}

Val builtin_globals(Value, CallArgs args) {
    if (!check_positional("globals", args, 0, 0)) return nullptr;
    FrameObject* f = caller_frame();
    if (!f) return raise(exc_types().runtime_error, "globals(): no current frame");
    return f->globals.val();
}

Val builtin_locals(Value, CallArgs args) {
    if (!check_positional("locals", args, 0, 0)) return nullptr;
    return frame_locals(caller_frame());
}

Val builtin_vars(Value, CallArgs args) {
    if (!check_positional("vars", args, 0, 1)) return nullptr;
    if (args.count == 0) return frame_locals(caller_frame());
    if (Val d = instance_dict_for_python(args[0])) return d;
    Val d = get_attr(args[0], intern_literal("__dict__"));
    if (d) return d;
    if (error_matches(exc_types().attribute_error)) {
        cx().take_error();
        return raise_type_error("vars() argument must have __dict__ attribute");
    }
    return nullptr;
}

// The attributes object.__dir__ finds on every object (CPython's object type).
const char* const kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
    "__str__", "__subclasshook__",
};

// False with an exception pending (a MemoryError) when a key could not be added.
[[nodiscard]] bool add_keys(DictObject* d, DictObject* names) {
    if (!d) return true;
    for (const auto& e : d->entries())
        if (e.key && !names->set(e.key, none())) return false;
    return true;
}

[[nodiscard]] bool add_class_names(TypeObject* t, DictObject* names) {
    for (TypeObject* k : t->mro)
        if (!add_keys(k->dict.get(), names)) return false;
    for (const char* n : kObjectNames) names->set_str(intern(n), none());
    return true;
}

// dir(obj) copies __dir__()'s list (PySequence_List, preallocated) before
// sorting it; dir() sorts the list of the local names itself.
Val sorted_names(std::vector<Val> keys, bool copied) {
    auto list = new_list(std::move(keys));
    if (copied) {
        list->alloc.clear();
        list->alloc.extend_exact(static_cast<int64_t>(list->items.size()));
    }
    if (!sort_list(list.get(), Value(), false)) return nullptr;
    return list.into_val();
}

Val sorted_keys(DictObject* names, bool copied = true) {
    std::vector<Val> keys;
    for (const auto& e : names->entries())
        if (e.key) keys.push_back(e.key);
    return sorted_names(std::move(keys), copied);
}

Val builtin_dir(Value, CallArgs args) {
    if (!check_positional("dir", args, 0, 1)) return nullptr;
    auto names = new_dict();
    if (args.count == 0) {
        Val l = frame_locals(caller_frame());
        if (!l) return nullptr;
        if (is_dict(l) && !add_keys(as_dict(l), names.get())) return nullptr;
        return sorted_keys(names.get(), false);
    }
    Value obj = args[0];
    TypeObject* t = type_of(obj);
    if (t->is_heap_type) {
        // A __dir__ written in Python decides, as object.__dir__ is overridden.
        for (TypeObject* k : t->mro) {
            if (!k->is_heap_type) break;
            if (Value m = k->dict ? k->dict->get_str(intern_literal("__dir__")) : Value()) {
                Val bound = bind_descriptor(m, obj, t);
                if (!bound) return nullptr;
                Val result = call0(bound);
                if (!result) return nullptr;
                std::vector<Val> items;
                if (!collect_items(result, &items)) return nullptr;
                return sorted_names(std::move(items), true);
            }
        }
    }
    if (t == types().module) {
        if (!add_keys(static_cast<ModuleObject*>(obj.as_object())->dict.get(), names.get())) return nullptr;
        return sorted_keys(names.get());
    }
    if (t->is_subtype_of(types().type)) {
        if (!add_class_names(static_cast<TypeObject*>(obj.as_object()), names.get())) return nullptr;
        return sorted_keys(names.get());
    }
    if (!add_keys(instance_dict(obj, false), names.get()) || !add_class_names(t, names.get())) return nullptr;
    if (t->is_heap_type) {
        for (const char* n : {"__dict__", "__module__", "__weakref__"}) names->set_str(intern(n), none());
    }
    return sorted_keys(names.get());
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the
// module, or for `import a.b` without a fromlist the top package a.
Val builtin_import(Value, CallArgs args) {
    Value a[5];
    if (!bind_arguments({"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, {}, false}, args, a))
        return nullptr;
    if (!is_str(a[0])) return raise_type_error("__import__() argument 1 must be str, not " + type_of(a[0])->name);
    int64_t level = 0;
    if (a[4] && !index_value(a[4], &level)) return nullptr;
    if (level != 0) return raise(exc_types().import_error, "attempted relative import with no known parent package");
    std::string name = as_str(a[0])->utf8();
    if (name.empty()) return raise_value_error("Empty module name");
    Val module = cx().hooks().import_module(intern(name));
    if (!module) return nullptr;
    bool has_fromlist = false;
    if (a[3] && !is_none(a[3])) {
        int t = truthy(a[3]);
        if (t < 0) return nullptr;
        has_fromlist = t;
    }
    size_t dot = name.find('.');
    if (has_fromlist || dot == std::string::npos) return module;
    return cx().hooks().import_module(intern(name.substr(0, dot)));
}

}  // namespace

void add_scope_builtins(DictObject* builtins) {
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"exec", builtin_exec},       {"eval", builtin_eval}, {"compile", builtin_compile}, {"globals", builtin_globals},
        {"locals", builtin_locals},   {"vars", builtin_vars}, {"dir", builtin_dir},
        {"__import__", builtin_import},
    };
    for (const auto& e : functions) builtins->set_str(intern(e.name), new_builtin(e.name, e.fn).into_val());
}

}  // namespace ys::runtime
