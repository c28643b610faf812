#include "app/live/live_session.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/audit_trail.h"
#include "domain/access/dialogue_access.h"
#include "domain/access/live_access.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

// The record of a dialogue stays open until its conclusion notice is issued.
Status CheckOpen(const Dialogue& d) {
  if (d.conclusion_issued_on) {
    return Error::Conflict("Đã ban hành thông báo kết luận ngày " +
                           d.conclusion_issued_on->ToVietnamese() +
                           ": biên bản phiên đối thoại không sửa được nữa");
  }
  return Ok();
}

// The dialogue and its host's path, for a secretary: found, visible, and theirs to record.
Result<Dialogue> DialogueToRecord(Tx& tx, const Actor& actor, DialogueId id) {
  auto d = tx.dialogues().Find(id);
  if (!d) return Error::NotFound("chương trình đối thoại");
  auto unit = tx.units().Find(d->unit);
  if (!unit) return Error::NotFound("đơn vị");
  if (!CanKeepLiveRecord(actor, unit->path)) return Error::Forbidden();
  DT_RETURN_IF_ERROR(CheckOpen(*d));
  return *d;
}

// The issue must be one of this dialogue's.
Status CheckIssue(Tx& tx, DialogueId dialogue, const std::optional<IssueId>& issue) {
  if (!issue) return Ok();
  auto i = tx.issues().Find(*issue);
  if (!i || i->dialogue != dialogue) {
    return Error::Invalid("issue_id", "không phải nhóm vấn đề của chương trình đối thoại này");
  }
  return Ok();
}

nlohmann::json Snapshot(const LiveEntry& e) {
  auto opt = [](const auto& v) -> nlohmann::json {
    if (!v) return nullptr;
    return v->value;
  };
  return {{"dialogue_id", e.dialogue.value},
          {"seq", e.seq},
          {"channel", LiveChannelName(e.channel)},
          {"asker_unit", e.asker_unit},  // never the asker's name (audit_trail.h)
          {"text", e.text},
          {"issue_id", opt(e.issue)},
          {"answered_by", e.answered_by},
          {"answer", e.answer},
          {"outcome", LiveOutcomeName(e.outcome)},
          {"promised_by", e.promised_by ? nlohmann::json(e.promised_by->ToIso()) : nullptr},
          {"forwarded_to", opt(e.forwarded_to)},
          {"duplicate_of", e.duplicate_of ? nlohmann::json(*e.duplicate_of) : nullptr},
          {"version", e.version}};
}

}  // namespace

Result<RecordedLiveEntry> RecordLiveEntry(Context& ctx, const Actor& actor, DialogueId dialogue,
                                          const LiveEntryInput& input) {
  DT_ASSIGN_OR_RETURN(CleanLiveEntry clean, ValidateLiveEntry(input));
  Instant now = ctx.clock.Now();
  return WriteValue<RecordedLiveEntry>(ctx.store, [&](Tx& tx) -> Result<RecordedLiveEntry> {
    DT_ASSIGN_OR_RETURN(Dialogue d, DialogueToRecord(tx, actor, dialogue));
    if (auto stored = tx.live().FindByKey(dialogue, clean.client_key)) {
      return RecordedLiveEntry{std::move(*stored), false};
    }
    DT_RETURN_IF_ERROR(CheckIssue(tx, dialogue, clean.issue));
    LiveEntry e;
    e.dialogue = dialogue;
    e.client_key = clean.client_key;
    e.channel = clean.channel;
    e.asker = clean.asker;
    e.asker_unit = clean.asker_unit;
    e.text = clean.text;
    e.issue = clean.issue;
    e.duplicate_of = LikelyDuplicate(tx.live().List(dialogue), e.text);
    e.entered_by = actor.user;
    e.entered_at = now;
    e.updated_at = now;
    DT_ASSIGN_OR_RETURN(LiveEntry stored, tx.live().Insert(std::move(e)));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "live_entry.recorded", "live_entry", stored.id,
                              nullptr, Snapshot(stored)));
    return RecordedLiveEntry{std::move(stored), true};
  });
}

