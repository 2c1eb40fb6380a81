// The generic protocols (see abstract.h): CPython's PyObject_Repr,
// PyObject_RichCompare, PyNumber_*, PyObject_GetAttr, PyObject_GetIter ...
#include "objects/abstract.h"

#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/module.h"
#include "objects/recursion.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

Val repr(Value v) {
    TypeObject* t = type_of(v);
    RecursionGuard guard(" while getting the repr of an object");
    if (!guard.ok()) return nullptr;
    Val r = t->repr(v);
    if (r && !is_str(r)) return raise_type_error("__repr__ returned non-string (type " + type_of(r)->name + ")");
    return r;
}

Val str(Value v) {
    TypeObject* t = type_of(v);
    RecursionGuard guard(" while getting the str of an object");
    if (!guard.ok()) return nullptr;
    Val r = t->str ? t->str(v) : t->repr(v);
    if (r && !is_str(r)) return raise_type_error("__str__ returned non-string (type " + type_of(r)->name + ")");
    return r;
}

bool repr_text(Value v, std::string* out) {
    Val r = repr(v);
    if (!r) return false;
    *out = as_str(r)->utf8();
    return true;
}

bool str_text(Value v, std::string* out) {
    // Exactly str: a subclass may define __str__.
    if (v.is_object() && type_of(v) == types().str) {
        *out = as_str(v)->utf8();
        return true;
    }
    Val r = str(v);
    if (!r) return false;
    *out = as_str(r)->utf8();
    return true;
}

bool hash(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = int_hash(v);
        return true;
    }
    TypeObject* t = type_of(v);
    if (!t->hash) {
        raise_type_error("unhashable type: '" + t->name + "'");
        return false;
    }
    return t->hash(v, out);
}

int truthy(Value v) {
    if (v == true_value()) return 1;
    if (v == false_value() || v == none()) return 0;
    if (v.is_small_int()) return v.as_small_int() != 0;
    TypeObject* t = type_of(v);
    if (t->number.boolean) return t->number.boolean(v);
    if (t->len) {
        int64_t n;
        if (!t->len(v, &n)) return -1;
        return n != 0;
    }
    return 1;
}

bool compare_result(int c, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}

const char* compare_op_symbol(CompareOp op) {
    static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return symbols[static_cast<int>(op)];
}

namespace {

CompareOp swapped(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

}  // namespace

Val rich_compare(Value a, Value b, CompareOp op) {
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        return new_bool(compare_result((x > y) - (x < y), op));
    }
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    // A subclass's reflected method goes first (CPython's do_richcompare).
    // (The recursion check CPython makes here is made by the containers that
    // compare their items, so that comparing strs and floats stays cheap.)
    bool reflected_first = ta != tb && tb->is_subtype_of(ta) && tb->compare && tb->compare != ta->compare;
    if (reflected_first) {
        Val r = tb->compare(b, a, swapped(op));
        if (!r || !is_not_implemented(r)) return r;
    }
    if (ta->compare) {
        Val r = ta->compare(a, b, op);
        if (!r || !is_not_implemented(r)) return r;
    }
    if (!reflected_first && tb->compare) {
        Val r = tb->compare(b, a, swapped(op));
        if (!r || !is_not_implemented(r)) return r;
    }
    if (op == CompareOp::Eq) return new_bool(a == b);
    if (op == CompareOp::Ne) return new_bool(a != b);
    return raise_type_error(std::string("'") + compare_op_symbol(op) + "' not supported between instances of '" +
                            ta->name + "' and '" + tb->name + "'");
}

int rich_compare_bool(Value a, Value b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    Val r = rich_compare(a, b, op);
    if (!r) return -1;
    return truthy(r);
}

const char* binary_op_symbol(BinaryOp op) {
    static const char* const symbols[] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    return symbols[static_cast<int>(op)];
}

