// The production Random: libsodium's randombytes (the kernel's getrandom), thread-safe.
#pragma once

#include "core/random.h"

namespace doithoai {

class SystemRandom final : public Random {
 public:
  void Fill(std::span<uint8_t> out) const override;
};

// One process-wide instance (libsodium initialised on first use).
const Random& SystemRandomSource();

}  // namespace doithoai
