// Naming values without running Python code (see values.h).
#include "trace/values.h"

#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/utf8.h"

namespace ys::trace {

using namespace objects;

namespace {


std::string cap(std::string text, size_t max) {
    if (text.size() <= max) return text;
    // Cut on a UTF-8 boundary.
    size_t cut = max > 3 ? max - 3 : 0;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return text + "...";
}

std::string class_repr(const TypeObject* t) {
    if (t->module.empty() || t->module == "builtins") return "<class '" + t->qualname + "'>";
    return "<class '" + t->module + "." + t->qualname + "'>";
}

std::string object_default_repr(Value v) { return "<" + type_of(v)->name + " object>"; }

// Items of a sequence or set, separated, until the text reaches `max`.
template <class Range>
std::string join_items(const Range& items, size_t max, int depth) {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ", ";
        first = false;
        if (out.size() >= max) {
            out += "...";
            break;
        }
        out += depth > 0 ? short_repr(item, max - out.size()) : (is_inline(item) ? inline_repr(item) : "...");
    }
    return out;
}

std::string short_repr_depth(Value v, size_t max, int depth);

}  // namespace

bool is_inline(Value v) {
    if (v.is_null()) return true;
    if (v.is_small_int()) return true;
    Object* o = v.as_object();
    if (o->is_immortal() || o->serial == 0) return true;
    TypeObject* t = o->type();
    const auto& b = types();
    if (t == b.float_ || t == b.bool_) return true;
    if (t == b.int_) return int_to_decimal(v).size() <= kInlineIntDigits;
    if (t == b.str) return static_cast<StrObject*>(o)->length() <= kInlineStrMax;
    if (t == b.bytes) return static_cast<BytesObject*>(o)->view().size() <= kInlineStrMax;
    // A built-in function (not a bound method) has nothing more to show.
    if (t == b.builtin_function) return !static_cast<BuiltinFunctionObject*>(o)->self;
    return false;
}

namespace {

// The repr of values that have one without looking inside: null, numbers,
// None, bools, strs, bytes, the singletons and classes. False for the rest.
bool primitive_repr(Value v, std::string* out) {
    if (v.is_null()) {
        *out = "NULL";
        return true;
    }
    if (v.is_small_int()) {
        *out = std::to_string(v.as_small_int());
        return true;
    }
    const auto& b = types();
    TypeObject* t = type_of(v);
    if (v == none()) {
        *out = "None";
    } else if (t == b.bool_) {
        *out = v == true_value() ? "True" : "False";
    } else if (t == b.int_) {
        *out = int_to_decimal(v);
    } else if (t == b.float_) {
        *out = float_repr(float_value(v));
    } else if (t == b.str) {
        *out = str_repr(as_str(v)->view());
    } else if (t == b.bytes) {
        *out = bytes_repr(as_bytes(v)->view());
    } else if (v == ellipsis()) {
        *out = "Ellipsis";
    } else if (v == not_implemented()) {
        *out = "NotImplemented";
    } else if (t->is_subtype_of(b.type)) {
        *out = class_repr(static_cast<TypeObject*>(v.as_object()));
    } else {
        return false;
    }
    return true;
}

}  // namespace

std::string inline_repr(Value v) {
    std::string out;
    if (primitive_repr(v, &out)) return out;
    return short_repr(v);
}

std::string short_repr(Value v, size_t max) { return short_repr_depth(v, max, 2); }

