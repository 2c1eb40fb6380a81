// MT19937 (see random_generator.h), the reference algorithm of Matsumoto and
// Nishimura as Modules/_randommodule.c carries it.
#include "runtime/random_generator.h"

#include <cstddef>

namespace ys::runtime {

namespace {
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;
}  // namespace

void Mt19937::init_genrand(uint32_t s) {
    state[0] = s;
    for (int i = 1; i < kN; ++i) state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index = kN;
}

void Mt19937::seed_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218U);
    std::size_t i = 1, j = 0;
    const std::size_t n = key.size();
    for (std::size_t k = kN > n ? kN : n; k; --k) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= kN) {
            state[0] = state[kN - 1];
            i = 1;
        }
        if (j >= n) j = 0;
    }
    for (std::size_t k = kN - 1; k; --k) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
        ++i;
        if (i >= kN) {
            state[0] = state[kN - 1];
            i = 1;
        }
    }
    state[0] = 0x80000000U;  // the most significant bit set keeps the state non-zero
}

void Mt19937::refill() {
    auto twist = [this](int a, int b, int c) {
        uint32_t y = (state[a] & kUpperMask) | (state[b] & kLowerMask);
        state[a] = state[c] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    };
    int k = 0;
    for (; k < kN - kM; ++k) twist(k, k + 1, k + kM);
    for (; k < kN - 1; ++k) twist(k, k + 1, k + (kM - kN));
    twist(kN - 1, 0, kM - 1);
    index = 0;
}

uint32_t Mt19937::next_u32() {
    if (index >= kN) refill();
    uint32_t y = state[index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

double Mt19937::next_double() {
    uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

}  // namespace ys::runtime
