// The built-in exception hierarchy and raising helpers (see exception.h):
// BaseException, OSError and the Unicode errors (Objects/exceptions.c).
// Exception groups live in exception_group.cpp.
#include "objects/exception.h"

#include <cstdio>
#include <utility>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception_internal.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ys::objects {

using namespace exception_detail;

BaseExceptionObject::BaseExceptionObject(TypeObject* t) : Object(t), args(empty_tuple().into_val()) {
    if (t->is_heap_type) t->incref();  // instances keep their class alive
}

BaseExceptionObject::~BaseExceptionObject() {
    dict.reset();
    TypeObject* t = type();
    if (t->is_heap_type && t->decref_is_last()) deallocate(t);
}

// CPython's BaseException_clear; args becomes () rather than null, since
// code reads it unchecked.
void BaseExceptionObject::clear_refs() {
    Val old_args = std::exchange(args, empty_tuple().into_val());
    Ref<TracebackObject> tb = std::move(traceback);
    Val c = std::move(cause);
    Val ctx = std::move(context);
    Ref<DictObject> d = std::move(dict);
}

void BaseExceptionObject::traverse(Visitor& v) {
    if (args.get().is_object()) v.visit(args.get().as_object());
    if (traceback) v.visit(traceback.get());
    if (cause.get().is_object()) v.visit(cause.get().as_object());
    if (context.get().is_object()) v.visit(context.get().as_object());
    if (dict) v.visit(dict.get());
}

namespace {
void visit_val(Visitor& v, const Val& x) {
    if (x.get().is_object()) v.visit(x.get().as_object());
}
}  // namespace

void OSErrorObject::traverse(Visitor& v) {
    BaseExceptionObject::traverse(v);
    for (const Val* p : {&errno_value, &strerror, &filename, &filename2}) visit_val(v, *p);
}

// The attributes Python code can assign (null reads as None).
void OSErrorObject::clear_refs() {
    BaseExceptionObject::clear_refs();
    for (Val* p : {&errno_value, &strerror, &filename, &filename2}) p->reset();
}

// Assignable too; None rather than null, which str() reads unchecked.
void UnicodeErrorObject::clear_refs() {
    BaseExceptionObject::clear_refs();
    for (Val* p : {&encoding, &object, &reason}) *p = new_none();
}

void UnicodeErrorObject::traverse(Visitor& v) {
    BaseExceptionObject::traverse(v);
    for (const Val* p : {&encoding, &object, &reason}) visit_val(v, *p);
}

namespace {

ExceptionTypes g_types;
std::vector<TypeObject*> g_all;

TypeObject* define(const char* name, TypeObject* base) {
    auto* t = new TypeObject(name, base);
    t->make_immortal();
    t->is_exception = true;
    g_all.push_back(t);
    return t;
}

BaseExceptionObject* as_exc(Value v) { return static_cast<BaseExceptionObject*>(v.as_object()); }

Val exception_construct(Value type, CallArgs args) {
    if (args.keyword_count()) {
        auto* t = static_cast<TypeObject*>(type.as_object());
        return raise_type_error(t->name + "() takes no keyword arguments");
    }
    auto exc = make<BaseExceptionObject>(static_cast<TypeObject*>(type.as_object()));
    std::vector<Val> items(args.data, args.data + args.count);
    exc->args = new_tuple(std::move(items)).into_val();
    return exc.into_val();
}

bool set_traceback(BaseExceptionObject* e, Value tb) {
    if (is_none(tb)) {
        e->traceback.reset();
        return true;
    }
    if (!tb.is_object() || type_of(tb) != types().traceback) {
        raise_type_error("__traceback__ must be a traceback or None");
        return false;
    }
    e->traceback = Ref<TracebackObject>::borrow(static_cast<TracebackObject*>(tb.as_object()));
    return true;
}

}  // namespace

