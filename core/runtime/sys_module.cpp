// The sys module (Python/sysmodule.c): streams that write into the session's
// output, exit, exc_info, the recursion limit and version facts.
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/sizeof.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

void add_function(ModuleObject* m, const char* name, NativeFunction fn) {
    m->dict->set_str(intern(name), new_builtin(name, fn).get());
}

namespace {

// sys.stdout / sys.stderr: objects with write() and flush(), tagged with the stream.
class StreamObject : public Object {
public:
    StreamObject(TypeObject* t, bool is_stderr) : Object(t), is_stderr(is_stderr) {}
    const bool is_stderr;
};

TypeObject* stream_type() {
    static TypeObject* t = util::uncounted([] {
        auto* type = new TypeObject("TextIOWrapper", types().object);
        type->make_immortal();
        type->set_metatype(types().type);
        type->module = "_io";
        add_method(type, "write", [](Value self, CallArgs args) -> Val {
            if (!check_positional("write", args, 1, 1)) return nullptr;
            if (!is_str(args[0])) return raise_type_error("write() argument must be str, not " + type_of(args[0])->name);
            cx().hooks().write_output(static_cast<StreamObject*>(self.as_object())->is_stderr, as_str(args[0])->view());
            return new_int(static_cast<int64_t>(as_str(args[0])->length()));
        });
        add_method(type, "flush", [](Value, CallArgs) { return new_none(); });
        type->getattr = [](Value self, StrObject* name) -> Val {
            if (name->view() == "name")
                return new_str_val(static_cast<StreamObject*>(self.as_object())->is_stderr ? "<stderr>" : "<stdout>");
            Value m = type_of(self)->lookup(name);
            if (m) return new_builtin(static_cast<BuiltinFunctionObject*>(m.as_object())->name,
                                      static_cast<BuiltinFunctionObject*>(m.as_object())->fn, Val::borrow(self))
                .into_val();
            return nullptr;
        };
        return type;
    });
    return t;
}

}  // namespace

bool is_session_stream(Value v, bool* is_stderr) {
    if (!v.is_object() || type_of(v) != stream_type()) return false;
    *is_stderr = static_cast<StreamObject*>(v.as_object())->is_stderr;
    return true;
}

namespace {

Val sys_exit(Value, CallArgs args) {
    if (!check_positional("exit", args, 0, 1)) return nullptr;
    auto exc = new_exception(exc_types().system_exit, "");
    if (args.count == 1) exc->args = new_tuple({args[0]}).into_val();
    return raise_value(exc.into_val());
}

Val sys_exc_info(Value, CallArgs args) {
    if (!check_positional("exc_info", args, 0, 0)) return nullptr;
    Value e = cx().hooks().handled_exception();
    if (!e) return new_tuple({new_none(), new_none(), new_none()}).into_val();
    auto* exc = static_cast<BaseExceptionObject*>(e.as_object());
    return new_tuple({Val::borrow(type_of(e)), Val::borrow(e), exc->traceback ? exc->traceback.val() : new_none()})
        .into_val();
}

Val sys_getrecursionlimit(Value, CallArgs args) {
    if (!check_positional("getrecursionlimit", args, 0, 0)) return nullptr;
    return new_int(cx().recursion_limit);
}

Val sys_setrecursionlimit(Value, CallArgs args) {
    if (!check_positional("setrecursionlimit", args, 1, 1)) return nullptr;
    int64_t n;
    if (!index_value(args[0], &n)) return raise_type_error("an integer is required");
    if (n < 1) return raise_value_error("recursion limit must be greater or equal than 1");
    // The interpreter's frames live on the heap, but native calls still nest;
    // keep the limit where neither native nor wasm stacks can overflow.
    cx().recursion_limit = static_cast<int>(std::min<int64_t>(n, 100000));
    return new_none();
}

// sys._getframe(depth=0): the frame `depth` calls below the caller's.
Val sys_getframe(Value, CallArgs args) {
    if (!check_positional("_getframe", args, 0, 1)) return nullptr;
    int64_t depth = 0;
    if (args.count == 1 && !index_value(args[0], &depth)) return nullptr;
    FrameObject* f = cx().hooks().current_frame();
    for (; f && depth > 0; --depth) f = f->back;
    if (!f) return raise_value_error("call stack is not deep enough");
    f->track();  // Python code may keep it
    return Val::borrow(f);
}

// sys.getsizeof(object[, default]): the default replaces a TypeError only.
Val sys_getsizeof(Value, CallArgs args) {
    size_t npos = args.positional_count();
    if (args.count > 2) return raise_type_error("getsizeof() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
    Value object = npos > 0 ? Value(args[0]) : Value();
    Value fallback = npos > 1 ? Value(args[1]) : Value();
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto name = as_str(args.kwnames->items[k])->view();
        Value v = args[npos + k];
        if (name == "object" && npos < 1) {
            object = v;
        } else if (name == "default" && npos < 2) {
            fallback = v;
        } else if (name == "object" || name == "default") {
            return raise_type_error("argument for getsizeof() given by name ('" + std::string(name) +
                                    "') and position (" + (name == "object" ? "1" : "2") + ")");
        } else {
            return raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for getsizeof()");
        }
    }
    if (!object) return raise_type_error("getsizeof() missing required argument 'object' (pos 1)");
    int64_t size;
    if (getsizeof(object, &size)) return new_int(size);
    if (fallback && error_matches(exc_types().type_error)) {
        cx().take_error();
        return Val::borrow(fallback);
    }
    return nullptr;
}

}  // namespace

Ref<ModuleObject> make_sys_module() {
    auto m = new_module("sys");
    DictObject* d = m->dict.get();
    auto out = make<StreamObject>(stream_type(), false);
    auto err = make<StreamObject>(stream_type(), true);
    d->set_str(intern_literal("stdout"), out.get());
    d->set_str(intern_literal("stderr"), err.get());
    d->set_str(intern_literal("__stdout__"), out.get());
    d->set_str(intern_literal("__stderr__"), err.get());
    add_function(m.get(), "exit", sys_exit);
    add_function(m.get(), "exc_info", sys_exc_info);
    add_function(m.get(), "getrecursionlimit", sys_getrecursionlimit);
    add_function(m.get(), "setrecursionlimit", sys_setrecursionlimit);
    add_asyncgen_hook_functions(m.get());
    add_function(m.get(), "_getframe", sys_getframe);
    add_function(m.get(), "getsizeof", sys_getsizeof);
    d->set_str(intern_literal("maxsize"), new_int(INT64_MAX));
    d->set_str(intern_literal("byteorder"), new_str_val("little"));
    d->set_str(intern_literal("platform"), new_str_val("linux"));  // what the reference interpreter reports
    d->set_str(intern_literal("version_info"), new_tuple({new_int(3), new_int(11), new_int(7), new_str_val("final"), new_int(0)}).get());
    d->set_str(intern_literal("version"), new_str_val("3.11.7 (yieldscope)"));
    d->set_str(intern_literal("argv"), new_list({new_str_val("main.py")}).get());
    if (cx().modules) d->set_str(intern_literal("modules"), cx().modules);
    cx().sys_module = m.get();
    return m;
}

}  // namespace ys::runtime
