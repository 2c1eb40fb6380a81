// __sizeof__ and sys.getsizeof with CPython 3.11's answers (see sizeof.h):
// object___sizeof__ (Objects/typeobject.c), int___sizeof__, unicode_sizeof,
// list___sizeof__, dict_sizeof, set_sizeof, type___sizeof__, gen_sizeof,
// frame_sizeof, code_sizeof, and the layouts type_new gives classes.
#include "objects/sizeof.h"

#include <bit>
#include <string>
#include <unordered_map>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/utf8.h"
#include "util/memory.h"

namespace ys::objects {

namespace {

constexpr int64_t kPointer = 8;
constexpr int64_t kGcHead = 16;            // sizeof(PyGC_Head)
constexpr int64_t kStaticType = 408;       // sizeof(PyTypeObject)
constexpr int64_t kHeapType = 904;         // sizeof(PyHeapTypeObject)
constexpr int64_t kClassCachedKeys = 768;  // a class's shared instance keys: 64 slots, 42 str entries
constexpr int64_t kGenHeader = 152;        // offsetof(PyGenObject, gi_iframe) + the frame's fixed part
constexpr int64_t kFrameHeader = 120;      // the same for a frame object

// tp_basicsize, tp_itemsize and flags of CPython's built-in types, by
// "module.name". Types missing here take their base's layout.
const std::unordered_map<std::string, CTypeLayout>& builtin_layouts() {
    // Shared by every session: made uncounted (util/memory.h).
    static const auto* table = util::uncounted([] {
        auto* m = new std::unordered_map<std::string, CTypeLayout>;
        auto add = [&](const char* name, int64_t basic, int64_t item, bool gc, bool dict = false, bool weak = false,
                       bool managed = false) { (*m)[name] = CTypeLayout{basic, item, gc, dict, managed, weak}; };
        add("builtins.object", 16, 0, false);
        add("builtins.type", 904, 40, true, true, true);
        add("builtins.NoneType", 16, 0, false);
        add("builtins.NotImplementedType", 16, 0, false);
        add("builtins.ellipsis", 16, 0, false);
        add("builtins.int", 24, 4, false);
        add("builtins.bool", 32, 4, false);
        add("builtins.float", 24, 0, false);
        add("builtins.complex", 32, 0, false);
        add("builtins.str", 80, 0, false);
        add("builtins.str_ascii_iterator", 32, 0, true);
        add("builtins.str_iterator", 32, 0, true);
        add("builtins.bytes", 33, 1, false);
        add("builtins.bytes_iterator", 32, 0, true);
        add("builtins.bytearray", 56, 0, false);
        add("builtins.list", 40, 0, true);
        add("builtins.list_iterator", 32, 0, true);
        add("builtins.list_reverseiterator", 32, 0, true);
        add("builtins.tuple", 24, 8, true);
        add("builtins.tuple_iterator", 32, 0, true);
        add("builtins.dict", 48, 0, true);
        for (const char* view : {"builtins.dict_keys", "builtins.dict_values", "builtins.dict_items"}) add(view, 24, 0, true);
        for (const char* it : {"builtins.dict_keyiterator", "builtins.dict_valueiterator", "builtins.dict_itemiterator",
                               "builtins.dict_reversekeyiterator", "builtins.dict_reversevalueiterator",
                               "builtins.dict_reverseitemiterator"})
            add(it, 56, 0, true);
        add("builtins.set", 200, 0, true, false, true);
        add("builtins.frozenset", 200, 0, true, false, true);
        add("builtins.set_iterator", 48, 0, true);
        add("builtins.range", 48, 0, false);
        add("builtins.range_iterator", 48, 0, false);
        add("builtins.function", 136, 0, true, true, true);
        add("builtins.builtin_function_or_method", 56, 0, true, false, true);
        add("builtins.method", 48, 0, true, false, true);
        add("builtins.code", 184, 2, false, false, true);
        add("builtins.frame", 120, 8, true);
        add("builtins.module", 56, 0, true, true, true);
        add("builtins.cell", 24, 0, true);
        add("builtins.traceback", 40, 0, true);
        add("builtins.slice", 40, 0, true);
        for (const char* gen : {"builtins.generator", "builtins.coroutine", "builtins.async_generator"})
            add(gen, 152, 8, true, false, true);
        add("builtins.coroutine_wrapper", 24, 0, true);
        add("builtins.async_generator_asend", 40, 0, true);
        add("builtins.async_generator_athrow", 40, 0, true);
        add("builtins.property", 64, 0, true);
        add("builtins.staticmethod", 32, 0, true, true);
        add("builtins.classmethod", 32, 0, true, true);
        add("builtins.super", 40, 0, true);
        add("builtins.mappingproxy", 24, 0, true);
        add("builtins.getset_descriptor", 48, 0, true);
        add("builtins.enumerate", 56, 0, true);
        add("builtins.zip", 48, 0, true);
        add("builtins.map", 32, 0, true);
        add("builtins.filter", 32, 0, true);
        add("builtins.reversed", 32, 0, true);
        add("builtins.iterator", 32, 0, true);
        add("builtins.callable_iterator", 32, 0, true);
        add("types.GenericAlias", 64, 0, true, false, true);
        add("types.SimpleNamespace", 24, 0, true, true);
        add("_io.TextIOWrapper", 192, 0, true, true, true);
        add("weakref.ReferenceType", 64, 0, true);
        add("random.Random", 2528, 0, true, true, true, true);
        add("collections.deque", 216, 0, true, false, true);
        add("collections.defaultdict", 56, 0, true);
        add("collections.OrderedDict", 112, 0, true, true, true);
        add("functools.partial", 64, 0, true, true, true);
        add("operator.itemgetter", 48, 0, true);
        add("operator.attrgetter", 40, 0, true);
        add("operator.methodcaller", 40, 0, true);
        for (auto [name, size] : std::initializer_list<std::pair<const char*, int64_t>>{
                 {"itertools.count", 40}, {"itertools.chain", 32}, {"itertools.repeat", 32}, {"itertools.islice", 56},
                 {"itertools.cycle", 48}, {"itertools.product", 48}, {"itertools.permutations", 64},
                 {"itertools.combinations", 56}, {"itertools.combinations_with_replacement", 56},
                 {"itertools.accumulate", 48}, {"itertools.starmap", 32}, {"itertools.zip_longest", 56},
                 {"itertools.groupby", 64}, {"itertools._grouper", 32}, {"itertools.takewhile", 40},
                 {"itertools.dropwhile", 40}, {"itertools.compress", 32}, {"itertools.filterfalse", 32},
                 {"itertools.pairwise", 32}, {"itertools._tee", 40}, {"itertools._tee_dataobject", 496}})
            add(name, size, 0, true);
        // Exceptions: every one has a __dict__; these add fields to BaseException's.
        for (auto [name, size] : std::initializer_list<std::pair<const char*, int64_t>>{
                 {"builtins.BaseException", 72}, {"builtins.AttributeError", 88}, {"builtins.BaseExceptionGroup", 88},
                 {"builtins.ImportError", 96}, {"builtins.NameError", 80}, {"builtins.OSError", 112},
                 {"builtins.StopIteration", 80}, {"builtins.SyntaxError", 136}, {"builtins.SystemExit", 80},
                 {"builtins.UnicodeDecodeError", 112}, {"builtins.UnicodeEncodeError", 112},
                 {"builtins.UnicodeTranslateError", 112}})
            add(name, size, 0, true, true);
        add("builtins.ExceptionGroup", 96, 0, true, true, true);
        return m;
    });
    return *table;
}

// CPython's layout of a type by its qualified name: its built-in types, and
// the C types yieldscope writes in Python (functools.partial,
// collections.defaultdict ...). Null when unknown.
const CTypeLayout* known_layout(const TypeObject* t) {
    const auto& table = builtin_layouts();
    auto found = table.find(t->module + "." + t->name);
    return found == table.end() ? nullptr : &found->second;
}


// Type of self must be `t` or derived from it, as CPython's method descriptors check.
bool check_self(Value self, TypeObject* t) {
    if (type_of(self)->is_subtype_of(t)) return true;
    raise_type_error("descriptor '__sizeof__' for '" + t->name + "' objects doesn't apply to a '" +
                     type_of(self)->name + "' object");
    return false;
}

// 30-bit digits of an int (0 for zero), CPython's |ob_size|.
int64_t int_digits(Value v) {
    if (v.is_small_int()) {
        int64_t x = v.as_small_int();
        uint64_t magnitude = x < 0 ? uint64_t(0) - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        return (std::bit_width(magnitude) + 29) / 30;
    }
    BigInt x = to_bigint(v);
    if (x == 0) return 0;
    if (x < 0) x = -x;
    return (static_cast<int64_t>(boost::multiprecision::msb(x)) + 1 + 29) / 30;
}

// Py_SIZE of a variable-size object: what tp_itemsize multiplies.
int64_t var_size(Value v) {
    TypeObject* base = solid_base(type_of(v));
    const BuiltinTypes& b = types();
    if (base == b.int_ || base == b.bool_) return int_digits(v);
    if (base == b.tuple) return static_cast<int64_t>(as_tuple(v)->items.size());
    if (base == b.bytes) {
        int64_t n = 0;
        return length(v, &n) ? n : (cx().take_error(), 0);
    }
    return 0;
}

int64_t basicsize(Value v) { return c_layout_of(type_of(v)).basicsize; }

// The code's frame: co_nlocalsplus + co_stacksize slots.
int64_t frame_slots(const CodeObject* code) {
    return static_cast<int64_t>(code->nlocalsplus() + code->unit().stacksize_311) * kPointer;
}

int64_t str_size(Value v) {
    StrObject* s = as_str(v);
    int64_t n = static_cast<int64_t>(s->length());
    bool subclass = type_of(v) != types().str;
    if (s->is_ascii() && !subclass) return 48 + n + 1;  // PyASCIIObject, then the characters
    char32_t widest = 0;
    const std::string& text = s->utf8();
    for (size_t i = 0; i < text.size();) widest = std::max(widest, util::decode_utf8(text, i));
    int64_t kind = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    // A subclass instance is a "legacy" string: PyUnicodeObject plus its data.
    return (subclass ? 80 : 72) + (n + 1) * kind;
}

int64_t type_size(Value v) {
    TypeObject* t = as_type(v);
    if (!t->is_heap_type) return kStaticType;
    return kHeapType + (t->cached_keys ? kClassCachedKeys : 0);
}

Val object_sizeof(Value self, CallArgs args) {
    if (!check_positional("object.__sizeof__", args, 0, 0)) return nullptr;
    CTypeLayout layout = c_layout_of(type_of(self));
    return new_int(layout.basicsize + (layout.itemsize ? layout.itemsize * var_size(self) : 0));
}

Val int_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().int_) || !check_positional("int.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(24 + 4 * std::max<int64_t>(1, int_digits(self)));
}

Val str_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().str) || !check_positional("str.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(str_size(self));
}

