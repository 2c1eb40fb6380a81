// Helpers of the eval loop's instructions (see eval_helpers.h): out of the loop
// itself, so that it stays small (docs/architecture.md, "A loop small enough").
#include <algorithm>
#include <string>

#include "objects/abstract.h"
#include "objects/async_gen.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/recursion.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/assert.h"
#include "vm/eval_helpers.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;

YS_COLD Val unbound_local(const std::string& name) {
    return raise(exc_types().unbound_local_error,
                 "cannot access local variable '" + name + "' where it is not associated with a value");
}

YS_COLD Val stop_iteration_value(Value exc) {
    const auto& args = as_tuple(static_cast<BaseExceptionObject*>(exc.as_object())->args)->items;
    return args.empty() ? new_none() : args[0];
}

YS_OUT_OF_LINE Val get_awaitable(Value v, uint32_t where) {
    if (is_generator_object(v)) {
        auto* gen = as_generator(v);
        bool iterable_coroutine = gen->frame && (gen->frame->code->flags() & compile::kCoIterableCoroutine);
        if (gen->kind == GenKind::Coroutine || iterable_coroutine) {
            if (gen->kind == GenKind::Coroutine && gen->delegate())
                return raise(exc_types().runtime_error, "coroutine is being awaited already");
            gen->awaited = true;
            return Val::borrow(v);
        }
    }
    TypeObject* t = type_of(v);
    Value method = t->lookup(intern_literal("__await__"));
    if (!method) {
        if (where == 1)
            return raise_type_error("'async with' received an object from __aenter__ that does not implement __await__: " + t->name);
        if (where == 2)
            return raise_type_error("'async with' received an object from __aexit__ that does not implement __await__: " + t->name);
        return raise_type_error("object " + t->name + " can't be used in 'await' expression");
    }
    Val bound = bind_descriptor(method, v, t);
    if (!bound) return nullptr;
    Val it = call0(bound);
    if (!it) return nullptr;
    if (is_generator_object(it) && as_generator(it)->kind == GenKind::Coroutine)
        return raise_type_error("__await__() returned a coroutine");
    if (!type_of(it)->iternext)
        return raise_type_error("__await__() returned non-iterator of type '" + type_of(it)->name + "'");
    return it;
}

