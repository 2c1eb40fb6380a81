// itertools.groupby and itertools.tee (Modules/itertoolsmodule.c): iterators
// that share one source. A groupby's _grouper reads through its parent and
// goes dead once the parent moves on; tee objects read a linked list of
// 57-item blocks, so items are freed when the slowest tee has passed them.
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
#include "runtime/itertools_module.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

// ---------------------------------------------------------------- groupby

class GroupbyObject : public Object {
public:
    GroupbyObject(TypeObject* t, Val i, Val k) : Object(t), it(std::move(i)), keyfunc(std::move(k)) {}
    void traverse(Visitor& v) override {
        for (Val* p : {&it, &keyfunc, &tgtkey, &currkey, &currvalue}) visit_val(v, *p);
    }
    Val it, keyfunc;  // keyfunc null for None
    Val tgtkey;       // the key of the group handed out last
    Val currkey, currvalue;
    // The one live _grouper (not owned: it owns us); any other is exhausted.
    const Object* currgrouper = nullptr;
};

class GrouperObject : public Object {
public:
    GrouperObject(TypeObject* t, Ref<GroupbyObject> p, Val k) : Object(t), parent(std::move(p)), tgtkey(std::move(k)) {}
    void traverse(Visitor& v) override {
        v.visit(parent.get());
        visit_val(v, tgtkey);
    }
    Ref<GroupbyObject> parent;
    Val tgtkey;
};

TypeObject* groupby_type();
TypeObject* grouper_type();

Val groupby_construct(Value, CallArgs args) {
    Value a[2];
    if (!unpack_arguments("groupby", args, {"iterable", "key"}, 1, a)) return nullptr;
    Val it = get_iter(a[0]);
    if (!it) return nullptr;
    Val key = a[1] && !is_none(a[1]) ? Val::borrow(a[1]) : Val();
    return make<GroupbyObject>(groupby_type(), std::move(it), std::move(key)).into_val();
}

// groupby_step: reads the next value and its key; false at the end or on error.
bool groupby_step(GroupbyObject* g) {
    Val value = iter_next(g->it);
    if (!value) return false;
    Val key = g->keyfunc ? call1(g->keyfunc, value) : value;
    if (!key) return false;
    g->currvalue = std::move(value);
    g->currkey = std::move(key);
    return true;
}

Val groupby_next(Value v) {
    auto* g = static_cast<GroupbyObject*>(v.as_object());
    g->currgrouper = nullptr;
    // Skip the rest of the current group.
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            int same = rich_compare_bool(g->tgtkey, g->currkey, CompareOp::Eq);
            if (same < 0) return nullptr;
            if (!same) break;
        }
        if (!groupby_step(g)) return nullptr;
    }
    g->tgtkey = g->currkey;
    auto grouper = make<GrouperObject>(grouper_type(), Ref<GroupbyObject>::borrow(g), g->tgtkey);
    g->currgrouper = grouper.get();
    return new_tuple({g->currkey, grouper.into_val()}).into_val();
}

Val grouper_next(Value v) {
    auto* gr = static_cast<GrouperObject*>(v.as_object());
    GroupbyObject* g = gr->parent.get();
    if (g->currgrouper != gr) return nullptr;
    if (!g->currvalue && !groupby_step(g)) return nullptr;
    int same = rich_compare_bool(gr->tgtkey, g->currkey, CompareOp::Eq);
    if (same <= 0) return nullptr;
    Val result = std::move(g->currvalue);
    g->currvalue.reset();
    g->currkey.reset();
    return result;
}

TypeObject* groupby_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("groupby", groupby_construct, groupby_next); });
    return t;
}

TypeObject* grouper_type() {
    static TypeObject* t = util::uncounted([] { return define_itertools_type("_grouper", nullptr, grouper_next); });
    return t;
}

// ---------------------------------------------------------------- tee

constexpr size_t kLinkCells = 57;

