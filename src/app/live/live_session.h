// The dialogue day's use cases (issue 15): the secretariat records each question raised and
// what followed, puts one on the hall's screen; leaders watch the console; the screen is
// public. Entries are taken from the day the plan is published until the conclusion notice is
// issued (after that the record is the notice's and is closed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/live/live_repository.h"

namespace doithoai {

struct RecordedLiveEntry {
  LiveEntry entry;
  bool created = true;  // false: a resend of an entry already stored (same client_key)
};

// CanKeepLiveRecord. A resend with a stored client_key returns the stored entry unchanged
// (created = false), whatever else it carries. A text that repeats a recent entry is stored
// with duplicate_of set (the console shows it; the secretary decides).
Result<RecordedLiveEntry> RecordLiveEntry(Context& ctx, const Actor& actor, DialogueId dialogue,
                                          const LiveEntryInput& input);

// CanKeepLiveRecord. The answer part of entry `seq`, from the version the secretary saw.
Result<LiveEntry> AnswerLiveEntry(Context& ctx, const Actor& actor, DialogueId dialogue,
                                  int64_t seq, const LiveAnswerInput& input);

// CanKeepLiveRecord. Puts entry `seq` on the hall's screen, or clears it (nullopt).
Status ShowOnScreen(Context& ctx, const Actor& actor, DialogueId dialogue,
                    std::optional<int64_t> seq);

// The console: every entry, the one on screen. CanHandleQuestions or CanKeepLiveRecord.
struct LiveConsole {
  Dialogue dialogue;
  std::vector<LiveEntry> entries;
  std::optional<int64_t> on_screen;
  bool can_record = false;  // the reader may record (the console shows the forms)
  bool closed = false;      // the conclusion notice is issued: the record is read-only
};
Result<LiveConsole> ReadLiveConsole(Context& ctx, const Actor& actor, DialogueId dialogue);

// What the hall's screen and the livestream show: public once the plan is published.
struct LiveScreenView {
  DialogueId dialogue;
  std::string title, chair;
  std::optional<LiveEntry> current;  // the question on screen
  int64_t raised = 0;                // questions raised so far
  int64_t answered_on_the_spot = 0;
  int64_t followed_up = 0;  // promised or forwarded
};
Result<LiveScreenView> ReadLiveScreen(Context& ctx, DialogueId dialogue);

}  // namespace doithoai
