// The generic object protocols (Objects/abstract.c, Objects/object.c): what
// `repr(x)`, `a + b`, `a < b`, `x[i]`, `iter(x)` and friends do for any value,
// dispatching on type slots. Every function returns a null Val / false / -1
// with the exception pending on error.
#pragma once

#include <cstdint>
#include <string>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class StrObject;

[[nodiscard]] Val repr(Value v);
[[nodiscard]] Val str(Value v);
// repr/str as UTF-8 text; false on error.
[[nodiscard]] bool repr_text(Value v, std::string* out);
[[nodiscard]] bool str_text(Value v, std::string* out);

[[nodiscard]] bool hash(Value v, int64_t* out);
[[nodiscard]] int truthy(Value v);  // 1, 0, or -1 on error

[[nodiscard]] Val rich_compare(Value a, Value b, CompareOp op);
[[nodiscard]] int rich_compare_bool(Value a, Value b, CompareOp op);  // 1, 0, -1
bool compare_result(int three_way, CompareOp op);
const char* compare_op_symbol(CompareOp op);

[[nodiscard]] Val binary_op(Value a, Value b, BinaryOp op);
[[nodiscard]] Val negative(Value v);
[[nodiscard]] Val positive(Value v);
[[nodiscard]] Val invert(Value v);

[[nodiscard]] Val get_attr(Value obj, StrObject* name);
// get_attr with a missing attribute answered by a null Val and no exception
// (CPython's _PyObject_LookupAttr): getattr() with a default and hasattr() so
// skip making an AttributeError only to drop it. Other errors stay pending.
[[nodiscard]] Val lookup_attr(Value obj, StrObject* name);
[[nodiscard]] bool set_attr(Value obj, StrObject* name, Value value);
[[nodiscard]] Val get_item(Value obj, Value key);
[[nodiscard]] bool set_item(Value obj, Value key, Value value);
[[nodiscard]] bool del_item(Value obj, Value key);
[[nodiscard]] int contains(Value container, Value item);
[[nodiscard]] bool length(Value v, int64_t* out);

[[nodiscard]] Val get_iter(Value v);
// The next item, or a null Val: exhausted when no exception is pending.
[[nodiscard]] Val iter_next(Value iterator);

[[nodiscard]] Val call(Value callable, CallArgs args);
[[nodiscard]] Val call0(Value callable);
[[nodiscard]] Val call1(Value callable, Value arg);

// Reads an int-like value (int, bool, or __index__) into an int64; false if the
// value is not an integer (no exception), or on overflow (OverflowError set).
bool index_value(Value v, int64_t* out);


}  // namespace ys::objects
