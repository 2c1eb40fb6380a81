// BaseExceptionGroup / ExceptionGroup and the runtime side of except*
// (Objects/exceptions.c: BaseExceptionGroup_new, split, subgroup, derive and
// _PyExc_PrepReraiseStar; Python/ceval.c: exception_group_match).
#include <set>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_internal.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

using namespace exception_detail;

void ExceptionGroupObject::traverse(Visitor& v) {
    BaseExceptionObject::traverse(v);
    if (message.get().is_object()) v.visit(message.get().as_object());
    if (exceptions.get().is_object()) v.visit(exceptions.get().as_object());
}

namespace {

Val readonly_attribute() { return raise(exc_types().attribute_error, "readonly attribute"); }

ExceptionGroupObject* as_group(Value v) {
    return v.is_object() ? dynamic_cast<ExceptionGroupObject*>(v.as_object()) : nullptr;
}

// PySequence_Check: what has item access and is not a mapping.
bool is_sequence(Value v) {
    TypeObject* t = type_of(v);
    return t->getitem && !t->is_subtype_of(types().dict);
}

// BaseExceptionGroup.__new__(cls, message, exceptions): checks the arguments
// and picks the class (BaseExceptionGroup of Exceptions only is ExceptionGroup).
Val group_new(TypeObject* cls, CallArgs args) {
    size_t n = args.positional_count();
    if (n != 2) {
        return raise_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(n) +
                                " given)");
    }
    if (!is_str(args[0])) {
        return raise_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " +
                                type_of(args[0])->name);
    }
    if (!is_sequence(args[1])) return raise_type_error("second argument (exceptions) must be a sequence");
    std::vector<Val> items;
    if (!collect_items(args[1], &items)) return nullptr;
    if (items.empty()) return raise_value_error("second argument (exceptions) must be a non-empty sequence");
    bool nested_base_exceptions = false;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_exception_instance(items[i])) {
            return raise_value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
        }
        if (!type_of(items[i])->is_subtype_of(exc_types().exception)) nested_base_exceptions = true;
    }
    if (cls == exc_types().exception_group) {
        if (nested_base_exceptions) return raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls == exc_types().base_exception_group) {
        if (!nested_base_exceptions) cls = exc_types().exception_group;
    } else if (nested_base_exceptions && cls->is_subtype_of(exc_types().exception)) {
        return raise_type_error("Cannot nest BaseExceptions in '" + cls->name + "'");
    }
    // BaseExceptionGroup.__init__ is BaseException's, which takes no keywords.
    if (args.keyword_count() && !heap_defines_init(cls)) return raise_type_error(cls->name + "() takes no keyword arguments");
    auto eg = make<ExceptionGroupObject>(cls);
    eg->args = new_tuple(std::vector<Val>(args.data, args.data + n)).into_val();
    eg->message = args[0];
    eg->exceptions = new_tuple(std::move(items)).into_val();
    return eg.into_val();
}

Val group_construct(Value type, CallArgs args) { return group_new(static_cast<TypeObject*>(type.as_object()), args); }

