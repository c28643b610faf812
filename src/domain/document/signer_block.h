// The signature block of a document a leader signs (issue 13): who signs, in whose name, with
// which authority, as Decree 30/2020/NĐ-CP (Art. 13, Appendix I) and the Party's Hướng dẫn
// 36-HD/VPTW write it:
//   TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn An       (on behalf of a collective body)
//   TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / … (a deputy signs for the head)
//   TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / …                     (by order)
//   TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ / …                 (by authorisation)
//   Q. CHỦ TỊCH / …                                        (acting head)
//   T/M BAN THƯỜNG VỤ / BÍ THƯ (or PHÓ BÍ THƯ) / …          (Party: "T/M", "K/T", "T/L")
//   TM. BAN THƯỜNG VỤ / BÍ THƯ / …                         (Youth Union)
// Pure: validation only, no storage. The name is a person's name: a title typed into it
// ("Chủ tịch UBND thành phố") is refused, so no document prints a position as a signature.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/document/issuer_family.h"

namespace doithoai {

enum class SignerAuthority {
  kOwn,  // the head signs in their own name, or for the collective alone (TM.)
  kKt,   // ký thay: a deputy for the head
  kTl,   // thừa lệnh: by order of the head
  kTuq,  // thừa ủy quyền: by authorisation of the head
  kQ,    // quyền: acting head
};
// "", "KT", "TL", "TUQ", "Q" — the API's words.
const char* SignerAuthorityName(SignerAuthority a);
std::optional<SignerAuthority> ParseSignerAuthority(std::string_view name);

struct SignerBlock {
  // The collective body signed for ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ", "ĐẢNG ỦY"): prints
  // "TM. <body>" ("T/M <body>" for the Party) on the first line; empty when none.
  std::string on_behalf_of;
  SignerAuthority authority = SignerAuthority::kOwn;
  // The head's position for KT./TL./TUQ./Q.: "CHỦ TỊCH" prints "KT. CHỦ TỊCH". Unused for kOwn.
  std::string head;
  // The signer's own position ("PHÓ CHỦ TỊCH", "BÍ THƯ"); for Q. it may be left empty.
  std::string position;
  std::string name;  // "Nguyễn Văn An": a person's name, never a title
};

// The lines printed, top-down, before the space to sign: authority lines, then the position
// line; the name is printed after the space. {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"} and
// "PHÓ CHỦ TỊCH"; Q. prints its head with the prefix as the position: "Q. CHỦ TỊCH".
struct SignerLines {
  std::vector<std::string> authority;
  std::string position;
  std::string name;
};
SignerLines PrintSigner(const SignerBlock& block, IssuerFamily family);

// Every field error, named under `field` ("signer.name", "signer.head"…), in Vietnamese: the
// name missing or looking like a position or an office, a KT./TL./TUQ./Q. without the head's
// position, a KT. whose deputy position is the head's, a missing position.
void CheckSignerBlock(const SignerBlock& block, const std::string& field, FieldErrors& errors);

// True when `name` reads as a position or an office rather than a person ("Chủ tịch", "Phó
// Chủ tịch UBND", "Bí thư Đảng ủy", "TM. Ủy ban nhân dân", "Lãnh đạo Sở"): a title word, an
// authority prefix or a body's abbreviation anywhere in it.
bool LooksLikeTitle(std::string_view name);

// The block a family signs with when nothing was remembered: the head for the collective
// ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "T/M ĐẢNG ỦY / BÍ THƯ", "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH",
// "TM. BAN THƯỜNG VỤ / BÍ THƯ"), with no name.
SignerBlock DefaultSignerBlock(IssuerFamily family);

}  // namespace doithoai
