#include "documents/parse/tasks.h"

#include <algorithm>
#include <string>

#include "documents/parse/agency.h"
#include "documents/parse/deadline.h"
#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

int LevelOf(Marker m) {
  switch (m) {
    case Marker::kRoman:
      return 1;
    case Marker::kNumber:
      return 2;
    case Marker::kLetter:
      return 3;
    case Marker::kNone:
      return 4;
    case Marker::kDash:
      return 5;
    case Marker::kPlus:
      return 6;
  }
  return 4;
}

std::string_view LabelOf(Marker m) {
  return m == Marker::kPlus ? "+" : m == Marker::kDash ? "-" : "";
}

std::string_view WithoutClosingMark(std::string_view s) {
  s = Trim(s);
  if (s.ends_with("./.")) s.remove_suffix(3);
  if (s.ends_with("/.")) s.remove_suffix(2);
  return s;
}

// The closing paragraph: "Trong quá trình … ./.", "Ủy ban nhân dân tỉnh yêu cầu … ./.".
struct Assignment {
  std::string lead;
  std::string_view remainder;  // the task's words after the lead's name, maybe empty
};

std::optional<Assignment> VerbAssignment(std::string_view text);

// The closing paragraph: "Trong quá trình … ./.", "Ủy ban nhân dân tỉnh yêu cầu … ./.". A
// short letter's one assignment may close it too ("Giao Sở X chủ trì …; hoàn thành trước
// ngày 10/12/2023./."): that is no closing formula.
bool IsClosing(const Paragraph& p) {
  if (p.marker != Marker::kNone) return false;
  if (StartsWithWord(p.text, "Trong quá trình")) return true;
  return std::string_view(p.text).ends_with("/.") &&
         !StartsWithActionWord(LowerSameLength(std::string_view(p.text).substr(0, 60))) &&
         !VerbAssignment(p.text);
}

// "Giám đốc Sở Nội vụ …", "thủ trưởng các cơ quan …": the body without the title of its head
// (README rule 6: "Giao Giám đốc Sở A" is a task of Sở A); unchanged when no body follows the
// title ("Chủ tịch" alone, "Giám đốc: Sở A, …").
std::string_view WithoutHeadTitle(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
      {"Giám đốc", "giám đốc"}, {"Thủ trưởng", "thủ trưởng"}, {"Chủ tịch", "chủ tịch"}};
  for (auto [title, lower] : kTitles) {
    if (!StartsWithWord(s, title) && !StartsWithWord(s, lower)) continue;
    std::string_view rest = Trim(s.substr(title.size()));
    if (StartsWithAgencyHead(rest) && ScanAgency(rest) > 0) return rest;
  }
  return s;
}

// "Giao Sở X …", "Đề nghị Thành đoàn …", "Yêu cầu …": the body after the verb.
std::optional<Assignment> VerbAssignment(std::string_view text) {
  for (std::string_view verb : {"Giao cho", "Giao", "Đề nghị", "Yêu cầu"}) {
    if (!StartsWithWord(text, verb)) continue;
    std::string_view rest = Trim(text.substr(verb.size()));
    // "Giao Giám đốc: Sở A, Sở B, …": the heads' title, then their bodies.
    for (std::string_view title : {"Giám đốc", "Chủ tịch", "Thủ trưởng"}) {
      if (StartsWithWord(rest, title) && Trim(rest.substr(title.size())).starts_with(":")) {
        rest = Trim(TrimStart(Trim(rest.substr(title.size())), ":"));
        break;
      }
    }
    rest = WithoutHeadTitle(rest);
    if (!StartsWithAgencyHead(rest)) return std::nullopt;
    size_t len = ScanAgency(rest);
    if (len == 0) return std::nullopt;
    return Assignment{NormalizeAgency(rest.substr(0, len)), TrimStart(rest.substr(len), ":,")};
  }
  return std::nullopt;
}

// "Sở Nội vụ:", "Thành đoàn chủ trì, phối hợp …", "UBND các xã báo cáo …": a body first.
// `allow_action` also accepts "<body> <action> …" with any action, not only "chủ trì".
std::optional<Assignment> BodyFirst(std::string_view text, bool allow_action) {
  if (!StartsWithAgencyHead(text)) return std::nullopt;
  size_t len = ScanAgency(text);
  if (len == 0) return std::nullopt;
  std::string_view rest = Trim(text.substr(len));
  std::string_view after_colon = TrimStart(rest, ":");
  if (rest.empty() || rest.starts_with(":")) {
    return Assignment{NormalizeAgency(text.substr(0, len)), after_colon};
  }
  std::string lower = LowerSameLength(rest.substr(0, 60));
  // "Hội đồng nhân dân tỉnh giao:": the body gives the tasks listed under it; it is not one.
  if (StartsWithWord(lower, "giao")) return std::nullopt;
  // "chủ trì" opens an action, but "Đơn vị chủ trì: …" is a field label.
  bool chu_tri = StartsWithWord(lower, "chủ trì") &&
                 !TrimStart(std::string_view(lower).substr(std::string_view("chủ trì").size()), "")
                      .starts_with(":");
  if (chu_tri || (allow_action && StartsWithActionWord(lower))) {
    return Assignment{NormalizeAgency(text.substr(0, len)), rest};
  }
  return std::nullopt;
}

