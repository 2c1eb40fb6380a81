// The object header, tagged values and owning references (CPython's PyObject,
// Py_INCREF/Py_DECREF). Objects are reference counted so that they are finalised
// at exactly the moment CPython finalises them; small ints live inside the value
// word itself and never allocate.
#pragma once

#include <cstdint>
#include <utility>

// For the reference-count primitives: the eval loop is one huge function, past
// the size where GCC stops inlining small callees into it, so without this every
// push, pop and store of a value would be a call.
#if defined(__GNUC__)
#define YS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define YS_ALWAYS_INLINE inline
#endif

namespace ys::objects {

struct TypeObject;
class Object;
class DictObject;
template <class T>
class Ref;

// What every object's constructor and destructor need from the session
// running on this thread, reached through one thread-local pointer (set with
// the session's Context, see context.h; null outside a session).
struct Heap {
    // Objects made in this session so far: each takes the next number as its
    // serial (Object::serial), so every replay of a run numbers them alike.
    uint32_t allocations = 0;
    // Tracked objects made since the last collection, net of the tracked ones
    // freed (CPython's generations[0].count, gc.get_count()[0]), frames aside.
    uint32_t young_count = 0;
    // young_count past this asks for a collection; UINT32_MAX while automatic
    // collection is off (gc.disable(), a threshold of 0).
    uint32_t young_trigger = UINT32_MAX;
    // Tracked objects of this type do not count in young_count: frames. In
    // CPython 3.11 a frame lives inside its generator, or on the data stack,
    // and is no allocation of the collector's; counting a generator's frame
    // as well would make generators run collections twice as often.
    const TypeObject* uncounted_type = nullptr;
    // A collection is due: the VM runs it at its next safe point (gc.cpp).
    bool collect_pending = false;
    // The list head of the youngest generation, where new objects are linked.
    Object* young = nullptr;
};
extern thread_local constinit Heap* current_heap;

// Called by the cycle collector for every reference an object holds.
class Visitor {
public:
    virtual ~Visitor() = default;
    // Inline (below Object): the collector's two passes over an examined
    // list, which visit every reference every object in it holds, do their
    // common work here, without a virtual call per reference.
    void visit(Object* referent);

protected:
    // SubtractInternal and VisitReachable are the passes of gc.cpp's
    // deduce_unreachable, which visit() carries out itself: it knows how the
    // collector flags the links during a collection (gc.cpp: bit 0 of
    // gc_prev_ "collecting", with the count of outside references above it;
    // bit 0 of gc_next_ "unreachable"). Any other visitor is Call.
    enum class Mode : uint8_t { Call, SubtractInternal, VisitReachable };
    explicit Visitor(Mode mode = Mode::Call) : mode_(mode) {}
    // What visit() leaves to the visitor: every reference for Call; for
    // VisitReachable, one taken for unreachable earlier, to move back.
    virtual void on_visit(Object* referent) = 0;

private:
    const Mode mode_;
};

class Object {
public:
    // An object made while a session runs takes its serial and joins the
    // youngest generation of the cycle collector (gc.cpp).
    explicit Object(TypeObject* type) : type_(type) {
        if (Heap* h = current_heap) {
            serial = ++h->allocations;
            link(h);
        }
    }
    virtual ~Object() { untrack(); }
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    TypeObject* type() const { return type_; }
    uint32_t refcount() const { return refcnt_; }
    void incref() { ++refcnt_; }
    // Returns true when the last reference went away (the caller deallocates).
    bool decref_is_last() { return --refcnt_ == 0; }

    // Reports every object this one holds a strong reference to (for the cycle collector).
    virtual void traverse(Visitor&) {}
    // Where this object keeps its __dict__ (made on first use), or null when its
    // type gives instances none: instances of classes, exceptions, functions.
    virtual Ref<DictObject>* dict_slot() { return nullptr; }

    // Drops the references that can form cycles (CPython's tp_clear): the
    // collector calls it on garbage it found, after the finalizers ran.
    virtual void clear_refs() {}

    // Objects that are never freed (built-in types, interned names) start with a
    // count so large that it can never reach zero.
    static constexpr uint32_t kImmortalCount = 1u << 30;
    // Immortal objects may be shared by sessions: they leave the collector's list.
    void make_immortal() {
        refcnt_ = kImmortalCount;
        untrack();
    }
    bool is_immortal() const { return refcnt_ >= kImmortalCount / 2; }

