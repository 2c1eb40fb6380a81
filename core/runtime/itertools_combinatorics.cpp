// The combinatoric iterators of itertools (Modules/itertoolsmodule.c):
// product, permutations, combinations and combinations_with_replacement. Each
// reads its inputs into tuples when made, then steps an index vector exactly
// as CPython does, so the order of the results is CPython's.
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/itertools_module.h"
#include "runtime/module_support.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

enum class Kind { Product, Permutations, Combinations, CombinationsWithReplacement };

class CombinatoricObject : public Object {
public:
    CombinatoricObject(TypeObject* t, Kind k, std::vector<std::vector<Val>> p, size_t r)
        : Object(t), kind(k), pools(std::move(p)), r(r) {}
    void traverse(Visitor& v) override {
        for (auto& pool : pools)
            for (auto& x : pool) visit_val(v, x);
    }
    const Kind kind;
    // product: one pool per (repeated) iterable; the others: a single pool.
    std::vector<std::vector<Val>> pools;
    size_t r;  // the length of each result
    std::vector<size_t> indices;
    std::vector<size_t> cycles;  // permutations only
    bool started = false;
    bool stopped = false;
};

TypeObject* product_type();
TypeObject* permutations_type();
TypeObject* combinations_type();
TypeObject* cwr_type();

CombinatoricObject* as_comb(Value v) { return static_cast<CombinatoricObject*>(v.as_object()); }

Val product_construct(Value, CallArgs args) {
    size_t npos = args.positional_count();
    int64_t repeat = 1;
    if (args.keyword_count() > 1)
        return raise_type_error("product() takes at most 1 keyword argument (" + std::to_string(args.keyword_count()) +
                                " given)");
    if (args.keyword_count() == 1) {
        auto key = as_str(args.kwnames->items[0])->view();
        if (key != "repeat")
            return raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for product()");
        if (!index_argument(args[npos], &repeat)) return nullptr;
        if (repeat < 0) return raise_value_error("repeat argument cannot be negative");
    }
    std::vector<std::vector<Val>> pools;
    for (size_t i = 0; i < npos; ++i) {
        std::vector<Val> pool;
        if (!collect_items(args[i], &pool)) return nullptr;
        pools.push_back(std::move(pool));
    }
    std::vector<std::vector<Val>> repeated;
    for (int64_t k = 0; k < repeat; ++k)
        for (auto& pool : pools) repeated.push_back(pool);
    size_t r = repeated.size();
    return make<CombinatoricObject>(product_type(), Kind::Product, std::move(repeated), r).into_val();
}

// (iterable, r) of permutations and the combinations; r optional for permutations.
Val single_pool_construct(const char* name, TypeObject* type, Kind kind, CallArgs args, bool r_optional) {
    Value a[2];
    if (!unpack_arguments(name, args, {"iterable", "r"}, r_optional ? 1 : 2, a)) return nullptr;
    std::vector<Val> pool;
    if (!collect_items(a[0], &pool)) return nullptr;
    int64_t r = static_cast<int64_t>(pool.size());
    if (a[1] && !(r_optional && is_none(a[1]))) {
        if (r_optional && !is_int(a[1])) return raise_type_error("Expected int as r");
        if (!index_argument(a[1], &r)) return nullptr;
    }
    if (r < 0) return raise_value_error("r must be non-negative");
    std::vector<std::vector<Val>> pools;
    pools.push_back(std::move(pool));
    return make<CombinatoricObject>(type, kind, std::move(pools), static_cast<size_t>(r)).into_val();
}

Val permutations_construct(Value, CallArgs args) {
    return single_pool_construct("permutations", permutations_type(), Kind::Permutations, args, true);
}
Val combinations_construct(Value, CallArgs args) {
    return single_pool_construct("combinations", combinations_type(), Kind::Combinations, args, false);
}
Val cwr_construct(Value, CallArgs args) {
    return single_pool_construct("combinations_with_replacement", cwr_type(), Kind::CombinationsWithReplacement, args,
                                 false);
}

