// Type objects (CPython's PyTypeObject): a name, a base chain, an attribute dict
// and C++ slots for the operations the VM performs directly. Built-in types are
// immortal and immutable after start-up; classes made by `class` are heap types.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "objects/object.h"

namespace ys::objects {

class StrObject;
class DictObject;
class TupleObject;
struct SharedKeys;

// Positional arguments followed by keyword values; kwnames names the trailing
// keyword values (CPython's vectorcall convention).
struct CallArgs {
    const Val* data = nullptr;
    size_t count = 0;              // positional + keyword values
    TupleObject* kwnames = nullptr;

    size_t keyword_count() const;
    size_t positional_count() const { return count - keyword_count(); }
    const Val& operator[](size_t i) const { return data[i]; }
};

enum class CompareOp { Lt, Le, Eq, Ne, Gt, Ge };

// Slot signatures. Val-returning slots return a null Val with an exception set
// on the Context on error; binary slots return NotImplemented when they do not
// handle the operand types.
using UnarySlot = Val (*)(Value);
using BinarySlot = Val (*)(Value, Value);
using CompareSlot = Val (*)(Value, Value, CompareOp);
using CallSlot = Val (*)(Value callable, CallArgs args);
using GetAttrSlot = Val (*)(Value obj, StrObject* name);
using SetAttrSlot = bool (*)(Value obj, StrObject* name, Value value);  // null value: delete
using HashSlot = bool (*)(Value, int64_t* out);
using LenSlot = bool (*)(Value, int64_t* out);
using BoolSlot = int (*)(Value);  // 1 true, 0 false, -1 error
using SubscriptSlot = Val (*)(Value obj, Value key);
using StoreSubscriptSlot = bool (*)(Value obj, Value key, Value value);  // null value: delete
using ContainsSlot = int (*)(Value container, Value item);  // 1, 0, -1 error

// The binary number operations, in CPython's BINARY_OP numbering (NB_ADD ...).
enum class BinaryOp : uint8_t {
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift,
    Subtract, TrueDivide, Xor,
    InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul,
    InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRShift,
    InplaceSubtract, InplaceTrueDivide, InplaceXor,
};
constexpr int kBinaryOpCount = 13;  // the non-inplace ones
const char* binary_op_symbol(BinaryOp op);  // "+", "+=", ...

struct NumberSlots {
    BinarySlot binary[kBinaryOpCount] = {};
    BinarySlot inplace[kBinaryOpCount] = {};  // `a += b` tries these first
    UnarySlot negative = nullptr;
    UnarySlot positive = nullptr;
    UnarySlot invert = nullptr;
    UnarySlot absolute = nullptr;
    BoolSlot boolean = nullptr;
    UnarySlot to_int = nullptr;    // __int__ / __index__
    UnarySlot to_float = nullptr;  // __float__
};

struct TypeObject : Object {
    explicit TypeObject(std::string type_name, TypeObject* base_type);
    ~TypeObject() override;
    void traverse(Visitor& v) override;

