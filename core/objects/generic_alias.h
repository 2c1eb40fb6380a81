// types.GenericAlias and types.UnionType: list[int] and int | None (see
// generic_alias.cpp).
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

// origin[args]; args is a tuple or a single argument.
[[nodiscard]] Val new_generic_alias(Value origin, Value args);
bool is_generic_alias(Value v);

// a | b for classes, None, aliases and unions; NotImplemented for anything else.
[[nodiscard]] Val union_or(Value a, Value b);

TypeObject* generic_alias_type();
TypeObject* union_type();

// Makes both types and gives list, dict, tuple, set, frozenset, type and
// BaseExceptionGroup their __class_getitem__; `type` gets `|`. After the
// class types exist.
void init_generic_alias_types();

}  // namespace ys::objects