Val list_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().list) || !check_positional("list.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(basicsize(self) + as_list(self)->allocation().allocated * kPointer);
}

Val dict_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().dict) || !check_positional("dict.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(basicsize(self) + as_dict(self)->table_bytes());
}

// set_sizeof: the table counts only once it outgrew the 8 entries inside the object.
Val set_sizeof(Value self, CallArgs args) {
    if (!is_anyset(self) && !check_self(self, types().set)) return nullptr;
    if (!check_positional("set.__sizeof__", args, 0, 0)) return nullptr;
    int64_t slots = static_cast<int64_t>(as_set(self)->mask()) + 1;
    return new_int(basicsize(self) + (slots > 8 ? slots * 16 : 0));
}

Val type_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().type) || !check_positional("type.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(type_size(self));
}

Val gen_sizeof(Value self, CallArgs args) {
    if (!is_generator_object(self)) {
        raise_type_error("descriptor '__sizeof__' for 'generator' objects doesn't apply to a '" + type_of(self)->name +
                         "' object");
        return nullptr;
    }
    if (!check_positional("__sizeof__", args, 0, 0)) return nullptr;
    auto* code = static_cast<CodeObject*>(as_generator(self)->code.get().as_object());
    return new_int(kGenHeader + frame_slots(code));
}