// Shared with exception_group.cpp (exception_internal.h).
namespace exception_detail {

Val exception_str(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    if (items.empty()) return new_str_val("");
    if (items.size() == 1) return str(items[0]);
    return str(as_exc(v)->args);
}

Val exception_getattr(Value v, StrObject* name) {
    auto* e = as_exc(v);
    auto n = name->view();
    if (n == "args") return e->args;
    if (n == "__cause__") return e->cause ? e->cause : new_none();
    if (n == "__context__") return e->context ? e->context : new_none();
    if (n == "__suppress_context__") return new_bool(e->suppress_context);
    if (n == "__traceback__") return e->traceback ? e->traceback.val() : new_none();
    if (n == "value" && type_of(v)->is_subtype_of(g_types.stop_iteration)) {
        const auto& items = as_tuple(e->args)->items;
        return items.empty() ? new_none() : items[0];
    }
    if (n == "code" && type_of(v)->is_subtype_of(g_types.system_exit)) {
        // SystemExit(3).code is 3; SystemExit().code None; SystemExit(1, 2).code (1, 2).
        // An assigned code lives in the instance dict and wins.
        DictObject* d = instance_dict(v, false);
        if (Value own = d ? d->get_str(name) : Value()) return Val::borrow(own);
        const auto& items = as_tuple(e->args)->items;
        if (items.size() > 1) return e->args;
        return items.empty() ? new_none() : items[0];
    }
    return generic_getattr(v, name);
}

bool exception_setattr(Value v, StrObject* name, Value value) {
    auto* e = as_exc(v);
    auto n = name->view();
    if (n == "args" && value) {
        std::vector<Val> items;
        if (!collect_items(value, &items)) return false;
        e->args = new_tuple(std::move(items)).into_val();
        return true;
    }
    if (n == "__cause__") {
        e->cause = value && !is_none(value) ? Val::borrow(value) : Val();
        e->suppress_context = true;
        return true;
    }
    if (n == "__context__") {
        e->context = value && !is_none(value) ? Val::borrow(value) : Val();
        return true;
    }
    if (n == "__suppress_context__") {
        e->suppress_context = value && truthy(value) > 0;
        return true;
    }
    if (n == "__traceback__") {
        if (!value) {
            raise_type_error("__traceback__ may not be deleted");
            return false;
        }
        return set_traceback(e, value);
    }
    return generic_setattr(v, name, value);
}

// True when a class derived from a built-in exception defines __init__ in
// Python: then OSError and the Unicode errors leave parsing their arguments
// to the __init__ chain (CPython's oserror_use_init).
bool heap_defines_init(TypeObject* t) {
    for (TypeObject* k : t->mro) {
        if (!k->is_heap_type) break;
        if (k->dict && k->dict->get_str(intern_literal("__init__"))) return true;
    }
    return false;
}

bool is_exception_class(Value v) {
    return v.is_object() && type_of(v)->is_subtype_of(types().type) &&
           static_cast<TypeObject*>(v.as_object())->is_exception;
}

Val or_none(const Val& v) { return v ? v : new_none(); }

}  // namespace exception_detail

