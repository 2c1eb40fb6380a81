// The operator module (Modules/_operator.c): the operators as functions, and
// the callable types itemgetter, attrgetter and methodcaller with their reprs.
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

// ---------------------------------------------------------------- plain functions

// The binary operators; each native checks its own name so messages read
// "add expected 2 arguments, got 1" as Argument Clinic writes them.
template <BinaryOp Op>
Val binary(const char* name, CallArgs args) {
    if (!check_clinic_positional(name, args, 2, 2)) return nullptr;
    return binary_op(args[0], args[1], Op);
}

#define YS_OPERATOR_BINARY(fname, pyname, op) \
    Val fname(Value, CallArgs args) { return binary<BinaryOp::op>(pyname, args); }
YS_OPERATOR_BINARY(operator_add, "add", Add)
YS_OPERATOR_BINARY(operator_sub, "sub", Subtract)
YS_OPERATOR_BINARY(operator_mul, "mul", Multiply)
YS_OPERATOR_BINARY(operator_matmul, "matmul", MatMul)
YS_OPERATOR_BINARY(operator_truediv, "truediv", TrueDivide)
YS_OPERATOR_BINARY(operator_floordiv, "floordiv", FloorDivide)
YS_OPERATOR_BINARY(operator_mod, "mod", Remainder)
YS_OPERATOR_BINARY(operator_pow, "pow", Power)
YS_OPERATOR_BINARY(operator_lshift, "lshift", LShift)
YS_OPERATOR_BINARY(operator_rshift, "rshift", RShift)
YS_OPERATOR_BINARY(operator_and, "and_", And)
YS_OPERATOR_BINARY(operator_or, "or_", Or)
YS_OPERATOR_BINARY(operator_xor, "xor", Xor)
YS_OPERATOR_BINARY(operator_iadd, "iadd", InplaceAdd)
YS_OPERATOR_BINARY(operator_isub, "isub", InplaceSubtract)
YS_OPERATOR_BINARY(operator_imul, "imul", InplaceMultiply)
#undef YS_OPERATOR_BINARY

template <CompareOp Op>
Val compare(const char* name, CallArgs args) {
    if (!check_clinic_positional(name, args, 2, 2)) return nullptr;
    return rich_compare(args[0], args[1], Op);
}

Val operator_lt(Value, CallArgs args) { return compare<CompareOp::Lt>("lt", args); }
Val operator_le(Value, CallArgs args) { return compare<CompareOp::Le>("le", args); }
Val operator_eq(Value, CallArgs args) { return compare<CompareOp::Eq>("eq", args); }
Val operator_ne(Value, CallArgs args) { return compare<CompareOp::Ne>("ne", args); }
Val operator_gt(Value, CallArgs args) { return compare<CompareOp::Gt>("gt", args); }
Val operator_ge(Value, CallArgs args) { return compare<CompareOp::Ge>("ge", args); }

Val operator_neg(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.neg", args, 1, 1)) return nullptr;
    return negative(args[0]);
}

Val operator_pos(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.pos", args, 1, 1)) return nullptr;
    return positive(args[0]);
}

Val operator_invert(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.invert", args, 1, 1)) return nullptr;
    return invert(args[0]);
}

Val operator_abs(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.abs", args, 1, 1)) return nullptr;
    TypeObject* t = type_of(args[0]);
    if (!t->number.absolute) return raise_type_error("bad operand type for abs(): '" + t->name + "'");
    return t->number.absolute(args[0]);
}

Val operator_not(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.not_", args, 1, 1)) return nullptr;
    int t = truthy(args[0]);
    if (t < 0) return nullptr;
    return new_bool(!t);
}

Val operator_truth(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.truth", args, 1, 1)) return nullptr;
    int t = truthy(args[0]);
    if (t < 0) return nullptr;
    return new_bool(t);
}

Val operator_index(Value, CallArgs args) {
    if (!check_clinic_positional("_operator.index", args, 1, 1)) return nullptr;
    if (is_int(args[0])) return new_int(to_bigint(args[0]));
    if (UnarySlot to_int = type_of(args[0])->number.to_int; to_int && !is_float(args[0])) return to_int(args[0]);
    return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
}