// The closing formula of a decision: "Điều 3. Các Bộ trưởng, …, Chủ tịch Ủy ban nhân dân
// tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này." names who carries it out, not a
// task (a specific duty written in that article, "… chịu trách nhiệm đôn đốc", still is).
bool IsExecutionFormula(std::string_view text) {
  std::string lower = LowerSameLength(text);
  for (std::string_view phrase : {"trách nhiệm thi hành", "trách nhiệm tổ chức thi hành"}) {
    if (FindWord(lower, phrase, 0) != std::string::npos) return true;
  }
  return false;
}

std::optional<Assignment> AssignmentOf(const Paragraph& p, bool has_children) {
  if (IsExecutionFormula(p.text)) return std::nullopt;
  if (auto a = VerbAssignment(p.text)) return a;
  bool numbered =
      p.marker == Marker::kNumber || p.marker == Marker::kLetter || p.marker == Marker::kRoman;
  if (numbered) return BodyFirst(p.text, true);
  if (p.marker == Marker::kNone && has_children && std::string_view(p.text).ends_with(":")) {
    auto a = BodyFirst(p.text, false);
    if (a && a->remainder.empty()) return a;
  }
  // "- Sở Nội vụ chủ trì, phối hợp với …" as a bullet or a sentence.
  auto a = BodyFirst(p.text, false);
  if (a && !a->remainder.empty()) return a;
  return std::nullopt;
}

// Field labels of a task laid out as a table row in text: "- Cơ quan thực hiện: …".
enum class Field { kNone, kLead, kCoordinating, kDeadline, kContent };

Field FieldOf(std::string_view text, std::string_view* value) {
  static constexpr std::pair<std::string_view, Field> kLabels[] = {
      {"cơ quan chủ trì thực hiện", Field::kLead},
      {"cơ quan chủ trì", Field::kLead},
      {"cơ quan thực hiện", Field::kLead},
      {"đơn vị chủ trì", Field::kLead},
      {"đơn vị thực hiện", Field::kLead},
      {"chủ trì thực hiện", Field::kLead},
      {"cơ quan phối hợp", Field::kCoordinating},
      {"đơn vị phối hợp", Field::kCoordinating},
      {"phối hợp thực hiện", Field::kCoordinating},
      {"thời gian thực hiện", Field::kDeadline},
      {"thời gian hoàn thành", Field::kDeadline},
      {"thời hạn hoàn thành", Field::kDeadline},
      {"thời hạn", Field::kDeadline},
      {"tiến độ thực hiện", Field::kDeadline},
      {"nội dung", Field::kContent},
  };
  std::string lower = LowerSameLength(text.substr(0, 60));
  for (auto [label, field] : kLabels) {
    if (!lower.starts_with(label)) continue;
    std::string_view rest = Trim(text.substr(label.size()));
    if (!rest.starts_with(":")) continue;
    *value = Trim(rest.substr(1));
    return field;
  }
  return Field::kNone;
}

class TaskWalker {
 public:
  TaskWalker(const std::vector<Paragraph>& paras, std::vector<ParsedTask>* out)
      : paras_(paras), out_(out), children_(paras.size()) {}

  void Run(size_t begin, size_t end) {
    // A forest by marker level: each paragraph's parent is the nearest one above it with a
    // lower level.
    std::vector<size_t> stack;
    std::vector<size_t> roots;
    for (size_t i = begin; i < end; ++i) {
      int level = LevelOf(paras_[i].marker);
      while (!stack.empty() && LevelOf(paras_[stack.back()].marker) >= level) stack.pop_back();
      (stack.empty() ? roots : children_[stack.back()]).push_back(i);
      stack.push_back(i);
    }
    for (size_t r : roots) Walk(r);
  }

