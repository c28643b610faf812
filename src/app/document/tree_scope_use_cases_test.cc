// Tree scope on every route that records a document or assigns a task (issue 10, "a ward can
// assign city agencies"), through the use cases on the in-memory store: recording an imported
// document, relaying, splitting, routing; each refusal names its field and writes nothing.
// And the one document-read rule: opening or listing a document and finding it in staff search
// agree for every reader.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/document/documents.h"
#include "app/search/staff_search.h"
#include "app/task/tasks.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

// A relay letter without rendering: app tests do not link documents/.
Result<DocumentDraft> PlainLetter(const RelayContext& c) {
  DocumentDraft d;
  d.document.type_name = "Công văn";
  d.document.symbol = "UBND-" + c.input.field_code;
  d.document.number_symbol = std::to_string(c.number) + "/" + d.document.symbol;
  d.document.issuer = "Ủy ban nhân dân " + c.unit.name;
  d.document.summary = "V/v triển khai " + c.source.number_symbol;
  d.document.content_json = "{}";
  return d;
}

class TreeScopeUseCases : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"},
                                 {2, "ngo-quyen", "Phường Ngô Quyền", "phường", "commune"}})
                    .ok());
    Actor admin = Make("admin", "administrator", kNation, std::nullopt);
    for (auto [unit, code] :
         std::initializer_list<std::pair<int64_t, const char*>>{{kCity, "so-noi-vu"},
                                                                {kCity, "so-kh-cn"},
                                                                {kHanoi, "so-kh-cn-hn"},
                                                                {kWard, "vh-xh"},
                                                                {kWard, "doan-phuong"},
                                                                {kOtherWard, "ubnd-ngo-quyen"}}) {
      agency_[code] = CreateAgency(ctx_, admin, {unit, code, code}).value().id;
    }
    national_ = Make("bonoivu", "coordinator", kNation, std::nullopt);
    city_coordinator_ = Make("sonoivu", "coordinator", kCity, agency_["so-noi-vu"].value);
    city_leader_ = Make("chutich", "leader", kCity, std::nullopt);
    city_officer_ = Make("sokhcn", "agency_officer", kCity, agency_["so-kh-cn"].value);
    ward_coordinator_ = Make("vhxhphuong", "coordinator", kWard, agency_["vh-xh"].value);
    ward_leader_ = Make("chutichphuong", "leader", kWard, std::nullopt);
    ward_officer_ = Make("doanphuong", "agency_officer", kWard, agency_["doan-phuong"].value);
    hanoi_coordinator_ = Make("hanoi", "coordinator", kHanoi, std::nullopt);
    hanoi_officer_ = Make("hanoikhcn", "agency_officer", kHanoi, agency_["so-kh-cn-hn"].value);
    clock_.Set(At("2025-09-01T03:00:00Z"));
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(ctx_, username, role, unit, agency);
  }

  // A plan of `unit` numbered `number`, with one ongoing task per lead (none: a body named only).
  static ImportedDocumentInput Plan(int64_t unit, int64_t number,
                                    std::vector<std::optional<AgencyId>> leads) {
    ImportedDocumentInput in;
    in.unit = UnitId(unit);
    in.type_code = "KH";
    in.number = number;
    in.symbol = "KH-UBND";
    in.issuer = "Ủy ban nhân dân";
    in.issued_on = Date(2025, 8, 20);
    in.summary = "Kế hoạch hỗ trợ thanh niên khởi nghiệp số " + std::to_string(number);
    for (const auto& lead : leads) {
      ImportedTaskInput t;
      t.lead_agency = lead;
      t.lead_name = "Cơ quan chủ trì";
      t.content = "Hỗ trợ thanh niên khởi nghiệp";
      t.deadline = Deadline::Ongoing();
      in.tasks.push_back(std::move(t));
    }
    return in;
  }

  IssuedDocument Record(const Actor& who, const ImportedDocumentInput& in) {
    auto r = RecordImportedDocument(ctx_, who, in);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : IssuedDocument{};
  }

  size_t DocumentCount() { return ListDocuments(ctx_, national_, {}).value().size(); }
  size_t TaskCount() {
    return ReadValue<size_t>(
               store_,
               [](Tx& tx) -> Result<size_t> { return tx.tasks().ListInSubtree("/").size(); })
        .value();
  }

  static constexpr int64_t kNation = 1, kCity = 2, kHanoi = 3, kWard = 4, kOtherWard = 5;
  storage::MemoryStore store_;
  FixedClock clock_{At("2025-03-01T02:00:00Z")};
  Context ctx_{store_, clock_};
  std::map<std::string, AgencyId> agency_;
  Actor national_, city_coordinator_, city_leader_, city_officer_, ward_coordinator_, ward_leader_,
      ward_officer_, hanoi_coordinator_, hanoi_officer_;
};

