// Weak references (Objects/weakrefobject.c): weakref.ref objects that do not
// keep their referent alive. A session keeps, per referent, the list of its
// weak references; when the referent is freed they go dead and their
// callbacks run, newest first, as CPython's PyObject_ClearWeakRefs does.
#pragma once

#include <vector>

#include "objects/object.h"
#include "objects/type.h"

namespace ys::objects {

// weakref.ref(obj, callback=None); the existing plain reference is reused
// when there is no callback. Null with a TypeError for objects that cannot be
// weakly referenced (ints, strings, tuples, lists, dicts ...).
[[nodiscard]] Val new_weakref(Value obj, Value callback);

// The referent of a weak reference, or null when it died.
Object* weakref_target(Value ref);

// How many weak references point at `o`, and the references themselves.
size_t weakref_count(const Object* o);
void weakrefs_of(const Object* o, std::vector<Val>* out);

// Called as `o` is freed: every weak reference to it goes dead, then the
// callbacks run.
void clear_weakrefs(Object* o);

// For the cycle collector (gc.cpp, CPython's handle_weakrefs): whether `o`
// is a weak reference; making reference `r` dead without ever running its
// callback; making every reference to `o` dead and handing over (held) those
// with a callback, in the order their callbacks run; running the callback of
// a dead reference, an exception reported as unraisable.
bool is_weakref(const Object* o);
void weakref_kill(Object* r);
void weakref_detach_all(Object* o, std::vector<Val>* with_callbacks);
void weakref_run_callback(Value r);

TypeObject* weakref_type();
void init_weakref_type(TypeObject* type_type, TypeObject* object_type);

}  // namespace ys::objects
