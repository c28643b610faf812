// The storage suite (see storage_suite.h). Every test names the clause of app/ports.h it
// checks. "Pinned:" marks a detail ports.h leaves open, fixed here so that every backend
// behaves alike. In short:
//  - errors: a missing record a write addresses (Update of an unknown id, SetGrants for an
//    unknown user, Save for an unknown issue) is kNotFound; a missing record a write refers
//    to (a unit's parent, a grant's unit) is kInvalid naming the field ("parent_id",
//    "grants"); repository writes inside Read are kInternal, and Read still returns what
//    the work returns; a failed repository call leaves the transaction usable;
//  - ids start at 1 per table; audit ids too, and "newest first" means latest appended;
//  - ties: children and agencies of the same name by id; milestones of the same day by
//    id; dialogues of the same day newest id first; ListByDialogue of answers by issue id;
//  - order kept as given: grants (SetGrants) and an issue's coordinating agencies;
//  - User Update keeps created_at; deleting a missing session succeeds; Count ignores
//    limit and offset; the audit's entity_id filter applies only with an entity.
#include "storage_suite/storage_suite.h"

#include <stdlib.h>  // mkdtemp

#include <atomic>
#include <set>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <type_traits>

#include "domain/question/tracking_code.h"
#include "text/normalize.h"

namespace doithoai {

// Printers so that failures show ids, dates and instants, not bytes.
template <class Tag>
static void PrintTo(const Id<Tag>& id, std::ostream* os) {
  *os << "#" << id.value;
}
static void PrintTo(const Date& date, std::ostream* os) { *os << date.ToIso(); }
static void PrintTo(const Instant& at, std::ostream* os) { *os << at.ToIso(); }

void PrintTo(const StoreFactory& factory, std::ostream* os) { *os << factory.name; }

std::string StoreFactoryName(const ::testing::TestParamInfo<StoreFactory>& info) {
  return info.param.name;
}

int StorageSuiteLinkAnchor() { return 0; }

void StorageSuite::SetUp() {
  std::string dir =
      (std::filesystem::path(::testing::TempDir()) / "doithoai-storage-XXXXXX").string();
  ASSERT_NE(mkdtemp(dir.data()), nullptr) << "cannot create a directory like " << dir;
  dir_ = dir;
  store_ = GetParam().make(dir_.string());
  ASSERT_NE(store_, nullptr);
}

void StorageSuite::TearDown() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void StorageSuite::Reopen() {
  store_.reset();
  store_ = GetParam().make(dir_.string());
  ASSERT_NE(store_, nullptr);
}

namespace {

// ---- Running work -------------------------------------------------------------------------

std::string Describe(const Error& e) {
  return std::string(ErrorCodeName(e.code())) + ": " + e.message();
}

// Unexpected failures throw, which GoogleTest reports as a failure of the test.
void Check(const Status& s) {
  if (!s.ok()) throw std::runtime_error(Describe(s.error()));
}

template <class T>
T Unwrap(Result<T> r) {
  if (!r.ok()) throw std::runtime_error(Describe(r.error()));
  return std::move(r).value();
}

template <class R>
struct ValueOf;
template <class T>
struct ValueOf<Result<T>> {
  using type = T;
};

// Commits one Write whose `work` returns a Result<T>, and gives back the T.
template <class F>
auto Put(Store& store, F&& work) {
  using T = typename ValueOf<std::invoke_result_t<F&, Tx&>>::type;
  return Unwrap(WriteValue<T>(store, work));
}

// Commits one Write whose `work` returns a Status.
template <class F>
void Commit(Store& store, F&& work) {
  Check(store.Write(work));
}

// The value `read` computes inside one Read.
template <class F>
auto Get(Store& store, F&& read) {
  using T = std::invoke_result_t<F&, Tx&>;
  std::optional<T> out;
  Check(store.Read([&](Tx& tx) -> Status {
    out.emplace(read(tx));
    return Ok();
  }));
  return std::move(*out);
}

// The error of a Write whose `work` returns a failed Result or Status. Throws if it committed.
template <class F>
Error WriteError(Store& store, F&& work) {
  Status s = store.Write([&](Tx& tx) -> Status {
    auto r = work(tx);
    if (!r.ok()) return std::move(r).error();
    return Ok();
  });
  if (s.ok()) throw std::runtime_error("the write was expected to fail, but it committed");
  return std::move(s).error();
}

void ExpectConflictOn(const Error& e, const std::string& field) {
  EXPECT_EQ(e.code(), ErrorCode::kConflict) << Describe(e);
  bool named = false;
  for (const auto& f : e.fields()) named = named || f.field == field;
  EXPECT_TRUE(named) << "the conflict should name field \"" << field << "\": " << Describe(e);
}

// ---- Records ------------------------------------------------------------------------------

const Instant kMorning{1741766400};  // 2025-03-12T08:00:00Z
Instant At(int64_t seconds_after_morning) {
  return Instant{kMorning.unix_seconds + seconds_after_morning};
}
std::string Code(int64_t n) { return FormatLegacyTrackingCode(Date(2025, 3, 12), n); }

Unit MakeUnit(std::string code, std::string name, UnitLevel level, std::optional<UnitId> parent) {
  Unit u;
  u.code = std::move(code);
  u.name = std::move(name);
  u.level = level;
  u.kind = level == UnitLevel::kNation     ? "quốc gia"
           : level == UnitLevel::kProvince ? "thành phố"
           : level == UnitLevel::kCommune  ? "phường"
                                           : "tổ dân phố";
  u.parent = parent;
  return u;
}

Agency MakeAgency(UnitId unit, std::string code, std::string name) {
  Agency a;
  a.unit = unit;
  a.code = std::move(code);
  a.name = std::move(name);
  return a;
}

User MakeUser(std::string username, std::string display_name) {
  User u;
  u.username = std::move(username);
  u.display_name = std::move(display_name);
  u.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
  u.created_at = kMorning;
  return u;
}

Session MakeSession(std::string token_hash, UserId user) {
  Session s;
  s.token_hash = std::move(token_hash);
  s.user = user;
  s.csrf_token = "csrf-" + s.token_hash;
  s.created_at = kMorning;
  s.expires_at = At(8 * 3600);
  return s;
}

Dialogue MakeDialogue(UnitId unit, Date held_on) {
  Dialogue d;
  d.unit = unit;
  d.year = held_on.year();
  d.title =
      "Đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm " + std::to_string(held_on.year());
  d.theme = "Thanh niên thành phố tiên phong trong chuyển đổi số";
  d.summary = "Mục đích: lắng nghe ý kiến của thanh niên.\nThành phần: 300 đại biểu.";
  d.chair = "Chủ tịch UBND thành phố";
  d.venue = "Cung Văn hoá Lao động hữu nghị Việt – Tiệp";
  d.held_on = held_on;
  return d;
}

Milestone MakeMilestone(DialogueId dialogue, std::string title, Date due_on) {
  Milestone m;
  m.dialogue = dialogue;
  m.title = std::move(title);
  m.due_on = due_on;
  return m;
}

Question MakeQuestion(DialogueId dialogue, std::string tracking_code) {
  Question q;
  q.dialogue = dialogue;
  q.tracking_code = std::move(tracking_code);
  q.text = "Thành phố có chính sách gì hỗ trợ thanh niên khởi nghiệp đổi mới sáng tạo?";
  q.submitted_at = kMorning;
  return q;
}

Issue MakeIssue(DialogueId dialogue, std::string title) {
  Issue i;
  i.dialogue = dialogue;
  i.title = std::move(title);
  i.created_at = kMorning;
  return i;
}

Answer MakeAnswer(IssueId issue, AgencyId agency, UserId drafted_by, AnswerStatus status) {
  Answer a;
  a.issue = issue;
  a.agency = agency;
  a.body = "Sở Khoa học và Công nghệ trả lời: thành phố đã có chương trình hỗ trợ khởi nghiệp.";
  a.status = status;
  a.drafted_by = drafted_by;
  return a;
}

AuditEntry MakeEntry(std::string entity, int64_t entity_id, std::string action) {
  AuditEntry e;
  e.at = kMorning;
  e.user = UserId(1);
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.after_json = R"({"ghi_chú":"đã xử lý"})";
  return e;
}

// The records most tests need: a small tree, three agencies of the city, two users, and two
// dialogues (one hosted by the city, one by a ward).
struct World {
  Unit nation, city, ward;
  Agency noi_vu, khcn, thanh_doan;
  User coordinator, officer;
  Dialogue dialogue, other;
};

World Seed(Store& store) {
  return Put(store, [](Tx& tx) -> Result<World> {
    World w;
    DT_ASSIGN_OR_RETURN(w.nation,
                        tx.units().Insert(MakeUnit("vn", "Việt Nam", UnitLevel::kNation, {})));
    DT_ASSIGN_OR_RETURN(w.city, tx.units().Insert(MakeUnit("hai-phong", "Thành phố Hải Phòng",
                                                           UnitLevel::kProvince, w.nation.id)));
    DT_ASSIGN_OR_RETURN(w.ward, tx.units().Insert(MakeUnit("11359", "Phường Hồng Bàng",
                                                           UnitLevel::kCommune, w.city.id)));
    DT_ASSIGN_OR_RETURN(w.noi_vu,
                        tx.agencies().Insert(MakeAgency(w.city.id, "so-noi-vu", "Sở Nội vụ")));
    DT_ASSIGN_OR_RETURN(
        w.khcn, tx.agencies().Insert(MakeAgency(w.city.id, "so-khcn", "Sở Khoa học và Công nghệ")));
    DT_ASSIGN_OR_RETURN(w.thanh_doan, tx.agencies().Insert(MakeAgency(w.city.id, "thanh-doan",
                                                                      "Thành đoàn Hải Phòng")));
    DT_ASSIGN_OR_RETURN(w.coordinator,
                        tx.users().Insert(MakeUser("coordinator", "Nguyễn Thị Hương")));
    DT_ASSIGN_OR_RETURN(w.officer, tx.users().Insert(MakeUser("officer", "Trần Văn Đức")));
    DT_ASSIGN_OR_RETURN(w.dialogue,
                        tx.dialogues().Insert(MakeDialogue(w.city.id, Date(2025, 3, 26))));
    DT_ASSIGN_OR_RETURN(w.other, tx.dialogues().Insert(MakeDialogue(w.ward.id, Date(2025, 4, 10))));
    return w;
  });
}

// ---- Comparing records, field by field -----------------------------------------------------

void ExpectSame(const Unit& a, const Unit& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.parent, b.parent);
  EXPECT_EQ(a.path, b.path);
}

void ExpectSame(const Agency& a, const Agency& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.active, b.active);
}

void ExpectSame(const User& a, const User& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.username, b.username);
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.password_hash, b.password_hash);
  EXPECT_EQ(a.active, b.active);
  EXPECT_EQ(a.created_at, b.created_at);
}

void ExpectSame(const RoleGrant& a, const RoleGrant& b) {
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.unit_path, b.unit_path);
}

void ExpectSame(const Session& a, const Session& b) {
  EXPECT_EQ(a.token_hash, b.token_hash);
  EXPECT_EQ(a.user, b.user);
  EXPECT_EQ(a.csrf_token, b.csrf_token);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.expires_at, b.expires_at);
}

void ExpectSame(const Dialogue& a, const Dialogue& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.coordinator_agency, b.coordinator_agency);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.theme, b.theme);
  EXPECT_EQ(a.summary, b.summary);
  EXPECT_EQ(a.chair, b.chair);
  EXPECT_EQ(a.form, b.form);
  EXPECT_EQ(a.venue, b.venue);
  EXPECT_EQ(a.held_on, b.held_on);
  EXPECT_EQ(a.plan_published_on, b.plan_published_on);
  EXPECT_EQ(a.conclusion_issued_on, b.conclusion_issued_on);
  EXPECT_EQ(a.complex, b.complex);
  EXPECT_EQ(a.intake_open, b.intake_open);
  EXPECT_EQ(a.intake_closes_on, b.intake_closes_on);
}

void ExpectSame(const Milestone& a, const Milestone& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.dialogue, b.dialogue);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.due_on, b.due_on);
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.done_on, b.done_on);
}

void ExpectSame(const Question& a, const Question& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.dialogue, b.dialogue);
  EXPECT_EQ(a.tracking_code, b.tracking_code);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.age, b.age);
  EXPECT_EQ(a.asker_name, b.asker_name);
  EXPECT_EQ(a.asker_contact, b.asker_contact);
  EXPECT_EQ(a.asker_unit, b.asker_unit);
  EXPECT_EQ(a.channel, b.channel);
  EXPECT_EQ(a.batch, b.batch);
  EXPECT_EQ(a.branch, b.branch);
  EXPECT_EQ(a.represents, b.represents);
  EXPECT_EQ(a.submitted_at, b.submitted_at);
  EXPECT_EQ(a.screening, b.screening);
  EXPECT_EQ(a.screening_note, b.screening_note);
  EXPECT_EQ(a.duplicate_of, b.duplicate_of);
  EXPECT_EQ(a.issue, b.issue);
}

