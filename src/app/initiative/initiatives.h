// Youth initiatives' use cases (issue 15, SYSTEM.md C10). A unit's Youth Union (or its
// coordinators: CanRunInitiativeCalls) opens a call with published criteria and a council;
// youths and branches send initiatives publicly and follow them by tracking code; the Youth
// Union screens what arrives, closes submissions and hands the call to the council; each member
// scores the admitted initiatives separately, seeing only their own cards; the Youth Union reads
// the combined scores with their spread and publishes the results, selecting some initiatives
// for support (every score is final from then on); a selected initiative may be recognised.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/document/documents.h"
#include "app/initiative/initiative_repository.h"
#include "domain/initiative/support.h"
#include "domain/task/task_status.h"

namespace doithoai {

// CanRunInitiativeCalls on `unit`; every council member an active account (by username).
Result<InitiativeCall> CreateCall(Context& ctx, const Actor& actor, UnitId unit,
                                  const CallInput& input);

// CanRunInitiativeCalls: closes submissions and opens the council's scoring (open → reviewing).
Result<InitiativeCall> StartReview(Context& ctx, const Actor& actor, int64_t call);

// CanRunInitiativeCalls: reviewing → published. Every initiative must be screened; `selected`
// lists initiatives in review ("selected[i]" otherwise); the others in review are not selected.
Result<InitiativeCall> PublishResults(Context& ctx, const Actor& actor, int64_t call,
                                      const std::vector<int64_t>& selected);

struct SentInitiative {
  int64_t id = 0;
  std::string tracking_code;
  InitiativeStatus status = InitiativeStatus::kSubmitted;
  Instant submitted_at;
};

// Public: while the call takes submissions (CheckTakesSubmissions).
Result<SentInitiative> SubmitInitiative(Context& ctx, int64_t call, const InitiativeInput& input);

// What the sender's tracking page shows: never the contact, never the council's cards.
struct InitiativeTracking {
  Initiative initiative;  // contact fields cleared
  InitiativeCall call;
};
// Public; the code as typed (ParseTrackingCode: case and hyphens do not matter).
Result<InitiativeTracking> TrackInitiative(Context& ctx, std::string_view typed_code);

// CanRunInitiativeCalls on the call's unit; while the call is open or reviewing.
Result<Initiative> ScreenInitiative(Context& ctx, const Actor& actor, int64_t initiative,
                                    bool admit, std::string_view note);

// A council member of the initiative's call, while it is reviewing; the initiative in review.
// Replaces the member's earlier card.
Result<Scorecard> ScoreInitiative(Context& ctx, const Actor& actor, int64_t initiative,
                                  const ScorecardInput& input);

// CanRunInitiativeCalls; a selected initiative of a published call gets its recognition
// ("Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng").
inline constexpr size_t kRecognitionMaxChars = 300;
Result<Initiative> RecogniseInitiative(Context& ctx, const Actor& actor, int64_t initiative,
                                       std::string_view recognition);

// The staff's view of one call. The Youth Union sees every initiative with its contact and the
// combined scores; a council member who does not run the call sees the initiatives admitted to
// scoring, without contacts, and only their own card.
// A support task of an initiative as the public and the Youth Union follow it.
struct SupportProgress {
  TaskId task;
  std::string lead;  // the mentor agency
  Deadline deadline;
  TaskStatus status = TaskStatus::kNotStarted;
  int percent = 0;  // the latest report's
};

struct StaffInitiativeRow {
  Initiative initiative;
  std::vector<SupportProgress> support;
  std::optional<Scorecard> my_card;
  std::optional<ScoreSummary> summary;  // for those who run the call
  std::vector<Scorecard> cards;         // every card, for those who run the call
};
struct StaffCallView {
  InitiativeCall call;
  bool can_run = false;
  bool is_member = false;
  std::vector<StaffInitiativeRow> rows;
  struct Member {
    UserId id;
    std::string username, display_name;
  };
  std::vector<Member> council;
};
Result<StaffCallView> ReadStaffCall(Context& ctx, const Actor& actor, int64_t call);

// What the decision recognising a call's initiatives is drafted from (documents/records):
// the call, its unit and that unit's parent (the Youth Union's heading), the recognised
// initiatives in order. CanRunInitiativeCalls; kConflict while none is recognised.
struct InitiativeRecords {
  InitiativeCall call;
  Unit unit;
  std::optional<Unit> parent;
  std::vector<Initiative> recognised;
};
Result<InitiativeRecords> CollectInitiativeRecords(Context& ctx, const Actor& actor, int64_t call);

// The Youth Union issues its decision on a published call: it recognises the recognised
// initiatives (Điều 1) and gives each supported one a task of the decision (Điều 2) led by its
// mentor agency, with the funding source and deadline — tracked, reminded and rolled up like
// every task. The maker (documents/records) renders the numbered, dated, signed decision; the
// app stores it with its tasks under the next number of the Youth Union's yearly series.
struct InitiativeDecisionInput {
  std::optional<SignerBlock> signer;
  std::string signer_name;
  std::optional<std::vector<std::string>> copies;
  std::vector<SupportInput> supports;
};
using InitiativeDecisionMaker = std::function<Result<DocumentDraft>(
    const InitiativeRecords& records, const std::vector<Task>& support_tasks, int64_t number,
    Date issued_on, const Signing& signing)>;
// CanRunInitiativeCalls; the call published, its decision not issued yet (409); at least one
// initiative recognised (409); each supports[i] an initiative selected or recognised in this
// call and a mentor agency of the call's unit or below (422 naming the field); the unit must
// have its Youth Union body (422 "issuer_family").
Result<IssuedDocument> IssueInitiativeDecision(Context& ctx, const Actor& actor, int64_t call,
                                               const InitiativeDecisionInput& input,
                                               const InitiativeDecisionMaker& make);

// Calls the actor runs (their subtree) or sits on the council of, newest first.
Result<std::vector<InitiativeCall>> ListStaffCalls(Context& ctx, const Actor& actor);

// The public page: every call; for a published call its selected and recognised initiatives
// with their mean score (never contacts, never a single member's card).
struct PublicInitiative {
  Initiative initiative;  // contact fields cleared
  ScoreSummary summary;
  std::vector<SupportProgress> support;
};
struct PublicCallView {
  InitiativeCall call;
  std::string unit_name;
  int64_t received = 0;                   // initiatives sent
  std::vector<PublicInitiative> results;  // published calls only, best mean first
};
Result<std::vector<PublicCallView>> ListPublicCalls(Context& ctx);
Result<PublicCallView> ReadPublicCall(Context& ctx, int64_t call);

}  // namespace doithoai
