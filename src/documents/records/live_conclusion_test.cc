// The conclusion notice's draft from what the secretariat recorded on the dialogue day
// (issue 15): answered on the spot → section b); forwarded → c) and an assignment in d).
#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogue_records.h"
#include "app/dialogue/dialogues.h"
#include "app/live/live_session.h"
#include "documents/records/from_records.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class LiveConclusion : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    admin_ = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    nv_ = CreateAgency(ctx_, admin_, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    tc_ = CreateAgency(ctx_, admin_, {2, "so-tai-chinh", "Sở Tài chính"}).value().id;
    coordinator_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, nv_.value);
    youth_union_ = app_test::MakeActor(ctx_, "thanhdoan", "youth_union", 2, std::nullopt);
    leader_ = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
    officer_ = app_test::MakeActor(ctx_, "sotaichinh", "agency_officer", 2, tc_.value);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2026;
    f.title = "Đối thoại 2026";
    f.chair = "Chủ tịch UBND thành phố";
    f.venue = "Nhà hát thành phố";
    f.held_on = "2026-03-26";
    f.plan_published_on = "2026-02-01";
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;
  }

  LiveEntry Record(const Actor& who, std::string key, std::string text) {
    auto r = RecordLiveEntry(ctx_, who, dialogue_,
                             {std::move(key), "floor", "Nguyễn Văn An", "Chi đoàn phường An Biên",
                              std::move(text), std::nullopt});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? r->entry : LiveEntry{};
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2026-03-26T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor admin_, coordinator_, youth_union_, leader_, officer_;
  AgencyId nv_, tc_;
  DialogueId dialogue_;
};

TEST_F(LiveConclusion, TheConclusionDraftTakesSectionsBAndCFromTheRecord) {
  LiveEntry spot = Record(coordinator_, "laptop-a-0001", "Khi nào có gói vay ưu đãi?");
  LiveEntry fwd = Record(coordinator_, "laptop-a-0002", "Đề nghị mở thêm tuyến xe buýt đêm");
  ASSERT_TRUE(AnswerLiveEntry(ctx_, coordinator_, dialogue_, spot.seq,
                              {1, "Giám đốc Sở Tài chính", "Trong quý II.", "on_the_spot",
                               std::nullopt, std::nullopt, std::nullopt})
                  .ok());
  ASSERT_TRUE(AnswerLiveEntry(ctx_, coordinator_, dialogue_, fwd.seq,
                              {1, "", "", "forwarded", "2026-05-30", std::nullopt, std::nullopt})
                  .ok() == false)
      << "a date belongs to a promise";
  ASSERT_TRUE(AnswerLiveEntry(ctx_, coordinator_, dialogue_, fwd.seq,
                              {1, "", "", "forwarded", std::nullopt, nv_.value, std::nullopt})
                  .ok());
  auto records = CollectDialogueRecords(ctx_, coordinator_, dialogue_);
  ASSERT_TRUE(records.ok());
  auto in = documents::ConclusionDraftInput(*records, Date(2026, 4, 1));
  ASSERT_EQ(in.answered.size(), 1u);
  EXPECT_EQ(in.answered[0].answered_by, "Giám đốc Sở Tài chính");
  ASSERT_EQ(in.forwarded.size(), 1u);
  EXPECT_EQ(in.forwarded[0].agency, "Sở Nội vụ");
  ASSERT_EQ(in.assignments.size(), 1u);
  EXPECT_EQ(in.assignments[0].lead, "Sở Nội vụ");
  EXPECT_EQ(in.assignments[0].deadline, "trước ngày 01/05/2026") << "30 days from the notice";
  EXPECT_EQ(in.issues_raised.size(), 2u);
}

}  // namespace
}  // namespace doithoai
