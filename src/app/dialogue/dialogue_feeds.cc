#include "app/dialogue/dialogue_feeds.h"

#include <algorithm>

#include "app/answer/answers.h"
#include "app/dialogue/dialogues.h"

namespace doithoai {
namespace {

// The host part of a base URL, for UIDs: "https://x.vn:8443" -> "x.vn:8443".
std::string_view HostOf(std::string_view base_url) {
  if (auto at = base_url.find("://"); at != std::string_view::npos) base_url.remove_prefix(at + 3);
  return base_url.substr(0, base_url.find('/'));
}

std::string DialoguePage(std::string_view base_url, DialogueId id) {
  return std::string(base_url) + "/d/" + std::to_string(id.value);
}

// "milestone:12" -> "milestone-12": a UID stays the same for the same step.
std::string UidPart(std::string key) {
  std::replace(key.begin(), key.end(), ':', '-');
  return key;
}

}  // namespace

Result<feed::Calendar> DialogueCalendar(Context& ctx, DialogueId dialogue,
                                        std::string_view base_url) {
  DT_ASSIGN_OR_RETURN(DialogueView view, GetDialogue(ctx, dialogue, nullptr));
  const Dialogue& d = view.dialogue;
  const std::string host(HostOf(base_url));
  const std::string page = DialoguePage(base_url, d.id);
  feed::Calendar cal;
  cal.name = d.title;
  cal.stamp = ctx.clock.Now();
  for (const ClockItem& c : view.clocks) {
    feed::CalendarEvent e;
    e.uid = UidPart(c.key) + ".dialogue-" + std::to_string(d.id.value) + "@" + host;
    e.day = c.due_on;
    e.url = page;
    if (c.key == "dialogue_held") {
      e.summary = d.title;
      e.location = d.venue;
      e.description = d.chair.empty() ? d.theme : "Chủ trì: " + d.chair + "\n" + d.theme;
    } else {
      e.summary = c.title + " — " + d.title;
      e.description = c.rule;
      if (c.done_on) {
        e.description += (e.description.empty() ? "" : "\n");
        e.description += "Đã xong ngày " + c.done_on->ToVietnamese();
      }
    }
    cal.events.push_back(std::move(e));
  }
  if (d.intake_closes_on) {
    feed::CalendarEvent e;
    e.uid = "intake-closes.dialogue-" + std::to_string(d.id.value) + "@" + host;
    e.day = *d.intake_closes_on;
    e.summary = "Hạn cuối gửi câu hỏi — " + d.title;
    e.url = page;
    cal.events.push_back(std::move(e));
  }
  return cal;
}

Result<feed::AtomFeed> DialogueAnswersFeed(Context& ctx, DialogueId dialogue,
                                           std::string_view base_url) {
  DT_ASSIGN_OR_RETURN(DialogueView view, GetDialogue(ctx, dialogue, nullptr));
  DT_ASSIGN_OR_RETURN(PublishedPage page, ListPublishedAnswers(ctx, dialogue, kFeedEntries, 0));
  const Dialogue& d = view.dialogue;
  const std::string page_url = DialoguePage(base_url, d.id);
  feed::AtomFeed f;
  f.id = page_url + "/answers";
  f.title = "Trả lời mới — " + d.title;
  f.subtitle = "Các câu trả lời được công bố cho câu hỏi của thanh niên";
  f.self = std::string(base_url) + "/api/dialogues/" + std::to_string(d.id.value) + "/answers.atom";
  f.alternate = page_url;
  f.author = view.unit.name;
  f.updated = Instant{0};
  for (const PublishedAnswer& p : page.items) {
    feed::AtomEntry e;
    const std::string anchor = "#issue-" + std::to_string(p.issue.id.value);
    e.id = page_url + anchor;
    e.link = page_url + anchor;
    e.title = p.issue.title;
    e.updated = p.answer.published_at.value_or(p.issue.created_at);
    if (auto a = page.agencies.find(p.answer.agency); a != page.agencies.end()) {
      e.author = a->second.name;
    }
    e.summary = std::to_string(p.question_count) + " câu hỏi của thanh niên";
    e.content = p.answer.body;
    f.updated = std::max(f.updated, e.updated);
    f.entries.push_back(std::move(e));
  }
  if (f.entries.empty()) f.updated = ctx.clock.Now();
  return f;
}

}  // namespace doithoai
