// The conclusion notice's draft from what the secretariat recorded on the dialogue day
// (issue 15): answered on the spot → section b); forwarded → c) and an assignment in d).
#include <gtest/gtest.h>

#include "app/dialogue/dialogue_records.h"
#include "app/dialogue/dialogues.h"
#include "app/live/live_session.h"
#include "app/live/live_test_kit.h"
#include "documents/records/from_records.h"

namespace doithoai {
namespace {

using LiveConclusion = app_test::LiveDialogueTest;

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