    // Set once a per-session id has been handed out for this object (id(), default hash).
    uint32_t has_session_id : 1 = 0;
    // Its __del__ has run (PEP 442: at most once, even if the object survives it).
    uint32_t finalized : 1 = 0;
    // Weak references point at it (the session's table lists them).
    uint32_t has_weakrefs : 1 = 0;
    // The object's number in its session's allocation order (the inspector's
    // stable object id, the same in every replay of the run); 0 when made
    // outside a session. Packed with the flags to keep the header small.
    uint32_t serial : 29 = 0;

    // Whether the cycle collector sees this object (gc.is_tracked, before
    // the dict rule gc_module.cpp adds).
    bool is_tracked() const { return gc_next_ != nullptr; }
    // Leaves the collector's lists: done before an object is destroyed, so
    // that a collection its finalisers start cannot find it half freed.
    void untrack() {
        if (!gc_next_) return;
        gc_prev_->gc_next_ = gc_next_;
        gc_next_->gc_prev_ = gc_prev_;
        gc_prev_ = gc_next_ = nullptr;
        if (Heap* h = current_heap; h && h->young_count > 0 && type_ != h->uncounted_type) --h->young_count;
    }

    // Reports `child`, an object this one holds, to `v` from a traverse():
    // a child kept off the collector's lists while this object is its only
    // holder (a generator's frame, an instance's __dict__, which CPython keeps
    // inside their owner) has its own references reported as its owner's.
    // Code that hands such a child to anyone else tracks it first; a child
    // held twice and still untracked reports nothing, which is safe: what it
    // holds then counts as held from outside.
    static void visit_owned(Visitor& v, Object* child) {
        if (child->is_tracked()) {
            v.visit(child);
        } else if (child->refcnt_ == 1) {
            child->traverse(v);
        }
    }

    // The links of the generation list the object is in (both null when it
    // is untracked). During a collection gc_prev_ holds the collector's count
    // instead (gc.cpp), as CPython's PyGC_Head shares _gc_prev.
    Object* gc_prev_ = nullptr;
    Object* gc_next_ = nullptr;

protected:
    void set_type(TypeObject* t) { type_ = t; }

    // Objects that cannot hold references (str, int, float, bytes, code,
    // range), never part of a cycle, stay off the collector's lists, as
    // CPython's types without Py_TPFLAGS_HAVE_GC do.
    struct Untracked {};
    Object(TypeObject* type, Untracked) : type_(type) {
        if (Heap* h = current_heap) serial = ++h->allocations;
    }
    // The collector's list heads (gc.cpp): no serial, never tracked.
    struct ListHead {};
    explicit Object(ListHead) : type_(nullptr) {}
    // Tracks an object made untracked (an instance of a subclass of one of
    // those types holds a __dict__ and its class).
    void track() {
        if (Heap* h = current_heap; h && !gc_next_) link(h);
    }

private:
    // Appends to the youngest generation and counts the allocation towards
    // the next automatic collection (CPython's _PyObject_GC_Link).
    void link(Heap* h) {
        Object* head = h->young;
        gc_prev_ = head->gc_prev_;
        gc_next_ = head;
        head->gc_prev_->gc_next_ = this;
        head->gc_prev_ = this;
        if (type_ != h->uncounted_type && ++h->young_count > h->young_trigger) h->collect_pending = true;
    }

    uint32_t refcnt_ = 1;
    TypeObject* type_;
};

inline void Visitor::visit(Object* r) {
    if (mode_ == Mode::Call) return on_visit(r);
    auto prev = reinterpret_cast<uintptr_t>(r->gc_prev_);
    if (!(prev & 1)) return;  // not in the list examined
    if (mode_ == Mode::SubtractInternal) {
        r->gc_prev_ = reinterpret_cast<Object*>(prev - 2);  // one outside reference fewer
        return;
    }
    if (reinterpret_cast<uintptr_t>(r->gc_next_) & 1) return on_visit(r);
    if (prev == 1) r->gc_prev_ = reinterpret_cast<Object*>(uintptr_t(3));  // count 0 becomes 1: reachable
}

// Frees an object whose count reached zero. Defined in the runtime glue so that
// finalisers (__del__, closing a suspended generator) can run Python code.
// It never throws: every reference released (most by a destructor) may call
// it, and in wasm each call of a function that may throw from a destructor
// costs the caller a landing pad of its own.
void deallocate(Object* o) noexcept;

// A Python value in one machine word: a small int (low bit set) or an object
// pointer (low bit clear; 0 is "no value", used for errors and empty slots).
// Value does not own what it points to; Val does.
class Value {
public:
    static constexpr int64_t kSmallMax = (int64_t(1) << 61) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 61);

