// The dialogue day (issue 15). Staff: the secretariat's console — record a question raised,
// its answer and outcome, put one on the hall's screen. Public: the screen as JSON and as a
// Server-Sent Events stream that the hall's projector and the livestream page keep open; every
// change the secretariat commits is pushed to them (and to the consoles, which refetch their
// list when the stream moves) with no polling.
#include "app/live/live_session.h"
#include "app/live/programme_use_cases.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

using nlohmann::json;

json OptId(const auto& id) { return id ? json(id->value) : json(nullptr); }

json EntryJson(const LiveEntry& e) {
  return {{"seq", e.seq},
          {"client_key", e.client_key},
          {"channel", LiveChannelName(e.channel)},
          {"asker", e.asker},
          {"asker_unit", e.asker_unit},
          {"text", e.text},
          {"issue_id", OptId(e.issue)},
          {"answered_by", e.answered_by},
          {"answer", e.answer},
          {"outcome", LiveOutcomeName(e.outcome)},
          {"promised_by", e.promised_by ? json(e.promised_by->ToIso()) : json(nullptr)},
          {"forwarded_to", OptId(e.forwarded_to)},
          {"duplicate_of", e.duplicate_of ? json(*e.duplicate_of) : json(nullptr)},
          {"entered_by", e.entered_by.value},
          {"entered_at", e.entered_at.ToIso()},
          {"updated_at", e.updated_at.ToIso()},
          {"version", e.version}};
}

json ConsoleJson(const LiveConsole& c) {
  json entries = json::array();
  for (const auto& e : c.entries) entries.push_back(EntryJson(e));
  return {{"dialogue_id", c.dialogue.id.value},
          {"title", c.dialogue.title},
          {"held_on", c.dialogue.held_on.ToIso()},
          {"entries", std::move(entries)},
          {"on_screen", c.on_screen ? json(*c.on_screen) : json(nullptr)},
          {"can_record", c.can_record},
          {"closed", c.closed}};
}

// What the screen shows: the question, who asked on behalf of whom, who answers; never who
// typed it or when.
json ScreenJson(const LiveScreenView& v) {
  json current = nullptr;
  if (v.current) {
    const LiveEntry& e = *v.current;
    current = {{"seq", e.seq},       {"channel", LiveChannelName(e.channel)},
               {"asker", e.asker},   {"asker_unit", e.asker_unit},
               {"text", e.text},     {"answered_by", e.answered_by},
               {"answer", e.answer}, {"outcome", LiveOutcomeName(e.outcome)}};
  }
  return {{"dialogue_id", v.dialogue.value},
          {"title", v.title},
          {"chair", v.chair},
          {"current", std::move(current)},
          {"raised", v.raised},
          {"answered_on_the_spot", v.answered_on_the_spot},
          {"followed_up", v.followed_up}};
}

std::shared_ptr<EventChannel> ScreenChannel(Api& api, DialogueId d) {
  return api.events().Channel("live:" + std::to_string(d.value));
}

// After a committed change: every open screen and console gets the new state.
void PublishScreen(Api& api, DialogueId d) {
  auto view = ReadLiveScreen(api.ctx(), d);
  if (!view.ok()) return;  // not public yet: nobody can be watching
  ScreenChannel(api, d)->Publish("screen", ScreenJson(*view).dump());
}

json DelegateJson(const Delegate& d) {
  return {{"id", d.id},
          {"kind", DelegateKindName(d.kind)},
          {"name", d.name},
          {"position", d.position},
          {"unit", d.unit},
          {"checked_in_at", d.checked_in_at ? json(d.checked_in_at->ToIso()) : json(nullptr)}};
}

json ProgrammeJson(const DayProgramme& p) {
  json agenda = json::array(), delegates = json::array();
  for (const auto& a : p.agenda) {
    agenda.push_back({{"starts_at", a.starts_at}, {"title", a.title}, {"speaker", a.speaker}});
  }
  for (const auto& d : p.delegates) delegates.push_back(DelegateJson(d));
  return {{"agenda", std::move(agenda)},
          {"delegates", std::move(delegates)},
          {"invited", static_cast<int64_t>(p.delegates.size())},
          {"present", p.present},
          {"can_edit", p.can_edit}};
}

LiveAnswerInput ReadAnswer(JsonInput& in) {
  LiveAnswerInput a;
  a.version = in.Int("version", true).value_or(0);
  a.answered_by = in.String("answered_by").value_or("");
  a.answer = in.String("answer").value_or("");
  a.outcome = in.String("outcome", true).value_or("");
  if (!in.IsNull("promised_by")) a.promised_by = in.String("promised_by");
  if (!in.IsNull("forwarded_to")) a.forwarded_to = in.Int("forwarded_to");
  if (!in.IsNull("issue_id")) a.issue_id = in.Int("issue_id");
  return a;
}

}  // namespace

void RegisterLiveRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/dialogues/{id}/live", Access::kStaff,
        kHandleQuestionsRoles | kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(ReadLiveConsole(api.ctx(), *actor, DialogueId(id)), 200, ConsoleJson);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/live/entries", Access::kStaff, kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          LiveEntryInput e;
          e.client_key = in.String("client_key", true).value_or("");
          e.channel = in.String("channel").value_or("floor");
          e.asker = in.String("asker").value_or("");
          e.asker_unit = in.String("asker_unit").value_or("");
          e.text = in.String("text", true).value_or("");
          if (!in.IsNull("issue_id")) e.issue_id = in.Int("issue_id");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          auto recorded = RecordLiveEntry(api.ctx(), *actor, DialogueId(id), e);
          if (!recorded.ok()) return ErrorResponse(recorded.error());
          if (recorded->created) PublishScreen(api, DialogueId(id));
          json body = EntryJson(recorded->entry);
          body["created"] = recorded->created;
          return JsonResponse(recorded->created ? 201 : 200, body);
        });
  r.Add(Method::kPut, "/api/dialogues/{id}/live/entries/{seq}/answer", Access::kStaff,
        kKeepLiveRecordRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t seq, PathId(req, "seq"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          LiveAnswerInput a = ReadAnswer(in);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          auto answered = AnswerLiveEntry(api.ctx(), *actor, DialogueId(id), seq, a);
          if (!answered.ok()) return ErrorResponse(answered.error());
          PublishScreen(api, DialogueId(id));
          return JsonResponse(200, EntryJson(*answered));
        });
  r.Add(Method::kPut, "/api/dialogues/{id}/live/screen", Access::kStaff, kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          std::optional<int64_t> seq;
          if (!in.IsNull("seq")) seq = in.Int("seq", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          auto shown = ShowOnScreen(api.ctx(), *actor, DialogueId(id), seq);
          if (!shown.ok()) return ErrorResponse(shown.error());
          PublishScreen(api, DialogueId(id));
          return JsonResponse(200, json{{"on_screen", seq ? json(*seq) : json(nullptr)}});
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/programme", Access::kStaff,
        kHandleQuestionsRoles | kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(ReadProgramme(api.ctx(), *actor, DialogueId(id)), 200, ProgrammeJson);
        });
  r.Add(Method::kPut, "/api/dialogues/{id}/programme", Access::kStaff, kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          std::vector<AgendaItem> items;
          if (auto list = in.Objects("agenda", true, kAgendaMaxItems + 1)) {
            for (auto& item : *list) {
              items.push_back({item.String("starts_at").value_or(""),
                               item.String("title", true).value_or(""),
                               item.String("speaker").value_or("")});
              in.Absorb(item);
            }
          }
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          auto set = SetProgramme(api.ctx(), *actor, DialogueId(id), items);
          if (!set.ok()) return ErrorResponse(set.error());
          return Respond(ReadProgramme(api.ctx(), *actor, DialogueId(id)), 200, ProgrammeJson);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/delegates", Access::kStaff, kKeepLiveRecordRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          DelegateInput d;
          d.kind = in.String("kind").value_or("delegate");
          d.name = in.String("name", true).value_or("");
          d.position = in.String("position").value_or("");
          d.unit = in.String("unit").value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(InviteDelegate(api.ctx(), *actor, DialogueId(id), d), 201, DelegateJson);
        });
  r.Add(Method::kPut, "/api/dialogues/{id}/delegates/{delegate}/check-in", Access::kStaff,
        kKeepLiveRecordRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t delegate, PathId(req, "delegate"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          bool present = in.Bool("present", true).value_or(false);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(CheckInDelegate(api.ctx(), *actor, DialogueId(id), delegate, present), 200,
                         DelegateJson);
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/live/screen", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          auto res = Respond(ReadLiveScreen(api.ctx(), DialogueId(id)), 200, ScreenJson);
          res.headers.emplace_back("Cache-Control", "no-store");
          return res;
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/live/events", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          auto view = ReadLiveScreen(api.ctx(), DialogueId(id));
          if (!view.ok()) return ErrorResponse(view.error());
          switch (api.events().Acquire(req.client)) {
            case EventHub::Slot::kGranted:
              break;
            case EventHub::Slot::kClientFull:
              return ErrorResponse(Error(ErrorCode::kRateLimited,
                                         "Địa chỉ này đã mở quá nhiều kết nối xem trực tiếp"));
            case EventHub::Slot::kFull:
              return ErrorResponse(Error(ErrorCode::kUnavailable,
                                         "Máy chủ đang phục vụ quá nhiều người xem; thử lại sau"));
          }
          HttpResponse res;
          res.events = ScreenChannel(api, DialogueId(id));
          // The first viewer of a dialogue since the server started gets the state as stored.
          if (res.events->Latest().version == 0) {
            res.events->Publish("screen", ScreenJson(*view).dump());
          }
          res.stream_slot = std::shared_ptr<void>(
              nullptr, [&api, client = req.client](void*) { api.events().Release(client); });
          return res;
        });
}

}  // namespace doithoai::http
