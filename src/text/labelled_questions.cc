#include "text/labelled_questions.h"

#include "text/normalize.h"
#include "text/topics.h"

namespace doithoai::text {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace

Result<std::vector<LabelledQuestion>> ParseLabelledQuestions(std::string_view tsv) {
  std::vector<LabelledQuestion> out;
  size_t line_no = 0;
  bool header_seen = false;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::string field = "line " + std::to_string(line_no);
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 3) return Error::Invalid(field, "cần đúng 3 cột: group_id, topic, text");
    if (!header_seen) {
      header_seen = true;
      if (cols[0] == "group_id") continue;
    }
    if (cols[0].empty()) return Error::Invalid(field, "thiếu group_id");
    if (!TopicIndex(cols[1])) return Error::Invalid(field, "chủ đề không có trong danh mục");
    auto text = CleanText(cols[2]);
    if (!text) return Error::Invalid(field, "không phải UTF-8 hợp lệ");
    if (text->empty()) return Error::Invalid(field, "câu hỏi trống");
    out.push_back({std::string(cols[0]), std::string(cols[1]), std::move(*text)});
  }
  return out;
}

}  // namespace doithoai::text
