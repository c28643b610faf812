#include "app/system_random.h"

#include <sodium.h>

#include <stdexcept>

namespace doithoai {

void SystemRandom::Fill(std::span<uint8_t> out) const { randombytes_buf(out.data(), out.size()); }

const Random& SystemRandomSource() {
  static const SystemRandom instance = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    return SystemRandom();
  }();
  return instance;
}

}  // namespace doithoai