Val binary_op(Value a, Value b, BinaryOp op) {
    int index = static_cast<int>(op);
    bool inplace = index >= kBinaryOpCount;
    int base = inplace ? index - kBinaryOpCount : index;
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    if (inplace && ta->number.inplace[base]) {
        Val r = ta->number.inplace[base](a, b);
        if (!r || !is_not_implemented(r)) return r;
    }
    BinarySlot slot_a = ta->number.binary[base];
    BinarySlot slot_b = tb == ta ? nullptr : tb->number.binary[base];
    if (slot_b == slot_a) slot_b = nullptr;
    // CPython's binary_op1: a subclass overriding the slot gets the first try.
    if (slot_b && tb->is_subtype_of(ta)) {
        Val r = slot_b(a, b);
        if (!r || !is_not_implemented(r)) return r;
        slot_b = nullptr;
    }
    if (slot_a) {
        Val r = slot_a(a, b);
        if (!r || !is_not_implemented(r)) return r;
    }
    if (slot_b) {
        Val r = slot_b(a, b);
        if (!r || !is_not_implemented(r)) return r;
    }
    auto is_sequence = [](TypeObject* t) {
        return t == types().str || t == types().list || t == types().tuple;
    };
    if (static_cast<BinaryOp>(base) == BinaryOp::Multiply && (is_sequence(ta) || is_sequence(tb)))
        return raise_type_error("can't multiply sequence by non-int of type '" + (is_sequence(ta) ? tb : ta)->name + "'");
    if (static_cast<BinaryOp>(base) == BinaryOp::Add && is_sequence(ta) && !is_sequence(tb)) {
        if (ta == types().str) return raise_type_error("can only concatenate str (not \"" + tb->name + "\") to str");
        return raise_type_error("can only concatenate " + ta->name + " (not \"" + tb->name + "\") to " + ta->name);
    }
    // CPython names pow() alongside ** (both reach ternary_op), not alongside **=.
    std::string symbol = binary_op_symbol(op);
    if (op == BinaryOp::Power) symbol += " or pow()";
    return raise_type_error("unsupported operand type(s) for " + symbol + ": '" + ta->name + "' and '" + tb->name + "'");
}

namespace {

Val unary(Value v, UnarySlot NumberSlots::*slot, const char* symbol) {
    TypeObject* t = type_of(v);
    if (UnarySlot fn = t->number.*slot) return fn(v);
    return raise_type_error(std::string("bad operand type for unary ") + symbol + ": '" + t->name + "'");
}

}  // namespace

Val negative(Value v) {
    if (v.is_small_int()) return new_int(-v.as_small_int());
    return unary(v, &NumberSlots::negative, "-");
}
Val positive(Value v) { return unary(v, &NumberSlots::positive, "+"); }
Val invert(Value v) { return unary(v, &NumberSlots::invert, "~"); }

Val get_attr(Value obj, StrObject* name) {
    TypeObject* t = type_of(obj);
    if (t->getattr) {
        Val r = t->getattr(obj, name);
        if (r || cx().has_error()) return r;
    } else {
        // Methods bind; properties (int.real) and other descriptors run.
        if (Value found = t->lookup(name)) return bind_descriptor(found, obj, t);
    }
    // Every object has __class__, whatever its type's own attribute lookup knows.
    if (name->view() == "__class__") return Val::borrow(t);
    if (t == types().module) {
        Value mod_name = static_cast<ModuleObject*>(obj.as_object())->dict->get_str(intern_literal("__name__"));
        if (mod_name && is_str(mod_name))
            return raise(exc_types().attribute_error,
                         "module '" + as_str(mod_name)->utf8() + "' has no attribute '" + name->utf8() + "'");
        return raise(exc_types().attribute_error, "module has no attribute '" + name->utf8() + "'");
    }
    if (t == types().type) {
        return raise(exc_types().attribute_error, "type object '" + static_cast<TypeObject*>(obj.as_object())->name +
                                                      "' has no attribute '" + name->utf8() + "'");
    }
    return raise(exc_types().attribute_error, "'" + t->name + "' object has no attribute '" + name->utf8() + "'");
}