void ExpectSame(const Issue& a, const Issue& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.dialogue, b.dialogue);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.lead_agency, b.lead_agency);
  EXPECT_EQ(a.coordinating, b.coordinating);
  EXPECT_EQ(a.answer_due_on, b.answer_due_on);
  EXPECT_EQ(a.routed_at, b.routed_at);
  EXPECT_EQ(a.created_at, b.created_at);
}

void ExpectSame(const Answer& a, const Answer& b) {
  EXPECT_EQ(a.issue, b.issue);
  EXPECT_EQ(a.agency, b.agency);
  EXPECT_EQ(a.body, b.body);
  EXPECT_EQ(a.timing, b.timing);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.drafted_by, b.drafted_by);
  EXPECT_EQ(a.submitted_at, b.submitted_at);
  EXPECT_EQ(a.decided_by, b.decided_by);
  EXPECT_EQ(a.decided_at, b.decided_at);
  EXPECT_EQ(a.return_reason, b.return_reason);
  EXPECT_EQ(a.published_at, b.published_at);
}

void ExpectSame(const AuditEntry& a, const AuditEntry& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.at, b.at);
  EXPECT_EQ(a.user, b.user);
  EXPECT_EQ(a.action, b.action);
  EXPECT_EQ(a.entity, b.entity);
  EXPECT_EQ(a.entity_id, b.entity_id);
  EXPECT_EQ(a.before_json, b.before_json);
  EXPECT_EQ(a.after_json, b.after_json);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.area, b.area);
}

template <class T>
void ExpectSame(const std::optional<T>& found, const T& expected) {
  ASSERT_TRUE(found.has_value());
  ExpectSame(*found, expected);
}

template <class T>
void ExpectSame(const std::vector<T>& found, const std::vector<T>& expected) {
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE("element " + std::to_string(i));
    ExpectSame(found[i], expected[i]);
  }
}

// Ids of records, in the order given, to compare orderings at a glance.
template <class T>
std::vector<int64_t> Ids(const std::vector<T>& rows) {
  std::vector<int64_t> out;
  for (const auto& r : rows) out.push_back(r.id.value);
  return out;
}

std::vector<int64_t> IssueIds(const std::vector<Answer>& answers) {
  std::vector<int64_t> out;
  for (const auto& a : answers) out.push_back(a.issue.value);
  return out;
}

std::vector<std::string> Names(const std::vector<Unit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.name);
  return out;
}

QuestionFilter Everything() {
  QuestionFilter f;
  f.limit = 1'000'000;
  return f;
}

}  // namespace

// ---- Units --------------------------------------------------------------------------------

TEST_P(StorageSuite, UnitInsertAssignsIdsFromOneAndPathFromTheParent) {
  // ports.h: "Assigns id and path (from the parent's path)"; unit.h: "/<root id>/…/<own id>/".
  Unit nation = Put(store(), [](Tx& tx) {
    return tx.units().Insert(MakeUnit("vn", "Việt Nam", UnitLevel::kNation, {}));
  });
  EXPECT_EQ(nation.id, UnitId(1));
  EXPECT_EQ(nation.path, "/1/");
  Unit city = Put(store(), [&](Tx& tx) {
    return tx.units().Insert(
        MakeUnit("hai-phong", "Thành phố Hải Phòng", UnitLevel::kProvince, nation.id));
  });
  EXPECT_EQ(city.id, UnitId(2));
  EXPECT_EQ(city.path, "/1/2/");
  Unit ward = Put(store(), [&](Tx& tx) {
    return tx.units().Insert(MakeUnit("11359", "Phường Hồng Bàng", UnitLevel::kCommune, city.id));
  });
  EXPECT_EQ(ward.path, "/1/2/3/");
  Unit other_root = Put(store(), [&](Tx& tx) {
    return tx.units().Insert(MakeUnit("lao", "Lào", UnitLevel::kNation, {}));
  });
  EXPECT_EQ(other_root.path, "/4/");
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.units().Find(ward.id); }), ward);
}

TEST_P(StorageSuite, UnitRoundTripsEveryFieldOfEveryLevel) {
  const std::string name = "Tổ dân phố số 7, phường Hồng Bàng";
  ASSERT_EQ(text::ToNfc(name), name);
  std::vector<Unit> inserted = Put(store(), [&](Tx& tx) -> Result<std::vector<Unit>> {
    std::vector<Unit> out;
    std::optional<UnitId> parent;
    for (auto level : {UnitLevel::kNation, UnitLevel::kProvince, UnitLevel::kCommune,
                       UnitLevel::kResidentialGroup}) {
      DT_ASSIGN_OR_RETURN(Unit u,
                          tx.units().Insert(MakeUnit(UnitLevelName(level), name, level, parent)));
      parent = u.id;
      out.push_back(u);
    }
    return out;
  });
  for (const Unit& u : inserted) {
    SCOPED_TRACE(u.code);
    ExpectSame(Get(store(), [&](Tx& tx) { return tx.units().Find(u.id); }), u);
    ExpectSame(Get(store(), [&](Tx& tx) { return tx.units().FindByCode(u.code); }), u);
    EXPECT_EQ(u.name, name);
  }
  EXPECT_EQ(inserted[0].kind, "quốc gia");
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.units().Count(); }), 4);
}

TEST_P(StorageSuite, UnitDuplicateCodeIsAConflictNamingCode) {
  // ports.h: "Conflict on a duplicate code."
  Put(store(), [](Tx& tx) {
    return tx.units().Insert(
        MakeUnit("hai-phong", "Thành phố Hải Phòng", UnitLevel::kProvince, {}));
  });
  Error e = WriteError(store(), [](Tx& tx) {
    return tx.units().Insert(MakeUnit("hai-phong", "Hải Phòng", UnitLevel::kProvince, {}));
  });
  ExpectConflictOn(e, "code");
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.units().Count(); }), 1);
}

TEST_P(StorageSuite, UnitWithAnUnknownParentIsInvalidNamingParentId) {
  // Pinned: the parent must exist, since the path is built from it. A missing record that a
  // write refers to is kInvalid naming the field (a missing record it addresses is
  // kNotFound).
  Error e = WriteError(store(), [](Tx& tx) {
    return tx.units().Insert(MakeUnit("x", "Xã Tân Lập", UnitLevel::kCommune, UnitId(99)));
  });
  EXPECT_EQ(e.code(), ErrorCode::kInvalid) << Describe(e);
  ASSERT_FALSE(e.fields().empty());
  EXPECT_EQ(e.fields()[0].field, "parent_id");
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.units().Count(); }), 0);
}

TEST_P(StorageSuite, UnitChildrenAreOrderedByNameInNfcByteOrder) {
  // ports.h: "Children of `parent`, or the roots when nullopt; ordered by name (NFC byte
  // order)". Byte order is not Vietnamese alphabetical order: "Huế" (u = 0x75) comes before
  // "Hà Nội" (à = 0xC3 0xA0). Pinned: equal names come by id.
  World w = Seed(store());
  std::vector<UnitId> twins = Put(store(), [&](Tx& tx) -> Result<std::vector<UnitId>> {
    for (const char* name : {"Tỉnh Bắc Ninh", "Thành phố Hà Nội", "Thành phố Huế"}) {
      DT_RETURN_IF_ERROR(
          tx.units().Insert(MakeUnit(name, name, UnitLevel::kProvince, w.nation.id)));
    }
    DT_ASSIGN_OR_RETURN(Unit a, tx.units().Insert(MakeUnit("tan-lap-1", "Xã Tân Lập",
                                                           UnitLevel::kCommune, w.city.id)));
    DT_ASSIGN_OR_RETURN(Unit b, tx.units().Insert(MakeUnit("tan-lap-2", "Xã Tân Lập",
                                                           UnitLevel::kCommune, w.city.id)));
    DT_RETURN_IF_ERROR(
        tx.units().Insert(MakeUnit("an-bien", "Phường An Biên", UnitLevel::kCommune, w.city.id)));
    DT_RETURN_IF_ERROR(tx.units().Insert(MakeUnit("laos", "Lào", UnitLevel::kNation, {})));
    return std::vector<UnitId>{a.id, b.id};
  });
  EXPECT_EQ(Names(Get(store(), [&](Tx& tx) { return tx.units().Children(w.nation.id); })),
            (std::vector<std::string>{"Thành phố Huế", "Thành phố Hà Nội", "Thành phố Hải Phòng",
                                      "Tỉnh Bắc Ninh"}));
  std::vector<Unit> wards = Get(store(), [&](Tx& tx) { return tx.units().Children(w.city.id); });
  EXPECT_EQ(Names(wards), (std::vector<std::string>{"Phường An Biên", "Phường Hồng Bàng",
                                                    "Xã Tân Lập", "Xã Tân Lập"}));
  ASSERT_EQ(wards.size(), 4u);
  EXPECT_EQ(wards[2].id, twins[0]);
  EXPECT_EQ(wards[3].id, twins[1]);
  EXPECT_EQ(Names(Get(store(), [](Tx& tx) { return tx.units().Children(std::nullopt); })),
            (std::vector<std::string>{"Lào", "Việt Nam"}));
  EXPECT_TRUE(Get(store(), [&](Tx& tx) { return tx.units().Children(w.ward.id); }).empty());
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.units().Count(); }), 10);
}

// ---- Agencies -----------------------------------------------------------------------------

TEST_P(StorageSuite, AgencyRoundTripsAndUpdates) {
  World w = Seed(store());
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.agencies().Find(w.khcn.id); }), w.khcn);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.agencies().FindByCode(w.city.id, "so-khcn"); }),
             w.khcn);
  Agency renamed = w.khcn;
  renamed.code = "so-kh-cn";
  renamed.name = "Sở Khoa học, Công nghệ và Đổi mới sáng tạo";
  renamed.active = false;
  Commit(store(), [&](Tx& tx) { return tx.agencies().Update(renamed); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.agencies().Find(w.khcn.id); }), renamed);
  EXPECT_FALSE(
      Get(store(), [&](Tx& tx) { return tx.agencies().FindByCode(w.city.id, "so-khcn"); }));
  EXPECT_FALSE(
      Get(store(), [&](Tx& tx) { return tx.agencies().FindByCode(w.ward.id, "so-kh-cn"); }));
}

TEST_P(StorageSuite, AgencyCodeIsUniqueWithinItsUnitOnly) {
  // ports.h: "Conflict when (unit, code) exists."
  World w = Seed(store());
  Agency ward_union = Put(store(), [&](Tx& tx) {
    return tx.agencies().Insert(MakeAgency(w.ward.id, "thanh-doan", "Đoàn phường Hồng Bàng"));
  });
  EXPECT_EQ(ward_union.unit, w.ward.id);
  ExpectConflictOn(
      WriteError(store(),
                 [&](Tx& tx) {
                   return tx.agencies().Insert(MakeAgency(w.city.id, "thanh-doan", "Thành đoàn"));
                 }),
      "code");
  Agency clash = w.noi_vu;
  clash.code = "so-khcn";
  ExpectConflictOn(WriteError(store(), [&](Tx& tx) { return tx.agencies().Update(clash); }),
                   "code");
  Agency moved = ward_union;  // moving into the city, where its code is taken
  moved.unit = w.city.id;
  ExpectConflictOn(WriteError(store(), [&](Tx& tx) { return tx.agencies().Update(moved); }),
                   "code");
  Agency same = w.noi_vu;  // keeping its own code is no conflict
  same.name = "Sở Nội vụ thành phố Hải Phòng";
  Commit(store(), [&](Tx& tx) { return tx.agencies().Update(same); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.agencies().Find(w.noi_vu.id); }), same);
}

TEST_P(StorageSuite, AgencyListByUnitIsOrderedByName) {
  // ports.h: "ordered by name".
  World w = Seed(store());
  Put(store(), [&](Tx& tx) -> Result<bool> {
    DT_RETURN_IF_ERROR(
        tx.agencies().Insert(MakeAgency(w.city.id, "ubnd", "Ủy ban nhân dân thành phố")));
    DT_RETURN_IF_ERROR(tx.agencies().Insert(MakeAgency(w.city.id, "ca", "Công an thành phố")));
    DT_RETURN_IF_ERROR(
        tx.agencies().Insert(MakeAgency(w.ward.id, "ubnd", "UBND phường Hồng Bàng")));
    return true;
  });
  std::vector<Agency> city =
      Get(store(), [&](Tx& tx) { return tx.agencies().ListByUnit(w.city.id); });
  std::vector<std::string> names;
  for (const auto& a : city) names.push_back(a.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"Công an thành phố", "Sở Khoa học và Công nghệ", "Sở Nội vụ",
                                      "Thành đoàn Hải Phòng", "Ủy ban nhân dân thành phố"}));
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.agencies().ListByUnit(w.ward.id); }).size(), 1u);
  EXPECT_TRUE(Get(store(), [&](Tx& tx) { return tx.agencies().ListByUnit(w.nation.id); }).empty());
}

// ---- Users, grants, sessions --------------------------------------------------------------

