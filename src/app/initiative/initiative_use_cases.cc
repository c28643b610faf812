// The verbs on one initiative: sent by a youth, followed by its code, screened, scored by the
// council, recognised.
#include "app/audit_trail.h"
#include "app/initiative/initiative_snapshots.h"
#include "app/initiative/initiatives.h"
#include "domain/access/initiative_access.h"
#include "domain/question/tracking_code.h"
#include "text/field_text.h"

namespace doithoai {
namespace {

struct Found {
  Initiative initiative;
  InitiativeCall call;
};

Result<Found> Find(Tx& tx, int64_t id) {
  auto i = tx.initiatives().Find(id);
  if (!i) return Error::NotFound("sáng kiến");
  auto call = tx.initiatives().FindCall(i->call);
  if (!call) return Error::NotFound("đợt phát động sáng kiến");
  return Found{*i, *call};
}

// The initiative, for one who runs its call.
Result<Found> FindToRun(Tx& tx, const Actor& actor, int64_t id) {
  DT_ASSIGN_OR_RETURN(Found f, Find(tx, id));
  auto unit = tx.units().Find(f.call.unit);
  if (!unit || !CanRunInitiativeCalls(actor, unit->path)) return Error::Forbidden();
  return f;
}

}  // namespace

Result<SentInitiative> SubmitInitiative(Context& ctx, int64_t call_id,
                                        const InitiativeInput& input) {
  DT_ASSIGN_OR_RETURN(Initiative clean, ValidateInitiative(input));
  Instant now = ctx.clock.Now();
  return WriteValue<SentInitiative>(ctx.store, [&](Tx& tx) -> Result<SentInitiative> {
    auto call = tx.initiatives().FindCall(call_id);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    DT_RETURN_IF_ERROR(CheckTakesSubmissions(*call, now.VietnamDate()));
    Initiative i = clean;
    i.call = call_id;
    i.tracking_code = NewTrackingCode(ctx.random);
    i.status = InitiativeStatus::kSubmitted;
    i.submitted_at = i.updated_at = now;
    DT_ASSIGN_OR_RETURN(Initiative stored, tx.initiatives().Insert(std::move(i)));
    DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "initiative.submitted", "initiative",
                              stored.id, nullptr, Snapshot(stored)));
    return SentInitiative{stored.id, stored.tracking_code, stored.status, now};
  });
}

Result<InitiativeTracking> TrackInitiative(Context& ctx, std::string_view typed_code) {
  DT_ASSIGN_OR_RETURN(TypedTrackingCode code, ParseTrackingCode(typed_code));
  return ReadValue<InitiativeTracking>(ctx.store, [&](Tx& tx) -> Result<InitiativeTracking> {
    auto i = tx.initiatives().FindByCode(code.code);
    if (!i) return Error::NotFound("sáng kiến có mã này");
    auto call = tx.initiatives().FindCall(i->call);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    i->contact_name.clear();
    i->contact_email.clear();
    return InitiativeTracking{*i, *call};
  });
}

Result<Initiative> ScreenInitiative(Context& ctx, const Actor& actor, int64_t id, bool admit,
                                    std::string_view note) {
  Instant now = ctx.clock.Now();
  return WriteValue<Initiative>(ctx.store, [&](Tx& tx) -> Result<Initiative> {
    DT_ASSIGN_OR_RETURN(Found f, FindToRun(tx, actor, id));
    if (f.call.phase == CallPhase::kPublished) {
      return Error::Conflict("Đợt phát động đã công bố kết quả");
    }
    DT_ASSIGN_OR_RETURN(Initiative next, Screen(f.initiative, admit, note, now));
    DT_RETURN_IF_ERROR(tx.initiatives().Update(next));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative.screened", "initiative", id,
                              Snapshot(f.initiative), Snapshot(next)));
    return next;
  });
}

Result<Scorecard> ScoreInitiative(Context& ctx, const Actor& actor, int64_t id,
                                  const ScorecardInput& input) {
  Instant now = ctx.clock.Now();
  return WriteValue<Scorecard>(ctx.store, [&](Tx& tx) -> Result<Scorecard> {
    DT_ASSIGN_OR_RETURN(Found f, Find(tx, id));
    // Only the call's council sees its initiatives: to anyone else this one does not exist.
    if (!IsCouncilMember(f.call, actor.user)) return Error::NotFound("sáng kiến");
    if (f.call.phase != CallPhase::kReviewing) {
      return Error::Conflict(f.call.phase == CallPhase::kPublished
                                 ? "Hội đồng đã kết thúc, kết quả đã công bố: điểm không sửa được"
                                 : "Hội đồng chưa bắt đầu chấm");
    }
    if (f.initiative.status != InitiativeStatus::kInReview) {
      return Error::Conflict("Sáng kiến không ở vòng chấm");
    }
    DT_ASSIGN_OR_RETURN(Scorecard card, ValidateScorecard(f.call, input));
    card.initiative = id;
    card.member = actor.user;
    card.scored_at = now;
    DT_RETURN_IF_ERROR(tx.initiatives().PutScorecard(card));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative.scored", "initiative", id, nullptr,
                              Snapshot(card)));
    return card;
  });
}

Result<Initiative> RecogniseInitiative(Context& ctx, const Actor& actor, int64_t id,
                                       std::string_view recognition) {
  FieldErrors errors;
  std::string clean = text::CleanField(recognition, kRecognitionMaxChars, "recognition", errors);
  if (clean.empty() && text::IsValidUtf8(recognition)) {
    errors.Add("recognition", "bắt buộc ghi hình thức khen (ví dụ: Giấy khen của Ban Thường vụ)");
  }
  if (!errors.empty()) return errors.ToError();
  Instant now = ctx.clock.Now();
  return WriteValue<Initiative>(ctx.store, [&](Tx& tx) -> Result<Initiative> {
    DT_ASSIGN_OR_RETURN(Found f, FindToRun(tx, actor, id));
    if (f.initiative.status != InitiativeStatus::kSelected &&
        f.initiative.status != InitiativeStatus::kRecognised) {
      return Error::Conflict("Chỉ khen thưởng sáng kiến đã được chọn khi công bố kết quả");
    }
    Initiative next = f.initiative;
    next.status = InitiativeStatus::kRecognised;
    next.recognition = clean;
    next.updated_at = now;
    DT_RETURN_IF_ERROR(tx.initiatives().Update(next));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative.recognised", "initiative", id,
                              Snapshot(f.initiative), Snapshot(next)));
    return next;
  });
}

}  // namespace doithoai