    std::string name;        // __name__
    std::string qualname;    // __qualname__
    std::string module;      // "builtins" for built-in types
    TypeObject* base = nullptr;         // __base__ (owned through bases)
    std::vector<Ref<TypeObject>> bases; // __bases__
    std::vector<TypeObject*> mro;       // __mro__, starting with this type
    Ref<DictObject> dict;               // class attributes and methods
    bool is_heap_type = false;          // made by `class`: attributes can be set
    bool is_exception = false;          // a subclass of BaseException
    bool has_finalizer = false;         // a class with __del__ (in its MRO)
    // Its getattr slot answers a few names of its own (none of them in the
    // class dict) and hands every other name to generic_getattr: the VM may
    // then look methods up in the class directly (LOAD_ATTR's method form).
    bool getattr_extends_generic = false;
    // What CPython 3.11 would make of a class's instances (tp_basicsize, and
    // whether they carry a __dict__ and a __weakref__ slot), which __sizeof__
    // and sys.getsizeof report; set by objects/sizeof.cpp for heap types.
    // Built-in types take theirs from a table there.
    struct CLayout {
        uint32_t basicsize = 0;   // 0: not a heap type's (look the built-in up)
        bool has_dict = false;    // tp_dictoffset != 0 or a managed dict
        bool managed_dict = false;  // the dict pointers sit before the object (3.11)
        bool has_weakref = false;
        uint32_t slot_count = 0;  // __slots__ members it adds (the type's ob_size)
    } c_layout;
    // __slots__ (objects/slots.h): the name of every slot an instance of this
    // heap class has, its bases' first, each at its index in the instance;
    // and whether instances have a __dict__ and take weak references (a class
    // declaring __slots__ without '__dict__' or '__weakref__', over bases
    // without them, has none).
    std::vector<Val> slot_names;
    bool slot_array = false;  // instances keep the values in InstanceObject::slots()
    bool instances_have_dict = true;
    bool instances_weakrefable = true;
    // The keys its instances' __dict__s share in CPython (ht_cached_keys),
    // for classes whose instances have a managed dict; see dict.h.
    std::shared_ptr<SharedKeys> cached_keys;
    // Heap classes derived from this one (weak; each removes itself when freed),
    // so that assigning a dunder method updates their slots too.
    std::vector<TypeObject*> subclasses;

    UnarySlot repr = nullptr;
    UnarySlot str = nullptr;
    HashSlot hash = nullptr;
    CompareSlot compare = nullptr;
    UnarySlot iter = nullptr;
    UnarySlot iternext = nullptr;  // null result without exception: exhausted
    CallSlot call = nullptr;
    GetAttrSlot getattr = nullptr;
    SetAttrSlot setattr = nullptr;
    LenSlot len = nullptr;
    SubscriptSlot getitem = nullptr;
    StoreSubscriptSlot setitem = nullptr;
    ContainsSlot contains = nullptr;
    LenSlot length_hint = nullptr;  // __length_hint__ of built-in iterators
    NumberSlots number;

    // Builds the instance when the type is called: CPython's tp_new + tp_init.
    CallSlot construct = nullptr;

    // Set on the abstract base classes of collections.abc: the structural test
    // of their __subclasshook__ (Iterable: the class defines __iter__) and their
    // register()ed classes. isinstance/issubclass ask it when the MRO test
    // fails. Not inherited: CPython's hooks answer only for the ABC itself, so a
    // class deriving from an ABC is tested by its MRO alone.
    bool (*abc_check)(TypeObject* abc, TypeObject* candidate) = nullptr;

    // The key of this class's attributes in the session's AttributeCache
    // (CPython's tp_version_tag): 0 until a look-up gives it one; reset to 0 when
    // the dict of this class or of one of its bases changes. A tagged class
    // only has tagged classes on its MRO, so an untagged one has no tagged
    // subclass (which lets attributes_changed() stop early).
    uint64_t version_tag = 0;

    bool is_subtype_of(const TypeObject* other) const;
    // Looks a name up along the MRO; a borrowed value or null. No exception set.
    // Answers from the attribute cache when the name is interned.
    Value lookup(StrObject* name) const;
    // The same, walking the MRO's dicts every time.
    Value lookup_uncached(StrObject* name) const;
    // Called when this class's dict or MRO changed (PyType_Modified): drops its
    // version tag and its subclasses'.
    void attributes_changed();
    void compute_mro();
    // The class of this class: `type`, or a metaclass (held while this lives).
    void set_metatype(TypeObject* meta);
    // Copies the C++ slots of the first base (a class starts with its base's).
    void inherit_slots();
};

// The type of any value, small ints included (inline: the VM asks constantly).
extern TypeObject* int_type_for_small_ints;  // types().int_, set when it is made
inline TypeObject* type_of(Value v) { return v.is_small_int() ? int_type_for_small_ints : v.as_object()->type(); }

// True for classes: instances of `type` or of a metaclass derived from it.
bool is_type(Value v);
inline TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

}  // namespace ys::objects
