// The annual report (Báo cáo) of a reporting round as DOCX, PDF (Decree 30 layout, Appendix I
// and II) and XLSX: the round's dashboard mapped onto documents/render/indicator_report.h.
#include "app/indicator/indicators.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/indicator_report.h"
#include "documents/render/pdf_renderer.h"
#include "domain/access/rule_roles.h"
#include "http/api/indicator_report_routes.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

std::string WithYear(std::optional<double> v, int year) {
  return v ? FormatNumber(*v) + " (" + std::to_string(year) + ")" : "";
}

std::string Assessment(const Progress& p) {
  if (!p.value) return "Chưa có số liệu";
  if (p.meets_target) return *p.meets_target ? "Đạt" : "Chưa đạt";
  if (p.meets_final && *p.meets_final) return "Đạt mục tiêu";
  if (p.on_track) return *p.on_track ? "Đúng lộ trình" : "Chậm so với lộ trình";
  return "Đã có số liệu";
}

documents::IndicatorReportInput ReportInput(const RoundReport& r) {
  const RoundDashboardView& d = r.dashboard;
  documents::IndicatorReportInput in;
  std::string unit_upper = documents::ToUpperVietnamese(r.unit.name);
  in.issuance.issuer = "ỦY BAN NHÂN DÂN\n" + unit_upper;
  in.issuance.issuer_code = "UBND";
  in.issuance.place = documents::PlaceOf(r.unit.name);
  in.issuance.year = d.round.due_on.year();
  in.issuance.signer.authority = {"TM. ỦY BAN NHÂN DÂN"};
  in.issuance.signer.position = "CHỦ TỊCH";
  in.issuance.copies = {"Bộ Nội vụ", "Thường trực Thành ủy, HĐND", "Các sở, ban, ngành"};
  in.host = "Ủy ban nhân dân " + documents::LowercaseFirst(r.unit.name);
  in.programme_title = d.programme.title;
  in.basis = d.programme.basis;
  in.period_year = d.round.period_year;
  in.addressed = {"Bộ Nội vụ"};
  for (const auto& c : d.by_level) {
    in.expected += c.expected;
    in.reported += c.reported;
    in.on_time += c.on_time;
  }
  in.units = static_cast<int>(d.round.units.size());
  for (const auto& s : d.indicators) {
    const Indicator& i = s.indicator;
    auto fin = FinalTarget(i);
    in.indicators.push_back({i.code, i.name, i.measure, DirectionSymbol(i.direction),
                             i.baseline_value ? WithYear(i.baseline_value, i.baseline_year) : "",
                             s.progress.target ? FormatNumber(*s.progress.target) : "",
                             fin ? WithYear(fin->value, fin->year) : "",
                             s.value ? FormatNumber(*s.value) : "", Assessment(s.progress)});
  }
  for (const auto& t : r.tasks) {
    in.tasks.push_back({t.content, t.lead, t.deadline, TaskStatusLabel(t.status)});
  }
  return in;
}

HttpResponse ReportHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  const std::string& name = req.path_params.at("name");
  if (name != "bao-cao.docx" && name != "bao-cao.pdf" && name != "bao-cao.xlsx") {
    return ErrorResponse(Error::NotFound("văn bản " + name));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(RoundReport report, RoundReportFor(api.ctx(), actor, RoundId(id)));
  auto in = ReportInput(report);
  std::string file = "bao-cao-chi-tieu-" + std::to_string(in.period_year) + name.substr(7);
  if (name.ends_with(".xlsx")) {
    DT_ASSIGN_OR_RETURN_RESPONSE(std::string bytes,
                                 documents::RenderSheetsXlsx(documents::IndicatorReportSheets(in)));
    return FileDownload(std::move(bytes), kXlsxType, file);
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(documents::OfficialDocument doc,
                               documents::BuildIndicatorReport(in));
  if (name.ends_with(".pdf")) {
    DT_ASSIGN_OR_RETURN_RESPONSE(std::string bytes, documents::RenderPdf(doc));
    return FileDownload(std::move(bytes), "application/pdf", file);
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(std::string bytes, documents::RenderDocx(doc));
  return FileDownload(std::move(bytes),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      file);
}

}  // namespace

HttpResponse FileDownload(std::string bytes, const char* content_type, const std::string& name) {
  HttpResponse r;
  r.content_type = content_type;
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

void RegisterIndicatorReportRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/indicator-rounds/{id}/report/{name}", Access::kStaff,
        kViewIndicatorsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          return ReportHandler(api, req, *actor);
        });
}

}  // namespace doithoai::http
