// The random module: the Random type (Modules/_randommodule.c's generator with
// Lib/random.py's methods, 3.11) and the module functions bound to one shared
// instance, as random._inst. Following the corpus convention, seed(None) and
// Random() mean seed 42, and the module starts seeded with 42.
#include <cmath>
#include <string>
#include <unordered_set>
#include <vector>

#include "objects/abstract.h"
#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"
#include "runtime/random_generator.h"
#include "runtime/random_module.h"
#include "runtime/sha512.h"
#include "util/memory.h"

namespace ys::runtime {

using namespace objects;

namespace {

constexpr int64_t kDefaultSeed = 42;

// ---------------------------------------------------------------- seeding

std::vector<uint32_t> key_words(BigInt n) {
    if (n < 0) n = -n;
    std::vector<uint32_t> key;
    do {
        key.push_back(static_cast<uint32_t>(BigInt(n & 0xffffffffU)));
        n >>= 32;
    } while (n != 0);
    return key;
}

// Lib/random.py's version 1 string seed: a 64-bit hash of the code points
// (of the bytes, read as latin-1, for a bytes seed).
BigInt version1_seed(const std::vector<uint32_t>& chars) {
    uint64_t x = chars.empty() ? 0 : static_cast<uint64_t>(chars[0]) << 7;
    for (uint32_t c : chars) x = (1000003ULL * x) ^ c;
    x ^= static_cast<uint64_t>(chars.size());
    return BigInt(x);
}

// Version 2: int.from_bytes(utf8 + sha512(utf8).digest(), 'big').
BigInt version2_str_seed(std::string_view utf8) {
    BigInt n = 0;
    for (unsigned char c : utf8) n = (n << 8) | c;
    for (uint8_t c : sha512(utf8)) n = (n << 8) | c;
    return n;
}

}  // namespace

RandomObject::RandomObject(TypeObject* t) : Object(t) {}

void RandomObject::traverse(Visitor& v) { visit_val(v, gauss_next); }

bool random_seed_value(RandomObject* r, Value a, int64_t version) {
    BigInt n;
    if (!a || is_none(a)) {
        n = kDefaultSeed;
    } else if (is_int(a)) {
        n = to_bigint(a);
    } else if (is_float(a)) {
        // _randommodule.c seeds other hashables from (size_t)hash(a).
        n = BigInt(static_cast<uint64_t>(float_hash(float_value(a))));
    } else if (is_str(a)) {
        std::vector<uint32_t> chars;
        if (version == 1)
            for (size_t i = 0; i < as_str(a)->length(); ++i) chars.push_back(as_str(a)->at(i));
        n = version == 1 ? version1_seed(chars) : version2_str_seed(as_str(a)->view());
    } else if (is_bytes(a)) {
        std::string_view data = as_bytes(a)->view();
        std::vector<uint32_t> chars;
        for (unsigned char c : data) chars.push_back(c);
        n = version == 1 ? version1_seed(chars) : version2_str_seed(data);
    } else {
        raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return false;
    }
    r->mt.seed_by_array(key_words(n));
    r->gauss_next = nullptr;
    return true;
}

namespace {

RandomObject* as_random(Value v) { return static_cast<RandomObject*>(v.as_object()); }

// getrandbits(k) for k > 0: 32-bit words, least significant first; the last
// word keeps only the top bits it needs.
BigInt random_bits(Mt19937& mt, uint64_t k) {
    if (k <= 32) return BigInt(mt.next_u32() >> (32 - k));
    if (k <= 64) {
        uint64_t lo = mt.next_u32();
        uint64_t hi = mt.next_u32() >> (64 - k);
        return BigInt((hi << 32) | lo);
    }
    BigInt result = 0;
    unsigned shift = 0;
    for (uint64_t left = k; left > 0; left = left > 32 ? left - 32 : 0, shift += 32) {
        uint32_t w = mt.next_u32();
        if (left < 32) w >>= 32 - left;
        result |= BigInt(w) << shift;
    }
    return result;
}

size_t bit_length(const BigInt& n) { return n == 0 ? 0 : boost::multiprecision::msb(n) + 1; }

}  // namespace

BigInt random_below(RandomObject* r, const BigInt& n) {
    // _randbelow_with_getrandbits: k = n.bit_length(), redraw while r >= n.
    size_t k = bit_length(n);
    BigInt x = random_bits(r->mt, k);
    while (x >= n) x = random_bits(r->mt, k);
    return x;
}

double random_double(RandomObject* r) { return r->mt.next_double(); }

namespace {

// ---------------------------------------------------------------- core methods

Val random_seed(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.seed", {"a", "version"}, 0}, args, a)) return nullptr;
    int64_t version = 2;
    if (a[1] && !index_value(a[1], &version)) {
        if (!cx().has_error()) raise_type_error("version must be an integer");
        return nullptr;
    }
    if (!random_seed_value(as_random(self), a[0], version)) return nullptr;
    return new_none();
}

Val random_random(Value self, CallArgs args) {
    if (!check_clinic_positional("Random.random", args, 0, 0)) return nullptr;
    return new_float(random_double(as_random(self)));
}

Val random_getrandbits(Value self, CallArgs args) {
    if (!check_clinic_positional("Random.getrandbits", args, 1, 1)) return nullptr;
    if (!is_int(args[0])) return raise_type_error("'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
    BigInt k = to_bigint(args[0]);
    if (k < 0) return raise_value_error("number of bits must be non-negative");
    if (k == 0) return new_int(0);
    if (k > INT32_MAX) return raise_overflow("Python int too large to convert to C int");
    return new_int(random_bits(as_random(self)->mt, static_cast<uint64_t>(k)));
}

// randbytes(n): getrandbits(n * 8).to_bytes(n, 'little').
Val random_randbytes(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.randbytes", {"n"}, 1}, args, a)) return nullptr;
    if (!is_int(a[0])) return raise_type_error("'" + type_of(a[0])->name + "' object cannot be interpreted as an integer");
    BigInt n = to_bigint(a[0]);
    if (n < 0) return raise_value_error("number of bits must be non-negative");
    if (n * 8 > INT32_MAX) return raise_overflow("Python int too large to convert to C int");
    // The words of getrandbits(8 * n), least significant first, are the bytes in order.
    Mt19937& mt = as_random(self)->mt;
    std::string data;
    for (size_t left = static_cast<size_t>(n) * 8; left > 0;) {
        uint32_t w = mt.next_u32();
        if (left < 32) w >>= 32 - left;
        for (size_t b = 0; b < 4 && b * 8 < left; ++b) data += static_cast<char>((w >> (8 * b)) & 0xff);
        left = left > 32 ? left - 32 : 0;
    }
    return new_bytes(std::move(data)).into_val();
}

Val random_getstate(Value self, CallArgs args) {
    Value none_given[1];
    if (!bind_arguments({"Random.getstate", {}, 0}, args, none_given)) return nullptr;
    RandomObject* r = as_random(self);
    std::vector<Val> words;
    for (uint32_t w : r->mt.state) words.push_back(new_int(static_cast<int64_t>(w)));
    words.push_back(new_int(r->mt.index));
    return new_tuple({new_int(3), new_tuple(std::move(words)).into_val(), r->gauss_next ? r->gauss_next : new_none()})
        .into_val();
}

Val random_setstate(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.setstate", {"state"}, 1}, args, a)) return nullptr;
    Val version = get_item(a[0], new_int(0));
    if (!version) return nullptr;
    int64_t v = 0;
    if (!is_int(version) || !int_to_int64(version, &v) || (v != 2 && v != 3)) {
        std::string text;
        if (!str_text(version, &text)) return nullptr;
        return raise_value_error("state with version " + text + " passed to Random.setstate() of version 3");
    }
    std::vector<Val> parts;
    if (!collect_items(a[0], &parts)) return nullptr;
    if (parts.size() != 3) return raise_value_error("too many values to unpack (expected 3)");
    if (!is_tuple(parts[1])) return raise_type_error("state vector must be a tuple");
    const auto& words = as_tuple(parts[1])->items;
    if (words.size() != Mt19937::kN + 1) return raise_value_error("state vector is the wrong size");
    RandomObject* r = as_random(self);
    Mt19937 mt;
    for (int i = 0; i <= Mt19937::kN; ++i) {
        if (!is_int(words[i])) return raise_type_error("'" + type_of(words[i])->name + "' object cannot be interpreted as an integer");
        BigInt w = to_bigint(words[i]);
        if (v == 2) w = ((w % BigInt(4294967296ULL)) + BigInt(4294967296ULL)) % BigInt(4294967296ULL);
        if (w < 0 || w > BigInt(UINT32_MAX)) return raise_overflow("Python int too large to convert to C unsigned long");
        if (i < Mt19937::kN) mt.state[i] = static_cast<uint32_t>(w);
        else mt.index = static_cast<int>(w);
    }
    if (mt.index < 0 || mt.index > Mt19937::kN) return raise_value_error("invalid state");
    r->mt = mt;
    r->gauss_next = is_none(parts[2]) ? Val() : parts[2];
    return new_none();
}

// ---------------------------------------------------------------- integers

// randrange's argument conversion: _index(x), or int(x) for a deprecated
// integral non-int ("non-integer arg 1 for randrange()" when it is not integral).
bool range_argument(Value v, const char* what, BigInt* out) {
    if (is_int(v)) {
        *out = to_bigint(v);
        return true;
    }
    Val as_int = call1(types().int_, v);
    if (!as_int) return false;
    int same = rich_compare_bool(as_int, v, CompareOp::Eq);
    if (same < 0) return false;
    if (!same) {
        raise_value_error(std::string("non-integer ") + what + " for randrange()");
        return false;
    }
    *out = to_bigint(as_int);
    return true;
}

Val randrange(RandomObject* r, Value start, Value stop, Value step) {
    BigInt istart;
    if (!range_argument(start, "arg 1", &istart)) return nullptr;
    if (!stop || is_none(stop)) {
        if (step && !(step.is_small_int() && step.as_small_int() == 1))
            return raise_type_error("Missing a non-None stop argument");
        if (istart > 0) return new_int(random_below(r, istart));
        return raise_value_error("empty range for randrange()");
    }
    BigInt istop;
    if (!range_argument(stop, "stop", &istop)) return nullptr;
    BigInt width = istop - istart;
    BigInt istep = 1;
    if (step && !range_argument(step, "step", &istep)) return nullptr;
    if (istep == 1) {
        if (width > 0) return new_int(BigInt(istart + random_below(r, width)));
        return raise_value_error("empty range for randrange() (" + bigint_to_decimal(istart) + ", " +
                                 bigint_to_decimal(istop) + ", " + bigint_to_decimal(width) + ")");
    }
    BigInt n;
    if (istep > 0) {
        n = width + istep - 1;
    } else if (istep < 0) {
        n = width + istep + 1;
    } else {
        return raise_value_error("zero step for randrange()");
    }
    // Python's floor division.
    BigInt q = n / istep;
    if ((n % istep != 0) && ((n < 0) != (istep < 0))) q -= 1;
    if (q <= 0) return raise_value_error("empty range for randrange()");
    return new_int(BigInt(istart + istep * random_below(r, q)));
}

Val random_randrange(Value self, CallArgs args) {
    Value a[3];
    if (!bind_arguments({"Random.randrange", {"start", "stop", "step"}, 1}, args, a)) return nullptr;
    return randrange(as_random(self), a[0], a[1], a[2]);
}

Val random_randint(Value self, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"Random.randint", {"a", "b"}, 2}, args, a)) return nullptr;
    Val stop = binary_op(a[1], new_int(1), BinaryOp::Add);
    if (!stop) return nullptr;
    return randrange(as_random(self), a[0], stop, Value());
}