Val frame_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().frame) || !check_positional("frame.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(kFrameHeader + frame_slots(static_cast<FrameObject*>(self.as_object())->code.get()));
}

// code_sizeof: the header and two bytes per code unit. CPython's 3.11 code
// units (with their inline caches) are not ours, so this is an estimate.
Val code_sizeof(Value self, CallArgs args) {
    if (!check_self(self, types().code) || !check_positional("code.__sizeof__", args, 0, 0)) return nullptr;
    return new_int(184 + 2 * static_cast<int64_t>(static_cast<CodeObject*>(self.as_object())->unit().code.size()));
}

// The names a class's __slots__ lists (a single string is one name).
bool slot_names(Value slots, std::vector<std::string>* out) {
    if (is_str(slots)) {
        out->push_back(as_str(slots)->utf8());
        return true;
    }
    std::vector<Val> items;
    if (!collect_items(slots, &items)) return false;
    for (auto& item : items)
        out->push_back(is_str(item) ? as_str(item)->utf8() : std::string());
    return true;
}

}  // namespace

CTypeLayout c_layout_of(const TypeObject* t) {
    for (const TypeObject* k = t; k; k = k->base) {
        if (const CTypeLayout* known = known_layout(k)) return *known;
        if (k->is_heap_type) {
            const auto& c = k->c_layout;
            CTypeLayout base = c_layout_of(solid_base(k));
            return CTypeLayout{c.basicsize ? c.basicsize : base.basicsize, base.itemsize, true, c.has_dict,
                               c.managed_dict, c.has_weakref};
        }
    }
    return CTypeLayout{};
}

