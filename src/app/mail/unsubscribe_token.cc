#include "app/mail/unsubscribe_token.h"

#include <sodium.h>

#include <array>
#include <vector>

#include "domain/mail/email_address.h"

namespace doithoai {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
constexpr std::string_view kPurpose = "doithoai-unsubscribe-v1\n";  // domain separation

std::string Base64Url(const unsigned char* bytes, size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, n, kVariant);
  out.resize(out.find('\0'));
  return out;
}

bool FromBase64Url(std::string_view text, std::vector<unsigned char>& out) {
  out.assign(text.size(), 0);
  size_t n = 0;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &n, nullptr,
                        kVariant) != 0) {
    return false;
  }
  out.resize(n);
  return true;
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> Mac(std::string_view key,
                                                            std::string_view address,
                                                            std::string_view purpose = kPurpose) {
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(purpose.data()),
                                purpose.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(address.data()),
                                address.size());
  crypto_auth_hmacsha256_final(&st, mac.data());
  return mac;
}

}  // namespace

std::string UnsubscribeToken(std::string_view key, std::string_view address) {
  auto mac = Mac(key, address);
  return Base64Url(reinterpret_cast<const unsigned char*>(address.data()), address.size()) + "." +
         Base64Url(mac.data(), mac.size());
}

Result<std::string> VerifyUnsubscribeToken(std::string_view key, std::string_view token) {
  if (token.empty()) return Error::Invalid("token", "thiếu mã ngừng nhận thư");
  const auto bad = [] {
    return Error::Invalid("token",
                          "mã ngừng nhận thư không hợp lệ (hãy dùng đúng đường dẫn trong thư)");
  };
  if (token.size() > 600 || key.empty()) return bad();
  size_t dot = token.find('.');
  if (dot == std::string_view::npos) return bad();
  std::vector<unsigned char> address, mac;
  if (!FromBase64Url(token.substr(0, dot), address) || !FromBase64Url(token.substr(dot + 1), mac) ||
      mac.size() != crypto_auth_hmacsha256_BYTES) {
    return bad();
  }
  std::string text(address.begin(), address.end());
  auto expected = Mac(key, text);
  if (sodium_memcmp(expected.data(), mac.data(), expected.size()) != 0) return bad();
  auto valid = ValidateEmailAddress("token", text);
  if (!valid.ok() || *valid != text) return bad();
  return text;
}

std::string SignedToken(std::string_view key, std::string_view purpose, std::string_view payload) {
  auto mac = Mac(key, payload, purpose);
  return Base64Url(reinterpret_cast<const unsigned char*>(payload.data()), payload.size()) + "." +
         Base64Url(mac.data(), mac.size());
}

std::optional<std::string> VerifySignedToken(std::string_view key, std::string_view purpose,
                                             std::string_view token) {
  if (token.empty() || token.size() > 600 || key.empty()) return std::nullopt;
  size_t dot = token.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::vector<unsigned char> payload, mac;
  if (!FromBase64Url(token.substr(0, dot), payload) || !FromBase64Url(token.substr(dot + 1), mac) ||
      mac.size() != crypto_auth_hmacsha256_BYTES) {
    return std::nullopt;
  }
  std::string text(payload.begin(), payload.end());
  auto expected = Mac(key, text, purpose);
  if (sodium_memcmp(expected.data(), mac.data(), expected.size()) != 0) return std::nullopt;
  return text;
}

std::string UnsubscribeUrl(std::string_view base, std::string_view token) {
  return std::string(base) + "/api/unsubscribe?token=" + std::string(token);
}

}  // namespace doithoai