// `except T:` matching: T is an exception class or a tuple of them.
YS_COLD int exception_matches(Value exc, Value match_type) {
    auto check_one = [&](Value t) -> int {
        if (!t.is_object() || type_of(t) != types().type || !static_cast<TypeObject*>(t.as_object())->is_exception) {
            raise_type_error("catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        return type_of(exc)->is_subtype_of(static_cast<TypeObject*>(t.as_object()));
    };
    if (is_tuple(match_type)) {
        for (const auto& t : as_tuple(match_type)->items) {
            int r = check_one(t);
            if (r != 0) return r;
        }
        return 0;
    }
    return check_one(match_type);
}

// Instantiates `raise X` where X is a class; checks that instances derive from BaseException.
YS_COLD Val make_raisable(Value v) {
    if (v.is_object() && type_of(v) == types().type && static_cast<TypeObject*>(v.as_object())->is_exception) {
        Val exc = call0(v);
        if (exc && !is_exception_instance(exc))
            return raise_type_error("calling " + std::string("exception class") + " should have returned an instance of BaseException");
        return exc;
    }
    if (is_exception_instance(v)) return Val::borrow(v);
    return raise_type_error("exceptions must derive from BaseException");
}

// {**m} and f(**m): copies a mapping's items into `target`. For calls a
// repeated keyword is an error naming the function.
YS_COLD bool merge_into(DictObject* target, Value update, bool reject_duplicates, Value function) {
    if (!is_dict(update)) {
        if (reject_duplicates) {
            std::string fname = is_function(function) ? as_function(function)->qualname->utf8() + "()" : "function";
            raise_type_error(fname + " argument after ** must be a mapping, not " + type_of(update)->name);
        } else {
            raise_type_error("'" + type_of(update)->name + "' object is not a mapping");
        }
        return false;
    }
    target->prepare_merge(*as_dict(update));
    for (const auto& e : as_dict(update)->entries()) {
        if (!e.key) continue;
        if (reject_duplicates) {
            bool error = false;
            Val existing = target->get(e.key, &error);
            if (error) return false;
            if (existing) {
                std::string fname = is_function(function) ? as_function(function)->qualname->utf8() + "()" : "function";
                std::string key = is_str(e.key) ? as_str(e.key)->utf8() : "?";
                raise_type_error(fname + " got multiple values for keyword argument '" + key + "'");
                return false;
            }
            if (!is_str(e.key)) {
                raise_type_error("keywords must be strings");
                return false;
            }
        }
        if (!target->set(e.key, e.value)) return false;
    }
    return true;
}

// MATCH_CLASS (CPython's match_class): the attributes a class pattern binds, or
// a null Val without an exception when the subject does not match.
YS_COLD Val match_class(Value subject, Value cls, uint32_t npositional, TupleObject* names) {
    if (!cls.is_object() || type_of(cls) != types().type)
        return raise_type_error("called match pattern must be a class");
    auto* type = static_cast<TypeObject*>(cls.as_object());
    if (!type_of(subject)->is_subtype_of(type)) return nullptr;
    std::vector<Val> attrs;
    std::vector<std::string> seen;
    auto take = [&](StrObject* name) -> bool {
        for (const auto& s : seen)
            if (s == name->utf8()) {
                raise_type_error(type->name + "() got multiple sub-patterns for attribute '" + name->utf8() + "'");
                return false;
            }
        seen.push_back(name->utf8());
        Val v = get_attr(subject, name);
        if (!v) {
            if (error_matches(exc_types().attribute_error)) cx().take_error();
            return false;
        }
        attrs.push_back(std::move(v));
        return true;
    };
    if (npositional) {
        // Built-in types like int and str match their one positional pattern against the subject itself.
        const BuiltinTypes& b = types();
        bool match_self = false;
        for (TypeObject* t : {b.bool_, b.float_, b.int_, b.str, b.list, b.tuple, b.dict})
            if (type == t || (!type->is_heap_type && type->is_subtype_of(t) && t == type)) match_self = true;
        Value match_args = type->lookup(intern_literal("__match_args__"));
        if (match_self && !match_args) {
            if (npositional > 1)
                return raise_type_error(type->name + "() accepts 1 positional sub-pattern (" + std::to_string(npositional) + " given)");
            attrs.push_back(Val::borrow(subject));
        } else {
            if (!match_args) {
                return raise_type_error(type->name + "() accepts 0 positional sub-patterns (" +
                                        std::to_string(npositional) + " given)");
            }
            if (!is_tuple(match_args)) return raise_type_error(type->name + ".__match_args__ must be a tuple (got " +
                                                               type_of(match_args)->name + ")");
            const auto& names_list = as_tuple(match_args)->items;
            if (npositional > names_list.size())
                return raise_type_error(type->name + "() accepts " + std::to_string(names_list.size()) +
                                        " positional sub-pattern" + (names_list.size() == 1 ? "" : "s") + " (" +
                                        std::to_string(npositional) + " given)");
            for (uint32_t i = 0; i < npositional; ++i) {
                if (!is_str(names_list[i]))
                    return raise_type_error("__match_args__ elements must be strings (got " + type_of(names_list[i])->name + ")");
                if (!take(as_str(names_list[i]))) return nullptr;
            }
        }
    }
    for (const auto& n : names->items)
        if (!take(as_str(n))) return nullptr;
    return new_tuple(std::move(attrs)).into_val();
}

// BEFORE_WITH / BEFORE_ASYNC_WITH: binds the manager's exit method into
// *bound_exit and returns what its enter method returns (null on error).
YS_OUT_OF_LINE Val enter_context(Value manager, bool is_async, Val* bound_exit) {
    TypeObject* t = type_of(manager);
    Value enter = t->lookup(intern(is_async ? "__aenter__" : "__enter__"));
    Value exit = t->lookup(intern(is_async ? "__aexit__" : "__exit__"));
    if (!enter || !exit) {
        return raise_type_error("'" + t->name + "' object does not support the " +
                                (is_async ? "asynchronous context manager protocol" : "context manager protocol"));
    }
    *bound_exit = bind_descriptor(exit, manager, t);
    if (!*bound_exit) return nullptr;
    Val bound_enter = bind_descriptor(enter, manager, t);
    if (!bound_enter) return nullptr;
    return call0(bound_enter);
}

// `from m import *`: the module's __all__, or its names without a leading underscore.
YS_COLD Val import_star(Value module, DictObject* target) {
    auto* m = static_cast<ModuleObject*>(module.as_object());
    Value all = m->dict->get_str(intern_literal("__all__"));
    if (all) {
        std::vector<Val> names;
        if (!collect_items(all, &names)) return nullptr;
        for (const auto& n : names) {
            if (!is_str(n)) return raise_type_error("Item in __all__ must be str");
            Val v = get_attr(module, as_str(n));
            if (!v) return nullptr;
            if (!target->set(n, v)) return nullptr;
        }
        return new_none();
    }
    for (const auto& e : m->dict->entries()) {
        if (!e.key || !is_str(e.key) || as_str(e.key)->view().substr(0, 1) == "_") continue;
        if (!target->set(e.key, e.value)) return nullptr;
    }
    return new_none();
}

// PEP 479: a StopIteration leaving a generator body becomes RuntimeError.
YS_COLD Val stop_iteration_error(Value exc, uint32_t flags) {
    const char* kind = (flags & compile::kCoCoroutine)        ? "coroutine"
                       : (flags & compile::kCoAsyncGenerator) ? "async generator"
                                                              : "generator";
    TypeObject* t = type_of(exc);
    bool is_stop = t->is_subtype_of(exc_types().stop_iteration);
    bool is_async_stop = (flags & compile::kCoAsyncGenerator) && t->is_subtype_of(exc_types().stop_async_iteration);
    if (!is_stop && !is_async_stop) return Val::borrow(exc);
    auto error = new_exception(exc_types().runtime_error,
                               std::string(kind) + " raised " + (is_stop ? "StopIteration" : "StopAsyncIteration"));
    error->cause = Val::borrow(exc);
    error->context = Val::borrow(exc);
    error->suppress_context = true;
    return error.into_val();
}

}  // namespace ys::vm
