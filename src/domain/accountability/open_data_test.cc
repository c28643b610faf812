#include "domain/accountability/open_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace doithoai {
namespace {

OpenQuestion Asked(int64_t seq, AccountStatus status, std::optional<IssueId> issue = {}) {
  OpenQuestion q;
  q.sequence = seq;
  q.submitted_on = Date(2025, 3, 1);
  q.status = status;
  q.detail = status == AccountStatus::kClosed     ? PublicStatus::kOutOfScope
             : status == AccountStatus::kAnswered ? PublicStatus::kAnswered
                                                  : PublicStatus::kProcessing;
  q.shown.text = kHiddenQuestionText;
  q.issue = issue;
  if (issue) {
    q.issue_title = "Việc làm, khởi nghiệp";
    q.topic = "viec-lam";
    q.agency = AgencyId(4);
    q.agency_name = "Sở Nội vụ";
  }
  return q;
}

Answer AnswerOf(int64_t issue, AnswerStatus status) {
  Answer a;
  a.issue = IssueId(issue);
  a.agency = AgencyId(4);
  a.body = "Thành phố hỗ trợ vốn vay ưu đãi.";
  a.status = status;
  a.drafted_by = UserId(9);
  if (status == AnswerStatus::kApproved) a.published_at = Instant{1742000000};
  return a;
}

std::vector<std::string> Lines(const std::string& csv) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at; (at = csv.find("\r\n", start)) != std::string::npos; start = at + 2) {
    out.push_back(csv.substr(start, at - start));
  }
  return out;
}

TEST(OpenData, EveryDatasetIsInTheDictionaryWithMeaningsInBothLanguages) {
  std::vector<std::string> names;
  for (const auto& d : OpenDatasets()) {
    names.emplace_back(d.name);
    EXPECT_FALSE(d.title_vi.empty() || d.title_en.empty()) << d.name;
    for (const auto& c : d.columns) {
      EXPECT_FALSE(c.meaning_vi.empty() || c.meaning_en.empty()) << d.name << "." << c.name;
    }
  }
  EXPECT_EQ(names, (std::vector<std::string>{"questions", "issues", "answers", "tasks"}));
  EXPECT_EQ(FindOpenDataset("contacts"), nullptr);
  EXPECT_EQ(FindOpenDataset("questions")->columns.front().name, "sequence");
}

// Issue 14: "questions without identities" — no column could hold a name, a contact, an age,
// a unit, an address or a tracking code.
TEST(OpenData, NoDatasetHasAnIdentityColumn) {
  const std::vector<std::string> banned = {"name", "contact",  "email", "phone", "age",    "ip",
                                           "unit", "tracking", "asker", "code",  "address"};
  for (const auto& d : OpenDatasets()) {
    for (const auto& c : d.columns) {
      if (c.name == "topic_name") continue;  // the topic's name, not a person's
      std::string name(c.name);
      for (size_t start = 0; start <= name.size();) {  // each word of the snake_case name
        size_t end = std::min(name.find('_', start), name.size());
        std::string word = name.substr(start, end - start);
        EXPECT_EQ(std::count(banned.begin(), banned.end(), word), 0) << d.name << "." << name;
        start = end + 1;
      }
    }
  }
}

TEST(OpenData, QuestionTextOnlyWhenPublic) {
  OpenQuestion hidden = Asked(1, AccountStatus::kProcessing, IssueId(3));
  OpenQuestion shown = Asked(2, AccountStatus::kProcessing, IssueId(3));
  shown.shown.text = "Có vay vốn khởi nghiệp được không?";
  shown.shown.text_public = true;
  OpenTable t = QuestionsTable({hidden, shown});
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.rows[0][5]));  // text
  EXPECT_EQ(std::get<bool>(t.rows[0][6]), false);
  EXPECT_EQ(std::get<std::string>(t.rows[1][5]), "Có vay vốn khởi nghiệp được không?");
  std::string csv = WriteOpenCsv(t);
  EXPECT_EQ(csv.find(kHiddenQuestionText), std::string::npos) << "the notice is not data";
}

TEST(OpenData, CsvHasBomHeaderCrlfAndQuotesWhatItMust) {
  OpenQuestion q = Asked(7, AccountStatus::kClosed);
  q.shown.closed_reason = "Thuộc thẩm quyền UBND phường, \"không\" thuộc thành phố\nxin cảm ơn";
  std::string csv = WriteOpenCsv(QuestionsTable({q}));
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  auto lines = Lines(csv.substr(3));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "sequence,submitted_on,status,status_label,detail,text,text_public,closed_reason,"
            "issue_id,topic,agency_id");
  EXPECT_EQ(lines[1],
            "7,2025-03-01,closed,Đã đóng,out_of_scope,,false,\"Thuộc thẩm quyền UBND phường, "
            "\"\"không\"\" thuộc thành phố\nxin cảm ơn\",,,");
}