// One block of items read from the shared iterator, linked to the next block.
class TeeData : public Object {
public:
    TeeData(TypeObject* t, Val i) : Object(t), it(std::move(i)) {}
    ~TeeData() override {
        // Unlink iteratively so a long chain is not freed by deep recursion.
        Ref<TeeData> link = std::move(next);
        while (link && link->refcount() == 1) {
            Ref<TeeData> after = std::move(link->next);
            link = std::move(after);
        }
    }
    void traverse(Visitor& v) override {
        visit_val(v, it);
        for (auto& x : values) visit_val(v, x);
        if (next) v.visit(next.get());
    }
    // The buffered values become None (the tees index into them); the source
    // stays, so a tee over a cleared buffer can still read on.
    void clear_refs() override {
        for (auto& x : values) x = Val::borrow(none());
    }
    Val it;
    std::vector<Val> values;  // at most kLinkCells
    Ref<TeeData> next;
    bool running = false;
};

class TeeObject : public Object {
public:
    TeeObject(TypeObject* t, Ref<TeeData> d, size_t i) : Object(t), data(std::move(d)), index(i) {}
    void traverse(Visitor& v) override { v.visit(data.get()); }
    Ref<TeeData> data;
    size_t index;
};

TypeObject* tee_type();

TypeObject* tee_data_type() {
    static TypeObject* t = util::uncounted([] { return define_native_type("_tee_dataobject", "itertools"); });
    return t;
}

Val tee_next(Value v) {
    auto* t = static_cast<TeeObject*>(v.as_object());
    if (t->index >= kLinkCells) {
        if (!t->data->next) t->data->next = make<TeeData>(tee_data_type(), t->data->it);
        t->data = t->data->next;
        t->index = 0;
    }
    TeeData* d = t->data.get();
    if (t->index < d->values.size()) return d->values[t->index++];
    // This tee leads: read from the source.
    if (d->running) return raise(exc_types().runtime_error, "cannot re-enter the tee iterator");
    d->running = true;
    Val value = iter_next(d->it);
    d->running = false;
    if (!value) return nullptr;
    d->values.push_back(value);
    ++t->index;
    return value;
}

Val tee_copy(Value self, CallArgs args) {
    if (!check_positional("__copy__", args, 0, 0)) return nullptr;
    auto* t = static_cast<TeeObject*>(self.as_object());
    return make<TeeObject>(tee_type(), t->data, t->index).into_val();
}

// tee(iterable): a tee over a tee shares its buffer (tee_fromiterable copies).
Ref<TeeObject> tee_from(Value iterable) {
    if (type_of(iterable) == tee_type()) {
        auto* t = static_cast<TeeObject*>(iterable.as_object());
        return make<TeeObject>(tee_type(), t->data, t->index);
    }
    Val it = get_iter(iterable);
    if (!it) return nullptr;
    return make<TeeObject>(tee_type(), make<TeeData>(tee_data_type(), std::move(it)), 0);
}

Val tee_construct(Value, CallArgs args) {
    if (!check_arity("_tee", args, 1, 1)) return nullptr;
    auto t = tee_from(args[0]);
    if (!t) return nullptr;
    return t.into_val();
}

TypeObject* tee_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_itertools_type("_tee", tee_construct, tee_next);
        add_method(type, "__copy__", tee_copy);
        return type;
    });
    return t;
}

// tee(iterable, n=2): n tees over iter(iterable). When that iterator is
// itself a tee it becomes the first of them, and the others are its copies.
Val itertools_tee(Value, CallArgs args) {
    if (!check_arity("tee", args, 1, 2)) return nullptr;
    int64_t n = 2;
    if (args.count == 2 && !index_argument(args[1], &n)) return nullptr;
    if (n < 0) return raise_value_error("n must be >= 0");
    if (n == 0) return new_tuple({}).into_val();
    Val it = get_iter(args[0]);
    if (!it) return nullptr;
    Val first = type_of(it) == tee_type() ? it : tee_from(it).into_val();
    if (!first) return nullptr;
    auto* lead = static_cast<TeeObject*>(first.get().as_object());
    std::vector<Val> tees{first};
    for (int64_t i = 1; i < n; ++i) tees.push_back(make<TeeObject>(tee_type(), lead->data, lead->index).into_val());
    return new_tuple(std::move(tees)).into_val();
}

}  // namespace

void add_shared_iterators(DictObject* module) {
    module->set_str(intern_literal("groupby"), groupby_type());
    module->set_str(intern_literal("_grouper"), grouper_type());
    module->set_str(intern_literal("_tee"), tee_type());
    module->set_str(intern_literal("_tee_dataobject"), tee_data_type());
    module->set_str(intern_literal("tee"), new_builtin("tee", itertools_tee).get());
}

}  // namespace ys::runtime
