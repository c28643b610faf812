#include "domain/document/issuer_family.h"

namespace doithoai {
namespace {

bool IsCityProvince(const Unit& u) { return u.name.starts_with("Thành phố "); }

constexpr char kNationalTitle[] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
constexpr char kMotto[] = "Độc lập - Tự do - Hạnh phúc";

}  // namespace

std::string UnitPlaceName(const std::string& unit_name) {
  for (std::string_view prefix : {"Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thủ đô "}) {
    if (unit_name.starts_with(prefix)) return unit_name.substr(prefix.size());
  }
  return unit_name;
}

std::string UnitNameInSentence(const std::string& unit_name) {
  if (unit_name.starts_with("Đ")) return "đ" + unit_name.substr(std::string_view("Đ").size());
  std::string out = unit_name;
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

const char* IssuerFamilyName(IssuerFamily f) {
  switch (f) {
    case IssuerFamily::kPeoplesCommittee:
      return "ubnd";
    case IssuerFamily::kParty:
      return "party";
    case IssuerFamily::kFatherlandFront:
      return "mttq";
    case IssuerFamily::kYouthUnion:
      return "youth_union";
  }
  return "ubnd";
}

std::optional<IssuerFamily> ParseIssuerFamily(std::string_view name) {
  for (IssuerFamily f : IssuerFamilies()) {
    if (name == IssuerFamilyName(f)) return f;
  }
  return std::nullopt;
}

const char* IssuerFamilyLabel(IssuerFamily f) {
  switch (f) {
    case IssuerFamily::kPeoplesCommittee:
      return "Ủy ban nhân dân";
    case IssuerFamily::kParty:
      return "Đảng ủy";
    case IssuerFamily::kFatherlandFront:
      return "Ủy ban Mặt trận Tổ quốc";
    case IssuerFamily::kYouthUnion:
      return "Đoàn Thanh niên";
  }
  return "";
}

const std::vector<IssuerFamily>& IssuerFamilies() {
  static const std::vector<IssuerFamily> kAll = {
      IssuerFamily::kPeoplesCommittee, IssuerFamily::kParty, IssuerFamily::kFatherlandFront,
      IssuerFamily::kYouthUnion};
  return kAll;
}

std::vector<std::string_view> IssuerBodyCodes(IssuerFamily f) {
  switch (f) {
    case IssuerFamily::kPeoplesCommittee:
      return {};
    case IssuerFamily::kParty:
      return {"dang-uy", "thanh-uy", "tinh-uy"};
    case IssuerFamily::kFatherlandFront:
      return {"mttq"};
    case IssuerFamily::kYouthUnion:
      return {"doan-phuong", "doan-xa", "thanh-doan", "tinh-doan"};
  }
  return {};
}

IssuerHeading HeadingFor(IssuerFamily f, const Unit& unit, const std::optional<Unit>& parent) {
  IssuerHeading h;
  const bool commune = unit.level >= UnitLevel::kCommune;
  const std::string place = UnitPlaceName(unit.name);
  h.title = kNationalTitle;
  h.motto = kMotto;
  h.number_label = "Số: ";
  switch (f) {
    case IssuerFamily::kPeoplesCommittee:
      h.issuer = "Ủy ban nhân dân\n" + unit.name;
      h.issuer_code = "UBND";
      h.host = "Ủy ban nhân dân " + UnitNameInSentence(unit.name);
      break;
    case IssuerFamily::kParty:
      // HD 36-HD/VPTW: the superior Party organisation above the issuer, then a star.
      h.title = "ĐẢNG CỘNG SẢN VIỆT NAM";
      h.motto.clear();
      h.mark = "*";
      h.number_label = "Số ";
      h.joint = '-';
      if (commune) {
        if (parent) h.parent_issuer = "Đảng bộ " + UnitNameInSentence(parent->name);
        h.issuer = "Đảng ủy " + UnitNameInSentence(unit.name);
        h.issuer_code = "ĐU";
      } else {
        h.issuer = (IsCityProvince(unit) ? "Thành ủy " : "Tỉnh ủy ") + place;
        h.issuer_code = "TU";
      }
      h.host = h.issuer;
      break;
    case IssuerFamily::kFatherlandFront:
      h.parent_issuer = "Ủy ban MTTQ Việt Nam\n" + UnitNameInSentence(unit.name);
      h.issuer = "Ban Thường trực";
      h.issuer_code = "MTTQ";
      h.host = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam " + UnitNameInSentence(unit.name);
      break;
    case IssuerFamily::kYouthUnion:
      h.title = "ĐOÀN TNCS HỒ CHÍ MINH";
      h.motto.clear();
      h.mark = "***";
      h.joint = '-';
      if (commune) {
        if (parent) {
          h.parent_issuer = (IsCityProvince(*parent) ? "Thành đoàn " : "Tỉnh đoàn ") +
                            UnitPlaceName(parent->name);
        }
        h.issuer = "BCH Đoàn " + UnitNameInSentence(unit.name);
        h.issuer_code = "ĐTN";
        h.host = "Ban Chấp hành Đoàn " + UnitNameInSentence(unit.name);
      } else {
        h.issuer = (IsCityProvince(unit) ? "Thành đoàn " : "Tỉnh đoàn ") + place;
        h.issuer_code = "TĐTN";
        h.host = h.issuer;
      }
      break;
  }
  return h;
}

std::string LetterSymbol(IssuerFamily f, std::string_view issuer_code,
                         std::string_view drafting_unit) {
  std::string out;
  switch (f) {
    case IssuerFamily::kParty:
    case IssuerFamily::kYouthUnion:
      out = "CV/" + std::string(issuer_code);
      break;
    case IssuerFamily::kFatherlandFront:
      out = std::string(issuer_code) + "-BTT";
      break;
    case IssuerFamily::kPeoplesCommittee:
      out = std::string(issuer_code);
      break;
  }
  if (!drafting_unit.empty()) out += "-" + std::string(drafting_unit);
  return out;
}

std::string TypedSymbol(IssuerFamily f, std::string_view type_code, std::string_view issuer_code) {
  const char joint = f == IssuerFamily::kParty || f == IssuerFamily::kYouthUnion ? '/' : '-';
  return std::string(type_code) + joint + std::string(issuer_code);
}

std::string IssuerSeriesKey(IssuerFamily f, UnitId unit, Date on) {
  return "docnum:unit-" + std::to_string(unit.value) + "-" + IssuerFamilyName(f) + ":" +
         std::to_string(on.year());
}

bool NeedsDraftingUnit(IssuerFamily f) { return f == IssuerFamily::kPeoplesCommittee; }

}  // namespace doithoai
