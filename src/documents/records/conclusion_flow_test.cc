// The conclusion chain through the use cases, with the real makers (DOCX, PDF) on the
// in-memory store and a fixed clock: issue → tasks → reports and evidence → sub-tasks →
// board roll-up → reminders → relay and import down the tree → carry-over. Bad input on each
// step changes nothing.
#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/auth/sessions.h"
#include "app/dialogue/dialogues.h"
#include "app/document/documents.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "app/task/tasks.h"
#include "documents/records/issue_records.h"
#include "storage/memory/memory_store.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }
Date On(const char* iso) { return Date::Parse(iso).value(); }

bool HasField(const Error& e, const std::string& field) {
  for (const auto& f : e.fields()) {
    if (f.field == field) return true;
  }
  return false;
}

class ConclusionFlow : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"}}).ok());
    admin_ = Make("admin", "administrator", 1, std::nullopt);
    for (auto [unit, code, name] :
         std::initializer_list<std::tuple<int64_t, const char*, const char*>>{
             {2, "so-noi-vu", "Sở Nội vụ"},
             {2, "so-kh-cn", "Sở Khoa học và Công nghệ"},
             {2, "so-tai-chinh", "Sở Tài chính"},
             {2, "thanh-doan", "Thành đoàn Hải Phòng"},
             {4, "doan-phuong", "Đoàn phường Hồng Bàng"},
             {4, "vp-phuong", "Văn phòng HĐND và UBND phường Hồng Bàng"},
             {3, "so-kh-cn-hn", "Sở Khoa học và Công nghệ Hà Nội"}}) {
      agency_[code] = CreateAgency(ctx_, admin_, {unit, code, name}).value().id;
    }
    coordinator_ = Make("sonoivu", "coordinator", 2, agency_["so-noi-vu"].value);
    officer_ = Make("sotaichinh", "agency_officer", 2, agency_["so-tai-chinh"].value);
    other_officer_ = Make("sokhcn", "agency_officer", 2, agency_["so-kh-cn"].value);
    ward_officer_ = Make("doanphuong", "agency_officer", 4, agency_["doan-phuong"].value);
    leader_ = Make("chutich", "leader", 2, std::nullopt);
    ward_leader_ = Make("chutichphuong", "leader", 4, std::nullopt);
    hanoi_leader_ = Make("chutichhn", "leader", 3, std::nullopt);

    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";  // public: takes questions
    f.venue = "Nhà hát thành phố";
    f.chair = "Chủ tịch Ủy ban nhân dân thành phố";
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;
    // Two issues: one answered and approved, one routed to the Department of Finance and
    // still unanswered, so the conclusion assigns it.
    answered_ = Routed("Học kỹ năng số miễn phí", "so-kh-cn", "2025-03-20");
    // Long enough that a mail subject cut at 120 bytes falls inside a letter (the "ệ" of nghiệp).
    open_ =
        Routed("Vốn để thanh niên khởi nghiệp ở địa bàn khó khăn", "so-tai-chinh", "2025-03-20");
    ASSERT_TRUE(SaveAnswerDraft(ctx_, other_officer_, answered_,
                                {"Sở mở 40 lớp kỹ năng số miễn phí.", "written"})
                    .ok());
    ASSERT_TRUE(SubmitAnswer(ctx_, other_officer_, answered_).ok());
    ASSERT_TRUE(ApproveAnswer(ctx_, leader_, answered_).ok());
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(ctx_, username, role, unit, agency);
  }

  IssueId Routed(const char* title, const char* lead, const char* due) {
    auto q = SubmitQuestion(ctx_, dialogue_,
                            {std::string("Câu hỏi về ") + title, 20, "", "", true, std::nullopt});
    auto id = TrackQuestion(ctx_, q.value().tracking_code).value().question.id;
    auto issue = CreateIssue(ctx_, coordinator_, dialogue_, {title, {id.value}}).value();
    return RouteIssue(ctx_, coordinator_, issue.id, {agency_[lead], {}, due}).value().id;
  }

  Result<IssuedDocument> Issue(const Actor& who, const char* on, const char* signer) {
    IssueConclusionInput in;
    in.issued_on = On(on);
    in.signer_name = signer;
    return IssueConclusion(ctx_, who, dialogue_, in, documents::MakeConclusion);
  }

  storage::MemoryStore store_;
  FixedClock clock_{At("2025-03-01T02:00:00Z")};
  Context ctx_{store_, clock_};
  Actor admin_, coordinator_, officer_, other_officer_, ward_officer_, leader_, ward_leader_,
      hanoi_leader_;
  std::map<std::string, AgencyId> agency_;
  DialogueId dialogue_;
  IssueId answered_, open_;
};