// Issue 10: "a ward coordinator recorded a task led by a city department under a city task …
// and a ward user can record a 'national' document."
TEST_F(TreeScopeUseCases, AWardRecordsOnlyIntoItsRegisterAndAssignsOnlyItsBodies) {
  IssuedDocument city = Record(city_coordinator_, Plan(kCity, 10, {agency_["so-kh-cn"]}));
  IssuedDocument other_ward =
      Record(city_coordinator_, Plan(kOtherWard, 11, {agency_["ubnd-ngo-quyen"]}));
  size_t documents = DocumentCount(), tasks = TaskCount();

  // The nation's and the city's registers are not the ward's: 403 naming the register.
  for (int64_t unit : {kNation, kCity}) {
    auto r = RecordImportedDocument(ctx_, ward_coordinator_, Plan(unit, 20, {std::nullopt}));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().Is(ErrorCode::kForbidden));
    EXPECT_NE(r.error().message().find(unit == kCity ? "Hải Phòng" : "Việt Nam"), std::string::npos)
        << r.error().message();
  }
  // A city department as lead, a city department as the second coordinating body, a sibling
  // ward's task as parent: each named by its field, all in one answer.
  ImportedDocumentInput bad = Plan(kWard, 21, {agency_["so-kh-cn"], agency_["vh-xh"]});
  bad.tasks[1].coordinating = {{agency_["doan-phuong"], "Đoàn phường"},
                               {agency_["so-noi-vu"], "Sở Nội vụ"}};
  bad.tasks[1].parent = other_ward.tasks.at(0).id;
  auto r = RecordImportedDocument(ctx_, ward_coordinator_, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Fields(r.error()), (std::vector<std::string>{"tasks[0].lead_agency_id",
                                                         "tasks[1].coordinating[1].agency_id",
                                                         "tasks[1].parent_task_id"}));
  // Another province's body is out of scope for the city too.
  auto foreign =
      RecordImportedDocument(ctx_, city_coordinator_, Plan(kCity, 22, {agency_["so-kh-cn-hn"]}));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(Fields(foreign.error()), (std::vector<std::string>{"tasks[0].lead_agency_id"}));
  // …and a document from another line cannot be the one it implements.
  ImportedDocumentInput stray = Plan(kWard, 23, {agency_["vh-xh"]});
  stray.relays = other_ward.document.id;
  EXPECT_EQ(Fields(RecordImportedDocument(ctx_, ward_coordinator_, stray).error()),
            (std::vector<std::string>{"relays_document_id"}));
  // Under the city's task only as the ward's document implementing the city's, as a relay.
  ImportedDocumentInput unrelated = Plan(kWard, 24, {agency_["vh-xh"]});
  unrelated.tasks[0].parent = city.tasks.at(0).id;
  EXPECT_EQ(Fields(RecordImportedDocument(ctx_, ward_coordinator_, unrelated).error()),
            (std::vector<std::string>{"tasks[0].parent_task_id"}));
  unrelated.relays = other_ward.document.id;
  EXPECT_EQ(Fields(RecordImportedDocument(ctx_, ward_coordinator_, unrelated).error()),
            (std::vector<std::string>{"relays_document_id", "tasks[0].parent_task_id"}));
  EXPECT_EQ(DocumentCount(), documents) << "nothing half-written";
  EXPECT_EQ(TaskCount(), tasks);

  // The legitimate ward flow: its own bodies, under the city's task that came down to it.
  ImportedDocumentInput good = Plan(kWard, 21, {agency_["vh-xh"]});
  good.tasks[0].coordinating = {{agency_["doan-phuong"], "Đoàn phường"}};
  good.tasks[0].parent = city.tasks.at(0).id;
  good.relays = city.document.id;
  IssuedDocument ward = Record(ward_coordinator_, good);
  ASSERT_EQ(ward.tasks.size(), 1u);
  EXPECT_EQ(ward.tasks[0].parent, city.tasks[0].id);
}

