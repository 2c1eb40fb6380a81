// The generator/frame state machine seen from C++ (Objects/genobject.c's
// gi_frame_state and Python/ceval.c's frame linking): a small VM runs a
// program, then the tests resume its generators directly and check state,
// f_back, the value stack depth and the instruction pointer around each step.
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/session.h"
#include "compile/codegen.h"
#include "objects/builtin_types.h"
#include "objects/code.h"
#include "objects/context.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/frame.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/builtins.h"
#include "runtime/modules.h"
#include "vm/interpreter.h"
#include "vm/observer.h"

using namespace ys::objects;
using ys::compile::Op;
using ys::vm::EvalStatus;

namespace {

// An Interpreter with a __main__ namespace, no importer: enough to define
// generators in Python and then drive them from C++.
class Vm {
public:
    Vm() {
        init_builtin_types();
        interp_ = std::make_unique<ys::vm::Interpreter>([this](bool, std::string_view text) { out.append(text); });
        scope_.emplace(&interp_->context());
        interp_->set_builtins(ys::runtime::make_builtins());
        globals_ = new_dict();
        globals_->set_str(intern("__name__"), new_str_val("__main__").get());
    }

    ~Vm() {
        // A test's observer may already be gone (declared after the Vm): detach it
        // before finalisers (a suspended generator's finally) run here.
        interp_->set_observer(nullptr);
        ys::runtime::clear_module_dict(globals_.get());
        globals_.reset();
        interp_.reset();
        scope_.reset();
    }

    // Runs `source` as the main module; true when it finished normally.
    bool run(std::string_view source) {
        auto compiled = ys::compile::compile_source(source, "main.py");
        auto* unit = std::get_if<std::shared_ptr<ys::compile::CodeUnit>>(&compiled);
        if (!unit) return false;
        auto frame = FrameObject::create(new_code(*unit), globals_, interp_->builtins(), globals_);
        module_frame = frame.get();
        EvalStatus status = interp_->start(std::move(frame), UINT64_MAX);
        module_frame = nullptr;
        if (status != EvalStatus::Returned) {
            interp_->context().take_error();
            return false;
        }
        return true;
    }

    GeneratorObject* gen(const char* name) {
        Value v = globals_->get_str(intern(name));
        REQUIRE(v);
        REQUIRE(is_generator_object(v));
        return as_generator(v);
    }

    // g.send(value) from C++; returns the outcome and stores what came back.
    SendResult send(GeneratorObject* g, Value value, Val* result) {
        return interp_->gen_resume(g, value, Val(), result);
    }

    SendResult throw_into(GeneratorObject* g, Val exc, Val* result) {
        return interp_->gen_resume(g, none(), std::move(exc), result);
    }

    bool close(GeneratorObject* g) { return interp_->gen_close(g); }

    // next(g) from C++ (tp_iternext).
    Val next(GeneratorObject* g) { return interp_->gen_next(g); }
    bool has_error() { return static_cast<bool>(interp_->context().peek_error()); }

    void clear_error() { interp_->context().take_error(); }
    void set_observer(ys::vm::Observer* o) { interp_->set_observer(o); }

    std::string out;
    FrameObject* module_frame = nullptr;

private:
    std::unique_ptr<ys::vm::Interpreter> interp_;
    std::optional<ContextScope> scope_;
    Ref<DictObject> globals_;
};

Op op_at(FrameObject* f, size_t index) { return f->code->unit().code.at(index).op(); }
int arg_at(FrameObject* f, size_t index) { return static_cast<int>(f->code->unit().code.at(index).arg()); }

int64_t small_int(const Val& v) {
    REQUIRE(v.get().is_small_int());
    return v.get().as_small_int();
}

std::string code_name(FrameObject* f) { return f ? f->code->unit().name : std::string("<none>"); }

// Records, for every resume and yield of generator frames, what the frame
// looked like at that moment.
struct Event {
    std::string kind;   // "resume" or "yield"
    std::string frame;  // co_name of the generator's code
    std::string back;   // co_name of f_back, "<none>" if null
    FrameState state;
    uint32_t stack_depth;
};

class Recorder : public ys::vm::Observer {
public:
    uint64_t on_instruction(FrameObject*, uint64_t step) override { return step + 1; }
    void on_resume(FrameObject* f, Value, bool) override { add("resume", f); }
    void on_yield(FrameObject* f, Value) override { add("yield", f); }
    std::vector<Event> events;

private:
    void add(const char* kind, FrameObject* f) {
        auto* g = static_cast<GeneratorObject*>(f->owner);
        events.push_back({kind, code_name(f), code_name(f->back), g ? g->state : FrameState::Completed,
                          f->stack_depth});
    }
};

}  // namespace