 private:
  void Walk(size_t node) {
    const Paragraph& p = paras_[node];
    const std::vector<size_t>& kids = children_[node];
    if (auto a = AssignmentOf(p, !kids.empty())) {
      Assign(*a, kids);
      return;
    }
    if (HasFields(kids)) {
      FieldTask(p, kids);
      return;
    }
    for (size_t k : kids) Walk(k);
  }

  bool HasFields(const std::vector<size_t>& kids) const {
    std::string_view value;
    return std::any_of(kids.begin(), kids.end(),
                       [&](size_t k) { return FieldOf(paras_[k].text, &value) == Field::kLead; });
  }

  // The paragraph's words and its sub-items', one sub-item per line with its marker.
  std::string TextWithSubItems(size_t node) const {
    std::string text(WithoutClosingMark(paras_[node].text));
    for (size_t k : children_[node]) {
      std::string sub = TextWithSubItems(k);
      std::string_view label = LabelOf(paras_[k].marker);
      text += "\n";
      if (!label.empty()) text += std::string(label) + " ";
      text += sub;
    }
    return text;
  }

  void Assign(const Assignment& a, const std::vector<size_t>& kids) {
    std::string inline_text(WithoutClosingMark(a.remainder));
    std::string running;  // unmarked paragraphs under the head: one task together
    auto flush = [&] {
      if (!running.empty()) Emit(a.lead, running);
      running.clear();
    };
    bool any_marked = std::any_of(kids.begin(), kids.end(),
                                  [&](size_t k) { return paras_[k].marker != Marker::kNone; });
    if (!inline_text.empty() && any_marked) Emit(a.lead, inline_text);
    if (!any_marked) running = inline_text;
    for (size_t k : kids) {
      const Paragraph& c = paras_[k];
      if (c.marker == Marker::kNone) {
        if (running.empty()) {
          running = TextWithSubItems(k);
        } else {
          running += " " + TextWithSubItems(k);
        }
        continue;
      }
      flush();
      if (VerbAssignment(c.text)) {
        Walk(k);  // "- Giao Phòng X …" inside another body's section assigns its own body
      } else {
        Emit(a.lead, TextWithSubItems(k));
      }
    }
    flush();
  }

  void FieldTask(const Paragraph& p, const std::vector<size_t>& kids) {
    std::optional<std::string> lead;
    std::vector<std::string> coordinating;
    std::optional<ParsedDeadline> deadline;
    std::string content(WithoutClosingMark(p.text));
    for (size_t k : kids) {
      std::string_view value;
      switch (FieldOf(paras_[k].text, &value)) {
        case Field::kLead:
          lead = NormalizeAgency(value);
          break;
        case Field::kCoordinating:
          coordinating = SplitAgencies(TrimEnd(value, ".;"));
          break;
        case Field::kDeadline:
          deadline = DeadlineFromFieldValue(value);
          break;
        case Field::kContent:
          content = std::string(value);
          break;
        case Field::kNone:
          break;
      }
    }
    ParsedTask t = MakeTask(lead, content);
    if (!coordinating.empty()) t.coordinating = coordinating;
    if (deadline) t.deadline = *deadline;
    out_->push_back(std::move(t));
  }

  // One action given jointly to several named bodies ("Sở A, Sở B, Đài C phối hợp …") is one
  // task for each of them; one given to groups ("Các sở, ban, ngành tỉnh và UBND huyện, thị
  // xã, thành phố") stays one task for the groups as written.
  void Emit(const std::string& lead, std::string_view text) {
    std::vector<std::string> leads = SplitAgencies(lead);
    bool groups = std::any_of(leads.begin(), leads.end(), [](const std::string& l) {
      return StartsWithWord(LowerSameLength(l), "các");
    });
    if (leads.size() < 2 || groups) leads = {lead};
    for (const std::string& l : leads) out_->push_back(MakeTask(l, text));
  }

  static ParsedTask MakeTask(std::optional<std::string> lead, std::string_view text) {
    ParsedTask t;
    t.lead = std::move(lead);
    std::string_view words = TrimEnd(WithoutClosingMark(text), ";.,:");
    t.content = CapitalizeFirst(words);
    t.coordinating = Coordinating(words);
    t.deadline = FindDeadline(words);
    return t;
  }

  // Bodies named after "phối hợp với" (or "phối hợp chặt chẽ với"), in order, once each.
  static std::vector<std::string> Coordinating(std::string_view text) {
    std::vector<std::string> out;
    std::string lower = LowerSameLength(text);
    for (std::string_view phrase : {"phối hợp với", "phối hợp chặt chẽ với"}) {
      size_t pos = 0;
      while ((pos = FindWord(lower, phrase, pos)) != std::string::npos) {
        pos += phrase.size();
        std::string_view rest = WithoutHeadTitle(Trim(text.substr(pos)));
        if (!StartsWithAgencyHead(rest)) continue;
        for (std::string& name : SplitAgencies(rest.substr(0, ScanAgency(rest)))) {
          if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
        }
      }
    }
    return out;
  }