Result<LiveEntry> AnswerLiveEntry(Context& ctx, const Actor& actor, DialogueId dialogue,
                                  int64_t seq, const LiveAnswerInput& input) {
  // The date rule needs the dialogue's day: read it, validate, then one short write.
  DT_ASSIGN_OR_RETURN(Dialogue seen, ReadValue<Dialogue>(ctx.store, [&](Tx& tx) {
                        return DialogueToRecord(tx, actor, dialogue);
                      }));
  DT_ASSIGN_OR_RETURN(CleanLiveAnswer clean, ValidateLiveAnswer(input, seen.held_on));
  Instant now = ctx.clock.Now();
  return WriteValue<LiveEntry>(ctx.store, [&](Tx& tx) -> Result<LiveEntry> {
    DT_ASSIGN_OR_RETURN(Dialogue d, DialogueToRecord(tx, actor, dialogue));
    auto before = tx.live().Find(dialogue, seq);
    if (!before) return Error::NotFound("mục #" + std::to_string(seq) + " của phiên đối thoại");
    DT_RETURN_IF_ERROR(CheckIssue(tx, dialogue, clean.issue));
    if (clean.forwarded_to && !tx.agencies().Find(*clean.forwarded_to)) {
      return Error::Invalid("forwarded_to", "cơ quan không tồn tại");
    }
    DT_ASSIGN_OR_RETURN(LiveEntry after, AnswerEntry(*before, clean, now));
    DT_RETURN_IF_ERROR(tx.live().Update(after));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "live_entry.answered", "live_entry", after.id,
                              Snapshot(*before), Snapshot(after)));
    return after;
  });
}

Status ShowOnScreen(Context& ctx, const Actor& actor, DialogueId dialogue,
                    std::optional<int64_t> seq) {
  Instant now = ctx.clock.Now();
  return ctx.store.Write([&](Tx& tx) -> Status {
    DT_ASSIGN_OR_RETURN(Dialogue d, DialogueToRecord(tx, actor, dialogue));
    if (seq && !tx.live().Find(dialogue, *seq)) {
      return Error::Invalid("seq", "không có mục #" + std::to_string(*seq));
    }
    return tx.live().SetScreen(dialogue, seq, now);
  });
}

Result<LiveConsole> ReadLiveConsole(Context& ctx, const Actor& actor, DialogueId dialogue) {
  return ReadValue<LiveConsole>(ctx.store, [&](Tx& tx) -> Result<LiveConsole> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit) return Error::NotFound("đơn vị");
    bool records = CanKeepLiveRecord(actor, unit->path);
    if (!records && !CanHandleQuestions(actor, unit->path)) return Error::Forbidden();
    LiveConsole c;
    c.dialogue = *d;
    c.entries = tx.live().List(dialogue);
    if (auto s = tx.live().Screen(dialogue)) c.on_screen = s->seq;
    c.closed = d->conclusion_issued_on.has_value();
    c.can_record = records && !c.closed;
    return c;
  });
}

Result<LiveScreenView> ReadLiveScreen(Context& ctx, DialogueId dialogue) {
  Date today = ctx.clock.Today();
  return ReadValue<LiveScreenView>(ctx.store, [&](Tx& tx) -> Result<LiveScreenView> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d || !IsDialoguePublic(*d, today)) return Error::NotFound("chương trình đối thoại");
    LiveScreenView v;
    v.dialogue = dialogue;
    v.title = d->title;
    v.chair = d->chair;
    auto entries = tx.live().List(dialogue);
    std::optional<int64_t> on_screen;
    if (auto s = tx.live().Screen(dialogue)) on_screen = s->seq;
    for (auto& e : entries) {
      ++v.raised;
      if (e.outcome == LiveOutcome::kOnTheSpot) ++v.answered_on_the_spot;
      if (e.outcome == LiveOutcome::kPromised || e.outcome == LiveOutcome::kForwarded) {
        ++v.followed_up;
      }
      if (on_screen && e.seq == *on_screen) v.current = std::move(e);
    }
    return v;
  });
}

}  // namespace doithoai