TEST_CASE("a new generator owns an unstarted frame", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    x = yield 1\n    yield x + 1\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    CHECK(gen->kind == GenKind::Generator);
    CHECK(gen->state == FrameState::Created);
    REQUIRE(gen->frame);
    FrameObject* f = gen->frame.get();
    CHECK(f->owner == gen);
    CHECK(f->back == nullptr);
    // RETURN_GENERATOR ran (f_lasti 0) and nothing of the body yet.
    CHECK(f->lasti == 0);
    CHECK(op_at(f, 0) == Op::RETURN_GENERATOR);
    CHECK(f->ip == 1);
    CHECK(f->stack_depth == 0);
    CHECK(gen->delegate().is_null());
}

TEST_CASE("gen_next gives each yielded value, then null with nothing pending", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    yield 1\n    yield 2\n    return 3\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    Val first = vm.next(gen);  // from Created
    CHECK(small_int(first) == 1);
    Val second = vm.next(gen);  // from Suspended
    CHECK(small_int(second) == 2);
    CHECK(gen->state == FrameState::Suspended);
    CHECK_FALSE(vm.next(gen));  // returned: exhausted, no StopIteration pending
    CHECK_FALSE(vm.has_error());
    CHECK(gen->state == FrameState::Completed);
    CHECK_FALSE(vm.next(gen));  // and stays so
    CHECK_FALSE(vm.has_error());
}

TEST_CASE("gen_next of a generator that raises leaves its exception pending", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    yield 1\n    raise KeyError('k')\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    Val first = vm.next(gen);
    CHECK(small_int(first) == 1);
    CHECK_FALSE(vm.next(gen));
    REQUIRE(vm.has_error());
    vm.clear_error();
    CHECK(gen->state == FrameState::Completed);
}

TEST_CASE("each send moves the instruction pointer and suspends after YIELD_VALUE", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    x = yield 1\n    yield x + 1\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    FrameObject* f = gen->frame.get();

    Val result;
    REQUIRE(vm.send(gen, none(), &result) == SendResult::Next);
    CHECK(small_int(result) == 1);
    CHECK(gen->state == FrameState::Suspended);
    CHECK(gen->frame.get() == f);  // the same frame, kept inside the generator
    CHECK(f->back == nullptr);     // suspended: no f_back
    CHECK(op_at(f, f->lasti) == Op::YIELD_VALUE);
    // The next instruction is the RESUME after a yield (oparg 1).
    CHECK(op_at(f, f->ip) == Op::RESUME);
    CHECK(arg_at(f, f->ip) == 1);
    CHECK(f->stack_depth == 0);
    uint32_t first_ip = f->ip;

    REQUIRE(vm.send(gen, Value::small_int(41), &result) == SendResult::Next);
    CHECK(small_int(result) == 42);
    CHECK(gen->state == FrameState::Suspended);
    CHECK(f->ip > first_ip);
    CHECK(op_at(f, f->lasti) == Op::YIELD_VALUE);
    CHECK(f->stack_depth == 0);

    REQUIRE(vm.send(gen, none(), &result) == SendResult::Return);
    CHECK(is_none(result));
    CHECK(gen->state == FrameState::Completed);
    CHECK_FALSE(gen->frame);

    // A finished generator returns at once, again and again.
    REQUIRE(vm.send(gen, none(), &result) == SendResult::Return);
    CHECK(gen->state == FrameState::Completed);
}