namespace {

// KeyError shows the repr of its key: str(KeyError('a')) is "'a'".
Val key_error_str(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    if (items.size() == 1) return repr(items[0]);
    return exception_str(v);
}

Val exception_repr(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    std::string text;
    if (items.size() == 1) {
        if (!repr_text(items[0], &text)) return nullptr;
        return new_str_val(type_of(v)->name + "(" + text + ")");
    }
    if (!repr_text(as_exc(v)->args, &text)) return nullptr;
    return new_str_val(type_of(v)->name + text);
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
// the attributes CPython's SyntaxError_init sets, kept in the instance dict.
Val syntax_error_fill(Value v) {
    const auto& items = as_tuple(as_exc(v)->args)->items;
    DictObject* d = instance_dict(v, true);
    const char* const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    d->set_str(intern_literal("msg"), items.empty() ? none() : items[0].get());
    for (const char* f : fields) d->set_str(intern(f), none());
    d->set_str(intern_literal("print_file_and_line"), none());
    if (items.size() >= 2) {
        std::vector<Val> info;
        if (!collect_items(items[1], &info)) return nullptr;
        if (info.size() < 4 || info.size() > 6) return raise_index_error("tuple index out of range");
        for (size_t i = 0; i < info.size(); ++i) d->set_str(intern(fields[i]), info[i]);
    }
    return new_none();
}

Val syntax_error_construct(Value type, CallArgs args) {
    Val exc = exception_construct(type, args);
    if (!exc || !syntax_error_fill(exc)) return nullptr;
    return exc;
}

// str(SyntaxError): "msg (file.py, line 3)", with the file's base name.
Val syntax_error_str(Value v) {
    DictObject* d = instance_dict(v, false);
    Value msg = d ? d->get_str(intern_literal("msg")) : Value();
    if (!msg) return exception_str(v);
    Val text = str(msg);
    if (!text) return nullptr;
    Value filename = d->get_str(intern_literal("filename"));
    Value lineno = d->get_str(intern_literal("lineno"));
    bool has_file = filename && is_str(filename);
    bool has_line = lineno && lineno.is_small_int();
    if (!has_file && !has_line) return text;
    std::string out = as_str(text)->utf8() + " (";
    if (has_file) {
        std::string f = as_str(filename)->utf8();
        size_t slash = f.rfind('/');
        out += slash == std::string::npos ? f : f.substr(slash + 1);
    }
    if (has_line) out += std::string(has_file ? ", " : "") + "line " + std::to_string(lineno.as_small_int());
    return new_str_val(out + ")");
}

// BaseException.__init__(*args): what super().__init__(msg) reaches.
Val exception_init(Value self, CallArgs args) {
    if (args.keyword_count()) return raise_type_error(type_of(self)->name + "() takes no keyword arguments");
    as_exc(self)->args = new_tuple(std::vector<Val>(args.data, args.data + args.count)).into_val();
    if (type_of(self)->is_subtype_of(g_types.syntax_error)) return syntax_error_fill(self);
    return new_none();
}

std::string str_or_none(const Val& v) {
    if (!v) return "None";
    std::string text;
    if (!str_text(v, &text)) return {};
    return text;
}

// ---------------------------------------------------------------- BaseException methods

// BaseException.add_note(note): appends to __notes__, made on first use.
Val exception_add_note(Value self, CallArgs args) {
    if (!check_positional("BaseException.add_note", args, 1, 1)) return nullptr;
    if (!is_str(args[0])) return raise_type_error("note must be a str, not '" + type_of(args[0])->name + "'");
    StrObject* name = intern_literal("__notes__");
    Val notes = get_attr(self, name);
    if (!notes) {
        if (!error_matches(g_types.attribute_error)) return nullptr;
        cx().take_error();
        notes = new_list({}).into_val();
        if (!set_attr(self, name, notes)) return nullptr;
    } else if (!is_list(notes)) {
        return raise_type_error("Cannot add note: __notes__ is not a list");
    }
    as_list(notes)->allocation().append();
    as_list(notes)->items.push_back(args[0]);
    return new_none();
}

Val exception_with_traceback(Value self, CallArgs args) {
    if (!check_positional("with_traceback", args, 1, 1)) return nullptr;
    if (!set_traceback(as_exc(self), args[0])) return nullptr;
    return Val::borrow(self);
}

// ---------------------------------------------------------------- OSError

// errno values (Linux numbering) that OSError(errno, ...) turns into a subclass.
TypeObject* oserror_subclass_for(int64_t code) {
    const ExceptionTypes& t = g_types;
    switch (code) {
    case 1: case 13: return t.permission_error;          // EPERM, EACCES
    case 2: return t.file_not_found_error;               // ENOENT
    case 3: return t.process_lookup_error;               // ESRCH
    case 4: return t.interrupted_error;                  // EINTR
    case 10: return t.child_process_error;               // ECHILD
    case 11: case 114: case 115: return t.blocking_io_error;  // EAGAIN, EALREADY, EINPROGRESS
    case 17: return t.file_exists_error;                 // EEXIST
    case 20: return t.not_a_directory_error;             // ENOTDIR
    case 21: return t.is_a_directory_error;              // EISDIR
    case 32: case 108: return t.broken_pipe_error;       // EPIPE, ESHUTDOWN
    case 103: return t.connection_aborted_error;         // ECONNABORTED
    case 104: return t.connection_reset_error;           // ECONNRESET
    case 110: return t.timeout_error;                    // ETIMEDOUT
    case 111: return t.connection_refused_error;         // ECONNREFUSED
    default: return nullptr;
    }
}

OSErrorObject* as_oserror(Value v) { return v.is_object() ? dynamic_cast<OSErrorObject*>(v.as_object()) : nullptr; }

// oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]).
bool oserror_fill(OSErrorObject* e, std::vector<Val> args) {
    size_t n = args.size();
    if (n >= 2 && n <= 5) {
        e->errno_value = args[0];
        e->strerror = args[1];
        Val filename = n >= 3 ? args[2] : Val();
        if (filename && !is_none(filename)) {
            bool is_number = is_int(filename) || type_of(filename) == types().float_;
            if (e->type() == g_types.blocking_io_error && is_number) {
                int64_t written;
                if (!index_value(filename, &written)) {
                    if (!cx().has_error()) raise_type_error("'" + type_of(filename)->name + "' object cannot be interpreted as an integer");
                    return false;
                }
                e->written = written;
            } else {
                e->filename = filename;
                if (n == 5 && !is_none(args[4])) e->filename2 = args[4];
                args.resize(2);
            }
        }
    }
    e->args = new_tuple(std::move(args)).into_val();
    return true;
}

Val oserror_new(TypeObject* type, CallArgs args, bool parse) {
    if (parse && args.keyword_count()) return raise_type_error(type->name + "() takes no keyword arguments");
    std::vector<Val> items(args.data, args.data + args.positional_count());
    if (parse && type == g_types.os_error && items.size() >= 2 && items.size() <= 5 && items[0].get().is_small_int()) {
        if (TypeObject* sub = oserror_subclass_for(items[0].get().as_small_int())) type = sub;
    }
    auto e = make<OSErrorObject>(type);
    if (parse && !oserror_fill(e.get(), std::move(items))) return nullptr;
    return e.into_val();
}

Val oserror_construct(Value type, CallArgs args) {
    return oserror_new(static_cast<TypeObject*>(type.as_object()), args, true);
}

// OSError.__init__: only does something for classes whose own __init__ took
// over the argument parsing (otherwise construction already did it).
Val oserror_init(Value self, CallArgs args) {
    auto* e = as_oserror(self);
    if (!e || !heap_defines_init(e->type())) return new_none();
    if (args.keyword_count()) return raise_type_error(e->type()->name + "() takes no keyword arguments");
    if (!oserror_fill(e, std::vector<Val>(args.data, args.data + args.count))) return nullptr;
    return new_none();
}

Val oserror_str(Value v) {
    auto* e = as_oserror(v);
    if (!e) return exception_str(v);
    if (e->filename) {
        std::string errno_text = str_or_none(e->errno_value), strerror_text = str_or_none(e->strerror), file;
        if (cx().has_error() || !repr_text(e->filename, &file)) return nullptr;
        std::string text = "[Errno " + errno_text + "] " + strerror_text + ": " + file;
        if (e->filename2) {
            std::string file2;
            if (!repr_text(e->filename2, &file2)) return nullptr;
            text += " -> " + file2;
        }
        return new_str_val(text);
    }
    if (e->errno_value && e->strerror) {
        std::string errno_text = str_or_none(e->errno_value), strerror_text = str_or_none(e->strerror);
        if (cx().has_error()) return nullptr;
        return new_str_val("[Errno " + errno_text + "] " + strerror_text);
    }
    return exception_str(v);
}

Val* oserror_field(OSErrorObject* e, std::string_view n) {
    if (n == "errno") return &e->errno_value;
    if (n == "strerror") return &e->strerror;
    if (n == "filename") return &e->filename;
    if (n == "filename2") return &e->filename2;
    return nullptr;
}

Val oserror_getattr(Value v, StrObject* name) {
    if (auto* e = as_oserror(v)) {
        if (Val* field = oserror_field(e, name->view())) return or_none(*field);
        if (name->view() == "characters_written" && type_of(v)->is_subtype_of(g_types.blocking_io_error)) {
            if (e->written == -1) return raise(g_types.attribute_error, "characters_written");
            return new_int(e->written);
        }
    }
    return exception_getattr(v, name);
}

bool oserror_setattr(Value v, StrObject* name, Value value) {
    if (auto* e = as_oserror(v)) {
        if (Val* field = oserror_field(e, name->view())) {
            *field = value && !is_none(value) ? Val::borrow(value) : Val();
            return true;
        }
        if (name->view() == "characters_written" && type_of(v)->is_subtype_of(g_types.blocking_io_error)) {
            if (!value) {
                if (e->written == -1) {
                    raise(g_types.attribute_error, "characters_written");
                    return false;
                }
                e->written = -1;
                return true;
            }
            int64_t written;
            if (!index_value(value, &written)) {
                if (!cx().has_error())
                    raise_type_error("'" + type_of(value)->name + "' object cannot be interpreted as an integer");
                return false;
            }
            e->written = written;
            return true;
        }
    }
    return exception_setattr(v, name, value);
}

// ---------------------------------------------------------------- Unicode errors

UnicodeErrorObject* as_unicode_error(Value v) {
    return v.is_object() ? dynamic_cast<UnicodeErrorObject*>(v.as_object()) : nullptr;
}

enum class UnicodeKind { Encode, Decode, Translate };

UnicodeKind unicode_kind(TypeObject* t) {
    if (t->is_subtype_of(g_types.unicode_decode_error)) return UnicodeKind::Decode;
    if (t->is_subtype_of(g_types.unicode_encode_error)) return UnicodeKind::Encode;
    return UnicodeKind::Translate;
}

bool unicode_index(Value v, int64_t* out) {
    if (index_value(v, out)) return true;
    if (!cx().has_error()) raise_type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
    return false;
}

// UnicodeEncodeError(encoding, object, start, end, reason) and friends
// (PyArg_ParseTuple "UUnnU", "UOnnU" and "UnnU").
bool unicode_fill(UnicodeErrorObject* e, CallArgs args) {
    UnicodeKind kind = unicode_kind(e->type());
    size_t want = kind == UnicodeKind::Translate ? 4 : 5;
    if (args.keyword_count()) {
        raise_type_error(e->type()->name + "() takes no keyword arguments");
        return false;
    }
    if (args.count != want) {
        raise_type_error("function takes exactly " + std::to_string(want) + " arguments (" + std::to_string(args.count) +
                         " given)");
        return false;
    }
    auto need_str = [&](size_t i) {
        if (is_str(args[i])) return true;
        raise_type_error("argument " + std::to_string(i + 1) + " must be str, not " + type_of(args[i])->name);
        return false;
    };
    size_t at = 0;
    if (kind != UnicodeKind::Translate) {
        if (!need_str(0)) return false;
        e->encoding = args[0];
        at = 1;
    }
    Value object = args[at];
    if (kind == UnicodeKind::Decode) {
        if (is_bytes(object)) {
            e->object = Val::borrow(object);
        } else {
            raise_type_error("a bytes-like object is required, not '" + type_of(object)->name + "'");
            return false;
        }
    } else {
        if (!need_str(at)) return false;
        e->object = Val::borrow(object);
    }
    if (!unicode_index(args[at + 1], &e->start) || !unicode_index(args[at + 2], &e->end)) return false;
    if (!need_str(at + 3)) return false;
    e->reason = args[at + 3];
    e->args = new_tuple(std::vector<Val>(args.data, args.data + args.count)).into_val();
    return true;
}

Val unicode_error_construct(Value type, CallArgs args) {
    auto e = make<UnicodeErrorObject>(static_cast<TypeObject*>(type.as_object()));
    if (!unicode_fill(e.get(), args)) return nullptr;
    return e.into_val();
}

Val unicode_error_init(Value self, CallArgs args) {
    auto* e = as_unicode_error(self);
    if (!e) return exception_init(self, args);
    if (!unicode_fill(e, args)) return nullptr;
    return new_none();
}

std::string escape_code_point(uint32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c);
    return buf;
}

Val unicode_error_str(Value v) {
    auto* e = as_unicode_error(v);
    if (!e) return exception_str(v);
    if (!e->object) return new_str_val("");  // not initialised
    std::string reason, encoding;
    if (!str_text(e->reason, &reason)) return nullptr;
    UnicodeKind kind = unicode_kind(e->type());
    if (kind != UnicodeKind::Translate && !str_text(e->encoding, &encoding)) return nullptr;
    std::string position = " in position " + std::to_string(e->start) + ": " + reason;
    std::string range = "s in position " + std::to_string(e->start) + "-" + std::to_string(e->end - 1) + ": " + reason;
    if (kind == UnicodeKind::Decode) {
        const std::string& data = as_bytes(e->object)->data();
        std::string head = "'" + encoding + "' codec can't decode byte";
        if (e->start >= 0 && e->start < static_cast<int64_t>(data.size()) && e->end == e->start + 1) {
            char buf[8];
            std::snprintf(buf, sizeof buf, " 0x%02x", static_cast<unsigned char>(data[e->start]));
            return new_str_val(head + buf + position);
        }
        return new_str_val(head + range);
    }
    std::string head = kind == UnicodeKind::Encode ? "'" + encoding + "' codec can't encode character"
                                                   : std::string("can't translate character");
    StrObject* text = as_str(e->object);
    if (e->start >= 0 && e->start < static_cast<int64_t>(text->length()) && e->end == e->start + 1)
        return new_str_val(head + " '" + escape_code_point(text->at(e->start)) + "'" + position);
    return new_str_val(head + range);
}

Val unicode_error_getattr(Value v, StrObject* name) {
    if (auto* e = as_unicode_error(v)) {
        auto n = name->view();
        if (n == "encoding") return or_none(e->encoding);
        if (n == "object") return or_none(e->object);
        if (n == "reason") return or_none(e->reason);
        if (n == "start") return new_int(e->start);
        if (n == "end") return new_int(e->end);
    }
    return exception_getattr(v, name);
}

bool unicode_error_setattr(Value v, StrObject* name, Value value) {
    if (auto* e = as_unicode_error(v)) {
        auto n = name->view();
        Val* field = n == "encoding" ? &e->encoding : n == "object" ? &e->object : n == "reason" ? &e->reason : nullptr;
        if (field && value) {
            *field = Val::borrow(value);
            return true;
        }
        if ((n == "start" || n == "end") && value) return unicode_index(value, n == "start" ? &e->start : &e->end);
    }
    return exception_setattr(v, name, value);
}

}  // namespace

