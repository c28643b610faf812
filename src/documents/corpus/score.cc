#include "documents/corpus/score.h"

#include <cstdio>
#include <regex>

#include "documents/parse/document_json.h"
#include "documents/parse/text_util.h"

namespace doithoai::documents::corpus {
namespace {

using parse::LowerSameLength;

std::string Show(const std::optional<std::string>& s) { return s ? *s : "null"; }

std::string ShowList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += " | ";
    out += items[i];
  }
  return out + "]";
}

std::optional<std::string> Norm(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  std::string n = NormalizeText(*s);
  if (n.empty()) return std::nullopt;
  return n;
}

std::optional<std::string> NormLower(const std::optional<std::string>& s) {
  auto n = Norm(s);
  if (n) n = LowerSameLength(*n);
  return n;
}

std::string NoSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

std::string UpperAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// The name of a document cited without a number, as a key: its first `n` words, lower case,
// without punctuation, up to its date, year, number or issuer ("Luật Thanh niên năm 2005" →
// "luật thanh niên").
std::string NameKey(std::string_view s, size_t n) {
  std::string out;
  size_t count = 0;
  std::string lower = LowerSameLength(NormalizeText(s));
  for (std::string_view w : parse::SplitWords(lower)) {
    std::string word(w);
    std::erase_if(word, [](char c) { return c == ',' || c == ';' || c == ':' || c == '.'; });
    if (word.empty()) continue;
    if (count > 0 && (word == "ngày" || word == "năm" || word == "số" || word == "của")) break;
    if (count++ == n) break;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string DateIso(const Date& d) { return d.ToIso(); }

FieldResult Compare(std::string_view field, const std::optional<std::string>& expected,
                    const std::optional<std::string>& got, bool ignore_case = false) {
  auto e = ignore_case ? NormLower(expected) : Norm(expected);
  auto g = ignore_case ? NormLower(got) : Norm(got);
  return FieldResult{field, e == g, Show(expected), Show(got)};
}

// The key a basis is matched on: its number/symbol when it has one, else its first words.
std::string GoldBasisKey(std::string_view item) {
  if (auto k = BasisNumberKey(item)) return "#" + *k;
  return NameKey(item, 5);
}

std::string ParsedBasisText(const ParsedBasis& b) {
  std::string text;
  if (b.type) text = *b.type;
  if (b.number_symbol) text += (text.empty() ? "" : " số ") + *b.number_symbol;
  if (b.summary) text += (text.empty() ? "" : " ") + *b.summary;
  return text;
}

std::string ParsedBasisKey(const ParsedBasis& b) {
  if (b.number_symbol) return "#" + UpperAscii(NoSpaces(*b.number_symbol));
  return NameKey(ParsedBasisText(b), 5);
}

bool DeadlinesMatch(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a && b && a->starts_with("text:") && b->starts_with("text:")) return true;
  return a == b;
}

std::string Two(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

}  // namespace

std::string NormalizeText(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ';' || out.back() == ',' ||
                          out.back() == ':' || out.back() == ' ')) {
    out.pop_back();
  }
  return out;
}

std::optional<std::string> DeadlineCode(const ParsedDeadline& d) {
  static const std::regex kMonthYear(R"(tháng\s*0?(\d{1,2})\s*(?:/|năm)\s*(\d{4}))");
  static const std::regex kDayMonth(R"(ngày\s*0?(\d{1,2})\s*(?:/|tháng)\s*0?(\d{1,2}))");
  static const std::regex kDayOnly(R"(ngày\s*0?(\d{1,2}))");
  std::string text = d.text ? LowerSameLength(*d.text) : std::string();
  std::smatch m;
  switch (d.kind) {
    case DeadlineKind::kNone:
      return std::nullopt;
    case DeadlineKind::kDate:
      if (d.date) return DateIso(*d.date);
      if (std::regex_search(text, m, kMonthYear)) {
        return "month:" + m[2].str() + "-" + Two(std::stoi(m[1].str()));
      }
      return "text:" + (d.text ? *d.text : std::string());
    case DeadlineKind::kRecurring: {
      if (d.month >= 1 && d.month <= 12 && d.day >= 1) {
        return "yearly:" + Two(static_cast<int>(d.month)) + "-" + Two(static_cast<int>(d.day));
      }
      if (d.month == 0 && d.day >= 1) return "monthly:" + Two(static_cast<int>(d.day));
      bool yearly = text.find("năm") != std::string::npos;
      if (yearly && std::regex_search(text, m, kDayMonth)) {
        return "yearly:" + Two(std::stoi(m[2].str())) + "-" + Two(std::stoi(m[1].str()));
      }
      if (!yearly && std::regex_search(text, m, kDayOnly)) {
        return "monthly:" + Two(std::stoi(m[1].str()));
      }
      return "text:" + (d.text ? *d.text : std::string());
    }
    case DeadlineKind::kOngoing:
      return "text:" + (d.text ? *d.text : std::string("thường xuyên"));
  }
  return std::nullopt;
}

