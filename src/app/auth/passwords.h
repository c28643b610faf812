// Password hashing with argon2id (libsodium, "interactive" limits: ~64 MiB, t=2), tokens and
// digests for sessions.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace doithoai {

inline constexpr size_t kPasswordMinChars = 8;
inline constexpr size_t kPasswordMaxBytes = 256;

Result<std::string> HashPassword(std::string_view password);  // PHC string "$argon2id$…"
bool VerifyPassword(std::string_view hash, std::string_view password);

std::string RandomToken();                     // 32 random bytes, hex
std::string Sha256Hex(std::string_view data);  // for storing token digests

// Field "password": at least kPasswordMinChars characters.
Status CheckPasswordStrength(std::string_view password);

}  // namespace doithoai