void init_exception_types(TypeObject* object_type) {
    auto& t = g_types;
    t.base_exception = define("BaseException", object_type);
    t.base_exception->construct = exception_construct;
    t.base_exception->str = exception_str;
    t.base_exception->repr = exception_repr;
    t.base_exception->getattr = exception_getattr;
    add_method(t.base_exception, "__init__", exception_init);
    add_method(t.base_exception, "add_note", exception_add_note);
    add_method(t.base_exception, "with_traceback", exception_with_traceback);
    t.base_exception->setattr = exception_setattr;
    // In CPython's order (Objects/exceptions.c's _PyExc_InitTypes), so that the
    // builtins module lists them the same way.
    t.base_exception_group = define("BaseExceptionGroup", t.base_exception);
    init_exception_group_type(t.base_exception_group);
    t.exception = define("Exception", t.base_exception);
    // ExceptionGroup(BaseExceptionGroup, Exception): the one built-in type with two bases.
    t.exception_group = define("ExceptionGroup", t.base_exception_group);
    t.exception_group->bases.push_back(Ref<TypeObject>::borrow(t.exception));
    t.exception_group->mro = {t.exception_group, t.base_exception_group, t.exception, t.base_exception, object_type};
    t.system_exit = define("SystemExit", t.base_exception);
    t.keyboard_interrupt = define("KeyboardInterrupt", t.base_exception);
    t.generator_exit = define("GeneratorExit", t.base_exception);
    t.stop_iteration = define("StopIteration", t.exception);
    t.stop_async_iteration = define("StopAsyncIteration", t.exception);
    t.arithmetic_error = define("ArithmeticError", t.exception);
    t.floating_point_error = define("FloatingPointError", t.arithmetic_error);
    t.overflow_error = define("OverflowError", t.arithmetic_error);
    t.zero_division_error = define("ZeroDivisionError", t.arithmetic_error);
    t.assertion_error = define("AssertionError", t.exception);
    t.attribute_error = define("AttributeError", t.exception);
    t.buffer_error = define("BufferError", t.exception);
    t.eof_error = define("EOFError", t.exception);
    t.import_error = define("ImportError", t.exception);
    t.module_not_found_error = define("ModuleNotFoundError", t.import_error);
    t.lookup_error = define("LookupError", t.exception);
    t.index_error = define("IndexError", t.lookup_error);
    t.key_error = define("KeyError", t.lookup_error);
    t.key_error->str = key_error_str;
    t.memory_error = define("MemoryError", t.exception);
    t.name_error = define("NameError", t.exception);
    t.unbound_local_error = define("UnboundLocalError", t.name_error);
    t.os_error = define("OSError", t.exception);
    t.os_error->construct = oserror_construct;
    t.os_error->str = oserror_str;
    t.os_error->getattr = oserror_getattr;
    t.os_error->setattr = oserror_setattr;
    add_method(t.os_error, "__init__", oserror_init);
    t.blocking_io_error = define("BlockingIOError", t.os_error);
    t.connection_error = define("ConnectionError", t.os_error);
    t.child_process_error = define("ChildProcessError", t.os_error);
    t.broken_pipe_error = define("BrokenPipeError", t.connection_error);
    t.connection_aborted_error = define("ConnectionAbortedError", t.connection_error);
    t.connection_refused_error = define("ConnectionRefusedError", t.connection_error);
    t.connection_reset_error = define("ConnectionResetError", t.connection_error);
    t.file_exists_error = define("FileExistsError", t.os_error);
    t.file_not_found_error = define("FileNotFoundError", t.os_error);
    t.is_a_directory_error = define("IsADirectoryError", t.os_error);
    t.not_a_directory_error = define("NotADirectoryError", t.os_error);
    t.interrupted_error = define("InterruptedError", t.os_error);
    t.permission_error = define("PermissionError", t.os_error);
    t.process_lookup_error = define("ProcessLookupError", t.os_error);
    t.timeout_error = define("TimeoutError", t.os_error);
    t.reference_error = define("ReferenceError", t.exception);
    t.runtime_error = define("RuntimeError", t.exception);
    t.not_implemented_error = define("NotImplementedError", t.runtime_error);
    t.recursion_error = define("RecursionError", t.runtime_error);
    t.syntax_error = define("SyntaxError", t.exception);
    t.syntax_error->construct = syntax_error_construct;
    t.syntax_error->str = syntax_error_str;
    t.indentation_error = define("IndentationError", t.syntax_error);
    t.tab_error = define("TabError", t.indentation_error);
    t.system_error = define("SystemError", t.exception);
    t.type_error = define("TypeError", t.exception);
    t.value_error = define("ValueError", t.exception);
    t.unicode_error = define("UnicodeError", t.value_error);
    t.unicode_encode_error = define("UnicodeEncodeError", t.unicode_error);
    t.unicode_decode_error = define("UnicodeDecodeError", t.unicode_error);
    t.unicode_translate_error = define("UnicodeTranslateError", t.unicode_error);
    for (TypeObject* u : {t.unicode_encode_error, t.unicode_decode_error, t.unicode_translate_error}) {
        u->construct = unicode_error_construct;
        u->str = unicode_error_str;
        u->getattr = unicode_error_getattr;
        u->setattr = unicode_error_setattr;
        add_method(u, "__init__", unicode_error_init);
    }
    t.warning = define("Warning", t.exception);
    t.user_warning = define("UserWarning", t.warning);
    t.encoding_warning = define("EncodingWarning", t.warning);
    t.deprecation_warning = define("DeprecationWarning", t.warning);
    t.pending_deprecation_warning = define("PendingDeprecationWarning", t.warning);
    t.syntax_warning = define("SyntaxWarning", t.warning);
    t.runtime_warning = define("RuntimeWarning", t.warning);
    t.future_warning = define("FutureWarning", t.warning);
    t.import_warning = define("ImportWarning", t.warning);
    t.unicode_warning = define("UnicodeWarning", t.warning);
    t.bytes_warning = define("BytesWarning", t.warning);
    t.resource_warning = define("ResourceWarning", t.warning);
}

