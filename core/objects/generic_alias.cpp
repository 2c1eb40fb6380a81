// types.GenericAlias (list[int], Objects/genericaliasobject.c) and
// types.UnionType (int | None, Objects/unionobject.c): what subscripting a
// built-in class and `|` between classes make, for annotations.
#include "objects/generic_alias.h"

#include <algorithm>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

// Identity of two values (the `is` test).
bool contains_same(const std::vector<Val>& items, Value v) {
    return std::any_of(items.begin(), items.end(), [v](const Val& x) { return x.get() == v; });
}

TypeObject* g_alias = nullptr;
TypeObject* g_union = nullptr;

class GenericAliasObject : public Object {
public:
    GenericAliasObject(Val o, Val a) : Object(g_alias), origin(std::move(o)), args(std::move(a)) {}
    void traverse(Visitor& v) override {
        if (origin.get().is_object()) v.visit(origin.get().as_object());
        if (args.get().is_object()) v.visit(args.get().as_object());
    }
    Val origin;
    Val args;  // a tuple
};

class UnionObject : public Object {
public:
    explicit UnionObject(Val a) : Object(g_union), args(std::move(a)) {}
    void traverse(Visitor& v) override {
        if (args.get().is_object()) v.visit(args.get().as_object());
    }
    Val args;  // a tuple of the member types, None as type(None)
};

GenericAliasObject* as_alias(Value v) { return static_cast<GenericAliasObject*>(v.as_object()); }
UnionObject* as_union(Value v) { return static_cast<UnionObject*>(v.as_object()); }

// How an alias or a union writes one of its arguments (ga_repr_item).
bool repr_item(Value v, std::string* out) {
    if (v == ellipsis()) {
        *out += "...";
        return true;
    }
    if (is_type(v) && type_of(v) != g_alias) {
        TypeObject* t = as_type(v);
        if (t == types().none) {
            *out += "None";
            return true;
        }
        *out += t->module == "builtins" ? t->qualname : t->module + "." + t->qualname;
        return true;
    }
    std::string r;
    if (!repr_text(v, &r)) return false;
    *out += r;
    return true;
}

// The TypeVars among `args` (those whose type marks itself as one), in order.
Val parameters_of(Value args) {
    std::vector<Val> params;
    for (const Val& a : as_tuple(args)->items) {
        if (!a.get().is_object()) continue;
        if (type_of(a) == g_alias) {
            Val inner = parameters_of(as_alias(a)->args);
            for (const Val& p : as_tuple(inner)->items)
                if (!contains_same(params, p)) params.push_back(p);
            continue;
        }
        if (type_of(a)->lookup(intern_literal("__typing_subst__")) && !contains_same(params, a))
            params.push_back(a);
    }
    return new_tuple(std::move(params)).into_val();
}

Val alias_repr(Value v) {
    auto* a = as_alias(v);
    std::string out;
    if (!repr_item(a->origin, &out)) return nullptr;
    out += "[";
    const auto& items = as_tuple(a->args)->items;
    if (items.empty()) out += "()";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        if (is_list(items[i])) {
            // Callable[[int, str], bool]'s argument list.
            out += "[";
            const auto& inner = as_list(items[i])->items;
            for (size_t j = 0; j < inner.size(); ++j) {
                if (j) out += ", ";
                if (!repr_item(inner[j], &out)) return nullptr;
            }
            out += "]";
        } else if (!repr_item(items[i], &out)) {
            return nullptr;
        }
    }
    return new_str_val(out + "]");
}

Val alias_getattr(Value v, StrObject* name) {
    auto* a = as_alias(v);
    auto n = name->view();
    if (n == "__origin__") return a->origin;
    if (n == "__args__") return a->args;
    if (n == "__parameters__") return parameters_of(a->args);
    if (n == "__class__") return Val::borrow(g_alias);
    if (n == "__unpacked__") return new_bool(false);
    if (Value m = g_alias->lookup(name)) return bind_descriptor(m, v, g_alias);
    // Everything else comes from the origin class (ga_getattro).
    if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__")
        return raise(exc_types().attribute_error, "'types.GenericAlias' object has no attribute '" + name->utf8() + "'");
    return get_attr(a->origin, name);
}

Val alias_call(Value v, CallArgs args) {
    Val result = call(as_alias(v)->origin, args);
    if (!result) return nullptr;
    // Instances remember the alias they came from, when they can.
    if (instance_dict(result, false) || type_of(result)->is_heap_type) {
        if (!set_attr(result, intern_literal("__orig_class__"), v)) cx().take_error();
    }
    return result;
}

