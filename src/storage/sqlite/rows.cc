#include "storage/sqlite/rows.h"

#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {

std::optional<Date> OptDate(const Statement& s, int col) {
  auto t = s.OptText(col);
  return t ? Date::Parse(*t) : std::nullopt;
}

std::optional<Instant> OptInstant(const Statement& s, int col) {
  auto v = s.OptInt(col);
  return v ? std::optional<Instant>(Instant{*v}) : std::nullopt;
}

Unit ReadUnit(const Statement& s) {
  Unit u;
  u.id = UnitId(s.Int(0));
  u.code = s.Text(1);
  u.name = s.Text(2);
  u.kind = s.Text(3);
  u.level = static_cast<UnitLevel>(s.Int(4));
  u.parent = IdOf<UnitId>(s, 5);
  u.path = s.Text(6);
  return u;
}

Agency ReadAgency(const Statement& s) {
  return Agency{AgencyId(s.Int(0)), UnitId(s.Int(1)), s.Text(2), s.Text(3), s.Int(4) != 0};
}

User ReadUser(const Statement& s) {
  return User{UserId(s.Int(0)), s.Text(1), s.Text(2), s.Text(3), s.Int(4) != 0, Instant{s.Int(5)}};
}

Dialogue ReadDialogue(const Statement& s) {
  Dialogue d;
  d.id = DialogueId(s.Int(0));
  d.unit = UnitId(s.Int(1));
  d.coordinator_agency = IdOf<AgencyId>(s, 2);
  d.year = static_cast<int>(s.Int(3));
  d.title = s.Text(4);
  d.theme = s.Text(5);
  d.summary = s.Text(6);
  d.chair = s.Text(7);
  d.form = ParseDialogueForm(s.Text(8)).value_or(DialogueForm::kDirect);
  d.venue = s.Text(9);
  d.held_on = Date::Parse(s.Text(10)).value_or(Date());
  d.plan_published_on = OptDate(s, 11);
  d.conclusion_issued_on = OptDate(s, 12);
  d.complex = s.Int(13) != 0;
  d.intake_open = s.Int(14) != 0;
  d.intake_closes_on = OptDate(s, 15);
  return d;
}

Milestone ReadMilestone(const Statement& s) {
  Milestone m;
  m.id = MilestoneId(s.Int(0));
  m.dialogue = DialogueId(s.Int(1));
  m.title = s.Text(2);
  m.due_on = Date::Parse(s.Text(3)).value_or(Date());
  m.agency = IdOf<AgencyId>(s, 4);
  m.done_on = OptDate(s, 5);
  return m;
}

Question ReadQuestion(const Statement& s) {
  Question q;
  q.id = QuestionId(s.Int(0));
  q.dialogue = DialogueId(s.Int(1));
  q.tracking_code = s.Text(2);
  q.text = s.Text(3);
  if (auto age = s.OptInt(4)) q.age = static_cast<int>(*age);
  q.asker_name = s.Text(5);
  q.asker_contact = s.Text(6);
  q.asker_unit = IdOf<UnitId>(s, 7);
  q.channel = ParseChannel(s.Text(8)).value_or(Channel::kWeb);
  q.batch = IdOf<BatchId>(s, 9);
  q.branch = s.Text(10);
  q.represents = static_cast<int>(s.Int(11));
  q.submitted_at = Instant{s.Int(12)};
  q.screening = ParseScreening(s.Text(13)).value_or(Screening::kNew);
  q.screening_note = s.Text(14);
  q.duplicate_of = IdOf<QuestionId>(s, 15);
  q.issue = IdOf<IssueId>(s, 16);
  return q;
}

Issue ReadIssue(const Statement& s) {
  Issue i;
  i.id = IssueId(s.Int(0));
  i.dialogue = DialogueId(s.Int(1));
  i.title = s.Text(2);
  i.lead_agency = IdOf<AgencyId>(s, 3);
  i.answer_due_on = OptDate(s, 4);
  i.routed_at = OptInstant(s, 5);
  i.created_at = Instant{s.Int(6)};
  return i;
}

Answer ReadAnswer(const Statement& s) {
  Answer a;
  a.issue = IssueId(s.Int(0));
  a.agency = AgencyId(s.Int(1));
  a.body = s.Text(2);
  a.timing = ParseAnswerTiming(s.Text(3)).value_or(AnswerTiming::kWritten);
  std::string status = s.Text(4);
  for (auto st : {AnswerStatus::kDraft, AnswerStatus::kSubmitted, AnswerStatus::kApproved,
                  AnswerStatus::kReturned}) {
    if (status == AnswerStatusName(st)) a.status = st;
  }
  a.drafted_by = UserId(s.Int(5));
  a.submitted_at = OptInstant(s, 6);
  a.decided_by = IdOf<UserId>(s, 7);
  a.decided_at = OptInstant(s, 8);
  a.return_reason = s.Text(9);
  a.published_at = OptInstant(s, 10);
  return a;
}

AuditEntry ReadAudit(const Statement& s) {
  AuditEntry e;
  e.id = s.Int(0);
  e.at = Instant{s.Int(1)};
  e.user = IdOf<UserId>(s, 2);
  e.action = s.Text(3);
  e.entity = s.Text(4);
  e.entity_id = s.Int(5);
  e.before_json = s.Text(6);
  e.after_json = s.Text(7);
  e.unit = IdOf<UnitId>(s, 8);
  e.area = ParseAuditArea(s.Text(9)).value_or(AuditArea::kHandling);
  return e;
}

Status CheckRun(int rc, const char* field, const char* what) {
  if (rc == SQLITE_DONE) return Ok();
  if ((rc & 0xff) == SQLITE_READONLY) return Error::Internal("read-only transaction");
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
    return Error::Invalid(field, std::string(what) + ": bản ghi được tham chiếu không tồn tại");
  }
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error(ErrorCode::kConflict, std::string(what) + " đã tồn tại",
                 {{field, "giá trị đã được dùng"}});
  }
  return Error::Internal(std::string(what) + ": vi phạm ràng buộc (" + std::to_string(rc) + ")");
}

Result<int64_t> InsertReturningId(Statement& s, const char* field) {
  try {
    if (!s.Next()) return Error::Internal("INSERT returned no id");
    return s.Int(0);
  } catch (const SqliteError& e) {
    int primary = e.code() & 0xff;
    if (primary != SQLITE_CONSTRAINT && primary != SQLITE_READONLY) throw;
    return CheckRun(e.code(), field, "bản ghi").error();
  }
}

Status CheckUpdated(Connection& c, int rc, const char* field, const char* what) {
  DT_RETURN_IF_ERROR(CheckRun(rc, field, what));
  if (c.Changes() == 0) return Error::NotFound(what);
  return Ok();
}

}  // namespace doithoai::storage::sqlite
