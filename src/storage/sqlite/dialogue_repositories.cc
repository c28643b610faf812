// Dialogues, milestones, questions, import batches, issues and answers on SQLite.
#include "storage/sqlite/queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

void BindDialogue(Statement& s, const Dialogue& d) {
  s.Bind(d.unit.value)
      .Bind(ValueOf(d.coordinator_agency))
      .Bind(d.year)
      .Bind(d.title)
      .Bind(d.theme)
      .Bind(d.summary)
      .Bind(d.chair)
      .Bind(DialogueFormName(d.form))
      .Bind(d.venue)
      .Bind(d.held_on.ToIso())
      .Bind(IsoOf(d.plan_published_on))
      .Bind(IsoOf(d.conclusion_issued_on))
      .Bind(d.complex)
      .Bind(d.intake_open)
      .Bind(IsoOf(d.intake_closes_on));
}

void BindQuestion(Statement& s, const Question& q) {
  s.Bind(q.dialogue.value)
      .Bind(q.tracking_code)
      .Bind(q.text)
      .Bind(q.age ? std::optional<int64_t>(*q.age) : std::nullopt)
      .Bind(q.asker_name)
      .Bind(q.asker_contact)
      .Bind(ValueOf(q.asker_unit))
      .Bind(ChannelName(q.channel))
      .Bind(ValueOf(q.batch))
      .Bind(q.branch)
      .Bind(q.represents)
      .Bind(q.submitted_at.unix_seconds)
      .Bind(ScreeningName(q.screening))
      .Bind(q.screening_note)
      .Bind(ValueOf(q.duplicate_of))
      .Bind(ValueOf(q.issue));
}

void BindFilter(Statement& s, DialogueId d, const QuestionFilter& f) {
  s.Bind(d.value);
  if (f.screening)
    s.Bind(ScreeningName(*f.screening));
  else
    s.Bind(std::nullopt);
  if (f.grouped)
    s.Bind(static_cast<int64_t>(*f.grouped ? 1 : 0));
  else
    s.Bind(std::nullopt);
  s.Bind(ValueOf(f.issue));
}

void BindIssue(Statement& s, const Issue& i) {
  s.Bind(i.dialogue.value)
      .Bind(i.title)
      .Bind(ValueOf(i.lead_agency))
      .Bind(IsoOf(i.answer_due_on))
      .Bind(SecondsOf(i.routed_at))
      .Bind(i.created_at.unix_seconds);
}

}  // namespace

Result<Dialogue> SqliteDialogues::Insert(Dialogue d) {
  auto s = c_.Prepare(sql::kInsertDialogue);
  BindDialogue(s, d);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "unit_id"));
  d.id = DialogueId(id);
  return d;
}

Status SqliteDialogues::Update(const Dialogue& d) {
  auto s = c_.Prepare(sql::kUpdateDialogue);
  BindDialogue(s, d);
  s.Bind(d.id.value);
  return CheckUpdated(c_, s.Run(), "unit_id", "đối thoại");
}

std::optional<Dialogue> SqliteDialogues::Find(DialogueId id) {
  auto s = c_.Prepare(sql::kFindDialogue);
  s.Bind(id.value);
  if (!s.Next()) return std::nullopt;
  return ReadDialogue(s);
}

std::vector<Dialogue> SqliteDialogues::List() {
  auto s = c_.Prepare(sql::kListDialogues);
  std::vector<Dialogue> out;
  while (s.Next()) out.push_back(ReadDialogue(s));
  return out;
}

Result<Milestone> SqliteDialogues::InsertMilestone(Milestone m) {
  auto s = c_.Prepare(sql::kInsertMilestone);
  s.Bind(m.dialogue.value)
      .Bind(m.title)
      .Bind(m.due_on.ToIso())
      .Bind(ValueOf(m.agency))
      .Bind(IsoOf(m.done_on));
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "dialogue_id"));
  m.id = MilestoneId(id);
  return m;
}

Status SqliteDialogues::UpdateMilestone(const Milestone& m) {
  auto s = c_.Prepare(sql::kUpdateMilestone);
  s.Bind(m.dialogue.value)
      .Bind(m.title)
      .Bind(m.due_on.ToIso())
      .Bind(ValueOf(m.agency))
      .Bind(IsoOf(m.done_on))
      .Bind(m.id.value);
  return CheckUpdated(c_, s.Run(), "agency_id", "mốc kế hoạch");
}

std::vector<Milestone> SqliteDialogues::Milestones(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kMilestonesOfDialogue);
  s.Bind(dialogue.value);
  std::vector<Milestone> out;
  while (s.Next()) out.push_back(ReadMilestone(s));
  return out;
}

