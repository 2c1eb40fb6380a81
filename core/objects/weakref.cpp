// Weak references (see weakref.h).
#include "objects/weakref.h"

#include <algorithm>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace ys::objects {

namespace {

TypeObject* g_weakref = nullptr;

class WeakRefObject : public Object {
public:
    WeakRefObject(Object* target, Val cb) : Object(g_weakref), referent(target), callback(std::move(cb)) {}
    ~WeakRefObject() override {
        if (referent) forget();
    }
    void traverse(Visitor& v) override {
        if (callback.get().is_object()) v.visit(callback.get().as_object());
    }
    // Leaves the referent's list (this reference dies first).
    void forget() {
        Context* c = current_cx();
        if (!c) return;
        auto it = c->weakrefs.find(referent);
        if (it == c->weakrefs.end()) return;
        auto& refs = it->second;
        refs.erase(std::remove(refs.begin(), refs.end(), this), refs.end());
        if (refs.empty()) {
            c->weakrefs.erase(it);
            referent->has_weakrefs = false;
        }
        referent = nullptr;
    }

    Object* referent;  // borrowed; null once dead
    Val callback;      // null when none
    int64_t hash = -1;
    bool hashed = false;
};

WeakRefObject* as_ref(Value v) { return static_cast<WeakRefObject*>(v.as_object()); }

// The objects CPython lets weak references point at: instances of classes,
// functions, classes, sets, generators and coroutines, bound methods.
bool can_weakref(Value v) {
    if (!v.is_object()) return false;
    TypeObject* t = type_of(v);
    if (t->is_heap_type) {
        if (!t->instances_weakrefable) return false;  // __slots__ without '__weakref__'
        return !has_var_sized_layout(t);  // no __weakref__ slot in int, tuple, bytes
    }
    if (t->is_subtype_of(types().type)) return true;
    return t == types().function || t == types().set || t == types().frozenset || t == types().code ||
           t == class_types().method || is_generator_object(v);
}

Val weakref_call(Value v, CallArgs args) {
    if (!check_positional("weakref", args, 0, 0)) return nullptr;
    Object* o = as_ref(v)->referent;
    return o ? Val::borrow(o) : new_none();
}

Val weakref_repr(Value v) {
    auto* r = as_ref(v);
    std::string self = "<weakref at 0x" + std::to_string(cx().session_id(r));
    if (!r->referent) return new_str_val(self + "; dead>");
    return new_str_val(self + "; to '" + r->referent->type()->name + "' at 0x" +
                       std::to_string(cx().session_id(r->referent)) + ">");
}

bool weakref_hash(Value v, int64_t* out) {
    auto* r = as_ref(v);
    if (!r->hashed) {
        if (!r->referent) {
            raise_type_error("weak object has gone away");
            return false;
        }
        if (!hash(Value(r->referent), &r->hash)) return false;
        r->hashed = true;
    }
    *out = r->hash;
    return true;
}

// Two live references compare their referents; otherwise only the same
// reference is equal to itself.
Val weakref_compare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != g_weakref) return new_not_implemented();
    Object* x = as_ref(a)->referent;
    Object* y = as_ref(b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return new_bool(op == CompareOp::Eq ? same : !same);
    }
    return rich_compare(Value(x), Value(y), op);
}

Val weakref_getattr(Value v, StrObject* name) {
    if (name->view() == "__callback__") return as_ref(v)->callback ? as_ref(v)->callback : new_none();
    return generic_getattr(v, name);
}

Val weakref_construct(Value, CallArgs args) {
    if (args.keyword_count()) return raise_type_error("ref() takes no keyword arguments");
    if (args.count < 1 || args.count > 2)
        return raise_type_error("__new__ expected at most 2 arguments, got " + std::to_string(args.count));
    return new_weakref(args[0], args.count == 2 ? Value(args[1]) : Value());
}

}  // namespace

Val new_weakref(Value obj, Value callback) {
    if (!can_weakref(obj)) return raise_type_error("cannot create weak reference to '" + type_of(obj)->name + "' object");
    if (callback && is_none(callback)) callback = Value();
    Object* o = obj.as_object();
    auto& refs = cx().weakrefs[o];
    if (!callback) {
        for (Object* r : refs)
            if (!static_cast<WeakRefObject*>(r)->callback) return Val::borrow(r);
    }
    auto ref = make<WeakRefObject>(o, callback ? Val::borrow(callback) : Val());
    refs.push_back(ref.get());
    o->has_weakrefs = true;
    return ref.into_val();
}

Object* weakref_target(Value ref) { return as_ref(ref)->referent; }

size_t weakref_count(const Object* o) {
    auto it = cx().weakrefs.find(o);
    return it == cx().weakrefs.end() ? 0 : it->second.size();
}

void weakrefs_of(const Object* o, std::vector<Val>* out) {
    auto it = cx().weakrefs.find(o);
    if (it == cx().weakrefs.end()) return;
    for (Object* r : it->second) out->push_back(Val::borrow(r));
}

bool is_weakref(const Object* o) { return o->type() == g_weakref; }

void weakref_kill(Object* r) {
    auto* ref = static_cast<WeakRefObject*>(r);
    if (ref->referent) ref->forget();
}

void weakref_detach_all(Object* o, std::vector<Val>* with_callbacks) {
    Context* c = current_cx();
    o->has_weakrefs = false;
    if (!c) return;
    auto it = c->weakrefs.find(o);
    if (it == c->weakrefs.end()) return;
    std::vector<Object*> refs = std::move(it->second);
    c->weakrefs.erase(it);
    for (Object* r : refs) static_cast<WeakRefObject*>(r)->referent = nullptr;
    // The list is oldest first; callbacks run newest first.
    for (auto r = refs.rbegin(); r != refs.rend(); ++r)
        if (static_cast<WeakRefObject*>(*r)->callback) with_callbacks->push_back(Val::borrow(*r));
}

void weakref_run_callback(Value r) {
    Context& c = cx();
    Val saved = c.take_error();
    Val cb = as_ref(r)->callback;
    if (!call1(cb, r)) write_unraisable(cb, "<callback>");
    if (saved) c.set_error(std::move(saved));
}

void clear_weakrefs(Object* o) {
    // Every reference goes dead before any callback runs; each is kept alive
    // until its callback returned.
    std::vector<Val> pending;
    weakref_detach_all(o, &pending);
    for (const Val& r : pending) weakref_run_callback(r);
}

TypeObject* weakref_type() { return g_weakref; }

void init_weakref_type(TypeObject* type_type, TypeObject* object_type) {
    auto* t = new TypeObject("ReferenceType", object_type);
    t->make_immortal();
    t->set_metatype(type_type);
    t->module = "weakref";
    t->call = weakref_call;
    t->repr = weakref_repr;
    t->hash = weakref_hash;
    t->compare = weakref_compare;
    t->getattr = weakref_getattr;
    t->construct = weakref_construct;
    g_weakref = t;
}

}  // namespace ys::objects
