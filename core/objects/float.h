// float objects (Objects/floatobject.c) and CPython's float repr: the shortest
// string that reads back as the same double, laid out as Python does.
#pragma once

#include <string>

#include "objects/object.h"

namespace ys::objects {

class FloatObject : public Object {
public:
    FloatObject(TypeObject* t, double v) : Object(t, Untracked{}), value(v) {}
    const double value;
};

Val new_float(double v);
bool is_float(Value v);
inline double float_value(Value v) { return static_cast<FloatObject*>(v.as_object())->value; }

// repr(float): '0.1', '1e+16', '1.5e-05', 'inf', 'nan', '-0.0'.
std::string float_repr(double v);
// CPython's hash of a float, equal to the int hash for integral values.
int64_t float_hash(double v);

}  // namespace ys::objects