TEST_F(ConclusionFlow, IssuingTurnsOpenAssignmentsIntoTasksOnce) {
  // Not before the dialogue is held.
  auto early = Issue(leader_, "2025-03-01", "Trần Văn Kiên");
  ASSERT_FALSE(early.ok());
  EXPECT_TRUE(HasField(early.error(), "dialogue"));

  clock_.Set(At("2025-04-02T03:00:00Z"));
  EXPECT_TRUE(Issue(coordinator_, "2025-04-02", "Trần Văn Kiên").error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(
      Issue(hanoi_leader_, "2025-04-02", "Trần Văn Kiên").error().Is(ErrorCode::kForbidden));
  auto unsigned_notice = Issue(leader_, "2025-04-02", "  ");
  ASSERT_FALSE(unsigned_notice.ok());
  EXPECT_TRUE(HasField(unsigned_notice.error(), "signer_name"));
  auto future = Issue(leader_, "2025-04-03", "Trần Văn Kiên");
  ASSERT_FALSE(future.ok());
  EXPECT_TRUE(HasField(future.error(), "issued_on"));
  // Nothing of the refused attempts was kept, not even a number.
  EXPECT_TRUE(ListDocuments(ctx_, leader_, {}).value().empty());

  // The notice names the venue: a plan without one is sent back to be completed.
  DialogueFields no_venue;
  no_venue.venue = "";
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, no_venue).ok());
  EXPECT_TRUE(HasField(Issue(leader_, "2025-04-02", "Trần Văn Kiên").error(), "dialogue.venue"));
  DialogueFields venue;
  venue.venue = "Nhà hát thành phố";
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, venue).ok());

  auto issued = Issue(leader_, "2025-04-02", "Trần Văn Kiên");
  ASSERT_TRUE(issued.ok()) << issued.error().message();
  EXPECT_EQ(issued->document.number_symbol, "01/TB-UBND");
  EXPECT_EQ(issued->document.kind, "conclusion");
  ASSERT_EQ(issued->tasks.size(), 1u);  // only the unanswered issue
  const Task& t = issued->tasks[0];
  EXPECT_EQ(t.lead.agency, agency_["so-tai-chinh"]);
  ASSERT_EQ(t.issues.size(), 1u);
  EXPECT_EQ(t.issues[0], open_);
  // The answer deadline (20/03) had passed: the task gets 30 days from the notice.
  ASSERT_TRUE(t.deadline.date.has_value());
  EXPECT_EQ(*t.deadline.date, On("2025-05-02"));
  EXPECT_NE(t.source.find("Sở Tài chính"), std::string::npos);

  auto pdf = PublicConclusionFile(ctx_, dialogue_, "pdf");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->bytes.substr(0, 5), "%PDF-");
  auto docx = GetDocumentFile(ctx_, coordinator_, issued->document.id, "docx");
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(docx->bytes.substr(0, 2), "PK");
  EXPECT_TRUE(PublicConclusionFile(ctx_, dialogue_, "exe").error().Is(ErrorCode::kNotFound));

  auto again = Issue(leader_, "2025-04-02", "Trần Văn Kiên");
  EXPECT_TRUE(again.error().Is(ErrorCode::kConflict));
  EXPECT_EQ(ListDocuments(ctx_, leader_, {}).value().size(), 1u);
}