TEST_P(StorageSuite, UserRoundTripsAndUpdatesAllButCreatedAt) {
  // Pinned: Update changes every field but created_at, which Insert set once.
  World w = Seed(store());
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Find(w.officer.id); }), w.officer);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().FindByUsername("officer"); }), w.officer);
  User changed = w.officer;
  changed.username = "tvduc";
  changed.display_name = "Trần Văn Đức (Sở KH&CN)";
  changed.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$bmV3c2FsdA$bmV3aGFzaA";
  changed.active = false;
  changed.created_at = At(-86400);
  Commit(store(), [&](Tx& tx) { return tx.users().Update(changed); });
  changed.created_at = w.officer.created_at;
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Find(w.officer.id); }), changed);
  EXPECT_FALSE(Get(store(), [&](Tx& tx) { return tx.users().FindByUsername("officer"); }));
}

TEST_P(StorageSuite, UserDuplicateUsernameIsAConflictNamingUsername) {
  // ports.h: "conflict on a duplicate username".
  World w = Seed(store());
  ExpectConflictOn(
      WriteError(store(),
                 [](Tx& tx) { return tx.users().Insert(MakeUser("officer", "Người khác")); }),
      "username");
  User clash = w.officer;
  clash.username = "coordinator";
  ExpectConflictOn(WriteError(store(), [&](Tx& tx) { return tx.users().Update(clash); }),
                   "username");
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.users().List(); }).size(), 2u);
}

TEST_P(StorageSuite, UserListIsOrderedByUsername) {
  World w = Seed(store());
  Put(store(), [](Tx& tx) -> Result<bool> {
    DT_RETURN_IF_ERROR(tx.users().Insert(MakeUser("zalo.admin", "Quản trị")));
    DT_RETURN_IF_ERROR(tx.users().Insert(MakeUser("admin", "Quản trị viên")));
    return true;
  });
  std::vector<User> users = Get(store(), [](Tx& tx) { return tx.users().List(); });
  std::vector<std::string> names;
  for (const auto& u : users) names.push_back(u.username);
  EXPECT_EQ(names, (std::vector<std::string>{"admin", "coordinator", "officer", "zalo.admin"}));
  ExpectSame(users[2], w.officer);
}

TEST_P(StorageSuite, UserGrantsComeBackWithTheUnitPathInTheOrderSet) {
  // ports.h: "Grants come back with unit_path filled from the unit." Pinned: SetGrants
  // replaces every grant and the order given is kept; the unit_path passed in is ignored.
  World w = Seed(store());
  std::vector<RoleGrant> grants = {
      {Role::kCoordinator, w.city.id, std::nullopt, "/bogus/"},
      {Role::kAgencyOfficer, w.city.id, w.khcn.id, ""},
      {Role::kAdministrator, w.nation.id, std::nullopt, ""},
      {Role::kYouthUnion, w.ward.id, std::nullopt, ""},
      {Role::kLeader, w.city.id, std::nullopt, ""},
  };
  Commit(store(), [&](Tx& tx) { return tx.users().SetGrants(w.coordinator.id, grants); });
  std::vector<RoleGrant> expected = grants;
  expected[0].unit_path = w.city.path;
  expected[1].unit_path = w.city.path;
  expected[2].unit_path = w.nation.path;
  expected[3].unit_path = w.ward.path;
  expected[4].unit_path = w.city.path;
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.coordinator.id); }), expected);
  EXPECT_TRUE(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.officer.id); }).empty());

  std::vector<RoleGrant> officer = {{Role::kAgencyOfficer, w.city.id, w.khcn.id, ""}};
  Commit(store(), [&](Tx& tx) { return tx.users().SetGrants(w.officer.id, officer); });
  Commit(store(), [&](Tx& tx) { return tx.users().SetGrants(w.coordinator.id, {expected[4]}); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.coordinator.id); }),
             std::vector<RoleGrant>{expected[4]});
  officer[0].unit_path = w.city.path;
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.officer.id); }), officer);
  Commit(store(), [&](Tx& tx) { return tx.users().SetGrants(w.coordinator.id, {}); });
  EXPECT_TRUE(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.coordinator.id); }).empty());
}

TEST_P(StorageSuite, UserGrantsNeedAnExistingUserAndUnits) {
  // Pinned: SetGrants for an unknown user is kNotFound; naming an unknown unit is kInvalid
  // naming "grants"; either leaves the grants as they were.
  World w = Seed(store());
  std::vector<RoleGrant> good = {{Role::kLeader, w.city.id, std::nullopt, ""}};
  Commit(store(), [&](Tx& tx) { return tx.users().SetGrants(w.officer.id, good); });
  Error no_user =
      WriteError(store(), [&](Tx& tx) { return tx.users().SetGrants(UserId(99), good); });
  EXPECT_EQ(no_user.code(), ErrorCode::kNotFound) << Describe(no_user);
  std::vector<RoleGrant> bad = {{Role::kCoordinator, UnitId(99), std::nullopt, ""}};
  Error no_unit =
      WriteError(store(), [&](Tx& tx) { return tx.users().SetGrants(w.officer.id, bad); });
  EXPECT_EQ(no_unit.code(), ErrorCode::kInvalid) << Describe(no_unit);
  ASSERT_FALSE(no_unit.fields().empty());
  EXPECT_EQ(no_unit.fields()[0].field, "grants");
  good[0].unit_path = w.city.path;
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.users().Grants(w.officer.id); }), good);
}

TEST_P(StorageSuite, SessionRoundTripsAndDeletes) {
  World w = Seed(store());
  Session s = MakeSession(std::string(64, 'a'), w.officer.id);
  Commit(store(), [&](Tx& tx) { return tx.sessions().Insert(s); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.sessions().Find(s.token_hash); }), s);
  Commit(store(), [&](Tx& tx) { return tx.sessions().Delete(s.token_hash); });
  EXPECT_FALSE(Get(store(), [&](Tx& tx) { return tx.sessions().Find(s.token_hash); }));
  // Pinned: deleting a missing session succeeds (signing out twice is harmless).
  Commit(store(), [&](Tx& tx) { return tx.sessions().Delete(s.token_hash); });
}

TEST_P(StorageSuite, SessionsAreDeletedForOneUserOnly) {
  World w = Seed(store());
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.sessions().Insert(MakeSession("h1", w.officer.id)));
    DT_RETURN_IF_ERROR(tx.sessions().Insert(MakeSession("h2", w.officer.id)));
    return tx.sessions().Insert(MakeSession("h3", w.coordinator.id));
  });
  Commit(store(), [&](Tx& tx) { return tx.sessions().DeleteForUser(w.officer.id); });
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.sessions().Find("h1"); }));
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.sessions().Find("h2"); }));
  EXPECT_TRUE(Get(store(), [](Tx& tx) { return tx.sessions().Find("h3"); }));
  Commit(store(), [&](Tx& tx) { return tx.sessions().DeleteForUser(w.officer.id); });
}

TEST_P(StorageSuite, SessionDuplicateTokenIsAConflictNamingTokenHash) {
  // Pinned: the token hash is the session's key.
  World w = Seed(store());
  Commit(store(), [&](Tx& tx) { return tx.sessions().Insert(MakeSession("h1", w.officer.id)); });
  ExpectConflictOn(
      WriteError(store(),
                 [&](Tx& tx) { return tx.sessions().Insert(MakeSession("h1", w.coordinator.id)); }),
      "token_hash");
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.sessions().Find("h1"); })->user, w.officer.id);
}

// ---- Dialogues and milestones -------------------------------------------------------------

TEST_P(StorageSuite, DialogueRoundTripsWithOptionalFieldsSetAndUnset) {
  World w = Seed(store());
  Dialogue full = MakeDialogue(w.city.id, Date(2025, 3, 26));
  full.coordinator_agency = w.noi_vu.id;
  full.form = DialogueForm::kHybrid;
  full.plan_published_on = Date(2025, 2, 20);
  full.conclusion_issued_on = Date(2025, 4, 4);
  full.complex = true;
  full.intake_open = false;
  full.intake_closes_on = Date(2025, 3, 10);
  Dialogue online = MakeDialogue(w.ward.id, Date(2024, 12, 31));
  online.form = DialogueForm::kOnline;
  full = Put(store(), [&](Tx& tx) { return tx.dialogues().Insert(full); });
  online = Put(store(), [&](Tx& tx) { return tx.dialogues().Insert(online); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Find(full.id); }), full);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Find(online.id); }), online);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Find(w.dialogue.id); }), w.dialogue);

  std::swap(full.plan_published_on, online.plan_published_on);
  std::swap(full.conclusion_issued_on, online.conclusion_issued_on);
  std::swap(full.coordinator_agency, online.coordinator_agency);
  std::swap(full.intake_closes_on, online.intake_closes_on);
  full.complex = false;
  full.intake_open = true;
  full.summary = "Kế hoạch đã sửa.";
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.dialogues().Update(full));
    return tx.dialogues().Update(online);
  });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Find(full.id); }), full);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Find(online.id); }), online);
}

TEST_P(StorageSuite, DialogueListIsNewestHeldOnFirst) {
  // ports.h: "newest held_on first". Pinned: of dialogues held the same day, the newest
  // (largest id) comes first.
  World w = Seed(store());  // held 2025-03-26 (city) and 2025-04-10 (ward)
  std::vector<Dialogue> more = Put(store(), [&](Tx& tx) -> Result<std::vector<Dialogue>> {
    std::vector<Dialogue> out;
    for (Date d : {Date(2023, 3, 26), Date(2025, 4, 10), Date(2024, 11, 1)}) {
      DT_ASSIGN_OR_RETURN(Dialogue x, tx.dialogues().Insert(MakeDialogue(w.city.id, d)));
      out.push_back(x);
    }
    return out;
  });
  EXPECT_EQ(Ids(Get(store(), [](Tx& tx) { return tx.dialogues().List(); })),
            (std::vector<int64_t>{more[1].id.value, w.other.id.value, w.dialogue.id.value,
                                  more[2].id.value, more[0].id.value}));
}

TEST_P(StorageSuite, MilestonesRoundTripAndComeByDueDate) {
  // ports.h: "by due date". Pinned: milestones due the same day come by id.
  World w = Seed(store());
  Milestone plan = MakeMilestone(w.dialogue.id, "Ban hành kế hoạch", Date(2025, 2, 20));
  plan.agency = w.noi_vu.id;
  plan.done_on = Date(2025, 2, 19);
  Milestone compile = MakeMilestone(w.dialogue.id, "Thành đoàn gửi tổng hợp câu hỏi về Sở Nội vụ",
                                    Date(2025, 3, 10));
  compile.agency = w.thanh_doan.id;
  Milestone invite = MakeMilestone(w.dialogue.id, "Gửi giấy mời", Date(2025, 3, 10));
  Milestone elsewhere = MakeMilestone(w.other.id, "Chuẩn bị hội trường", Date(2025, 1, 1));
  std::vector<Milestone> in = {compile, invite, plan, elsewhere};
  std::vector<Milestone> stored = Put(store(), [&](Tx& tx) -> Result<std::vector<Milestone>> {
    std::vector<Milestone> out;
    for (const auto& m : in) {
      DT_ASSIGN_OR_RETURN(Milestone x, tx.dialogues().InsertMilestone(m));
      out.push_back(x);
    }
    return out;
  });
  EXPECT_EQ(stored[0].id, MilestoneId(1));
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Milestones(w.dialogue.id); }),
             std::vector<Milestone>{stored[2], stored[0], stored[1]});
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Milestones(w.other.id); }),
             std::vector<Milestone>{stored[3]});

  Milestone done = stored[0];
  done.done_on = Date(2025, 3, 12);
  done.agency.reset();
  done.title = "Thành đoàn đã gửi tổng hợp";
  Milestone moved = stored[2];
  moved.done_on.reset();
  moved.due_on = Date(2025, 3, 20);
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.dialogues().UpdateMilestone(done));
    return tx.dialogues().UpdateMilestone(moved);
  });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.dialogues().Milestones(w.dialogue.id); }),
             std::vector<Milestone>{done, stored[1], moved});
}

// ---- Questions ----------------------------------------------------------------------------