void finish_exception_types() {
    auto new_method = make<StaticMethodObject>(class_types().staticmethod,
                                               new_builtin("__new__", exception_group_new_method).into_val());
    new_method->make_immortal();
    g_types.base_exception_group->dict->set_str(intern_literal("__new__"), new_method.get());
}

Val new_exception_instance(TypeObject* type, CallArgs args) {
    if (type->is_subtype_of(g_types.base_exception_group)) return exception_group_new(type, args);
    if (type->is_subtype_of(g_types.os_error)) return oserror_new(type, args, !heap_defines_init(type));
    bool unicode = type->is_subtype_of(g_types.unicode_encode_error) ||
                   type->is_subtype_of(g_types.unicode_decode_error) ||
                   type->is_subtype_of(g_types.unicode_translate_error);
    if (unicode) {
        auto e = make<UnicodeErrorObject>(type);
        if (!heap_defines_init(type) && !unicode_fill(e.get(), args)) return nullptr;
        return e.into_val();
    }
    auto exc = make<BaseExceptionObject>(type);
    exc->args = new_tuple(std::vector<Val>(args.data, args.data + args.positional_count())).into_val();
    return exc.into_val();
}

const ExceptionTypes& exc_types() { return g_types; }
const std::vector<TypeObject*>& all_exception_types() { return g_all; }