Val operator_is(Value, CallArgs args) {
    if (!check_clinic_positional("is_", args, 2, 2)) return nullptr;
    return new_bool(args[0].get() == args[1].get());
}

Val operator_is_not(Value, CallArgs args) {
    if (!check_clinic_positional("is_not", args, 2, 2)) return nullptr;
    return new_bool(args[0].get() != args[1].get());
}

Val operator_contains(Value, CallArgs args) {
    if (!check_clinic_positional("contains", args, 2, 2)) return nullptr;
    int r = contains(args[0], args[1]);
    if (r < 0) return nullptr;
    return new_bool(r);
}

// _PySequence_IterSearch's iterator, with its wording of the TypeError.
Val search_iter(Value seq) {
    Val it = get_iter(seq);
    if (!it && error_matches(exc_types().type_error)) {
        cx().take_error();
        return raise_type_error("argument of type '" + type_of(seq)->name + "' is not iterable");
    }
    return it;
}

Val operator_count_of(Value, CallArgs args) {
    if (!check_clinic_positional("countOf", args, 2, 2)) return nullptr;
    Val it = search_iter(args[0]);
    if (!it) return nullptr;
    int64_t n = 0;
    while (Val item = iter_next(it)) {
        int eq = rich_compare_bool(item, args[1], CompareOp::Eq);
        if (eq < 0) return nullptr;
        n += eq;
    }
    if (cx().has_error()) return nullptr;
    return new_int(n);
}

Val operator_index_of(Value, CallArgs args) {
    if (!check_clinic_positional("indexOf", args, 2, 2)) return nullptr;
    Val it = search_iter(args[0]);
    if (!it) return nullptr;
    for (int64_t i = 0;; ++i) {
        Val item = iter_next(it);
        if (!item) break;
        int eq = rich_compare_bool(item, args[1], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) return new_int(i);
    }
    if (cx().has_error()) return nullptr;
    return raise_value_error("sequence.index(x): x not in sequence");
}

Val operator_getitem(Value, CallArgs args) {
    if (!check_clinic_positional("getitem", args, 2, 2)) return nullptr;
    return get_item(args[0], args[1]);
}

Val operator_setitem(Value, CallArgs args) {
    if (!check_clinic_positional("setitem", args, 3, 3)) return nullptr;
    if (!set_item(args[0], args[1], args[2])) return nullptr;
    return new_none();
}

Val operator_delitem(Value, CallArgs args) {
    if (!check_clinic_positional("delitem", args, 2, 2)) return nullptr;
    if (!del_item(args[0], args[1])) return nullptr;
    return new_none();
}

// PySequence_Concat: only sequences concatenate, whatever their + does.
Val operator_concat(Value, CallArgs args) {
    if (!check_clinic_positional("concat", args, 2, 2)) return nullptr;
    TypeObject* t = type_of(args[0]);
    if (!t->getitem || is_dict(args[0]))
        return raise_type_error("'" + t->name + "' object can't be concatenated");
    return binary_op(args[0], args[1], BinaryOp::Add);
}

// ---------------------------------------------------------------- itemgetter / attrgetter / methodcaller

class GetterObject : public Object {
public:
    GetterObject(TypeObject* t, std::vector<Val> k) : Object(t), keys(std::move(k)) {}
    void traverse(Visitor& v) override {
        for (auto& k : keys) visit_val(v, k);
    }
    // itemgetter: the keys. attrgetter: each name as a tuple of its dotted parts.
    std::vector<Val> keys;
};

class MethodCallerObject : public Object {
public:
    MethodCallerObject(TypeObject* t, Val n, std::vector<Val> a, Ref<TupleObject> kw)
        : Object(t), name(std::move(n)), args(std::move(a)), kwnames(std::move(kw)) {}
    void traverse(Visitor& v) override {
        visit_val(v, name);
        for (auto& a : args) visit_val(v, a);
        if (kwnames) v.visit(kwnames.get());
    }
    Val name;
    std::vector<Val> args;  // positional then keyword values
    Ref<TupleObject> kwnames;
};