Val alias_compare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != g_alias) return new_not_implemented();
    int same = rich_compare_bool(as_alias(a)->origin, as_alias(b)->origin, CompareOp::Eq);
    if (same < 0) return nullptr;
    if (same) {
        same = rich_compare_bool(as_alias(a)->args, as_alias(b)->args, CompareOp::Eq);
        if (same < 0) return nullptr;
    }
    return new_bool(op == CompareOp::Eq ? same : !same);
}

bool alias_hash(Value v, int64_t* out) {
    int64_t h1, h2;
    if (!hash(as_alias(v)->origin, &h1) || !hash(as_alias(v)->args, &h2)) return false;
    *out = h1 ^ h2;
    if (*out == -1) *out = -2;
    return true;
}

// alias[...]: substitutes the alias's TypeVars (dict[str, T][int] is dict[str, int]).
Val alias_getitem(Value v, Value key) {
    auto* a = as_alias(v);
    Val params = parameters_of(a->args);
    const auto& ps = as_tuple(params)->items;
    if (ps.empty()) {
        std::string r;
        if (!repr_text(v, &r)) return nullptr;
        return raise_type_error("There are no type variables left in " + r);
    }
    std::vector<Val> subs = is_tuple(key) ? as_tuple(key)->items : std::vector<Val>{Val::borrow(key)};
    if (subs.size() != ps.size()) {
        std::string r;
        if (!repr_text(v, &r)) return nullptr;
        return raise_type_error(std::string("Too ") + (subs.size() > ps.size() ? "many" : "few") + " arguments for " +
                                r + "; actual " + std::to_string(subs.size()) + ", expected " +
                                std::to_string(ps.size()));
    }
    std::vector<Val> out;
    for (const Val& arg : as_tuple(a->args)->items) {
        Val replaced = arg;
        for (size_t i = 0; i < ps.size(); ++i)
            if (arg.get() == ps[i].get()) replaced = subs[i];
        if (type_of(arg) == g_alias && !as_tuple(parameters_of(as_alias(arg)->args))->items.empty()) {
            std::vector<Val> inner;
            for (const Val& p : as_tuple(parameters_of(as_alias(arg)->args))->items)
                for (size_t i = 0; i < ps.size(); ++i)
                    if (p.get() == ps[i].get()) inner.push_back(subs[i]);
            Val key_inner = inner.size() == 1 ? inner[0] : new_tuple(inner).into_val();
            replaced = alias_getitem(arg, key_inner);
            if (!replaced) return nullptr;
        }
        out.push_back(std::move(replaced));
    }
    return new_generic_alias(a->origin, new_tuple(std::move(out)).into_val());
}

Val alias_mro_entries(Value self, CallArgs args) { return new_tuple({as_alias(self)->origin}).into_val(); }

Val alias_instancecheck(Value, CallArgs) {
    return raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
}

Val alias_subclasscheck(Value, CallArgs) {
    return raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
}

// ---------------------------------------------------------------- unions

bool is_union_member(Value v) {
    return is_none(v) || (is_type(v) && type_of(v) != g_alias) || type_of(v) == g_alias || type_of(v) == g_union;
}

// Flattens nested unions and drops duplicates (None becomes type(None)).
void add_members(Value v, std::vector<Val>& out) {
    if (type_of(v) == g_union) {
        for (const Val& m : as_tuple(as_union(v)->args)->items) add_members(m, out);
        return;
    }
    Val m = is_none(v) ? Val::borrow(types().none) : Val::borrow(v);
    for (const Val& existing : out)
        if (existing.get() == m.get()) return;
    out.push_back(std::move(m));
}

Val union_repr(Value v) {
    std::string out;
    const auto& items = as_tuple(as_union(v)->args)->items;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += " | ";
        if (!repr_item(items[i], &out)) return nullptr;
    }
    return new_str_val(out);
}

Val union_getattr(Value v, StrObject* name) {
    auto n = name->view();
    if (n == "__args__") return as_union(v)->args;
    if (n == "__parameters__") return parameters_of(as_union(v)->args);
    if (n == "__class__") return Val::borrow(g_union);
    if (Value m = g_union->lookup(name)) return bind_descriptor(m, v, g_union);
    return raise(exc_types().attribute_error, "'types.UnionType' object has no attribute '" + name->utf8() + "'");
}

Val union_compare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != g_union) return new_not_implemented();
    const auto& x = as_tuple(as_union(a)->args)->items;
    const auto& y = as_tuple(as_union(b)->args)->items;
    bool same = x.size() == y.size();
    for (const Val& m : x)
        if (same && !contains_same(y, m)) same = false;
    return new_bool(op == CompareOp::Eq ? same : !same);
}

