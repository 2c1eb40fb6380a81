// The Mersenne Twister behind the random module, exactly as CPython's
// Modules/_randommodule.c runs it: init_genrand/init_by_array seeding, the
// tempered 32-bit outputs, random() from two draws and getrandbits(k).
#pragma once

#include <cstdint>
#include <vector>

namespace ys::runtime {

class Mt19937 {
public:
    static constexpr int kN = 624;

    // init_by_array: the key is the seed's absolute value in 32-bit words, least
    // significant first (at least one word).
    void seed_by_array(const std::vector<uint32_t>& key);
    uint32_t next_u32();
    // random(): a = next >> 5, b = next >> 6, (a * 2**26 + b) / 2**53.
    double next_double();

    uint32_t state[kN] = {};
    int index = kN + 1;

private:
    void init_genrand(uint32_t s);
    void refill();
};

}  // namespace ys::runtime
