// The instructions the eval loop runs out of line (Interpreter::run_cold):
// the ones rare in hot loops (imports, pattern matching, with, async for,
// raise, unpacking with a star, building functions, classes, sets, slices and
// strings, unary - and ~, del, entering and leaving except blocks ...).
// Keeping them out of run() keeps it small enough for V8 to give it its best
// register allocator (docs/architecture.md). Each runs on the frame as run()
// saved it and leaves its value stack depth saved.
#include <algorithm>
#include <string>

#include "objects/abstract.h"
#include "objects/async_gen.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/gc.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/memory.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/recursion.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/assert.h"
#include "vm/eval_helpers.h"
#include "vm/interpreter.h"

namespace ys::vm {

using namespace objects;
using compile::Instruction;
using compile::Op;

ColdResult Interpreter::run_cold(FrameObject* f, Instruction ins) {
    Val* sp = f->stack_base() + f->stack_depth;
    uint32_t oparg = ins.arg();
#define PUSH(v) (*sp++ = (v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
// run() saved the instruction's position before the call; what changes is the stack.
#define SAVE_STACK() (f->stack_depth = static_cast<uint32_t>(sp - f->stack_base()))
    switch (ins.op()) {
    case Op::DELETE_FAST:
        if (!f->localsplus()[oparg]) {
            SAVE_STACK();
            unbound_local(f->code->unit().varnames[oparg]);
            goto error;
        }
        f->localsplus()[oparg].reset();
        break;

    case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL: {
        StrObject* name = f->code->names[oparg];
        DictObject* ns = ins.op() == Op::DELETE_NAME && f->locals ? f->locals.get() : f->globals.get();
        SAVE_STACK();
        int removed = ns->remove(name);
        if (removed < 0) goto error;
        if (removed == 0) {
            raise_name_error(name->view());
            goto error;
        }
        break;
    }

    case Op::CALL_INTRINSIC_1: {
        Val v = POP();
        SAVE_STACK();
        Val r;
        switch (static_cast<compile::Intrinsic1>(oparg)) {
        case compile::Intrinsic1::UnaryPositive:
            r = positive(v);
            break;
        case compile::Intrinsic1::ListToTuple:
            r = new_tuple(as_list(v)->items).into_val();
            break;
        case compile::Intrinsic1::AsyncGenWrap:
            r = async_gen_wrap(std::move(v));
            break;
        case compile::Intrinsic1::StopIterationError:
            r = stop_iteration_error(v, f->code->flags());
            break;
        case compile::Intrinsic1::ImportStar:
            r = import_star(v, f->locals ? f->locals.get() : f->globals.get());
            break;
        default:
            YS_UNREACHABLE();
        }
        if (!r) goto error;
        PUSH(std::move(r));
        break;
    }

    case Op::CALL_INTRINSIC_2: {
        Val arg2 = POP();
        Val arg1 = POP();
        SAVE_STACK();
        Val r;
        switch (static_cast<compile::Intrinsic2>(oparg)) {
        case compile::Intrinsic2::PrepReraiseStar:
            r = prep_reraise_star(arg1, arg2);
            break;
        default:
            YS_UNREACHABLE();
        }
        if (!r) goto error;
        PUSH(std::move(r));
        break;
    }

    case Op::BUILD_SET: {
        auto set = new_set();
        Val* first = sp - oparg;
        SAVE_STACK();
        bool ok = true;
        for (uint32_t i = 0; i < oparg && ok; ++i) ok = set_add(set.get(), first[i]);
        while (sp > first) (--sp)->reset();
        if (!ok) goto error;
        // CPython merges a constant frozenset (built by these same adds) into
        // an empty set, or iterates such a constant itself.
        const compile::CodeUnit& unit = f->code->unit();
        uint32_t at = static_cast<uint32_t>(f->lasti);
        if (oparg > 2 && listed(unit.constant_displays, at)) set->relayout_as_merged();
        else if (listed(unit.constant_frozensets, at)) set->relayout_as_constant();
        PUSH(set.into_val());
        break;
    }

    case Op::SET_UPDATE: {
        Val iterable = POP();
        SAVE_STACK();
        // Table-to-table for sets and dicts, as set_update_internal: the order shows.
        if (!as_set(PEEK(oparg))->update(iterable)) goto error;
        break;
    }

    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: {
        Val update = POP();
        SAVE_STACK();
        if (!merge_into(as_dict(PEEK(oparg)), update, ins.op() == Op::DICT_MERGE, PEEK(oparg + 2))) goto error;
        break;
    }

    case Op::LIST_EXTEND: {
        Val iterable = POP();
        SAVE_STACK();
        int64_t hint = list_length_hint(iterable);
        std::vector<Val> more;
        if (!collect_items(iterable, &more)) goto error;
        auto* list = as_list(PEEK(oparg));
        if (!room_to_grow(list->items, more.size())) goto error;
        for (auto& x : more) list->items.push_back(std::move(x));
        note_list_extend(list, iterable, hint, static_cast<int64_t>(more.size()));
        break;
    }

    case Op::UNPACK_EX: {
        Val seq = POP();
        SAVE_STACK();
        uint32_t before = oparg & 0xFF, after = oparg >> 8;
        std::vector<Val> items;
        if (!type_of(seq)->iter) {
            raise_type_error("cannot unpack non-iterable " + type_of(seq)->name + " object");
            goto error;
        }
        bool hint_known;
        int64_t rest_hint = list_length_hint(seq, &hint_known);
        if (hint_known) rest_hint = std::max<int64_t>(0, rest_hint - before);
        if (!collect_items(seq, &items)) goto error;
        if (items.size() < before + after) {
            raise_value_error("not enough values to unpack (expected at least " + std::to_string(before + after) +
                              ", got " + std::to_string(items.size()) + ")");
            goto error;
        }
        // Pushed last first, so the first target is on top.
        for (uint32_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
        std::vector<Val> middle(items.begin() + before, items.end() - after);
        auto rest = new_list(std::move(middle));
        // CPython lists what the iterator has left (PySequence_List, sized
        // by its length hint), then cuts the last `after` items off.
        int64_t left = static_cast<int64_t>(items.size() - before);
        rest->alloc.clear();
        rest->alloc.extend_iterable(rest_hint, left);
        if (after) rest->alloc.assign_slice(left - after);
        PUSH(rest.into_val());
        for (uint32_t i = before; i-- > 0;) PUSH(items[i]);
        break;
    }

    case Op::DELETE_SUBSCR: {
        Val key = POP();
        Val container = POP();
        SAVE_STACK();
        if (!del_item(container, key)) goto error;
        break;
    }

    case Op::DELETE_ATTR: {
        Val owner = POP();
        SAVE_STACK();
        if (!set_attr(owner, f->code->names[oparg], Value())) goto error;
        break;
    }

    case Op::MAKE_FUNCTION: {
        Val code_value = POP();
        auto fn = make<FunctionObject>(Ref<CodeObject>::borrow(static_cast<CodeObject*>(code_value.get().as_object())),
                                       f->globals);
        fn->builtins = f->builtins;
        if (fn->code->unit().docstring) fn->doc = new_str_val(*fn->code->unit().docstring);
        if (oparg & compile::kFnClosure) fn->closure = as_tuple(POP())->items;
        if (oparg & compile::kFnAnnotations) {
            // ('name', annotation, ...) pairs, as CPython 3.11 passes them.
            Val pairs = POP();
            auto dict = new_dict();
            const auto& items = as_tuple(pairs)->items;
            for (size_t i = 0; i + 1 < items.size(); i += 2) dict->set_str(as_str(items[i]), items[i + 1]);
            fn->annotations = std::move(dict);
        }
        if (oparg & compile::kFnKwDefaults) {
            Val kwdefaults = POP();
            fn->kwdefaults = Ref<DictObject>::borrow(as_dict(kwdefaults));
        }
        if (oparg & compile::kFnDefaults) fn->defaults = as_tuple(POP())->items;
        PUSH(fn.into_val());
        break;
    }

    case Op::LOAD_BUILD_CLASS: {
        Value b = f->builtins->get_str(intern_literal("__build_class__"));
        if (!b) {
            SAVE_STACK();
            raise_name_error("__build_class__");
            goto error;
        }
        PUSH(Val::borrow(b));
        break;
    }

    case Op::MAKE_CELL: {
        Val initial = std::move(f->localsplus()[oparg]);
        f->localsplus()[oparg] = make<CellObject>(std::move(initial)).into_val();
        break;
    }

    case Op::DELETE_DEREF: {
        auto* cell = static_cast<CellObject*>(f->localsplus()[oparg].get().as_object());
        if (!cell->contents) {
            SAVE_STACK();
            unbound_local(f->code->unit().localsplus_names[oparg]);
            goto error;
        }
        cell->contents.reset();
        break;
    }

    case Op::FORMAT_VALUE: {
        Val spec = (oparg & 4) ? POP() : Val();
        Val value = POP();
        SAVE_STACK();
        uint32_t conversion = oparg & 3;
        if (conversion == 1) value = str(value);
        if (conversion == 2) value = repr(value);
        if (conversion == 3) value = object_ascii(value);
        if (!value) goto error;
        Val formatted = spec ? format_value(value, as_str(spec)->view())
                             : (is_str(value) && type_of(value) == types().str ? value : str(value));
        if (!formatted) goto error;
        PUSH(std::move(formatted));
    }
    break;

    case Op::BUILD_STRING: {
        std::string joined;
        for (Val* p = sp - oparg; p < sp; ++p) joined += as_str(*p)->utf8();
        for (uint32_t i = 0; i < oparg; ++i) (--sp)->reset();
        PUSH(new_str_val(std::move(joined)));
    }
    break;

    case Op::BEFORE_WITH:
    case Op::BEFORE_ASYNC_WITH: {
        // [manager] -> [bound __exit__, __enter__() result] (or the async pair's awaitable).
        Val manager = POP();
        SAVE_STACK();
        Val bound_exit;
        Val entered = enter_context(manager, ins.op() == Op::BEFORE_ASYNC_WITH, &bound_exit);
        if (!entered) goto error;
        PUSH(std::move(bound_exit));
        PUSH(std::move(entered));
        break;
    }

    case Op::WITH_EXCEPT_START: {
        // [exit, lasti, prev_exc, exc]
        Value exc = TOP();
        SAVE_STACK();
        auto* e = static_cast<BaseExceptionObject*>(exc.as_object());
        Val args[3] = {Val::borrow(type_of(exc)), Val::borrow(exc), e->traceback ? e->traceback.val() : new_none()};
        Val r = call(PEEK(4), CallArgs{args, 3, nullptr});
        if (!r) goto error;
        PUSH(std::move(r));
        break;
    }

    case Op::CHECK_EG_MATCH: {
        // [exc, type] -> [rest, match]; the handler's part becomes the exception being handled.
        Val match_type = POP();
        Val exc = POP();
        SAVE_STACK();
        Val match, rest;
        if (!exception_group_match(exc, match_type, &match, &rest)) goto error;
        if (!is_none(match)) handled_ = match;
        PUSH(std::move(rest));
        PUSH(std::move(match));
        break;
    }

    case Op::IMPORT_NAME: {
        Val fromlist = POP();
        Val level = POP();
        SAVE_STACK();
        StrObject* name = f->code->names[oparg];
        if (!level.get().is_small_int() || level.get().as_small_int() != 0) {
            raise(exc_types().import_error, "attempted relative import with no known parent package");
            goto error;
        }
        Val module = import_module(name);
        if (!module) goto error;
        size_t dot = name->view().find('.');
        if (is_none(fromlist) && dot != std::string_view::npos) {
            module = import_module(intern(name->view().substr(0, dot)));
            if (!module) goto error;
        }
        PUSH(std::move(module));
        break;
    }

    case Op::IMPORT_FROM: {
        SAVE_STACK();
        StrObject* name = f->code->names[oparg];
        Val attr = get_attr(TOP(), name);
        if (!attr && error_matches(exc_types().attribute_error)) {
            context_.take_error();
            // Maybe a submodule not imported yet: `from collections import abc`.
            Val module_name = get_attr(TOP(), intern_literal("__name__"));
            std::string full = module_name && is_str(module_name) ? as_str(module_name)->utf8() : "?";
            attr = import_module(intern(full + "." + name->utf8()));
            if (!attr) {
                context_.take_error();
                raise(exc_types().import_error,
                      "cannot import name '" + name->utf8() + "' from '" + full + "' (unknown location)");
            }
        }
        if (!attr) goto error;
        PUSH(std::move(attr));
        break;
    }

    case Op::MATCH_SEQUENCE: {
        TypeObject* t = type_of(TOP());
        bool sequence = t->is_subtype_of(types().list) || t->is_subtype_of(types().tuple) ||
                        t->is_subtype_of(types().range) || t->name == "deque";
        PUSH(new_bool(sequence));
        break;
    }

    case Op::MATCH_MAPPING: {
        bool is_mapping = type_of(TOP())->is_subtype_of(types().dict);
        PUSH(new_bool(is_mapping));
        break;
    }

    case Op::GET_LEN: {
        SAVE_STACK();
        int64_t n;
        if (!length(TOP(), &n)) goto error;
        PUSH(new_int(n));
        break;
    }

    case Op::MATCH_KEYS: {
        // [subject, keys] -> [subject, keys, values or None]
        SAVE_STACK();
        std::vector<Val> values;
        bool all = true;
        for (const auto& key : as_tuple(TOP())->items) {
            Val v = get_item(PEEK(2), key);
            if (!v) {
                if (!error_matches(exc_types().key_error)) goto error;
                context_.take_error();
                all = false;
                break;
            }
            values.push_back(std::move(v));
        }
        PUSH(all ? new_tuple(std::move(values)).into_val() : new_none());
        break;
    }

    case Op::MATCH_CLASS: {
        Val names = POP();
        Val cls = POP();
        Val subject = POP();
        SAVE_STACK();
        Val attrs = match_class(subject, cls, oparg, as_tuple(names));
        if (!attrs && context_.has_error()) goto error;
        PUSH(attrs ? std::move(attrs) : new_none());
        break;
    }

    case Op::LOAD_ASSERTION_ERROR:
        PUSH(Val::borrow(exc_types().assertion_error));
        break;

    case Op::SETUP_ANNOTATIONS:
        if (f->locals && !f->locals->get_str(intern_literal("__annotations__")))
            f->locals->set_str(intern_literal("__annotations__"), new_dict().get());
        break;

    case Op::RAISE_VARARGS: {
        SAVE_STACK();
        if (oparg == 0) {
            if (!handled_) {
                raise(exc_types().runtime_error, "No active exception to reraise");
                goto error;
            }
            context_.set_error(handled_);
            goto exception_unwind;
        }
        Val cause = oparg == 2 ? POP() : Val();
        Val exc_value = POP();
        SAVE_STACK();
        Val exc = make_raisable(exc_value);
        if (!exc) goto error;
        if (oparg == 2) {
            auto* e = static_cast<BaseExceptionObject*>(exc.get().as_object());
            if (is_none(cause)) {
                e->cause.reset();
            } else {
                Val c = make_raisable(cause);
                if (!c) {
                    raise_type_error("exception causes must derive from BaseException");
                    goto error;
                }
                e->cause = std::move(c);
            }
            e->suppress_context = true;
        }
        raise_value(std::move(exc));
        goto error;
    }

    case Op::GET_YIELD_FROM_ITER: {
        Value it = TOP();
        if (is_generator_object(it) && as_generator(it)->kind == GenKind::Coroutine) {
            if (!(f->code->flags() & (compile::kCoCoroutine | compile::kCoIterableCoroutine))) {
                SAVE_STACK();
                raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            as_generator(it)->awaited = true;
            break;
        }
        if (is_generator_object(it)) break;
        Val v = POP();
        SAVE_STACK();
        Val iter = get_iter(v);
        if (!iter) goto error;
        PUSH(std::move(iter));
        break;
    }

    case Op::GET_AITER: {
        Val v = POP();
        SAVE_STACK();
        Value method = type_of(v)->lookup(intern_literal("__aiter__"));
        if (!method) {
            raise_type_error("'async for' requires an object with __aiter__ method, got " + type_of(v)->name);
            goto error;
        }
        Val bound = bind_descriptor(method, v, type_of(v));
        Val it = bound ? call0(bound) : Val();
        if (!it) goto error;
        if (!type_of(it)->lookup(intern_literal("__anext__"))) {
            raise_type_error("'async for' received an object from __aiter__ that does not implement __anext__: " +
                             type_of(it)->name);
            goto error;
        }
        PUSH(std::move(it));
        break;
    }

    case Op::GET_ANEXT: {
        SAVE_STACK();
        Value it = TOP();
        Value method = type_of(it)->lookup(intern_literal("__anext__"));
        if (!method) {
            raise_type_error("'async for' requires an iterator with __anext__ method, got " + type_of(it)->name);
            goto error;
        }
        Val bound = bind_descriptor(method, it, type_of(it));
        Val next = bound ? call0(bound) : Val();
        if (!next) goto error;
        Val awaitable = get_awaitable(next, 0);
        if (!awaitable) {
            context_.take_error();
            raise_type_error("'async for' received an invalid object from __anext__: " + type_of(next)->name);
            goto error;
        }
        PUSH(std::move(awaitable));
        break;
    }

    case Op::END_ASYNC_FOR: {
        // [aiter, exc]
        Val exc = POP();
        if (type_of(exc)->is_subtype_of(exc_types().stop_async_iteration)) {
            (--sp)->reset();
            break;
        }
        SAVE_STACK();
        context_.set_error(std::move(exc));
        goto exception_unwind;
    }

    case Op::CLEANUP_THROW: {
        // [sub_iter, last_sent, exc]
        Val exc = POP();
        if (type_of(exc)->is_subtype_of(exc_types().stop_iteration)) {
            Val value = stop_iteration_value(exc);
            (--sp)->reset();
            TOP() = new_none();
            PUSH(std::move(value));
            break;
        }
        SAVE_STACK();
        context_.set_error(std::move(exc));
        goto exception_unwind;
    }

    case Op::UNARY_NEGATIVE:
    case Op::UNARY_INVERT: {
        Val v = POP();
        SAVE_STACK();
        Val r = ins.op() == Op::UNARY_NEGATIVE ? negative(v) : invert(v);
        if (!r) goto error;
        PUSH(std::move(r));
        break;
    }

    case Op::SET_ADD: {
        Val v = POP();
        SAVE_STACK();
        if (!set_add(as_set(PEEK(oparg)), v)) goto error;
        break;
    }

    case Op::MAP_ADD: {
        Val value = POP();
        Val key = POP();
        SAVE_STACK();
        if (!as_dict(PEEK(oparg))->set(key, value)) goto error;
        break;
    }

    case Op::BUILD_SLICE: {
        Val step = oparg == 3 ? POP() : Val();
        Val stop = POP();
        Val start = POP();
        PUSH(new_slice(std::move(start), std::move(stop), std::move(step)));
        break;
    }

    case Op::COPY_FREE_VARS: {
        const auto& closure = f->function->closure;
        size_t first = f->nlocalsplus() - oparg;
        for (uint32_t i = 0; i < oparg; ++i) f->localsplus()[first + i] = closure[i];
        break;
    }

    case Op::PUSH_EXC_INFO: {
        Val exc = POP();
        PUSH(handled_ ? handled_ : new_none());
        handled_ = exc;
        PUSH(std::move(exc));
        ++f->open_handlers;
        break;
    }

    case Op::POP_EXCEPT: {
        Val previous = POP();
        handled_ = is_none(previous) ? Val() : std::move(previous);
        if (f->open_handlers) --f->open_handlers;
        break;
    }

    case Op::CHECK_EXC_MATCH: {
        Val match_type = POP();
        SAVE_STACK();
        int matched = exception_matches(TOP(), match_type);
        if (matched < 0) goto error;
        PUSH(new_bool(matched));
        break;
    }
    default:
        YS_UNREACHABLE();  // run() sends only the instructions above
    }
    SAVE_STACK();
    return ColdResult::Next;
error:
    SAVE_STACK();
    return ColdResult::Error;
exception_unwind:
    SAVE_STACK();
    return ColdResult::Unwind;
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef SAVE_STACK
}

}  // namespace ys::vm
