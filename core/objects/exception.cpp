// The built-in exception hierarchy and raising helpers (see exception.h).
#include "objects/exception.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

BaseExceptionObject::BaseExceptionObject(TypeObject* t) : Object(t), args(empty_tuple().into_val()) {
    if (t->is_heap_type) t->incref();  // instances keep their class alive
}

BaseExceptionObject::~BaseExceptionObject() {
    dict.reset();
    TypeObject* t = type();
    if (t->is_heap_type && t->decref_is_last()) deallocate(t);
}

void BaseExceptionObject::traverse(Visitor& v) {
    if (args.get().is_object()) v.visit(args.get().as_object());
    if (traceback) v.visit(traceback.get());
    if (cause.get().is_object()) v.visit(cause.get().as_object());
    if (context.get().is_object()) v.visit(context.get().as_object());
    if (dict) v.visit(dict.get());
}

namespace {

ExceptionTypes g_types;
std::vector<TypeObject*> g_all;

TypeObject* define(const char* name, TypeObject* base) {
    auto* t = new TypeObject(name, base);
    t->make_immortal();
    t->is_exception = true;
    g_all.push_back(t);
    return t;
}

BaseExceptionObject* as_exc(Value v) { return static_cast<BaseExceptionObject*>(v.as_object()); }

Val exception_construct(Value type, CallArgs args) {
    if (args.keyword_count()) {
        auto* t = static_cast<TypeObject*>(type.as_object());
        return raise_type_error(t->name + "() takes no keyword arguments");
    }
    auto exc = make<BaseExceptionObject>(static_cast<TypeObject*>(type.as_object()));
    std::vector<Val> items(args.data, args.data + args.count);
    exc->args = new_tuple(std::move(items)).into_val();
    return exc.into_val();
}

Val exception_str(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    if (items.empty()) return new_str_val("");
    if (items.size() == 1) return str(items[0]);
    return str(as_exc(v)->args);
}

// KeyError shows the repr of its key: str(KeyError('a')) is "'a'".
Val key_error_str(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    if (items.size() == 1) return repr(items[0]);
    return exception_str(v);
}

Val exception_repr(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    std::string text;
    if (items.size() == 1) {
        if (!repr_text(items[0], &text)) return nullptr;
        return new_str_val(type_of(v)->name + "(" + text + ")");
    }
    if (!repr_text(as_exc(v)->args, &text)) return nullptr;
    return new_str_val(type_of(v)->name + text);
}

Val exception_getattr(Value v, StrObject* name) {
    auto* e = as_exc(v);
    auto n = name->view();
    if (n == "args") return e->args;
    if (n == "__cause__") return e->cause ? e->cause : new_none();
    if (n == "__context__") return e->context ? e->context : new_none();
    if (n == "__suppress_context__") return new_bool(e->suppress_context);
    if (n == "__traceback__") return e->traceback ? e->traceback.val() : new_none();
    if (n == "value" && type_of(v)->is_subtype_of(g_types.stop_iteration)) {
        const auto& items = as_tuple(e->args)->items;
        return items.empty() ? new_none() : items[0];
    }
    return generic_getattr(v, name);
}

bool exception_setattr(Value v, StrObject* name, Value value) {
    auto* e = as_exc(v);
    auto n = name->view();
    if (n == "args" && value) {
        std::vector<Val> items;
        if (!collect_items(value, &items)) return false;
        e->args = new_tuple(std::move(items)).into_val();
        return true;
    }
    if (n == "__cause__") {
        e->cause = value && !is_none(value) ? Val::borrow(value) : Val();
        e->suppress_context = true;
        return true;
    }
    if (n == "__context__") {
        e->context = value && !is_none(value) ? Val::borrow(value) : Val();
        return true;
    }
    if (n == "__suppress_context__") {
        e->suppress_context = value && truthy(value) > 0;
        return true;
    }
    return generic_setattr(v, name, value);
}

// BaseException.__init__(*args): what super().__init__(msg) reaches.
Val exception_init(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error(type_of(self)->name + "() takes no keyword arguments");
    as_exc(self)->args = new_tuple(std::vector<Val>(args.data, args.data + args.count)).into_val();
    return new_none();
}

}  // namespace

