// Functions, built-in functions and cells (see function.h).
#include "objects/function.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

CellObject::CellObject(Val v) : Object(types().cell), contents(std::move(v)) {}

// An empty cell reads as unbound, as after `del`.
void CellObject::clear_refs() { contents.reset(); }

void CellObject::traverse(Visitor& v) {
    if (contents.get().is_object()) v.visit(contents.get().as_object());
}

FunctionObject::FunctionObject(Ref<CodeObject> c, Ref<DictObject> g)
    : Object(types().function), code(std::move(c)), globals(std::move(g)) {
    name = code->name;
    qualname = code->qualname;
}

// What Python code can set after the def (CPython's func_clear). The code,
// globals and closure stay: calling the function must still find them (its
// cells are cleared themselves when they are garbage).
void FunctionObject::clear_refs() {
    std::vector<Val> old = std::move(defaults);
    defaults.clear();
    kwdefaults.reset();
    annotations.reset();
    dict.reset();
    doc.reset();
}

void FunctionObject::traverse(Visitor& v) {
    v.visit(code.get());
    v.visit(globals.get());
    if (builtins) v.visit(builtins.get());
    if (doc.get().is_object()) v.visit(doc.get().as_object());
    for (auto& d : defaults)
        if (d.get().is_object()) v.visit(d.get().as_object());
    if (kwdefaults) v.visit(kwdefaults.get());
    if (annotations) v.visit(annotations.get());
    for (auto& c : closure)
        if (c.get().is_object()) v.visit(c.get().as_object());
    if (dict) v.visit(dict.get());
}

BuiltinFunctionObject::BuiltinFunctionObject(std::string n, NativeFunction f, Val s)
    : Object(types().builtin_function), name(std::move(n)), fn(f), self(std::move(s)) {}

void BuiltinFunctionObject::traverse(Visitor& v) {
    if (self.get().is_object()) v.visit(self.get().as_object());
}

Ref<BuiltinFunctionObject> new_builtin(std::string name, NativeFunction fn, Val self) {
    return make<BuiltinFunctionObject>(std::move(name), fn, std::move(self));
}

void add_method(TypeObject* type, const char* name, NativeFunction fn) {
    if (!type->dict) type->dict = new_dict();
    auto m = new_builtin(name, fn);
    m->is_method = true;
    m->make_immortal();
    type->dict->set_str(intern(name), m.get());
}

bool is_unbound_method(Value v) {
    return v.is_object() && type_of(v) == types().builtin_function &&
           static_cast<BuiltinFunctionObject*>(v.as_object())->is_method;
}

bool is_function(Value v) { return v.is_object() && type_of(v) == types().function; }

size_t CallArgs::keyword_count() const { return kwnames ? kwnames->items.size() : 0; }

// check_positional's slow path: keywords or a count out of range (or an
// empty kwnames tuple, which passes).
bool positional_mismatch(const char* name, CallArgs args, size_t min, size_t max) {
    if (args.keyword_count()) {
        raise_type_error(std::string(name) + "() takes no keyword arguments");
        return false;
    }
    size_t n = args.count;
    if (n >= min && n <= max) return true;
    std::string msg = name;
    if (min == max) {
        if (min == 0) {
            msg += "() takes no arguments (" + std::to_string(n) + " given)";
        } else if (min == 1) {
            msg += "() takes exactly one argument (" + std::to_string(n) + " given)";
        } else {
            msg += " expected " + std::to_string(min) + " arguments, got " + std::to_string(n);
        }
    } else if (n < min) {
        msg += " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " +
               std::to_string(n);
    } else {
        msg += " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " +
               std::to_string(n);
    }
    raise_type_error(msg);
    return false;
}