Ref<BaseExceptionObject> new_exception(TypeObject* type, std::string_view message) {
    auto exc = make<BaseExceptionObject>(type);
    if (!message.empty()) exc->args = new_tuple({new_str_val(std::string(message))}).into_val();
    return exc;
}

Val raise(TypeObject* type, std::string_view message) {
    cx().set_error(new_exception(type, message).into_val());
    return nullptr;
}

Val raise_value(Val exception) {
    cx().set_error(std::move(exception));
    return nullptr;
}

Val raise_type_error(std::string_view m) { return raise(g_types.type_error, m); }
Val raise_value_error(std::string_view m) { return raise(g_types.value_error, m); }
Val raise_zero_division(std::string_view m) { return raise(g_types.zero_division_error, m); }
Val raise_index_error(std::string_view m) { return raise(g_types.index_error, m); }
Val raise_overflow(std::string_view m) { return raise(g_types.overflow_error, m); }
Val raise_name_error(std::string_view name) {
    return raise(g_types.name_error, "name '" + std::string(name) + "' is not defined");
}

bool is_exception_instance(Value v) { return v.is_object() && type_of(v)->is_exception; }

Val raise_unicode_encode_error(std::string_view encoding, Value object, int64_t start, int64_t end,
                               std::string_view reason) {
    Val args[5] = {new_str_val(std::string(encoding)), Val::borrow(object), new_int(start), new_int(end),
                   new_str_val(std::string(reason))};
    Val e = unicode_error_construct(g_types.unicode_encode_error, CallArgs{args, 5, nullptr});
    if (!e) return nullptr;
    return raise_value(std::move(e));
}