  const std::vector<Paragraph>& paras_;
  std::vector<ParsedTask>* out_;
  std::vector<std::vector<size_t>> children_;
};

// The section that assigns the tasks of a plan: "IV. TỔ CHỨC THỰC HIỆN" and what is under it.
std::pair<size_t, size_t> TaskScope(const std::vector<Paragraph>& body, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const Paragraph& p = body[i];
    if (p.marker != Marker::kRoman && p.marker != Marker::kNumber) continue;
    std::string lower = LowerSameLength(std::string_view(p.text).substr(0, 80));
    bool implementation =
        lower.starts_with("tổ chức thực hiện") || lower.starts_with("phân công nhiệm vụ") ||
        lower.starts_with("phân công thực hiện") || lower.starts_with("trách nhiệm thực hiện");
    if (!implementation || lower.size() > 40) continue;
    size_t j = i + 1;
    while (j < end && LevelOf(body[j].marker) > LevelOf(p.marker)) j++;
    return {i + 1, j};
  }
  return {begin, end};
}

// The text an amending document quotes states the amended rules and assigns nothing: "1.
// Sửa đổi Điều 5:" / "“Điều 5. Cơ quan, đơn vị kiểm soát …" / "1. Bộ Tư pháp giúp Chính phủ
// …" / "…”". From a paragraph that opens a quotation right after one ending with ":" to the
// paragraph that closes it (or the end of a cut copy).
void DropQuotedAmendments(std::vector<Paragraph>* paras, size_t begin) {
  constexpr std::string_view kOpen = "\u201c", kClose = "\u201d";
  std::vector<Paragraph> kept;
  bool quoted = false;
  for (size_t i = 0; i < paras->size(); ++i) {
    Paragraph& p = (*paras)[i];
    std::string_view text = Trim(p.text);
    if (!quoted && i > begin && !kept.empty() && TrimEnd(kept.back().text, " ").ends_with(":") &&
        text.starts_with(kOpen)) {
      quoted = text.find(kClose) == std::string_view::npos;
      if (!quoted) kept.push_back(std::move(p));
      continue;
    }
    if (quoted) {
      if (text.find(kClose) != std::string_view::npos) quoted = false;
      continue;
    }
    kept.push_back(std::move(p));
  }
  *paras = std::move(kept);
}

}  // namespace

std::vector<ParsedTask> ExtractTasks(std::vector<Paragraph> body, size_t begin) {
  // Everything from the closing paragraph on assigns nothing.
  size_t end = body.size();
  for (size_t i = begin; i < body.size(); ++i) {
    if (IsClosing(body[i])) {
      end = i;
      break;
    }
  }
  body.resize(end);
  // Running text right after a bullet continues it: the line break before it only looked
  // like the end of a paragraph ("… năm 2020;" / "Nghị quyết số 25/NQ-HĐND …").
  std::vector<Paragraph> merged(body.begin(), body.begin() + std::min(begin, body.size()));
  for (size_t i = begin; i < body.size(); ++i) {
    Paragraph& p = body[i];
    bool continues =
        !merged.empty() && merged.size() > begin && p.marker == Marker::kNone &&
        (merged.back().marker == Marker::kDash || merged.back().marker == Marker::kPlus) &&
        !IsUpperText(p.text) && !AssignmentOf(p, false);
    if (continues) {
      JoinLine(merged.back().text, p.text);
    } else {
      merged.push_back(std::move(p));
    }
  }
  DropQuotedAmendments(&merged, begin);
  auto [from, to] = TaskScope(merged, begin, merged.size());
  std::vector<ParsedTask> out;
  TaskWalker(merged, &out).Run(from, to);
  return out;
}

bool InParagraph(const ParsedTask& task, std::string_view lower_paragraph) {
  if (!task.lead || lower_paragraph.find(LowerSameLength(*task.lead)) == std::string_view::npos) {
    return false;
  }
  // The first few words of the content, cut at a word boundary.
  std::string_view content = Trim(task.content);
  size_t cut = content.size();
  if (cut > 30) {
    cut = content.rfind(' ', 30);
    if (cut == std::string_view::npos) cut = content.size();
  }
  std::string start = LowerSameLength(content.substr(0, cut));
  return start.empty() || lower_paragraph.find(start) != std::string_view::npos;
}

}  // namespace doithoai::documents::parse
