// Function objects (Objects/funcobject.c), built-in functions
// (Objects/methodobject.c) and cells (Objects/cellobject.c).
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class CodeObject;
class DictObject;
class StrObject;
class TupleObject;

class CellObject : public Object {
public:
    explicit CellObject(Val v);
    void traverse(Visitor& v) override;
    void clear_refs() override;
    Val contents;  // null when empty
};

class FunctionObject : public Object {
public:
    FunctionObject(Ref<CodeObject> code, Ref<DictObject> globals);
    void traverse(Visitor& v) override;
    void clear_refs() override;

    Ref<CodeObject> code;
    Ref<DictObject> globals;
    Ref<DictObject> builtins;
    StrObject* name;
    StrObject* qualname;
    std::vector<Val> defaults;        // __defaults__
    Ref<DictObject> kwdefaults;       // __kwdefaults__, may be null
    Ref<DictObject> annotations;      // __annotations__, made on first use when the def had none
    std::vector<Val> closure;         // cells, one per co_freevars entry
    Ref<DictObject>* dict_slot() override { return &dict; }
    Ref<DictObject> dict;             // __dict__: attributes set on the function
    Val doc;                          // __doc__
};

// A function implemented in C++. `self` is the bound object for methods
// (null for plain functions).
using NativeFunction = Val (*)(Value self, CallArgs args);

class BuiltinFunctionObject : public Object {
public:
    BuiltinFunctionObject(std::string name, NativeFunction fn, Val self);
    void traverse(Visitor& v) override;
    std::string name;
    NativeFunction fn;
    Val self;
    // A method stored in a type's dict: attribute access on an instance binds it.
    bool is_method = false;
};

Ref<BuiltinFunctionObject> new_builtin(std::string name, NativeFunction fn, Val self = nullptr);
// Adds a method implemented in C++ to a built-in type's dict.
void add_method(TypeObject* type, const char* name, NativeFunction fn);
bool is_unbound_method(Value v);

bool is_function(Value v);
inline FunctionObject* as_function(Value v) { return static_cast<FunctionObject*>(v.as_object()); }

// Raises CPython's TypeError unless `args` holds between min and max
// positional arguments and no keywords; `name` is the callable's name.
// Inline: every builtin checks its arguments this way on every call.
[[nodiscard]] bool positional_mismatch(const char* name, CallArgs args, size_t min, size_t max);
[[nodiscard]] inline bool check_positional(const char* name, CallArgs args, size_t min, size_t max) {
    if (!args.kwnames && args.count >= min && args.count <= max) [[likely]] return true;
    return positional_mismatch(name, args, min, max);
}

}  // namespace ys::objects
