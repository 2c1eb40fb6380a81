// Exception objects: the classes CPython 3.11 has, OSError's errno mapping,
// the Unicode errors' messages, and BaseExceptionGroup construction and split
// (expected values come from CPython 3.11).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/builtin_types.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "test_context.h"

using namespace ys::objects;

namespace {

std::string repr_of(Value v) {
    std::string s;
    REQUIRE(repr_text(v, &s));
    return s;
}

std::string str_of(Value v) {
    std::string s;
    REQUIRE(str_text(v, &s));
    return s;
}

std::string pending_error() {
    Val e = cx().take_error();
    REQUIRE(e);
    return type_of(e)->name + ": " + exception_message(e);
}

Val make_exc(TypeObject* t, std::string_view message) { return new_exception(t, message).into_val(); }

Val call_type(TypeObject* t, std::vector<Val> args) { return call(t, CallArgs{args.data(), args.size(), nullptr}); }

Val list_of(std::vector<Val> items) { return new_list(std::move(items)).into_val(); }

Val naked_value_error() { return make_exc(exc_types().value_error, "naked"); }

}  // namespace

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "the exception hierarchy has CPython's shape", "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    CHECK(t.exception_group->is_subtype_of(t.base_exception_group));
    CHECK(t.exception_group->is_subtype_of(t.exception));
    CHECK_FALSE(t.base_exception_group->is_subtype_of(t.exception));
    std::vector<std::string> mro;
    for (TypeObject* k : t.exception_group->mro) mro.push_back(k->name);
    CHECK(mro == std::vector<std::string>{"ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException", "object"});
    CHECK(t.exception_group->bases.size() == 2);
    CHECK(t.broken_pipe_error->base == t.connection_error);
    CHECK(t.unicode_decode_error->is_subtype_of(t.value_error));
    CHECK(t.floating_point_error->base == t.arithmetic_error);
    CHECK(t.resource_warning->base == t.warning);
    CHECK(all_exception_types().size() == 67);  // 69 builtins names less the two OSError aliases
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "OSError picks its subclass from errno", "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    Val e = call_type(t.os_error, {Val::small_int(2), new_str_val("No such file or directory"), new_str_val("a.txt")});
    REQUIRE(e);
    CHECK(type_of(e) == t.file_not_found_error);
    CHECK(str_of(e) == "[Errno 2] No such file or directory: 'a.txt'");
    CHECK(repr_of(e) == "FileNotFoundError(2, 'No such file or directory')");
    CHECK(type_of(call_type(t.os_error, {Val::small_int(111), new_str_val("x")})) == t.connection_refused_error);
    CHECK(type_of(call_type(t.os_error, {Val::small_int(5), new_str_val("x")})) == t.os_error);
    // Only OSError itself remaps; a subclass stays what it is.
    CHECK(type_of(call_type(t.permission_error, {Val::small_int(2), new_str_val("x")})) == t.permission_error);
    Val single = call_type(t.os_error, {new_str_val("plain")});
    CHECK(str_of(single) == "plain");
    Val errno_attr = get_attr(single, intern("errno"));
    CHECK(repr_of(errno_attr) == "None");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "Unicode errors describe one or several positions", "[objects][exception]") {
    REQUIRE_FALSE(raise_unicode_decode_error("utf-8", new_str_val("\xc3\xa9").get(), 0, 1, "r"));
    // The object of a decode error must be bytes.
    CHECK(pending_error() == "TypeError: a bytes-like object is required, not 'str'");
    REQUIRE_FALSE(raise_unicode_encode_error("ascii", new_str_val("a\xc3\xa9z").get(), 1, 2, "ordinal not in range(128)"));
    CHECK(pending_error() == "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: "
                             "ordinal not in range(128)");
    REQUIRE_FALSE(raise_unicode_encode_error("latin-1", new_str_val("\xe2\x82\xac\xe2\x82\xac").get(), 0, 2, "r"));
    CHECK(pending_error() == "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: r");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "BaseExceptionGroup checks its arguments", "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    Val eg = new_exception_group("m", list_of({make_exc(t.value_error, "v")}));
    REQUIRE(eg);
    CHECK(type_of(eg) == t.exception_group);  // all Exceptions: the concrete class is ExceptionGroup
    CHECK(str_of(eg) == "m (1 sub-exception)");
    Val base = new_exception_group("b", list_of({make_exc(t.value_error, ""), make_exc(t.keyboard_interrupt, "")}));
    REQUIRE(base);
    CHECK(type_of(base) == t.base_exception_group);
    CHECK(str_of(base) == "b (2 sub-exceptions)");

    CHECK_FALSE(new_exception_group("m", list_of({})));
    CHECK(pending_error() == "ValueError: second argument (exceptions) must be a non-empty sequence");
    CHECK_FALSE(new_exception_group("m", list_of({make_exc(t.value_error, ""), Val::small_int(3)})));
    CHECK(pending_error() == "ValueError: Item 1 of second argument (exceptions) is not an exception");
    CHECK_FALSE(new_exception_group("m", make_exc(t.value_error, "")));
    CHECK(pending_error() == "TypeError: second argument (exceptions) must be a sequence");
    CHECK_FALSE(call_type(t.exception_group, {new_str_val("m"), list_of({make_exc(t.system_exit, "")})}));
    CHECK(pending_error() == "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "split keeps the nesting and copies the metadata", "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    Val v1 = make_exc(t.value_error, "1"), t2 = make_exc(t.type_error, "2"), v3 = make_exc(t.value_error, "3");
    Val inner = new_exception_group("inner", list_of({t2, v3}));
    Val eg = new_exception_group("outer", list_of({v1, inner}));
    REQUIRE(eg);
    auto* outer = static_cast<ExceptionGroupObject*>(eg.get().as_object());
    outer->cause = make_exc(t.key_error, "cause");

    Val split = get_attr(eg, intern("split"));
    REQUIRE(split);
    Val pair = call1(split, t.value_error);
    REQUIRE(pair);
    Val match = as_tuple(pair)->items[0], rest = as_tuple(pair)->items[1];
    CHECK(repr_of(match) == "ExceptionGroup('outer', [ValueError('1'), ExceptionGroup('inner', [ValueError('3')])])");
    CHECK(repr_of(rest) == "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('2')])])");
    // Leaves are shared, groups are new and carry the original's cause.
    auto* m = static_cast<ExceptionGroupObject*>(match.get().as_object());
    CHECK(as_tuple(m->exceptions)->items[0].get() == v1.get());
    CHECK(m->cause.get() == outer->cause.get());
    CHECK(m != outer);

    // A full match is the group itself; no match is None.
    Val all = call1(get_attr(eg, intern("subgroup")), t.exception);
    CHECK(all.get() == eg.get());
    Val none_left = call1(get_attr(eg, intern("subgroup")), t.os_error);
    CHECK(repr_of(none_left) == "None");
    CHECK_FALSE(call1(get_attr(eg, intern("split")), Val::small_int(1)));
    CHECK(pending_error() == "TypeError: expected a function, exception type or tuple of exception types");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "CHECK_EG_MATCH splits, wraps and rejects", "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    Val match, rest;
    Val naked = make_exc(t.key_error, "k");
    REQUIRE(exception_group_match(naked, t.lookup_error, &match, &rest));
    CHECK(repr_of(match) == "ExceptionGroup('', (KeyError('k'),))");
    CHECK(repr_of(rest) == "None");
    REQUIRE(exception_group_match(naked, t.type_error, &match, &rest));
    CHECK(repr_of(match) == "None");
    CHECK(rest.get() == naked.get());

    Val eg = new_exception_group("g", list_of({make_exc(t.value_error, "v"), make_exc(t.type_error, "t")}));
    REQUIRE(exception_group_match(eg, t.value_error, &match, &rest));
    CHECK(repr_of(match) == "ExceptionGroup('g', [ValueError('v')])");
    CHECK(repr_of(rest) == "ExceptionGroup('g', [TypeError('t')])");
    REQUIRE(exception_group_match(none(), t.value_error, &match, &rest));
    CHECK(repr_of(match) == "None");

    CHECK_FALSE(exception_group_match(eg, t.exception_group, &match, &rest));
    CHECK(pending_error() == "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.");
    Val mixed = new_tuple({Val::borrow(t.value_error), Val::borrow(t.base_exception_group)}).into_val();
    CHECK_FALSE(exception_group_match(eg, mixed, &match, &rest));
    CHECK(pending_error() == "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.");
    CHECK_FALSE(exception_group_match(eg, types().int_, &match, &rest));
    CHECK(pending_error() == "TypeError: catching classes that do not inherit from BaseException is not allowed");
}

TEST_CASE_METHOD(ys::testing::ObjectsFixture, "PREP_RERAISE_STAR tells re-raised parts from new exceptions",
                 "[objects][exception]") {
    const ExceptionTypes& t = exc_types();
    Val v = make_exc(t.value_error, "v"), k = make_exc(t.key_error, "k"), o = make_exc(t.os_error, "o");
    Val orig = new_exception_group("orig", list_of({v, new_exception_group("sub", list_of({k, o}))}));
    REQUIRE(orig);
    // Metadata marks a part as re-raised: the parts split off share orig's context.
    static_cast<BaseExceptionObject*>(orig.get().as_object())->context = make_exc(t.runtime_error, "ctx");
    Val match, rest;
    REQUIRE(exception_group_match(orig, t.value_error, &match, &rest));
    Val match2, rest2;
    REQUIRE(exception_group_match(rest, t.key_error, &match2, &rest2));

    CHECK(repr_of(prep_reraise_star(orig, list_of({}))) == "None");
    // Everything handled: only None left.
    CHECK(repr_of(prep_reraise_star(orig, list_of({new_none()}))) == "None");
    // Both parts re-raised and the rest unhandled: orig's structure again.
    Val all = prep_reraise_star(orig, list_of({match, match2, rest2}));
    CHECK(repr_of(all) == "ExceptionGroup('orig', [ValueError('v'), ExceptionGroup('sub', [KeyError('k'), OSError('o')])])");
    // A new exception raised by a handler goes next to the re-raised structure.
    Val fresh = make_exc(t.index_error, "new");
    Val mixed = prep_reraise_star(orig, list_of({fresh, match2, new_none()}));
    CHECK(repr_of(mixed) == "ExceptionGroup('', [IndexError('new'), ExceptionGroup('orig', "
                            "[ExceptionGroup('sub', [KeyError('k')])])])");
    // A single new exception is raised alone.
    CHECK(prep_reraise_star(orig, list_of({fresh, new_none()})).get() == fresh.get());
    // For a naked exception caught by except*, the one handler's result is raised as is.
    CHECK(prep_reraise_star(naked_value_error(), list_of({fresh, new_none()})).get() == fresh.get());
}
