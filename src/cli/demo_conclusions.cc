// The conclusions demo (C7, C8), after the 2025 dialogue's notice is issued (demo_data.cc):
//
//  - the cascade of the seeds (seed 000): the Government Office's notice 158/TB-VPCP of
//    11/04/2024 recorded at the nation level as an imported document, relayed by Hải Phòng's
//    People's Committee with a letter (…/UBND-VX) to its departments and, by request, the
//    city Youth Union, then relayed by Phường Hồng Bàng's People's Committee to the ward's
//    Youth Union and its culture–society office: PM notice → city → ward, both ways;
//  - progress on the 2025 conclusion's three tasks (due 08/05/2025): one done on time with a
//    PDF report as evidence, one done late, one overdue with no report, split into an
//    ongoing sub-task for the ward that is half done; progress on the relayed tasks too, so
//    every status shows at every level;
//  - the 2026 dialogue, held 26/03/2026 with its questions grouped and mostly answered, and
//    no conclusion yet: a leader issues it from the UI, and its carry-over lists the 2025
//    tasks still open.
//
// Built through the use cases with a fixed clock, like the rest of the demo. 158/TB-VPCP's
// text is not among the seeds: its facts (number, date, issuer, subject) and the assignments
// recorded here are those the city's letter (seed 000) relays; its kept text says so.
// Officials' names are invented.
#include "cli/demo_conclusions.h"

#include <nlohmann/json.hpp>
#include <span>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/auth/sessions.h"
#include "app/dialogue/dialogues.h"
#include "app/document/documents.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "app/task/tasks.h"
#include "cli/unit_lists.h"
#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/records/issue_records.h"
#include "documents/render/pdf_renderer.h"

namespace doithoai::cli {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }
Date On(const char* iso) { return Date::Parse(iso).value(); }

constexpr char kWardCode[] = "11311";  // Phường Hồng Bàng (data/units/communes-2025.csv)

// The demo's cast, looked up by the codes and user names demo_data.cc and this file create.
class Cast {
 public:
  explicit Cast(Store& store) : store_(store) {}

  Result<Unit> UnitCoded(const std::string& code) {
    return ReadValue<Unit>(store_, [&](Tx& tx) -> Result<Unit> {
      auto u = tx.units().FindByCode(code);
      if (!u) return Error::Internal("demo unit missing: " + code);
      return *u;
    });
  }
  Result<AgencyId> AgencyCoded(UnitId unit, const std::string& code) {
    return ReadValue<AgencyId>(store_, [&](Tx& tx) -> Result<AgencyId> {
      auto a = tx.agencies().FindByCode(unit, code);
      if (!a) return Error::Internal("demo agency missing: " + code);
      return a->id;
    });
  }
  Result<Actor> Named(const std::string& username) {
    return ReadValue<Actor>(store_, [&](Tx& tx) -> Result<Actor> {
      auto u = tx.users().FindByUsername(username);
      auto actor = u ? LoadActor(tx, u->id) : std::nullopt;
      if (!actor) return Error::Internal("demo user missing: " + username);
      return *actor;
    });
  }
  Result<std::vector<Task>> TasksOf(DocumentId document) {
    return ReadValue<std::vector<Task>>(store_, [&](Tx& tx) -> Result<std::vector<Task>> {
      return tx.tasks().ListByDocument(document);
    });
  }

 private:
  Store& store_;
};

// A body and the staff account that acts for it, created by the administrator.
struct Body {
  const char* code;
  const char* name;
  const char* username;  // nullptr: no account
  const char* display_name;
  const char* role;
};

// Bộ Nội vụ coordinates youth affairs nationally (Decree 13/2021 Art. 12: the ministry the
// provinces report to); its coordinator records the Government Office's notice.
constexpr Body kNationBodies[] = {
    {"bo-noi-vu", "Bộ Nội vụ", "bonoivu", "Hoàng Minh Tuấn (Bộ Nội vụ)", "coordinator"},
};

// Phường Hồng Bàng (formed 01/07/2025, NQ 1669/NQ-UBTVQH15): its People's Committee, the
// culture–society office that coordinates at commune level (SYSTEM.md §1), its Youth Union.
constexpr Body kWardBodies[] = {
    {"ubnd", "Ủy ban nhân dân phường Hồng Bàng", "chutichphuong", "Chủ tịch UBND phường Hồng Bàng",
     "leader"},
    {"phong-vh-xh", "Phòng Văn hóa - Xã hội phường Hồng Bàng", "vhxhphuong",
     "Bùi Thị Ngọc (Phòng VH-XH phường Hồng Bàng)", "coordinator"},
    {"doan-phuong", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hồng Bàng", "doanphuong",
     "Vũ Đức Anh (Đoàn phường Hồng Bàng)", "agency_officer"},
};

