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
    void clear_refs() override;

    Val args;                     // a tuple
    Ref<TracebackObject> traceback;
    Val cause;                    // __cause__, null for None
    Val context;                  // __context__, null for None
    bool suppress_context = false;
    Ref<DictObject>* dict_slot() override { return &dict; }
    Ref<DictObject> dict;         // attributes set on the instance (e.g. by a subclass __init__)
};

// BaseExceptionGroup and ExceptionGroup (and classes derived from them).
class ExceptionGroupObject : public BaseExceptionObject {
public:
    using BaseExceptionObject::BaseExceptionObject;
    void traverse(Visitor& v) override;
    Val message;     // a str
    Val exceptions;  // a non-empty tuple of exceptions
};

// OSError and its subclasses: OSError(errno, strerror[, filename[, winerror[, filename2]]]).
class OSErrorObject : public BaseExceptionObject {
public:
    using BaseExceptionObject::BaseExceptionObject;
    void traverse(Visitor& v) override;
    void clear_refs() override;
    Val errno_value, strerror, filename, filename2;  // null reads as None
    int64_t written = -1;  // BlockingIOError.characters_written, -1 when unset
};

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError.
class UnicodeErrorObject : public BaseExceptionObject {
public:
    using BaseExceptionObject::BaseExceptionObject;
    void traverse(Visitor& v) override;
    void clear_refs() override;
    Val encoding;  // null (None) for UnicodeTranslateError
    Val object;    // the str (encode, translate) or bytes (decode) being converted
    int64_t start = 0;
    int64_t end = 0;
    Val reason;
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
    TypeObject* base_exception_group;
    TypeObject* exception_group;
    TypeObject* eof_error;
    TypeObject* buffer_error;
    TypeObject* floating_point_error;
    TypeObject* reference_error;
    TypeObject* system_error;
    TypeObject* unicode_error;
    TypeObject* unicode_decode_error;
    TypeObject* unicode_encode_error;
    TypeObject* unicode_translate_error;
    TypeObject* blocking_io_error;
    TypeObject* child_process_error;
    TypeObject* connection_error;
    TypeObject* broken_pipe_error;
    TypeObject* connection_aborted_error;
    TypeObject* connection_refused_error;
    TypeObject* connection_reset_error;
    TypeObject* file_exists_error;
    TypeObject* file_not_found_error;
    TypeObject* interrupted_error;
    TypeObject* is_a_directory_error;
    TypeObject* not_a_directory_error;
    TypeObject* permission_error;
    TypeObject* process_lookup_error;
    TypeObject* warning;
    TypeObject* user_warning;
    TypeObject* deprecation_warning;
    TypeObject* pending_deprecation_warning;
    TypeObject* syntax_warning;
    TypeObject* runtime_warning;
    TypeObject* future_warning;
    TypeObject* import_warning;
    TypeObject* unicode_warning;
    TypeObject* bytes_warning;
    TypeObject* resource_warning;
    TypeObject* encoding_warning;
};

const ExceptionTypes& exc_types();

// Every built-in exception type, in definition order (for the builtins module).
const std::vector<TypeObject*>& all_exception_types();

// Adds what needs the class machinery (BaseExceptionGroup.__new__ as a
// staticmethod); called once the descriptor types exist.
void finish_exception_types();

// The instance a class derived from a built-in exception starts as, before its
// __init__: the layout of its built-in base, filled from the call's arguments
// (CPython's BaseException_new / OSError_new / BaseExceptionGroup_new).
[[nodiscard]] Val new_exception_instance(TypeObject* type, CallArgs args);

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

// Raises a UnicodeEncodeError / UnicodeDecodeError for object[start:end]
// (code points of a str, bytes of a bytes object); always returns null.
Val raise_unicode_encode_error(std::string_view encoding, Value object, int64_t start, int64_t end,
                               std::string_view reason);
Val raise_unicode_decode_error(std::string_view encoding, Value object, int64_t start, int64_t end,
                               std::string_view reason);

bool is_exception_instance(Value v);
bool is_exception_group(Value v);
// A new ExceptionGroup (or BaseExceptionGroup) as BaseExceptionGroup(message, excs) makes it.
[[nodiscard]] Val new_exception_group(std::string_view message, Value excs);

// except* support (Python/ceval.c): CHECK_EG_MATCH splits `exc` by
// `match_type` into the part a handler gets and the rest (each None when
// empty; a matched naked exception is wrapped in a group). False on error,
// including a match type that is not allowed after except*.
[[nodiscard]] bool exception_group_match(Value exc, Value match_type, Val* match, Val* rest);
// The intrinsic PREP_RERAISE_STAR: what a try/except* raises at its end, from
// the exception caught and the list of what the handlers raised or re-raised
// and the unhandled rest (None entries ignored). None when nothing is left.
[[nodiscard]] Val prep_reraise_star(Value orig, Value excs);
// True when the pending exception is an instance of `type`.
bool error_matches(TypeObject* type);

// The text after "TypeError: " in a traceback: str() of the exception.
std::string exception_message(Value exc);

// Takes the pending exception and writes it to stderr as CPython reports an
// exception nobody can catch (a __del__'s, a weak reference or gc callback's):
// "Exception ignored in: <repr of what>", then "Type: message". `fallback`
// stands in for the repr when repr() itself fails.
void write_unraisable(Value what, const char* fallback);

}  // namespace ys::objects
