#include "domain/document/recipients.h"

namespace doithoai {
namespace {

bool IsCity(const Unit& u) { return u.name.starts_with("Thành phố "); }

// "Thành ủy Hải Phòng", "Tỉnh ủy Hưng Yên"; "Đảng ủy phường Hồng Bàng" below.
std::string PartyCommittee(const Unit& u) {
  if (u.level == UnitLevel::kProvince) {
    return (IsCity(u) ? "Thành ủy " : "Tỉnh ủy ") + UnitPlaceName(u.name);
  }
  return "Đảng ủy " + UnitNameInSentence(u.name);
}

std::string YouthUnion(const Unit& u) {
  if (u.level == UnitLevel::kProvince) {
    return (IsCity(u) ? "Thành đoàn " : "Tỉnh đoàn ") + UnitPlaceName(u.name);
  }
  return "Đoàn " + UnitNameInSentence(u.name);
}

}  // namespace

std::string SuperiorOf(IssuerFamily family, const Unit& unit, const std::optional<Unit>& parent) {
  const bool commune = unit.level >= UnitLevel::kCommune;
  switch (family) {
    case IssuerFamily::kPeoplesCommittee:
      if (unit.level == UnitLevel::kNation) return "Thủ tướng Chính phủ";
      if (unit.level == UnitLevel::kProvince) return "Bộ Nội vụ";
      if (!parent) return "";
      return "Ủy ban nhân dân " + UnitNameInSentence(parent->name) + " (qua Sở Nội vụ)";
    case IssuerFamily::kParty:
      if (commune && parent) return "Ban Thường vụ " + PartyCommittee(*parent);
      return unit.level == UnitLevel::kProvince ? "Ban Bí thư Trung ương Đảng" : "";
    case IssuerFamily::kFatherlandFront:
      if (commune && parent) {
        return "Ban Thường trực Ủy ban MTTQ Việt Nam " + UnitNameInSentence(parent->name);
      }
      return unit.level == UnitLevel::kProvince ? "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
                                                : "";
    case IssuerFamily::kYouthUnion:
      if (commune && parent) return "Ban Thường vụ " + YouthUnion(*parent);
      return unit.level == UnitLevel::kProvince ? "Ban Bí thư Trung ương Đoàn" : "";
  }
  return "";
}

std::vector<std::string> OwnBodiesOf(IssuerFamily family, const Unit& unit) {
  if (unit.level == UnitLevel::kNation) return {};
  const std::string area = UnitNameInSentence(unit.name);
  if (family == IssuerFamily::kPeoplesCommittee) {
    return {"Thường trực " + PartyCommittee(unit), "Thường trực Hội đồng nhân dân " + area};
  }
  return {"Ủy ban nhân dân " + area};
}

Recipients DefaultRecipients(DocumentPurpose purpose, IssuerFamily family, const Unit& unit,
                             const std::optional<Unit>& parent) {
  Recipients r;
  const std::string superior = SuperiorOf(family, unit, parent);
  r.copies = OwnBodiesOf(family, unit);
  if (purpose == DocumentPurpose::kReport) {
    if (!superior.empty()) r.addressed.push_back(superior);
    return r;
  }
  if (!superior.empty()) {
    // "Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)" is how a report travels; a copy
    // for information goes to the body itself.
    std::string body = superior;
    if (auto at = body.find(" (qua "); at != std::string::npos) body.erase(at);
    r.copies.insert(r.copies.begin(), body + " (để báo cáo)");
  }
  return r;
}

}  // namespace doithoai
