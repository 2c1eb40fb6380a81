// Built-in functions (see builtins.h). Each is `builtin_<name>`, registered in
// the table at the bottom.
#include "runtime/builtins.h"

#include <optional>
#include <string>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/frame.h"
#include "objects/code.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native_modules.h"
#include "runtime/stdio.h"
#include "util/utf8.h"

namespace ys::runtime {

using namespace objects;

namespace {

// Finds keyword `name` in a call; a borrowed value or null.
Value keyword(CallArgs args, const char* name) {
    size_t npos = args.positional_count();
    for (size_t k = 0; k < args.keyword_count(); ++k)
        if (as_str(args.kwnames->items[k])->view() == name) return args[npos + k];
    return Value();
}

bool only_keywords(const char* fname, CallArgs args, std::initializer_list<const char*> allowed) {
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto key = as_str(args.kwnames->items[k])->view();
        bool ok = false;
        for (const char* a : allowed) ok |= key == a;
        if (!ok) {
            raise_type_error(std::string("'") + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
            return false;
        }
    }
    return true;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False). A file of our
// own (sys.stdout by default) gets the line in one piece; any other object gets
// CPython's separate write() calls: each object's str, each sep, the end.
Val builtin_print(Value, CallArgs args) {
    if (!only_keywords("print", args, {"sep", "end", "file", "flush"})) return nullptr;
    auto text_option = [&](const char* name, std::optional<std::string>* out) {
        Value v = keyword(args, name);
        if (!v || is_none(v)) return true;
        if (!is_str(v)) {
            raise_type_error(std::string(name) + " must be None or a string, not " + type_of(v)->name);
            return false;
        }
        *out = as_str(v)->utf8();
        return true;
    };
    std::optional<std::string> sep, end;
    if (!text_option("sep", &sep) || !text_option("end", &end)) return nullptr;
    Val file = Val::borrow(keyword(args, "file"));
    bool is_stderr = false;
    if (!file || is_none(file)) {
        file = current_stream(false);
        if (!file && cx().has_error()) return nullptr;
        if (file && is_none(file)) return new_none();  // sys.stdout = None: print does nothing
    }
    if (!file || is_session_stream(file, &is_stderr)) {
        std::string out;
        for (size_t i = 0; i < args.positional_count(); ++i) {
            if (i) out += sep ? *sep : " ";
            std::string piece;
            if (!str_text(args[i], &piece)) {
                // What was converted before the failure is written, as CPython does.
                if (!out.empty()) cx().hooks().write_output(is_stderr, out);
                return nullptr;
            }
            out += piece;
        }
        out += end ? *end : "\n";
        cx().hooks().write_output(is_stderr, out);
        return new_none();
    }
    Val write = get_attr(file, intern_literal("write"));
    if (!write) return nullptr;
    auto put = [&](Val text) { return text && !call1(write, text).is_null(); };
    for (size_t i = 0; i < args.positional_count(); ++i) {
        if (i && !put(new_str_val(sep ? *sep : " "))) return nullptr;
        if (!put(str(args[i]))) return nullptr;
    }
    if (!put(new_str_val(end ? *end : "\n"))) return nullptr;
    Value flush = keyword(args, "flush");
    if (flush) {
        int t = truthy(flush);
        if (t < 0) return nullptr;
        if (t) {
            Val method = get_attr(file, intern_literal("flush"));
            if (!method || !call0(method)) return nullptr;
        }
    }
    return new_none();
}

Val builtin_len(Value, CallArgs args) {
    if (!check_positional("len", args, 1, 1)) return nullptr;
    int64_t n;
    if (!length(args[0], &n)) return nullptr;
    return new_int(n);
}

Val builtin_ascii(Value, CallArgs args) {
    if (!check_positional("ascii", args, 1, 1)) return nullptr;
    return object_ascii(args[0]);
}

Val builtin_repr(Value, CallArgs args) {
    if (!check_positional("repr", args, 1, 1)) return nullptr;
    return repr(args[0]);
}

Val builtin_abs(Value, CallArgs args) {
    if (!check_positional("abs", args, 1, 1)) return nullptr;
    TypeObject* t = type_of(args[0]);
    if (!t->number.absolute) return raise_type_error("bad operand type for abs(): '" + t->name + "'");
    return t->number.absolute(args[0]);
}

bool is_exact_float(Value v) { return v.is_object() && type_of(v) == types().float_; }

Val builtin_sum(Value, CallArgs args) {
    if (!only_keywords("sum", args, {"start"})) return nullptr;
    size_t n = args.positional_count();
    if (n < 1 || n > 2) return raise_type_error("sum() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Val total = n == 2 ? args[1] : (keyword(args, "start") ? Val::borrow(keyword(args, "start")) : new_int(0));
    if (is_str(total)) return raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Val x = iter_next(it);
        if (!x) return cx().has_error() ? nullptr : total;
        // As CPython's sum keeps a C long or double while the items allow it:
        // small ints and exact floats add without a call, with the result
        // binary_op would give.
        Value t = total, v = x;
        if (t.is_small_int() && v.is_small_int()) {
            int64_t r;
            if (!__builtin_add_overflow(t.as_small_int(), v.as_small_int(), &r) && Value::fits_small(r)) {
                total = Val::small_int(r);
                continue;
            }
        } else if (is_exact_float(t) && (is_exact_float(v) || v.is_small_int())) {
            total = new_float(float_value(t) + (v.is_small_int() ? static_cast<double>(v.as_small_int()) : float_value(v)));
            continue;
        }
        total = binary_op(total, x, BinaryOp::Add);
        if (!total) return nullptr;
    }
}

// isinstance / issubclass (PyObject_IsInstance, PyObject_IsSubclass): a
// tuple is tried member by member; a class whose metaclass (or any object
// whose type) defines __instancecheck__ / __subclasscheck__ decides itself.
int class_check(Value obj, Value cls, bool instance) {
    const char* hook_name = instance ? "__instancecheck__" : "__subclasscheck__";
    if (is_tuple(cls)) {
        RecursionGuard guard(instance ? " in __instancecheck__" : " in __subclasscheck__");
        if (!guard.ok()) return -1;
        for (const auto& c : as_tuple(cls)->items) {
            int r = class_check(obj, c, instance);
            if (r != 0) return r;
        }
        return 0;
    }
    TypeObject* meta = type_of(cls);
    if (meta != types().type) {
        if (Value hook = meta->lookup(intern(hook_name))) {
            Val bound = bind_descriptor(hook, cls, meta);
            if (!bound) return -1;
            Val r = call1(bound, obj);
            if (!r) return -1;
            return truthy(r);
        }
    }
    if (!is_type(cls)) {
        raise_type_error(std::string(instance ? "isinstance" : "issubclass") +
                         "() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (!instance && !is_type(obj)) {
        raise_type_error("issubclass() arg 1 must be a class");
        return -1;
    }
    auto* c = as_type(cls);
    TypeObject* t = instance ? type_of(obj) : as_type(obj);
    return t->is_subtype_of(c) || (c->abc_check && c->abc_check(c, t));
}

Val builtin_isinstance(Value, CallArgs args) {
    if (!check_positional("isinstance", args, 2, 2)) return nullptr;
    int r = class_check(args[0], args[1], true);
    if (r < 0) return nullptr;
    return new_bool(r);
}

Val builtin_next(Value, CallArgs args) {
    if (!check_positional("next", args, 1, 2)) return nullptr;
    Value coro = coroutine_wrapper_target(args[0]);
    if (type_of(args[0]) == generator_types().generator || coro) {
        // A generator's return value travels in StopIteration, which the
        // iterator slot does not carry: resume it directly.
        Val value;
        SendResult r = cx().hooks().gen_resume(as_generator(coro ? coro : args[0]), none(), Val(), &value);
        if (r == SendResult::Next) return value;
        if (r == SendResult::Error) return nullptr;
        if (args.count == 2) return args[1];
        auto stop = new_exception(exc_types().stop_iteration, "");
        if (!is_none(value)) stop->args = new_tuple({value}).into_val();
        return raise_value(stop.into_val());
    }
    if (!type_of(args[0])->iternext)
        return raise_type_error("'" + type_of(args[0])->name + "' object is not an iterator");
    Val x = iter_next(args[0]);
    if (x || cx().has_error()) return x;
    if (args.count == 2) return args[1];
    return raise(exc_types().stop_iteration, "");
}

Val builtin_id(Value, CallArgs args) {
    if (!check_positional("id", args, 1, 1)) return nullptr;
    Value v = args[0];
    if (v.is_small_int()) return new_int(v.as_small_int() * 32 + 9);  // stable, distinct from object ids
    return new_int(static_cast<int64_t>(cx().session_id(v.as_object())) * 16);
}

Val builtin_hash(Value, CallArgs args) {
    if (!check_positional("hash", args, 1, 1)) return nullptr;
    int64_t h;
    if (!hash(args[0], &h)) return nullptr;
    return new_int(h);
}

Val builtin_callable(Value, CallArgs args) {
    if (!check_positional("callable", args, 1, 1)) return nullptr;
    return new_bool(type_of(args[0])->call != nullptr);
}

Val builtin_chr(Value, CallArgs args) {
    if (!check_positional("chr", args, 1, 1)) return nullptr;
    int64_t cp;
    if (!index_value(args[0], &cp)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    }
    if (cp < 0 || cp > 0x10FFFF) return raise_value_error("chr() arg not in range(0x110000)");
    std::string out;
    util::append_utf8(out, static_cast<char32_t>(cp));
    return new_str_val(std::move(out));
}

Val builtin_ord(Value, CallArgs args) {
    if (!check_positional("ord", args, 1, 1)) return nullptr;
    if (!is_str(args[0])) return raise_type_error("ord() expected string of length 1, but " + type_of(args[0])->name + " found");
    StrObject* s = as_str(args[0]);
    if (s->length() != 1)
        return raise_type_error("ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
    return new_int(static_cast<int64_t>(s->at(0)));
}

// __build_class__(func, name, *bases, **kwds): runs the class body in a fresh
// namespace, makes the class, and fills the body's __class__ cell.
// __build_class__(func, name, *bases, metaclass=..., **kwds): resolves
// __mro_entries__ of non-class bases, picks the metaclass, lets __prepare__
// make the namespace, runs the body in it, then calls the metaclass
// (Python/bltinmodule.c builtin___build_class__).
Val builtin_build_class(Value, CallArgs args) {
    size_t npos = args.positional_count();
    if (npos < 2) return raise_type_error("__build_class__: not enough arguments");
    if (!is_function(args[0])) return raise_type_error("__build_class__: func must be a function");
    if (!is_str(args[1])) return raise_type_error("__build_class__: name is not a string");
    std::vector<Val> orig_bases(args.data + 2, args.data + npos);
    Val orig_tuple = new_tuple(orig_bases).into_val();
    std::vector<Val> bases;
    bool replaced = false;
    for (const Val& b : orig_bases) {
        if (!is_type(b)) {
            Val entries = get_attr(b, intern_literal("__mro_entries__"));
            if (entries) {
                Val r = call1(entries, orig_tuple);
                if (!r) return nullptr;
                if (!is_tuple(r)) return raise_type_error("__mro_entries__ must return a tuple");
                for (const Val& e : as_tuple(r)->items) bases.push_back(e);
                replaced = true;
                continue;
            }
            if (!error_matches(exc_types().attribute_error)) return nullptr;
            cx().take_error();
        }
        bases.push_back(b);
    }
    Val meta;
    std::vector<Val> kw_values;
    std::vector<Val> kw_names;
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        Value key = args.kwnames->items[k];
        if (as_str(key)->view() == "metaclass") {
            meta = args[npos + k];
        } else {
            kw_names.push_back(Val::borrow(key));
            kw_values.push_back(args[npos + k]);
        }
    }
    if (!meta) meta = bases.empty() ? Val::borrow(types().type) : Val::borrow(type_of(bases[0]));
    if (is_type(meta)) {
        // The most derived metaclass of the bases' (_PyType_CalculateMetaclass).
        TypeObject* winner = as_type(meta);
        for (const Val& b : bases) {
            TypeObject* bt = type_of(b);
            if (winner->is_subtype_of(bt)) continue;
            if (bt->is_subtype_of(winner)) {
                winner = bt;
                continue;
            }
            return raise_type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                "metaclasses of all its bases");
        }
        meta = Val::borrow(winner);
    }
    Val bases_tuple = new_tuple(bases).into_val();
    Val kwnames = kw_names.empty() ? Val() : new_tuple(kw_names).into_val();
    auto call_with_kw = [&](Value callable, std::vector<Val> positional) {
        positional.insert(positional.end(), kw_values.begin(), kw_values.end());
        return call(callable, CallArgs{positional.data(), positional.size(),
                                       kwnames ? as_tuple(kwnames) : nullptr});
    };
    Val ns;
    if (meta.get() == Value(types().type)) {
        ns = new_dict().into_val();
    } else {
        Val prepare = get_attr(meta, intern_literal("__prepare__"));
        if (prepare) {
            ns = call_with_kw(prepare, {args[1], bases_tuple});
            if (!ns) return nullptr;
        } else {
            if (!error_matches(exc_types().attribute_error)) return nullptr;
            cx().take_error();
            ns = new_dict().into_val();
        }
        if (!is_dict(ns)) return raise_type_error("yieldscope supports only a dict from __prepare__");
    }
    Val cell = cx().hooks().run_with_locals(args[0], ns);
    if (!cell) return nullptr;
    if (replaced) as_dict(ns)->set_str(intern_literal("__orig_bases__"), orig_tuple);
    Val cls = call_with_kw(meta, {args[1], bases_tuple, ns});
    if (!cls) return nullptr;
    if (type_of(cell) == types().cell && is_type(cls)) {
        auto* c = static_cast<CellObject*>(cell.get().as_object());
        if (!c->contents) c->contents = cls;
    }
    return cls;
}

// super() with no arguments: the class from the method's __class__ cell and
// the instance from its first argument.
Val builtin_super(Value, CallArgs args) {
    if (args.count) return call(class_types().super, args);
    FrameObject* f = cx().hooks().current_frame();
    const auto& unit = f->code->unit();
    if (unit.argcount == 0) return raise(exc_types().runtime_error, "super(): no arguments");
    Val self = f->localsplus()[0];
    if (self && type_of(self) == types().cell) self = static_cast<CellObject*>(self.get().as_object())->contents;
    Value cls;
    for (size_t i = 0; i < unit.localsplus_names.size(); ++i) {
        if (unit.localsplus_names[i] != "__class__") continue;
        Value cell = f->localsplus()[i];
        if (cell && type_of(cell) == types().cell) cls = static_cast<CellObject*>(cell.as_object())->contents;
    }
    if (!cls) return raise(exc_types().runtime_error, "super(): __class__ cell not found");
    if (!self) return raise(exc_types().runtime_error, "super(): arg[0] deleted");
    Val pair[2] = {Val::borrow(cls), self};
    return call(class_types().super, CallArgs{pair, 2, nullptr});
}

Val builtin_issubclass(Value, CallArgs args) {
    if (!check_positional("issubclass", args, 2, 2)) return nullptr;
    int r = class_check(args[0], args[1], false);
    if (r < 0) return nullptr;
    return new_bool(r);
}

// The interned str for an attribute name given as an object: the name itself
// when it is interned already, as literal names are.
StrObject* attr_name(Value name) {
    StrObject* s = as_str(name);
    return s->interned ? s : intern(s->view());
}

Val builtin_getattr(Value, CallArgs args) {
    if (!check_positional("getattr", args, 2, 3)) return nullptr;
    if (!is_str(args[1])) return raise_type_error("attribute name must be string, not '" + type_of(args[1])->name + "'");
    StrObject* name = attr_name(args[1]);
    if (args.count == 2) return get_attr(args[0], name);
    Val r = lookup_attr(args[0], name);
    if (!r && !cx().has_error()) return args[2];
    return r;
}

Val builtin_setattr(Value, CallArgs args) {
    if (!check_positional("setattr", args, 3, 3)) return nullptr;
    if (!is_str(args[1])) return raise_type_error("attribute name must be string, not '" + type_of(args[1])->name + "'");
    if (!set_attr(args[0], attr_name(args[1]), args[2])) return nullptr;
    return new_none();
}

Val builtin_hasattr(Value, CallArgs args) {
    if (!check_positional("hasattr", args, 2, 2)) return nullptr;
    if (!is_str(args[1])) return raise_type_error("attribute name must be string, not '" + type_of(args[1])->name + "'");
    Val r = lookup_attr(args[0], attr_name(args[1]));
    if (r) return new_bool(true);
    if (!cx().has_error()) return new_bool(false);
    return nullptr;
}

Val builtin_delattr(Value, CallArgs args) {
    if (!check_positional("delattr", args, 2, 2)) return nullptr;
    if (!is_str(args[1])) return raise_type_error("attribute name must be string, not '" + type_of(args[1])->name + "'");
    if (!set_attr(args[0], attr_name(args[1]), Value())) return nullptr;
    return new_none();
}

}  // namespace

Ref<DictObject> make_builtins() {
    auto b = new_dict();
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"print", builtin_print}, {"len", builtin_len}, {"repr", builtin_repr}, {"ascii", builtin_ascii}, {"abs", builtin_abs},
        {"sum", builtin_sum}, {"isinstance", builtin_isinstance},
        {"next", builtin_next}, {"id", builtin_id}, {"hash", builtin_hash},
        {"callable", builtin_callable}, {"chr", builtin_chr}, {"ord", builtin_ord},
        {"__build_class__", builtin_build_class}, {"super", builtin_super}, {"issubclass", builtin_issubclass},
        {"getattr", builtin_getattr}, {"setattr", builtin_setattr}, {"hasattr", builtin_hasattr},
        {"delattr", builtin_delattr},
    };
    for (const auto& e : functions) b->set_str(intern(e.name), new_builtin(e.name, e.fn).into_val());
    add_iteration_builtins(b.get());
    add_numeric_builtins(b.get());
    add_async_iteration_builtins(b.get());
    add_scope_builtins(b.get());
    const BuiltinTypes& t = types();
    for (TypeObject* type :
         {t.object, t.type, t.int_, t.bool_, t.float_, t.str, t.bytes, t.list, t.tuple, t.range, t.dict, t.slice,
          t.set, t.frozenset})
        b->set_str(intern(type->name), type);
    const ClassTypes& c = class_types();
    for (TypeObject* type : {c.property, c.staticmethod, c.classmethod}) b->set_str(intern(type->name), type);
    for (TypeObject* type : all_exception_types()) b->set_str(intern(type->name), type);
    for (const char* alias : {"EnvironmentError", "IOError"}) b->set_str(intern(alias), exc_types().os_error);
    b->set_str(intern_literal("None"), none());
    b->set_str(intern_literal("Ellipsis"), ellipsis());
    b->set_str(intern_literal("NotImplemented"), not_implemented());
    return b;
}

}  // namespace ys::runtime
