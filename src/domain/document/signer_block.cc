#include "domain/document/signer_block.h"

#include "text/fold.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

// Words and abbreviations of positions and bodies, folded (no diacritics, lower case): a name
// holding one as whole words is a title. None of them reads as a Vietnamese name.
constexpr std::string_view kTitleWords[] = {
    "chu tich",    "bi thu",      "giam doc",  "chanh van phong",
    "bo truong",   "uy ban",      "ubnd",      "hdnd",
    "mttq",        "ubmttq",      "dang uy",   "thanh uy",
    "tinh uy",     "thanh doan",  "tinh doan", "lanh dao",
    "chuyen vien", "thuong truc", "thuong vu", "bch",
    "tm",          "kt",          "tl",        "tuq",
    "t/m",         "k/t",         "so noi vu", "doan thanh nien"};
// Titles whose folded form is also a name ("Trưởng phòng" folds as "Trương Phong"): matched
// in lower case with their diacritics.
constexpr std::string_view kAccentedTitleWords[] = {"trưởng phòng", "trưởng ban", "thứ trưởng",
                                                    "phó trưởng",   "văn phòng",  "cán bộ"};

// Lower case keeping diacritics (UTF-8 in, NFC expected).
std::string Lower(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + len > s.size()) break;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    text::AppendUtf8(text::LowerLetter(c), out);
    i += len;
  }
  return out;
}

// `s` (already lower case) as a space-separated word list with a space at each end,
// punctuation but '/' turned into spaces: " tm uy ban nhan dan ".
std::string WordList(std::string_view s) {
  std::string out = " ";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || u >= 0x80;
    if (keep) {
      out.push_back(c);
    } else if (out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

std::string Words(std::string_view s) { return WordList(text::Fold(s)); }

bool HasWords(const std::string& words, std::string_view phrase) {
  return words.find(" " + std::string(phrase) + " ") != std::string::npos;
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

std::string Prefix(SignerAuthority a, IssuerFamily family) {
  const bool party = family == IssuerFamily::kParty;
  switch (a) {
    case SignerAuthority::kOwn:
      return "";
    case SignerAuthority::kKt:
      return party ? "K/T " : "KT. ";
    case SignerAuthority::kTl:
      return party ? "T/L " : "TL. ";
    case SignerAuthority::kTuq:
      return party ? "T/UQ " : "TUQ. ";
    case SignerAuthority::kQ:
      return "Q. ";
  }
  return "";
}

}  // namespace

const char* SignerAuthorityName(SignerAuthority a) {
  switch (a) {
    case SignerAuthority::kOwn:
      return "";
    case SignerAuthority::kKt:
      return "KT";
    case SignerAuthority::kTl:
      return "TL";
    case SignerAuthority::kTuq:
      return "TUQ";
    case SignerAuthority::kQ:
      return "Q";
  }
  return "";
}

std::optional<SignerAuthority> ParseSignerAuthority(std::string_view name) {
  for (SignerAuthority a : {SignerAuthority::kOwn, SignerAuthority::kKt, SignerAuthority::kTl,
                            SignerAuthority::kTuq, SignerAuthority::kQ}) {
    if (name == SignerAuthorityName(a)) return a;
  }
  if (name == "TM") return SignerAuthority::kOwn;  // TM. is the collective line, not a kind
  return std::nullopt;
}

SignerLines PrintSigner(const SignerBlock& b, IssuerFamily family) {
  SignerLines out;
  if (!b.on_behalf_of.empty()) {
    out.authority.push_back((family == IssuerFamily::kParty ? "T/M " : "TM. ") + b.on_behalf_of);
  }
  out.name = b.name;
  if (b.authority == SignerAuthority::kOwn) {
    out.position = b.position;
  } else if (b.authority == SignerAuthority::kQ && b.position.empty()) {
    out.position = Prefix(b.authority, family) + b.head;
  } else {
    out.authority.push_back(Prefix(b.authority, family) + b.head);
    out.position = b.position;
  }
  return out;
}

bool LooksLikeTitle(std::string_view name) {
  const std::string folded = Words(name);
  for (std::string_view t : kTitleWords) {
    if (HasWords(folded, t)) return true;
  }
  const std::string lower = WordList(Lower(name));
  for (std::string_view t : kAccentedTitleWords) {
    if (HasWords(lower, t)) return true;
  }
  return false;
}

void CheckSignerBlock(const SignerBlock& b, const std::string& field, FieldErrors& errors) {
  const std::string name_field = field + ".name";
  if (b.name.empty()) {
    errors.Add(name_field, "cần ghi họ và tên người ký");
  } else if (LooksLikeTitle(b.name)) {
    errors.Add(name_field, "“" + b.name +
                               "” là chức vụ hoặc tên cơ quan, không phải họ và tên; ghi chức vụ "
                               "ở ô Chức vụ, ô Người ký chỉ ghi họ và tên (ví dụ: Nguyễn Văn An)");
  } else if (HasDigit(b.name)) {
    errors.Add(name_field, "họ và tên không chứa chữ số");
  } else if (Words(b.name).find(' ', 1) + 1 == Words(b.name).size()) {  // one word: " kien "
    errors.Add(name_field, "ghi đủ họ và tên (ví dụ: Nguyễn Văn An)");
  }
  if (b.name.size() > 100) errors.Add(name_field, "họ và tên quá dài (tối đa 100 byte)");
  const bool needs_head = b.authority != SignerAuthority::kOwn;
  if (needs_head && b.head.empty()) {
    errors.Add(field + ".head", std::string("ký ") + SignerAuthorityName(b.authority) +
                                    ". cần chức vụ của người đứng đầu (ví dụ: CHỦ TỊCH)");
  }
  if (b.position.empty() && b.authority != SignerAuthority::kQ) {
    errors.Add(field + ".position", "cần ghi chức vụ của người ký (ví dụ: PHÓ CHỦ TỊCH)");
  }
  if (b.authority == SignerAuthority::kKt && !b.head.empty() &&
      text::Fold(b.head) == text::Fold(b.position)) {
    errors.Add(field + ".position",
               "ký thay (KT.) là cấp phó ký thay cấp trưởng, chức vụ phải khác "
               "chức vụ người đứng đầu");
  }
  const std::pair<const char*, const std::string*> lines[] = {
      {".on_behalf_of", &b.on_behalf_of}, {".head", &b.head}, {".position", &b.position}};
  for (const auto& [suffix, value] : lines) {
    if (value->size() > 200) errors.Add(field + suffix, "quá dài (tối đa 200 byte)");
    if (value->find('\n') != std::string::npos) errors.Add(field + suffix, "chỉ một dòng");
  }
}

SignerBlock DefaultSignerBlock(IssuerFamily family) {
  switch (family) {
    case IssuerFamily::kPeoplesCommittee:
      return {"ỦY BAN NHÂN DÂN", SignerAuthority::kOwn, "", "CHỦ TỊCH", ""};
    case IssuerFamily::kParty:
      return {"ĐẢNG ỦY", SignerAuthority::kOwn, "", "BÍ THƯ", ""};
    case IssuerFamily::kFatherlandFront:
      return {"BAN THƯỜNG TRỰC", SignerAuthority::kOwn, "", "CHỦ TỊCH", ""};
    case IssuerFamily::kYouthUnion:
      return {"BAN THƯỜNG VỤ", SignerAuthority::kOwn, "", "BÍ THƯ", ""};
  }
  return {};
}

}  // namespace doithoai
