// Private name mangling (CPython's _Py_Mangle) and its use by the compiler.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>

#include "compile/codegen.h"
#include "compile/symtable.h"

using ys::compile::mangle;

TEST_CASE("private names are prefixed with the class name", "[compile][mangle]") {
    CHECK(mangle("Ham", "__spam") == "_Ham__spam");
    CHECK(mangle("_Ham", "__spam") == "_Ham__spam");
    CHECK(mangle("__Ham", "__x_") == "_Ham__x_");
}

TEST_CASE("dunders, dotted names and other names are left alone", "[compile][mangle]") {
    CHECK(mangle("Ham", "__init__") == "__init__");
    CHECK(mangle("Ham", "__") == "__");
    CHECK(mangle("Ham", "___") == "___");
    CHECK(mangle("Ham", "__a.b") == "__a.b");
    CHECK(mangle("Ham", "_single") == "_single");
    CHECK(mangle("Ham", "plain") == "plain");
    CHECK(mangle("", "__spam") == "__spam");
    CHECK(mangle("___", "__spam") == "__spam");
}

TEST_CASE("methods see mangled parameters and attributes", "[compile][mangle]") {
    auto result = ys::compile::compile_source("class C:\n    def m(self, __a):\n        return self.__b, __a\n", "t.py");
    auto* unit = std::get_if<std::shared_ptr<ys::compile::CodeUnit>>(&result);
    REQUIRE(unit);
    // module -> class body -> method
    const ys::compile::CodeUnit* method = nullptr;
    for (auto& c : (*unit)->consts)
        if (auto* cls = std::get_if<std::shared_ptr<ys::compile::CodeUnit>>(&c))
            for (auto& d : (*cls)->consts)
                if (auto* m = std::get_if<std::shared_ptr<ys::compile::CodeUnit>>(&d)) method = m->get();
    REQUIRE(method);
    CHECK(method->name == "m");
    CHECK(method->varnames == std::vector<std::string>{"self", "_C__a"});
    CHECK(std::find(method->names.begin(), method->names.end(), "_C__b") != method->names.end());
}