bool union_hash(Value v, int64_t* out) {
    int64_t h = 0x345678;
    for (const Val& m : as_tuple(as_union(v)->args)->items) {
        int64_t mh;
        if (!hash(m, &mh)) return false;
        h ^= mh;
    }
    *out = h == -1 ? -2 : h;
    return true;
}

// isinstance(x, int | str): any member matches.
Val union_instancecheck(Value self, CallArgs args) {
    if (!check_positional("__instancecheck__", args, 1, 1)) return nullptr;
    for (const Val& m : as_tuple(as_union(self)->args)->items) {
        if (type_of(m) == g_alias) return alias_instancecheck(m, args);
        if (type_of(args[0])->is_subtype_of(as_type(m))) return new_bool(true);
    }
    return new_bool(false);
}

Val union_subclasscheck(Value self, CallArgs args) {
    if (!check_positional("__subclasscheck__", args, 1, 1)) return nullptr;
    if (!is_type(args[0])) return raise_type_error("issubclass() arg 1 must be a class");
    for (const Val& m : as_tuple(as_union(self)->args)->items) {
        if (type_of(m) == g_alias) return alias_subclasscheck(m, args);
        if (as_type(args[0])->is_subtype_of(as_type(m))) return new_bool(true);
    }
    return new_bool(false);
}

TypeObject* define(const char* name) {
    auto* t = new TypeObject(name, types().object);
    t->make_immortal();
    t->set_metatype(types().type);
    t->module = "types";
    t->dict = new_dict();
    return t;
}

// cls.__class_getitem__(item) of list, dict, tuple, set, frozenset, type and BaseExceptionGroup.
Val class_getitem(Value, CallArgs args) {
    if (args.count != 2) return raise_type_error("__class_getitem__ expects one argument");
    return new_generic_alias(args[0], args[1]);
}

}  // namespace

Val new_generic_alias(Value origin, Value args) {
    Val tuple = is_tuple(args) ? Val::borrow(args) : new_tuple({Val::borrow(args)}).into_val();
    return make<GenericAliasObject>(Val::borrow(origin), std::move(tuple)).into_val();
}

Val union_or(Value a, Value b) {
    if (!is_union_member(a) || !is_union_member(b)) return new_not_implemented();
    std::vector<Val> members;
    add_members(a, members);
    add_members(b, members);
    if (members.size() == 1) return members[0];
    return make<UnionObject>(new_tuple(std::move(members)).into_val()).into_val();
}

bool is_generic_alias(Value v) { return v.is_object() && type_of(v) == g_alias; }

void init_generic_alias_types() {
    g_alias = define("GenericAlias");
    g_alias->repr = alias_repr;
    g_alias->getattr = alias_getattr;
    g_alias->call = alias_call;
    g_alias->compare = alias_compare;
    g_alias->hash = alias_hash;
    g_alias->getitem = alias_getitem;
    g_alias->number.binary[static_cast<int>(BinaryOp::Or)] = union_or;
    add_method(g_alias, "__mro_entries__", alias_mro_entries);
    add_method(g_alias, "__instancecheck__", alias_instancecheck);
    add_method(g_alias, "__subclasscheck__", alias_subclasscheck);
    g_alias->construct = [](Value, CallArgs args) -> Val {
        if (!check_positional("GenericAlias", args, 2, 2)) return nullptr;
        return new_generic_alias(args[0], args[1]);
    };

    g_union = define("UnionType");
    g_union->repr = union_repr;
    g_union->getattr = union_getattr;
    g_union->compare = union_compare;
    g_union->hash = union_hash;
    g_union->number.binary[static_cast<int>(BinaryOp::Or)] = union_or;
    add_method(g_union, "__instancecheck__", union_instancecheck);
    add_method(g_union, "__subclasscheck__", union_subclasscheck);

    types().type->number.binary[static_cast<int>(BinaryOp::Or)] = union_or;
    for (TypeObject* t : {types().list, types().dict, types().tuple, types().set, types().frozenset, types().type,
                          exc_types().base_exception_group}) {
        if (!t->dict) t->dict = new_dict();
        auto m = make<StaticMethodObject>(class_types().classmethod, new_builtin("__class_getitem__", class_getitem).into_val());
        m->make_immortal();
        t->dict->set_str(intern_literal("__class_getitem__"), m.get());
    }
}

TypeObject* generic_alias_type() { return g_alias; }
TypeObject* union_type() { return g_union; }

}  // namespace ys::objects