Result<Question> SqliteQuestions::Insert(Question q) {
  auto s = c_.Prepare(sql::kInsertQuestion);
  BindQuestion(s, q);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "tracking_code"));
  q.id = QuestionId(id);
  return q;
}

Status SqliteQuestions::Update(const Question& q) {
  auto s = c_.Prepare(sql::kUpdateQuestion);
  BindQuestion(s, q);
  s.Bind(q.id.value);
  return CheckUpdated(c_, s.Run(), "tracking_code", "câu hỏi");
}

std::optional<Question> SqliteQuestions::Find(QuestionId id) {
  auto s = c_.Prepare(sql::kFindQuestion);
  s.Bind(id.value);
  if (!s.Next()) return std::nullopt;
  return ReadQuestion(s);
}

std::optional<Question> SqliteQuestions::FindByTrackingCode(std::string_view code) {
  auto s = c_.Prepare(sql::kFindQuestionByCode);
  s.Bind(code);
  if (!s.Next()) return std::nullopt;
  return ReadQuestion(s);
}

namespace {

bool OnlyIssue(const QuestionFilter& f) { return f.issue && !f.screening && !f.grouped; }
bool Unfiltered(const QuestionFilter& f) { return !f.issue && !f.screening && !f.grouped; }

}  // namespace

std::vector<Question> SqliteQuestions::List(DialogueId dialogue, const QuestionFilter& f) {
  if (OnlyIssue(f)) {
    auto s = c_.Prepare(sql::kListQuestionsOfIssue);
    s.Bind(f.issue->value).Bind(dialogue.value).Bind(f.limit).Bind(f.offset);
    std::vector<Question> out;
    while (s.Next()) out.push_back(ReadQuestion(s));
    return out;
  }
  auto s = c_.Prepare(sql::kListQuestions);
  BindFilter(s, dialogue, f);
  s.Bind(f.limit).Bind(f.offset);
  std::vector<Question> out;
  while (s.Next()) out.push_back(ReadQuestion(s));
  return out;
}

int64_t SqliteQuestions::Count(DialogueId dialogue, const QuestionFilter& f) {
  if (OnlyIssue(f) || Unfiltered(f)) {
    auto s =
        c_.Prepare(OnlyIssue(f) ? sql::kCountQuestionsOfIssue : sql::kCountQuestionsOfDialogue);
    if (OnlyIssue(f)) s.Bind(f.issue->value);
    s.Bind(dialogue.value);
    s.Next();
    return s.Int(0);
  }
  auto s = c_.Prepare(sql::kCountQuestions);
  BindFilter(s, dialogue, f);
  s.Next();
  return s.Int(0);
}

Result<ImportBatch> SqliteQuestions::InsertBatch(ImportBatch b) {
  auto s = c_.Prepare(sql::kInsertBatch);
  s.Bind(b.dialogue.value)
      .Bind(b.filename)
      .Bind(b.compiled_by)
      .Bind(b.uploaded_by.value)
      .Bind(b.row_count)
      .Bind(b.imported_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "dialogue_id"));
  b.id = BatchId(id);
  return b;
}

Result<Issue> SqliteIssues::Insert(Issue issue) {
  auto s = c_.Prepare(sql::kInsertIssue);
  BindIssue(s, issue);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "dialogue_id"));
  issue.id = IssueId(id);
  DT_RETURN_IF_ERROR(SaveCoordinating(issue));
  return issue;
}

Status SqliteIssues::Update(const Issue& issue) {
  auto s = c_.Prepare(sql::kUpdateIssue);
  BindIssue(s, issue);
  s.Bind(issue.id.value);
  DT_RETURN_IF_ERROR(CheckUpdated(c_, s.Run(), "lead_agency_id", "nhóm vấn đề"));
  return SaveCoordinating(issue);
}

Status SqliteIssues::SaveCoordinating(const Issue& issue) {
  {
    auto d = c_.Prepare(sql::kDeleteCoordinating);
    d.Bind(issue.id.value);
    DT_RETURN_IF_ERROR(CheckRun(d.Run(), "coordinating_agency_ids", "cơ quan phối hợp"));
  }
  int64_t position = 0;
  for (AgencyId a : issue.coordinating) {
    auto s = c_.Prepare(sql::kInsertCoordinating);
    s.Bind(issue.id.value).Bind(position++).Bind(a.value);
    DT_RETURN_IF_ERROR(CheckRun(s.Run(), "coordinating_agency_ids", "cơ quan phối hợp"));
  }
  return Ok();
}