TEST_CASE("a generator suspended in a for loop keeps the iterator on its value stack", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    for i in range(3):\n        yield i\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    FrameObject* f = gen->frame.get();
    for (int i = 0; i < 3; ++i) {
        Val result;
        REQUIRE(vm.send(gen, none(), &result) == SendResult::Next);
        CHECK(small_int(result) == i);
        CHECK(f->stack_depth == 1);
        CHECK(type_of(f->stack_base()[0]) == types().range_iterator);
        CHECK(f->back == nullptr);
    }
    Val result;
    CHECK(vm.send(gen, none(), &result) == SendResult::Return);
    CHECK(gen->state == FrameState::Completed);
}

TEST_CASE("sending a value into a just-started generator fails without starting it", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    yield 1\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    Val result;
    CHECK(vm.send(gen, Value::small_int(5), &result) == SendResult::Error);
    vm.clear_error();
    CHECK(gen->state == FrameState::Created);
    CHECK(gen->frame->ip == 1);
    CHECK(gen->frame->lasti == 0);
}

TEST_CASE("while running, f_back is the resumer; suspended, it is null", "[vm][generator]") {
    Vm vm;
    Recorder rec;
    vm.set_observer(&rec);
    REQUIRE(vm.run("def g():\n    yield 1\n    yield 2\n    yield 3\n"
                   "def driver():\n    return next(gen)\n"
                   "gen = g()\ndriver()\nfor x in gen:\n    pass\n"));
    // Resumed by next() inside driver, then twice by the FOR_ITER of the module.
    std::vector<std::string> seen;
    for (const Event& e : rec.events)
        if (e.frame == "g") seen.push_back(e.kind + ":" + e.back);
    CHECK(seen == std::vector<std::string>{"resume:driver", "yield:driver", "resume:<module>", "yield:<module>",
                                           "resume:<module>", "yield:<module>", "resume:<module>"});
    for (const Event& e : rec.events) CHECK(e.state == FrameState::Running);
    GeneratorObject* gen = vm.gen("gen");
    CHECK(gen->state == FrameState::Completed);
}

TEST_CASE("the value sent is on the resumed frame's stack and consumed by the yield", "[vm][generator]") {
    Vm vm;
    Recorder rec;
    vm.set_observer(&rec);
    REQUIRE(vm.run("def g():\n    for i in range(2):\n        x = yield i\ngen = g()\nnext(gen)\ngen.send(7)\n"));
    // First resume: only the None pushed for RESUME; later ones: the iterator and the value.
    std::vector<uint32_t> resume_depths, yield_depths;
    for (const Event& e : rec.events) (e.kind == "resume" ? resume_depths : yield_depths).push_back(e.stack_depth);
    CHECK(resume_depths == std::vector<uint32_t>{1, 2});
    // At each yield the iterator stays below (the yielded value was popped).
    CHECK(yield_depths == std::vector<uint32_t>{1, 1});
}

TEST_CASE("yield from links the delegate's frame on top of the delegating one", "[vm][generator]") {
    Vm vm;
    Recorder rec;
    vm.set_observer(&rec);
    REQUIRE(vm.run("def inner():\n    yield 'a'\n    return 5\n"
                   "def outer():\n    r = yield from inner()\n    yield r\n"
                   "gen = outer()\nfirst = next(gen)\n"));
    std::vector<std::string> seen;
    for (const Event& e : rec.events) seen.push_back(e.kind + ":" + e.frame + "<-" + e.back);
    CHECK(seen == std::vector<std::string>{"resume:outer<-<module>", "resume:inner<-outer", "yield:inner<-outer",
                                           "yield:outer<-<module>"});

    GeneratorObject* gen = vm.gen("gen");
    CHECK(gen->state == FrameState::Suspended);
    Value d = gen->delegate();
    REQUIRE(d);
    REQUIRE(is_generator_object(d));
    GeneratorObject* sub = as_generator(d);
    Val keep_sub = Val::borrow(d);  // outlives the outer generator's reference, dropped at END_SEND
    CHECK(sub->state == FrameState::Suspended);
    CHECK(sub->frame->back == nullptr);
    // The delegate sits on top of the outer frame's stack, and SEND comes before the resume point.
    FrameObject* f = gen->frame.get();
    REQUIRE(f->stack_depth >= 1);
    CHECK(f->stack_base()[f->stack_depth - 1].get() == d);
    CHECK(op_at(f, f->ip) == Op::RESUME);
    CHECK(arg_at(f, f->ip) >= 2);

    // Resuming the outer generator from C++ runs the inner one to its return.
    Val result;
    REQUIRE(vm.send(gen, none(), &result) == SendResult::Next);
    CHECK(small_int(result) == 5);
    CHECK(sub->state == FrameState::Completed);
    CHECK(gen->delegate().is_null());
    CHECK(f->stack_depth == 0);
}

