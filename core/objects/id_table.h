// The ids a session has handed out (id(), the default hash, the "at 0x..." of
// a repr): object address to number, in an open-addressing table with linear
// probing. Numbers come from a counter, so every run of a program gets the
// same ones; addresses only find them. A task's life asks for a few (the
// loop's task set hashes it), so this is on the asyncio hot path, where a
// node-based map cost an allocation per object and a cache miss per probe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ys::objects {

class Object;

class IdTable {
public:
    // The number of `o`, given the next free number (then taken) if it had none.
    uint64_t find_or_assign(const Object* o, uint64_t* next_number) {
        if (live_ + 1 > capacity() / 2) grow();
        size_t i = home(o);
        while (slots_[i].key) {
            if (slots_[i].key == o) return slots_[i].number;
            i = (i + 1) & mask();
        }
        slots_[i] = {o, (*next_number)++};
        ++live_;
        return slots_[i].number;
    }

    // Forgets `o` (freed): the entries after it in its run move back into
    // the gap, so that no lookup stops short (backward-shift deletion).
    void erase(const Object* o) {
        if (slots_.empty()) return;
        size_t i = home(o);
        while (slots_[i].key != o) {
            if (!slots_[i].key) return;
            i = (i + 1) & mask();
        }
        size_t gap = i;
        for (size_t j = (gap + 1) & mask(); slots_[j].key; j = (j + 1) & mask()) {
            size_t h = home(slots_[j].key);
            // Entry j may fill the gap unless its home lies in (gap, j].
            bool home_after_gap = gap <= j ? (gap < h && h <= j) : (gap < h || h <= j);
            if (home_after_gap) continue;
            slots_[gap] = slots_[j];
            gap = j;
        }
        slots_[gap] = {};
        --live_;
    }

private:
    struct Slot {
        const Object* key = nullptr;
        uint64_t number = 0;
    };

    size_t capacity() const { return slots_.size(); }
    size_t mask() const { return slots_.size() - 1; }
    // Fibonacci hashing of the address: objects are 8-byte aligned and
    // allocated close together, so the low bits alone would cluster.
    size_t home(const Object* o) const {
        uint64_t h = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o)) * 0x9E3779B97F4A7C15ull;
        return static_cast<size_t>(h >> 32) & mask();
    }

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        for (const Slot& s : old) {
            if (!s.key) continue;
            size_t i = home(s.key);
            while (slots_[i].key) i = (i + 1) & mask();
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    size_t live_ = 0;
};

}  // namespace ys::objects
