#include "domain/feed/icalendar.h"

#include <cstdio>

namespace doithoai::feed {
namespace {

// Folding: a content line is at most 75 octets; longer ones continue on lines that start
// with one space (RFC 5545 §3.1).
constexpr size_t kMaxLineOctets = 75;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string BasicDate(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02u%02u", d.year(), d.month(), d.day());
  return buf;
}

// "20250312T010203Z" from "2025-03-12T01:02:03Z".
std::string BasicUtc(Instant at) {
  std::string iso = at.ToIso();
  std::string out;
  for (char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

void Line(std::string& out, std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  out += FoldICalLine(line);
}

}  // namespace

std::string EscapeICalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        // Other control characters are not allowed in a TEXT value.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        out += c;
    }
  }
  return out;
}

std::string FoldICalLine(std::string_view line) {
  std::string out;
  size_t limit = kMaxLineOctets;  // the first line; continuations lose one to the space
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && IsContinuationByte(line[cut])) --cut;  // keep a character whole
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string WriteICalendar(const Calendar& calendar) {
  std::string out;
  Line(out, "BEGIN", "VCALENDAR");
  Line(out, "VERSION", "2.0");
  Line(out, "PRODID", "-//doithoai//Doi thoai lanh dao va thanh nien//VI");
  Line(out, "CALSCALE", "GREGORIAN");
  Line(out, "METHOD", "PUBLISH");
  if (!calendar.name.empty()) Line(out, "X-WR-CALNAME", EscapeICalText(calendar.name));
  const std::string stamp = BasicUtc(calendar.stamp);
  for (const CalendarEvent& e : calendar.events) {
    Line(out, "BEGIN", "VEVENT");
    Line(out, "UID", EscapeICalText(e.uid));
    Line(out, "DTSTAMP", stamp);
    Line(out, "DTSTART;VALUE=DATE", BasicDate(e.day));
    Line(out, "DTEND;VALUE=DATE", BasicDate(e.day.AddDays(1)));  // exclusive end: one day
    Line(out, "SUMMARY", EscapeICalText(e.summary));
    if (!e.description.empty()) Line(out, "DESCRIPTION", EscapeICalText(e.description));
    if (!e.location.empty()) Line(out, "LOCATION", EscapeICalText(e.location));
    if (!e.url.empty()) Line(out, "URL", e.url);
    Line(out, "TRANSP", "TRANSPARENT");  // a deadline does not make anyone busy
    Line(out, "END", "VEVENT");
  }
  Line(out, "END", "VCALENDAR");
  return out;
}

}  // namespace doithoai::feed
