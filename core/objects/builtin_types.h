// The built-in type objects, made once per process and never freed. They are
// immutable after start-up, so sessions can share them (as CPython's static
// types are shared by its interpreters).
#pragma once

#include "objects/type.h"

namespace ys::objects {

struct BuiltinTypes {
    TypeObject* object;
    TypeObject* type;
    TypeObject* none;
    TypeObject* not_implemented;
    TypeObject* ellipsis;
    TypeObject* int_;
    TypeObject* bool_;
    TypeObject* float_;
    TypeObject* str;
    TypeObject* str_iterator;
    TypeObject* list;
    TypeObject* list_iterator;
    TypeObject* tuple;
    TypeObject* tuple_iterator;
    TypeObject* dict;
    TypeObject* range;
    TypeObject* range_iterator;
    TypeObject* function;
    TypeObject* builtin_function;
    TypeObject* code;
    TypeObject* frame;
    TypeObject* module;
    TypeObject* cell;
    TypeObject* traceback;
    TypeObject* slice;
};

const BuiltinTypes& types();

// Creates every built-in type; called once, before the first session runs.
void init_builtin_types();

// Each type file fills in its own type object's slots and methods.
void init_object_type(TypeObject* t);
void init_type_type(TypeObject* t);
void init_singleton_types(const BuiltinTypes& b);
void init_int_type(TypeObject* int_type, TypeObject* bool_type);
void init_float_type(TypeObject* t);
void init_str_types(TypeObject* str, TypeObject* iterator);
void init_list_types(TypeObject* list, TypeObject* iterator);
void register_list_methods(TypeObject* list);
void init_tuple_types(TypeObject* tuple, TypeObject* iterator);
void init_dict_type(TypeObject* t);
void init_range_types(TypeObject* range, TypeObject* iterator);
void init_function_types(TypeObject* function, TypeObject* builtin_function, TypeObject* cell);
void init_code_type(TypeObject* t);
void init_frame_type(TypeObject* t);
void init_module_type(TypeObject* t);
void init_exception_types(TypeObject* object_type);
void init_slice_type(TypeObject* t);

}  // namespace ys::objects