Status AddBodies(Context& ctx, const Actor& admin, const Unit& unit, std::span<const Body> bodies) {
  for (const Body& b : bodies) {
    DT_ASSIGN_OR_RETURN(Agency agency, CreateAgency(ctx, admin, {unit.id.value, b.code, b.name}));
    if (!b.username) continue;
    DT_ASSIGN_OR_RETURN(UserView user, CreateUser(ctx, admin,
                                                  {b.username,
                                                   b.display_name,
                                                   kDemoPassword,
                                                   {{b.role, unit.id.value, agency.id.value}}}));
    (void)user;
  }
  return Ok();
}

// --- evidence ----------------------------------------------------------------------------

// A short report (báo cáo) of the reporting body, rendered in the Decree 30 layout: the PDF
// attached as evidence to a progress report.
struct EvidenceReport {
  const char* file_name;
  const char* parent_issuer;
  const char* issuer;
  const char* number;
  const char* symbol;
  const char* date;  // ISO
  const char* summary;
  std::vector<const char*> paragraphs;
  const char* authority;
  const char* position;
  const char* signer;
};

Result<std::string> EvidencePdf(const EvidenceReport& r) {
  documents::OfficialDocument doc;
  doc.parent_issuer = r.parent_issuer;
  doc.issuer = r.issuer;
  doc.number = r.number;
  doc.symbol = r.symbol;
  doc.place = "Hải Phòng";
  doc.date = On(r.date);
  doc.type_name = "BÁO CÁO";
  doc.summary = r.summary;
  for (const char* p : r.paragraphs) doc.body.push_back(documents::Block::Paragraph(p));
  if (*r.authority) doc.signer.authority = {r.authority};
  doc.signer.position = r.position;
  doc.signer.name = r.signer;
  doc.copies = {"Ủy ban nhân dân thành phố (để báo cáo)"};
  return documents::RenderPdf(doc);
}

// A progress report made at `at` by `who`, with an optional evidence file.
Status Report(Context& ctx, FixedClock& clock, const Actor& who, TaskId task, const char* at,
              int percent, bool done, const char* text, const EvidenceReport* evidence = nullptr) {
  clock.Set(At(at));
  DT_ASSIGN_OR_RETURN(TaskReport report,
                      ReportProgress(ctx, who, task, {percent, done, std::string(text)}));
  if (!evidence) return Ok();
  DT_ASSIGN_OR_RETURN(std::string pdf, EvidencePdf(*evidence));
  DT_ASSIGN_OR_RETURN(EvidenceFile file,
                      AttachEvidence(ctx, who, report.id, evidence->file_name, pdf));
  (void)file;
  return Ok();
}

// --- the cascade: 158/TB-VPCP → the city's letter → the ward's letter ---------------------

// A short text standing for the notice, read by the real parser so the recorded document
// carries the parser's JSON as a person would have confirmed it.
constexpr char kPmNoticeText[] =
    "VĂN PHÒNG CHÍNH PHỦ\n"
    "Số: 158/TB-VPCP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 11 tháng 4 năm 2024\n"
    "THÔNG BÁO\n"
    "Kết luận của Thủ tướng Chính phủ tại Chương trình gặp mặt và đối thoại với thanh niên năm "
    "2024\n"
    "(Dữ liệu minh họa: các nội dung dưới đây tóm tắt những nhiệm vụ mà Ủy ban nhân dân thành "
    "phố Hải Phòng triển khai thực hiện Thông báo này, không phải toàn văn Thông báo.)\n"
    "1. Các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức quán "
    "triệt, tuyên truyền, triển khai thực hiện các nhiệm vụ nêu tại Thông báo; tiếp tục tổ chức "
    "đối thoại với thanh niên theo quy định của Luật Thanh niên năm 2020 và Nghị định số "
    "13/2021/NĐ-CP.\n"
    "2. Các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương nghiên cứu, "
    "rà soát, hoàn thiện cơ chế, chính sách, tạo môi trường thuận lợi để thanh niên phát huy "
    "vai trò xung kích, đổi mới sáng tạo, nghiên cứu khoa học gắn với chuyển đổi số.\n"
    "3. Đề nghị Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh thông báo tới tổ chức Đoàn các "
    "cấp để tuyên truyền, phổ biến rộng rãi đến thanh niên mong muốn, kỳ vọng và thông điệp "
    "của Thủ tướng Chính phủ: thanh niên phát huy tinh thần \"Năm xung kích\" trong thực hiện "
    "nhiệm vụ chuyển đổi số quốc gia và có \"Sáu khát vọng\".\n";