TEST_P(StorageSuite, QuestionRoundTripsEveryField) {
  World w = Seed(store());
  Question web = MakeQuestion(w.dialogue.id, Code(1));
  ImportBatch batch;
  batch.dialogue = w.dialogue.id;
  batch.filename = "Tổng hợp câu hỏi – Thành đoàn.xlsx";
  batch.compiled_by = "Lê Thị Mai";
  batch.uploaded_by = w.coordinator.id;
  batch.row_count = 42;
  batch.imported_at = At(60);
  Issue issue = MakeIssue(w.dialogue.id, "Hỗ trợ khởi nghiệp");
  Question imported = MakeQuestion(w.dialogue.id, Code(2));
  std::tie(web, batch, issue, imported) =
      Put(store(), [&](Tx& tx) -> Result<std::tuple<Question, ImportBatch, Issue, Question>> {
        DT_ASSIGN_OR_RETURN(Question q1, tx.questions().Insert(web));
        DT_ASSIGN_OR_RETURN(ImportBatch b, tx.questions().InsertBatch(batch));
        DT_ASSIGN_OR_RETURN(Issue i, tx.issues().Insert(issue));
        Question q2 = imported;
        q2.text = "Đề nghị thành phố mở thêm sân chơi cho thanh niên.\nXin cảm ơn!";
        q2.age = 24;
        q2.asker_name = "Phạm Thị Ánh";
        q2.asker_contact = "anh.pham@example.vn";
        q2.asker_unit = w.ward.id;
        q2.channel = Channel::kImport;
        q2.batch = b.id;
        q2.branch = "Chi đoàn phường Hồng Bàng";
        q2.represents = 25;
        q2.submitted_at = At(120);
        q2.screening = Screening::kDuplicate;
        q2.screening_note = "Trùng câu hỏi đã nhận";
        q2.duplicate_of = q1.id;
        q2.issue = i.id;
        DT_ASSIGN_OR_RETURN(q2, tx.questions().Insert(q2));
        return std::make_tuple(q1, b, i, q2);
      });
  EXPECT_EQ(web.id, QuestionId(1));
  EXPECT_EQ(batch.id, BatchId(1));
  EXPECT_EQ(batch.row_count, 42);
  EXPECT_EQ(batch.filename, "Tổng hợp câu hỏi – Thành đoàn.xlsx");
  for (const Question& q : {web, imported}) {
    SCOPED_TRACE(q.tracking_code);
    ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().Find(q.id); }), q);
    ExpectSame(
        Get(store(), [&](Tx& tx) { return tx.questions().FindByTrackingCode(q.tracking_code); }),
        q);
  }
  EXPECT_FALSE(web.age.has_value());
  EXPECT_EQ(web.channel, Channel::kWeb);
}

TEST_P(StorageSuite, QuestionUpdateReplacesEveryField) {
  World w = Seed(store());
  Question first, second;
  Issue issue;
  std::tie(first, second,
           issue) = Put(store(), [&](Tx& tx) -> Result<std::tuple<Question, Question, Issue>> {
    DT_ASSIGN_OR_RETURN(Question a, tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))));
    DT_ASSIGN_OR_RETURN(Question b, tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2))));
    DT_ASSIGN_OR_RETURN(Issue i, tx.issues().Insert(MakeIssue(w.dialogue.id, "Việc làm")));
    return std::make_tuple(a, b, i);
  });
  Question grouped = second;
  grouped.screening = Screening::kAccepted;
  grouped.issue = issue.id;
  grouped.age = 30;
  grouped.asker_unit = w.ward.id;
  grouped.channel = Channel::kLive;
  grouped.text = "Câu hỏi đã được biên tập lại cho rõ ý.";
  Question out_of_scope = first;
  out_of_scope.screening = Screening::kOutOfScope;
  out_of_scope.screening_note = "Không thuộc thẩm quyền của thành phố";
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.questions().Update(grouped));
    return tx.questions().Update(out_of_scope);
  });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().Find(second.id); }), grouped);
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().Find(first.id); }), out_of_scope);
  grouped.issue.reset();
  grouped.age.reset();
  grouped.asker_unit.reset();
  grouped.screening = Screening::kNew;
  Commit(store(), [&](Tx& tx) { return tx.questions().Update(grouped); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().Find(second.id); }), grouped);
}

TEST_P(StorageSuite, QuestionDuplicateTrackingCodeIsAConflictNamingTrackingCode) {
  // ports.h: "Conflict on a duplicate tracking code." Codes are unique across dialogues.
  World w = Seed(store());
  Question first = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))); });
  Question second = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2))); });
  ExpectConflictOn(
      WriteError(store(),
                 [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.other.id, Code(1))); }),
      "tracking_code");
  second.tracking_code = first.tracking_code;
  ExpectConflictOn(WriteError(store(), [&](Tx& tx) { return tx.questions().Update(second); }),
                   "tracking_code");
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(w.dialogue.id, Everything()); }),
            2);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(w.other.id, Everything()); }),
            0);
}

// The questions of the filter tests, in id order:
//   q[0] new            q[4] out of scope
//   q[1] accepted, I1   q[5] accepted, I1
//   q[2] accepted, I2   q[6] new
//   q[3] duplicate      q[7] accepted
// plus one accepted question in the other dialogue.
struct FilterWorld {
  World w;
  IssueId i1, i2;
  std::vector<int64_t> q;  // ids
};

FilterWorld SeedQuestions(Store& store) {
  FilterWorld f;
  f.w = Seed(store);
  const DialogueId d = f.w.dialogue.id;
  Put(store, [&](Tx& tx) -> Result<bool> {
    DT_ASSIGN_OR_RETURN(Issue i1, tx.issues().Insert(MakeIssue(d, "Khởi nghiệp")));
    DT_ASSIGN_OR_RETURN(Issue i2, tx.issues().Insert(MakeIssue(d, "Nhà ở xã hội")));
    f.i1 = i1.id;
    f.i2 = i2.id;
    struct Row {
      Screening screening;
      std::optional<IssueId> issue;
    };
    const Row rows[] = {{Screening::kNew, {}},         {Screening::kAccepted, i1.id},
                        {Screening::kAccepted, i2.id}, {Screening::kDuplicate, {}},
                        {Screening::kOutOfScope, {}},  {Screening::kAccepted, i1.id},
                        {Screening::kNew, {}},         {Screening::kAccepted, {}}};
    int n = 0;
    for (const Row& r : rows) {
      Question q = MakeQuestion(d, Code(++n));
      q.screening = r.screening;
      q.issue = r.issue;
      DT_ASSIGN_OR_RETURN(q, tx.questions().Insert(q));
      f.q.push_back(q.id.value);
      if (n == 2) {  // a question of the other dialogue, between them
        Question other = MakeQuestion(f.w.other.id, Code(100));
        other.screening = Screening::kAccepted;
        DT_RETURN_IF_ERROR(tx.questions().Insert(other));
      }
    }
    return true;
  });
  return f;
}

TEST_P(StorageSuite, QuestionListIsOldestFirstWithinTheDialogue) {
  // ports.h: "Oldest first (by id)."
  FilterWorld f = SeedQuestions(store());
  EXPECT_EQ(
      Ids(Get(store(), [&](Tx& tx) { return tx.questions().List(f.w.dialogue.id, Everything()); })),
      f.q);
  std::vector<Question> other =
      Get(store(), [&](Tx& tx) { return tx.questions().List(f.w.other.id, Everything()); });
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].tracking_code, Code(100));
}

TEST_P(StorageSuite, QuestionFiltersAndCountAgreeWithList) {
  // ports.h QuestionFilter: screening; grouped "true: has an issue; false: has none"; issue;
  // limit and offset. Pinned: the conditions combine with AND, and Count ignores limit and
  // offset.
  FilterWorld f = SeedQuestions(store());
  const auto& q = f.q;
  struct Case {
    const char* name;
    QuestionFilter filter;
    std::vector<int64_t> expected;
  };
  auto filter = [](std::optional<Screening> s, std::optional<bool> grouped,
                   std::optional<IssueId> issue) {
    QuestionFilter x = Everything();
    x.screening = s;
    x.grouped = grouped;
    x.issue = issue;
    return x;
  };
  const Case cases[] = {
      {"all", filter({}, {}, {}), q},
      {"new", filter(Screening::kNew, {}, {}), {q[0], q[6]}},
      {"accepted", filter(Screening::kAccepted, {}, {}), {q[1], q[2], q[5], q[7]}},
      {"duplicate", filter(Screening::kDuplicate, {}, {}), {q[3]}},
      {"out of scope", filter(Screening::kOutOfScope, {}, {}), {q[4]}},
      {"grouped", filter({}, true, {}), {q[1], q[2], q[5]}},
      {"ungrouped", filter({}, false, {}), {q[0], q[3], q[4], q[6], q[7]}},
      {"issue 1", filter({}, {}, f.i1), {q[1], q[5]}},
      {"issue 2", filter({}, {}, f.i2), {q[2]}},
      {"accepted ungrouped", filter(Screening::kAccepted, false, {}), {q[7]}},
      {"accepted in issue 1", filter(Screening::kAccepted, {}, f.i1), {q[1], q[5]}},
      {"new in issue 1", filter(Screening::kNew, {}, f.i1), {}},
      {"issue 1 ungrouped", filter({}, false, f.i1), {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(
        Ids(Get(store(), [&](Tx& tx) { return tx.questions().List(f.w.dialogue.id, c.filter); })),
        c.expected);
    EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(f.w.dialogue.id, c.filter); }),
              static_cast<int64_t>(c.expected.size()));
  }
}

TEST_P(StorageSuite, QuestionLimitAndOffsetPage) {
  FilterWorld f = SeedQuestions(store());
  const auto& q = f.q;
  auto page = [&](std::optional<Screening> s, int64_t limit, int64_t offset) {
    QuestionFilter x;
    x.screening = s;
    x.limit = limit;
    x.offset = offset;
    return std::make_pair(
        Ids(Get(store(), [&](Tx& tx) { return tx.questions().List(f.w.dialogue.id, x); })),
        Get(store(), [&](Tx& tx) { return tx.questions().Count(f.w.dialogue.id, x); }));
  };
  EXPECT_EQ(page({}, 3, 0), std::make_pair(std::vector<int64_t>{q[0], q[1], q[2]}, int64_t{8}));
  EXPECT_EQ(page({}, 3, 3), std::make_pair(std::vector<int64_t>{q[3], q[4], q[5]}, int64_t{8}));
  EXPECT_EQ(page({}, 3, 6), std::make_pair(std::vector<int64_t>{q[6], q[7]}, int64_t{8}));
  EXPECT_EQ(page({}, 3, 8), std::make_pair(std::vector<int64_t>{}, int64_t{8}));
  EXPECT_EQ(page(Screening::kAccepted, 2, 1),
            std::make_pair(std::vector<int64_t>{q[2], q[5]}, int64_t{4}));
  EXPECT_EQ(page({}, 0, 0), std::make_pair(std::vector<int64_t>{}, int64_t{8}));
}

TEST_P(StorageSuite, QuestionFilterDefaultsToFiftyRows) {
  // ports.h: QuestionFilter::limit = 50.
  World w = Seed(store());
  Commit(store(), [&](Tx& tx) -> Status {
    for (int i = 1; i <= 60; ++i) {
      DT_RETURN_IF_ERROR(tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(i))));
    }
    return Ok();
  });
  std::vector<Question> first =
      Get(store(), [&](Tx& tx) { return tx.questions().List(w.dialogue.id, QuestionFilter{}); });
  ASSERT_EQ(first.size(), 50u);
  EXPECT_EQ(first.front().tracking_code, Code(1));
  EXPECT_EQ(first.back().tracking_code, Code(50));
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(w.dialogue.id, {}); }), 60);
}

TEST_P(StorageSuite, ImportBatchesGetIdsFromOne) {
  World w = Seed(store());
  ImportBatch b;
  b.dialogue = w.dialogue.id;
  b.filename = "cau-hoi.csv";
  b.compiled_by = "Lê Thị Mai";
  b.uploaded_by = w.coordinator.id;
  b.row_count = 3;
  b.imported_at = kMorning;
  ImportBatch first = Put(store(), [&](Tx& tx) { return tx.questions().InsertBatch(b); });
  ImportBatch second = Put(store(), [&](Tx& tx) { return tx.questions().InsertBatch(b); });
  EXPECT_EQ(first.id, BatchId(1));
  EXPECT_EQ(second.id, BatchId(2));
  EXPECT_EQ(second.compiled_by, "Lê Thị Mai");
  EXPECT_EQ(second.imported_at, kMorning);
}

// ---- Issues -------------------------------------------------------------------------------

TEST_P(StorageSuite, IssueRoundTripsAndUpdatesItsRouting) {
  // Pinned: coordinating agencies come back in the order they were given.
  World w = Seed(store());
  Issue issue = Put(store(), [&](Tx& tx) {
    return tx.issues().Insert(MakeIssue(w.dialogue.id, "Việc làm cho thanh niên sau tốt nghiệp"));
  });
  EXPECT_EQ(issue.id, IssueId(1));
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().Find(issue.id); }), issue);
  Issue routed = issue;
  routed.lead_agency = w.khcn.id;
  routed.coordinating = {w.thanh_doan.id, w.noi_vu.id};
  routed.answer_due_on = Date(2025, 3, 20);
  routed.routed_at = At(3600);
  routed.title = "Việc làm và khởi nghiệp";
  Commit(store(), [&](Tx& tx) { return tx.issues().Update(routed); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().Find(issue.id); }), routed);
  routed.coordinating = {w.noi_vu.id};
  Commit(store(), [&](Tx& tx) { return tx.issues().Update(routed); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().Find(issue.id); }), routed);
  Commit(store(), [&](Tx& tx) { return tx.issues().Update(issue); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().Find(issue.id); }), issue);
}

TEST_P(StorageSuite, IssueListByDialogueIsById) {
  World w = Seed(store());
  std::vector<Issue> made = Put(store(), [&](Tx& tx) -> Result<std::vector<Issue>> {
    std::vector<Issue> out;
    for (DialogueId d : {w.dialogue.id, w.other.id, w.dialogue.id, w.dialogue.id}) {
      DT_ASSIGN_OR_RETURN(Issue i, tx.issues().Insert(MakeIssue(d, "Vấn đề")));
      out.push_back(i);
    }
    return out;
  });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().ListByDialogue(w.dialogue.id); }),
             std::vector<Issue>{made[0], made[2], made[3]});
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.issues().ListByDialogue(w.other.id); }),
             std::vector<Issue>{made[1]});
}