// OWASP "CSV injection": a youth's text starting with = must not run in a spreadsheet; numbers
// and dates stay numbers and dates.
TEST(OpenData, TextCellsAreNeutralisedNumbersAreNot) {
  OpenQuestion q = Asked(3, AccountStatus::kProcessing, IssueId(5));
  q.shown.text = "=HYPERLINK(\"http://x\",\"bấm\")";
  q.shown.text_public = true;
  q.shown.closed_reason = "-1 điểm";
  q.topic = "+viec-lam";
  std::string csv = WriteOpenCsv(QuestionsTable({q}));
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\","), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'-1 điểm,5,'+viec-lam,4\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n3,2025-03-01,"), std::string::npos);
}

TEST(OpenData, ADraftOrReturnedAnswerNeverAppears) {
  std::vector<OpenAnswer> answers = {{AnswerOf(1, AnswerStatus::kDraft), "Nhóm 1", "Sở Nội vụ"},
                                     {AnswerOf(2, AnswerStatus::kApproved), "Nhóm 2", "Sở Nội vụ"},
                                     {AnswerOf(3, AnswerStatus::kSubmitted), "Nhóm 3", "Sở X"},
                                     {AnswerOf(4, AnswerStatus::kReturned), "Nhóm 4", "Sở Y"}};
  answers[0].answer.body = "BẢN NHÁP chưa duyệt";
  OpenTable t = AnswersTable(answers);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(std::get<int64_t>(t.rows[0][0]), 2);
  EXPECT_EQ(std::get<std::string>(t.rows[0][5]), "2025-03-15");  // published_on, in Vietnam
  std::string csv = WriteOpenCsv(t);
  std::string json = WriteOpenJson(t, {DialogueId(1), "Đối thoại 2025", "TP Hải Phòng"});
  for (const std::string& out : {csv, json}) {
    EXPECT_EQ(out.find("BẢN NHÁP"), std::string::npos);
    EXPECT_EQ(out.find("Nhóm 3"), std::string::npos);
  }
}

TEST(OpenData, IssuesAreGatheredFromTheQuestionsShownUnderThem) {
  auto issues = OpenIssuesOf({Asked(1, AccountStatus::kAnswered, IssueId(9)),
                              Asked(2, AccountStatus::kProcessing, IssueId(4)),
                              Asked(3, AccountStatus::kAnswered, IssueId(9)),
                              Asked(4, AccountStatus::kClosed)});
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].id, IssueId(4));
  EXPECT_FALSE(issues[0].answered);
  EXPECT_EQ(issues[1].question_count, 2);
  EXPECT_TRUE(issues[1].answered);
  OpenTable t = IssuesTable(issues);
  EXPECT_EQ(std::get<std::string>(t.rows[1][6]), "answered");
}

TEST(OpenData, JsonCarriesTheLicenceAndOneObjectPerRow) {
  PublicTask task;
  task.id = TaskId(12);
  task.content = "Mở 50 điểm \"wifi\"\\\n\t\x01 xong";
  task.lead = "Sở KH&CN";
  task.status = TaskStatus::kInProgress;
  task.percent = 40;
  PublicTaskGroup g;
  g.issue = IssueId(3);
  g.tasks = {task};
  OpenTable t = TasksTable({g});
  auto j = nlohmann::json::parse(WriteOpenJson(t, {DialogueId(1), "Đối thoại", "Hải Phòng"}));
  EXPECT_EQ(j["licence"], "CC BY 4.0");
  EXPECT_EQ(j["dataset"], "tasks");
  EXPECT_EQ(j["dictionary"], "/api/dialogues/1/open-data");
  EXPECT_EQ(j["count"], 1);
  EXPECT_EQ(j["columns"].size(), FindOpenDataset("tasks")->columns.size());
  const auto& item = j["items"][0];
  EXPECT_EQ(item["task_id"], 12);
  EXPECT_EQ(item["issue_id"], 3);
  EXPECT_EQ(item["percent"], 40);
  EXPECT_EQ(item["late"], false);
  EXPECT_TRUE(item["due_on"].is_null());
  EXPECT_EQ(item["status"], "in_progress");
  EXPECT_EQ(item["content"], "Mở 50 điểm \"wifi\"\\\n\t\x01 xong");  // escaped, read back whole
}

TEST(OpenData, DictionaryListsEveryFileAndColumn) {
  auto j = nlohmann::json::parse(WriteOpenDictionary({DialogueId(2), "Đối thoại", "Hải Phòng"}));
  EXPECT_EQ(j["licence"], "CC BY 4.0");
  EXPECT_EQ(j["licence_url"], "https://creativecommons.org/licenses/by/4.0/");
  ASSERT_EQ(j["datasets"].size(), 4u);
  EXPECT_EQ(j["datasets"][0]["csv"], "/api/dialogues/2/open-data/questions.csv");
  EXPECT_EQ(j["datasets"][3]["json"], "/api/dialogues/2/open-data/tasks.json");
  EXPECT_EQ(j["datasets"][0]["columns"][1]["type"], "date");
}

}  // namespace
}  // namespace doithoai
