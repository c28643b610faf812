#include "app/auth/passwords.h"

#include <sodium.h>

#include <stdexcept>

#include "text/normalize.h"

namespace doithoai {
namespace {

void EnsureSodium() {
  static const bool ready = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    return true;
  }();
  (void)ready;
}

std::string Hex(const unsigned char* data, size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, n);
  out.pop_back();
  return out;
}

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  DT_RETURN_IF_ERROR(CheckPasswordStrength(password));
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::Internal("không đủ bộ nhớ để băm mật khẩu");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  if (password.size() > kPasswordMaxBytes) return false;
  std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string RandomToken() {
  EnsureSodium();
  unsigned char buf[32];
  randombytes_buf(buf, sizeof buf);
  return Hex(buf, sizeof buf);
}

std::string Sha256Hex(std::string_view data) {
  EnsureSodium();
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Hex(out, sizeof out);
}

Status CheckPasswordStrength(std::string_view password) {
  if (!text::IsValidUtf8(password)) return Error::Invalid("password", "không phải UTF-8 hợp lệ");
  if (text::CodePointCount(password) < kPasswordMinChars) {
    return Error::Invalid("password",
                          "mật khẩu cần ít nhất " + std::to_string(kPasswordMinChars) + " ký tự");
  }
  if (password.size() > kPasswordMaxBytes) return Error::Invalid("password", "mật khẩu quá dài");
  return Ok();
}

}  // namespace doithoai
