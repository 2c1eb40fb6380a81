// The dict constructor, update logic and methods (dict_update_arg,
// PyDict_MergeFromSeq2, dict_methods in Objects/dictobject.c), plus the `|`
// and `|=` operators. keys() / values() / items() are in dict_views.cpp.
#include <string>

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

bool merge_dict(DictObject* d, DictObject* other) {
    Ref<DictObject> keep = Ref<DictObject>::borrow(other);
    const auto& entries = other->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].key) continue;
        Val key = entries[i].key, value = entries[i].value;
        if (!d->set(key, value)) return false;
    }
    return true;
}

// PyDict_Merge for a mapping that is not a dict: its keys(), then m[key].
bool merge_mapping(DictObject* d, Value mapping) {
    Val keys_method = get_attr(mapping, intern_literal("keys"));
    if (!keys_method) return false;
    Val keys = call0(keys_method);
    if (!keys) return false;
    Val it = get_iter(keys);
    if (!it) return false;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return !cx().has_error();
        Val value = get_item(mapping, key);
        if (!value || !d->set(key, value)) return false;
    }
}

// PyDict_MergeFromSeq2: each item must be a sequence of exactly two values.
bool merge_pairs(DictObject* d, Value seq) {
    Val it = get_iter(seq);
    if (!it) return false;
    for (size_t i = 0;; ++i) {
        Val item = iter_next(it);
        if (!item) return !cx().has_error();
        std::vector<Val> pair;
        if (!collect_items(item, &pair)) {
            if (error_matches(exc_types().type_error)) {
                cx().take_error();
                raise_type_error("cannot convert dictionary update sequence element #" + std::to_string(i) +
                                 " to a sequence");
            }
            return false;
        }
        if (pair.size() != 2) {
            raise_value_error("dictionary update sequence element #" + std::to_string(i) + " has length " +
                              std::to_string(pair.size()) + "; 2 is required");
            return false;
        }
        if (!d->set(pair[0], pair[1])) return false;
    }
}

// dict_update_common: at most one positional argument, then the keywords.
bool update_common(DictObject* d, CallArgs args, const char* name) {
    size_t npos = args.positional_count();
    if (npos > 1) {
        raise_type_error(std::string(name) + " expected at most 1 argument, got " + std::to_string(npos));
        return false;
    }
    if (npos == 1 && !dict_update_from(d, args[0])) return false;
    for (size_t k = 0; k < args.keyword_count(); ++k)
        if (!d->set(args.kwnames->items[k], args[npos + k])) return false;
    return true;
}

Val dict_construct(Value, CallArgs args) {
    auto d = new_dict();
    if (!update_common(d.get(), args, "dict")) return nullptr;
    return d.into_val();
}

Val copy_of(DictObject* d) {
    auto result = new_dict();
    if (!merge_dict(result.get(), d)) return nullptr;
    return result.into_val();
}

// ---------------------------------------------------------------- methods

Val dict_get(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("dict.get() takes no keyword arguments");
    if (!check_positional("get", args, 1, 2)) return nullptr;
    bool error = false;
    Val found = as_dict(self)->get(args[0], &error);
    if (found || error) return found;
    return args.count == 2 ? args[1] : new_none();
}

Val dict_setdefault(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("dict.setdefault() takes no keyword arguments");
    if (!check_positional("setdefault", args, 1, 2)) return nullptr;
    bool error = false;
    Val found = as_dict(self)->get(args[0], &error);
    if (found || error) return found;
    Val value = args.count == 2 ? args[1] : new_none();
    if (!as_dict(self)->set(args[0], value)) return nullptr;
    return value;
}

Val dict_pop(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("dict.pop() takes no keyword arguments");
    if (!check_positional("pop", args, 1, 2)) return nullptr;
    Val value;
    int found = as_dict(self)->pop(args[0], &value);
    if (found < 0) return nullptr;
    if (found) return value;
    if (args.count == 2) return args[1];
    return raise_key_error(args[0]);
}

Val dict_popitem(Value self, CallArgs args) {
    if (!check_positional("dict.popitem", args, 0, 0)) return nullptr;
    if (as_dict(self)->size() == 0) return raise(exc_types().key_error, "popitem(): dictionary is empty");
    Val key, value;
    as_dict(self)->pop_last(&key, &value);
    return new_tuple({std::move(key), std::move(value)}).into_val();
}

Val dict_update(Value self, CallArgs args) {
    if (!update_common(as_dict(self), args, "update")) return nullptr;
    return new_none();
}

Val dict_copy(Value self, CallArgs args) {
    if (!check_positional("dict.copy", args, 0, 0)) return nullptr;
    return copy_of(as_dict(self));
}

Val dict_clear(Value self, CallArgs args) {
    if (!check_positional("dict.clear", args, 0, 0)) return nullptr;
    as_dict(self)->clear();
    return new_none();
}

// dict.fromkeys(iterable, value=None), reached through a classmethod: args[0] is the class.
Val dict_fromkeys(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("dict.fromkeys() takes no keyword arguments");
    CallArgs rest{args.data + 1, args.count - 1, nullptr};
    if (!check_positional("fromkeys", rest, 1, 2)) return nullptr;
    Val value = rest.count == 2 ? rest[1] : new_none();
    Val d = call0(args[0]);
    if (!d) return nullptr;
    Val it = get_iter(rest[0]);
    if (!it) return nullptr;
    for (;;) {
        Val key = iter_next(it);
        if (!key) return cx().has_error() ? nullptr : d;
        if (!set_item(d, key, value)) return nullptr;
    }
}

Val dict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return new_not_implemented();
    Val result = copy_of(as_dict(a));
    if (!result || !merge_dict(as_dict(result), as_dict(b))) return nullptr;
    return result;
}

Val dict_ior(Value a, Value b) {
    // `d |= x` accepts anything update() does, pairs included.
    if (!dict_update_from(as_dict(a), b)) return nullptr;
    return Val::borrow(a);
}

}  // namespace

bool dict_update_from(DictObject* d, Value arg) {
    if (arg.is_object() && type_of(arg) == types().dict) return merge_dict(d, as_dict(arg));
    // Anything with a keys attribute is treated as a mapping.
    Val keys = get_attr(arg, intern_literal("keys"));
    if (keys) return merge_mapping(d, arg);
    if (!error_matches(exc_types().attribute_error)) return false;
    cx().take_error();
    return merge_pairs(d, arg);
}

void register_dict_methods(TypeObject* t) {
    add_method(t, "get", dict_get);
    add_method(t, "setdefault", dict_setdefault);
    add_method(t, "pop", dict_pop);
    add_method(t, "popitem", dict_popitem);
    add_method(t, "update", dict_update);
    add_method(t, "copy", dict_copy);
    add_method(t, "clear", dict_clear);
    auto fromkeys = make<StaticMethodObject>(class_types().classmethod, new_builtin("fromkeys", dict_fromkeys).into_val());
    fromkeys->make_immortal();
    t->dict->set_str(intern_literal("fromkeys"), fromkeys.get());
    t->construct = dict_construct;
    t->number.binary[static_cast<int>(BinaryOp::Or)] = dict_or;
    t->number.inplace[static_cast<int>(BinaryOp::Or)] = dict_ior;
}

}  // namespace ys::objects
