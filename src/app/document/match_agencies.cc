#include "app/document/match_agencies.h"

#include "app/ports.h"
#include "domain/access/permissions.h"
#include "text/normalize.h"

namespace doithoai {

Result<std::vector<NamedAgencyMatch>> MatchAgencyNames(Context& ctx, const Actor& actor,
                                                       UnitId unit_id,
                                                       const std::vector<std::string>& names) {
  if (names.empty()) return Error::Invalid("names", "cần ít nhất một tên cơ quan");
  if (names.size() > kMaxMatchNames) {
    return Error::Invalid("names", "tối đa " + std::to_string(kMaxMatchNames) + " tên mỗi lần");
  }
  std::vector<std::string> cleaned;
  for (size_t i = 0; i < names.size(); ++i) {
    auto c = text::CleanText(names[i]);
    std::string field = "names[" + std::to_string(i) + "]";
    if (!c) return Error::Invalid(field, "không phải văn bản UTF-8 hợp lệ");
    if (text::CodePointCount(*c) > kMaxMatchNameLength) {
      return Error::Invalid(field, "dài quá " + std::to_string(kMaxMatchNameLength) + " ký tự");
    }
    cleaned.push_back(std::move(*c));
  }
  // The unit's bodies and its children's are read in one snapshot; matching is pure work and
  // runs after it, holding no connection.
  auto dir = ReadValue<AgencyDirectory>(ctx.store, [&](Tx& tx) -> Result<AgencyDirectory> {
    auto unit = tx.units().Find(unit_id);
    if (!unit) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanRecordDocument(actor, unit->path)) {
      return Error::Forbidden("Chỉ đối chiếu tên cơ quan với đơn vị mình hoặc cấp dưới");
    }
    AgencyDirectory d;
    d.unit = *unit;
    d.agencies = tx.agencies().ListByUnit(unit->id);
    for (auto& child : tx.units().Children(unit->id)) {
      AgencyDirectory::Child c;
      c.agencies = tx.agencies().ListByUnit(child.id);
      c.unit = std::move(child);
      d.children.push_back(std::move(c));
    }
    return d;
  });
  if (!dir.ok()) return dir.error();
  AgencyMatcher matcher(std::move(*dir));
  std::vector<NamedAgencyMatch> out;
  for (auto& name : cleaned) {
    AgencyMatch m = matcher.Match(name);
    out.push_back({std::move(name), std::move(m)});
  }
  return out;
}

}  // namespace doithoai