TEST_F(ConclusionFlow, ReportsEvidenceAndStatus) {
  clock_.Set(At("2025-04-02T03:00:00Z"));
  TaskId task = Issue(leader_, "2025-04-02", "Trần Văn Kiên").value().tasks.at(0).id;
  EXPECT_EQ(GetTask(ctx_, leader_, task).value().node.status, TaskStatus::kNotStarted);

  // Only the lead (or coordinating) agency reports; bad input names its field.
  EXPECT_TRUE(ReportProgress(ctx_, other_officer_, task, {50, false, "Không phải việc của sở"})
                  .error()
                  .Is(ErrorCode::kForbidden));
  auto bad = ReportProgress(ctx_, officer_, task, {101, false, ""});
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasField(bad.error(), "percent"));
  EXPECT_TRUE(HasField(bad.error(), "text"));
  EXPECT_TRUE(GetTask(ctx_, leader_, task).value().reports.empty());

  auto half = ReportProgress(ctx_, officer_, task, {50, false, "Đã làm việc với Ngân hàng CSXH"});
  ASSERT_TRUE(half.ok()) << half.error().message();
  EXPECT_EQ(GetTask(ctx_, leader_, task).value().node.status, TaskStatus::kInProgress);

  // Evidence: only the kinds and sizes allowed.
  auto exe = AttachEvidence(ctx_, officer_, half->id, "bao-cao.exe", "MZ\x90\x00 not a document");
  ASSERT_FALSE(exe.ok());
  EXPECT_TRUE(HasField(exe.error(), "file"));
  std::string big = "%PDF-1.4\n" + std::string(5 * 1024 * 1024, 'x');
  EXPECT_FALSE(AttachEvidence(ctx_, officer_, half->id, "lon.pdf", big).ok());
  EXPECT_TRUE(AttachEvidence(ctx_, other_officer_, half->id, "a.pdf", "%PDF-1.4\n%%EOF\n")
                  .error()
                  .Is(ErrorCode::kForbidden));
  auto file =
      AttachEvidence(ctx_, officer_, half->id, "Biên bản làm việc.pdf", "%PDF-1.4\n%%EOF\n");
  ASSERT_TRUE(file.ok()) << file.error().message();
  EXPECT_EQ(file->content_type, "application/pdf");
  EXPECT_EQ(file->sha256.size(), 64u);
  auto back = GetEvidence(ctx_, leader_, file->id);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->second, "%PDF-1.4\n%%EOF\n");
  EXPECT_TRUE(GetEvidence(ctx_, hanoi_leader_, file->id).error().Is(ErrorCode::kForbidden));
  for (int i = 1; i < 10; ++i) {
    ASSERT_TRUE(AttachEvidence(ctx_, officer_, half->id, "anh.png", "\x89PNG\r\n\x1a\n....").ok());
  }
  auto eleventh = AttachEvidence(ctx_, officer_, half->id, "anh.png", "\x89PNG\r\n\x1a\n....");
  EXPECT_FALSE(eleventh.ok());

  // Done before the deadline (02/05) is on time; the roll-up sees it.
  clock_.Set(At("2025-04-20T03:00:00Z"));
  ASSERT_TRUE(ReportProgress(ctx_, officer_, task, {100, true, "Đã trả lời thanh niên"}).ok());
  auto view = GetTask(ctx_, leader_, task).value();
  EXPECT_EQ(view.node.status, TaskStatus::kDoneOnTime);
  EXPECT_EQ(view.reports.size(), 2u);
  auto board = GetTaskBoard(ctx_, leader_, std::nullopt).value();
  EXPECT_EQ(board.total.done_on_time, 1);
  EXPECT_EQ(board.total.total(), 1);
}