void init_exception_types(TypeObject* object_type) {
    auto& t = g_types;
    t.base_exception = define("BaseException", object_type);
    t.base_exception->construct = exception_construct;
    t.base_exception->str = exception_str;
    t.base_exception->repr = exception_repr;
    t.base_exception->getattr = exception_getattr;
    add_method(t.base_exception, "__init__", exception_init);
    t.base_exception->setattr = exception_setattr;
    t.system_exit = define("SystemExit", t.base_exception);
    t.keyboard_interrupt = define("KeyboardInterrupt", t.base_exception);
    t.generator_exit = define("GeneratorExit", t.base_exception);
    t.exception = define("Exception", t.base_exception);
    t.stop_iteration = define("StopIteration", t.exception);
    t.stop_async_iteration = define("StopAsyncIteration", t.exception);
    t.arithmetic_error = define("ArithmeticError", t.exception);
    t.overflow_error = define("OverflowError", t.arithmetic_error);
    t.zero_division_error = define("ZeroDivisionError", t.arithmetic_error);
    t.assertion_error = define("AssertionError", t.exception);
    t.attribute_error = define("AttributeError", t.exception);
    t.lookup_error = define("LookupError", t.exception);
    t.index_error = define("IndexError", t.lookup_error);
    t.key_error = define("KeyError", t.lookup_error);
    t.key_error->str = key_error_str;
    t.memory_error = define("MemoryError", t.exception);
    t.name_error = define("NameError", t.exception);
    t.unbound_local_error = define("UnboundLocalError", t.name_error);
    t.runtime_error = define("RuntimeError", t.exception);
    t.recursion_error = define("RecursionError", t.runtime_error);
    t.not_implemented_error = define("NotImplementedError", t.runtime_error);
    t.syntax_error = define("SyntaxError", t.exception);
    t.indentation_error = define("IndentationError", t.syntax_error);
    t.tab_error = define("TabError", t.indentation_error);
    t.type_error = define("TypeError", t.exception);
    t.value_error = define("ValueError", t.exception);
    t.import_error = define("ImportError", t.exception);
    t.module_not_found_error = define("ModuleNotFoundError", t.import_error);
    t.os_error = define("OSError", t.exception);
    t.timeout_error = define("TimeoutError", t.os_error);
}

const ExceptionTypes& exc_types() { return g_types; }
const std::vector<TypeObject*>& all_exception_types() { return g_all; }

Ref<BaseExceptionObject> new_exception(TypeObject* type, std::string_view message) {
    auto exc = make<BaseExceptionObject>(type);
    if (!message.empty()) exc->args = new_tuple({new_str_val(std::string(message))}).into_val();
    return exc;
}

Val raise(TypeObject* type, std::string_view message) {
    cx().set_error(new_exception(type, message).into_val());
    return nullptr;
}

Val raise_value(Val exception) {
    cx().set_error(std::move(exception));
    return nullptr;
}

Val raise_type_error(std::string_view m) { return raise(g_types.type_error, m); }
Val raise_value_error(std::string_view m) { return raise(g_types.value_error, m); }
Val raise_zero_division(std::string_view m) { return raise(g_types.zero_division_error, m); }
Val raise_index_error(std::string_view m) { return raise(g_types.index_error, m); }
Val raise_overflow(std::string_view m) { return raise(g_types.overflow_error, m); }
Val raise_name_error(std::string_view name) {
    return raise(g_types.name_error, "name '" + std::string(name) + "' is not defined");
}

bool is_exception_instance(Value v) { return v.is_object() && type_of(v)->is_exception; }

bool error_matches(TypeObject* type) {
    Value e = cx().peek_error();
    return e && type_of(e)->is_subtype_of(type);
}

std::string exception_message(Value exc) {
    std::string text;
    if (!str_text(exc, &text)) {
        cx().take_error();
        return "<exception str() failed>";
    }
    return text;
}

}  // namespace ys::objects
