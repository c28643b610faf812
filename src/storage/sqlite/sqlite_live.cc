#include "storage/sqlite/sqlite_live.h"

#include "storage/sqlite/live_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

LiveEntry ReadEntry(const Statement& s) {
  LiveEntry e;
  e.id = s.Int(0);
  e.dialogue = DialogueId(s.Int(1));
  e.seq = s.Int(2);
  e.client_key = s.Text(3);
  e.channel = ParseLiveChannel(s.Text(4)).value_or(LiveChannel::kFloor);
  e.asker = s.Text(5);
  e.asker_unit = s.Text(6);
  e.text = s.Text(7);
  e.issue = IdOf<IssueId>(s, 8);
  e.answered_by = s.Text(9);
  e.answer = s.Text(10);
  e.outcome = ParseLiveOutcome(s.Text(11)).value_or(LiveOutcome::kPending);
  e.promised_by = OptDate(s, 12);
  e.forwarded_to = IdOf<AgencyId>(s, 13);
  e.duplicate_of = s.OptInt(14);
  e.entered_by = UserId(s.Int(15));
  e.entered_at = Instant{s.Int(16)};
  e.updated_at = Instant{s.Int(17)};
  e.version = s.Int(18);
  return e;
}

Delegate ReadDelegate(const Statement& s) {
  Delegate d;
  d.id = s.Int(0);
  d.dialogue = DialogueId(s.Int(1));
  d.kind = ParseDelegateKind(s.Text(2)).value_or(DelegateKind::kDelegate);
  d.name = s.Text(3);
  d.position = s.Text(4);
  d.unit = s.Text(5);
  d.checked_in_at = OptInstant(s, 6);
  d.created_at = Instant{s.Int(7)};
  return d;
}

}  // namespace

Result<LiveEntry> SqliteLive::Insert(LiveEntry e) {
  auto s = c_.Prepare(sql::kInsertLiveEntry);
  s.Bind(e.dialogue.value)
      .Bind(e.client_key)
      .Bind(LiveChannelName(e.channel))
      .Bind(e.asker)
      .Bind(e.asker_unit)
      .Bind(e.text)
      .Bind(ValueOf(e.issue))
      .Bind(e.answered_by)
      .Bind(e.answer)
      .Bind(LiveOutcomeName(e.outcome))
      .Bind(IsoOf(e.promised_by))
      .Bind(ValueOf(e.forwarded_to))
      .Bind(e.duplicate_of)
      .Bind(e.entered_by.value)
      .Bind(e.entered_at.unix_seconds)
      .Bind(e.updated_at.unix_seconds)
      .Bind(e.version);
  DT_ASSIGN_OR_RETURN(e.id, InsertReturningId(s, "client_key"));
  auto seq = c_.Prepare(sql::kLiveEntrySeq);
  seq.Bind(e.id);
  if (!seq.Next()) return Error::Internal("live entry without seq");
  e.seq = seq.Int(0);
  return e;
}

Status SqliteLive::Update(const LiveEntry& e) {
  auto s = c_.Prepare(sql::kUpdateLiveEntry);
  s.Bind(LiveChannelName(e.channel))
      .Bind(e.asker)
      .Bind(e.asker_unit)
      .Bind(e.text)
      .Bind(ValueOf(e.issue))
      .Bind(e.answered_by)
      .Bind(e.answer)
      .Bind(LiveOutcomeName(e.outcome))
      .Bind(IsoOf(e.promised_by))
      .Bind(ValueOf(e.forwarded_to))
      .Bind(e.duplicate_of)
      .Bind(e.updated_at.unix_seconds)
      .Bind(e.version)
      .Bind(e.id);
  return CheckUpdated(c_, s.Run(), "id", "mục phiên đối thoại");
}