constexpr char kAllProvinces[] =
    "Các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương";

Result<IssuedDocument> RecordPmNotice(Context& ctx, const Actor& coordinator, const Unit& nation) {
  DT_ASSIGN_OR_RETURN(documents::ParsedDocument parsed, documents::ParseDocument(kPmNoticeText));
  if (parsed.number_symbol != "158/TB-VPCP") {
    return Error::Internal("the parser did not read 158/TB-VPCP from the demo notice");
  }
  ImportedDocumentInput in;
  in.unit = nation.id;
  in.type_code = "TB";
  in.number = 158;
  in.symbol = "TB-VPCP";
  in.issuer = "Văn phòng Chính phủ";
  in.place = "Hà Nội";
  in.issued_on = On("2024-04-11");
  in.summary =
      "Kết luận của Thủ tướng Chính phủ tại Chương trình gặp mặt và đối thoại với thanh niên năm "
      "2024";
  in.cites = {"57/2020/QH14", "13/2021/NĐ-CP"};
  in.content_json = documents::ToJson(parsed).dump();
  in.source_text = kPmNoticeText;
  in.tasks = {
      {std::nullopt,
       kAllProvinces,
       {},
       "Tổ chức quán triệt, tuyên truyền, triển khai thực hiện các nhiệm vụ nêu tại Thông báo; "
       "tiếp tục tổ chức đối thoại với thanh niên theo quy định của Luật Thanh niên năm 2020 và "
       "Nghị định số 13/2021/NĐ-CP",
       Deadline::Ongoing(),
       std::nullopt},
      {std::nullopt,
       kAllProvinces,
       {},
       "Nghiên cứu, rà soát, hoàn thiện cơ chế, chính sách, tạo môi trường thuận lợi để thanh "
       "niên phát huy vai trò xung kích, đổi mới sáng tạo, nghiên cứu khoa học gắn với chuyển "
       "đổi số",
       Deadline::Ongoing(),
       std::nullopt},
      {std::nullopt,
       "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
       {},
       "Thông báo tới tổ chức Đoàn các cấp để tuyên truyền, phổ biến rộng rãi đến thanh niên "
       "thông điệp của Thủ tướng Chính phủ: \"Năm xung kích\" trong thực hiện nhiệm vụ chuyển "
       "đổi số quốc gia và \"Sáu khát vọng\"",
       Deadline::Ongoing(),
       std::nullopt},
  };
  return RecordImportedDocument(ctx, coordinator, in);
}

struct CityAgencies {
  AgencyId noi_vu, kh_cn, gd_dt, thanh_doan;
};

// Seed 000: the city relays the notice to its departments and asks its Youth Union.
Result<IssuedDocument> RelayInCity(Context& ctx, const Actor& chair, const Unit& city,
                                   const IssuedDocument& notice, const CityAgencies& a) {
  RelayInput in;
  in.unit = city.id;
  in.issued_on = On("2024-05-06");
  in.signer_name = "Trần Văn Kiên";
  in.field_code = "VX";
  in.monitor = a.noi_vu;
  const auto& pm = notice.tasks;
  in.items = {
      {pm.at(0).id,
       a.noi_vu,
       {},
       "theo dõi, đôn đốc các cơ quan, đơn vị và địa phương trên địa bàn thành phố triển khai "
       "thực hiện nhiệm vụ về công tác thanh niên; tổng hợp, báo cáo Ủy ban nhân dân thành phố "
       "kết quả thực hiện",
       Deadline::OnDate(On("2024-12-15"), "trước ngày 15/12/2024"),
       false},
      {pm.at(1).id,
       a.kh_cn,
       {a.gd_dt},
       "nghiên cứu, rà soát, đề xuất hoàn thiện cơ chế, chính sách, tạo môi trường thuận lợi để "
       "khuyến khích thanh niên phát huy vai trò xung kích, đổi mới sáng tạo, nghiên cứu khoa học "
       "gắn với triển khai Chương trình chuyển đổi số của thành phố",
       Deadline::Ongoing(),
       false},
      {pm.at(2).id,
       a.thanh_doan,
       {},
       "thông báo tới tổ chức Đoàn các cấp, Đoàn trực thuộc để tuyên truyền, phổ biến rộng rãi "
       "đến thanh niên thông điệp \"Năm xung kích\", \"Sáu khát vọng\" của Thủ tướng Chính phủ; "
       "tuyên truyền về chuyển đổi số, hướng dẫn thanh niên sử dụng dịch vụ công trực tuyến và "
       "tự bảo vệ dữ liệu cá nhân trên không gian mạng",
       Deadline::Ongoing(),
       true},
  };
  return RelayDocument(ctx, chair, notice.document.id, in, documents::MakeRelayLetter);
}