TEST_P(StorageSuite, IssueSupportCountsEachSupporterOnce) {
  // ports.h: "true when counted, false when that supporter already supports the issue";
  // "NotFound for an issue that does not exist".
  World w = Seed(store());
  // Plain names, not a structured binding: clang 14 cannot capture one in a lambda.
  const auto three = Put(store(), [&](Tx& tx) -> Result<std::tuple<Issue, Issue, Issue>> {
    DT_ASSIGN_OR_RETURN(Issue a, tx.issues().Insert(MakeIssue(w.dialogue.id, "Việc làm")));
    DT_ASSIGN_OR_RETURN(Issue b, tx.issues().Insert(MakeIssue(w.dialogue.id, "Nhà ở")));
    DT_ASSIGN_OR_RETURN(Issue o, tx.issues().Insert(MakeIssue(w.other.id, "Học bổng")));
    return std::make_tuple(a, b, o);
  });
  const Issue a = std::get<0>(three), b = std::get<1>(three), other = std::get<2>(three);
  auto add = [&](IssueId issue, std::string supporter) {
    return Put(store(), [&](Tx& tx) { return tx.issues().AddSupport(issue, supporter, kMorning); });
  };
  EXPECT_TRUE(add(a.id, "k1"));
  EXPECT_FALSE(add(a.id, "k1"));
  EXPECT_TRUE(add(a.id, "k2"));
  EXPECT_TRUE(add(b.id, "k1"));  // the same supporter counts once per issue, not once overall
  EXPECT_TRUE(add(other.id, "k9"));
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.issues().CountSupport(a.id); }), 2);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.issues().CountSupport(b.id); }), 1);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.issues().CountSupport(IssueId(99)); }), 0);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.issues().SupportCounts(w.dialogue.id); }),
            (std::map<IssueId, int64_t>{{a.id, 2}, {b.id, 1}}));
  Error missing = WriteError(
      store(), [&](Tx& tx) { return tx.issues().AddSupport(IssueId(99), "k1", kMorning); });
  EXPECT_EQ(missing.code(), ErrorCode::kNotFound);
}

TEST_P(StorageSuite, IssueFollowsAreOnePerAddressAndIssueAndConfirmOnce) {
  // ports.h: "a new row, or the existing one with requested_at moved to `at` (a confirmation
  // stays)"; "Sets confirmed_at when it is unset".
  World w = Seed(store());
  // Plain names, not a structured binding: clang 14 cannot capture one in a lambda.
  const auto two = Put(store(), [&](Tx& tx) -> Result<std::pair<Issue, Issue>> {
    DT_ASSIGN_OR_RETURN(Issue a, tx.issues().Insert(MakeIssue(w.dialogue.id, "Việc làm")));
    DT_ASSIGN_OR_RETURN(Issue b, tx.issues().Insert(MakeIssue(w.dialogue.id, "Nhà ở")));
    return std::make_pair(a, b);
  });
  const Issue a = two.first, b = two.second;
  auto request = [&](IssueId issue, const char* address, int64_t at) {
    return Put(store(), [&](Tx& tx) { return tx.issues().RequestFollow(issue, address, At(at)); });
  };
  IssueFollow first = request(a.id, "an@example.vn", 0);
  EXPECT_EQ(first.issue, a.id);
  EXPECT_EQ(first.address, "an@example.vn");
  EXPECT_EQ(first.requested_at, At(0));
  EXPECT_FALSE(first.confirmed_at);
  Commit(store(), [&](Tx& tx) { return tx.issues().ConfirmFollow(first.id, At(10)); });
  Commit(store(), [&](Tx& tx) { return tx.issues().ConfirmFollow(first.id, At(20)); });
  IssueFollow again = request(a.id, "an@example.vn", 100);
  EXPECT_EQ(again.id, first.id);
  EXPECT_EQ(again.requested_at, At(100));
  EXPECT_EQ(again.confirmed_at, At(10));
  IssueFollow other = request(b.id, "an@example.vn", 200);
  EXPECT_NE(other.id, first.id);
  request(a.id, "binh@example.vn", 300);
  auto confirmed = Get(store(), [&](Tx& tx) { return tx.issues().ConfirmedFollows(a.id); });
  ASSERT_EQ(confirmed.size(), 1u);
  EXPECT_EQ(confirmed[0].address, "an@example.vn");
  EXPECT_EQ(Get(store(),
                [&](Tx& tx) { return tx.issues().CountFollowRequests("an@example.vn", At(100)); }),
            2);
  EXPECT_EQ(Get(store(),
                [&](Tx& tx) { return tx.issues().CountFollowRequests("an@example.vn", At(101)); }),
            1);
  EXPECT_EQ(
      Get(store(), [&](Tx& tx) { return tx.issues().FindFollowOf(b.id, "an@example.vn"); })->id,
      other.id);
  EXPECT_FALSE(
      Get(store(), [&](Tx& tx) { return tx.issues().FindFollowOf(b.id, "binh@example.vn"); }));
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.issues().FindFollow(other.id); })->issue, b.id);
  EXPECT_EQ(WriteError(store(),
                       [&](Tx& tx) {
                         return tx.issues().RequestFollow(IssueId(99), "an@example.vn", At(0));
                       })
                .code(),
            ErrorCode::kNotFound);
}

// ---- Answers ------------------------------------------------------------------------------

// Issues of the answer tests: `n` in the main dialogue, then one in the other.
std::vector<IssueId> SeedIssues(Store& store, const World& w, int n) {
  return Put(store, [&](Tx& tx) -> Result<std::vector<IssueId>> {
    std::vector<IssueId> out;
    for (int i = 0; i < n; ++i) {
      DT_ASSIGN_OR_RETURN(Issue x, tx.issues().Insert(MakeIssue(w.dialogue.id, "Vấn đề")));
      out.push_back(x.id);
    }
    DT_ASSIGN_OR_RETURN(Issue x, tx.issues().Insert(MakeIssue(w.other.id, "Vấn đề khác")));
    out.push_back(x.id);
    return out;
  });
}

TEST_P(StorageSuite, AnswerSaveInsertsThenReplaces) {
  // ports.h: "insert or replace the issue's answer".
  World w = Seed(store());
  IssueId issue = SeedIssues(store(), w, 1)[0];
  EXPECT_FALSE(Get(store(), [&](Tx& tx) { return tx.answers().Find(issue); }));
  Answer draft = MakeAnswer(issue, w.khcn.id, w.officer.id, AnswerStatus::kDraft);
  Commit(store(), [&](Tx& tx) { return tx.answers().Save(draft); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.answers().Find(issue); }), draft);

  Answer returned = draft;
  returned.status = AnswerStatus::kReturned;
  returned.timing = AnswerTiming::kOnTheSpot;
  returned.submitted_at = At(100);
  returned.decided_by = w.coordinator.id;
  returned.decided_at = At(200);
  returned.return_reason = "Cần nêu rõ kinh phí hỗ trợ.\nBổ sung số liệu năm 2024.";
  Commit(store(), [&](Tx& tx) { return tx.answers().Save(returned); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.answers().Find(issue); }), returned);

  Answer approved = returned;
  approved.status = AnswerStatus::kApproved;
  approved.timing = AnswerTiming::kAfter;
  approved.return_reason.clear();
  approved.published_at = At(300);
  approved.agency = w.noi_vu.id;
  Commit(store(), [&](Tx& tx) { return tx.answers().Save(approved); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.answers().Find(issue); }), approved);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.answers().ListByDialogue(w.dialogue.id); }).size(),
            1u);
}

TEST_P(StorageSuite, AnswerSaveForAnUnknownIssueIsNotFound) {
  // Pinned: an answer is addressed by its issue, so a missing issue is kNotFound.
  World w = Seed(store());
  Error e = WriteError(store(), [&](Tx& tx) {
    return tx.answers().Save(
        MakeAnswer(IssueId(99), w.khcn.id, w.officer.id, AnswerStatus::kDraft));
  });
  EXPECT_EQ(e.code(), ErrorCode::kNotFound) << Describe(e);
}

TEST_P(StorageSuite, AnswerListByDialogueIsByIssueId) {
  // Pinned: ListByDialogue orders by issue id.
  World w = Seed(store());
  std::vector<IssueId> issues = SeedIssues(store(), w, 3);
  Commit(store(), [&](Tx& tx) -> Status {
    for (int i : {3, 2, 0}) {
      DT_RETURN_IF_ERROR(tx.answers().Save(
          MakeAnswer(issues[i], w.khcn.id, w.officer.id, AnswerStatus::kSubmitted)));
    }
    return Ok();
  });
  EXPECT_EQ(
      IssueIds(Get(store(), [&](Tx& tx) { return tx.answers().ListByDialogue(w.dialogue.id); })),
      (std::vector<int64_t>{issues[0].value, issues[2].value}));
  EXPECT_EQ(IssueIds(Get(store(), [&](Tx& tx) { return tx.answers().ListByDialogue(w.other.id); })),
            (std::vector<int64_t>{issues[3].value}));
}

TEST_P(StorageSuite, PublishedAnswersAreApprovedOnlyNewestPublicationFirst) {
  // ports.h: "Approved answers of a dialogue, newest publication first, then by issue id."
  World w = Seed(store());
  std::vector<IssueId> issues = SeedIssues(store(), w, 6);
  struct Row {
    AnswerStatus status;
    std::optional<Instant> published_at;
  };
  const Row rows[] = {
      {AnswerStatus::kDraft, {}},         {AnswerStatus::kApproved, At(100)},
      {AnswerStatus::kSubmitted, {}},     {AnswerStatus::kApproved, At(300)},
      {AnswerStatus::kReturned, {}},      {AnswerStatus::kApproved, At(300)},
      {AnswerStatus::kApproved, At(999)},  // in the other dialogue
  };
  Commit(store(), [&](Tx& tx) -> Status {
    for (size_t i = 0; i < issues.size(); ++i) {
      Answer a = MakeAnswer(issues[i], w.khcn.id, w.officer.id, rows[i].status);
      a.published_at = rows[i].published_at;
      DT_RETURN_IF_ERROR(tx.answers().Save(a));
    }
    return Ok();
  });
  const DialogueId d = w.dialogue.id;
  std::vector<int64_t> newest_first = {issues[3].value, issues[5].value, issues[1].value};
  EXPECT_EQ(IssueIds(Get(store(), [&](Tx& tx) { return tx.answers().ListPublished(d, 50, 0); })),
            newest_first);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.answers().CountPublished(d); }), 3);
  EXPECT_EQ(IssueIds(Get(store(), [&](Tx& tx) { return tx.answers().ListPublished(d, 1, 1); })),
            (std::vector<int64_t>{issues[5].value}));
  EXPECT_EQ(IssueIds(Get(store(), [&](Tx& tx) { return tx.answers().ListPublished(d, 2, 2); })),
            (std::vector<int64_t>{issues[1].value}));
  EXPECT_TRUE(Get(store(), [&](Tx& tx) { return tx.answers().ListPublished(d, 10, 3); }).empty());
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.answers().CountPublished(w.other.id); }), 1);
  std::vector<Answer> published =
      Get(store(), [&](Tx& tx) { return tx.answers().ListPublished(d, 50, 0); });
  for (const Answer& a : published) {
    SCOPED_TRACE(a.issue.value);
    ExpectSame(Get(store(), [&](Tx& tx) { return tx.answers().Find(a.issue); }), a);
  }
}

// ---- Audit and counters -------------------------------------------------------------------

TEST_P(StorageSuite, AuditAppendsAndListsNewestFirst) {
  // ports.h: "Newest first". Pinned: ids from 1 in append order, and newest means latest
  // appended (entries of the same second come by id, descending).
  World w = Seed(store());
  AuditEntry submitted = MakeEntry("question", 7, "question.submitted");
  submitted.user.reset();
  submitted.after_json = R"({"text":"Câu hỏi về việc làm"})";
  AuditEntry routed = MakeEntry("issue", 3, "issue.routed");
  routed.user = w.coordinator.id;
  routed.before_json = R"({"lead_agency_id":null})";
  routed.after_json = R"({"lead_agency_id":2})";
  AuditEntry approved = MakeEntry("answer", 3, "answer.approved");
  approved.at = At(-10);  // a clock set back still lists by append order
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.audit().Append(submitted));
    return tx.audit().Append(routed);
  });
  Commit(store(), [&](Tx& tx) { return tx.audit().Append(approved); });
  submitted.id = 1;
  routed.id = 2;
  approved.id = 3;
  ExpectSame(Get(store(),
                 [](Tx& tx) {
                   return tx.audit().List({"", 0, {}, 10});
                 }),
             std::vector<AuditEntry>{approved, routed, submitted});
}

