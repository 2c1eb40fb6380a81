// The methods of list (Objects/listobject.c's list_methods table) and the
// list_reverseiterator that list.__reversed__ returns. sort's algorithm is in
// list_sort.cpp.
#include <algorithm>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/memory.h"

namespace ys::objects {

namespace {

Val list_append(Value self, CallArgs args) {
    if (!check_positional("append", args, 1, 1)) return nullptr;
    if (!room_to_grow(as_list(self)->items)) return nullptr;
    as_list(self)->allocation().append();
    as_list(self)->items.push_back(args[0]);
    return new_none();
}

Val list_extend(Value self, CallArgs args) {
    if (!check_positional("extend", args, 1, 1)) return nullptr;
    int64_t hint = list_length_hint(args[0]);
    std::vector<Val> more;
    if (!collect_items(args[0], &more)) return nullptr;
    auto& items = as_list(self)->items;
    if (!room_to_grow(items, more.size())) return nullptr;
    for (auto& x : more) items.push_back(std::move(x));
    note_list_extend(as_list(self), args[0], hint, static_cast<int64_t>(more.size()));
    return new_none();
}

Val list_pop(Value self, CallArgs args) {
    if (!check_positional("pop", args, 0, 1)) return nullptr;
    auto& items = as_list(self)->items;
    int64_t i = -1;
    if (args.count == 1 && !index_value(args[0], &i)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    }
    if (items.empty()) return raise_index_error("pop from empty list");
    if (i < 0) i += static_cast<int64_t>(items.size());
    if (i < 0 || i >= static_cast<int64_t>(items.size())) return raise_index_error("pop index out of range");
    // The last item goes by list_resize, any other by list_ass_slice; neither
    // can empty the list but through list_resize.
    as_list(self)->allocation().resize(static_cast<int64_t>(items.size()) - 1);
    Val v = std::move(items[i]);
    items.erase(items.begin() + i);
    return v;
}

Val list_insert(Value self, CallArgs args) {
    if (!check_positional("insert", args, 2, 2)) return nullptr;
    auto& items = as_list(self)->items;
    int64_t i;
    if (!index_value(args[0], &i)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    }
    int64_t n = static_cast<int64_t>(items.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    if (!room_to_grow(items)) return nullptr;
    as_list(self)->allocation().resize(n + 1);
    items.insert(items.begin() + i, args[1]);
    return new_none();
}

// index() and count() are shared by list and tuple; only index()'s error differs.
Val sequence_index(const std::vector<Val>& items, CallArgs args, bool is_list) {
    if (!check_positional("index", args, 1, 1)) return nullptr;
    for (size_t i = 0; i < items.size(); ++i) {
        int eq = rich_compare_bool(items[i], args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) return new_int(static_cast<int64_t>(i));
    }
    if (!is_list) return raise_value_error("tuple.index(x): x not in tuple");
    std::string text;
    if (!repr_text(args[0], &text)) return nullptr;
    return raise_value_error(text + " is not in list");
}

Val sequence_count(const std::vector<Val>& items, CallArgs args) {
    if (!check_positional("count", args, 1, 1)) return nullptr;
    int64_t n = 0;
    for (const auto& x : items) {
        int eq = rich_compare_bool(x, args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        n += eq;
    }
    return new_int(n);
}

Val list_index(Value self, CallArgs args) { return sequence_index(as_list(self)->items, args, true); }
Val list_count(Value self, CallArgs args) { return sequence_count(as_list(self)->items, args); }
Val tuple_index(Value self, CallArgs args) { return sequence_index(as_tuple(self)->items, args, false); }
Val tuple_count(Value self, CallArgs args) { return sequence_count(as_tuple(self)->items, args); }

Val list_remove(Value self, CallArgs args) {
    if (!check_positional("remove", args, 1, 1)) return nullptr;
    auto& items = as_list(self)->items;
    for (size_t i = 0; i < items.size(); ++i) {
        int eq = rich_compare_bool(items[i], args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) {
            as_list(self)->allocation().assign_slice(static_cast<int64_t>(items.size()) - 1);
            Val old = std::move(items[i]);
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
            return new_none();
        }
    }
    return raise_value_error("list.remove(x): x not in list");
}

Val list_reverse(Value self, CallArgs args) {
    if (!check_positional("reverse", args, 0, 0)) return nullptr;
    auto& items = as_list(self)->items;
    std::reverse(items.begin(), items.end());
    return new_none();
}

Val list_clear(Value self, CallArgs args) {
    if (!check_positional("clear", args, 0, 0)) return nullptr;
    as_list(self)->allocation().clear();
    auto& items = as_list(self)->items;
    while (!items.empty()) {
        Val last = std::move(items.back());  // last to first, as CPython
        items.pop_back();
    }
    return new_none();
}

Val list_copy(Value self, CallArgs args) {
    if (!check_positional("copy", args, 0, 0)) return nullptr;
    return new_list(as_list(self)->items).into_val();
}

// list.sort(*, key=None, reverse=False)
Val list_sort(Value self, CallArgs args) {
    if (args.positional_count()) return raise_type_error("sort() takes no positional arguments");
    Value key, reverse;
    for (size_t k = 0; k < args.keyword_count(); ++k) {
        auto name = as_str(args.kwnames->items[k])->view();
        if (name == "key") {
            key = args[k];
        } else if (name == "reverse") {
            reverse = args[k];
        } else {
            return raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for sort()");
        }
    }
    int64_t flag = 0;
    if (reverse && !index_value(reverse, &flag)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(reverse)->name + "' object cannot be interpreted as an integer");
    }
    if (key && is_none(key)) key = Value();
    if (!sort_list(as_list(self), key, flag != 0)) return nullptr;
    return new_none();
}

// list_reverseiterator: walks the list from its current end down to index 0.
class ListReverseIterator : public Object {
public:
    ListReverseIterator(TypeObject* t, Val list, int64_t start) : Object(t), list(std::move(list)), index(start) {}
    void traverse(Visitor& v) override {
        if (list.get().is_object()) v.visit(list.get().as_object());
    }
    Val list;  // null once exhausted
    int64_t index;
};

TypeObject* list_reverseiterator_type() {
    static TypeObject* type = util::uncounted([] {
        auto* t = new TypeObject("list_reverseiterator", types().object);
        t->make_immortal();
        t->set_metatype(types().type);
        t->iter = [](Value v) { return Val::borrow(v); };
        t->iternext = [](Value v) -> Val {
            auto* it = static_cast<ListReverseIterator*>(v.as_object());
            if (!it->list) return nullptr;
            const auto& items = as_list(it->list)->items;
            if (it->index >= 0 && it->index < static_cast<int64_t>(items.size())) return items[it->index--];
            it->index = -1;
            it->list.reset();
            return nullptr;
        };
        // listreviter_len: index + 1, or 0 once the list shrank below it.
        t->length_hint = [](Value v, int64_t* out) {
            auto* it = static_cast<ListReverseIterator*>(v.as_object());
            int64_t left = it->index + 1;
            *out = !it->list || static_cast<int64_t>(as_list(it->list)->items.size()) < left ? 0 : left;
            return true;
        };
        return t;
    });
    return type;
}

Val list_reversed(Value self, CallArgs args) {
    if (!check_positional("list.__reversed__", args, 0, 0)) return nullptr;
    int64_t start = static_cast<int64_t>(as_list(self)->items.size()) - 1;
    return make<ListReverseIterator>(list_reverseiterator_type(), Val::borrow(self), start).into_val();
}

}  // namespace

void register_tuple_methods(TypeObject* t) {
    add_method(t, "index", tuple_index);
    add_method(t, "count", tuple_count);
}

void register_list_methods(TypeObject* t) {
    add_method(t, "append", list_append);
    add_method(t, "extend", list_extend);
    add_method(t, "pop", list_pop);
    add_method(t, "insert", list_insert);
    add_method(t, "index", list_index);
    add_method(t, "count", list_count);
    add_method(t, "remove", list_remove);
    add_method(t, "reverse", list_reverse);
    add_method(t, "clear", list_clear);
    add_method(t, "copy", list_copy);
    add_method(t, "sort", list_sort);
    add_method(t, "__reversed__", list_reversed);
}

}  // namespace ys::objects
