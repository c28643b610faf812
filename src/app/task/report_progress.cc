// Progress reports and their evidence files.
#include <sodium.h>

#include "app/audit_trail.h"
#include "app/document/document_input.h"
#include "app/document/document_snapshot.h"
#include "app/task/task_access.h"
#include "app/task/tasks.h"
#include "domain/access/permissions.h"
#include "domain/task/evidence.h"

namespace doithoai {
namespace {

// The agency the actor reports for: the lead if they are its officer, else the first
// coordinating agency they serve; none for a coordinator recording a paper report.
std::optional<AgencyId> ReportingAgency(const Actor& actor, const Task& t) {
  auto mine = TaskAgencies(actor);
  auto is_mine = [&](const std::optional<AgencyId>& a) {
    return a && std::find(mine.begin(), mine.end(), *a) != mine.end();
  };
  if (is_mine(t.lead.agency)) return t.lead.agency;
  for (const auto& c : t.coordinating) {
    if (is_mine(c.agency)) return c.agency;
  }
  return std::nullopt;
}

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace

Result<TaskReport> ReportProgress(Context& ctx, const Actor& actor, TaskId id,
                                  const ProgressInput& in) {
  FieldErrors errors;
  if (in.percent < 0 || in.percent > 100) errors.Add("percent", "phải từ 0 đến 100");
  if (in.done && in.percent != 100) errors.Add("percent", "phải là 100 khi báo cáo hoàn thành");
  std::string text = RequiredText(errors, "text", in.text, 8000);
  if (!errors.empty()) return errors.ToError();
  Instant now = ctx.clock.Now();
  return WriteValue<TaskReport>(ctx.store, [&](Tx& tx) -> Result<TaskReport> {
    auto t = tx.tasks().Find(id);
    if (!t) return Error::NotFound("nhiệm vụ");
    if (!CanReport(actor, *t)) {
      return Error::Forbidden(
          "Chỉ cơ quan chủ trì, phối hợp hoặc cơ quan điều phối báo cáo nhiệm vụ");
    }
    std::optional<AgencyId> agency = ReportingAgency(actor, *t);
    bool is_lead = agency && agency == t->lead.agency;
    if (in.done && agency && !is_lead) {
      return Error::Forbidden("Chỉ cơ quan chủ trì đánh dấu nhiệm vụ hoàn thành");
    }
    TaskReport r;
    r.task = id;
    r.on = now.VietnamDate();
    r.percent = in.percent;
    r.done = in.done;
    r.text = text;
    r.agency = agency;
    r.user = actor.user;
    r.created_at = now;
    DT_ASSIGN_OR_RETURN(TaskReport stored, tx.tasks().InsertReport(r));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, in.done ? "task.done" : "task.reported", "task",
                              id.value, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<EvidenceFile> AttachEvidence(Context& ctx, const Actor& actor, ReportId report,
                                    const std::string& file_name, const std::string& bytes) {
  DT_ASSIGN_OR_RETURN(EvidenceType type, CheckEvidence(file_name, bytes));
  Instant now = ctx.clock.Now();
  std::string digest = Sha256Hex(bytes);
  return WriteValue<EvidenceFile>(ctx.store, [&](Tx& tx) -> Result<EvidenceFile> {
    auto r = tx.tasks().FindReport(report);
    if (!r) return Error::NotFound("báo cáo tiến độ");
    auto t = tx.tasks().Find(r->task);
    if (!t) return Error::NotFound("nhiệm vụ");
    if (!CanReport(actor, *t) || r->user != actor.user) {
      return Error::Forbidden("Chỉ người lập báo cáo đính kèm minh chứng");
    }
    if (static_cast<int>(r->evidence.size()) >= kEvidenceMaxPerReport) {
      return Error::Invalid("file", "mỗi báo cáo có nhiều nhất " +
                                        std::to_string(kEvidenceMaxPerReport) + " tệp minh chứng");
    }
    EvidenceFile e;
    e.report = report;
    e.file_name = CleanEvidenceName(file_name);
    e.content_type = type.content_type;
    e.size = static_cast<int64_t>(bytes.size());
    e.sha256 = digest;
    e.uploaded_at = now;
    DT_ASSIGN_OR_RETURN(EvidenceFile stored, tx.tasks().InsertEvidence(e, bytes));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "task.evidence_added", "task", t->id.value,
                              nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<std::pair<EvidenceFile, std::string>> GetEvidence(Context& ctx, const Actor& actor,
                                                         EvidenceId id) {
  using Out = std::pair<EvidenceFile, std::string>;
  return ReadValue<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    auto e = tx.tasks().Evidence(id);
    if (!e) return Error::NotFound("tệp minh chứng");
    auto r = tx.tasks().FindReport(e->first.report);
    auto t = r ? tx.tasks().Find(r->task) : std::nullopt;
    if (!t) return Error::NotFound("nhiệm vụ");
    if (!CanView(actor, *t)) {
      return Error::Forbidden();
    }
    return *e;
  });
}

}  // namespace doithoai
