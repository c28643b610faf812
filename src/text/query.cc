#include "text/query.h"

#include "text/analyzer.h"
#include "text/stop_words.h"

namespace doithoai::text::search {
namespace {

struct Segment {
  std::string_view text;
  bool quoted;
};

// Splits at ASCII and typographic double quotes (U+201C, U+201D).
std::vector<Segment> SplitQuotes(std::string_view text) {
  std::vector<Segment> out;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    if (text[i] == '"') {
      len = 1;
    } else if (text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 3, "\xE2\x80\x9D") == 0) {
      len = 3;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    out.push_back({text.substr(start, i - start), quoted});
    quoted = !quoted;
    i += len;
    start = i;
  }
  out.push_back({text.substr(start), quoted});
  return out;
}

bool EndsInsideWord(std::string_view text) {
  if (text.empty()) return false;
  unsigned char last = static_cast<unsigned char>(text.back());
  if (last >= 0x80) return true;  // a non-ASCII letter
  return (last >= '0' && last <= '9') || (last >= 'a' && last <= 'z') ||
         (last >= 'A' && last <= 'Z');
}

}  // namespace

ParsedQuery ParseQuery(std::string_view text, bool prefix_last_word) {
  std::vector<Segment> segments = SplitQuotes(text);
  std::vector<std::vector<Token>> tokens;
  std::vector<Token> all;
  for (const Segment& s : segments) {
    tokens.push_back(Analyze(s.text));
    all.insert(all.end(), tokens.back().begin(), tokens.back().end());
  }
  const bool accents = HasDiacritics(all);
  ParsedQuery q;
  // The prefix word: the last token of the last segment, if that segment is unquoted, the
  // text ends inside it, and it was typed rather than expanded.
  const Token* prefix = nullptr;
  if (prefix_last_word && !segments.back().quoted && !tokens.back().empty() &&
      EndsInsideWord(text) && !tokens.back().back().expanded) {
    prefix = &tokens.back().back();
  }
  for (size_t s = 0; s < segments.size(); ++s) {
    if (segments[s].quoted && tokens[s].size() >= 2) {
      QueryPhrase p;
      for (const Token& t : tokens[s]) p.folded.push_back(t.folded);
      q.phrases.push_back(std::move(p));
    }
    for (const Token& t : tokens[s]) {
      QueryWord w;
      w.folded = t.folded;
      if (accents) w.exact = t.text;
      w.stop = !segments[s].quoted && IsStopWord(t, accents);
      w.prefix = &t == prefix;
      bool seen = false;
      for (QueryWord& x : q.words) {
        if (x.folded == w.folded && x.exact == w.exact && x.prefix == w.prefix) {
          x.stop = x.stop && w.stop;
          seen = true;
        }
      }
      if (!seen && q.words.size() < kMaxQueryWords) q.words.push_back(std::move(w));
    }
  }
  return q;
}

}  // namespace doithoai::text::search