// The staticmethod BaseExceptionGroup.__new__, reached by super().__new__(cls, ...).
Val group_new_method(Value, CallArgs args) {
    if (args.positional_count() == 0 || !is_exception_class(args[0]) ||
        !static_cast<TypeObject*>(args[0].get().as_object())->is_subtype_of(exc_types().base_exception_group)) {
        return raise_type_error("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
    }
    return group_new(static_cast<TypeObject*>(args[0].get().as_object()),
                     CallArgs{args.data + 1, args.count - 1, args.kwnames});
}

Val group_str(Value v) {
    auto* g = as_group(v);
    if (!g || !g->message) return exception_str(v);
    std::string message;
    if (!str_text(g->message, &message)) return nullptr;
    size_t n = as_tuple(g->exceptions)->items.size();
    return new_str_val(message + " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")");
}

Val group_getattr(Value v, StrObject* name) {
    auto* g = as_group(v);
    auto n = name->view();
    if (g && n == "message") return or_none(g->message);
    if (g && n == "exceptions") return or_none(g->exceptions);
    return exception_getattr(v, name);
}

bool group_setattr(Value v, StrObject* name, Value value) {
    auto n = name->view();
    if (n == "message" || n == "exceptions") {
        readonly_attribute();
        return false;
    }
    return exception_setattr(v, name, value);
}

// derive(excs): a plain group with this one's message (subclasses override it).
Val group_derive(Value self, CallArgs args) {
    if (!check_positional("derive", args, 1, 1)) return nullptr;
    auto* g = as_group(self);
    if (!g) return raise_type_error("derive() needs an exception group");
    Val call_args[2] = {g->message, args[0]};
    return group_new(exc_types().base_exception_group, CallArgs{call_args, 2, nullptr});
}

enum class MatcherKind { Type, Predicate, LeafIds };

struct Matcher {
    MatcherKind kind;
    Value value;                         // the type, tuple of types or function
    const std::set<Object*>* ids = nullptr;  // LeafIds: the leaves to keep
};

bool matcher_from(Value value, Matcher* out) {
    out->value = value;
    if (is_function(value)) {
        out->kind = MatcherKind::Predicate;
        return true;
    }
    bool ok = is_exception_class(value);
    if (!ok && value.is_object() && type_of(value) == types().tuple) {
        ok = true;
        for (const auto& item : as_tuple(value)->items) ok = ok && is_exception_class(item);
    }
    if (!ok) {
        raise_type_error("expected a function, exception type or tuple of exception types");
        return false;
    }
    out->kind = MatcherKind::Type;
    return true;
}

// PyErr_GivenExceptionMatches for an instance and a class or (nested) tuple of classes.
bool instance_matches(Value exc, Value cls) {
    if (is_tuple(cls)) {
        for (const auto& c : as_tuple(cls)->items)
            if (instance_matches(exc, c)) return true;
        return false;
    }
    return is_exception_class(cls) && type_of(exc)->is_subtype_of(static_cast<TypeObject*>(cls.as_object()));
}

int matcher_test(Value exc, const Matcher& m) {
    switch (m.kind) {
    case MatcherKind::Type:
        return instance_matches(exc, m.value);
    case MatcherKind::Predicate: {
        Val r = call1(m.value, exc);
        if (!r) return -1;
        return truthy(r);
    }
    case MatcherKind::LeafIds:
        return !as_group(exc) && m.ids->count(exc.as_object());
    }
    return 0;
}

// exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause,
// context and a copy of its notes; null without error when excs is empty.
bool group_subset(ExceptionGroupObject* orig, std::vector<Val> excs, Val* out) {
    out->reset();
    if (excs.empty()) return true;
    Val derive = get_attr(orig, intern_literal("derive"));
    if (!derive) return false;
    Val eg = call1(derive, new_list(std::move(excs)).into_val());
    if (!eg) return false;
    auto* g = as_group(eg);
    if (!g) {
        raise_type_error("derive must return an instance of BaseExceptionGroup");
        return false;
    }
    g->traceback = orig->traceback;
    g->context = orig->context;
    g->cause = orig->cause;
    g->suppress_context = true;  // PyException_SetCause sets it, as `raise ... from` does
    if (orig->dict) {
        if (Value notes = orig->dict->get_str(intern_literal("__notes__")); notes && is_sequence(notes)) {
            std::vector<Val> copy;
            if (!collect_items(notes, &copy)) return false;
            if (!set_attr(eg, intern_literal("__notes__"), new_list(std::move(copy)).into_val())) return false;
        }
    }
    *out = std::move(eg);
    return true;
}

// exceptiongroup_split_recursive: the matching part of exc and, if asked, the rest.
bool split_recursive(Value exc, const Matcher& m, bool construct_rest, Val* match, Val* rest, int depth) {
    match->reset();
    rest->reset();
    int is_match = matcher_test(exc, m);
    if (is_match < 0) return false;
    if (is_match) {
        *match = Val::borrow(exc);
        return true;
    }
    auto* g = as_group(exc);
    if (!g) {
        if (construct_rest) *rest = Val::borrow(exc);
        return true;
    }
    if (depth >= cx().recursion_limit) {
        raise(exc_types().recursion_error, "maximum recursion depth exceeded in exceptiongroup_split_recursive");
        return false;
    }
    std::vector<Val> match_list, rest_list;
    Val keep = g->exceptions;  // the loop must not depend on g staying unchanged
    for (const auto& e : as_tuple(keep)->items) {
        Val m_part, r_part;
        if (!split_recursive(e, m, construct_rest, &m_part, &r_part, depth + 1)) return false;
        if (m_part) match_list.push_back(std::move(m_part));
        if (r_part) rest_list.push_back(std::move(r_part));
    }
    if (!group_subset(g, std::move(match_list), match)) return false;
    if (construct_rest && !group_subset(g, std::move(rest_list), rest)) {
        match->reset();
        return false;
    }
    return true;
}

Val group_split(Value self, CallArgs args) {
    if (!check_positional("split", args, 1, 1)) return nullptr;
    Matcher m;
    if (!matcher_from(args[0], &m)) return nullptr;
    Val match, rest;
    if (!split_recursive(self, m, true, &match, &rest, 0)) return nullptr;
    return new_tuple({or_none(match), or_none(rest)}).into_val();
}

Val group_subgroup(Value self, CallArgs args) {
    if (!check_positional("subgroup", args, 1, 1)) return nullptr;
    Matcher m;
    if (!matcher_from(args[0], &m)) return nullptr;
    Val match, rest;
    if (!split_recursive(self, m, false, &match, &rest, 0)) return nullptr;
    return or_none(match);
}

void collect_leaves(Value exc, std::set<Object*>* ids) {
    if (auto* g = as_group(exc)) {
        for (const auto& e : as_tuple(g->exceptions)->items) collect_leaves(e, ids);
    } else if (exc && !is_none(exc)) {
        ids->insert(exc.as_object());
    }
}

// is_same_exception_metadata: a part re-raised by a bare `raise` still has
// the caught group's traceback, cause and context.
bool same_metadata(Value a, Value b) {
    auto* x = static_cast<BaseExceptionObject*>(a.as_object());
    auto* y = static_cast<BaseExceptionObject*>(b.as_object());
    return x->traceback.get() == y->traceback.get() && x->cause.get() == y->cause.get() &&
           x->context.get() == y->context.get();
}

// check_except_star_type_valid: a class or tuple of classes, none an exception group.
bool check_except_star_type(Value match_type) {
    std::vector<Value> types_to_check;
    if (is_tuple(match_type)) {
        for (const auto& t : as_tuple(match_type)->items) types_to_check.push_back(t);
    } else {
        types_to_check.push_back(match_type);
    }
    for (Value t : types_to_check) {
        if (!is_exception_class(t)) {
            raise_type_error("catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
    }
    for (Value t : types_to_check) {
        if (static_cast<TypeObject*>(t.as_object())->is_subtype_of(exc_types().base_exception_group)) {
            raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
    }
    return true;
}

}  // namespace

namespace exception_detail {

void init_exception_group_type(TypeObject* t) {
    t->construct = group_construct;
    t->str = group_str;
    t->getattr = group_getattr;
    t->setattr = group_setattr;
    add_method(t, "derive", group_derive);
    add_method(t, "split", group_split);
    add_method(t, "subgroup", group_subgroup);
}

Val exception_group_new(TypeObject* cls, CallArgs args) { return group_new(cls, args); }

Val exception_group_new_method(Value self, CallArgs args) { return group_new_method(self, args); }

}  // namespace exception_detail

bool exception_group_match(Value exc, Value match_type, Val* match, Val* rest) {
    if (!check_except_star_type(match_type)) return false;
    if (!exc || is_none(exc)) {
        *match = new_none();
        *rest = new_none();
        return true;
    }
    if (instance_matches(exc, match_type)) {
        if (is_exception_group(exc)) {
            *match = Val::borrow(exc);
        } else {
            // A naked exception is handed to the handler wrapped in a group (no traceback in 3.11).
            *match = new_exception_group("", new_tuple({Val::borrow(exc)}).into_val());
            if (!*match) return false;
        }
        *rest = new_none();
        return true;
    }
    if (is_exception_group(exc)) {
        Val split = get_attr(exc, intern_literal("split"));
        if (!split) return false;
        Val pair = call1(split, match_type);
        if (!pair) return false;
        if (!is_tuple(pair) || as_tuple(pair)->items.size() != 2) {
            raise_type_error(type_of(exc)->name + ".split must return a 2-tuple, got " + type_of(pair)->name);
            return false;
        }
        *match = as_tuple(pair)->items[0];
        *rest = as_tuple(pair)->items[1];
        return true;
    }
    *match = new_none();
    *rest = Val::borrow(exc);
    return true;
}

Val prep_reraise_star(Value orig, Value excs) {
    const auto& items = as_list(excs)->items;
    if (items.empty()) return new_none();
    // A naked exception was caught and wrapped: only one handler could run.
    if (!is_exception_group(orig)) return items[0];
    std::vector<Val> raised, reraised;
    for (const auto& e : items) {
        if (is_none(e)) continue;
        (same_metadata(e, orig) ? reraised : raised).push_back(e);
    }
    // The re-raised parts keep the nesting they had in orig.
    std::set<Object*> leaves;
    for (const auto& e : reraised) collect_leaves(e, &leaves);
    Matcher keep{MatcherKind::LeafIds, Value(), &leaves};
    Val reraised_eg, unused;
    if (!split_recursive(orig, keep, false, &reraised_eg, &unused, 0)) return nullptr;
    if (raised.empty()) return or_none(reraised_eg);
    if (reraised_eg) raised.push_back(std::move(reraised_eg));
    if (raised.size() == 1) return raised[0];
    return new_exception_group("", new_list(std::move(raised)).into_val());
}

bool is_exception_group(Value v) { return as_group(v) != nullptr; }

Val new_exception_group(std::string_view message, Value excs) {
    Val args[2] = {new_str_val(std::string(message)), Val::borrow(excs)};
    return group_new(exc_types().base_exception_group, CallArgs{args, 2, nullptr});
}

}  // namespace ys::objects
