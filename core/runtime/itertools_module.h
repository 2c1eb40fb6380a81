// The itertools module is split over three files (Modules/itertoolsmodule.c
// in one piece upstream): the plain iterators (itertools_module.cpp), groupby
// and tee whose objects share state (itertools_shared.cpp), and the
// combinatoric iterators (itertools_combinatorics.cpp).
#pragma once

#include "objects/dict.h"
#include "objects/type.h"

namespace ys::runtime {

// An iterator type of the itertools module: iter(x) is x, next(x) is `next`.
objects::TypeObject* define_itertools_type(const char* name, objects::CallSlot construct, objects::UnarySlot next);

// Each file adds its types to the module's namespace.
void add_shared_iterators(objects::DictObject* module);
void add_combinatoric_iterators(objects::DictObject* module);

}  // namespace ys::runtime
