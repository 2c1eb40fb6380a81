// SHA-512 (FIPS 180-4), small and self-contained: random.seed(str) hashes the
// seed's bytes with it, as Lib/random.py's version-2 seeding does.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ys::runtime {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace ys::runtime