struct WardAgencies {
  AgencyId ubnd, vh_xh, doan;
};

// The ward, formed on 01/07/2025, relays the city's letter to its own bodies.
Result<IssuedDocument> RelayInWard(Context& ctx, const Actor& chair, const Unit& ward,
                                   const IssuedDocument& city_letter, const WardAgencies& a) {
  RelayInput in;
  in.unit = ward.id;
  in.issued_on = On("2025-08-15");
  in.signer_name = "Phạm Quang Huy";
  in.field_code = "VHXH";
  in.monitor = a.vh_xh;
  const auto& city = city_letter.tasks;
  in.items = {
      {city.at(2).id,
       a.doan,
       {a.vh_xh},
       "tuyên truyền tới đoàn viên, thanh niên trên địa bàn phường thông điệp \"Năm xung kích\", "
       "\"Sáu khát vọng\" của Thủ tướng Chính phủ; tổ chức đội hình thanh niên hướng dẫn người "
       "dân sử dụng dịch vụ công trực tuyến tại Trung tâm phục vụ hành chính công phường",
       Deadline::Ongoing(),
       true},
      {city.at(0).id,
       a.vh_xh,
       {},
       "theo dõi, đôn đốc, tổng hợp kết quả thực hiện của các cơ quan, đoàn thể phường, báo cáo "
       "Ủy ban nhân dân phường",
       Deadline::OnDate(On("2025-11-30"), "trước ngày 30/11/2025"),
       false},
  };
  return RelayDocument(ctx, chair, city_letter.document.id, in, documents::MakeRelayLetter);
}

const Task* LedBy(const std::vector<Task>& tasks, AgencyId agency) {
  for (const Task& t : tasks) {
    if (t.lead.agency == agency && !t.parent) return &t;
  }
  return nullptr;
}

// --- the 2026 dialogue -------------------------------------------------------------------

struct Question2026 {
  const char* text;
  int age;
  const char* name;
};

constexpr Question2026 kQuestions2026[] = {
    {"Thành phố có chương trình đào tạo trí tuệ nhân tạo, lập trình miễn phí cho thanh niên "
     "không ạ? Đăng ký ở đâu?",
     21, "Ngô Bảo Châu Anh"},
    {"Đề nghị có lớp học kỹ năng sử dụng AI trong công việc cho thanh niên công nhân ở khu công "
     "nghiệp.",
     26, ""},
    {"Thanh niên khởi nghiệp công nghệ có được hỗ trợ chỗ làm việc chung và kết nối nhà đầu tư "
     "không?",
     28, "Lý Thành Đạt"},
    {"Điểm wifi công cộng ở phường em vẫn chưa có, năm nay thành phố có lắp không?", 19, ""},
    {"Thành phố có kế hoạch mở thêm sân thể thao, nhà văn hóa cho thanh niên ở các phường mới "
     "không?",
     23, "Đặng Thu Trang"},
};

struct Issue2026 {
  const char* title;
  std::vector<size_t> members;
  const char* lead;
  const char* due;
  const char* officer;  // nullptr: no answer yet
  const char* answer;
};

