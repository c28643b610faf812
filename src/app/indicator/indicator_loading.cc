#include "app/indicator/indicator_loading.h"

namespace doithoai {

Result<LoadedProgramme> LoadProgramme(Tx& tx, ProgrammeId id) {
  auto p = tx.indicators().FindProgramme(id);
  if (!p) return Error::NotFound("chương trình chỉ tiêu");
  auto u = tx.units().Find(p->unit);
  if (!u) return Error::NotFound("đơn vị");
  return LoadedProgramme{*p, *u};
}

Result<LoadedRound> LoadRound(Tx& tx, RoundId id) {
  auto r = tx.indicators().FindRound(id);
  if (!r) return Error::NotFound("kỳ báo cáo");
  DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, r->programme));
  return LoadedRound{*r, lp.programme, lp.unit};
}

Result<Date> ParseDateField(const std::string& field, const std::string& iso) {
  auto d = Date::Parse(iso);
  if (!d) return Error::Invalid(field, "phải là ngày dạng YYYY-MM-DD");
  return *d;
}

}  // namespace doithoai
