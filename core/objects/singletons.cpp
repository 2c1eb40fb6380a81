// None, True, False, NotImplemented and Ellipsis (see singletons.h).
#include "objects/singletons.h"

#include "objects/builtin_types.h"
#include "objects/str.h"

namespace ys::objects {

Singletons g_singletons;

namespace {

class PlainObject : public Object {
public:
    explicit PlainObject(TypeObject* t) : Object(t) {}
};

Object* immortal(Object* o) {
    o->make_immortal();
    return o;
}

}  // namespace

void init_singleton_types(const BuiltinTypes& b) {
    g_singletons.none = immortal(new PlainObject(b.none));
    g_singletons.true_obj = immortal(new BoolObject(b.bool_, true));
    g_singletons.false_obj = immortal(new BoolObject(b.bool_, false));
    g_singletons.not_implemented = immortal(new PlainObject(b.not_implemented));
    g_singletons.ellipsis = immortal(new PlainObject(b.ellipsis));
    b.none->repr = [](Value) { return new_str_val("None"); };
    b.none->number.boolean = [](Value) { return 0; };
    b.none->hash = [](Value, int64_t* out) { *out = 0xFCA86420; return true; };
    b.not_implemented->repr = [](Value) { return new_str_val("NotImplemented"); };
    b.ellipsis->repr = [](Value) { return new_str_val("Ellipsis"); };
}

}  // namespace ys::objects