TEST_CASE("close() of a suspended generator runs its finally and completes it", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\ngen = g()\nnext(gen)\n"));
    GeneratorObject* gen = vm.gen("gen");
    CHECK(gen->state == FrameState::Suspended);
    REQUIRE(vm.close(gen));
    CHECK(vm.out == "cleanup\n");
    CHECK(gen->state == FrameState::Completed);
    CHECK_FALSE(gen->frame);
    REQUIRE(vm.close(gen));  // closing again does nothing
    CHECK(vm.out == "cleanup\n");
}

TEST_CASE("close() of a created generator drops the frame without running it", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    print('body')\n    yield 1\ngen = g()\n"));
    GeneratorObject* gen = vm.gen("gen");
    REQUIRE(vm.close(gen));
    CHECK(gen->state == FrameState::Completed);
    CHECK_FALSE(gen->frame);
    CHECK(vm.out.empty());
}

TEST_CASE("a handled throw leaves the generator suspended; an unhandled one completes it", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    while True:\n        try:\n            yield 'ready'\n"
                   "        except KeyError:\n            yield 'caught'\ngen = g()\nnext(gen)\n"));
    GeneratorObject* gen = vm.gen("gen");
    uint32_t ready_ip = gen->frame->ip;

    Val result;
    Val key_error = new_exception(exc_types().key_error, "k").into_val();
    REQUIRE(vm.throw_into(gen, std::move(key_error), &result) == SendResult::Next);
    CHECK(gen->state == FrameState::Suspended);
    CHECK(gen->frame->ip != ready_ip);  // now at the yield inside the handler
    CHECK(op_at(gen->frame.get(), gen->frame->lasti) == Op::YIELD_VALUE);

    Val value_error = new_exception(exc_types().value_error, "v").into_val();
    CHECK(vm.throw_into(gen, std::move(value_error), &result) == SendResult::Error);
    vm.clear_error();
    CHECK(gen->state == FrameState::Completed);
    CHECK_FALSE(gen->frame);
}

TEST_CASE("a generator cannot resume itself", "[vm][generator]") {
    Vm vm;
    REQUIRE(vm.run("def g():\n    try:\n        next(gen)\n    except ValueError as e:\n        print(e)\n    yield 1\n"
                   "gen = g()\nnext(gen)\n"));
    CHECK(vm.out == "generator already executing\n");
    CHECK(vm.gen("gen")->state == FrameState::Suspended);
}

TEST_CASE("Python sees the same state machine through gi_* and f_* attributes", "[vm][generator]") {
    ys::api::Session s;
    REQUIRE(s.load("def g():\n    yield 1\n    yield 2\n"
                   "gen = g()\n"
                   "def show():\n"
                   "    f = gen.gi_frame\n"
                   "    print(gen.gi_running, gen.gi_suspended, f is None or f.f_back is None,\n"
                   "          None if f is None else f.f_lasti)\n"
                   "show()\nnext(gen)\nshow()\nnext(gen)\nshow()\nnext(gen, None)\nshow()\n")
                .ok);
    s.run();
    std::string out = s.stdout_text();
    // created: f_lasti 0 (RETURN_GENERATOR); then two suspensions at later
    // instructions; then the frame is gone.
    std::vector<std::string> lines;
    for (size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(out.substr(start, end - start));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "False False True 0");
    CHECK(lines[1].rfind("False True True ", 0) == 0);
    CHECK(lines[2].rfind("False True True ", 0) == 0);
    CHECK(std::stoi(lines[2].substr(16)) > std::stoi(lines[1].substr(16)));
    CHECK(lines[3] == "False False True None");
}