// The 2026 dialogue: planned, held on 26/03/2026, answered in writing; no conclusion yet.
Result<DialogueId> Dialogue2026(Context& ctx, FixedClock& clock, Cast& cast, const Unit& city) {
  DT_ASSIGN_OR_RETURN(Actor coordinator, cast.Named("sonoivu"));
  DT_ASSIGN_OR_RETURN(Actor chair, cast.Named("chutich"));
  std::map<std::string, AgencyId> agency;
  for (const char* code : {"so-noi-vu", "so-kh-cn", "so-vh-tt-dl", "thanh-doan", "so-tai-chinh"}) {
    DT_ASSIGN_OR_RETURN(agency[code], cast.AgencyCoded(city.id, code));
  }
  clock.Set(At("2026-02-10T02:00:00Z"));
  DialogueFields plan;
  plan.unit_id = city.id.value;
  plan.coordinator_agency_id = agency["so-noi-vu"].value;
  plan.year = 2026;
  plan.title = "Đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026";
  plan.theme =
      "Thanh niên thành phố tiên phong phát triển khoa học, công nghệ, đổi mới sáng tạo "
      "và chuyển đổi số";
  plan.summary =
      "Mục đích: lắng nghe tâm tư, nguyện vọng, kiến nghị của thanh niên về học tập, việc làm, "
      "khởi nghiệp trong kỷ nguyên số; đánh giá kết quả thực hiện các kiến nghị của thanh niên "
      "tại buổi đối thoại năm 2025 (Luật Thanh niên 2020, Nghị định 13/2021/NĐ-CP).\n\n"
      "Thành phần: Chủ tịch UBND thành phố chủ trì; lãnh đạo các sở, ngành; 300 đại biểu thanh "
      "niên do Thành đoàn giới thiệu.\n\n"
      "Hình thức: trực tiếp, kết hợp trực tuyến tới các điểm cầu phường, xã, đặc khu.";
  plan.chair = "Chủ tịch Ủy ban nhân dân thành phố";
  plan.form = "hybrid";
  plan.venue = "Trung tâm Hội nghị thành phố Hải Phòng";
  plan.held_on = "2026-03-26";
  plan.plan_published_on = "2026-02-20";
  plan.intake_closes_on = "2026-03-09";  // the Youth Union compiles them by 10/03
  plan.intake_open = true;
  DT_ASSIGN_OR_RETURN(Dialogue dialogue, CreateDialogue(ctx, coordinator, plan));
  DT_ASSIGN_OR_RETURN(Milestone m,
                      AddMilestone(ctx, coordinator, dialogue.id,
                                   {"Thành đoàn tổng hợp câu hỏi, kiến nghị của thanh niên gửi Sở "
                                    "Nội vụ",
                                    "2026-03-10", agency["thanh-doan"].value}));

  int64_t minute = 0;
  for (const auto& q : kQuestions2026) {
    clock.Set(Instant{At("2026-02-23T01:00:00Z").unix_seconds + (minute += 1231) * 60});
    SubmissionInput in{q.text, q.age,        q.name,         q.name[0] ? "09xx xxx xxx" : "",
                       true,   std::nullopt, q.name[0] != 0, true};
    DT_ASSIGN_OR_RETURN(Submitted s, SubmitQuestion(ctx, dialogue.id, in));
    (void)s;
  }
  clock.Set(At("2026-03-09T03:00:00Z"));
  DT_ASSIGN_OR_RETURN(Milestone done, SetMilestoneDone(ctx, coordinator, dialogue.id, m.id,
                                                       std::string("2026-03-09")));
  (void)done;
  DT_ASSIGN_OR_RETURN(QuestionPage all,
                      ListQuestions(ctx, coordinator, dialogue.id,
                                    {std::nullopt, std::nullopt, std::nullopt, 200, 0}));
  const Issue2026 issues[] = {
      {"Đào tạo trí tuệ nhân tạo, kỹ năng số cho thanh niên",
       {0, 1},
       "so-kh-cn",
       "2026-03-20",
       "sokhcn",
       "Sở Khoa học và Công nghệ trả lời: Năm 2026 thành phố mở 60 lớp \"Bình dân học vụ số\" về "
       "ứng dụng trí tuệ nhân tạo, ưu tiên thanh niên công nhân, học buổi tối và cuối tuần; "
       "thanh niên đăng ký qua Đoàn cơ sở hoặc Cổng dịch vụ công thành phố."},
      {"Hỗ trợ thanh niên khởi nghiệp công nghệ",
       {2},
       "so-tai-chinh",
       "2026-03-20",
       "sotaichinh",
       "Sở Tài chính trả lời: Dự án khởi nghiệp của thanh niên được xét hỗ trợ từ Chương trình "
       "hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo của thành phố; Thành đoàn giới thiệu "
       "dự án tham gia các vòng kết nối nhà đầu tư hằng quý."},
      {"Thiết chế văn hóa, thể thao cho thanh niên ở các phường mới",
       {4},
       "so-vh-tt-dl",
       "2026-04-15",
       nullptr,
       nullptr},
  };
  clock.Set(At("2026-03-10T02:00:00Z"));
  std::vector<IssueId> stored;
  for (const auto& g : issues) {
    std::vector<int64_t> ids;
    for (size_t i : g.members) ids.push_back(all.items.at(i).question.id.value);
    DT_ASSIGN_OR_RETURN(Issue issue, CreateIssue(ctx, coordinator, dialogue.id, {g.title, ids}));
    DT_ASSIGN_OR_RETURN(Issue routed,
                        RouteIssue(ctx, coordinator, issue.id, {agency[g.lead], {}, g.due}));
    stored.push_back(routed.id);
  }
  // Question 3 (wifi) asks again what the 2025 task promised: left ungrouped for the
  // coordinator, who sees it beside the carried-over task.
  for (size_t i = 0; i < std::size(issues); ++i) {
    if (!issues[i].officer) continue;
    clock.Set(At(i == 0 ? "2026-03-17T03:00:00Z" : "2026-03-18T03:00:00Z"));
    DT_ASSIGN_OR_RETURN(Actor officer, cast.Named(issues[i].officer));
    DT_ASSIGN_OR_RETURN(Answer draft,
                        SaveAnswerDraft(ctx, officer, stored[i], {issues[i].answer, "written"}));
    DT_ASSIGN_OR_RETURN(Answer submitted, SubmitAnswer(ctx, officer, stored[i]));
    clock.Set(At("2026-03-19T08:00:00Z"));
    DT_ASSIGN_OR_RETURN(Answer approved, ApproveAnswer(ctx, chair, stored[i]));
    (void)draft, (void)submitted, (void)approved;
  }
  return dialogue.id;
}

}  // namespace