    constexpr Value() = default;
    Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: implicit by design

    static Value small_int(int64_t i) { Value v; v.bits_ = (static_cast<uint64_t>(i) << 1) | 1u; return v; }
    static bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

    bool is_null() const { return bits_ == 0; }
    explicit operator bool() const { return bits_ != 0; }
    bool is_small_int() const { return bits_ & 1u; }
    bool is_object() const { return bits_ != 0 && !(bits_ & 1u); }
    int64_t as_small_int() const { return static_cast<int64_t>(bits_) >> 1; }
    Object* as_object() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
    uint64_t bits() const { return bits_; }

    friend bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }
    friend bool operator!=(Value a, Value b) { return a.bits_ != b.bits_; }

    YS_ALWAYS_INLINE void incref() const {
        if (is_object()) as_object()->incref();
    }
    YS_ALWAYS_INLINE void decref() const {
        if (is_object()) {
            Object* o = as_object();
            if (o->decref_is_last()) deallocate(o);
        }
    }

private:
    uint64_t bits_ = 0;
};

// An owning reference to a Value: copies incref, destruction decrefs.
class Val {
public:
    Val() = default;
    Val(std::nullptr_t) {}  // NOLINT
    // Takes a new reference to v.
    static Val borrow(Value v) { v.incref(); return Val(v, Adopt{}); }
    // Takes over a reference the caller already owns.
    static Val adopt(Value v) { return Val(v, Adopt{}); }
    static Val small_int(int64_t i) { return Val(Value::small_int(i), Adopt{}); }

    YS_ALWAYS_INLINE Val(const Val& o) : v_(o.v_) { v_.incref(); }
    Val(Val&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
    YS_ALWAYS_INLINE Val& operator=(const Val& o) {
        Value old = v_;
        v_ = o.v_;
        v_.incref();
        old.decref();
        return *this;
    }
    YS_ALWAYS_INLINE Val& operator=(Val&& o) noexcept {
        if (this != &o) {
            Value old = v_;
            v_ = o.v_;
            o.v_ = Value();
            old.decref();
        }
        return *this;
    }
    YS_ALWAYS_INLINE ~Val() { v_.decref(); }

    Value get() const { return v_; }
    operator Value() const { return v_; }  // NOLINT: a Val can be read wherever a Value can
    explicit operator bool() const { return !v_.is_null(); }
    bool is_null() const { return v_.is_null(); }
    // Gives up ownership without a decref.
    Value release() { Value v = v_; v_ = Value(); return v; }
    YS_ALWAYS_INLINE void reset() { Value old = v_; v_ = Value(); old.decref(); }

private:
    struct Adopt {};
    Val(Value v, Adopt) : v_(v) {}
    Value v_;
};

// An owning, typed reference to an object of class T.
template <class T>
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) {}  // NOLINT
    static Ref borrow(T* p) { if (p) p->incref(); return Ref(p, Adopt{}); }
    static Ref adopt(T* p) { return Ref(p, Adopt{}); }

    Ref(const Ref& o) : p_(o.p_) { if (p_) p_->incref(); }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U>
    Ref(Ref<U>&& o) noexcept : p_(o.release()) {}  // NOLINT: upcast
    Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Ref() { reset(); }

    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    T* release() { T* p = p_; p_ = nullptr; return p; }
    void reset() {
        T* p = p_;
        p_ = nullptr;
        if (p && p->decref_is_last()) deallocate(p);
    }
    // A Val sharing ownership of the same object.
    Val val() const { return Val::borrow(Value(static_cast<Object*>(p_))); }
    // Converts to a Val, giving up this reference.
    Val into_val() { return Val::adopt(Value(static_cast<Object*>(release()))); }

private:
    struct Adopt {};
    Ref(T* p, Adopt) : p_(p) {}
    T* p_ = nullptr;
};

// Allocates an object with a reference count of one, owned by the returned Ref.
template <class T, class... Args>
Ref<T> make(Args&&... args) {
    return Ref<T>::adopt(new T(std::forward<Args>(args)...));
}

}  // namespace ys::objects