// Sets up the first result's indices; false when there is no result at all.
bool start(CombinatoricObject* c) {
    size_t n = c->pools.empty() ? 0 : c->pools[0].size();
    switch (c->kind) {
        case Kind::Product:
            for (auto& pool : c->pools)
                if (pool.empty()) return false;
            c->indices.assign(c->pools.size(), 0);
            return true;
        case Kind::Permutations:
            if (c->r > n) return false;
            for (size_t i = 0; i < n; ++i) c->indices.push_back(i);
            for (size_t i = 0; i < c->r; ++i) c->cycles.push_back(n - i);
            return true;
        case Kind::Combinations:
            if (c->r > n) return false;
            for (size_t i = 0; i < c->r; ++i) c->indices.push_back(i);
            return true;
        case Kind::CombinationsWithReplacement:
            if (n == 0 && c->r > 0) return false;
            c->indices.assign(c->r, 0);
            return true;
    }
    return false;
}

// Moves the indices to the next result; false when the last one was reached.
bool advance(CombinatoricObject* c) {
    size_t n = c->pools.empty() ? 0 : c->pools[0].size();
    auto& idx = c->indices;
    const size_t r = c->r;
    switch (c->kind) {
        case Kind::Product:
            // The rightmost index that can move moves; those after it restart.
            for (size_t i = c->pools.size(); i-- > 0;) {
                if (++idx[i] < c->pools[i].size()) return true;
                idx[i] = 0;
            }
            return false;
        case Kind::Permutations:
            if (n == 0) return false;
            for (size_t i = r; i-- > 0;) {
                if (--c->cycles[i] == 0) {
                    size_t first = idx[i];
                    for (size_t j = i; j + 1 < n; ++j) idx[j] = idx[j + 1];
                    idx[n - 1] = first;
                    c->cycles[i] = n - i;
                } else {
                    std::swap(idx[i], idx[n - c->cycles[i]]);
                    return true;
                }
            }
            return false;
        case Kind::Combinations: {
            size_t i = r;
            while (i > 0 && idx[i - 1] == i - 1 + n - r) --i;
            if (i == 0) return false;
            ++idx[i - 1];
            for (size_t j = i; j < r; ++j) idx[j] = idx[j - 1] + 1;
            return true;
        }
        case Kind::CombinationsWithReplacement: {
            size_t i = r;
            while (i > 0 && idx[i - 1] == n - 1) --i;
            if (i == 0) return false;
            size_t next = idx[i - 1] + 1;
            for (size_t j = i - 1; j < r; ++j) idx[j] = next;
            return true;
        }
    }
    return false;
}

Val combinatoric_next(Value v) {
    CombinatoricObject* c = as_comb(v);
    if (c->stopped) return nullptr;
    bool ok = c->started ? advance(c) : start(c);
    c->started = true;
    if (!ok) {
        c->stopped = true;
        return nullptr;
    }
    std::vector<Val> result;
    for (size_t i = 0; i < c->r; ++i) {
        const auto& pool = c->kind == Kind::Product ? c->pools[i] : c->pools[0];
        result.push_back(pool[c->indices[i]]);
    }
    return new_tuple(std::move(result)).into_val();
}

TypeObject* product_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("product", product_construct, combinatoric_next); });
    return t;
}
TypeObject* permutations_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("permutations", permutations_construct, combinatoric_next); });
    return t;
}
TypeObject* combinations_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("combinations", combinations_construct, combinatoric_next); });
    return t;
}
TypeObject* cwr_type() {
    static TypeObject* t = util::uncounted(
        [] { return define_itertools_type("combinations_with_replacement", cwr_construct, combinatoric_next); });
    return t;
}

}  // namespace

void add_combinatoric_iterators(DictObject* module) {
    for (TypeObject* t : {product_type(), permutations_type(), combinations_type(), cwr_type()})
        module->set_str(intern(t->name), t);
}

}  // namespace ys::runtime