TEST_P(StorageSuite, AuditListFiltersByEntityAndIdAndHonoursTheLimit) {
  // ports.h: "filtered by entity (and id, when non-zero) when `entity` is not empty".
  Seed(store());
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", 1, "question.submitted")));
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", 2, "question.submitted")));
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("answer", 1, "answer.saved")));
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", 1, "question.screened")));
    return tx.audit().Append(MakeEntry("user", 5, "user.created"));
  });
  auto ids = [&](std::string entity, int64_t entity_id, int64_t limit) {
    std::vector<int64_t> out;
    for (const auto& e : Get(store(), [&](Tx& tx) {
           return tx.audit().List({entity, entity_id, {}, limit});
         })) {
      out.push_back(e.id);
    }
    return out;
  };
  EXPECT_EQ(ids("", 0, 100), (std::vector<int64_t>{5, 4, 3, 2, 1}));
  EXPECT_EQ(ids("", 0, 2), (std::vector<int64_t>{5, 4}));
  EXPECT_EQ(ids("", 7, 100), (std::vector<int64_t>{5, 4, 3, 2, 1}));  // id needs an entity
  EXPECT_EQ(ids("question", 0, 100), (std::vector<int64_t>{4, 2, 1}));
  EXPECT_EQ(ids("question", 1, 100), (std::vector<int64_t>{4, 1}));
  EXPECT_EQ(ids("question", 0, 1), (std::vector<int64_t>{4}));
  EXPECT_EQ(ids("answer", 1, 100), (std::vector<int64_t>{3}));
  EXPECT_TRUE(ids("question", 3, 100).empty());
  EXPECT_TRUE(ids("dialogue", 0, 100).empty());
}

TEST_P(StorageSuite, AuditListKeepsToAReadersScope) {
  // ports.h: "by the scope when set": the entry's area is one of the scope's, and its unit
  // lies in the scope's subtree (entries without a unit only `with_unitless`).
  World w = Seed(store());
  auto entry = [](std::string action, std::optional<UnitId> unit, AuditArea area) {
    AuditEntry e = MakeEntry("question", 1, std::move(action));
    e.unit = unit;
    e.area = area;
    return e;
  };
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.audit().Append(entry("a", w.city.id, AuditArea::kHandling)));  // 1
    DT_RETURN_IF_ERROR(tx.audit().Append(entry("b", w.ward.id, AuditArea::kHandling)));  // 2
    DT_RETURN_IF_ERROR(tx.audit().Append(entry("c", w.ward.id, AuditArea::kAdministration)));
    DT_RETURN_IF_ERROR(tx.audit().Append(entry("d", std::nullopt, AuditArea::kAdministration)));
    return tx.audit().Append(entry("e", w.nation.id, AuditArea::kPlanning));  // 5
  });
  auto ids = [&](std::string path, std::vector<AuditArea> areas, bool unitless) {
    std::vector<int64_t> out;
    AuditQuery q{"", 0, AuditScope{path, areas, unitless}, 100};
    for (const auto& e : Get(store(), [&](Tx& tx) { return tx.audit().List(q); })) {
      out.push_back(e.id);
    }
    return out;
  };
  const auto all = std::vector<AuditArea>{AuditArea::kAdministration, AuditArea::kPlanning,
                                          AuditArea::kHandling};
  EXPECT_EQ(ids(w.nation.path, all, true), (std::vector<int64_t>{5, 4, 3, 2, 1}));
  EXPECT_EQ(ids(w.nation.path, all, false), (std::vector<int64_t>{5, 3, 2, 1}));
  EXPECT_EQ(ids(w.city.path, all, false), (std::vector<int64_t>{3, 2, 1}));
  EXPECT_EQ(ids(w.ward.path, all, false), (std::vector<int64_t>{3, 2}));
  EXPECT_EQ(ids(w.city.path, {AuditArea::kHandling}, false), (std::vector<int64_t>{2, 1}));
  EXPECT_EQ(ids(w.ward.path, {AuditArea::kAdministration, AuditArea::kPlanning}, false),
            (std::vector<int64_t>{3}));
  EXPECT_TRUE(ids(w.ward.path, {AuditArea::kPlanning}, true).empty());
  // Filters and the limit apply within the scope.
  AuditQuery q{"question", 1, AuditScope{w.city.path, all, false}, 1};
  auto first = Get(store(), [&](Tx& tx) { return tx.audit().List(q); });
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].id, 3);
  EXPECT_EQ(first[0].unit, w.ward.id);
  EXPECT_EQ(first[0].area, AuditArea::kAdministration);
}

TEST_P(StorageSuite, AuditRefusesAnUnknownUnit) {
  // ports.h: "its unit must exist" — the unit joins the entry to the tree.
  Seed(store());
  AuditEntry e = MakeEntry("question", 1, "question.submitted");
  e.unit = UnitId(999);
  Status s = store().Write([&](Tx& tx) { return tx.audit().Append(e); });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kInvalid);
  EXPECT_TRUE(Get(store(), [](Tx& tx) { return tx.audit().List({"", 0, {}, 10}); }).empty());
}

TEST_P(StorageSuite, CountersStartAtOneAndIncrement) {
  // ports.h: "Increments the named counter and returns its new value (1 for a new counter)."
  const std::string today = "tracking:" + Date(2025, 3, 12).ToIso();
  EXPECT_EQ(Put(store(), [&](Tx& tx) { return tx.counters().Next(today); }), 1);
  EXPECT_EQ(Put(store(), [&](Tx& tx) { return tx.counters().Next(today); }), 2);
  EXPECT_EQ(Put(store(),
                [&](Tx& tx) -> Result<int64_t> {
                  DT_RETURN_IF_ERROR(tx.counters().Next(today));
                  return tx.counters().Next(today);
                }),
            4);
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("tracking:2025-03-13"); }), 1);
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("bộ đếm"); }), 1);
  EXPECT_EQ(Put(store(), [&](Tx& tx) { return tx.counters().Next(today); }), 5);
}

// ---- The unit of work ---------------------------------------------------------------------

TEST_P(StorageSuite, WriteThatReturnsAnErrorLeavesNothing) {
  // ports.h: "if it returns an error ... nothing it wrote stays, and earlier records are
  // untouched."
  World w = Seed(store());
  Question kept = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))); });
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("c"); }), 1);
  Status s = store().Write([&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2))));
    DT_RETURN_IF_ERROR(tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(3))));
    Question changed = kept;
    changed.screening = Screening::kOutOfScope;
    DT_RETURN_IF_ERROR(tx.questions().Update(changed));
    DT_RETURN_IF_ERROR(
        tx.units().Insert(MakeUnit("x", "Xã Tân Lập", UnitLevel::kCommune, w.city.id)));
    DT_RETURN_IF_ERROR(tx.counters().Next("c"));
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", 2, "question.submitted")));
    return Error::Invalid("text", "lỗi thử");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kInvalid);  // the work's own error comes back
  ASSERT_EQ(s.error().fields().size(), 1u);
  EXPECT_EQ(s.error().fields()[0].field, "text");
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.questions().FindByTrackingCode(Code(2)); }));
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.questions().FindByTrackingCode(Code(3)); }));
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.units().FindByCode("x"); }));
  EXPECT_TRUE(Get(store(), [](Tx& tx) { return tx.audit().List({"", 0, {}, 10}); }).empty());
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().Find(kept.id); }), kept);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(w.dialogue.id, Everything()); }),
            1);
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("c"); }), 2);
}

TEST_P(StorageSuite, WriteThatThrowsLeavesNothingAndTheStoreStaysUsable) {
  // ports.h: "if it returns an error (or throws) nothing it wrote stays". The exception
  // reaches the caller.
  World w = Seed(store());
  auto buggy = [&](Tx& tx) -> Status {
    if (!tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))).ok()) {
      return Error::Internal("insert failed");
    }
    Check(tx.sessions().Insert(MakeSession("h", w.officer.id)));
    throw std::logic_error("a bug in the use case");
  };
  EXPECT_THROW((void)store().Write(buggy), std::logic_error);
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.questions().FindByTrackingCode(Code(1)); }));
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.sessions().Find("h"); }));
  Question q = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))); });
  ExpectSame(Get(store(), [&](Tx& tx) { return tx.questions().FindByTrackingCode(Code(1)); }), q);
}

TEST_P(StorageSuite, ConflictLeavesTheTransactionUsable) {
  // Pinned: a repository call that fails changes nothing, and the work may go on; what it
  // wrote before and after commits if the work then succeeds (e.g. retrying a tracking code).
  World w = Seed(store());
  Put(store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))); });
  Question second = Put(store(), [&](Tx& tx) -> Result<Question> {
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", 0, "question.retried")));
    Result<Question> clash = tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1)));
    if (clash.ok()) return Error::Internal("expected a conflict");
    return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2)));
  });
  EXPECT_EQ(second.tracking_code, Code(2));
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(w.dialogue.id, Everything()); }),
            2);
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.audit().List({"", 0, {}, 10}); }).size(), 1u);
}

TEST_P(StorageSuite, WriteSeesItsOwnWrites) {
  // Tx: "every repository, seeing the same transaction".
  World w = Seed(store());
  Commit(store(), [&](Tx& tx) -> Status {
    DT_ASSIGN_OR_RETURN(
        Unit u, tx.units().Insert(MakeUnit("x", "Xã Tân Lập", UnitLevel::kCommune, w.city.id)));
    EXPECT_TRUE(tx.units().Find(u.id));
    EXPECT_EQ(tx.units().Children(w.city.id).size(), 2u);
    EXPECT_EQ(tx.units().Count(), 4);
    DT_ASSIGN_OR_RETURN(Question q, tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))));
    q.screening = Screening::kAccepted;
    DT_RETURN_IF_ERROR(tx.questions().Update(q));
    EXPECT_EQ(tx.questions().Find(q.id)->screening, Screening::kAccepted);
    EXPECT_EQ(tx.questions().Count(w.dialogue.id, Everything()), 1);
    DT_RETURN_IF_ERROR(tx.audit().Append(MakeEntry("question", q.id.value, "question.submitted")));
    EXPECT_EQ(tx.audit().List({"question", q.id.value, {}, 10}).size(), 1u);
    return Ok();
  });
}

TEST_P(StorageSuite, ReadRefusesEveryWrite) {
  // ports.h: "Store::Read runs `work` on a consistent snapshot; repository writes inside it
  // fail." Pinned: they fail with kInternal, and the Read itself still returns what the work
  // returns.
  World w = Seed(store());
  IssueId issue = SeedIssues(store(), w, 1)[0];
  Question q = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(1))); });
  Milestone m = Put(store(), [&](Tx& tx) {
    return tx.dialogues().InsertMilestone(MakeMilestone(w.dialogue.id, "Mốc", Date(2025, 3, 1)));
  });
  Commit(store(), [&](Tx& tx) { return tx.sessions().Insert(MakeSession("h", w.officer.id)); });
  const uint64_t version = store().Version();
  std::vector<std::pair<std::string, Status>> attempts;
  Check(store().Read([&](Tx& tx) -> Status {
    auto note = [&](const char* what, auto r) {
      attempts.emplace_back(what, r.ok() ? Ok() : Status(std::move(r).error()));
    };
    note("units.Insert", tx.units().Insert(MakeUnit("x", "Xã", UnitLevel::kCommune, w.city.id)));
    note("agencies.Insert", tx.agencies().Insert(MakeAgency(w.city.id, "x", "Cơ quan")));
    note("agencies.Update", tx.agencies().Update(w.khcn));
    note("users.Insert", tx.users().Insert(MakeUser("x", "X")));
    note("users.Update", tx.users().Update(w.officer));
    note("users.SetGrants", tx.users().SetGrants(w.officer.id, {}));
    note("sessions.Insert", tx.sessions().Insert(MakeSession("x", w.officer.id)));
    note("sessions.Delete", tx.sessions().Delete("h"));
    note("sessions.DeleteForUser", tx.sessions().DeleteForUser(w.officer.id));
    note("dialogues.Insert", tx.dialogues().Insert(MakeDialogue(w.city.id, Date(2026, 1, 1))));
    note("dialogues.Update", tx.dialogues().Update(w.dialogue));
    note("dialogues.InsertMilestone", tx.dialogues().InsertMilestone(m));
    note("dialogues.UpdateMilestone", tx.dialogues().UpdateMilestone(m));
    note("questions.Insert", tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2))));
    note("questions.Update", tx.questions().Update(q));
    note("questions.InsertBatch",
         tx.questions().InsertBatch(
             ImportBatch{BatchId(), w.dialogue.id, "f.csv", "A", w.officer.id, 1, kMorning}));
    note("issues.Insert", tx.issues().Insert(MakeIssue(w.dialogue.id, "Vấn đề")));
    note("issues.Update", tx.issues().Update(*tx.issues().Find(issue)));
    note("answers.Save",
         tx.answers().Save(MakeAnswer(issue, w.khcn.id, w.officer.id, AnswerStatus::kDraft)));
    note("audit.Append", tx.audit().Append(MakeEntry("question", 1, "question.read")));
    note("counters.Next", tx.counters().Next("c"));
    return Ok();
  }));
  ASSERT_EQ(attempts.size(), 21u);
  for (const auto& [what, status] : attempts) {
    SCOPED_TRACE(what);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code(), ErrorCode::kInternal) << Describe(status.error());
  }
  EXPECT_EQ(store().Version(), version);
  EXPECT_EQ(Get(store(), [](Tx& tx) { return tx.units().Count(); }), 3);
  EXPECT_TRUE(Get(store(), [](Tx& tx) { return tx.sessions().Find("h"); }));
  EXPECT_FALSE(Get(store(), [&](Tx& tx) { return tx.answers().Find(issue); }));
  EXPECT_TRUE(Get(store(), [](Tx& tx) { return tx.audit().List({"", 0, {}, 10}); }).empty());
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("c"); }), 1);

  Status s = store().Read([](Tx&) -> Status { return Error::NotFound("câu hỏi"); });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kNotFound);
}

