// Code objects (see code.h): attributes, repr and code.replace()
// (Objects/codeobject.c's code_getattr and code_replace_impl).
#include "objects/code.h"

#include <type_traits>

#include "objects/arguments.h"
#include "objects/builtin_types.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/assert.h"

namespace ys::objects {

CodeObject::CodeObject(std::shared_ptr<const compile::CodeUnit> unit)
    : Object(types().code, Untracked{}), unit_(std::move(unit)), instructions_(unit_->code.data()) {
    for (const auto& c : unit_->consts) consts.push_back(constant_to_value(c));
    for (const auto& n : unit_->names) names.push_back(intern(n));
    global_cache.resize(names.size());
    attr_cache.resize(names.size());
    for (const auto& n : unit_->localsplus_names) localsplus_names.push_back(intern(n));
    name = intern(unit_->name);
    qualname = intern(unit_->qualname);
    if (unit_->source && unit_->name == "<module>") {
        if (Context* c = current_cx()) c->sources.insert_or_assign(unit_->filename, unit_->source);
    }
}

void CodeObject::traverse(Visitor& v) {
    for (auto& c : consts)
        if (c.get().is_object()) v.visit(c.get().as_object());
}

int CodeObject::line_of(size_t i) const {
    if (i >= unit_->positions.size()) return unit_->firstlineno;
    return unit_->positions[i].line;
}

namespace {

Val string_tuple(const std::vector<std::string>& items) {
    std::vector<Val> out;
    for (const auto& s : items) out.push_back(new_str_val(s));
    return new_tuple(std::move(out)).into_val();
}

Val code_getattr(Value v, StrObject* attr) {
    auto* c = static_cast<CodeObject*>(v.as_object());
    const auto& u = c->unit();
    std::string_view n = attr->view();
    if (n == "co_name") return Val::borrow(c->name);
    if (n == "co_qualname") return Val::borrow(c->qualname);
    if (n == "co_filename") return new_str_val(u.filename);
    if (n == "co_firstlineno") return new_int(u.firstlineno);
    if (n == "co_flags") return new_int(u.flags);
    if (n == "co_argcount") return new_int(u.argcount);
    if (n == "co_posonlyargcount") return new_int(u.posonlyargcount);
    if (n == "co_kwonlyargcount") return new_int(u.kwonlyargcount);
    if (n == "co_nlocals") return new_int(static_cast<int64_t>(u.varnames.size()));
    if (n == "co_stacksize") return new_int(u.stacksize);
    if (n == "co_varnames") return string_tuple(u.varnames);
    if (n == "co_cellvars") return string_tuple(u.cellvars);
    if (n == "co_freevars") return string_tuple(u.freevars);
    if (n == "co_names") return string_tuple(u.names);
    if (n == "co_consts") return new_tuple(c->consts).into_val();
    return generic_getattr(v, attr);
}

// code.replace(**changes): a new code object, with the same instructions, that
// differs in the named fields (types.coroutine sets CO_ITERABLE_COROUTINE this
// way). The CodeUnit is plain data, so the copy shares nothing mutable.
Val code_replace(Value self, CallArgs args) {
    if (args.positional_count()) return raise_type_error("replace() takes no positional arguments");
    auto unit = std::make_shared<compile::CodeUnit>(static_cast<CodeObject*>(self.as_object())->unit());
    size_t first_kw = args.positional_count();
    for (size_t i = 0; i < args.keyword_count(); ++i) {
        std::string_view key = as_str(args.kwnames->items[i])->view();
        Value value = args[first_kw + i];
        auto int_field = [&](auto* field) {
            int64_t n;
            if (!index_argument(value, &n)) return false;
            *field = static_cast<std::remove_pointer_t<decltype(field)>>(n);
            return true;
        };
        auto str_field = [&](std::string* field) {
            if (!is_str(value)) {
                raise_type_error("replace() argument '" + std::string(key) + "' must be str, not " + type_of(value)->name);
                return false;
            }
            *field = as_str(value)->utf8();
            return true;
        };
        bool ok;
        if (key == "co_flags") {
            ok = int_field(&unit->flags);
        } else if (key == "co_firstlineno") {
            ok = int_field(&unit->firstlineno);
        } else if (key == "co_name") {
            ok = str_field(&unit->name);
        } else if (key == "co_qualname") {
            ok = str_field(&unit->qualname);
        } else if (key == "co_filename") {
            ok = str_field(&unit->filename);
        } else {
            return raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for replace()");
        }
        if (!ok) return nullptr;
    }
    return new_code(std::move(unit)).into_val();
}

Val code_repr(Value v) {
    auto* c = static_cast<CodeObject*>(v.as_object());
    return new_str_val("<code object " + c->name->utf8() + " at 0x" + std::to_string(cx().session_id(c)) + ", file \"" +
                       c->unit().filename + "\", line " + std::to_string(c->unit().firstlineno) + ">");
}

}  // namespace

void init_code_type(TypeObject* t) {
    t->getattr = code_getattr;
    t->repr = code_repr;
    add_method(t, "replace", code_replace);
}

Ref<CodeObject> new_code(std::shared_ptr<const compile::CodeUnit> unit) { return make<CodeObject>(std::move(unit)); }

Val constant_to_value(const compile::Constant& c) {
    using namespace compile;
    return std::visit(
        [](const auto& x) -> Val {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ConstNone>) {
                return new_none();
            } else if constexpr (std::is_same_v<T, ConstEllipsis>) {
                return Val::borrow(ellipsis());
            } else if constexpr (std::is_same_v<T, bool>) {
                return new_bool(x);
            } else if constexpr (std::is_same_v<T, ConstInt>) {
                Val v = new_int_from_decimal(x.digits);
                if (!x.negative) return v;
                if (v.get().is_small_int()) return new_int(-v.get().as_small_int());
                return new_int(BigInt(-to_bigint(v)));
            } else if constexpr (std::is_same_v<T, ConstFloat>) {
                return new_float(x.value);
            } else if constexpr (std::is_same_v<T, ConstStr>) {
                return new_str_val(x.utf8);
            } else if constexpr (std::is_same_v<T, ConstBytes>) {
                return new_bytes(x.bytes).into_val();
            } else if constexpr (std::is_same_v<T, std::shared_ptr<ConstTuple>>) {
                std::vector<Val> items;
                for (const auto& item : x->items) items.push_back(constant_to_value(item));
                return new_tuple(std::move(items)).into_val();
            } else {
                return new_code(x).into_val();
            }
        },
        c);
}

}  // namespace ys::objects