// ---------------------------------------------------------------- sequences

bool sequence_length(Value seq, int64_t* n) {
    if (!type_of(seq)->len) {
        raise_type_error("object of type '" + type_of(seq)->name + "' has no len()");
        return false;
    }
    return length(seq, n);
}

Val random_choice(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.choice", {"seq"}, 1}, args, a)) return nullptr;
    int64_t n;
    if (!sequence_length(a[0], &n)) return nullptr;
    if (n == 0) return raise_index_error("Cannot choose from an empty sequence");
    return get_item(a[0], new_int(random_below(as_random(self), n)));
}

Val random_shuffle(Value self, CallArgs args) {
    Value a[1];
    if (!bind_arguments({"Random.shuffle", {"x"}, 1}, args, a)) return nullptr;
    int64_t n;
    if (!sequence_length(a[0], &n)) return nullptr;
    RandomObject* r = as_random(self);
    for (int64_t i = n - 1; i >= 1; --i) {
        int64_t j = static_cast<int64_t>(random_below(r, i + 1));
        if (is_list(a[0]) && static_cast<int64_t>(as_list(a[0])->items.size()) == n) {
            std::swap(as_list(a[0])->items[i], as_list(a[0])->items[j]);
            continue;
        }
        Val vi = new_int(i), vj = new_int(j);
        Val xj = get_item(a[0], vj);
        if (!xj) return nullptr;
        Val xi = get_item(a[0], vi);
        if (!xi) return nullptr;
        if (!set_item(a[0], vi, xj) || !set_item(a[0], vj, xi)) return nullptr;
    }
    return new_none();
}