void compute_class_layout(TypeObject* t, DictObject* ns) {
    if (const CTypeLayout* known = known_layout(t)) {
        t->c_layout.basicsize = static_cast<uint32_t>(known->basicsize);
        t->c_layout.has_dict = known->has_dict;
        t->c_layout.managed_dict = known->managed_dict;
        t->c_layout.has_weakref = known->has_weakref;
        if (known->managed_dict) t->cached_keys = std::make_shared<SharedKeys>();
        return;
    }
    // The base whose layout this class extends: the widest one.
    CTypeLayout base;
    for (auto& b : t->bases) {
        CTypeLayout l = c_layout_of(b.get());
        if (l.basicsize > base.basicsize) base = l;
    }
    bool may_add_dict = !base.has_dict;
    bool may_add_weak = !base.has_weakref && base.itemsize == 0;
    bool add_dict = may_add_dict, add_weak = may_add_weak;
    int64_t slots = 0;
    if (Value declared = ns ? ns->get_str(intern("__slots__")) : Value()) {
        std::vector<std::string> names;
        if (!slot_names(declared, &names)) {
            cx().take_error();
            names.clear();
        }
        add_dict = add_weak = false;
        for (const auto& name : names) {
            if (name == "__dict__") add_dict = may_add_dict;
            else if (name == "__weakref__") add_weak = may_add_weak;
            else ++slots;
        }
    }
    int64_t size = base.basicsize + slots * kPointer;
    bool managed = base.managed_dict;
    if (add_dict && base.itemsize) size += kPointer;  // the dict pointer at the end
    if (add_weak) size += kPointer;
    if (add_dict && !base.itemsize) managed = true;
    t->c_layout.basicsize = static_cast<uint32_t>(size);
    t->c_layout.has_dict = base.has_dict || add_dict;
    t->c_layout.managed_dict = managed;
    t->c_layout.has_weakref = base.has_weakref || add_weak;
    t->c_layout.slot_count = static_cast<uint32_t>(slots);
    if (managed) t->cached_keys = std::make_shared<SharedKeys>();
}

bool getsizeof(Value obj, int64_t* out) {
    TypeObject* t = type_of(obj);
    Value method = t->lookup(intern("__sizeof__"));
    if (!method) {
        raise_type_error("Type " + t->name + " doesn't define __sizeof__");
        return false;
    }
    Val bound = bind_descriptor(method, obj, t);
    if (!bound) return false;
    Val result = call0(bound);
    if (!result) return false;
    if (!is_int(result)) {
        raise_type_error("an integer is required");
        return false;
    }
    int64_t size;
    if (!int_to_int64(result, &size)) {
        raise(exc_types().overflow_error, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (size < 0) {
        raise_value_error("__sizeof__() should return >= 0");
        return false;
    }
    CTypeLayout layout = c_layout_of(t);
    *out = size + (layout.gc ? kGcHead : 0) + (layout.managed_dict ? 2 * kPointer : 0);
    return true;
}

void register_sizeof_methods() {
    const BuiltinTypes& b = types();
    add_method(b.object, "__sizeof__", object_sizeof);
    add_method(b.int_, "__sizeof__", int_sizeof);
    add_method(b.str, "__sizeof__", str_sizeof);
    add_method(b.list, "__sizeof__", list_sizeof);
    add_method(b.dict, "__sizeof__", dict_sizeof);
    add_method(b.set, "__sizeof__", set_sizeof);
    add_method(b.frozenset, "__sizeof__", set_sizeof);
    add_method(b.type, "__sizeof__", type_sizeof);
    add_method(b.code, "__sizeof__", code_sizeof);
    add_method(b.frame, "__sizeof__", frame_sizeof);
    const GeneratorTypes& g = generator_types();
    for (TypeObject* t : {g.generator, g.coroutine, g.async_generator}) add_method(t, "__sizeof__", gen_sizeof);
}

}  // namespace ys::objects
