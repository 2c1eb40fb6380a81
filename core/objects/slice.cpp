// slice objects (see slice.h).
#include "objects/slice.h"

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

SliceObject::SliceObject(Val a, Val b, Val c)
    : Object(types().slice), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}

void SliceObject::traverse(Visitor& v) {
    for (Val* p : {&start, &stop, &step})
        if (p->get().is_object()) v.visit(p->get().as_object());
}

Val new_slice(Val start, Val stop, Val step) {
    auto none_if_null = [](Val v) { return v ? v : new_none(); };
    return make<SliceObject>(none_if_null(std::move(start)), none_if_null(std::move(stop)), none_if_null(std::move(step)))
        .into_val();
}

bool is_slice(Value v) { return v.is_object() && type_of(v) == types().slice; }

namespace {

// Reads a slice bound, clamping huge values as CPython's _PyEval_SliceIndex does.
bool bound_value(Value v, int64_t* out) {
    if (is_int(v)) {
        if (int_to_int64(v, out)) return true;
        *out = to_bigint(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return true;
    }
    raise_type_error("slice indices must be integers or None or have an __index__ method");
    return false;
}

}  // namespace

bool slice_indices(const SliceObject* s, int64_t length, SliceIndices* out) {
    int64_t step = 1;
    if (!is_none(s->step)) {
        if (!bound_value(s->step, &step)) return false;
        if (step == 0) {
            raise_value_error("slice step cannot be zero");
            return false;
        }
    }
    bool backwards = step < 0;
    int64_t lower = backwards ? -1 : 0;
    int64_t upper = backwards ? length - 1 : length;
    auto resolve = [&](const Val& bound, int64_t fallback, int64_t* result) {
        if (is_none(bound)) {
            *result = fallback;
            return true;
        }
        int64_t v;
        if (!bound_value(bound, &v)) return false;
        if (v < 0) {
            v += length;
            if (v < lower) v = lower;
        } else if (v > upper) {
            v = upper;
        }
        *result = v;
        return true;
    };
    if (!resolve(s->start, backwards ? upper : lower, &out->start)) return false;
    if (!resolve(s->stop, backwards ? lower : upper, &out->stop)) return false;
    out->step = step;
    if (step > 0) {
        out->count = out->start < out->stop ? (out->stop - out->start - 1) / step + 1 : 0;
    } else {
        out->count = out->stop < out->start ? (out->start - out->stop - 1) / (-step) + 1 : 0;
    }
    return true;
}

namespace {

Val slice_repr(Value v) {
    auto* s = as_slice(v);
    std::string a, b, c;
    if (!repr_text(s->start, &a) || !repr_text(s->stop, &b) || !repr_text(s->step, &c)) return nullptr;
    return new_str_val("slice(" + a + ", " + b + ", " + c + ")");
}

Val slice_construct(Value, CallArgs args) {
    if (!check_positional("slice", args, 1, 3)) return nullptr;
    if (args.count == 1) return new_slice(nullptr, args[0], nullptr);
    return new_slice(args[0], args[1], args.count == 3 ? args[2] : Val());
}

Val slice_getattr(Value v, StrObject* name) {
    auto* s = as_slice(v);
    if (name->view() == "start") return s->start;
    if (name->view() == "stop") return s->stop;
    if (name->view() == "step") return s->step;
    return nullptr;
}

Val slice_compare(Value a, Value b, CompareOp op) {
    if (!is_slice(b)) return new_not_implemented();
    auto* x = as_slice(a);
    auto* y = as_slice(b);
    Val left = new_tuple({x->start, x->stop, x->step}).into_val();
    Val right = new_tuple({y->start, y->stop, y->step}).into_val();
    return rich_compare(left, right, op);
}

}  // namespace

void init_slice_type(TypeObject* t) {
    t->repr = slice_repr;
    t->construct = slice_construct;
    t->getattr = slice_getattr;
    t->compare = slice_compare;
}

}  // namespace ys::objects
