// The dis module: dis.dis(x) prints yieldscope's own bytecode for a function,
// method, generator, coroutine, code object or class in CPython's dis layout
// (the opcodes are CPython 3.12's, so the listing differs from 3.11's).
#include "compile/dis.h"
#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/instance.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

// The code object behind whatever dis() is given, or null.
CodeObject* code_of(Value x) {
    TypeObject* t = type_of(x);
    if (t == types().code) return static_cast<CodeObject*>(x.as_object());
    if (t == types().function) return as_function(x)->code.get();
    if (t == class_types().method) return code_of(static_cast<MethodObject*>(x.as_object())->function);
    if (is_generator_object(x)) {
        Value code = as_generator(x)->code;
        return code ? static_cast<CodeObject*>(code.as_object()) : nullptr;
    }
    return nullptr;
}

Val dis_dis(Value, CallArgs args) {
    if (!check_positional("dis", args, 1, 1)) return nullptr;
    Value x = args[0];
    std::string listing;
    if (CodeObject* code = code_of(x)) {
        listing = compile::disassemble(code->unit());
    } else if (type_of(x) == types().type && static_cast<TypeObject*>(x.as_object())->dict) {
        // A class: each of its functions, under its name, as CPython does.
        for (const auto& e : static_cast<TypeObject*>(x.as_object())->dict->entries()) {
            if (!e.key || !is_str(e.key)) continue;
            CodeObject* code = code_of(e.value);
            if (!code) continue;
            listing += "Disassembly of " + as_str(e.key)->utf8() + ":\n" + compile::disassemble(code->unit()) + "\n";
        }
    } else {
        return raise_type_error("don't know how to disassemble " + type_of(x)->name + " objects");
    }
    cx().hooks().write_output(false, listing);
    return new_none();
}

}  // namespace

Ref<ModuleObject> make_dis_module() {
    auto m = new_module("dis");
    add_function(m.get(), "dis", dis_dis);
    return m;
}

}  // namespace ys::runtime
