#include "domain/accountability/open_data.h"

#include <map>
#include <nlohmann/json.hpp>

#include "domain/feed/csv.h"
#include "domain/task/task_status.h"
#include "text/topics.h"

namespace doithoai {

namespace {

using T = OpenType;

const std::vector<OpenDataset>& Catalogue() {
  static const std::vector<OpenDataset> kAll = {
      {"questions",
       "Câu hỏi của thanh niên",
       "Youths' questions",
       {
           {"sequence", T::kInteger,
            "Số thứ tự của câu hỏi trong chương trình, theo thời điểm gửi (không phải mã tra cứu)",
            "The question's number within the dialogue, in order of submission (not its tracking "
            "code)"},
           {"submitted_on", T::kDate, "Ngày gửi câu hỏi (giờ Việt Nam)",
            "Day the question was sent (Vietnam time)"},
           {"status", T::kText,
            "Tình trạng: received (đã tiếp nhận), processing (đang trả lời), answered (đã trả "
            "lời), closed (đã đóng)",
            "Status: received, processing (being answered), answered, closed"},
           {"status_label", T::kText, "Tình trạng bằng tiếng Việt", "The status in Vietnamese"},
           {"detail", T::kText,
            "Tình trạng chi tiết: received, processing, answered, duplicate (trùng câu hỏi đã "
            "có), out_of_scope (ngoài phạm vi đối thoại)",
            "Detailed status: received, processing, answered, duplicate (repeats another "
            "question), out_of_scope (outside the dialogue's scope)"},
           {"text", T::kText,
            "Nội dung câu hỏi, chỉ khi người hỏi đồng ý công khai; để trống nếu không",
            "The question's text, only when its asker agreed to publish it; empty otherwise"},
           {"text_public", T::kBoolean, "Nội dung câu hỏi có được công khai không",
            "Whether the question's text is published"},
           {"closed_reason", T::kText, "Lý do đóng câu hỏi (chỉ khi đã đóng)",
            "Why the question was closed (only when closed)"},
           {"issue_id", T::kInteger, "Mã nhóm vấn đề chứa câu hỏi (xem tệp issues)",
            "Id of the issue the question is grouped under (see issues)"},
           {"topic", T::kText, "Mã lĩnh vực của nhóm vấn đề (tên: tệp issues)",
            "Topic code of the issue (its name: see issues)"},
           {"agency_id", T::kInteger, "Mã cơ quan chủ trì trả lời (tên: tệp issues)",
            "Id of the lead agency answering (its name: see issues)"},
       }},
      {"issues",
       "Nhóm vấn đề",
       "Issues",
       {
           {"issue_id", T::kInteger, "Mã nhóm vấn đề", "Issue id"},
           {"title", T::kText, "Tên nhóm vấn đề", "The issue's title"},
           {"topic", T::kText, "Mã lĩnh vực", "Topic code"},
           {"topic_name", T::kText, "Tên lĩnh vực", "Topic name (Vietnamese)"},
           {"agency_id", T::kInteger, "Mã cơ quan chủ trì trả lời",
            "Id of the lead agency answering"},
           {"agency", T::kText, "Cơ quan chủ trì trả lời", "The lead agency answering"},
           {"status", T::kText,
            "Tình trạng: answered (đã có trả lời công bố) hoặc processing (đang trả lời)",
            "Status: answered (its answer is published) or processing (being answered)"},
           {"question_count", T::kInteger, "Số câu hỏi thuộc nhóm (kể cả câu hỏi trùng)",
            "Number of questions under the issue (repeats included)"},
       }},
      {"answers",
       "Câu trả lời đã công bố",
       "Published answers",
       {
           {"issue_id", T::kInteger, "Mã nhóm vấn đề được trả lời", "Id of the issue answered"},
           {"issue_title", T::kText, "Tên nhóm vấn đề", "The issue's title"},
           {"agency_id", T::kInteger, "Mã cơ quan trả lời", "Id of the answering agency"},
           {"agency", T::kText, "Cơ quan trả lời", "The answering agency"},
           {"timing", T::kText,
            "Hình thức: written (bằng văn bản trước đối thoại), on_the_spot (tại buổi đối "
            "thoại), after (sau đối thoại)",
            "When given: written (in writing before the dialogue), on_the_spot (at the "
            "dialogue), after (after it)"},
           {"published_on", T::kDate, "Ngày công bố (giờ Việt Nam)",
            "Day it was published (Vietnam time)"},
           {"body", T::kText, "Nội dung trả lời", "The answer's text"},
       }},
      {"tasks",
       "Nhiệm vụ trong thông báo kết luận",
       "Tasks of the conclusion",
       {
           {"task_id", T::kInteger, "Mã nhiệm vụ", "Task id"},
           {"issue_id", T::kInteger, "Mã nhóm vấn đề nhiệm vụ giải quyết (nếu có)",
            "Id of the issue the task answers (if any)"},
           {"content", T::kText, "Nội dung nhiệm vụ", "What the task is"},
           {"lead", T::kText, "Cơ quan chủ trì", "The lead body"},
           {"deadline_text", T::kText, "Thời hạn như thông báo kết luận ghi",
            "The deadline as the conclusion words it"},
           {"due_on", T::kDate, "Hạn trong kỳ hiện tại", "Due day in the current cycle"},
           {"status", T::kText,
            "Tình trạng: not_started, in_progress, done_on_time, done_late, overdue",
            "Status: not_started, in_progress, done_on_time, done_late, overdue"},
           {"status_label", T::kText, "Tình trạng bằng tiếng Việt", "The status in Vietnamese"},
           {"percent", T::kInteger, "Tiến độ theo báo cáo mới nhất (0–100)",
            "Progress by the newest report (0–100)"},
           {"late", T::kBoolean, "Quá hạn, hoặc hoàn thành sau hạn",
            "Overdue, or done after its deadline"},
           {"last_report_on", T::kDate, "Ngày báo cáo tiến độ mới nhất",
            "Day of the newest progress report"},
           {"last_note", T::kText, "Nội dung báo cáo tiến độ mới nhất",
            "The newest progress report"},
       }},
  };
  return kAll;
}

OpenCell Text(const std::string& s) { return s.empty() ? OpenCell() : OpenCell(s); }
template <class IdT>
OpenCell IdCell(const std::optional<IdT>& id) {
  return id ? OpenCell(id->value) : OpenCell();
}
OpenCell DateCell(const std::optional<Date>& d) { return d ? OpenCell(d->ToIso()) : OpenCell(); }

std::string TopicName(const std::string& code) {
  auto i = text::TopicIndex(code);
  return i ? std::string(text::TopicCatalogue()[*i].name) : "";
}

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped; the text is
// UTF-8 already (checked and normalised at intake).
void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[(c >> 4) & 0xf];
          out += kHex[c & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string Quote(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

void AppendJsonValue(std::string& out, const OpenCell& c) {
  if (const auto* i = std::get_if<int64_t>(&c)) {
    out += std::to_string(*i);
  } else if (const auto* b = std::get_if<bool>(&c)) {
    out += *b ? "true" : "false";
  } else if (const auto* s = std::get_if<std::string>(&c)) {
    AppendJsonString(out, *s);
  } else {
    out += "null";
  }
}

void AppendCsvCell(std::string& out, const OpenCell& c, OpenType type) {
  if (const auto* i = std::get_if<int64_t>(&c)) {
    out += std::to_string(*i);
  } else if (const auto* b = std::get_if<bool>(&c)) {
    out += *b ? "true" : "false";
  } else if (const auto* s = std::get_if<std::string>(&c)) {
    if (type == OpenType::kText && feed::LooksLikeFormula(*s)) {
      feed::AppendCsvField(out, feed::NeutraliseFormula(*s));
    } else {
      feed::AppendCsvField(out, *s);
    }
  }
}

}  // namespace

const char* OpenTypeName(OpenType t) {
  switch (t) {
    case OpenType::kInteger:
      return "integer";
    case OpenType::kText:
      return "string";
    case OpenType::kDate:
      return "date";
    case OpenType::kBoolean:
      return "boolean";
  }
  return "string";
}

const std::vector<OpenDataset>& OpenDatasets() { return Catalogue(); }

const OpenDataset* FindOpenDataset(std::string_view name) {
  for (const auto& d : Catalogue()) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

std::vector<OpenIssue> OpenIssuesOf(const std::vector<OpenQuestion>& questions) {
  std::map<IssueId, OpenIssue> by_id;
  for (const auto& q : questions) {
    if (!q.issue) continue;
    auto [it, added] = by_id.try_emplace(*q.issue);
    OpenIssue& i = it->second;
    if (added) {
      i.id = *q.issue;
      i.title = q.issue_title;
      i.topic = q.topic;
      i.agency = q.agency;
      i.agency_name = q.agency_name;
    }
    i.answered = i.answered || q.status == AccountStatus::kAnswered;
    ++i.question_count;
  }
  std::vector<OpenIssue> out;
  out.reserve(by_id.size());
  for (auto& [id, i] : by_id) out.push_back(std::move(i));
  return out;
}

OpenTable QuestionsTable(const std::vector<OpenQuestion>& questions) {
  OpenTable t{FindOpenDataset("questions"), {}};
  t.rows.reserve(questions.size());
  for (const auto& q : questions) {
    t.rows.push_back(
        {q.sequence, q.submitted_on.ToIso(), std::string(AccountStatusName(q.status)),
         std::string(AccountStatusLabel(q.status)), std::string(PublicStatusName(q.detail)),
         q.shown.text_public ? Text(q.shown.text) : OpenCell(), q.shown.text_public,
         Text(q.shown.closed_reason), IdCell(q.issue), Text(q.topic), IdCell(q.agency)});
  }
  return t;
}

OpenTable IssuesTable(const std::vector<OpenIssue>& issues) {
  OpenTable t{FindOpenDataset("issues"), {}};
  for (const auto& i : issues) {
    t.rows.push_back({i.id.value, Text(i.title), Text(i.topic), Text(TopicName(i.topic)),
                      IdCell(i.agency), Text(i.agency_name),
                      std::string(i.answered ? "answered" : "processing"), i.question_count});
  }
  return t;
}

OpenTable AnswersTable(const std::vector<OpenAnswer>& answers) {
  OpenTable t{FindOpenDataset("answers"), {}};
  for (const auto& a : answers) {
    if (!a.answer.IsPublished()) continue;
    std::optional<Date> on;
    if (a.answer.published_at) on = a.answer.published_at->VietnamDate();
    t.rows.push_back({a.answer.issue.value, Text(a.issue_title), a.answer.agency.value,
                      Text(a.agency_name), std::string(AnswerTimingName(a.answer.timing)),
                      DateCell(on), Text(a.answer.body)});
  }
  return t;
}

OpenTable TasksTable(const std::vector<PublicTaskGroup>& groups) {
  OpenTable t{FindOpenDataset("tasks"), {}};
  for (const auto& g : groups) {
    for (const auto& k : g.tasks) {
      t.rows.push_back({k.id.value, IdCell(g.issue), Text(k.content), Text(k.lead),
                        Text(k.deadline_text), DateCell(k.due_on),
                        std::string(TaskStatusName(k.status)),
                        std::string(TaskStatusLabel(k.status)), int64_t{k.percent}, k.late,
                        DateCell(k.last_report_on), Text(k.last_note)});
    }
  }
  return t;
}

std::string OpenDataPath(DialogueId dialogue, std::string_view dataset,
                         std::string_view extension) {
  std::string path = "/api/dialogues/" + std::to_string(dialogue.value) + "/open-data";
  if (!dataset.empty()) {
    path += "/";
    path += dataset;
    path += ".";
    path += extension;
  }
  return path;
}

std::string WriteOpenCsv(const OpenTable& table) {
  const auto& columns = table.dataset->columns;
  std::string out(feed::kUtf8Bom);
  out.reserve(64 + table.rows.size() * 16 * columns.size());
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) out += ',';
    feed::AppendCsvField(out, columns[i].name);
  }
  out += "\r\n";
  for (const auto& r : table.rows) {
    for (size_t i = 0; i < columns.size(); ++i) {
      if (i) out += ',';
      AppendCsvCell(out, r.at(i), columns[i].type);
    }
    out += "\r\n";
  }
  return out;
}

namespace {

// The lines every JSON file and the dictionary begin with.
std::string Provenance(const OpenDataSource& s) {
  return "\"dialogue\":{\"id\":" + std::to_string(s.dialogue.value) +
         ",\"title\":" + Quote(s.dialogue_title) + "},\"publisher\":" + Quote(s.publisher) +
         ",\"licence\":" + Quote(kOpenDataLicence) +
         ",\"licence_url\":" + Quote(kOpenDataLicenceUrl) +
         ",\"dictionary\":" + Quote(OpenDataPath(s.dialogue));
}

}  // namespace

std::string WriteOpenJson(const OpenTable& table, const OpenDataSource& source) {
  const OpenDataset& d = *table.dataset;
  std::string out = "{\"dataset\":" + Quote(d.name) + ",\"title\":" + Quote(d.title_vi) +
                    ",\"title_en\":" + Quote(d.title_en) + "," + Provenance(source) +
                    ",\"count\":" + std::to_string(table.rows.size()) + ",\"columns\":[";
  std::vector<std::string> keys;
  for (size_t i = 0; i < d.columns.size(); ++i) {
    keys.push_back(Quote(d.columns[i].name) + ":");
    out += (i ? "," : "") + Quote(d.columns[i].name);
  }
  out += "],\"items\":[";
  out.reserve(out.size() + table.rows.size() * 32 * keys.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    out += r ? ",{" : "{";
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ',';
      out += keys[i];
      AppendJsonValue(out, table.rows[r].at(i));
    }
    out += '}';
  }
  out += "]}\n";
  return out;
}

std::string WriteOpenDictionary(const OpenDataSource& source) {
  nlohmann::ordered_json datasets = nlohmann::ordered_json::array();
  for (const auto& d : Catalogue()) {
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    for (const auto& c : d.columns) {
      columns.push_back({{"name", c.name},
                         {"type", OpenTypeName(c.type)},
                         {"meaning_vi", c.meaning_vi},
                         {"meaning_en", c.meaning_en}});
    }
    datasets.push_back({{"name", d.name},
                        {"title", d.title_vi},
                        {"title_en", d.title_en},
                        {"csv", OpenDataPath(source.dialogue, d.name, "csv")},
                        {"json", OpenDataPath(source.dialogue, d.name, "json")},
                        {"columns", columns}});
  }
  return "{" + Provenance(source) + ",\"notes\":" +
         Quote(
             "Dữ liệu công khai như trang \"Bạn hỏi — chúng tôi đã làm\": không có tên, "
             "liên hệ, tuổi, địa chỉ hay mã tra cứu của người hỏi; nội dung câu hỏi chỉ khi "
             "người hỏi đồng ý công khai. CSV: UTF-8 có BOM, CRLF, RFC 4180.") +
         ",\"notes_en\":" +
         Quote(
             "The data the public accountability page shows: no asker's name, contact, age, "
             "address or tracking code; a question's text only when its asker agreed to "
             "publish it. CSV: UTF-8 with BOM, CRLF, RFC 4180.") +
         ",\"datasets\":" +
         datasets.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "}\n";
}

}  // namespace doithoai