std::optional<Issue> SqliteIssues::Find(IssueId id) {
  std::optional<Issue> issue;
  {
    auto s = c_.Prepare(sql::kFindIssue);
    s.Bind(id.value);
    if (!s.Next()) return std::nullopt;
    issue = ReadIssue(s);
  }
  LoadCoordinating(*issue);
  return issue;
}

std::vector<Issue> SqliteIssues::ListByDialogue(DialogueId dialogue) {
  std::vector<Issue> out;
  {
    auto s = c_.Prepare(sql::kIssuesOfDialogue);
    s.Bind(dialogue.value);
    while (s.Next()) out.push_back(ReadIssue(s));
  }
  for (auto& issue : out) LoadCoordinating(issue);
  return out;
}

void SqliteIssues::LoadCoordinating(Issue& issue) {
  auto c = c_.Prepare(sql::kCoordinatingOfIssue);
  c.Bind(issue.id.value);
  while (c.Next()) issue.coordinating.push_back(AgencyId(c.Int(0)));
}

Status SqliteAnswers::Save(const Answer& a) {
  {
    auto exists = c_.Prepare(sql::kFindIssue);
    exists.Bind(a.issue.value);
    if (!exists.Next()) return Error::NotFound("nhóm vấn đề");
  }
  auto s = c_.Prepare(sql::kSaveAnswer);
  s.Bind(a.issue.value)
      .Bind(a.agency.value)
      .Bind(a.body)
      .Bind(AnswerTimingName(a.timing))
      .Bind(AnswerStatusName(a.status))
      .Bind(a.drafted_by.value)
      .Bind(SecondsOf(a.submitted_at))
      .Bind(ValueOf(a.decided_by))
      .Bind(SecondsOf(a.decided_at))
      .Bind(a.return_reason)
      .Bind(SecondsOf(a.published_at));
  return CheckRun(s.Run(), "issue_id", "câu trả lời");
}

std::optional<Answer> SqliteAnswers::Find(IssueId issue) {
  auto s = c_.Prepare(sql::kFindAnswer);
  s.Bind(issue.value);
  if (!s.Next()) return std::nullopt;
  return ReadAnswer(s);
}

std::vector<Answer> SqliteAnswers::ListByDialogue(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kAnswersOfDialogue);
  s.Bind(dialogue.value);
  std::vector<Answer> out;
  while (s.Next()) out.push_back(ReadAnswer(s));
  return out;
}

std::vector<Answer> SqliteAnswers::ListPublished(DialogueId dialogue, int64_t limit,
                                                 int64_t offset) {
  auto s = c_.Prepare(sql::kPublishedAnswers);
  s.Bind(dialogue.value).Bind(limit).Bind(offset);
  std::vector<Answer> out;
  while (s.Next()) out.push_back(ReadAnswer(s));
  return out;
}

int64_t SqliteAnswers::CountPublished(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kCountPublished);
  s.Bind(dialogue.value);
  s.Next();
  return s.Int(0);
}

Status SqliteAudit::Append(AuditEntry e) {
  auto s = c_.Prepare(sql::kAppendAudit);
  s.Bind(e.at.unix_seconds)
      .Bind(ValueOf(e.user))
      .Bind(e.action)
      .Bind(e.entity)
      .Bind(e.entity_id)
      .Bind(e.before_json)
      .Bind(e.after_json)
      .Bind(ValueOf(e.unit))
      .Bind(AuditAreaName(e.area));
  return CheckRun(s.Run(), "audit", "nhật ký");
}

std::vector<AuditEntry> SqliteAudit::List(const AuditQuery& q) {
  auto s = c_.Prepare(sql::kListAudit);
  std::string areas[3] = {"", "", ""};
  if (q.scope) {
    for (size_t i = 0; i < 3 && i < q.scope->areas.size(); ++i) {
      areas[i] = AuditAreaName(q.scope->areas[i]);
    }
  }
  s.Bind(q.entity)
      .Bind(q.entity_id)
      .Bind(int64_t{q.scope ? 1 : 0})
      .Bind(areas[0])
      .Bind(areas[1])
      .Bind(areas[2])
      .Bind(q.scope ? q.scope->unit_path : std::string())
      .Bind(int64_t{q.scope && q.scope->with_unitless ? 1 : 0})
      .Bind(q.limit);
  std::vector<AuditEntry> out;
  while (s.Next()) out.push_back(ReadAudit(s));
  return out;
}

Result<int64_t> SqliteCounters::Next(std::string_view name) {
  auto s = c_.Prepare(sql::kNextCounter);
  s.Bind(name);
  return InsertReturningId(s, "name");
}

}  // namespace doithoai::storage::sqlite
