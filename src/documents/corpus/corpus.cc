#include "documents/corpus/corpus.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "documents/parse/parse_document.h"

namespace doithoai::documents::corpus {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kGoldSuffix = ".gold.json";

bool InSplit(std::string_view id, Split split) {
  switch (split) {
    case Split::kTune:
      return !IsHeldOut(id);
    case Split::kHoldout:
      return IsHeldOut(id);
    case Split::kAll:
      return true;
  }
  return true;
}

std::optional<std::string> ReadWhole(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<std::vector<DocumentScore>> ScoreCorpus(const fs::path& gold_dir, const fs::path& form_dir,
                                               const std::vector<std::string>& extensions,
                                               Split split, const FormReader& read) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (auto it = fs::directory_iterator(gold_dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() > kGoldSuffix.size() && name.ends_with(kGoldSuffix)) {
      ids.push_back(name.substr(0, name.size() - kGoldSuffix.size()));
    }
  }
  if (ids.empty()) {
    return Error::Invalid("dir", "Không có tệp *.gold.json nào trong " + gold_dir.string());
  }
  std::sort(ids.begin(), ids.end());
  std::vector<DocumentScore> out;
  for (const std::string& id : ids) {
    if (!InSplit(id, split)) continue;
    auto gold_text = ReadWhole(gold_dir / (id + std::string(kGoldSuffix)));
    if (!gold_text) return Error::Invalid("dir", "Không đọc được gold của " + id);
    Result<GoldDocument> gold = ParseGold(*gold_text, id);
    if (!gold.ok()) return gold.error();

    DocumentScore score;
    score.id = id;
    score.held_out = IsHeldOut(id);
    Result<ParsedDocument> parsed = Error::Invalid("file", "Không có tệp văn bản cho " + id);
    for (const std::string& ext : extensions) {
      fs::path file = form_dir / (id + ext);
      if (!fs::is_regular_file(file, ec)) continue;
      Result<std::string> text = read(file);
      parsed = text.ok() ? ParseDocument(*text) : Result<ParsedDocument>(text.error());
      break;
    }
    if (!parsed.ok()) {
      score.refused = true;
      score.refusal = parsed.error().message();
      for (const FieldError& f : parsed.error().fields()) score.refusal += "; " + f.reason;
    }
    score.fields = ScoreDocument(*gold, parsed);
    out.push_back(std::move(score));
  }
  return out;
}

SplitSummary Summarize(const std::vector<DocumentScore>& docs, Split split) {
  SplitSummary s;
  for (std::string_view f : kScoredFields) s.per_field[std::string(f)] = {0, 0};
  for (const DocumentScore& d : docs) {
    if (!InSplit(d.id, split)) continue;
    ++s.documents;
    if (d.refused) ++s.refused;
    for (const FieldResult& f : d.fields) {
      auto& [right, total] = s.per_field[std::string(f.field)];
      ++total;
      ++s.total;
      if (f.right) {
        ++right;
        ++s.right;
      }
    }
  }
  return s;
}

}  // namespace doithoai::documents::corpus
