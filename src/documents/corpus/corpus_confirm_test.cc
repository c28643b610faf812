// The preview → confirm path on real documents (issue 11): what the parser proposes for a
// document of any family must pass its own confirmation unchanged. Every corpus document whose
// parse has a number, symbol, issuer, date and summary is recorded through
// RecordImportedDocument (the use case behind POST /api/documents) with the fields the import
// screen sends untouched, and is stored with the same number/symbol, issuer and summary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/app_test_kit.h"
#include "app/document/documents.h"
#include "documents/corpus/gold.h"
#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/parse/test_data.h"
#include "storage/memory/memory_store.h"

namespace doithoai::documents {
namespace {

namespace fs = std::filesystem;

// The input the import screen builds from a preview nobody edited.
ImportedDocumentInput AsConfirmed(const ParsedDocument& p, UnitId unit) {
  ImportedDocumentInput in;
  in.unit = unit;
  in.type_code = p.type_code.value_or("");
  in.number = std::stoll(*p.number);
  in.symbol = *p.symbol;
  in.number_symbol = *p.number_symbol;
  in.issuer = *p.issuer;
  in.parent_issuer = p.parent_issuer.value_or("");
  in.place = p.place.value_or("");
  in.issued_on = p.date;
  in.summary = *p.summary;
  std::string signer;
  for (const auto& s : {p.signer.authority, p.signer.position, p.signer.name}) {
    if (s) signer += (signer.empty() ? "" : " / ") + *s;
  }
  in.signer = signer;
  for (const ParsedBasis& b : p.bases) {
    if (b.number_symbol) in.cites.push_back(*b.number_symbol);
  }
  in.content_json = ToJson(p).dump();
  for (const ParsedTask& t : p.tasks) {
    if (!t.lead || t.content.empty()) continue;
    ImportedTaskInput ti;
    ti.lead_name = *t.lead;
    for (const std::string& c : t.coordinating) ti.coordinating.push_back({std::nullopt, c});
    ti.content = t.content;
    if (t.deadline.kind == DeadlineKind::kDate && t.deadline.date) {
      ti.deadline = Deadline::OnDate(*t.deadline.date, t.deadline.text.value_or(""));
    } else if (t.deadline.kind == DeadlineKind::kOngoing) {
      ti.deadline = Deadline::Ongoing();
    }
    in.tasks.push_back(std::move(ti));
  }
  return in;
}

TEST(RealCorpusConfirm, EveryCompletePreviewIsRecordedUnchanged) {
  fs::path dir = testing::DocumentsDataDir() / "real";
  int complete = 0, recorded = 0;
  std::vector<std::string> families;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (!name.ends_with(".txt")) continue;
    std::ifstream f(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    Result<ParsedDocument> p = ParseDocument(text);
    if (!p.ok() || !p->number || !p->symbol || !p->number_symbol || !p->issuer || !p->date ||
        !p->summary) {
      continue;
    }
    ++complete;
    storage::MemoryStore store;
    FixedClock clock{Instant::ParseIso("2026-12-07T02:00:00Z").value()};
    Context ctx{store, clock};
    ASSERT_TRUE(LoadUnits(ctx, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    Actor coordinator = app_test::MakeActor(ctx, "vanthu", "coordinator", 1, std::nullopt);
    auto r = RecordImportedDocument(ctx, coordinator, AsConfirmed(*p, UnitId(1)));
    std::string why;
    if (!r.ok()) {
      why = r.error().message();
      for (const FieldError& e : r.error().fields()) why += "; " + e.field + ": " + e.reason;
    }
    EXPECT_TRUE(r.ok()) << name << " (" << *p->number_symbol << "): " << why;
    if (!r.ok()) continue;
    ++recorded;
    EXPECT_EQ(r->document.number_symbol, *p->number_symbol) << name;
    EXPECT_EQ(r->document.issuer, *p->issuer) << name;
    EXPECT_EQ(r->document.summary, *p->summary) << name;
    if (p->family) families.push_back(DocumentFamilyName(*p->family));
  }
  EXPECT_EQ(recorded, complete);
  // Not only state documents: the corpus' legal, Party and Youth Union documents get here.
  for (const char* f : {"administrative", "legal", "party", "youth_union"}) {
    EXPECT_NE(std::find(families.begin(), families.end(), f), families.end()) << f;
  }
}

}  // namespace
}  // namespace doithoai::documents