Val raise_unicode_decode_error(std::string_view encoding, Value object, int64_t start, int64_t end,
                               std::string_view reason) {
    Val args[5] = {new_str_val(std::string(encoding)), Val::borrow(object), new_int(start), new_int(end),
                   new_str_val(std::string(reason))};
    Val e = unicode_error_construct(g_types.unicode_decode_error, CallArgs{args, 5, nullptr});
    if (!e) return nullptr;
    return raise_value(std::move(e));
}

// check_except_star_type_valid: an exception class or a tuple of them, none
// of them an exception group.
bool error_matches(TypeObject* type) {
    Value e = cx().peek_error();
    return e && type_of(e)->is_subtype_of(type);
}

std::string exception_message(Value exc) {
    std::string text;
    if (!str_text(exc, &text)) {
        cx().take_error();
        return "<exception str() failed>";
    }
    return text;
}

void write_unraisable(Value what, const char* fallback) {
    Context& c = cx();
    Val exc = c.take_error();
    std::string where;
    if (!repr_text(what, &where)) {
        c.take_error();
        where = fallback;
    }
    std::string message = exception_message(exc);
    c.hooks().write_output(true, "Exception ignored in: " + where + "\n" + type_of(exc)->name +
                                     (message.empty() ? "" : ": " + message) + "\n");
}

}  // namespace ys::objects
