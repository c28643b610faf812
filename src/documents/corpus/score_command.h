// `doithoai document score DIR [--form txt|docx|pdf|scan] [--forms-dir DIR]
// [--split tune|holdout|all] [--since ID] [--json] [--verbose]`: runs the parser over the
// real-document corpus in DIR (tests/data/documents/real) and prints per-field accuracy per split
// (score.h says how each field is compared).
//
// Forms: "txt" reads DIR/<id>.txt; "docx", "pdf" and "scan" read <forms-dir>/<id>.docx,
// <id>.pdf and <id>.scan.pdf (a scan may also be <id>.png or <id>.jpg) through
// ReadDocumentBytes, the same reader `document parse` uses; --forms-dir defaults to DIR.
#pragma once

#include <ostream>
#include <string>

namespace doithoai::documents::corpus {

struct ScoreOptions {
  std::string dir;  // the gold files (and the .txt forms)
  std::string form = "txt";
  std::string forms_dir;  // where the docx/pdf/scan forms are; empty: `dir`
  std::string split = "all";
  std::string since;  // empty: every document; else only ids whose number is >= this id's
  bool json = false;
  bool verbose = false;  // list every miss: id, field, expected, got
};

// Writes the report to `out`; returns 0, or 1 (bad option, bad corpus) with "lỗi: …" on `err`.
int RunScoreCommand(const ScoreOptions& options, std::ostream& out, std::ostream& err);

}  // namespace doithoai::documents::corpus