TEST_F(ConclusionFlow, SubTasksForLowerUnitsRollUpBothTrees) {
  clock_.Set(At("2025-04-02T03:00:00Z"));
  TaskId task = Issue(leader_, "2025-04-02", "Trần Văn Kiên").value().tasks.at(0).id;
  SubtaskInput s;
  s.lead = agency_["doan-phuong"];
  s.content = "Hướng dẫn thanh niên phường lập phương án vay vốn";
  s.deadline = Deadline::OnDate(On("2025-06-01"), "trước ngày 01/06/2025");
  auto late_deadline = SplitTask(ctx_, officer_, task, s);
  ASSERT_FALSE(late_deadline.ok());
  EXPECT_TRUE(HasField(late_deadline.error(), "deadline.date"));  // after the parent's 02/05
  s.deadline = Deadline::OnDate(On("2025-03-30"), "trước ngày 30/03/2025");
  EXPECT_TRUE(HasField(SplitTask(ctx_, officer_, task, s).error(), "deadline.date"));  // past
  s.deadline = Deadline::OnDate(On("2025-04-25"), "trước ngày 25/04/2025");
  s.lead = agency_["so-kh-cn-hn"];
  EXPECT_TRUE(HasField(SplitTask(ctx_, officer_, task, s).error(), "lead_agency_id"));
  s.lead = agency_["doan-phuong"];
  EXPECT_TRUE(SplitTask(ctx_, ward_officer_, task, s).error().Is(ErrorCode::kForbidden));
  auto sub = SplitTask(ctx_, officer_, task, s);
  ASSERT_TRUE(sub.ok()) << sub.error().message();
  EXPECT_EQ(sub->parent, task);

  auto parent = GetTask(ctx_, leader_, task).value();
  ASSERT_EQ(parent.children.size(), 1u);
  EXPECT_EQ(parent.node.subtree.total(), 2);
  // The city officer who delegated follows the sub-task; an unrelated officer does not.
  EXPECT_TRUE(GetTask(ctx_, officer_, sub->id).ok());
  EXPECT_TRUE(GetTask(ctx_, other_officer_, sub->id).error().Is(ErrorCode::kForbidden));
  // The ward's leader cannot split the city's task (tasks go down, not up).
  EXPECT_TRUE(SplitTask(ctx_, ward_leader_, task, s).error().Is(ErrorCode::kForbidden));
  auto child = GetTask(ctx_, ward_officer_, sub->id).value();
  ASSERT_EQ(child.ancestors.size(), 1u);
  EXPECT_EQ(child.ancestors[0].task.id, task);
  EXPECT_TRUE(child.can_report);

  // The ward's sub-task goes overdue; the city's board shows it under the ward.
  clock_.Set(At("2025-04-26T03:00:00Z"));
  auto board = GetTaskBoard(ctx_, leader_, std::nullopt).value();
  EXPECT_EQ(board.total.total(), 2);
  EXPECT_EQ(board.total.overdue, 1);
  bool ward_seen = false;
  for (const auto& c : board.children) {
    if (c.unit.code == "hong-bang") {
      ward_seen = true;
      EXPECT_EQ(c.counts.overdue, 1);
    }
  }
  EXPECT_TRUE(ward_seen);
  ASSERT_EQ(board.late.size(), 1u);
  EXPECT_EQ(board.late[0].task.id, sub->id);
  // The ward leader sees only the ward; Hà Nội sees nothing of Hải Phòng.
  EXPECT_EQ(GetTaskBoard(ctx_, ward_leader_, std::nullopt).value().total.total(), 1);
  EXPECT_TRUE(GetTaskBoard(ctx_, hanoi_leader_, UnitId(2)).error().Is(ErrorCode::kForbidden));
}

