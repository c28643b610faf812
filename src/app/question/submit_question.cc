#include "app/audit_trail.h"
#include "app/mail/youth_mail.h"
#include "app/question/questions.h"
#include "app/rights/rights.h"
#include "domain/access/dialogue_access.h"
#include "domain/access/permissions.h"
#include "domain/dialogue/intake.h"
#include "domain/question/tracking_code.h"

namespace doithoai {
Result<Submitted> SubmitQuestion(Context& ctx, DialogueId dialogue, const SubmissionInput& in) {
  DT_ASSIGN_OR_RETURN(CleanSubmission clean, ValidateSubmission(in));
  Instant now = ctx.clock.Now();
  return WriteValue<Submitted>(ctx.store, [&](Tx& tx) -> Result<Submitted> {
    auto d = tx.dialogues().Find(dialogue);
    // Before its plan is published a dialogue does not exist for the public (issue 10).
    if (!d || !IsDialoguePublic(*d, now.VietnamDate())) {
      return Error::NotFound("chương trình đối thoại");
    }
    DT_RETURN_IF_ERROR(CheckIntake(*d, now.VietnamDate()));
    if (clean.asker_unit && !tx.units().Find(UnitId(*clean.asker_unit))) {
      return Error::Invalid("asker_unit_id", "đơn vị không tồn tại");
    }
    Question q;
    q.dialogue = dialogue;
    q.tracking_code = NewTrackingCode(ctx.random);
    q.text = clean.text;
    q.age = clean.age;
    q.asker_name = clean.asker_name;
    q.asker_contact = clean.asker_contact;
    if (clean.asker_unit) q.asker_unit = UnitId(*clean.asker_unit);
    q.channel = Channel::kWeb;
    q.submitted_at = now;
    DT_ASSIGN_OR_RETURN(Question stored, tx.questions().Insert(std::move(q)));
    ConsentChoices consents{true, clean.consent_contact, clean.consent_publish_text};
    DT_RETURN_IF_ERROR(RecordConsents(tx, stored.id, consents, now));
    // The tracking code by e-mail, in this transaction (only with the contact consent).
    DT_RETURN_IF_ERROR(QueueYouthMail(tx, stored, YouthEvent::kReceived, now));
    DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "question.submitted", "question",
                              stored.id.value, nullptr, Snapshot(stored)));
    return Submitted{stored.tracking_code, now, PublicStatus::kReceived};
  });
}

Result<Imported> ImportQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                 const std::string& filename, const std::vector<BatchRow>& rows) {
  FieldErrors errors;
  std::vector<CleanBatchRow> clean;
  clean.reserve(rows.size());
  for (const auto& row : rows) {
    auto r = ValidateBatchRow(row.input);
    if (r.ok()) {
      clean.push_back(std::move(r).value());
      continue;
    }
    for (const auto& f : r.error().fields()) {
      if (errors.list().size() < kImportMaxReportedErrors) {
        errors.Add("rows[" + std::to_string(row.row_number) + "]." + f.field, f.reason);
      }
    }
  }
  if (rows.empty()) errors.Add("file", "tệp không có câu hỏi nào");
  if (!errors.empty()) return errors.ToError();

  std::string compiled_by;
  for (const auto& r : clean) {
    if (compiled_by.find(r.compiled_by) == std::string::npos) {
      compiled_by += (compiled_by.empty() ? "" : "; ") + r.compiled_by;
    }
  }
  Instant now = ctx.clock.Now();
  return WriteValue<Imported>(ctx.store, [&](Tx& tx) -> Result<Imported> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit || !CanImportQuestions(actor, unit->path)) return Error::Forbidden();
    ImportBatch batch{BatchId(),   dialogue,   filename,
                      compiled_by, actor.user, static_cast<int>(clean.size()),
                      now};
    DT_ASSIGN_OR_RETURN(ImportBatch stored_batch, tx.questions().InsertBatch(batch));
    for (const auto& r : clean) {
      Question q;
      q.dialogue = dialogue;
      q.tracking_code = NewTrackingCode(ctx.random);
      q.text = r.text;
      q.age = r.age;
      q.channel = Channel::kImport;
      q.batch = stored_batch.id;
      q.branch = r.branch;
      q.represents = r.represents;
      q.submitted_at = now;
      DT_ASSIGN_OR_RETURN(Question stored, tx.questions().Insert(std::move(q)));
      (void)stored;
    }
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "questions.imported", "import_batch",
                              stored_batch.id.value, nullptr,
                              {{"filename", filename},
                               {"rows", clean.size()},
                               {"compiled_by", compiled_by},
                               {"dialogue_id", dialogue.value}}));
    return Imported{stored_batch.id, static_cast<int>(clean.size())};
  });
}

}  // namespace doithoai
