// What the eval loop (eval.cpp) and the instructions it runs out of line
// (cold_ops.cpp) share.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include "objects/code.h"
#include "objects/frame.h"
#include "objects/object.h"

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

// A list or set display CPython builds from one constant (CodeUnit::constant_displays).
inline bool is_constant_display(const objects::FrameObject* f, uint32_t index) {
    const auto& at = f->code->unit().constant_displays;
    return !at.empty() && std::binary_search(at.begin(), at.end(), index);
}

}  // namespace ys::vm
