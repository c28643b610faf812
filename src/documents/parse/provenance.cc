#include "documents/parse/provenance.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "text/fold.h"

namespace doithoai::documents {
namespace {

constexpr int kWindowLines = 6;     // a value may wrap over this many lines
constexpr size_t kFuzzyWords = 12;  // a long value is matched by its first words
constexpr double kFuzzyFloor = 0.5;

// Folded words: lower case, no diacritics, đ→d; anything but letters and digits separates.
std::vector<std::string> Words(std::string_view s) {
  std::string folded = text::FastFold(s);
  std::vector<std::string> out;
  std::string word;
  for (char c : folded) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

struct Line {
  int page = 0;     // 0-based
  int ordinal = 0;  // 1-based among the page's non-blank lines
  double confidence = 1;
  std::string text;
  std::vector<std::string> words;
};

struct Found {
  const Line* line = nullptr;
  double match = 0;
};

class Finder {
 public:
  explicit Finder(const std::vector<ReadPage>& pages) {
    for (size_t p = 0; p < pages.size(); ++p) {
      const ReadPage& page = pages[p];
      std::string_view rest = page.text;
      int raw = 0, ordinal = 0;
      while (true) {
        size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        auto words = Words(line);
        if (!words.empty()) {
          double c = page.confidence;
          if (page.ocr && static_cast<size_t>(raw) < page.line_confidence.size()) {
            c = page.line_confidence[raw];
          }
          lines_.push_back({static_cast<int>(p), ++ordinal, std::clamp(c, 0.0, 1.0),
                            std::string(line), std::move(words)});
        }
        ++raw;
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
      }
    }
  }

  // The first (or last) line where `value` starts, whole or by most of its first words.
  std::optional<Found> Text(std::string_view value, bool last = false) const {
    auto want = Words(value);
    if (want.empty()) return std::nullopt;
    if (auto f = Best(last, [&](size_t i) { return Exact(i, want) ? 1.0 : 0.0; })) return f;
    if (want.size() < 3) return std::nullopt;
    if (want.size() > kFuzzyWords) want.resize(kFuzzyWords);
    return Best(
        last, [&](size_t i) { return Share(i, want); }, kFuzzyFloor);
  }

  // The line where the date is written: "ngày 15 tháng 3 năm 2025", "15/03/2025".
  std::optional<Found> DateText(const Date& d, std::string_view near = {}) const {
    const int want[3] = {static_cast<int>(d.day()), static_cast<int>(d.month()), d.year()};
    auto near_words = Words(near);
    return Best(false, [&](size_t i) {
      size_t first_line = 0;
      std::vector<int> numbers;
      for (size_t j = i; j < lines_.size() && j < i + 2 && lines_[j].page == lines_[i].page; ++j) {
        for (const auto& w : lines_[j].words) {
          if (w == "ngay" || w == "thang" || w == "nam") continue;
          numbers.push_back(IsNumber(w) ? std::stoi(w.substr(0, 6)) : -1);
        }
        if (j == i) first_line = numbers.size();
      }
      for (size_t k = 0; k + 2 < numbers.size() && k < first_line; ++k) {
        if (numbers[k] == want[0] && numbers[k + 1] == want[1] && numbers[k + 2] == want[2]) {
          // The document's own date line names its place too; prefer it to a cited date.
          bool has_near = near_words.empty() || Contains(lines_[i].words, near_words[0]);
          return has_near ? 1.0 : 0.99;
        }
      }
      return 0.0;
    });
  }

 private:
  static bool IsNumber(const std::string& w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  static bool Contains(const std::vector<std::string>& words, const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  }

  // The words of lines i, i+1, … on the same page, at most kWindowLines of them.
  std::vector<std::string_view> Window(size_t i, size_t* first_line_words) const {
    std::vector<std::string_view> out;
    for (size_t j = i;
         j < lines_.size() && j < i + kWindowLines && lines_[j].page == lines_[i].page; ++j) {
      for (const auto& w : lines_[j].words) out.push_back(w);
      if (j == i) *first_line_words = out.size();
    }
    return out;
  }

  // `want` occurs, word for word, starting on line i.
  bool Exact(size_t i, const std::vector<std::string>& want) const {
    size_t first = 0;
    auto window = Window(i, &first);
    for (size_t start = 0; start < first && start + want.size() <= window.size(); ++start) {
      if (std::equal(want.begin(), want.end(), window.begin() + start)) return true;
    }
    return false;
  }

  // The share of `want`'s words found from line i on, when line i holds one of its first two.
  double Share(size_t i, const std::vector<std::string>& want) const {
    const auto& head = lines_[i].words;
    if (!Contains(head, want[0]) && !Contains(head, want[1])) return 0;
    size_t first = 0;
    auto window = Window(i, &first);
    std::vector<bool> used(window.size());
    size_t found = 0;
    for (const auto& w : want) {
      for (size_t k = 0; k < window.size(); ++k) {
        if (!used[k] && window[k] == w) {
          used[k] = true;
          ++found;
          break;
        }
      }
    }
    return static_cast<double>(found) / static_cast<double>(want.size());
  }

  template <class Score>
  std::optional<Found> Best(bool last, Score score, double floor = 1.0) const {
    std::optional<Found> best;
    for (size_t n = 0; n < lines_.size(); ++n) {
      size_t i = last ? lines_.size() - 1 - n : n;
      double s = score(i);
      if (s >= floor && (!best || s > best->match)) best = Found{&lines_[i], s};
      if (best && best->match >= 1.0) break;
    }
    return best;
  }

  std::vector<Line> lines_;
};

class Collector {
 public:
  explicit Collector(const std::vector<ReadPage>& pages) : finder_(pages) {}

  void Text(std::string field, const std::optional<std::string>& value, bool last = false) {
    if (value && !value->empty()) Add(std::move(field), finder_.Text(*value, last));
  }
  void Date(std::string field, const std::optional<doithoai::Date>& value,
            const std::optional<std::string>& place) {
    if (value) Add(std::move(field), finder_.DateText(*value, place.value_or("")));
  }
  std::vector<FieldSource> Take() { return std::move(out_); }

 private:
  void Add(std::string field, const std::optional<Found>& f) {
    if (!f) return;
    out_.push_back({std::move(field), f->line->page + 1, f->line->ordinal, f->match,
                    f->line->confidence * f->match, f->line->text});
  }

  Finder finder_;
  std::vector<FieldSource> out_;
};

}  // namespace

std::vector<FieldSource> FindFieldSources(const std::vector<ReadPage>& pages,
                                          const ParsedDocument& doc) {
  Collector c(pages);
  c.Text("type", doc.type);
  if (doc.number_symbol) {
    c.Text("number_symbol", doc.number_symbol);
  } else {
    c.Text("symbol", doc.symbol);
  }
  c.Text("issuer", doc.issuer);
  c.Text("parent_issuer", doc.parent_issuer);
  c.Text("place", doc.place);
  c.Date("date", doc.date, doc.place);
  c.Text("summary", doc.summary);
  for (size_t i = 0; i < doc.bases.size(); ++i) {
    const ParsedBasis& b = doc.bases[i];
    c.Text("bases[" + std::to_string(i) + "]", b.number_symbol ? b.number_symbol : b.summary);
  }
  // The signature block closes the document: its words are looked for from the end.
  c.Text("signer.authority", doc.signer.authority, true);
  c.Text("signer.position", doc.signer.position, true);
  c.Text("signer.name", doc.signer.name, true);
  for (size_t i = 0; i < doc.tasks.size(); ++i) {
    const ParsedTask& t = doc.tasks[i];
    std::string p = "tasks[" + std::to_string(i) + "].";
    c.Text(p + "lead", t.lead);
    c.Text(p + "content", t.content);
    c.Text(p + "deadline", t.deadline.text);
  }
  return c.Take();
}

}  // namespace doithoai::documents
