// Appendix II of Hải Phòng's youth-development programme (C9): the city's implementing plan
// recorded as an imported document (KH) whose tasks — lead, coordinating bodies, timing —
// are tasks of the conclusions' model, each linked to the indicator it moves, with a little
// progress so the programme view shows several statuses. The plan's number, date and wording
// are illustrative (its summary and kept text say so); the lead agencies are the city's.
// Built through the use cases with a fixed clock, after the rest of the demo.
#include "cli/demo_appendix.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/auth/sessions.h"
#include "app/document/documents.h"
#include "app/indicator/indicators.h"
#include "app/task/tasks.h"

namespace doithoai::cli {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

constexpr char kProgrammeTitle[] = "Phát triển thanh niên thành phố Hải Phòng đến năm 2030";

// One task of the plan's Appendix II and the indicator (by code) it moves.
struct AppendixTask {
  const char* indicator;
  const char* lead;  // agency code in the city
  std::vector<const char*> coordinating;
  const char* content;
  bool yearly;  // before 30/11 each year; otherwise ongoing
};

const std::vector<AppendixTask>& Appendix() {
  static const std::vector<AppendixTask> kTasks = {
      {"1.1",
       "so-noi-vu",
       {"so-gd-dt", "thanh-doan"},
       "Tổ chức tư vấn hướng nghiệp, giới thiệu việc làm cho thanh niên; tổng hợp kết quả báo "
       "cáo Ủy ban nhân dân thành phố",
       true},
      {"3.1",
       "so-gd-dt",
       {"thanh-doan"},
       "Duy trì, nâng cao tỷ lệ thanh niên trong độ tuổi hoàn thành chương trình trung học phổ "
       "thông; hỗ trợ học sinh có nguy cơ bỏ học",
       true},
      {"2.1",
       "so-kh-cn",
       {"thanh-doan"},
       "Bồi dưỡng kỹ năng số, hướng dẫn thanh niên sử dụng công cụ số trong giao tiếp, kinh "
       "doanh",
       false},
      {"4.1",
       "thanh-doan",
       {"so-gd-dt"},
       "Thành lập, duy trì câu lạc bộ ngoại ngữ, kỹ năng số của thanh niên tại các phường, xã",
       false},
  };
  return kTasks;
}

constexpr char kPlanText[] =
    "Dữ liệu minh họa (demo): kế hoạch giả định, số và ngày ban hành không có thật.\n\n"
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n"
    "Số: 215/KH-UBND Hải Phòng, ngày 03 tháng 10 năm 2025\n\n"
    "KẾ HOẠCH\n"
    "Thực hiện Chương trình phát triển thanh niên thành phố Hải Phòng đến năm 2030\n\n"
    "Phụ lục II: Nhiệm vụ, giải pháp — cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện "
    "(các sở, ngành báo cáo kết quả trước ngày 30/11 hằng năm).\n";

// Read-side lookups of the demo's cast and of the programme's indicators.
struct Cast {
  Unit city;
  Actor coordinator, science_officer;
  std::map<std::string, Agency> agencies;         // by code
  std::map<std::string, IndicatorId> indicators;  // by code
};

Result<Actor> Named(Tx& tx, const char* username) {
  auto u = tx.users().FindByUsername(username);
  auto actor = u ? LoadActor(tx, u->id) : std::nullopt;
  if (!actor) return Error::Internal(std::string("demo user missing: ") + username);
  return *actor;
}

Result<Cast> LoadCast(Store& store) {
  return ReadValue<Cast>(store, [&](Tx& tx) -> Result<Cast> {
    Cast c;
    auto city = tx.units().FindByCode("hai-phong");
    if (!city) return Error::Internal("demo unit missing: hai-phong");
    c.city = *city;
    DT_ASSIGN_OR_RETURN(c.coordinator, Named(tx, "sonoivu"));
    DT_ASSIGN_OR_RETURN(c.science_officer, Named(tx, "sokhcn"));
    for (const char* code : {"so-noi-vu", "so-gd-dt", "so-kh-cn", "thanh-doan"}) {
      auto a = tx.agencies().FindByCode(city->id, code);
      if (!a) return Error::Internal(std::string("demo agency missing: ") + code);
      c.agencies[code] = *a;
    }
    for (const auto& p : tx.indicators().ListProgrammes()) {
      if (p.title != kProgrammeTitle) continue;
      for (const auto& i : tx.indicators().ListIndicators(p.id)) c.indicators[i.code] = i.id;
    }
    if (c.indicators.empty()) return Error::Internal("demo programme missing");
    return c;
  });
}

ImportedDocumentInput Plan(const Cast& c) {
  ImportedDocumentInput in;
  in.unit = c.city.id;
  in.type_code = "KH";
  in.number = 215;
  in.symbol = "KH-UBND";
  in.issuer = "Ủy ban nhân dân thành phố Hải Phòng";
  in.place = "Hải Phòng";
  in.issued_on = Date::Parse("2025-10-03").value();
  in.summary =
      "Thực hiện Chương trình phát triển thanh niên thành phố Hải Phòng đến năm 2030 (dữ liệu "
      "minh họa)";
  in.signer = "Trần Văn Kiên";
  in.source_text = kPlanText;
  for (const auto& t : Appendix()) {
    const Agency& lead = c.agencies.at(t.lead);
    ImportedTaskInput task;
    task.lead_agency = lead.id;
    task.lead_name = lead.name;
    for (const char* code : t.coordinating) {
      const Agency& a = c.agencies.at(code);
      task.coordinating.push_back({a.id, a.name});
    }
    task.content = t.content;
    task.deadline =
        t.yearly ? Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm") : Deadline::Ongoing();
    in.tasks.push_back(std::move(task));
  }
  return in;
}

}  // namespace

Status LoadDemoAppendix(Store& store) {
  DT_ASSIGN_OR_RETURN(Cast cast, LoadCast(store));
  FixedClock clock(At("2025-10-06T02:00:00Z"));
  Context ctx{store, clock};
  DT_ASSIGN_OR_RETURN(IssuedDocument plan,
                      RecordImportedDocument(ctx, cast.coordinator, Plan(cast)));
  const auto& spec = Appendix();
  if (plan.tasks.size() != spec.size()) return Error::Internal("demo plan lost a task");
  for (size_t i = 0; i < spec.size(); ++i) {
    DT_RETURN_IF_ERROR(LinkIndicatorTask(ctx, cast.coordinator,
                                         cast.indicators.at(spec[i].indicator), plan.tasks[i].id));
  }
  // Counselling reported done for 2026 before 30/11; digital skills half way (ongoing); the
  // upper-secondary task has no report, so it is overdue once 30/11/2026 has passed.
  clock.Set(At("2026-06-15T02:00:00Z"));
  DT_ASSIGN_OR_RETURN(TaskReport digital,
                      ReportProgress(ctx, cast.science_officer, plan.tasks[2].id,
                                     {50, false, "Đã tổ chức 12 lớp bồi dưỡng kỹ năng số"}));
  clock.Set(At("2026-11-20T02:00:00Z"));
  DT_ASSIGN_OR_RETURN(
      TaskReport counselling,
      ReportProgress(ctx, cast.coordinator, plan.tasks[0].id,
                     {100, true, "Đã tư vấn hướng nghiệp cho thanh niên năm 2026"}));
  (void)digital, (void)counselling;
  return Ok();
}

}  // namespace doithoai::cli
