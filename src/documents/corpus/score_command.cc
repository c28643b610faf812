#include "documents/corpus/score_command.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>

#include "documents/corpus/corpus.h"
#include "documents/corpus/form_reader.h"
#include "documents/corpus/gold.h"

namespace doithoai::documents::corpus {
namespace {

namespace fs = std::filesystem;

std::string Fixed(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

double Round3(double v) {
  return static_cast<double>(static_cast<long long>(v * 1000 + 0.5)) / 1000;
}

nlohmann::ordered_json SummaryJson(const SplitSummary& s) {
  nlohmann::ordered_json j;
  j["documents"] = s.documents;
  j["refused"] = s.refused;
  j["fields_right"] = s.right;
  j["fields_total"] = s.total;
  j["accuracy"] = Round3(s.Accuracy());
  nlohmann::ordered_json per = nlohmann::ordered_json::object();
  for (std::string_view f : kScoredFields) {
    auto [right, total] = s.per_field.find(f)->second;
    per[std::string(f)] = total ? Round3(static_cast<double>(right) / total) : 0.0;
  }
  j["per_field"] = std::move(per);
  return j;
}

void PrintText(const std::string& form,
               const std::vector<std::pair<std::string, SplitSummary>>& splits, std::ostream& out) {
  out << "form: " << form << "\n";
  out << "field";
  for (const auto& [name, s] : splits) out << "\t" << name;
  out << "\n";
  for (std::string_view f : kScoredFields) {
    out << f;
    for (const auto& [name, s] : splits) {
      auto [right, total] = s.per_field.find(f)->second;
      out << "\t" << Fixed(total ? static_cast<double>(right) / total : 0);
    }
    out << "\n";
  }
  out << "overall";
  for (const auto& [name, s] : splits) out << "\t" << Fixed(s.Accuracy());
  out << "\n";
  for (const auto& [name, s] : splits) {
    out << name << ": " << s.documents << " documents, " << s.refused << " refused, " << s.right
        << "/" << s.total << " fields right = " << Fixed(s.Accuracy()) << "\n";
  }
}

}  // namespace

int RunScoreCommand(const ScoreOptions& options, std::ostream& out, std::ostream& err) {
  Split split;
  if (options.split == "tune") {
    split = Split::kTune;
  } else if (options.split == "holdout") {
    split = Split::kHoldout;
  } else if (options.split == "all") {
    split = Split::kAll;
  } else {
    err << "lỗi: --split phải là tune, holdout hoặc all\n";
    return 1;
  }
  std::optional<int> since;
  if (!options.since.empty()) {
    since = IdNumber(options.since);
    if (!since) {
      err << "lỗi: --since phải là mã văn bản có số, ví dụ vb-083\n";
      return 1;
    }
  }
  Result<FormSpec> spec = FormFor(options.form);
  if (!spec.ok()) {
    err << "lỗi: " << spec.error().message() << "\n";
    for (const FieldError& f : spec.error().fields())
      err << "  - " << f.field << ": " << f.reason << "\n";
    return 1;
  }
  fs::path form_dir = options.forms_dir.empty() || options.form == "txt"
                          ? fs::path(options.dir)
                          : fs::path(options.forms_dir);
  auto docs = ScoreCorpus(options.dir, form_dir, spec->extensions, split, spec->read);
  if (!docs.ok()) {
    err << "lỗi: " << docs.error().message() << "\n";
    for (const FieldError& f : docs.error().fields())
      err << "  - " << f.field << ": " << f.reason << "\n";
    return 1;
  }
  if (since) {
    std::erase_if(*docs, [&](const DocumentScore& d) {
      std::optional<int> n = IdNumber(d.id);
      return !n || *n < *since;
    });
  }
  std::vector<std::pair<std::string, SplitSummary>> splits;
  if (split != Split::kHoldout) splits.emplace_back("tune", Summarize(*docs, Split::kTune));
  if (split != Split::kTune) splits.emplace_back("holdout", Summarize(*docs, Split::kHoldout));
  if (split == Split::kAll) splits.emplace_back("all", Summarize(*docs, Split::kAll));

  if (options.json) {
    nlohmann::ordered_json j;
    j["form"] = options.form;
    nlohmann::ordered_json js = nlohmann::ordered_json::object();
    for (const auto& [name, s] : splits) js[name] = SummaryJson(s);
    j["splits"] = std::move(js);
    if (options.verbose) {
      nlohmann::ordered_json misses = nlohmann::ordered_json::array();
      for (const DocumentScore& d : *docs) {
        for (const FieldResult& f : d.fields) {
          if (f.right) continue;
          misses.push_back({{"id", d.id},
                            {"field", std::string(f.field)},
                            {"expected", f.expected},
                            {"got", f.got}});
        }
      }
      j["misses"] = std::move(misses);
    }
    out << j.dump(2, ' ', false) << "\n";
    return 0;
  }
  PrintText(options.form, splits, out);
  if (options.verbose) {
    out << "\nmisses:\n";
    for (const DocumentScore& d : *docs) {
      if (d.refused) out << d.id << "\trefused\t" << d.refusal << "\n";
      for (const FieldResult& f : d.fields) {
        if (f.right || d.refused) continue;
        out << d.id << "\t" << f.field << "\n  expected: " << f.expected
            << "\n  got:      " << f.got << "\n";
      }
    }
  }
  return 0;
}

}  // namespace doithoai::documents::corpus
