// Code objects (Objects/codeobject.c): a compiled CodeUnit with its constants
// made into Python objects and its names interned, ready for the VM.
#pragma once

#include <memory>
#include <vector>

#include "compile/code_unit.h"
#include "objects/object.h"

namespace ys::objects {

class StrObject;

class CodeObject : public Object {
public:
    explicit CodeObject(std::shared_ptr<const compile::CodeUnit> unit);
    void traverse(Visitor& v) override;

    const compile::CodeUnit& unit() const { return *unit_; }
    // Kept in the object (one load from it): the eval loop reads it on every jump.
    const compile::Instruction* instructions() const { return instructions_; }
    uint32_t flags() const { return unit_->flags; }
    size_t nlocalsplus() const { return unit_->localsplus_count(); }
    int line_of(size_t instruction_index) const;

    std::vector<Val> consts;        // co_consts as objects
    std::vector<StrObject*> names;  // co_names, interned
    std::vector<StrObject*> localsplus_names;  // the frame's slot names, interned
    // LOAD_GLOBAL's cache, one entry per name: the value found when the
    // globals and builtins dicts had these versions (see DictObject::version).
    struct GlobalCacheEntry {
        uint64_t globals_version = 0;
        uint64_t builtins_version = 0;
        Value value;  // borrowed from one of the two dicts
    };
    std::vector<GlobalCacheEntry> global_cache;
    // LOAD_ATTR's and STORE_ATTR's cache, one entry per name
    // (vm/attr_site_cache.h): where an instance (or module) of `type` kept the
    // name in its __dict__ (or globals), or the method the class gave for it,
    // when the class had this version tag.
    struct AttrCacheEntry {
        enum class Kind : uint8_t {
            dict_entry,   // the name sat at `entry` of the instance's __dict__ (or module's globals)
            class_value,  // the class's plain value `value`, the instance's __dict__ lacking the name
            method,       // the class's function (or built-in method) `value`
            slot,         // the class's member descriptor `value` (__slots__)
        };
        const TypeObject* type = nullptr;
        uint64_t version = 0;  // TypeObject::version_tag then (never 0 once set)
        uint64_t epoch = 0;    // builtin_types_epoch then
        uint32_t entry = 0;    // dict_entry: the position in the dict's entries
        Kind kind = Kind::dict_entry;
        Value value;  // class_value, method: borrowed from a class dict on the MRO
    };
    std::vector<AttrCacheEntry> attr_cache;
    StrObject* name;
    StrObject* qualname;

private:
    std::shared_ptr<const compile::CodeUnit> unit_;
    const compile::Instruction* instructions_;
};

Ref<CodeObject> new_code(std::shared_ptr<const compile::CodeUnit> unit);
// Makes the Python object for a compile-time constant.
Val constant_to_value(const compile::Constant& c);

}  // namespace ys::objects