Status LoadDemoConclusions(Store& store, const DemoSummary& demo) {
  FixedClock clock(At("2024-04-15T02:00:00Z"));
  Context ctx{store, clock};
  Cast cast(store);
  DT_ASSIGN_OR_RETURN(Unit nation, cast.UnitCoded(kNationCode));
  DT_ASSIGN_OR_RETURN(Unit city, cast.UnitCoded("hai-phong"));
  DT_ASSIGN_OR_RETURN(Unit ward, cast.UnitCoded(kWardCode));
  DT_ASSIGN_OR_RETURN(Actor admin, cast.Named("admin"));
  DT_ASSIGN_OR_RETURN(Actor chair, cast.Named("chutich"));
  DT_ASSIGN_OR_RETURN(Actor city_coordinator, cast.Named("sonoivu"));
  CityAgencies city_agencies;
  DT_ASSIGN_OR_RETURN(city_agencies.noi_vu, cast.AgencyCoded(city.id, "so-noi-vu"));
  DT_ASSIGN_OR_RETURN(city_agencies.kh_cn, cast.AgencyCoded(city.id, "so-kh-cn"));
  DT_ASSIGN_OR_RETURN(city_agencies.gd_dt, cast.AgencyCoded(city.id, "so-gd-dt"));
  DT_ASSIGN_OR_RETURN(city_agencies.thanh_doan, cast.AgencyCoded(city.id, "thanh-doan"));

  // 2024: the Government Office's notice, recorded nationally, relayed by the city.
  DT_RETURN_IF_ERROR(AddBodies(ctx, admin, nation, kNationBodies));
  DT_ASSIGN_OR_RETURN(Actor national, cast.Named("bonoivu"));
  clock.Set(At("2024-04-18T03:00:00Z"));
  DT_ASSIGN_OR_RETURN(IssuedDocument notice, RecordPmNotice(ctx, national, nation));
  clock.Set(At("2024-05-06T03:00:00Z"));
  DT_ASSIGN_OR_RETURN(IssuedDocument city_letter,
                      RelayInCity(ctx, chair, city, notice, city_agencies));
  const EvidenceReport monitoring{
      "bao-cao-cong-tac-thanh-nien-2024.pdf",
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG",
      "SỞ NỘI VỤ",
      "412",
      "BC-SNV",
      "2024-12-10",
      "Kết quả triển khai Kết luận của Thủ tướng Chính phủ tại Chương trình gặp mặt và đối "
      "thoại với thanh niên năm 2024",
      {"Thực hiện Thông báo số 158/TB-VPCP ngày 11/4/2024 của Văn phòng Chính phủ và văn bản "
       "triển khai của Ủy ban nhân dân thành phố, Sở Nội vụ đã theo dõi, đôn đốc các sở, ngành, "
       "địa phương triển khai thực hiện.",
       "Các sở, ngành đã quán triệt nội dung Thông báo tới cán bộ, công chức, viên chức trẻ; "
       "Thành đoàn đã thông báo thông điệp \"Năm xung kích\", \"Sáu khát vọng\" tới các cơ sở "
       "Đoàn; các địa phương tiếp tục tổ chức đối thoại với thanh niên theo Nghị định số "
       "13/2021/NĐ-CP.",
       "Sở Nội vụ kính báo cáo Ủy ban nhân dân thành phố."},
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Thu Hà"};
  DT_RETURN_IF_ERROR(Report(ctx, clock, city_coordinator, city_letter.tasks.at(0).id,
                            "2024-12-10T08:00:00Z", 100, true,
                            "Đã tổng hợp kết quả triển khai của các sở, ngành, địa phương và báo "
                            "cáo Ủy ban nhân dân thành phố (Báo cáo số 412/BC-SNV).",
                            &monitoring));

  // 2025: progress on the conclusion of 08/04/2025 (demo_data.cc), its tasks due 08/05/2025.
  DT_ASSIGN_OR_RETURN(std::vector<Task> concluded, cast.TasksOf(demo.conclusion));
  DT_ASSIGN_OR_RETURN(AgencyId nn_mt, cast.AgencyCoded(city.id, "so-nn-mt"));
  const Task* recruitment = LedBy(concluded, city_agencies.noi_vu);
  const Task* wifi = LedBy(concluded, city_agencies.kh_cn);
  const Task* coastal = LedBy(concluded, nn_mt);
  if (!recruitment || !wifi || !coastal) {
    return Error::Internal("the 2025 conclusion lacks the demo's expected assignments");
  }
  DT_RETURN_IF_ERROR(Report(ctx, clock, city_coordinator, recruitment->id, "2025-04-22T03:00:00Z",
                            60, false,
                            "Đã rà soát nhu cầu vị trí việc làm về chuyển đổi số ở 114 phường, "
                            "xã, đặc khu; đang dự thảo hướng dẫn ưu tiên tuyển dụng."));
  const EvidenceReport recruitment_report{
      "bao-cao-tuyen-dung-chuyen-doi-so.pdf",
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG",
      "SỞ NỘI VỤ",
      "198",
      "BC-SNV",
      "2025-05-05",
      "Kết quả giải quyết kiến nghị của thanh niên về tuyển dụng thanh niên làm công tác chuyển "
      "đổi số ở cơ sở",
      {"Thực hiện Thông báo kết luận buổi đối thoại giữa Chủ tịch Ủy ban nhân dân thành phố với "
       "thanh niên năm 2025, Sở Nội vụ đã tham mưu hướng dẫn ưu tiên tuyển dụng thanh niên có "
       "trình độ công nghệ thông tin vào vị trí chuyển đổi số ở phường, xã, đặc khu.",
       "Sở Nội vụ kính báo cáo Ủy ban nhân dân thành phố."},
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Thu Hà"};
  DT_RETURN_IF_ERROR(Report(ctx, clock, city_coordinator, recruitment->id, "2025-05-05T08:00:00Z",
                            100, true,
                            "Đã ban hành hướng dẫn ưu tiên tuyển dụng thanh niên có trình độ "
                            "công nghệ thông tin vào vị trí chuyển đổi số ở cơ sở (Báo cáo số "
                            "198/BC-SNV).",
                            &recruitment_report));
  DT_ASSIGN_OR_RETURN(Actor nn_mt_officer, cast.Named("sonnmt"));
  DT_RETURN_IF_ERROR(Report(ctx, clock, nn_mt_officer, coastal->id, "2025-04-25T03:00:00Z", 40,
                            false,
                            "Đã khảo sát nhu cầu chuyển đổi nghề của thanh niên ven biển ở đặc khu "
                            "Cát Hải; đang xây dựng đề án hỗ trợ sinh kế."));
  DT_RETURN_IF_ERROR(Report(ctx, clock, nn_mt_officer, coastal->id, "2025-06-12T03:00:00Z", 100,
                            true,
                            "Đề án hỗ trợ chuyển đổi nghề, sinh kế cho thanh niên ven biển đã được "
                            "phê duyệt; lớp đào tạo hướng dẫn viên du lịch sinh thái đầu tiên khai "
                            "giảng tại đặc khu Cát Hải."));

  // 01/07/2025: the ward exists; the Science and Technology department splits the wifi task.
  clock.Set(At("2025-07-01T02:00:00Z"));
  DT_RETURN_IF_ERROR(AddBodies(ctx, admin, ward, kWardBodies));
  WardAgencies ward_agencies;
  DT_ASSIGN_OR_RETURN(ward_agencies.ubnd, cast.AgencyCoded(ward.id, "ubnd"));
  DT_ASSIGN_OR_RETURN(ward_agencies.vh_xh, cast.AgencyCoded(ward.id, "phong-vh-xh"));
  DT_ASSIGN_OR_RETURN(ward_agencies.doan, cast.AgencyCoded(ward.id, "doan-phuong"));
  DT_ASSIGN_OR_RETURN(Actor kh_cn_officer, cast.Named("sokhcn"));
  clock.Set(At("2025-07-15T03:00:00Z"));
  DT_ASSIGN_OR_RETURN(
      Task subtask,
      SplitTask(ctx, kh_cn_officer, wifi->id,
                {ward_agencies.ubnd,
                 {ward_agencies.doan},
                 "Rà soát, đề xuất vị trí điểm wifi công cộng và điểm hỗ trợ người dân thực hiện "
                 "dịch vụ công trực tuyến tại nhà văn hóa các tổ dân phố trên địa bàn phường",
                 Deadline::Ongoing()}));
  DT_ASSIGN_OR_RETURN(Actor ward_coordinator, cast.Named("vhxhphuong"));
  DT_RETURN_IF_ERROR(Report(ctx, clock, ward_coordinator, subtask.id, "2025-09-15T03:00:00Z", 50,
                            false,
                            "Đã rà soát 12 nhà văn hóa tổ dân phố, đề xuất 6 điểm wifi công cộng; "
                            "Đoàn phường duy trì 2 tổ công nghệ số cộng đồng hỗ trợ người dân."));

  // 15/08/2025: the ward relays the city's letter to its Youth Union and its office.
  DT_ASSIGN_OR_RETURN(Actor ward_chair, cast.Named("chutichphuong"));
  clock.Set(At("2025-08-15T03:00:00Z"));
  DT_ASSIGN_OR_RETURN(IssuedDocument ward_letter,
                      RelayInWard(ctx, ward_chair, ward, city_letter, ward_agencies));
  DT_ASSIGN_OR_RETURN(Actor ward_union, cast.Named("doanphuong"));
  DT_RETURN_IF_ERROR(Report(ctx, clock, ward_union, ward_letter.tasks.at(0).id,
                            "2025-10-20T03:00:00Z", 60, false,
                            "Đã tuyên truyền tại 18 chi đoàn tổ dân phố; đội hình thanh niên tình "
                            "nguyện hỗ trợ người dân làm dịch vụ công trực tuyến vào sáng thứ Bảy "
                            "hằng tuần."));
  DT_RETURN_IF_ERROR(Report(ctx, clock, ward_coordinator, ward_letter.tasks.at(1).id,
                            "2025-11-25T03:00:00Z", 100, true,
                            "Đã tổng hợp kết quả thực hiện của các cơ quan, đoàn thể phường và "
                            "báo cáo Ủy ban nhân dân phường."));
  DT_RETURN_IF_ERROR(Report(ctx, clock, kh_cn_officer, city_letter.tasks.at(1).id,
                            "2025-10-05T03:00:00Z", 50, false,
                            "Đã trình thành phố dự thảo chính sách hỗ trợ nhóm nghiên cứu trẻ; "
                            "đang lấy ý kiến các sở, ngành."));

  // 2026: the next dialogue, held, with no conclusion yet.
  DT_ASSIGN_OR_RETURN(DialogueId next, Dialogue2026(ctx, clock, cast, city));
  (void)next;
  return Ok();
}

}  // namespace doithoai::cli