namespace {

std::string short_repr_depth(Value v, size_t max, int depth) {
    std::string prim;
    if (primitive_repr(v, &prim)) return cap(std::move(prim), max);
    Object* o = v.as_object();
    TypeObject* t = o->type();
    const auto& b = types();
    if (auto* l = dynamic_cast<ListObject*>(o)) return cap("[" + join_items(l->items, max, depth - 1) + "]", max);
    if (auto* tu = dynamic_cast<TupleObject*>(o)) {
        std::string inner = join_items(tu->items, max, depth - 1);
        return cap("(" + inner + (tu->items.size() == 1 ? ",)" : ")"), max);
    }
    if (auto* d = dynamic_cast<DictObject*>(o)) {
        std::string out = "{";
        bool first = true;
        for (const auto& e : d->entries()) {
            if (e.key.is_null()) continue;
            if (!first) out += ", ";
            first = false;
            if (out.size() >= max) {
                out += "...";
                break;
            }
            out += short_repr_depth(e.key, max / 2, depth - 1) + ": " + short_repr_depth(e.value, max / 2, depth - 1);
        }
        return cap(out + "}", max);
    }
    if (auto* s = dynamic_cast<SetObject*>(o)) {
        const char* name = t == b.frozenset ? "frozenset" : "set";
        if (s->size() == 0) return std::string(name) + "()";
        std::vector<Value> keys;
        for (const auto& e : s->table())
            if (e.is_active()) keys.push_back(e.key.get());
        std::string inner = "{" + join_items(keys, max, depth - 1) + "}";
        return cap(t == b.frozenset ? "frozenset(" + inner + ")" : inner, max);
    }
    if (is_generator_object(v)) {
        auto* g = as_generator(v);
        return cap("<" + std::string(gen_kind_name(g->kind)) + " object " + g->qualname->utf8() + ">", max);
    }
    if (auto* f = dynamic_cast<FunctionObject*>(o)) return cap("<function " + f->qualname->utf8() + ">", max);
    if (auto* f = dynamic_cast<BuiltinFunctionObject*>(o)) {
        if (f->self) return cap("<built-in method " + f->name + " of " + type_of(f->self)->name + " object>", max);
        return cap("<built-in function " + f->name + ">", max);
    }
    if (auto* m = dynamic_cast<MethodObject*>(o)) {
        std::string fname = is_function(m->function) ? as_function(m->function)->qualname->utf8() : "?";
        return cap("<bound method " + fname + " of " + object_default_repr(m->self) + ">", max);
    }
    if (auto* m = dynamic_cast<ModuleObject*>(o)) {
        Value name = m->dict ? dict_lookup(m->dict.get(), "__name__") : Value();
        std::string n = name && is_str(name) ? as_str(name)->utf8() : "?";
        return cap("<module '" + n + "'>", max);
    }
    if (t->is_exception) {
        auto* e = static_cast<BaseExceptionObject*>(o);
        std::string inner;
        if (e->args && is_tuple(e->args)) inner = join_items(as_tuple(e->args)->items, max, depth - 1);
        return cap(t->name + "(" + inner + ")", max);
    }
    if (auto* r = dynamic_cast<RangeObject*>(o)) {
        std::string out = "range(" + bigint_to_decimal(r->start) + ", " + bigint_to_decimal(r->stop);
        if (r->step != 1) out += ", " + bigint_to_decimal(r->step);
        return cap(out + ")", max);
    }
    if (auto* c = dynamic_cast<CodeObject*>(o)) return cap("<code object " + c->unit().name + ">", max);
    if (dynamic_cast<CellObject*>(o)) return "<cell>";
    if (auto* fr = dynamic_cast<FrameObject*>(o)) return cap("<frame " + fr->code->unit().qualname + ">", max);
    return cap(object_default_repr(v), max);
}

}  // namespace

const char* object_kind(Value v) {
    Object* o = v.as_object();
    TypeObject* t = o->type();
    const auto& b = types();
    if (t == b.str) return "str";
    if (t == b.bytes) return "bytes";
    if (t == b.int_) return "int";
    if (is_generator_object(v)) {
        switch (as_generator(v)->kind) {
        case GenKind::Generator: return "generator";
        case GenKind::Coroutine: return "coroutine";
        case GenKind::AsyncGenerator: return "async_generator";
        }
    }
    if (dynamic_cast<ListObject*>(o)) return "list";
    if (dynamic_cast<TupleObject*>(o)) return "tuple";
    if (dynamic_cast<DictObject*>(o)) return "dict";
    if (dynamic_cast<SetObject*>(o)) return t == b.frozenset ? "frozenset" : "set";
    if (dynamic_cast<FunctionObject*>(o)) return "function";
    if (dynamic_cast<BuiltinFunctionObject*>(o)) return "builtin";
    if (dynamic_cast<MethodObject*>(o)) return "method";
    if (t->is_subtype_of(b.type)) return "class";
    if (dynamic_cast<ModuleObject*>(o)) return "module";
    if (t->is_exception) return "exception";
    if (dynamic_cast<CellObject*>(o)) return "cell";
    if (dynamic_cast<RangeObject*>(o)) return "range";
    if (dynamic_cast<CodeObject*>(o)) return "code";
    if (dynamic_cast<FrameObject*>(o)) return "frame";
    if (dynamic_cast<InstanceObject*>(o)) return "instance";
    return "object";
}

Value dict_lookup(DictObject* d, std::string_view name) {
    for (const auto& e : d->entries())
        if (!e.key.is_null() && is_str(e.key) && as_str(e.key)->view() == name) return e.value.get();
    return Value();
}

std::string exception_text(Value exc) {
    if (!exc || !exc.is_object()) return "";
    TypeObject* t = type_of(exc);
    if (!t->is_exception) return t->name;
    auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
    std::string text = t->name;
    if (e->args && is_tuple(e->args)) {
        const auto& args = as_tuple(e->args)->items;
        if (args.size() == 1) {
            // KeyError shows its key's repr, as its __str__ does.
            bool key_error = t->is_subtype_of(exc_types().key_error);
            std::string msg = is_str(args[0]) && !key_error ? as_str(args[0])->utf8() : short_repr(args[0], 200);
            if (!msg.empty()) text += ": " + msg;
        } else if (args.size() > 1) {
            text += ": " + short_repr(e->args, 200);
        }
    }
    return text;
}

size_t utf16_length(std::string_view utf8) {
    size_t n = 0;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) == 0x80) continue;  // continuation byte
        n += c >= 0xF0 ? 2 : 1;            // 4-byte sequences are surrogate pairs in UTF-16
    }
    return n;
}

}  // namespace ys::trace