Val lookup_attr(Value obj, StrObject* name) {
    TypeObject* t = type_of(obj);
    Val r;
    if (t->getattr == generic_getattr && !t->lookup(intern_literal("__getattr__"))) {
        r = object_getattribute_or_null(obj, name);
    } else if (!t->getattr && name->view() != "__class__") {
        Value found = t->lookup(name);
        if (!found) return nullptr;
        r = bind_descriptor(found, obj, t);
    } else {
        r = get_attr(obj, name);
    }
    if (!r && error_matches(exc_types().attribute_error)) cx().take_error();
    return r;
}

bool set_attr(Value obj, StrObject* name, Value value) {
    TypeObject* t = type_of(obj);
    if (t->setattr) return t->setattr(obj, name, value);
    raise(exc_types().attribute_error, "'" + t->name + "' object has no attribute '" + name->utf8() + "'");
    return false;
}

Val get_item(Value obj, Value key) {
    TypeObject* t = type_of(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (is_type(obj)) {
        // A class subscripted: its __class_getitem__ (list[int], Generic[T]).
        if (Value hook = as_type(obj)->lookup(intern_literal("__class_getitem__"))) {
            Val bound = bind_descriptor(hook, Value(), as_type(obj));
            if (!bound) return nullptr;
            return call1(bound, key);
        }
        return raise_type_error("type '" + static_cast<TypeObject*>(obj.as_object())->name + "' is not subscriptable");
    }
    return raise_type_error("'" + t->name + "' object is not subscriptable");
}

bool set_item(Value obj, Value key, Value value) {
    TypeObject* t = type_of(obj);
    if (t->setitem) return t->setitem(obj, key, value);
    raise_type_error("'" + t->name + "' object does not support item assignment");
    return false;
}

bool del_item(Value obj, Value key) {
    TypeObject* t = type_of(obj);
    if (t->setitem) return t->setitem(obj, key, Value());
    raise_type_error("'" + t->name + "' object does not support item deletion");
    return false;
}

int contains(Value container, Value item) {
    TypeObject* t = type_of(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter) {
        raise_type_error("argument of type '" + t->name + "' is not iterable");
        return -1;
    }
    Val it = get_iter(container);
    if (!it) return -1;
    for (;;) {
        Val x = iter_next(it);
        if (!x) return cx().has_error() ? -1 : 0;
        int eq = rich_compare_bool(x, item, CompareOp::Eq);
        if (eq != 0) return eq;
    }
}

bool length(Value v, int64_t* out) {
    TypeObject* t = type_of(v);
    if (t->len) return t->len(v, out);
    raise_type_error("object of type '" + t->name + "' has no len()");
    return false;
}

Val get_iter(Value v) {
    TypeObject* t = type_of(v);
    if (!t->iter) return raise_type_error("'" + t->name + "' object is not iterable");
    Val it = t->iter(v);
    if (it && !type_of(it)->iternext)
        return raise_type_error("iter() returned non-iterator of type '" + type_of(it)->name + "'");
    return it;
}

Val iter_next(Value iterator) {
    TypeObject* t = type_of(iterator);
    if (!t->iternext) return raise_type_error("'" + t->name + "' object is not an iterator");
    // Every loop in C++ that consumes an iterator (list(), join, set(), sorted,
    // zip ...) comes through here: past the memory cap, it stops.
    if (!check_memory()) return nullptr;
    // A generator straight to the VM (its iternext would only pass it on).
    if (t == generator_types().generator) return cx().hooks().gen_next(static_cast<GeneratorObject*>(iterator.as_object()));
    return t->iternext(iterator);
}

Val call(Value callable, CallArgs args) {
    TypeObject* t = type_of(callable);
    if (!t->call) return raise_type_error("'" + t->name + "' object is not callable");
    return t->call(callable, args);
}

Val call0(Value callable) { return call(callable, CallArgs{}); }

Val call1(Value callable, Value arg) {
    Val a = Val::borrow(arg);
    return call(callable, CallArgs{&a, 1, nullptr});
}

bool index_value(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (!is_int(v)) return false;
    if (int_to_int64(v, out)) return true;
    raise_overflow("Python int too large to convert to C ssize_t");
    return false;
}

}  // namespace ys::objects
