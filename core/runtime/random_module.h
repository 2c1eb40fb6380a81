// The random module's Random objects, shared by random_module.cpp (seeding,
// integers, sequences) and random_distributions.cpp (the real-valued
// distributions of Lib/random.py).
#pragma once

#include "objects/int.h"
#include "objects/object.h"
#include "objects/type.h"
#include "runtime/random_generator.h"

namespace ys::runtime {

class RandomObject : public objects::Object {
public:
    explicit RandomObject(objects::TypeObject* t);
    void traverse(objects::Visitor& v) override;
    Mt19937 mt;
    objects::Val gauss_next;  // gauss()'s second value, kept for the next call; null for None
};

objects::TypeObject* random_type();
// Random.seed(a, version): None means 42 here; false with TypeError for other types.
[[nodiscard]] bool random_seed_value(RandomObject* r, objects::Value a, int64_t version);
double random_double(RandomObject* r);
// _randbelow(n) for n > 0.
objects::BigInt random_below(RandomObject* r, const objects::BigInt& n);
void add_distribution_methods(objects::TypeObject* random);

}  // namespace ys::runtime