TEST_F(ConclusionFlow, RemindersBeforeTheDeadlineAndEscalationAfterAreSentOnce) {
  clock_.Set(At("2025-04-02T03:00:00Z"));
  ASSERT_TRUE(Issue(leader_, "2025-04-02", "Trần Văn Kiên").ok());
  EXPECT_EQ(RunReminders(ctx_).value(), 0);  // a month before the deadline
  clock_.Set(At("2025-04-28T03:00:00Z"));    // 4 days before 02/05
  int64_t first = RunReminders(ctx_).value();
  EXPECT_GT(first, 0);
  EXPECT_EQ(RunReminders(ctx_).value(), 0);  // once per key
  auto mine = GetTaskBoard(ctx_, officer_, std::nullopt).value();
  ASSERT_FALSE(mine.notifications.empty());
  clock_.Set(At("2025-05-05T03:00:00Z"));  // overdue: escalation to the leader's unit
  EXPECT_GT(RunReminders(ctx_).value(), 0);
  auto leader_view = GetTaskBoard(ctx_, leader_, std::nullopt).value();
  EXPECT_FALSE(leader_view.notifications.empty());

  // The mails queued: one reminder to the lead, the escalation to it and to the leaders; a
  // subject cut short never splits a Vietnamese letter.
  auto mails = ReadValue<std::vector<OutboxMail>>(
      store_,
      [](Tx& tx) -> Result<std::vector<OutboxMail>> { return tx.notifications().Outbox(100); });
  ASSERT_TRUE(mails.ok());
  ASSERT_EQ(mails->size(), 3u);
  EXPECT_EQ((*mails)[0].to, "agency:" + std::to_string(agency_["so-tai-chinh"].value));
  EXPECT_EQ((*mails)[2].to, "unit:2:leaders");
  for (const auto& m : *mails) {
    EXPECT_TRUE(text::IsValidUtf8(m.subject)) << m.subject;
    EXPECT_NE(m.subject.find("Vốn để thanh niên khởi"), std::string::npos) << m.subject;
    EXPECT_EQ(m.subject.find("địa bàn"), std::string::npos) << "cut short: " << m.subject;
  }
}

