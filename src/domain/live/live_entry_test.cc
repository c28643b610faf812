#include "domain/live/live_entry.h"

#include <gtest/gtest.h>

#include <vector>

namespace doithoai {
namespace {

const Date kHeld = *Date::Parse("2026-03-26");

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

LiveEntryInput Floor(std::string text) {
  LiveEntryInput in;
  in.client_key = "k-0001-abcd";
  in.asker = "Nguyễn Văn An";
  in.asker_unit = "Chi đoàn phường An Biên";
  in.text = std::move(text);
  return in;
}

TEST(ValidateLiveEntry, KeepsAFloorQuestionInNfc) {
  auto in = Floor("Cho em hỏi về vốn vay khởi nghiệp?");
  in.text = "Cho em ho\xcc\x89i về vốn vay";  // "hỏi" typed decomposed (NFD)
  auto r = ValidateLiveEntry(in);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->text, "Cho em hỏi về vốn vay");
  EXPECT_EQ(r->channel, LiveChannel::kFloor);
}

TEST(ValidateLiveEntry, NamesEveryBadField) {
  LiveEntryInput in;
  in.client_key = "short";
  in.channel = "radio";
  in.asker = std::string(121, 'a');
  in.text = "   ";
  in.issue_id = 0;
  auto r = ValidateLiveEntry(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(Fields(r.error()),
            (std::vector<std::string>{"client_key", "channel", "asker", "text", "issue_id"}));
}

TEST(ValidateLiveEntry, RefusesAKeyWithOtherCharacters) {
  auto in = Floor("Câu hỏi");
  in.client_key = "abc def ghi";
  EXPECT_FALSE(ValidateLiveEntry(in).ok());
  in.client_key = std::string(65, 'a');
  EXPECT_FALSE(ValidateLiveEntry(in).ok());
  in.client_key = std::string(64, 'a');
  EXPECT_TRUE(ValidateLiveEntry(in).ok());
}

TEST(ValidateLiveEntry, RefusesInvalidUtf8InTheText) {
  auto in = Floor("\xff\xfe");
  auto r = ValidateLiveEntry(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Fields(r.error()), (std::vector<std::string>{"text"}));
}

LiveAnswerInput Answer(std::string outcome) {
  LiveAnswerInput a;
  a.version = 1;
  a.answered_by = "Giám đốc Sở Tài chính";
  a.answer = "Sở sẽ mở gói vay ưu đãi trong quý II.";
  a.outcome = std::move(outcome);
  return a;
}

TEST(ValidateLiveAnswer, EachOutcomeNeedsItsOwnParts) {
  EXPECT_TRUE(ValidateLiveAnswer(Answer("on_the_spot"), kHeld).ok());

  auto spot = Answer("on_the_spot");
  spot.answered_by = "";
  EXPECT_EQ(Fields(ValidateLiveAnswer(spot, kHeld).error()),
            (std::vector<std::string>{"answered_by"}));

  auto promised = Answer("promised");
  EXPECT_EQ(Fields(ValidateLiveAnswer(promised, kHeld).error()),
            (std::vector<std::string>{"promised_by"}));
  promised.promised_by = "2026-03-25";
  EXPECT_EQ(Fields(ValidateLiveAnswer(promised, kHeld).error()),
            (std::vector<std::string>{"promised_by"}))
      << "a promise before the dialogue";
  promised.promised_by = "2026-06-30";
  auto ok = ValidateLiveAnswer(promised, kHeld);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->promised_by, Date::Parse("2026-06-30"));

  auto forwarded = Answer("forwarded");
  EXPECT_EQ(Fields(ValidateLiveAnswer(forwarded, kHeld).error()),
            (std::vector<std::string>{"forwarded_to"}));
  forwarded.forwarded_to = 4;
  forwarded.promised_by = "2026-06-30";
  EXPECT_EQ(Fields(ValidateLiveAnswer(forwarded, kHeld).error()),
            (std::vector<std::string>{"promised_by"}));

  auto pending = Answer("pending");
  pending.forwarded_to = 4;
  EXPECT_EQ(Fields(ValidateLiveAnswer(pending, kHeld).error()),
            (std::vector<std::string>{"forwarded_to"}));

  auto bad = Answer("maybe");
  bad.version = 0;
  EXPECT_EQ(Fields(ValidateLiveAnswer(bad, kHeld).error()),
            (std::vector<std::string>{"version", "outcome"}));
}

LiveEntry Stored(int64_t seq, std::string text) {
  LiveEntry e;
  e.seq = seq;
  e.text = std::move(text);
  return e;
}

TEST(LikelyDuplicate, FindsTheSameQuestionTypedByAnotherSecretary) {
  std::vector<LiveEntry> earlier = {
      Stored(1, "Thành phố có chính sách gì hỗ trợ thanh niên khởi nghiệp vay vốn không?"),
      Stored(2, "Đề nghị xây thêm sân chơi cho thiếu nhi ở phường Lê Chân"),
  };
  EXPECT_EQ(LikelyDuplicate(earlier, "Đề nghị xây thêm sân chơi cho thiếu nhi phường Lê Chân"), 2);
  EXPECT_EQ(LikelyDuplicate(earlier,
                            "Thành phố có chính sách hỗ trợ thanh niên khởi nghiệp vay vốn không"),
            1);
  EXPECT_FALSE(LikelyDuplicate(earlier, "Khi nào có kết quả tuyển dụng công chức cấp xã?"));
  EXPECT_FALSE(LikelyDuplicate({}, "Đề nghị xây thêm sân chơi"));
}

TEST(AnswerEntry, AStaleVersionIsAConflictAndNothingChanges) {
  LiveEntry e = Stored(3, "Câu hỏi");
  e.version = 2;
  auto clean = ValidateLiveAnswer(Answer("on_the_spot"), kHeld);
  ASSERT_TRUE(clean.ok());
  auto stale = AnswerEntry(e, *clean, Instant{100});
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
  EXPECT_NE(stale.error().message().find("version"), std::string::npos);

  auto fresh = *clean;
  fresh.version = 2;
  auto done = AnswerEntry(e, fresh, Instant{100});
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->version, 3);
  EXPECT_EQ(done->outcome, LiveOutcome::kOnTheSpot);
  EXPECT_EQ(done->answered_by, "Giám đốc Sở Tài chính");
  EXPECT_EQ(done->updated_at, Instant{100});
}

}  // namespace
}  // namespace doithoai