// bisect.bisect_right(a, x, lo, hi) on any sequence.
bool bisect_right(Value a, Value x, int64_t lo, int64_t hi, int64_t* out) {
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        Val item = get_item(a, new_int(mid));
        if (!item) return false;
        int less = rich_compare_bool(x, item, CompareOp::Lt);
        if (less < 0) return false;
        if (less) hi = mid;
        else lo = mid + 1;
    }
    *out = lo;
    return true;
}

// itertools.accumulate(values) collected into a list.
bool running_totals(Value values, std::vector<Val>* out) {
    Val it = get_iter(values);
    if (!it) return false;
    Val total;
    while (Val item = iter_next(it)) {
        total = total ? binary_op(total, item, BinaryOp::Add) : item;
        if (!total) return false;
        out->push_back(total);
    }
    return !cx().has_error();
}

bool is_sequence(Value v) {
    const BuiltinTypes& t = types();
    TypeObject* type = type_of(v);
    for (TypeObject* s : {t.list, t.tuple, t.str, t.range, t.bytes})
        if (s && type->is_subtype_of(s)) return true;
    return false;
}

Val sample(RandomObject* r, Value population, Value kv, Value counts);

// sample(population, k, *, counts=None) with counts: a sample of range(total)
// mapped back through the running totals.
Val sample_with_counts(RandomObject* r, Value population, int64_t n, Value kv, Value counts) {
    std::vector<Val> cum;
    if (!running_totals(counts, &cum)) return nullptr;
    if (static_cast<int64_t>(cum.size()) != n) return raise_value_error("The number of counts does not match the population");
    if (cum.empty()) return raise_index_error("pop from empty list");
    Val total = std::move(cum.back());
    cum.pop_back();
    if (!is_int(total)) return raise_type_error("Counts must be integers");
    if (to_bigint(total) <= 0) return raise_value_error("Total of counts must be greater than zero");
    Val range = call1(types().range, total);
    if (!range) return nullptr;
    Val selections = sample(r, range, kv, Value());
    if (!selections) return nullptr;
    auto cum_list = new_list(std::move(cum));
    std::vector<Val> result;
    for (const Val& s : as_list(selections)->items) {
        int64_t index;
        if (!bisect_right(cum_list.get(), s, 0, static_cast<int64_t>(cum_list->items.size()), &index)) return nullptr;
        Val item = get_item(population, new_int(index));
        if (!item) return nullptr;
        result.push_back(std::move(item));
    }
    return new_appended_list(std::move(result)).into_val();  // CPython's is a comprehension
}