TEST_P(StorageSuite, VersionIncreasesWithEveryCommittedWriteOnly) {
  // ports.h: "Bumped by every committed write".
  const uint64_t v0 = store().Version();
  Put(store(),
      [](Tx& tx) { return tx.units().Insert(MakeUnit("vn", "Việt Nam", UnitLevel::kNation, {})); });
  const uint64_t v1 = store().Version();
  EXPECT_GT(v1, v0);
  EXPECT_FALSE(store()
                   .Write([](Tx& tx) -> Status {
                     DT_RETURN_IF_ERROR(
                         tx.units().Insert(MakeUnit("lao", "Lào", UnitLevel::kNation, {})));
                     return Error::Conflict("thử");
                   })
                   .ok());
  EXPECT_THROW((void)store().Write([](Tx&) -> Status { throw std::runtime_error("bug"); }),
               std::runtime_error);
  Check(store().Read(
      [](Tx& tx) -> Status { return tx.units().Count() == 1 ? Ok() : Error::Internal("count"); }));
  EXPECT_EQ(store().Version(), v1);
  Put(store(), [](Tx& tx) { return tx.counters().Next("c"); });
  EXPECT_GT(store().Version(), v1);
}

TEST_P(StorageSuite, FindOfAMissingRecordIsNullopt) {
  // ports.h: "Find* return nullopt for a missing id".
  World w = Seed(store());
  Check(store().Read([&](Tx& tx) -> Status {
    EXPECT_FALSE(tx.units().Find(UnitId(99)));
    EXPECT_FALSE(tx.units().FindByCode("ha-noi"));
    EXPECT_FALSE(tx.agencies().Find(AgencyId(99)));
    EXPECT_FALSE(tx.agencies().FindByCode(w.ward.id, "so-noi-vu"));
    EXPECT_FALSE(tx.users().Find(UserId(99)));
    EXPECT_FALSE(tx.users().FindByUsername("Officer"));
    EXPECT_FALSE(tx.sessions().Find("missing"));
    EXPECT_FALSE(tx.dialogues().Find(DialogueId(99)));
    EXPECT_FALSE(tx.questions().Find(QuestionId(1)));
    EXPECT_FALSE(tx.questions().FindByTrackingCode(Code(1)));
    EXPECT_FALSE(tx.issues().Find(IssueId(1)));
    EXPECT_FALSE(tx.answers().Find(IssueId(1)));
    EXPECT_TRUE(tx.users().Grants(UserId(99)).empty());
    EXPECT_TRUE(tx.dialogues().Milestones(w.dialogue.id).empty());
    EXPECT_TRUE(tx.questions().List(w.dialogue.id, Everything()).empty());
    EXPECT_EQ(tx.questions().Count(w.dialogue.id, Everything()), 0);
    EXPECT_TRUE(tx.issues().ListByDialogue(w.dialogue.id).empty());
    EXPECT_TRUE(tx.answers().ListByDialogue(w.dialogue.id).empty());
    EXPECT_TRUE(tx.answers().ListPublished(w.dialogue.id, 10, 0).empty());
    EXPECT_EQ(tx.answers().CountPublished(w.dialogue.id), 0);
    EXPECT_TRUE(tx.audit().List({"", 0, {}, 10}).empty());
    return Ok();
  }));
}

TEST_P(StorageSuite, UpdateOfAMissingRecordIsNotFound) {
  // Pinned: Update of an id that was never inserted is kNotFound and writes nothing.
  World w = Seed(store());
  Agency agency = w.khcn;
  agency.id = AgencyId(99);
  agency.code = "moi";
  User user = w.officer;
  user.id = UserId(99);
  user.username = "moi";
  Dialogue dialogue = w.dialogue;
  dialogue.id = DialogueId(99);
  Milestone milestone = MakeMilestone(w.dialogue.id, "Mốc", Date(2025, 3, 1));
  milestone.id = MilestoneId(99);
  Question question = MakeQuestion(w.dialogue.id, Code(1));
  question.id = QuestionId(99);
  Issue issue = MakeIssue(w.dialogue.id, "Vấn đề");
  issue.id = IssueId(99);
  const std::pair<const char*, std::function<Status(Tx&)>> updates[] = {
      {"agency", [&](Tx& tx) { return tx.agencies().Update(agency); }},
      {"user", [&](Tx& tx) { return tx.users().Update(user); }},
      {"dialogue", [&](Tx& tx) { return tx.dialogues().Update(dialogue); }},
      {"milestone", [&](Tx& tx) { return tx.dialogues().UpdateMilestone(milestone); }},
      {"question", [&](Tx& tx) { return tx.questions().Update(question); }},
      {"issue", [&](Tx& tx) { return tx.issues().Update(issue); }},
  };
  for (const auto& [what, update] : updates) {
    SCOPED_TRACE(what);
    Error e = WriteError(store(), update);
    EXPECT_EQ(e.code(), ErrorCode::kNotFound) << Describe(e);
  }
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.users().FindByUsername("moi"); }));
  EXPECT_FALSE(Get(store(), [](Tx& tx) { return tx.questions().FindByTrackingCode(Code(1)); }));
}

// ---- Durability and concurrency -----------------------------------------------------------

TEST_P(StorageSuite, ReopenedStoreKeepsEveryRecord) {
  // ports.h: "It returns only once the writes are durable".
  if (!GetParam().persistent) GTEST_SKIP() << GetParam().name << " keeps nothing once closed";
  World w = Seed(store());
  std::vector<IssueId> issues = SeedIssues(store(), w, 1);
  std::vector<RoleGrant> grants = {{Role::kAgencyOfficer, w.city.id, w.khcn.id, ""},
                                   {Role::kLeader, w.ward.id, std::nullopt, ""}};
  Session session = MakeSession("h", w.officer.id);
  Milestone milestone = MakeMilestone(w.dialogue.id, "Gửi giấy mời", Date(2025, 3, 10));
  Question question = MakeQuestion(w.dialogue.id, Code(1));
  question.age = 19;
  question.issue = issues[0];
  Answer answer = MakeAnswer(issues[0], w.khcn.id, w.officer.id, AnswerStatus::kApproved);
  answer.published_at = At(50);
  AuditEntry entry = MakeEntry("answer", issues[0].value, "answer.approved");
  Commit(store(), [&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.users().SetGrants(w.officer.id, grants));
    DT_RETURN_IF_ERROR(tx.sessions().Insert(session));
    DT_ASSIGN_OR_RETURN(milestone, tx.dialogues().InsertMilestone(milestone));
    DT_ASSIGN_OR_RETURN(question, tx.questions().Insert(question));
    DT_RETURN_IF_ERROR(tx.answers().Save(answer));
    DT_RETURN_IF_ERROR(tx.audit().Append(entry));
    return tx.counters().Next("c").ok() ? Ok() : Status(Error::Internal("counter"));
  });
  Issue issue = *Get(store(), [&](Tx& tx) { return tx.issues().Find(issues[0]); });

  ASSERT_NO_FATAL_FAILURE(Reopen());
  grants[0].unit_path = w.city.path;
  grants[1].unit_path = w.ward.path;
  entry.id = 1;
  Check(store().Read([&](Tx& tx) -> Status {
    ExpectSame(tx.units().Find(w.ward.id), w.ward);
    ExpectSame(tx.agencies().Find(w.khcn.id), w.khcn);
    ExpectSame(tx.users().Find(w.officer.id), w.officer);
    ExpectSame(tx.users().Grants(w.officer.id), grants);
    ExpectSame(tx.sessions().Find("h"), session);
    ExpectSame(tx.dialogues().Find(w.dialogue.id), w.dialogue);
    ExpectSame(tx.dialogues().Milestones(w.dialogue.id), std::vector<Milestone>{milestone});
    ExpectSame(tx.questions().Find(question.id), question);
    ExpectSame(tx.issues().Find(issue.id), issue);
    ExpectSame(tx.answers().Find(issue.id), answer);
    ExpectSame(tx.audit().List({"", 0, {}, 10}), std::vector<AuditEntry>{entry});
    return Ok();
  }));
  EXPECT_EQ(Put(store(), [](Tx& tx) { return tx.counters().Next("c"); }), 2);
  Question next = Put(
      store(), [&](Tx& tx) { return tx.questions().Insert(MakeQuestion(w.dialogue.id, Code(2))); });
  EXPECT_GT(next.id, question.id);
}

TEST_P(StorageSuite, ConcurrentWritesAllCommitAndReadsSeeSnapshots) {
  // ports.h: Write is atomic and Read sees a consistent snapshot, from any thread: 8 threads
  // × 200 writes each insert a question, while a reader checks Count against List.
  constexpr int kThreads = 8;
  constexpr int kWritesPerThread = 200;
  World w = Seed(store());
  const DialogueId d = w.dialogue.id;
  std::atomic<int> failed_writes{0}, torn_reads{0}, reads{0};
  std::atomic<bool> writing{true};
  std::thread reader([&] {
    while (writing.load()) {
      Status s = store().Read([&](Tx& tx) -> Status {
        int64_t counted = tx.questions().Count(d, Everything());
        int64_t listed = static_cast<int64_t>(tx.questions().List(d, Everything()).size());
        if (counted != listed) ++torn_reads;
        return Ok();
      });
      if (!s.ok()) ++torn_reads;
      ++reads;
    }
  });
  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kWritesPerThread; ++i) {
        Status s = store().Write([&](Tx& tx) -> Status {
          return tx.questions().Insert(MakeQuestion(d, Code(t * kWritesPerThread + i + 1))).ok()
                     ? Ok()
                     : Status(Error::Internal("insert"));
        });
        if (!s.ok()) ++failed_writes;
      }
    });
  }
  for (auto& t : writers) t.join();
  writing = false;
  reader.join();
  EXPECT_EQ(failed_writes.load(), 0);
  EXPECT_EQ(torn_reads.load(), 0) << "of " << reads.load() << " reads";
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.questions().Count(d, Everything()); }),
            kThreads * kWritesPerThread);
  std::vector<Question> all =
      Get(store(), [&](Tx& tx) { return tx.questions().List(d, Everything()); });
  std::set<int64_t> ids;
  std::set<std::string> codes;
  for (const auto& q : all) {
    ids.insert(q.id.value);
    codes.insert(q.tracking_code);
  }
  EXPECT_EQ(ids.size(), all.size());
  EXPECT_EQ(codes.size(), all.size());
}

}  // namespace doithoai

// ---- Conclusions: documents, tasks, reports, evidence, notifications (C7, C8) -------------
namespace doithoai {
namespace {

Document MakeDocument(UnitId unit, std::string issuer, std::optional<int64_t> number,
                      std::optional<Date> issued_on) {
  Document d;
  d.unit = unit;
  d.kind = "conclusion";
  d.type_code = "TB";
  d.type_name = "Thông báo";
  d.number = number;
  d.symbol = "TB-UBND";
  d.number_symbol = (number ? std::to_string(*number) : "") + "/TB-UBND";
  d.issuer = std::move(issuer);
  d.place = "Hải Phòng";
  d.issued_on = issued_on;
  d.summary = "Kết luận của Chủ tịch tại Hội nghị đối thoại với thanh niên năm 2025";
  d.signer = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lê Văn Bình";
  d.cites = {"13/2021/NĐ-CP", "158/TB-VPCP"};
  d.content_json = R"({"ghi_chú":"đầy đủ"})";
  d.created_at = kMorning;
  return d;
}

Task MakeTask(DocumentId doc, UnitId unit, std::optional<AgencyId> lead, std::string content) {
  Task t;
  t.document = doc;
  t.unit = unit;
  t.lead = {lead, "Sở Nội vụ"};
  t.content = std::move(content);
  t.deadline = Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  t.source = "d) Giao Sở Nội vụ chủ trì …";
  t.created_at = kMorning;
  return t;
}

TEST_P(StorageSuite, DocumentsKeepTheirFieldsFilesAndLinks) {
  World w = Seed(store());
  Document parent = Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.nation.id, "VPCP", 158, Date(2024, 4, 11)));
  });
  Document d = MakeDocument(w.city.id, "UBND Hải Phòng", 36, Date(2025, 4, 2));
  d.dialogue = w.dialogue.id;
  d.relays = parent.id;
  Document stored = Put(store(), [&](Tx& tx) { return tx.documents().Insert(d); });
  EXPECT_GT(stored.id.value, parent.id.value);
  EXPECT_EQ(stored.unit_path, w.city.path);
  Commit(store(), [&](Tx& tx) {
    return tx.documents().PutFile({stored.id, "pdf", std::string("%PDF-\0\xff binary", 15)});
  });
  auto found = Get(store(), [&](Tx& tx) { return tx.documents().Find(stored.id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->number, 36);
  EXPECT_EQ(found->number_symbol, "36/TB-UBND");
  EXPECT_EQ(found->relays, parent.id);
  EXPECT_EQ(found->dialogue, w.dialogue.id);
  EXPECT_EQ(found->issued_on, Date(2025, 4, 2));
  EXPECT_EQ(found->cites, d.cites);
  EXPECT_EQ(found->content_json, d.content_json);
  EXPECT_EQ(found->unit_path, w.city.path);
  auto file = Get(store(), [&](Tx& tx) { return tx.documents().File(stored.id, "pdf"); });
  ASSERT_TRUE(file);
  EXPECT_EQ(file->bytes, std::string("%PDF-\0\xff binary", 15)) << "binary bytes survive";
  EXPECT_FALSE(Get(store(), [&](Tx& tx) { return tx.documents().File(stored.id, "docx"); }));
  auto relaying = Get(store(), [&](Tx& tx) { return tx.documents().Relaying(parent.id); });
  ASSERT_EQ(relaying.size(), 1u);
  EXPECT_EQ(relaying[0].id, stored.id);
  EXPECT_EQ(
      Get(store(), [&](Tx& tx) { return tx.documents().FindByNumberSymbol("158/TB-UBND"); }).size(),
      1u);
  // Listing: the city's subtree holds only the city's document; newest issue date first.
  DocumentFilter in_city;
  in_city.unit_path = w.city.path;
  auto listed = Get(store(), [&](Tx& tx) { return tx.documents().List(in_city); });
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, stored.id);
  auto all = Get(store(), [&](Tx& tx) { return tx.documents().List(DocumentFilter{}); });
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, stored.id);
}

