// The fields of asyncio.Future and asyncio.Task as the C++ core reads them:
// the names of runtime/pylib's __slots__ (asyncio__futures.py,
// asyncio__tasks.py), where CPython's C Future and Task keep C struct members.
//
// A field is named by the enum, not by its text: the core reads a few fields
// on every step of every task, and finding a slot by name (intern the text,
// then compare it with each of a Task's seventeen slot names) was a tenth of
// the asyncio benchmarks' instructions.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/object.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ys::aio {

// In slot order: Future's fields, then the ones Task adds, each class's
// sorted by name as CPython (and install_slots) lays out a class's own
// __slots__. A class lays out its bases' slots first, so in every subclass of
// Future (Task included) a Future field's slot index is its place here, and
// in every subclass of Task a Task field's is too.
enum class Field : uint8_t {
    AsyncioFutureBlocking,
    Callback0,
    CancelMessage,
    CancelledExc,
    Context0,
    Exception,
    LogTraceback,
    Loop,
    MoreCallbacks,
    Result,
    SourceTraceback,
    State,
    // Task's own
    Context,
    Coro,
    FutWaiter,
    LogDestroyPending,
    MustCancel,
    Name,
    NumCancelsRequested,
};
constexpr size_t kFieldCount = static_cast<size_t>(Field::NumCancelsRequested) + 1;

// The values of a future's `_state` (base_futures.py's _PENDING and friends).
enum class FutureState : uint8_t { Pending, Cancelled, Finished };

// The interned names, made the first time they are asked for.
struct FieldNames {
    objects::StrObject* fields[kFieldCount];
    objects::StrObject* states[3];
};
FieldNames intern_field_names();
inline const FieldNames& field_names() {
    static const FieldNames names = intern_field_names();
    return names;
}

// The field's attribute name ("_state").
inline objects::StrObject* field_name(Field f) { return field_names().fields[static_cast<size_t>(f)]; }
// "PENDING", "CANCELLED" or "FINISHED".
inline objects::StrObject* state_name(FutureState s) { return field_names().states[static_cast<size_t>(s)]; }

// The index of field `f` among the slots of obj's class, or -1 for an object
// without that slot. Where Future and Task put it, checked with one
// comparison; a class that has a slot of that name elsewhere (no subclass of
// Future) is searched.
YS_ALWAYS_INLINE int64_t field_index(objects::Value obj, Field f) {
    if (!obj.is_object()) return -1;
    const objects::TypeObject* t = objects::type_of(obj);
    if (!t->slot_array) return -1;
    auto expected = static_cast<size_t>(f);
    objects::StrObject* name = field_name(f);
    if (expected < t->slot_names.size() && t->slot_names[expected].get() == objects::Value(name))
        return static_cast<int64_t>(expected);
    return objects::slot_index(t, name);
}

// A future's `_state` is `s`. The core stores the interned names, so the
// address usually answers; Python code may store an equal str of its own.
inline bool state_is(objects::Value state, FutureState s) {
    objects::StrObject* name = state_name(s);
    return state == objects::Value(name) || (objects::is_str(state) && objects::as_str(state)->view() == name->view());
}

}  // namespace ys::aio
