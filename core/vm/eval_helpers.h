// Helpers of the eval loop's instructions (eval_helpers.cpp), shared by the
// loop (eval.cpp) and the instructions it runs out of line (cold_ops.cpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/object.h"
#include "objects/tuple.h"

namespace ys::vm {

// Helpers the loop calls are kept out of it. The compiler would inline a
// helper called once into run() whatever its size; in wasm that made the loop
// so large that V8 gave it its simpler register allocator, which costs every
// instruction (docs/performance.md). YS_COLD marks error paths and rare
// instructions, YS_OUT_OF_LINE helpers merely not worth inlining.
#define YS_COLD [[gnu::noinline, gnu::cold]]
#define YS_OUT_OF_LINE [[gnu::noinline]]

// The message CPython gives for a name that is bound nowhere.
objects::Val unbound_local(const std::string& name);

// StopIteration(value).value, None if it has no arguments.
objects::Val stop_iteration_value(objects::Value exc);

// GET_AWAITABLE: coroutines, @types.coroutine generators, or what __await__ returns.
objects::Val get_awaitable(objects::Value v, uint32_t where);

// `except T:` matching: 1, 0, or -1 with TypeError set (T must be exception classes).
int exception_matches(objects::Value exc, objects::Value match_type);

// `raise X`: X itself if an exception instance, X() if an exception class;
// null with an error set otherwise (TypeError, or what X() raised).
objects::Val make_raisable(objects::Value v);

// DICT_MERGE / DICT_UPDATE of `update` into `target` (`function` names the
// callee in DICT_MERGE's duplicate-keyword error); false with an error set.
bool merge_into(objects::DictObject* target, objects::Value update, bool reject_duplicates, objects::Value function);

// MATCH_CLASS: the attributes a class pattern binds (a tuple), or null: with
// no exception pending when the subject does not match.
objects::Val match_class(objects::Value subject, objects::Value cls, uint32_t npositional, objects::TupleObject* names);

// BEFORE_WITH / BEFORE_ASYNC_WITH: what __enter__/__aenter__ returned, with the
// bound __exit__/__aexit__ in *bound_exit; null with an error set.
objects::Val enter_context(objects::Value manager, bool is_async, objects::Val* bound_exit);

// `from module import *` into `target`: None, or null with an error set.
objects::Val import_star(objects::Value module, objects::DictObject* target);

// PEP 479 (CALL_INTRINSIC_1 STOPITERATION_ERROR): for a StopIteration (or an
// async generator's StopAsyncIteration) leaving the body of code with `flags`,
// the RuntimeError that replaces it; any other exception as it is.
objects::Val stop_iteration_error(objects::Value exc, uint32_t flags);

// Whether instruction `index` is listed in one of CodeUnit's sorted index
// vectors (constant_displays, constant_frozensets, appended_displays ...).
inline bool listed(const std::vector<uint32_t>& at, uint32_t index) {
    return !at.empty() && std::binary_search(at.begin(), at.end(), index);
}

}  // namespace ys::vm