// "A ward may record a Government notice it received": in its own register, as its record,
// which neither stops the nation from keeping its copy nor puts anything on the nation's level.
TEST_F(TreeScopeUseCases, ANoticeReceivedFromAboveIsTheReceiversRecord) {
  ImportedDocumentInput notice = Plan(kWard, 158, {std::nullopt});
  notice.symbol = "TB-VPCP";
  notice.issuer = "Văn phòng Chính phủ";
  IssuedDocument ward_copy = Record(ward_coordinator_, notice);
  EXPECT_EQ(ward_copy.document.unit_path, "/1/2/4/");
  EXPECT_EQ(ward_copy.tasks.at(0).unit_path, "/1/2/4/") << "its tasks sit at the ward";
  notice.unit = UnitId(kNation);
  IssuedDocument national_copy = Record(national_, notice);
  EXPECT_EQ(national_copy.document.number_symbol, "158/TB-VPCP");
  // Twice in the same register is still the same document.
  notice.unit = UnitId(kWard);
  EXPECT_TRUE(
      RecordImportedDocument(ctx_, ward_coordinator_, notice).error().Is(ErrorCode::kConflict));
  // Another province sees the nation's copy, not the ward's.
  auto seen = ListDocuments(ctx_, hanoi_coordinator_, {}).value();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].id, national_copy.document.id);
}