Val sample(RandomObject* r, Value population, Value kv, Value counts) {
    if (!is_sequence(population))
        return raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n;
    if (!length(population, &n)) return nullptr;
    if (counts && !is_none(counts)) return sample_with_counts(r, population, n, kv, counts);
    int64_t k;
    if (!index_value(kv, &k)) {
        if (cx().has_error()) return nullptr;
        return raise_type_error("'" + type_of(kv)->name + "' object cannot be interpreted as an integer");
    }
    if (k < 0 || k > n) return raise_value_error("Sample larger than population or is negative");
    std::vector<Val> result;
    result.reserve(k);
    // A pool when the population is small, a set of chosen indices otherwise;
    // CPython's threshold compares list and set memory sizes.
    int64_t setsize = 21;
    if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
    if (n <= setsize) {
        std::vector<Val> pool;
        if (!collect_items(population, &pool)) return nullptr;
        for (int64_t i = 0; i < k; ++i) {
            auto j = static_cast<int64_t>(random_below(r, n - i));
            result.push_back(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        std::unordered_set<int64_t> selected;
        for (int64_t i = 0; i < k; ++i) {
            auto j = static_cast<int64_t>(random_below(r, n));
            while (selected.count(j)) j = static_cast<int64_t>(random_below(r, n));
            selected.insert(j);
            Val item = get_item(population, new_int(j));
            if (!item) return nullptr;
            result.push_back(std::move(item));
        }
    }
    return new_list(std::move(result)).into_val();  // CPython's is [None] * k, filled in
}

Val random_sample(Value self, CallArgs args) {
    Value a[3];
    if (!bind_arguments({"Random.sample", {"population", "k"}, 2, {"counts"}}, args, a)) return nullptr;
    return sample(as_random(self), a[0], a[1], a[2]);
}

Val random_choices(Value self, CallArgs args) {
    Value a[4];
    if (!bind_arguments({"Random.choices", {"population", "weights"}, 1, {"cum_weights", "k"}}, args, a))
        return nullptr;
    RandomObject* r = as_random(self);
    Value population = a[0], weights = a[1] && !is_none(a[1]) ? a[1] : Value();
    Value cum_arg = a[2] && !is_none(a[2]) ? a[2] : Value();
    Val kv = a[3] ? Val::borrow(a[3]) : new_int(1);
    int64_t n;
    if (!sequence_length(population, &n)) return nullptr;
    int64_t k;
    auto read_k = [&]() {
        if (index_value(kv, &k)) return true;
        if (!cx().has_error())
            raise_type_error("'" + type_of(kv)->name + "' object cannot be interpreted as an integer");
        return false;
    };
    std::vector<Val> result;
    if (!cum_arg && !weights) {
        if (!read_k()) return nullptr;
        double total = static_cast<double>(n);
        for (int64_t i = 0; i < k; ++i) {
            Val item = get_item(population, new_int(BigInt(std::floor(random_double(r) * total))));
            if (!item) return nullptr;
            result.push_back(std::move(item));
        }
        return new_appended_list(std::move(result)).into_val();  // CPython's is a comprehension
    }
    Val cum;
    if (!cum_arg) {
        std::vector<Val> totals;
        if (!running_totals(weights, &totals)) {
            if (is_int(weights) && error_matches(exc_types().type_error)) {
                cx().take_error();
                return raise_type_error("The number of choices must be a keyword argument: k=" + int_to_decimal(weights));
            }
            return nullptr;
        }
        cum = new_list(std::move(totals)).into_val();
    } else if (weights) {
        return raise_type_error("Cannot specify both weights and cumulative weights");
    } else {
        cum = Val::borrow(cum_arg);
    }
    int64_t m;
    if (!sequence_length(cum, &m)) return nullptr;
    if (m != n) return raise_value_error("The number of weights does not match the population");
    Val last = get_item(cum, new_int(-1));
    if (!last) return nullptr;
    Val total = binary_op(last, new_float(0.0), BinaryOp::Add);
    if (!total) return nullptr;
    int nonpositive = rich_compare_bool(total, new_float(0.0), CompareOp::Le);
    if (nonpositive < 0) return nullptr;
    if (nonpositive) return raise_value_error("Total of weights must be greater than zero");
    double t;
    if (!real_argument(total, &t)) return nullptr;
    if (!std::isfinite(t)) return raise_value_error("Total of weights must be finite");
    if (!read_k()) return nullptr;
    for (int64_t i = 0; i < k; ++i) {
        Val x = binary_op(new_float(random_double(r)), total, BinaryOp::Multiply);
        if (!x) return nullptr;
        int64_t index;
        if (!bisect_right(cum, x, 0, n - 1, &index)) return nullptr;
        Val item = get_item(population, new_int(index));
        if (!item) return nullptr;
        result.push_back(std::move(item));
    }
    return new_appended_list(std::move(result)).into_val();  // CPython's is a comprehension
}

}  // namespace

// ---------------------------------------------------------------- the type and the module

TypeObject* random_type() {
    static TypeObject* t = util::uncounted([] {
        TypeObject* type = define_native_type("Random", "random");
        type->construct = [](Value, CallArgs args) -> Val {
            Value a[1];
            if (!bind_arguments({"Random.__init__", {"x"}, 0}, args, a)) return nullptr;
            auto r = make<RandomObject>(random_type());
            if (!random_seed_value(r.get(), a[0], 2)) return nullptr;
            return r.into_val();
        };
        struct Entry {
            const char* name;
            NativeFunction fn;
        };
        static const Entry methods[] = {
            {"seed", random_seed},         {"random", random_random},       {"getrandbits", random_getrandbits},
            {"getstate", random_getstate}, {"setstate", random_setstate},   {"randrange", random_randrange},
            {"randint", random_randint},   {"choice", random_choice},       {"shuffle", random_shuffle},
            {"sample", random_sample},     {"choices", random_choices},     {"randbytes", random_randbytes},
        };
        for (const auto& m : methods) add_method(type, m.name, m.fn);
        add_distribution_methods(type);
        return type;
    });
    return t;
}

Ref<ModuleObject> make_random_module() {
    auto m = new_module("random");
    DictObject* d = m->dict.get();
    auto inst = make<RandomObject>(random_type());
    if (!random_seed_value(inst.get(), Value(), 2)) return nullptr;
    // The module functions are the shared instance's bound methods.
    for (const auto& e : random_type()->dict->entries()) {
        if (!e.key || !is_unbound_method(e.value)) continue;
        auto* method = static_cast<BuiltinFunctionObject*>(e.value.get().as_object());
        d->set_str(as_str(e.key), new_builtin(method->name, method->fn, inst.val()).get());
    }
    d->set_str(intern_literal("Random"), random_type());
    d->set_str(intern_literal("_inst"), inst.get());
    return m;
}

}  // namespace ys::runtime
