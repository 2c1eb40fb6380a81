// The string module's constants and capwords (Lib/string.py). capwords runs
// through the str methods themselves, so it splits and capitalizes exactly as
// str.split and str.capitalize do.
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/module_support.h"
#include "runtime/native_modules.h"

namespace ys::runtime {

using namespace objects;

namespace {

Val call_method(Value obj, const char* name, std::vector<Val> args) {
    Val method = get_attr(obj, intern(name));
    if (!method) return nullptr;
    return call_positional(method, args);
}

// capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep)))
Val string_capwords(Value, CallArgs args) {
    Value a[2];
    if (!bind_arguments({"capwords", {"s", "sep"}, 1, {}, false}, args, a)) return nullptr;
    Val sep = a[1] ? Val::borrow(a[1]) : new_none();
    // Python looks up (sep or ' ').join before it evaluates the split.
    int t = truthy(sep);
    if (t < 0) return nullptr;
    Val join = get_attr(t ? sep : new_str_val(" "), intern_literal("join"));
    if (!join) return nullptr;
    Val words = call_method(a[0], "split", {sep});
    if (!words) return nullptr;
    std::vector<Val> items;
    if (!collect_items(words, &items)) return nullptr;
    for (Val& w : items) {
        w = call_method(w, "capitalize", {});
        if (!w) return nullptr;
    }
    return call_positional(join, {new_list(std::move(items)).into_val()});
}

}  // namespace

Ref<ModuleObject> make_string_module() {
    auto m = new_module("string");
    DictObject* d = m->dict.get();
    const std::string lower = "abcdefghijklmnopqrstuvwxyz";
    const std::string upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const std::string digits = "0123456789";
    const std::string punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const std::string whitespace = " \t\n\r\x0b\x0c";
    d->set_str(intern_literal("ascii_lowercase"), new_str_val(lower));
    d->set_str(intern_literal("ascii_uppercase"), new_str_val(upper));
    d->set_str(intern_literal("ascii_letters"), new_str_val(lower + upper));
    d->set_str(intern_literal("digits"), new_str_val(digits));
    d->set_str(intern_literal("hexdigits"), new_str_val(digits + "abcdef" + "ABCDEF"));
    d->set_str(intern_literal("octdigits"), new_str_val("01234567"));
    d->set_str(intern_literal("punctuation"), new_str_val(punctuation));
    d->set_str(intern_literal("whitespace"), new_str_val(whitespace));
    d->set_str(intern_literal("printable"), new_str_val(digits + lower + upper + punctuation + whitespace));
    add_function(m.get(), "capwords", string_capwords);
    return m;
}

}  // namespace ys::runtime
