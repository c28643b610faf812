// Atom (RFC 4287) feeds of what a dialogue publishes — new answers — so a youth, a
// journalist or a newsroom's reader follows it without checking the page (issue 14). Pure
// text: the caller gathers the entries.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace doithoai::feed {

struct AtomEntry {
  std::string id;  // an IRI, stable: "tag:host,2025:answer/12"
  std::string title;
  Instant updated;
  std::string link;     // absolute URL of the page that shows it
  std::string summary;  // plain text
  std::string content;  // plain text, may be long and multi-line
  std::string author;   // e.g. the answering agency
};

struct AtomFeed {
  std::string id;  // an IRI, stable
  std::string title;
  std::string subtitle;
  std::string self;       // absolute URL of this feed
  std::string alternate;  // absolute URL of the page the feed follows
  std::string author;     // the feed's author (the hosting unit)
  Instant updated;        // the newest entry's, or the feed's creation when empty
  std::vector<AtomEntry> entries;
};

// UTF-8 XML; text escaped; characters XML 1.0 forbids (C0 controls but tab and newline)
// dropped.
std::string WriteAtom(const AtomFeed& feed);

std::string EscapeXml(std::string_view text);  // exposed for tests

}  // namespace doithoai::feed
