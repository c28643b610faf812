// The dialogue day's use cases on the in-memory store and a fixed clock: two secretaries,
// resends, stale edits, the screen, the record closing with the conclusion, and who may do what.
#include "app/live/live_session.h"

#include <gtest/gtest.h>

#include "app/dialogue/dialogues.h"
#include "app/live/live_test_kit.h"
#include "app/live/programme_use_cases.h"

namespace doithoai {
namespace {

using LiveSessionUseCase = app_test::LiveDialogueTest;

TEST_F(LiveSessionUseCase, TwoSecretariesTypeAtOnceAndAResendIsNotASecondEntry) {
  LiveEntry a = Record(coordinator_, "laptop-a-0001",
                       "Thành phố có chính sách gì hỗ trợ thanh niên khởi nghiệp vay vốn không?");
  LiveEntry b = Record(youth_union_, "laptop-b-0001", "Đề nghị xây thêm sân chơi cho thiếu nhi");
  EXPECT_EQ(a.seq, 1);
  EXPECT_EQ(b.seq, 2);
  EXPECT_FALSE(b.duplicate_of);

  // Laptop A lost the network after sending and sends its queue again.
  auto resent =
      RecordLiveEntry(ctx_, coordinator_, dialogue_,
                      {"laptop-a-0001", "floor", "", "", "một văn bản khác", std::nullopt});
  ASSERT_TRUE(resent.ok());
  EXPECT_FALSE(resent->created);
  EXPECT_EQ(resent->entry.seq, 1);
  EXPECT_EQ(resent->entry.text, a.text) << "the stored entry, unchanged";

  // The other secretary types the same question from the floor.
  LiveEntry c = Record(youth_union_, "laptop-b-0002",
                       "Thành phố có chính sách hỗ trợ thanh niên khởi nghiệp vay vốn không");
  EXPECT_EQ(c.seq, 3);
  EXPECT_EQ(c.duplicate_of, 1);

  auto console = ReadLiveConsole(ctx_, leader_, dialogue_);
  ASSERT_TRUE(console.ok());
  EXPECT_EQ(console->entries.size(), 3u);
  EXPECT_FALSE(console->can_record) << "a leader watches";
}

TEST_F(LiveSessionUseCase, AStaleAnswerIsRefusedAndTheFirstIsKept) {
  LiveEntry e = Record(coordinator_, "laptop-a-0001", "Khi nào có gói vay ưu đãi?");
  LiveAnswerInput first{e.version,       "Giám đốc Sở Tài chính",
                        "Trong quý II.", "on_the_spot",
                        std::nullopt,    std::nullopt,
                        std::nullopt};
  auto done = AnswerLiveEntry(ctx_, coordinator_, dialogue_, e.seq, first);
  ASSERT_TRUE(done.ok()) << done.error().message();
  EXPECT_EQ(done->version, 2);

  LiveAnswerInput stale = first;  // typed on the other laptop from version 1
  stale.answer = "Bản khác";
  auto refused = AnswerLiveEntry(ctx_, youth_union_, dialogue_, e.seq, stale);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  auto console = ReadLiveConsole(ctx_, coordinator_, dialogue_).value();
  EXPECT_EQ(console.entries[0].answer, "Trong quý II.");

  LiveAnswerInput forwarded{2, "", "", "forwarded", std::nullopt, tc_.value * 100, std::nullopt};
  auto unknown = AnswerLiveEntry(ctx_, coordinator_, dialogue_, e.seq, forwarded);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().fields()[0].field, "forwarded_to");
  EXPECT_FALSE(AnswerLiveEntry(ctx_, coordinator_, dialogue_, 99, first).ok());
}

TEST_F(LiveSessionUseCase, TheScreenShowsOneQuestionToEveryone) {
  Record(coordinator_, "laptop-a-0001", "Câu hỏi thứ nhất về việc làm");
  Record(coordinator_, "laptop-a-0002", "Câu hỏi thứ hai về nhà ở xã hội");
  ASSERT_TRUE(ShowOnScreen(ctx_, youth_union_, dialogue_, 2).ok());
  auto view = ReadLiveScreen(ctx_, dialogue_);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->current);
  EXPECT_EQ(view->current->text, "Câu hỏi thứ hai về nhà ở xã hội");
  EXPECT_EQ(view->raised, 2);
  auto bad = ShowOnScreen(ctx_, youth_union_, dialogue_, 5);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields()[0].field, "seq");
  ASSERT_TRUE(ShowOnScreen(ctx_, youth_union_, dialogue_, std::nullopt).ok());
  EXPECT_FALSE(ReadLiveScreen(ctx_, dialogue_)->current);
}

TEST_F(LiveSessionUseCase, OnlyTheSecretariatRecordsAndTheConclusionClosesTheRecord) {
  auto by_leader = RecordLiveEntry(ctx_, leader_, dialogue_,
                                   {"leader-key-01", "floor", "", "", "Câu hỏi", std::nullopt});
  EXPECT_EQ(by_leader.error().code(), ErrorCode::kForbidden);
  EXPECT_EQ(ReadLiveConsole(ctx_, officer_, dialogue_).error().code(), ErrorCode::kForbidden);

  LiveEntry e = Record(coordinator_, "laptop-a-0001", "Câu hỏi về học bổng");
  DialogueFields concluded;
  concluded.conclusion_issued_on = "2026-04-02";
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, concluded).ok());
  auto late = RecordLiveEntry(ctx_, coordinator_, dialogue_,
                              {"laptop-a-0002", "floor", "", "", "Câu hỏi muộn", std::nullopt});
  EXPECT_EQ(late.error().code(), ErrorCode::kConflict);
  EXPECT_TRUE(ReadLiveConsole(ctx_, coordinator_, dialogue_)->closed);
  EXPECT_EQ(ReadLiveConsole(ctx_, coordinator_, dialogue_)->entries.size(), 1u);
}

TEST_F(LiveSessionUseCase, TheProgrammeAndTheDelegatesAreTheSecretariats) {
  auto set = SetProgramme(ctx_, youth_union_, dialogue_, {{"08:00", "Khai mạc", ""}});
  ASSERT_TRUE(set.ok()) << set.error().message();
  EXPECT_EQ(SetProgramme(ctx_, leader_, dialogue_, {}).error().code(), ErrorCode::kForbidden);
  auto bad = SetProgramme(ctx_, youth_union_, dialogue_, {{"25:00", "Khai mạc", ""}});
  EXPECT_EQ(bad.error().fields()[0].field, "agenda[0].starts_at");
  auto d = InviteDelegate(ctx_, coordinator_, dialogue_,
                          {"delegate", "Nguyễn Văn An", "", "Phường An Biên"});
  ASSERT_TRUE(d.ok());
  auto in = CheckInDelegate(ctx_, youth_union_, dialogue_, d->id, true);
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->checked_in_at, clock_.Now());
  auto programme = ReadProgramme(ctx_, leader_, dialogue_);
  ASSERT_TRUE(programme.ok());
  EXPECT_EQ(programme->present, 1);
  EXPECT_EQ(programme->agenda.size(), 1u);
  EXPECT_FALSE(programme->can_edit);
  auto out = CheckInDelegate(ctx_, youth_union_, dialogue_, d->id, false);
  ASSERT_TRUE(out.ok());
  EXPECT_FALSE(out->checked_in_at);
  EXPECT_EQ(CheckInDelegate(ctx_, youth_union_, dialogue_, 999, true).error().code(),
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace doithoai
