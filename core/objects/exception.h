// Exception objects and the built-in exception hierarchy (Objects/exceptions.c),
// plus the helpers object code uses to raise: they set the pending exception on
// the Context and return a null Val, so `return raise_type_error(...)` reads well.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

class DictObject;
class TracebackObject;

class BaseExceptionObject : public Object {
public:
    explicit BaseExceptionObject(TypeObject* t);
    ~BaseExceptionObject() override;
    void traverse(Visitor& v) override;

    Val args;                     // a tuple
    Ref<TracebackObject> traceback;
    Val cause;                    // __cause__, null for None
    Val context;                  // __context__, null for None
    bool suppress_context = false;
    Ref<DictObject> dict;         // attributes set on the instance (e.g. by a subclass __init__)
};

struct ExceptionTypes {
    TypeObject* base_exception;
    TypeObject* system_exit;
    TypeObject* keyboard_interrupt;
    TypeObject* generator_exit;
    TypeObject* exception;
    TypeObject* stop_iteration;
    TypeObject* stop_async_iteration;
    TypeObject* arithmetic_error;
    TypeObject* overflow_error;
    TypeObject* zero_division_error;
    TypeObject* assertion_error;
    TypeObject* attribute_error;
    TypeObject* lookup_error;
    TypeObject* index_error;
    TypeObject* key_error;
    TypeObject* memory_error;
    TypeObject* name_error;
    TypeObject* unbound_local_error;
    TypeObject* runtime_error;
    TypeObject* recursion_error;
    TypeObject* not_implemented_error;
    TypeObject* syntax_error;
    TypeObject* indentation_error;
    TypeObject* tab_error;
    TypeObject* type_error;
    TypeObject* value_error;
    TypeObject* import_error;
    TypeObject* module_not_found_error;
    TypeObject* os_error;
    TypeObject* timeout_error;
};

const ExceptionTypes& exc_types();

// Every built-in exception type, in definition order (for the builtins module).
const std::vector<TypeObject*>& all_exception_types();

// Makes an exception instance of `type` with a single string argument
// (no argument when message is empty).
Ref<BaseExceptionObject> new_exception(TypeObject* type, std::string_view message);

// Sets the pending exception; always returns a null Val.
Val raise(TypeObject* type, std::string_view message);
Val raise_value(Val exception);
Val raise_type_error(std::string_view message);
Val raise_value_error(std::string_view message);
Val raise_name_error(std::string_view name);
Val raise_zero_division(std::string_view message);
Val raise_index_error(std::string_view message);
Val raise_overflow(std::string_view message);

bool is_exception_instance(Value v);
// True when the pending exception is an instance of `type`.
bool error_matches(TypeObject* type);

// The text after "TypeError: " in a traceback: str() of the exception.
std::string exception_message(Value exc);

}  // namespace ys::objects