TEST_F(TreeScopeUseCases, RelayAndSplitApplyTheSameRule) {
  IssuedDocument city = Record(city_coordinator_, Plan(kCity, 30, {agency_["so-kh-cn"]}));
  // The city's officer splits its task for the other ward: a sub-task of the same document.
  SubtaskInput sub{agency_["ubnd-ngo-quyen"], {}, "Khảo sát nhu cầu", Deadline::Ongoing()};
  auto other_ward_task = SplitTask(ctx_, city_officer_, city.tasks.at(0).id, sub);
  ASSERT_TRUE(other_ward_task.ok()) << other_ward_task.error().message();
  size_t tasks = TaskCount();

  // Sub-task coordinating agencies too: another province's body, refused by its index.
  sub.lead = agency_["vh-xh"];
  sub.coordinating = {agency_["doan-phuong"], agency_["so-kh-cn-hn"]};
  auto split = SplitTask(ctx_, city_officer_, city.tasks.at(0).id, sub);
  ASSERT_FALSE(split.ok());
  EXPECT_EQ(Fields(split.error()), (std::vector<std::string>{"coordinating_agency_ids[1]"}));
  // A ward splitting its own task cannot bring in a city department, as lead or coordinating.
  sub.coordinating = {agency_["doan-phuong"]};
  auto ward_task = SplitTask(ctx_, city_officer_, city.tasks.at(0).id, sub);
  ASSERT_TRUE(ward_task.ok()) << ward_task.error().message();
  tasks = TaskCount();
  SubtaskInput upward{agency_["so-noi-vu"], {agency_["so-kh-cn"]}, "Giao ngược lên", {}};
  upward.deadline = Deadline::Ongoing();
  auto up = SplitTask(ctx_, ward_coordinator_, ward_task->id, upward);
  ASSERT_FALSE(up.ok());
  EXPECT_EQ(Fields(up.error()),
            (std::vector<std::string>{"lead_agency_id", "coordinating_agency_ids[0]"}));

  // The ward relays the city's plan: a task of the plan the other ward was given is not its
  // to carry out, though it belongs to the relayed document.
  RelayInput relay;
  relay.unit = UnitId(kWard);
  relay.signer_name = "Phạm Quang Huy";
  relay.field_code = "VHXH";
  relay.monitor = agency_["vh-xh"];
  relay.items.push_back({other_ward_task->id,
                         agency_["doan-phuong"],
                         {},
                         "Tuyên truyền",
                         Deadline::Ongoing(),
                         false});
  relay.items.push_back({city.tasks.at(0).id,
                         agency_["doan-phuong"],
                         {agency_["so-noi-vu"]},
                         "Tuyên truyền",
                         Deadline::Ongoing(),
                         false});
  auto refused = RelayDocument(ctx_, ward_leader_, city.document.id, relay, PlainLetter);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(
      Fields(refused.error()),
      (std::vector<std::string>{"items[0].parent_task_id", "items[1].coordinating_agency_ids[0]"}));
  EXPECT_EQ(TaskCount(), tasks) << "nothing half-written";
  relay.items[0].parent = city.tasks.at(0).id;
  relay.items[1].coordinating = {agency_["vh-xh"]};
  auto letter = RelayDocument(ctx_, ward_leader_, city.document.id, relay, PlainLetter);
  ASSERT_TRUE(letter.ok()) << letter.error().message();
  EXPECT_EQ(letter->tasks.size(), 2u);
}

// "The document-read rule already drifted between document_queries.cc and staff_search.cc":
// for every reader, the documents listed are exactly those staff search finds.
TEST_F(TreeScopeUseCases, ListingAndStaffSearchReadDocumentsAlike) {
  Record(national_, Plan(kNation, 1, {std::nullopt}));
  Record(city_coordinator_, Plan(kCity, 2, {agency_["so-noi-vu"]}));
  Record(ward_coordinator_, Plan(kWard, 3, {agency_["vh-xh"]}));
  Record(city_coordinator_, Plan(kOtherWard, 4, {agency_["ubnd-ngo-quyen"]}));
  Record(hanoi_coordinator_, Plan(kHanoi, 5, {agency_["so-kh-cn-hn"]}));
  StaffSearchService search(ctx_, 0);
  const std::pair<const char*, const Actor*> readers[] = {
      {"national coordinator", &national_}, {"city coordinator", &city_coordinator_},
      {"city officer", &city_officer_},     {"ward coordinator", &ward_coordinator_},
      {"ward officer", &ward_officer_},     {"hanoi officer", &hanoi_officer_},
  };
  for (const auto& [name, actor] : readers) {
    SCOPED_TRACE(name);
    std::set<int64_t> listed, found;
    std::vector<Document> documents = ListDocuments(ctx_, *actor, {}).value();
    for (const auto& d : documents) listed.insert(d.id.value);
    StaffSearchInput in;
    in.q = "kế hoạch khởi nghiệp";
    in.kind = text::DocKind::kDocument;
    in.limit = 50;
    auto page = search.Search(*actor, in);
    ASSERT_TRUE(page.ok()) << page.error().message();
    for (const auto& item : page->items) found.insert(*item.document);
    EXPECT_EQ(found, listed);
    EXPECT_FALSE(listed.empty()) << "everyone reads at least the nation's plan";
  }
  // The officer of a city department reads the nation's and the city's plans with no task of
  // its own (what comes down to its unit), not the wards'.
  EXPECT_EQ(ListDocuments(ctx_, city_officer_, {}).value().size(), 2u);
}

}  // namespace
}  // namespace doithoai