TEST_P(StorageSuite, DocumentNumbersAreUniquePerIssuerAndYear) {
  World w = Seed(store());
  Commit(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", 5, Date(2025, 4, 2))).ok()
               ? Ok()
               : Status(Error::Internal("insert"));
  });
  ExpectConflictOn(WriteError(store(),
                              [&](Tx& tx) {
                                return tx.documents().Insert(
                                    MakeDocument(w.city.id, "UBND", 5, Date(2025, 9, 1)));
                              }),
                   "number_symbol");
  // Next year the series restarts; another issuer has its own; unnumbered ones never clash.
  Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", 5, Date(2026, 1, 2)));
  });
  Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "Sở Nội vụ", 5, Date(2025, 4, 2)));
  });
  Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", std::nullopt, std::nullopt));
  });
  Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", std::nullopt, std::nullopt));
  });
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.documents().List(DocumentFilter{}); }).size(), 5u);
  // Issue 10: the ward keeps its own copy of a document it received (its register), which
  // stops nobody else from keeping theirs; twice in the ward's register is still a conflict.
  Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.ward.id, "UBND", 5, Date(2025, 4, 2)));
  });
  ExpectConflictOn(WriteError(store(),
                              [&](Tx& tx) {
                                return tx.documents().Insert(
                                    MakeDocument(w.ward.id, "UBND", 5, Date(2025, 4, 2)));
                              }),
                   "number_symbol");
}

TEST_P(StorageSuite, TasksFormATreeWithReportsAndEvidence) {
  World w = Seed(store());
  Issue issue = Put(store(), [&](Tx& tx) {
    return tx.issues().Insert(MakeIssue(w.dialogue.id, "Việc làm cho thanh niên"));
  });
  Document doc = Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", 36, Date(2025, 4, 2)));
  });
  Task t = MakeTask(doc.id, w.city.id, w.noi_vu.id, "Tổ chức hội chợ việc làm cho thanh niên");
  t.coordinating = {{w.thanh_doan.id, "Thành đoàn Hải Phòng"}, {std::nullopt, "UBND các phường"}};
  t.issues = {issue.id};
  Task parent = Put(store(), [&](Tx& tx) { return tx.tasks().Insert(t); });
  EXPECT_EQ(parent.unit_path, w.city.path);
  Task sub = MakeTask(doc.id, w.ward.id, std::nullopt, "Phường tổ chức hội chợ việc làm");
  sub.parent = parent.id;
  sub.lead.name = "Đoàn phường Hồng Bàng";
  sub.deadline = Deadline::OnDate(Date(2025, 6, 30), "trước ngày 30/6/2025");
  Task child = Put(store(), [&](Tx& tx) { return tx.tasks().Insert(sub); });

  auto found = Get(store(), [&](Tx& tx) { return tx.tasks().Find(parent.id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->lead.agency, w.noi_vu.id);
  EXPECT_EQ(found->content, t.content);
  ASSERT_EQ(found->coordinating.size(), 2u);
  EXPECT_EQ(found->coordinating[0].agency, w.thanh_doan.id);
  EXPECT_EQ(found->coordinating[1].agency, std::nullopt);
  EXPECT_EQ(found->coordinating[1].name, "UBND các phường");
  EXPECT_EQ(found->deadline.kind, DeadlineKind::kRecurring);
  EXPECT_EQ(found->deadline.month, 11u);
  EXPECT_EQ(found->deadline.day, 30u);
  EXPECT_EQ(found->deadline.text, "trước ngày 30/11 hằng năm");
  EXPECT_EQ(found->issues, std::vector<IssueId>{issue.id});
  auto kid = Get(store(), [&](Tx& tx) { return tx.tasks().Find(child.id); });
  EXPECT_EQ(kid->parent, parent.id);
  EXPECT_EQ(kid->deadline.date, Date(2025, 6, 30));
  EXPECT_EQ(kid->unit_path, w.ward.path);

  auto children = Get(store(), [&](Tx& tx) { return tx.tasks().Children(parent.id); });
  ASSERT_EQ(children.size(), 1u);
  EXPECT_EQ(children[0].id, child.id);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().ListByDocument(doc.id); }).size(), 2u);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().ListInSubtree(w.ward.path); }).size(), 1u);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().ListInSubtree(w.city.path); }).size(), 2u);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().ListByIssue(issue.id); }).size(), 1u);
  auto of_union =
      Get(store(), [&](Tx& tx) { return tx.tasks().ListForAgencies({w.thanh_doan.id}); });
  ASSERT_EQ(of_union.size(), 1u) << "a coordinating agency sees the task";
  EXPECT_EQ(of_union[0].id, parent.id);

  TaskReport r;
  r.task = parent.id;
  r.on = Date(2025, 5, 2);
  r.percent = 40;
  r.text = "Đã tổ chức 2 phiên giao dịch việc làm";
  r.agency = w.noi_vu.id;
  r.user = w.officer.id;
  r.created_at = kMorning;
  TaskReport report = Put(store(), [&](Tx& tx) { return tx.tasks().InsertReport(r); });
  EvidenceFile e;
  e.report = report.id;
  e.file_name = "biên bản.pdf";
  e.content_type = "application/pdf";
  e.size = 9;
  e.sha256 = "ab";
  e.uploaded_at = kMorning;
  EvidenceFile ev = Put(store(), [&](Tx& tx) {
    return tx.tasks().InsertEvidence(e, std::string("%PDF-\0\x01\x02\x03", 9));
  });
  auto reports = Get(store(), [&](Tx& tx) { return tx.tasks().Reports(parent.id); });
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].percent, 40);
  EXPECT_EQ(reports[0].text, r.text);
  ASSERT_EQ(reports[0].evidence.size(), 1u);
  EXPECT_EQ(reports[0].evidence[0].file_name, "biên bản.pdf");
  auto bytes = Get(store(), [&](Tx& tx) { return tx.tasks().Evidence(ev.id); });
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->second, std::string("%PDF-\0\x01\x02\x03", 9));
  // Progress comes with the task, also in bulk.
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().Find(parent.id); })->progress.size(), 1u);
  auto bulk = Get(store(), [&](Tx& tx) { return tx.tasks().ListInSubtree(w.city.path); });
  EXPECT_EQ(bulk[0].progress.size(), 1u);
  EXPECT_EQ(bulk[0].progress[0].percent, 40);
  EXPECT_TRUE(bulk[1].progress.empty());
  // The board's status rows are the same tasks, less their texts.
  auto rows = Get(store(), [&](Tx& tx) { return tx.tasks().StatusRowsInSubtree(w.city.path); });
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  ASSERT_EQ(rows.size(), bulk.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].id, bulk[i].id);
    EXPECT_EQ(rows[i].parent, bulk[i].parent);
    EXPECT_EQ(rows[i].unit_path, bulk[i].unit_path);
    EXPECT_EQ(rows[i].deadline.kind, bulk[i].deadline.kind);
    EXPECT_EQ(rows[i].deadline.date, bulk[i].deadline.date);
    EXPECT_EQ(rows[i].deadline.month, bulk[i].deadline.month);
    EXPECT_EQ(rows[i].deadline.day, bulk[i].deadline.day);
    ASSERT_EQ(rows[i].progress.size(), bulk[i].progress.size());
    for (size_t k = 0; k < rows[i].progress.size(); ++k) {
      EXPECT_EQ(rows[i].progress[k].on, bulk[i].progress[k].on);
      EXPECT_EQ(rows[i].progress[k].percent, bulk[i].progress[k].percent);
    }
  }
  EXPECT_TRUE(
      Get(store(), [&](Tx& tx) { return tx.tasks().StatusRowsInSubtree(w.ward.path); }).empty() ==
      Get(store(), [&](Tx& tx) { return tx.tasks().ListInSubtree(w.ward.path); }).empty());

  // A task of a missing document, or under a missing parent, is refused; nothing is written.
  EXPECT_EQ(
      WriteError(store(),
                 [&](Tx& tx) {
                   return tx.tasks().Insert(MakeTask(DocumentId(999), w.city.id, w.noi_vu.id, "x"));
                 })
          .code(),
      ErrorCode::kNotFound);
  Task orphan = MakeTask(doc.id, w.city.id, w.noi_vu.id, "y");
  orphan.parent = TaskId(999);
  EXPECT_EQ(WriteError(store(), [&](Tx& tx) { return tx.tasks().Insert(orphan); }).code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(Get(store(), [&](Tx& tx) { return tx.tasks().ListByDocument(doc.id); }).size(), 2u);
}

TEST_P(StorageSuite, NotificationsAreDedupedByKeyAndSeenByTheirAudience) {
  World w = Seed(store());
  Document doc = Put(store(), [&](Tx& tx) {
    return tx.documents().Insert(MakeDocument(w.city.id, "UBND", 36, Date(2025, 4, 2)));
  });
  Task t = Put(store(), [&](Tx& tx) {
    return tx.tasks().Insert(MakeTask(doc.id, w.city.id, w.noi_vu.id, "Báo cáo kết quả"));
  });
  auto make = [&](NotificationKind kind, std::string key) {
    Notification n;
    n.kind = kind;
    n.task = t.id;
    n.agency = w.noi_vu.id;
    n.unit = w.city.id;
    n.due = Date(2025, 11, 30);
    n.title = "Sắp đến hạn";
    n.body = "Nhiệm vụ sắp đến hạn báo cáo";
    n.key = std::move(key);
    n.created_at = kMorning;
    return n;
  };
  EXPECT_TRUE(Put(store(), [&](Tx& tx) {
    return tx.notifications().InsertIfNew(make(NotificationKind::kReminder, "k1"));
  }));
  EXPECT_FALSE(Put(store(), [&](Tx& tx) {
    return tx.notifications().InsertIfNew(make(NotificationKind::kReminder, "k1"));
  })) << "the same key is not notified twice";
  EXPECT_TRUE(Put(store(), [&](Tx& tx) {
    return tx.notifications().InsertIfNew(make(NotificationKind::kOverdue, "k2"));
  }));
  auto agency =
      Get(store(), [&](Tx& tx) { return tx.notifications().ListFor({w.noi_vu.id}, {}, 10); });
  ASSERT_EQ(agency.size(), 2u);
  EXPECT_EQ(agency[0].key, "k2") << "newest first";
  auto leaders =
      Get(store(), [&](Tx& tx) { return tx.notifications().ListFor({}, {w.nation.path}, 10); });
  ASSERT_EQ(leaders.size(), 1u) << "leaders see escalations only";
  EXPECT_EQ(leaders[0].kind, NotificationKind::kOverdue);
  EXPECT_TRUE(Get(store(), [&](Tx& tx) {
                return tx.notifications().ListFor({w.khcn.id}, {w.ward.path}, 10);
              }).empty());

  OutboxMail m;
  m.to = "agency:1";
  m.subject = "Nhắc hạn";
  m.body = "…";
  m.key = "k1";
  m.created_at = kMorning;
  Commit(store(), [&](Tx& tx) { return tx.notifications().QueueMail(m); });
  Commit(store(), [&](Tx& tx) { return tx.notifications().QueueMail(m); });
  auto outbox = Get(store(), [&](Tx& tx) { return tx.notifications().Outbox(10); });
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].subject, "Nhắc hạn");
  EXPECT_FALSE(outbox[0].sent_at);
}

}  // namespace
}  // namespace doithoai