TypeObject* itemgetter_type();
TypeObject* attrgetter_type();
TypeObject* methodcaller_type();

GetterObject* as_getter(Value v) { return static_cast<GetterObject*>(v.as_object()); }

// itemgetter(item, *items); CPython words a missing item "expected 1 argument".
Val itemgetter_construct(Value, CallArgs args) {
    if (!check_arity("itemgetter", args, 1, args.count ? SIZE_MAX : 1)) return nullptr;
    return make<GetterObject>(itemgetter_type(), std::vector<Val>(args.data, args.data + args.count)).into_val();
}

Val itemgetter_call(Value self, CallArgs args) {
    if (!check_arity("itemgetter", args, 1, 1)) return nullptr;
    auto& keys = as_getter(self)->keys;
    if (keys.size() == 1) return get_item(args[0], keys[0]);
    std::vector<Val> out;
    for (auto& k : keys) {
        Val item = get_item(args[0], k);
        if (!item) return nullptr;
        out.push_back(std::move(item));
    }
    return new_tuple(std::move(out)).into_val();
}

// "operator.itemgetter(1, 'a')"
Val getter_repr(const char* name, const std::vector<Val>& parts) {
    std::string s = std::string("operator.") + name + "(";
    for (size_t i = 0; i < parts.size(); ++i) {
        std::string r;
        if (!repr_text(parts[i], &r)) return nullptr;
        s += (i ? ", " : "") + r;
    }
    return new_str_val(s + ")");
}

Val itemgetter_repr(Value self) { return getter_repr("itemgetter", as_getter(self)->keys); }

