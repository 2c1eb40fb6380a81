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
    TypeObject* bytes;
    TypeObject* list;
    TypeObject* list_iterator;
    TypeObject* tuple;
    TypeObject* tuple_iterator;
    TypeObject* dict;
    TypeObject* dict_keys;
    TypeObject* dict_values;
    TypeObject* dict_items;
    TypeObject* dict_keyiterator;
    TypeObject* dict_valueiterator;
    TypeObject* dict_itemiterator;
    TypeObject* dict_reversekeyiterator;
    TypeObject* dict_reversevalueiterator;
    TypeObject* dict_reverseitemiterator;
    TypeObject* set;
    TypeObject* frozenset;
    TypeObject* set_iterator;
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

// Filled once by init_builtin_types(); read inline, as type checks are everywhere.
extern BuiltinTypes g_builtin_types;
inline const BuiltinTypes& types() { return g_builtin_types; }

// Creates every built-in type; called once, before the first session runs.
void init_builtin_types();

// Each type file fills in its own type object's slots and methods.
void init_object_type(TypeObject* t);
void init_type_type(TypeObject* t);
// After the class types exist: type.__new__, __init__, __call__, mro ...; the
// mappingproxy and getset_descriptor types.
void init_type_methods(TypeObject* type_type, TypeObject* object_type);
void init_singleton_types(const BuiltinTypes& b);
void init_int_type(TypeObject* int_type, TypeObject* bool_type);
void init_float_type(TypeObject* t);
void init_str_types(TypeObject* str, TypeObject* iterator);
void register_str_methods(TypeObject* str);
void init_bytes_type(TypeObject* bytes);
void init_list_types(TypeObject* list, TypeObject* iterator);
void register_list_methods(TypeObject* list);
void register_tuple_methods(TypeObject* tuple);
void init_tuple_types(TypeObject* tuple, TypeObject* iterator);
void init_dict_type(TypeObject* t);
void init_dict_view_types(const BuiltinTypes& b);
// After the class types exist: dict.fromkeys is a classmethod.
void register_dict_methods(TypeObject* dict);
void init_set_types(TypeObject* set, TypeObject* frozenset, TypeObject* iterator);
void init_range_types(TypeObject* range, TypeObject* iterator);
void init_function_types(TypeObject* function, TypeObject* builtin_function, TypeObject* cell);
void init_code_type(TypeObject* t);
void init_frame_type(TypeObject* t);
void init_module_type(TypeObject* t);
void init_traceback_type(TypeObject* t);
void init_exception_types(TypeObject* object_type);
void init_slice_type(TypeObject* t);
// After the class types exist (properties, class methods): int.bit_length,
// float.is_integer, .real ...
void register_number_methods(TypeObject* int_type, TypeObject* float_type);
// range.start, .stop, .step, count() and index(), once properties can be made.
void register_range_methods(TypeObject* range);
// A read-only property of a built-in type whose getter gets the instance as its
// one argument (int.real, range.start ...).
void add_property(TypeObject* t, const char* name, Val (*fn)(Value self, CallArgs args));

}  // namespace ys::objects
