// Open data of a dialogue (issue 14, item 5): its questions, issues, published answers and the
// conclusion's tasks as CSV and JSON downloads, with a data dictionary and a licence line.
// Pure: the app layer gives what the accountability page already shows (public_accountability.h
// decides that), this lays it out as tables and writes them. Never more than that page: no
// names, contacts, ages, units, tracking codes or addresses enter a row — a question is known
// by its sequence number in the dialogue, its text only when its asker let it be published.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "domain/accountability/public_accountability.h"
#include "domain/answer/answer.h"

namespace doithoai {

// The licence every download and the dictionary carry (docs/api.md "Open data").
inline constexpr std::string_view kOpenDataLicence = "CC BY 4.0";
inline constexpr std::string_view kOpenDataLicenceUrl =
    "https://creativecommons.org/licenses/by/4.0/";

enum class OpenType { kInteger, kText, kDate, kBoolean };
const char* OpenTypeName(OpenType t);  // "integer", "string", "date" (YYYY-MM-DD), "boolean"

struct OpenColumn {
  std::string_view name;
  OpenType type;
  std::string_view meaning_vi;
  std::string_view meaning_en;
};

struct OpenDataset {
  std::string_view name;  // "questions", "issues", "answers", "tasks": the file name
  std::string_view title_vi;
  std::string_view title_en;
  std::vector<OpenColumn> columns;
};

// The data dictionary: every dataset with its columns, in the order the files have them.
const std::vector<OpenDataset>& OpenDatasets();
const OpenDataset* FindOpenDataset(std::string_view name);  // nullptr when unknown

// A cell: empty (null), a number, a yes/no, or text (dates as YYYY-MM-DD).
using OpenCell = std::variant<std::monostate, int64_t, bool, std::string>;

struct OpenTable {
  const OpenDataset* dataset = nullptr;
  std::vector<std::vector<OpenCell>> rows;  // one cell per column of the dataset
};

// One question as the accountability page shows it.
struct OpenQuestion {
  int64_t sequence = 0;  // 1-based position among the dialogue's questions, oldest first
  Date submitted_on;     // the day in Vietnam it was sent
  AccountStatus status = AccountStatus::kReceived;
  PublicStatus detail = PublicStatus::kReceived;
  PublicQuestionText shown;
  std::optional<IssueId> issue;
  std::string issue_title;  // as the page shows it (a title made of a private text is renamed)
  std::string topic;        // a topic catalogue code; empty when unknown
  std::optional<AgencyId> agency;
  std::string agency_name;
};

// One issue, gathered from the questions the page shows under it.
struct OpenIssue {
  IssueId id;
  std::string title;
  std::string topic;
  std::optional<AgencyId> agency;
  std::string agency_name;
  bool answered = false;
  int64_t question_count = 0;  // questions shown under it, repeats of its questions included
};

// An answer with what the public names it by.
struct OpenAnswer {
  Answer answer;
  std::string issue_title;
  std::string agency_name;
};

// The issues the questions are shown under, by id.
std::vector<OpenIssue> OpenIssuesOf(const std::vector<OpenQuestion>& questions);

OpenTable QuestionsTable(const std::vector<OpenQuestion>& questions);
OpenTable IssuesTable(const std::vector<OpenIssue>& issues);
// Only published (approved) answers: a draft, submitted or returned answer never enters.
OpenTable AnswersTable(const std::vector<OpenAnswer>& answers);
OpenTable TasksTable(const std::vector<PublicTaskGroup>& groups);

// Where the data comes from, written into the JSON files and the dictionary.
struct OpenDataSource {
  DialogueId dialogue;
  std::string dialogue_title;
  std::string publisher;  // the hosting unit
};

// "/api/dialogues/1/open-data/questions.csv"; an empty `dataset` gives the dictionary's path.
std::string OpenDataPath(DialogueId dialogue, std::string_view dataset = {},
                         std::string_view extension = {});

// The header row (column names), then one row each; text cells neutralised against formula
// injection (feed/csv.h); UTF-8 with BOM, CRLF.
std::string WriteOpenCsv(const OpenTable& table);
// {"dataset", "title", "title_en", "dialogue": {id, title}, "publisher", "licence",
//  "licence_url", "dictionary", "count", "columns", "items": [{column: value}]}; UTF-8.
std::string WriteOpenJson(const OpenTable& table, const OpenDataSource& source);
// The dictionary: the licence and, per dataset, its files and columns (name, type, meaning in
// Vietnamese and English).
std::string WriteOpenDictionary(const OpenDataSource& source);

}  // namespace doithoai