std::optional<std::string> BasisNumberKey(std::string_view item) {
  static const std::regex kAfterSo(R"((?:số|Số)\s*(\d[^\s,;()]*))");
  static const std::regex kAny(R"((?:^|\s)(\d+[/-][^\s,;()]*))");
  auto has_letter = [](const std::string& t) {
    for (unsigned char c : t) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) return true;
    }
    return false;
  };
  auto clean = [](std::string t) {
    while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.pop_back();
    return UpperAscii(t);
  };
  std::string s(item);
  for (const std::regex* re : {&kAfterSo, &kAny}) {
    for (auto it = std::sregex_iterator(s.begin(), s.end(), *re); it != std::sregex_iterator();
         ++it) {
      std::string t = (*it)[1].str();
      if ((t.find('/') != std::string::npos || t.find('-') != std::string::npos) && has_letter(t)) {
        return clean(t);
      }
    }
  }
  return std::nullopt;
}

std::vector<FieldResult> ScoreDocument(const GoldDocument& gold,
                                       const Result<ParsedDocument>& parsed) {
  std::vector<FieldResult> out;
  if (!parsed.ok()) {
    for (std::string_view f : kScoredFields) {
      out.push_back(FieldResult{f, false, "", "(refused: " + parsed.error().message() + ")"});
    }
    return out;
  }
  const ParsedDocument& d = *parsed;
  std::optional<std::string> family;
  if (d.family) {
    family = DocumentFamilyName(*d.family);
  }
  out.push_back(Compare("family", gold.family, family));
  out.push_back(Compare("type", gold.type, d.type, /*ignore_case=*/true));
  {
    std::optional<std::string> e, g;
    if (gold.number_symbol) e = NoSpaces(*gold.number_symbol);
    if (d.number_symbol) g = NoSpaces(*d.number_symbol);
    out.push_back(
        FieldResult{"number_symbol", e == g, Show(gold.number_symbol), Show(d.number_symbol)});
  }
  out.push_back(Compare("issuer", gold.issuer, d.issuer));
  out.push_back(Compare("place", gold.place, d.place));
  std::optional<std::string> date;
  if (d.date) date = DateIso(*d.date);
  out.push_back(Compare("issued_on", gold.issued_on, date));
  out.push_back(Compare("summary", gold.summary, d.summary));
  {
    std::vector<std::string> e, g, shown;
    for (const std::string& b : gold.bases) e.push_back(GoldBasisKey(b));
    for (const ParsedBasis& b : d.bases) {
      g.push_back(ParsedBasisKey(b));
      shown.push_back(ParsedBasisText(b));
    }
    out.push_back(FieldResult{"bases", e == g, ShowList(gold.bases), ShowList(shown)});
  }
  {
    std::vector<std::string> e, g;
    for (const std::string& r : gold.recipients) e.push_back(NormalizeText(r));
    for (const std::string& r : d.recipients.addressed) g.push_back(NormalizeText(r));
    for (const std::string& r : d.recipients.copies) g.push_back(NormalizeText(r));
    out.push_back(FieldResult{"recipients", e == g, ShowList(e), ShowList(g)});
  }
  out.push_back(Compare("signer.authority", gold.authority, d.signer.authority));
  out.push_back(Compare("signer.position", gold.position, d.signer.position));
  out.push_back(Compare("signer.name", gold.name, d.signer.name));
  {
    std::vector<std::string> e, g;
    for (const GoldTask& t : gold.tasks) e.push_back(NormLower(t.lead).value_or("null"));
    for (const ParsedTask& t : d.tasks) g.push_back(NormLower(t.lead).value_or("null"));
    out.push_back(FieldResult{"tasks.leads", e == g, ShowList(e), ShowList(g)});
  }
  {
    std::vector<std::optional<std::string>> e, g;
    std::vector<std::string> es, gs;
    for (const GoldTask& t : gold.tasks) {
      e.push_back(t.deadline);
      es.push_back(Show(t.deadline));
    }
    for (const ParsedTask& t : d.tasks) {
      g.push_back(DeadlineCode(t.deadline));
      gs.push_back(Show(g.back()));
    }
    bool right = e.size() == g.size();
    for (size_t i = 0; right && i < e.size(); ++i) right = DeadlinesMatch(e[i], g[i]);
    out.push_back(FieldResult{"tasks.deadlines", right, ShowList(es), ShowList(gs)});
  }
  return out;
}

}  // namespace doithoai::documents::corpus