Val attrgetter_construct(Value, CallArgs args) {
    if (!check_arity("attrgetter", args, 1, args.count ? SIZE_MAX : 1)) return nullptr;
    std::vector<Val> names;
    for (size_t i = 0; i < args.count; ++i) {
        if (!is_str(args[i])) return raise_type_error("attribute name must be a string");
        std::string_view text = as_str(args[i])->view();
        std::vector<Val> parts;
        size_t start = 0;
        for (;;) {
            size_t dot = text.find('.', start);
            parts.push_back(Val::borrow(intern(text.substr(start, dot == std::string_view::npos ? dot : dot - start))));
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        names.push_back(new_tuple(std::move(parts)).into_val());
    }
    return make<GetterObject>(attrgetter_type(), std::move(names)).into_val();
}

Val dotted_getattr(Value obj, Value parts) {
    Val current = Val::borrow(obj);
    for (const Val& part : as_tuple(parts)->items) {
        current = get_attr(current, as_str(part));
        if (!current) return nullptr;
    }
    return current;
}

Val attrgetter_call(Value self, CallArgs args) {
    if (!check_arity("attrgetter", args, 1, 1)) return nullptr;
    auto& names = as_getter(self)->keys;
    if (names.size() == 1) return dotted_getattr(args[0], names[0]);
    std::vector<Val> out;
    for (auto& n : names) {
        Val v = dotted_getattr(args[0], n);
        if (!v) return nullptr;
        out.push_back(std::move(v));
    }
    return new_tuple(std::move(out)).into_val();
}

Val attrgetter_repr(Value self) {
    std::vector<Val> joined;
    for (auto& n : as_getter(self)->keys) {
        std::string text;
        for (const Val& part : as_tuple(n)->items) text += (text.empty() ? "" : ".") + as_str(part)->utf8();
        joined.push_back(new_str_val(text));
    }
    return getter_repr("attrgetter", joined);
}

Val methodcaller_construct(Value, CallArgs args) {
    if (args.positional_count() < 1) return raise_type_error("methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) return raise_type_error("method name must be a string");
    Ref<TupleObject> kwnames;
    if (args.kwnames) kwnames = Ref<TupleObject>::borrow(args.kwnames);
    return make<MethodCallerObject>(methodcaller_type(), Val::borrow(intern(as_str(args[0])->view())),
                                    std::vector<Val>(args.data + 1, args.data + args.count), std::move(kwnames))
        .into_val();
}

Val methodcaller_call(Value self, CallArgs args) {
    if (!check_arity("methodcaller", args, 1, 1)) return nullptr;
    auto* mc = static_cast<MethodCallerObject*>(self.as_object());
    Val method = get_attr(args[0], as_str(mc->name));
    if (!method) return nullptr;
    return call(method, CallArgs{mc->args.data(), mc->args.size(), mc->kwnames.get()});
}

Val methodcaller_repr(Value self) {
    auto* mc = static_cast<MethodCallerObject*>(self.as_object());
    std::string s = "operator.methodcaller(" + str_repr(as_str(mc->name)->view());
    size_t nkw = mc->kwnames ? mc->kwnames->items.size() : 0;
    size_t npos = mc->args.size() - nkw;
    for (size_t i = 0; i < mc->args.size(); ++i) {
        std::string r;
        if (!repr_text(mc->args[i], &r)) return nullptr;
        s += ", ";
        if (i >= npos) s += as_str(mc->kwnames->items[i - npos])->utf8() + "=";
        s += r;
    }
    return new_str_val(s + ")");
}

TypeObject* make_callable_type(const char* name, CallSlot construct, CallSlot call_slot, UnarySlot repr_slot) {
    TypeObject* t = define_native_type(name, "operator");
    t->construct = construct;
    t->call = call_slot;
    t->repr = repr_slot;
    t->str = repr_slot;
    return t;
}

TypeObject* itemgetter_type() {
    static TypeObject* t = util::uncounted(
        [] { return make_callable_type("itemgetter", itemgetter_construct, itemgetter_call, itemgetter_repr); });
    return t;
}

TypeObject* attrgetter_type() {
    static TypeObject* t = util::uncounted(
        [] { return make_callable_type("attrgetter", attrgetter_construct, attrgetter_call, attrgetter_repr); });
    return t;
}

TypeObject* methodcaller_type() {
    static TypeObject* t = util::uncounted([] {
        return make_callable_type("methodcaller", methodcaller_construct, methodcaller_call, methodcaller_repr);
    });
    return t;
}

}  // namespace

Ref<ModuleObject> make_operator_module() {
    auto m = new_module("operator");
    struct Entry {
        const char* name;
        NativeFunction fn;
    };
    static const Entry functions[] = {
        {"add", operator_add},         {"sub", operator_sub},         {"mul", operator_mul},
        {"matmul", operator_matmul},   {"truediv", operator_truediv}, {"floordiv", operator_floordiv},
        {"mod", operator_mod},         {"pow", operator_pow},         {"lshift", operator_lshift},
        {"rshift", operator_rshift},   {"and_", operator_and},        {"or_", operator_or},
        {"xor", operator_xor},         {"iadd", operator_iadd},       {"isub", operator_isub},
        {"imul", operator_imul},       {"lt", operator_lt},           {"le", operator_le},
        {"eq", operator_eq},           {"ne", operator_ne},           {"gt", operator_gt},
        {"ge", operator_ge},           {"neg", operator_neg},         {"pos", operator_pos},
        {"invert", operator_invert},   {"inv", operator_invert},      {"abs", operator_abs},
        {"not_", operator_not},        {"truth", operator_truth},     {"index", operator_index},
        {"is_", operator_is},          {"is_not", operator_is_not},   {"contains", operator_contains},
        {"countOf", operator_count_of}, {"indexOf", operator_index_of}, {"getitem", operator_getitem},
        {"setitem", operator_setitem}, {"delitem", operator_delitem}, {"concat", operator_concat},
    };
    for (const auto& e : functions) add_function(m.get(), e.name, e.fn);
    DictObject* d = m->dict.get();
    for (TypeObject* t : {itemgetter_type(), attrgetter_type(), methodcaller_type()}) d->set_str(intern(t->name), t);
    return m;
}

}  // namespace ys::runtime