TEST_F(ConclusionFlow, RelayAndImportMakeANavigableTreeFromTheNationToAWard) {
  clock_.Set(At("2025-04-10T03:00:00Z"));
  // The city records the Government's notice it received in its own register (issue 10: not
  // in the nation's, which is the nation's to keep).
  ImportedDocumentInput pm;
  pm.unit = UnitId(2);
  pm.type_code = "TB";
  pm.number = 158;
  pm.symbol = "TB-VPCP";
  pm.issuer = "VĂN PHÒNG CHÍNH PHỦ";
  pm.place = "Hà Nội";
  pm.issued_on = On("2024-04-10");
  pm.summary =
      "Kết luận của Thủ tướng Chính phủ tại Chương trình gặp mặt và đối thoại với thanh niên";
  pm.signer = "KT. BỘ TRƯỞNG, CHỦ NHIỆM";
  ImportedTaskInput national;
  national.lead_name = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương";
  national.content = "Tạo điều kiện để thanh niên tham gia chuyển đổi số";
  national.deadline = Deadline::Ongoing();
  pm.tasks.push_back(national);

  // Bad input is refused whole.
  ImportedDocumentInput broken = pm;
  broken.tasks[0].content = "";
  broken.tasks[0].deadline = Deadline::OnDate(On("2024-01-01"), "trước ngày 01/01/2024");
  auto refused = RecordImportedDocument(ctx_, coordinator_, broken);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(HasField(refused.error(), "tasks[0].content"));
  EXPECT_TRUE(HasField(refused.error(), "tasks[0].deadline.date"));  // before the notice
  EXPECT_TRUE(RecordImportedDocument(ctx_, officer_, pm).error().Is(ErrorCode::kForbidden));
  ImportedDocumentInput national_register = pm;
  national_register.unit = UnitId(1);
  EXPECT_TRUE(RecordImportedDocument(ctx_, coordinator_, national_register)
                  .error()
                  .Is(ErrorCode::kForbidden));
  EXPECT_TRUE(ListDocuments(ctx_, coordinator_, {}).value().empty());

  // The city receives and records the Government's notice, then relays it.
  auto recorded = RecordImportedDocument(ctx_, coordinator_, pm);
  ASSERT_TRUE(recorded.ok()) << recorded.error().message();
  EXPECT_EQ(recorded->document.number_symbol, "158/TB-VPCP");
  TaskId national_task = recorded->tasks.at(0).id;
  EXPECT_TRUE(RecordImportedDocument(ctx_, coordinator_, pm).error().Is(ErrorCode::kConflict));

  RelayInput city;
  city.unit = UnitId(2);
  city.signer_name = "Lê Anh Quân";
  city.field_code = "VX";
  city.monitor = agency_["so-noi-vu"];
  RelayItem item;
  item.parent = national_task;
  item.lead = agency_["so-kh-cn"];
  item.content = "Xây dựng nền tảng số hỗ trợ thanh niên khởi nghiệp";
  item.deadline = Deadline::OnDate(On("2025-01-31"), "trước ngày 31/01/2025");
  city.items.push_back(item);
  auto past = RelayDocument(ctx_, leader_, recorded->document.id, city, documents::MakeRelayLetter);
  ASSERT_FALSE(past.ok());
  EXPECT_TRUE(HasField(past.error(), "items[0].deadline.date"));
  city.items[0].deadline = Deadline::OnDate(On("2025-06-30"), "trước ngày 30/06/2025");
  city.items[0].coordinating = {agency_["so-kh-cn-hn"]};
  auto foreign =
      RelayDocument(ctx_, leader_, recorded->document.id, city, documents::MakeRelayLetter);
  ASSERT_FALSE(foreign.ok());
  EXPECT_TRUE(HasField(foreign.error(), "items[0].coordinating_agency_ids[0]"));
  city.items[0].coordinating = {agency_["so-noi-vu"]};
  RelayItem union_item;
  union_item.parent = national_task;
  union_item.lead = agency_["thanh-doan"];
  union_item.request = true;
  union_item.content = "Vận động đoàn viên tham gia các cuộc thi sáng tạo số";
  union_item.deadline = Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  city.items.push_back(union_item);
  EXPECT_TRUE(
      RelayDocument(ctx_, coordinator_, recorded->document.id, city, documents::MakeRelayLetter)
          .error()
          .Is(ErrorCode::kForbidden));
  auto letter =
      RelayDocument(ctx_, leader_, recorded->document.id, city, documents::MakeRelayLetter);
  ASSERT_TRUE(letter.ok()) << letter.error().message();
  EXPECT_EQ(letter->document.number_symbol, "01/UBND-VX");
  ASSERT_EQ(letter->tasks.size(), 2u);
  EXPECT_EQ(letter->tasks[0].parent, national_task);

  // The ward relays the city's letter to its Youth Union.
  RelayInput ward;
  ward.unit = UnitId(4);
  ward.signer_name = "Phạm Thu Trang";
  ward.field_code = "VHXH";
  RelayItem ward_item;
  ward_item.parent = letter->tasks[1].id;
  ward_item.lead = agency_["doan-phuong"];
  ward_item.content = "Tổ chức cho đoàn viên phường tham gia cuộc thi sáng tạo số";
  ward_item.deadline = Deadline::OnDate(On("2025-05-31"), "trước ngày 31/05/2025");
  ward.items.push_back(ward_item);
  EXPECT_TRUE(HasField(
      RelayDocument(ctx_, ward_leader_, letter->document.id, ward, documents::MakeRelayLetter)
          .error(),
      "monitor_agency_id"));
  ward.monitor = agency_["vp-phuong"];
  ward_item.lead = agency_["so-kh-cn"];  // a city department: above the ward
  RelayInput wrong = ward;
  wrong.items.push_back(ward_item);
  EXPECT_TRUE(HasField(
      RelayDocument(ctx_, ward_leader_, letter->document.id, wrong, documents::MakeRelayLetter)
          .error(),
      "items[1].lead_agency_id"));
  auto ward_letter =
      RelayDocument(ctx_, ward_leader_, letter->document.id, ward, documents::MakeRelayLetter);
  ASSERT_TRUE(ward_letter.ok()) << ward_letter.error().message();

  // Both ways: down from the Prime Minister's notice, up from the ward.
  auto top_view = GetDocument(ctx_, ward_officer_, recorded->document.id);
  ASSERT_TRUE(top_view.ok()) << top_view.error().message();
  const DocumentView& top = *top_view;
  ASSERT_EQ(top.relayed_by.size(), 1u);
  EXPECT_EQ(top.relayed_by[0].id, letter->document.id);
  auto middle = GetDocument(ctx_, leader_, letter->document.id).value();
  ASSERT_TRUE(middle.relays.has_value());
  EXPECT_EQ(middle.relays->id, recorded->document.id);
  ASSERT_EQ(middle.relayed_by.size(), 1u);
  EXPECT_EQ(middle.relayed_by[0].id, ward_letter->document.id);
  auto bottom_view = GetTask(ctx_, ward_officer_, ward_letter->tasks[0].id);
  ASSERT_TRUE(bottom_view.ok()) << bottom_view.error().message();
  const TaskView& bottom = *bottom_view;
  ASSERT_EQ(bottom.ancestors.size(), 2u);
  EXPECT_EQ(bottom.ancestors[0].task.id, national_task);
  EXPECT_EQ(bottom.ancestors[1].task.id, letter->tasks[1].id);
  auto pdf = GetDocumentFile(ctx_, ward_officer_, ward_letter->document.id, "pdf");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->bytes.substr(0, 5), "%PDF-");
}

