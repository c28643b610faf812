// JSON for the indicator records, shared by the audit snapshots and the API codecs.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/indicator/indicator.h"
#include "domain/indicator/indicator_value.h"
#include "domain/indicator/progress.h"
#include "domain/indicator/reporting_round.h"

namespace doithoai {

nlohmann::json ProgrammeJson(const Programme& p);
nlohmann::json IndicatorJson(const Indicator& i);
// Without the unit list (which can hold thousands of ids): unit_count instead.
nlohmann::json RoundJson(const Round& r);
nlohmann::json ExceptionJson(const RoundException& e);
// With "late": entered after the round's due date (issue 13: late entries are marked late).
nlohmann::json ValueJson(const IndicatorValue& v, const Round& r);
nlohmann::json ProgressJson(const Progress& p);
nlohmann::json OptNumber(const std::optional<double>& v);

}  // namespace doithoai
