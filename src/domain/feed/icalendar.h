// iCalendar (RFC 5545) for a dialogue's dated steps, so a youth or an official can put the
// dialogue day and its deadlines in their own calendar (issue 14, open data). Pure text: the
// caller gathers the events.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace doithoai::feed {

// An all-day event (Vietnam civil date: an all-day DATE value has no time zone).
struct CalendarEvent {
  std::string uid;  // globally unique and stable: "dialogue-3@host"
  Date day;
  std::string summary;  // one line
  std::string description;
  std::string location;
  std::string url;  // absolute, or empty
};

struct Calendar {
  std::string name;  // X-WR-CALNAME, shown by calendar programs
  Instant stamp;     // DTSTAMP of every event: when this copy was made
  std::vector<CalendarEvent> events;
};

// A VCALENDAR with one VEVENT per event: CRLF line ends, text values escaped (backslash,
// semicolon, comma, newline), lines folded at 75 octets without splitting a UTF-8 character.
std::string WriteICalendar(const Calendar& calendar);

// Exposed for tests.
std::string EscapeICalText(std::string_view text);
std::string FoldICalLine(std::string_view line);  // one content line, CRLF-terminated

}  // namespace doithoai::feed