std::optional<LiveEntry> SqliteLive::Find(DialogueId dialogue, int64_t seq) {
  auto s = c_.Prepare(sql::kFindLiveEntry);
  s.Bind(dialogue.value).Bind(seq);
  if (!s.Next()) return std::nullopt;
  return ReadEntry(s);
}

std::optional<LiveEntry> SqliteLive::FindByKey(DialogueId dialogue, std::string_view client_key) {
  auto s = c_.Prepare(sql::kFindLiveEntryByKey);
  s.Bind(dialogue.value).Bind(client_key);
  if (!s.Next()) return std::nullopt;
  return ReadEntry(s);
}

std::vector<LiveEntry> SqliteLive::List(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kListLiveEntries);
  s.Bind(dialogue.value);
  std::vector<LiveEntry> out;
  while (s.Next()) out.push_back(ReadEntry(s));
  return out;
}

Status SqliteLive::SetScreen(DialogueId dialogue, std::optional<int64_t> seq, Instant at) {
  auto s = c_.Prepare(sql::kSetLiveScreen);
  s.Bind(dialogue.value).Bind(seq).Bind(at.unix_seconds);
  return CheckRun(s.Run(), "dialogue_id", "màn hình");
}

std::optional<LiveScreenState> SqliteLive::Screen(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kLiveScreen);
  s.Bind(dialogue.value);
  if (!s.Next()) return std::nullopt;
  return LiveScreenState{s.OptInt(0), Instant{s.Int(1)}};
}

Status SqliteLive::SetAgenda(DialogueId dialogue, const std::vector<AgendaItem>& items) {
  auto clear = c_.Prepare(sql::kClearAgenda);
  clear.Bind(dialogue.value);
  DT_RETURN_IF_ERROR(CheckRun(clear.Run(), "dialogue_id", "chương trình hội nghị"));
  int64_t position = 0;
  for (const AgendaItem& a : items) {
    auto s = c_.Prepare(sql::kInsertAgendaItem);
    s.Bind(dialogue.value).Bind(++position).Bind(a.starts_at).Bind(a.title).Bind(a.speaker);
    DT_RETURN_IF_ERROR(CheckRun(s.Run(), "dialogue_id", "chương trình hội nghị"));
  }
  return Ok();
}

std::vector<AgendaItem> SqliteLive::Agenda(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kAgenda);
  s.Bind(dialogue.value);
  std::vector<AgendaItem> out;
  while (s.Next()) out.push_back({s.Text(0), s.Text(1), s.Text(2)});
  return out;
}

Result<Delegate> SqliteLive::InsertDelegate(Delegate d) {
  auto s = c_.Prepare(sql::kInsertDelegate);
  s.Bind(d.dialogue.value)
      .Bind(DelegateKindName(d.kind))
      .Bind(d.name)
      .Bind(d.position)
      .Bind(d.unit)
      .Bind(SecondsOf(d.checked_in_at))
      .Bind(d.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(d.id, InsertReturningId(s, "dialogue_id"));
  return d;
}

Status SqliteLive::UpdateDelegate(const Delegate& d) {
  auto s = c_.Prepare(sql::kUpdateDelegate);
  s.Bind(DelegateKindName(d.kind))
      .Bind(d.name)
      .Bind(d.position)
      .Bind(d.unit)
      .Bind(SecondsOf(d.checked_in_at))
      .Bind(d.id);
  return CheckUpdated(c_, s.Run(), "id", "đại biểu");
}

std::optional<Delegate> SqliteLive::FindDelegate(DialogueId dialogue, int64_t id) {
  auto s = c_.Prepare(sql::kFindDelegate);
  s.Bind(dialogue.value).Bind(id);
  if (!s.Next()) return std::nullopt;
  return ReadDelegate(s);
}

std::vector<Delegate> SqliteLive::Delegates(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kListDelegates);
  s.Bind(dialogue.value);
  std::vector<Delegate> out;
  while (s.Next()) out.push_back(ReadDelegate(s));
  return out;
}

}  // namespace doithoai::storage::sqlite