TEST_F(ConclusionFlow, UnfinishedTasksAndUnansweredIssuesCarryOver) {
  clock_.Set(At("2025-04-02T03:00:00Z"));
  auto issued = Issue(leader_, "2025-04-02", "Trần Văn Kiên").value();
  // A sub-task for the ward goes with its parent: it does not carry over on its own.
  SubtaskInput ward_part;
  ward_part.lead = agency_["doan-phuong"];
  ward_part.content = "Hướng dẫn thanh niên phường lập phương án vay vốn";
  ward_part.deadline = Deadline::Ongoing();
  ASSERT_TRUE(SplitTask(ctx_, officer_, issued.tasks[0].id, ward_part).ok());
  clock_.Set(At("2026-01-10T03:00:00Z"));
  DialogueFields f;
  f.unit_id = 2;
  f.year = 2026;
  f.title = "Đối thoại 2026";
  f.held_on = "2026-03-26";
  DialogueId next = CreateDialogue(ctx_, coordinator_, f).value().id;
  auto carry = GetCarryOver(ctx_, leader_, next);
  ASSERT_TRUE(carry.ok()) << carry.error().message();
  ASSERT_TRUE(carry->previous.has_value());
  EXPECT_EQ(carry->previous->id, dialogue_);
  ASSERT_EQ(carry->open_tasks.size(), 1u);
  EXPECT_EQ(carry->open_tasks[0].task.id, issued.tasks[0].id);
  ASSERT_EQ(carry->unanswered.size(), 1u);
  EXPECT_EQ(carry->unanswered[0].id, open_);
  EXPECT_TRUE(GetCarryOver(ctx_, hanoi_leader_, next).error().Is(ErrorCode::kForbidden));

  // Issuing the 2026 notice assigns it again, due 30 days after the notice.
  {
    DialogueFields held;
    held.venue = "Nhà hát thành phố";
    ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, next, held).ok());
    clock_.Set(At("2026-04-01T03:00:00Z"));
    IssueConclusionInput in;
    in.signer_name = "Trần Văn Kiên";
    auto notice = IssueConclusion(ctx_, leader_, next, in, documents::MakeConclusion);
    ASSERT_TRUE(notice.ok()) << notice.error().message();
    ASSERT_EQ(notice->tasks.size(), 1u);
    EXPECT_EQ(notice->tasks[0].carried_from, issued.tasks[0].id);
    EXPECT_EQ(notice->tasks[0].deadline.date, On("2026-05-01"));
    EXPECT_EQ(notice->document.number_symbol, "01/TB-UBND");  // a new year, a new series
  }
  // Once done, the task no longer carries over.
  ASSERT_TRUE(ReportProgress(ctx_, officer_, issued.tasks[0].id, {100, true, "Hoàn thành"}).ok());
  EXPECT_TRUE(GetCarryOver(ctx_, leader_, next).value().open_tasks.empty());
}

}  // namespace
}  // namespace doithoai