namespace {

Val function_repr(Value v) {
    auto* f = as_function(v);
    return new_str_val("<function " + f->qualname->utf8() + " at 0x" + std::to_string(cx().session_id(f)) + ">");
}

Val function_getattr(Value v, StrObject* attr) {
    auto* f = as_function(v);
    auto n = attr->view();
    if (n == "__name__") return Val::borrow(f->name);
    if (n == "__qualname__") return Val::borrow(f->qualname);
    if (n == "__code__") return f->code.val();
    if (n == "__doc__") return f->doc ? f->doc : new_none();
    if (n == "__module__") {
        Value m = f->globals->get_str(intern_literal("__name__"));
        return m ? Val::borrow(m) : new_none();
    }
    if (n == "__defaults__") return f->defaults.empty() ? new_none() : new_tuple(f->defaults).into_val();
    if (n == "__kwdefaults__") return f->kwdefaults ? f->kwdefaults.val() : new_none();
    if (n == "__globals__") return f->globals.val();
    if (n == "__annotations__") {
        if (!f->annotations) f->annotations = new_dict();
        return f->annotations.val();
    }
    return generic_getattr(v, attr);
}

bool function_setattr(Value v, StrObject* attr, Value value) {
    auto* f = as_function(v);
    auto n = attr->view();
    if ((n == "__name__" || n == "__qualname__") && value && is_str(value)) {
        (n == "__name__" ? f->name : f->qualname) = intern(as_str(value)->view());
        return true;
    }
    if (n == "__doc__") {
        f->doc = value ? Val::borrow(value) : Val();
        return true;
    }
    if (n == "__annotations__" || n == "__kwdefaults__") {
        Ref<DictObject>& slot = n == "__annotations__" ? f->annotations : f->kwdefaults;
        if (value && !is_none(value) && !is_dict(value)) {
            raise_type_error(std::string(n) + " must be set to a dict object");
            return false;
        }
        slot = value && !is_none(value) ? Ref<DictObject>::borrow(as_dict(value)) : nullptr;
        return true;
    }
    if (n == "__defaults__") {
        if (value && !is_none(value) && !is_tuple(value)) {
            raise_type_error("__defaults__ must be set to a tuple object");
            return false;
        }
        f->defaults = value && !is_none(value) ? as_tuple(value)->items : std::vector<Val>{};
        return true;
    }
    if (n == "__code__") {
        // func_set_code: calls made from now on run the new code; its free
        // variables must match the cells the function already holds.
        if (!value || type_of(value) != types().code) {
            raise_type_error("__code__ must be set to a code object");
            return false;
        }
        auto* code = static_cast<CodeObject*>(value.as_object());
        size_t nfree = code->unit().freevars.size();
        if (nfree != f->closure.size()) {
            raise_value_error(f->name->utf8() + "() requires a code object with " + std::to_string(f->closure.size()) +
                              " free vars, not " + std::to_string(nfree));
            return false;
        }
        f->code = Ref<CodeObject>::borrow(code);
        return true;
    }
    return generic_setattr(v, attr, value);
}

Val builtin_repr(Value v) {
    auto* b = static_cast<BuiltinFunctionObject*>(v.as_object());
    if (b->self && !is_none(b->self))
        return new_str_val("<built-in method " + b->name + " of " + type_of(b->self)->name + " object at 0x" +
                           std::to_string(cx().session_id(b->self.get().as_object())) + ">");
    return new_str_val("<built-in function " + b->name + ">");
}

// A built-in's names (CPython's qualified names of methods, "list.append",
// are not kept: both are the plain name).
Val builtin_getattr(Value v, StrObject* attr) {
    auto* b = static_cast<BuiltinFunctionObject*>(v.as_object());
    if (attr->view() == "__name__" || attr->view() == "__qualname__") return new_str_val(b->name);
    return generic_getattr(v, attr);
}

Val builtin_call(Value callable, CallArgs args) {
    auto* b = static_cast<BuiltinFunctionObject*>(callable.as_object());
    if (b->is_method) {
        // Called through the type (list.append(xs, 1)): the first argument is self.
        if (args.positional_count() == 0)
            return raise_type_error("unbound method " + b->name + "() needs an argument");
        return b->fn(args[0], CallArgs{args.data + 1, args.count - 1, args.kwnames});
    }
    return b->fn(b->self, args);
}

}  // namespace

void init_function_types(TypeObject* function, TypeObject* builtin_function, TypeObject* cell) {
    function->repr = function_repr;
    function->call = [](Value callable, CallArgs args) { return cx().hooks().call_python(callable, args); };
    function->getattr = function_getattr;
    function->setattr = function_setattr;
    builtin_function->repr = builtin_repr;
    builtin_function->call = builtin_call;
    builtin_function->getattr = builtin_getattr;
    cell->repr = [](Value v) { return new_str_val("<cell at 0x" + std::to_string(cx().session_id(v.as_object())) + ">"); };
}

}  // namespace ys::objects
