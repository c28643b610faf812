#include "cli/demo_data.h"

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/auth/sessions.h"
#include "app/dialogue/dialogues.h"
#include "app/document/documents.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "cli/demo_appendix.h"
#include "cli/demo_conclusions.h"
#include "cli/demo_indicators.h"
#include "cli/demo_initiatives.h"
#include "cli/demo_live.h"
#include "cli/demo_open_dialogue.h"
#include "cli/unit_lists.h"
#include "documents/records/issue_records.h"

namespace doithoai::cli {
namespace {

struct AgencySeed {
  const char* code;
  const char* name;
};

// Hải Phòng's bodies after the 2025 restructuring (data/units/SOURCES.md §4), and the
// bodies a dialogue involves.
constexpr AgencySeed kAgencies[] = {
    {"ubnd", "Ủy ban nhân dân thành phố Hải Phòng"},
    {"thanh-doan", "Thành đoàn Hải Phòng"},
    {"so-noi-vu", "Sở Nội vụ"},
    {"so-tai-chinh", "Sở Tài chính"},
    {"so-xay-dung", "Sở Xây dựng"},
    {"so-nn-mt", "Sở Nông nghiệp và Môi trường"},
    {"so-kh-cn", "Sở Khoa học và Công nghệ"},
    {"so-vh-tt-dl", "Sở Văn hóa, Thể thao và Du lịch"},
    {"so-cong-thuong", "Sở Công Thương"},
    {"so-tu-phap", "Sở Tư pháp"},
    {"so-gd-dt", "Sở Giáo dục và Đào tạo"},
    {"so-y-te", "Sở Y tế"},
    {"so-ngoai-vu", "Sở Ngoại vụ"},
    {"thanh-tra", "Thanh tra thành phố"},
    {"van-phong-ubnd", "Văn phòng Ủy ban nhân dân thành phố"},
    {"cong-an", "Công an thành phố"},
    {"hoi-lhtn", "Hội Liên hiệp Thanh niên Việt Nam thành phố"},
    {"nhcsxh", "Chi nhánh Ngân hàng Chính sách xã hội thành phố"},
};

constexpr char kTheme[] =
    "Thanh niên thành phố tiên phong thực hiện chuyển đổi xanh, chuyển đổi số";

constexpr char kSummary[] =
    "Mục đích: tạo diễn đàn để thanh niên thành phố bày tỏ tâm tư, nguyện vọng, đề xuất "
    "sáng kiến về chuyển đổi xanh, chuyển đổi số; để lãnh đạo thành phố lắng nghe, giải đáp "
    "và chỉ đạo giải quyết kiến nghị của thanh niên (Luật Thanh niên 2020, Nghị định "
    "13/2021/NĐ-CP).\n\n"
    "Nội dung: chính sách hỗ trợ thanh niên khởi nghiệp đổi mới sáng tạo; đào tạo kỹ năng số "
    "và chuyển đổi nghề nghiệp; thanh niên tham gia xây dựng chính quyền số, dịch vụ công "
    "trực tuyến; bảo vệ môi trường, giảm rác thải nhựa, phát triển giao thông xanh.\n\n"
    "Thành phần: Chủ tịch UBND thành phố chủ trì; lãnh đạo các sở, ngành; 300 đại biểu thanh "
    "niên do Thành đoàn giới thiệu từ các phường, xã, đặc khu, trường học, doanh nghiệp.\n\n"
    "Hình thức: trực tiếp tại Trung tâm Hội nghị thành phố, kết hợp trực tuyến tới các điểm "
    "cầu phường, xã và phát trực tiếp trên Cổng thông tin điện tử thành phố.";

struct QuestionSeed {
  const char* text;
  int age;
  const char* name;
};

// Questions youth sent through the public page, in their own words.
constexpr QuestionSeed kWebQuestions[] = {
    {"Thành phố có chính sách hỗ trợ vốn vay ưu đãi cho thanh niên khởi nghiệp trong lĩnh vực "
     "công nghệ số không ạ? Thủ tục vay như thế nào?",
     24, "Nguyễn Minh Anh"},
    {"Em muốn mở cửa hàng bán nông sản sạch trên sàn thương mại điện tử, thành phố có hỗ trợ "
     "vốn hay đào tạo gì cho thanh niên nông thôn không?",
     22, "Trần Văn Hùng"},
    {"Khi nào các phường, xã mới sau sắp xếp có điểm phát wifi miễn phí và hỗ trợ người dân làm "
     "dịch vụ công trực tuyến?",
     27, ""},
    {"Đề nghị thành phố mở các lớp kỹ năng số miễn phí cho thanh niên công nhân ở các khu công "
     "nghiệp, học vào buổi tối hoặc cuối tuần.",
     25, "Phạm Thị Lan"},
    {"Thanh niên muốn tham gia phân loại rác tại nguồn ở khu dân cư thì cần liên hệ ai? Thành "
     "phố có kế hoạch đặt thêm thùng rác phân loại không?",
     19, ""},
    {"Thành phố có kế hoạch làm thêm làn đường dành cho xe đạp và trạm xe đạp công cộng để "
     "khuyến khích giao thông xanh không?",
     21, "Lê Quốc Bảo"},
    {"Sinh viên mới ra trường ngành công nghệ thông tin có được thành phố ưu tiên tuyển dụng "
     "vào các vị trí chuyển đổi số ở phường, xã không?",
     23, ""},
    {"Làm thế nào để các dự án khởi nghiệp xanh của thanh niên được kết nối với doanh nghiệp "
     "và quỹ đầu tư trong thành phố?",
     28, "Đỗ Thanh Tùng"},
    {"Em thấy nhiều bạn trẻ bị lừa đảo qua mạng, thành phố có chương trình tuyên truyền an toàn "
     "thông tin cho học sinh, sinh viên không?",
     17, ""},
    {"Đề nghị có chính sách hỗ trợ vốn vay cho thanh niên khởi nghiệp, lãi suất thấp và thủ tục "
     "đơn giản hơn.",
     26, ""},
    {"Thành phố có hỗ trợ thanh niên chuyển đổi nghề từ khai thác thủy sản sang du lịch sinh "
     "thái ở đặc khu Cát Hải không?",
     29, "Vũ Văn Nam"},
    {"Bao giờ thành phố có thêm sân chơi, nhà văn hóa cho thanh niên ở các phường mới thành lập?",
     20, ""},
};

struct ImportSeed {
  const char* text;
  const char* branch;
  int represents;
};

// Questions the city Youth Union compiled from its branches before the dialogue.
constexpr ImportSeed kImported[] = {
    {"Kiến nghị thành phố có cơ chế hỗ trợ vốn vay ưu đãi cho thanh niên khởi nghiệp đổi mới "
     "sáng tạo.",
     "Đoàn phường Hồng Bàng", 35},
    {"Đề nghị tổ chức các lớp bồi dưỡng kỹ năng số cho đoàn viên thanh niên ở khu công nghiệp.",
     "Đoàn Khối doanh nghiệp thành phố", 120},
    {"Đề nghị đầu tư hạ tầng wifi công cộng và điểm hỗ trợ dịch vụ công trực tuyến tại các xã.",
     "Đoàn xã Kiến Thụy", 48},
    {"Đề xuất thành phố phát động phong trào thanh niên phân loại rác thải tại nguồn, giảm rác "
     "thải nhựa.",
     "Đoàn phường Ngô Quyền", 60},
    {"Kiến nghị có cơ chế ưu tiên tuyển dụng thanh niên có trình độ công nghệ thông tin làm "
     "công tác chuyển đổi số ở cơ sở.",
     "Đoàn trường Đại học Hải Phòng", 80},
    {"Đề nghị hỗ trợ đào tạo nghề và chuyển đổi sinh kế cho thanh niên vùng ven biển.",
     "Đoàn đặc khu Cát Hải", 25},
};

struct Staff {
  const char* username;
  const char* display_name;
  const char* role;
  const char* agency;  // agency code in Hải Phòng, or nullptr
  bool nation;         // grant on the nation instead of the city
};

constexpr Staff kStaff[] = {
    {"admin", "Quản trị hệ thống", "administrator", nullptr, true},
    {"sonoivu", "Nguyễn Thu Hà (Sở Nội vụ)", "coordinator", "so-noi-vu", false},
    {"thanhdoan", "Phạm Đức Minh (Thành đoàn)", "youth_union", "thanh-doan", false},
    {"sokhcn", "Lê Hoàng Nam (Sở KH&CN)", "agency_officer", "so-kh-cn", false},
    {"sonnmt", "Trần Mai Phương (Sở NN&MT)", "agency_officer", "so-nn-mt", false},
    {"sotaichinh", "Đặng Văn Long (Sở Tài chính)", "agency_officer", "so-tai-chinh", false},
    {"chutich", "Chủ tịch UBND thành phố", "leader", "ubnd", false},
};

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

}  // namespace

Result<DemoSummary> LoadDemoData(Store& store, const std::string& units_dir) {
  FixedClock clock(At("2025-02-10T02:00:00Z"));
  Context ctx{store, clock};
  DemoSummary summary;
  DT_ASSIGN_OR_RETURN(summary.units, LoadUnitLists(ctx, units_dir));

  DT_ASSIGN_OR_RETURN(Unit city, ReadValue<Unit>(store, [](Tx& tx) -> Result<Unit> {
                        auto u = tx.units().FindByCode("hai-phong");
                        if (!u) return Error::Internal("Hải Phòng missing from the unit list");
                        return *u;
                      }));
  DT_ASSIGN_OR_RETURN(Unit nation, ReadValue<Unit>(store, [](Tx& tx) -> Result<Unit> {
                        return *tx.units().FindByCode(kNationCode);
                      }));

  // The administrator first, then everything else as that administrator.
  DT_ASSIGN_OR_RETURN(
      UserView admin_view,
      CreateUserAsSystem(ctx, {"admin",
                               "Quản trị hệ thống",
                               kDemoPassword,
                               {{"administrator", nation.id.value, std::nullopt}}}));
  summary.users++;
  Actor admin{admin_view.user.id, "admin", "Quản trị hệ thống", admin_view.grants};
  std::map<std::string, AgencyId> agency;
  for (const auto& a : kAgencies) {
    DT_ASSIGN_OR_RETURN(Agency stored, CreateAgency(ctx, admin, {city.id.value, a.code, a.name}));
    agency[a.code] = stored.id;
    summary.agencies++;
  }
  std::map<std::string, Actor> staff;
  for (const auto& s : kStaff) {
    if (std::string(s.username) == "admin") continue;
    std::optional<int64_t> agency_id;
    if (s.agency) agency_id = agency[s.agency].value;
    DT_ASSIGN_OR_RETURN(UserView v,
                        CreateUser(ctx, admin,
                                   {s.username,
                                    s.display_name,
                                    kDemoPassword,
                                    {{s.role, (s.nation ? nation : city).id.value, agency_id}}}));
    staff[s.username] = Actor{v.user.id, v.user.username, v.user.display_name, v.grants};
    summary.users++;
  }
  const Actor& coordinator = staff["sonoivu"];

  // The plan, published 35 days ahead; the conclusion issued on day 13 (late: 10 days).
  DialogueFields plan;
  plan.unit_id = city.id.value;
  plan.coordinator_agency_id = agency["so-noi-vu"].value;
  plan.year = 2025;
  plan.title = "Đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2025";
  plan.theme = kTheme;
  plan.summary = kSummary;
  plan.chair = "Chủ tịch Ủy ban nhân dân thành phố";
  plan.form = "hybrid";
  plan.venue = "Trung tâm Hội nghị thành phố Hải Phòng";
  plan.held_on = "2025-03-26";
  plan.plan_published_on = "2025-02-19";
  plan.intake_closes_on = "2025-03-09";  // the Youth Union compiles them by 10/03
  plan.intake_open = true;
  DT_ASSIGN_OR_RETURN(Dialogue dialogue, CreateDialogue(ctx, coordinator, plan));
  summary.dialogue = dialogue.id;
  struct MilestoneSeed {
    const char* title;
    const char* due;
    const char* agency;
    std::optional<std::string> done;
  };
  const MilestoneSeed milestones[] = {
      {"Thành đoàn tổng hợp câu hỏi, kiến nghị của thanh niên gửi Sở Nội vụ", "2025-03-10",
       "thanh-doan", "2025-03-09"},
      {"Các sở, ngành gửi văn bản trả lời câu hỏi được phân công", "2025-03-20", "so-noi-vu",
       "2025-03-22"},
      {"Sở Nội vụ tổng hợp kết quả, dự thảo báo cáo kết quả đối thoại", "2025-04-10", "so-noi-vu",
       std::nullopt},
  };
  for (const auto& m : milestones) {
    DT_ASSIGN_OR_RETURN(Milestone stored, AddMilestone(ctx, coordinator, dialogue.id,
                                                       {m.title, m.due, agency[m.agency].value}));
    if (m.done) {
      clock.Set(At("2025-04-30T02:00:00Z"));
      DT_RETURN_IF_ERROR(SetMilestoneDone(ctx, coordinator, dialogue.id, stored.id, m.done).ok()
                             ? Ok()
                             : Status(Error::Internal("milestone")));
      clock.Set(At("2025-02-10T02:00:00Z"));
    }
  }

  // Intake: youth submit on the web from 20/02; the Youth Union imports its compilation.
  std::vector<int64_t> web_ids;
  int64_t minute = 0;
  for (const auto& q : kWebQuestions) {
    clock.Set(Instant{At("2025-02-20T01:00:00Z").unix_seconds + (minute += 997) * 60});
    // Consents per purpose (domain/privacy/consent.h): those who left a contact asked to be
    // notified; all but the second youth let their question's text be published.
    bool publish = &q != &kWebQuestions[1];
    SubmissionInput in{q.text, q.age,        q.name,         q.name[0] ? "09xx xxx xxx" : "",
                       true,   std::nullopt, q.name[0] != 0, publish};
    DT_ASSIGN_OR_RETURN(Submitted s, SubmitQuestion(ctx, dialogue.id, in));
    (void)s;
    summary.questions++;
  }
  clock.Set(At("2025-03-09T03:00:00Z"));
  std::vector<BatchRow> rows;
  int row_number = 2;
  for (const auto& q : kImported) {
    rows.push_back(
        {row_number++, {q.text, q.branch, "Phạm Đức Minh", std::to_string(q.represents), ""}});
  }
  DT_ASSIGN_OR_RETURN(Imported imported, ImportQuestions(ctx, staff["thanhdoan"], dialogue.id,
                                                         "tong-hop-cau-hoi.xlsx", rows));
  summary.questions += imported.imported;

  DT_ASSIGN_OR_RETURN(QuestionPage all,
                      ListQuestions(ctx, coordinator, dialogue.id,
                                    {std::nullopt, std::nullopt, std::nullopt, 200, 0}));
  auto id_of = [&](size_t index) { return all.items.at(index).question.id.value; };
  // Web questions are 0..11, imported 12..17 (in submission order).
  clock.Set(At("2025-03-10T02:00:00Z"));
  struct Group {
    const char* title;
    std::vector<size_t> members;
    const char* lead;
    std::vector<const char*> coordinating;
    const char* due;
  };
  const Group groups[] = {
      {"Vốn vay ưu đãi cho thanh niên khởi nghiệp",
       {0, 1, 9, 12},
       "so-tai-chinh",
       {"nhcsxh", "thanh-doan"},
       "2025-03-20"},
      {"Đào tạo kỹ năng số cho thanh niên, công nhân",
       {3, 13},
       "so-kh-cn",
       {"so-gd-dt"},
       "2025-03-20"},
      {"Wifi công cộng và hỗ trợ dịch vụ công trực tuyến ở phường, xã",
       {2, 14},
       "so-kh-cn",
       {"van-phong-ubnd"},
       "2025-03-20"},
      {"Thanh niên tham gia phân loại rác tại nguồn",
       {4, 15},
       "so-nn-mt",
       {"thanh-doan"},
       "2025-03-20"},
      {"Tuyển dụng thanh niên làm chuyển đổi số ở cơ sở", {6, 16}, "so-noi-vu", {}, "2025-03-24"},
      {"Chuyển đổi nghề, sinh kế cho thanh niên ven biển",
       {10, 17},
       "so-nn-mt",
       {"so-vh-tt-dl"},
       "2025-03-24"},
  };
  std::vector<IssueId> issues;
  for (const auto& g : groups) {
    std::vector<int64_t> ids;
    for (size_t m : g.members) ids.push_back(id_of(m));
    DT_ASSIGN_OR_RETURN(Issue issue, CreateIssue(ctx, coordinator, dialogue.id, {g.title, ids}));
    RoutingInput routing{agency[g.lead], {}, g.due};
    for (const char* c : g.coordinating) routing.coordinating.push_back(agency[c]);
    DT_ASSIGN_OR_RETURN(Issue routed, RouteIssue(ctx, coordinator, issue.id, routing));
    issues.push_back(routed.id);
    summary.issues++;
  }
  DT_RETURN_IF_ERROR(
      ScreenQuestion(ctx, coordinator, QuestionId(id_of(8)), {"accepted", std::nullopt, ""}).ok()
          ? Ok()
          : Status(Error::Internal("screen")));
  DT_RETURN_IF_ERROR(
      ScreenQuestion(ctx, coordinator, QuestionId(id_of(11)),
                     {"out_of_scope", std::nullopt,
                      "Thuộc thẩm quyền UBND phường; đã chuyển UBND phường nơi bạn ở trả lời."})
              .ok()
          ? Ok()
          : Status(Error::Internal("screen")));

  // Answers: two approved on time, one approved late, one waiting, one returned, one none.
  struct AnswerSeed {
    size_t issue;
    const char* officer;
    const char* body;
    const char* submit_at;
    const char* decide_at;  // nullptr: not decided
    bool approve;
  };
  const AnswerSeed answers[] = {
      {0, "sotaichinh",
       "Sở Tài chính trả lời: Thành phố đang triển khai chương trình cho vay hỗ trợ tạo việc làm "
       "qua Ngân hàng Chính sách xã hội, thanh niên khởi nghiệp được vay tối đa 100 triệu đồng, "
       "không phải bảo đảm tiền vay với khoản dưới 100 triệu. Hồ sơ nộp qua tổ tiết kiệm và vay "
       "vốn ở phường, xã; Thành đoàn hỗ trợ thanh niên hoàn thiện phương án kinh doanh.",
       "2025-03-18T03:00:00Z", "2025-03-19T09:00:00Z", true},
      {1, "sokhcn",
       "Sở Khoa học và Công nghệ trả lời: Năm 2025 Sở phối hợp Sở Giáo dục và Đào tạo mở 40 lớp "
       "\"Bình dân học vụ số\" miễn phí, ưu tiên các khu công nghiệp, học buổi tối và cuối tuần. "
       "Thanh niên đăng ký qua Đoàn cơ sở hoặc trên Cổng dịch vụ công của thành phố.",
       "2025-03-19T03:00:00Z", "2025-03-20T08:00:00Z", true},
      {3, "sonnmt",
       "Sở Nông nghiệp và Môi trường trả lời: Từ tháng 6/2025 thành phố thí điểm phân loại rác "
       "tại nguồn ở 10 phường; thanh niên đăng ký đội hình tình nguyện với Đoàn phường.",
       "2025-03-24T03:00:00Z", "2025-03-25T02:00:00Z", true},
      {2, "sokhcn",
       "Sở Khoa học và Công nghệ trả lời: Sở đang tổng hợp nhu cầu điểm wifi công cộng của các "
       "phường, xã mới để trình thành phố bố trí kinh phí.",
       "2025-03-21T03:00:00Z", nullptr, false},
      {5, "sonnmt", "Đang tổng hợp ý kiến các đơn vị liên quan để trả lời.", "2025-03-22T03:00:00Z",
       "2025-03-23T03:00:00Z", false},
  };
  for (const auto& a : answers) {
    clock.Set(At(a.submit_at));
    DT_ASSIGN_OR_RETURN(
        Answer draft, SaveAnswerDraft(ctx, staff[a.officer], issues[a.issue], {a.body, "written"}));
    (void)draft;
    DT_ASSIGN_OR_RETURN(Answer submitted, SubmitAnswer(ctx, staff[a.officer], issues[a.issue]));
    (void)submitted;
    if (!a.decide_at) continue;
    clock.Set(At(a.decide_at));
    if (a.approve) {
      DT_ASSIGN_OR_RETURN(Answer approved, ApproveAnswer(ctx, staff["chutich"], issues[a.issue]));
      (void)approved;
    } else {
      DT_ASSIGN_OR_RETURN(Answer returned,
                          ReturnAnswer(ctx, staff["chutich"], issues[a.issue],
                                       "Cần nêu rõ giải pháp, thời hạn thực hiện."));
      (void)returned;
    }
  }
  // The dialogue day, 26/03: what the secretariat recorded (issue 15).
  DT_RETURN_IF_ERROR(
      LoadDemoLive(ctx, clock, staff["sonoivu"], staff["thanhdoan"], dialogue.id, issues[0]));
  // The conclusion notice went out on 08/04, 13 days after the dialogue: shown late.
  clock.Set(At("2025-04-08T03:00:00Z"));
  // Issued through the use case, so the notice exists as a document (DOCX, PDF) with one
  // task per assignment of its section d).
  IssueConclusionInput conclusion;
  conclusion.issued_on = *Date::Parse("2025-04-08");
  conclusion.signer_name = "Trần Văn Kiên";
  DT_ASSIGN_OR_RETURN(
      IssuedDocument issued,
      IssueConclusion(ctx, staff["chutich"], dialogue.id, conclusion, documents::MakeConclusion));
  summary.conclusion = issued.document.id;
  DT_RETURN_IF_ERROR(LoadDemoIndicators(store));            // demo_indicators.cc (C9)
  DT_RETURN_IF_ERROR(LoadDemoConclusions(store, summary));  // demo_conclusions.cc (C7, C8)
  DT_RETURN_IF_ERROR(LoadDemoAppendix(store));              // demo_appendix.cc (C9 Appendix II)
  // Last, so the dialogues above keep their ids: one that takes questions today (issue 13).
  DT_ASSIGN_OR_RETURN(summary.open_dialogue, LoadDemoOpenDialogue(store, SystemClock().Today()));
  // Youth initiatives (issue 15, C10): the 2025 call published, this year's open.
  DT_ASSIGN_OR_RETURN(DemoCalls calls, LoadDemoInitiatives(store, SystemClock().Today()));
  (void)calls;
  return summary;
}

}  // namespace doithoai::cli
