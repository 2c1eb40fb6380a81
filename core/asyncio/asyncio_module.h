// The asyncio layer's entry point: makes its native module importable.
#pragma once

namespace ys::aio {

// Adds _asyncio_core to the native module table (once per process).
void register_asyncio_modules();

}  // namespace ys::aio
