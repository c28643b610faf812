// The storage suite's clauses for the dialogue day (app/live/live_repository.h), on every
// backend. Pinned: entries are numbered 1, 2, … per dialogue in the order stored; a second
// entry with the same client key in one dialogue is a conflict (another dialogue may reuse
// it); an update keeps the seq and key and stores everything else; the screen holds one seq
// or none per dialogue.
#include <gtest/gtest.h>

#include "app/live/live_repository.h"
#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

struct LiveSeed {
  DialogueId first, second;
  UserId secretary;
};

LiveSeed SeedLive(Store& store) {
  LiveSeed s;
  EXPECT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    Unit u;
                    u.code = "hai-phong";
                    u.name = "Thành phố Hải Phòng";
                    u.kind = "thành phố";
                    u.level = UnitLevel::kProvince;
                    DT_ASSIGN_OR_RETURN(Unit unit, tx.units().Insert(u));
                    Dialogue d;
                    d.unit = unit.id;
                    d.year = 2026;
                    d.title = "Đối thoại 2026";
                    d.held_on = Date(2026, 3, 26);
                    DT_ASSIGN_OR_RETURN(Dialogue a, tx.dialogues().Insert(d));
                    DT_ASSIGN_OR_RETURN(Dialogue b, tx.dialogues().Insert(d));
                    User user;
                    user.username = "thuky";
                    user.display_name = "Thư ký";
                    user.password_hash = "x";
                    user.created_at = Instant{1774000000};
                    DT_ASSIGN_OR_RETURN(User stored, tx.users().Insert(user));
                    s = {a.id, b.id, stored.id};
                    return Ok();
                  })
                  .ok());
  return s;
}

LiveEntry Entry(const LiveSeed& s, DialogueId d, std::string key, std::string text) {
  LiveEntry e;
  e.dialogue = d;
  e.client_key = std::move(key);
  e.channel = LiveChannel::kOnline;
  e.asker = "Nguyễn Văn An";
  e.asker_unit = "Chi đoàn phường An Biên";
  e.text = std::move(text);
  e.entered_by = s.secretary;
  e.entered_at = Instant{1774500000};
  e.updated_at = e.entered_at;
  return e;
}

TEST_P(StorageSuite, LiveEntriesAreNumberedPerDialogueAndKeyedByClient) {
  LiveSeed s = SeedLive(store());
  ASSERT_TRUE(
      store()
          .Write([&](Tx& tx) -> Status {
            DT_ASSIGN_OR_RETURN(auto one, tx.live().Insert(Entry(s, s.first, "key-00001", "Một")));
            DT_ASSIGN_OR_RETURN(auto two, tx.live().Insert(Entry(s, s.first, "key-00002", "Hai")));
            DT_ASSIGN_OR_RETURN(auto other,
                                tx.live().Insert(Entry(s, s.second, "key-00001", "Khác")));
            EXPECT_EQ(one.seq, 1);
            EXPECT_EQ(two.seq, 2);
            EXPECT_EQ(other.seq, 1) << "numbered per dialogue, key reused elsewhere";
            EXPECT_NE(one.id, two.id);
            return Ok();
          })
          .ok());
  auto again = store().Write([&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.live().Insert(Entry(s, s.first, "key-00001", "Lặp")));
    return Ok();
  });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto list = tx.live().List(s.first);
                    EXPECT_EQ(list.size(), 2u) << "the refused insert left nothing behind";
                    auto found = tx.live().FindByKey(s.first, "key-00002");
                    EXPECT_TRUE(found && found->seq == 2 && found->text == "Hai");
                    EXPECT_FALSE(tx.live().FindByKey(s.second, "key-00002"));
                    auto first = tx.live().Find(s.first, 1);
                    EXPECT_TRUE(first && first->asker == "Nguyễn Văn An" &&
                                first->channel == LiveChannel::kOnline &&
                                first->asker_unit == "Chi đoàn phường An Biên");
                    EXPECT_FALSE(tx.live().Find(s.first, 3));
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, LiveEntryUpdatesKeepTheirPlace) {
  LiveSeed s = SeedLive(store());
  AgencyId agency;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    Agency a;
                    a.unit = tx.dialogues().Find(s.first)->unit;
                    a.code = "so-noi-vu";
                    a.name = "Sở Nội vụ";
                    DT_ASSIGN_OR_RETURN(Agency stored, tx.agencies().Insert(a));
                    agency = stored.id;
                    DT_ASSIGN_OR_RETURN(auto e,
                                        tx.live().Insert(Entry(s, s.first, "key-00001", "Một")));
                    e.answered_by = "Giám đốc Sở Nội vụ";
                    e.answer = "Sẽ trả lời bằng văn bản.";
                    e.outcome = LiveOutcome::kForwarded;
                    e.forwarded_to = agency;
                    e.promised_by = Date(2026, 4, 30);
                    e.duplicate_of = 7;
                    e.version = 2;
                    e.updated_at = Instant{1774500100};
                    return tx.live().Update(e);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto e = tx.live().Find(s.first, 1);
                    EXPECT_TRUE(e.has_value());
                    if (!e) return Ok();
                    EXPECT_EQ(e->client_key, "key-00001");
                    EXPECT_EQ(e->outcome, LiveOutcome::kForwarded);
                    EXPECT_EQ(e->forwarded_to, agency);
                    EXPECT_EQ(e->promised_by, Date(2026, 4, 30));
                    EXPECT_EQ(e->duplicate_of, 7);
                    EXPECT_EQ(e->version, 2);
                    EXPECT_EQ(e->answer, "Sẽ trả lời bằng văn bản.");
                    EXPECT_EQ(e->updated_at, Instant{1774500100});
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, TheScreenHoldsOneQuestionOrNone) {
  LiveSeed s = SeedLive(store());
  auto read = [&]() {
    std::optional<LiveScreenState> out;
    EXPECT_TRUE(store()
                    .Read([&](Tx& tx) -> Status {
                      out = tx.live().Screen(s.first);
                      return Ok();
                    })
                    .ok());
    return out;
  };
  EXPECT_FALSE(read().has_value());
  ASSERT_TRUE(
      store().Write([&](Tx& tx) { return tx.live().SetScreen(s.first, 4, Instant{10}); }).ok());
  EXPECT_EQ(read()->seq, 4);
  ASSERT_TRUE(
      store()
          .Write([&](Tx& tx) { return tx.live().SetScreen(s.first, std::nullopt, Instant{20}); })
          .ok());
  auto cleared = read();
  ASSERT_TRUE(cleared.has_value());
  EXPECT_FALSE(cleared->seq.has_value());
  EXPECT_EQ(cleared->since, Instant{20});
}

TEST_P(StorageSuite, TheProgrammeIsReplacedWholeAndDelegatesCheckIn) {
  LiveSeed s = SeedLive(store());
  Delegate stored;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_RETURN_IF_ERROR(tx.live().SetAgenda(
                        s.first, {{"08:00", "Khai mạc", "Thành đoàn"}, {"", "Đối thoại", ""}}));
                    DT_RETURN_IF_ERROR(tx.live().SetAgenda(
                        s.first, {{"07:30", "Đón tiếp", ""}, {"08:00", "Khai mạc", ""}}));
                    Delegate d;
                    d.dialogue = s.first;
                    d.name = "Nguyễn Văn An";
                    d.position = "Bí thư Chi đoàn";
                    d.unit = "Phường An Biên";
                    d.created_at = Instant{1774000000};
                    DT_ASSIGN_OR_RETURN(stored, tx.live().InsertDelegate(d));
                    d.kind = DelegateKind::kGuest;
                    d.name = "Khách mời";
                    DT_ASSIGN_OR_RETURN(auto guest, tx.live().InsertDelegate(d));
                    EXPECT_NE(guest.id, stored.id);
                    stored.checked_in_at = Instant{1774500000};
                    return tx.live().UpdateDelegate(stored);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto agenda = tx.live().Agenda(s.first);
                    EXPECT_EQ(agenda.size(), 2u);
                    if (agenda.size() == 2) {
                      EXPECT_EQ(agenda[0].title, "Đón tiếp");
                      EXPECT_EQ(agenda[1].starts_at, "08:00");
                    }
                    EXPECT_TRUE(tx.live().Agenda(s.second).empty());
                    auto list = tx.live().Delegates(s.first);
                    EXPECT_EQ(list.size(), 2u);
                    auto found = tx.live().FindDelegate(s.first, stored.id);
                    EXPECT_TRUE(found && found->checked_in_at == Instant{1774500000} &&
                                found->unit == "Phường An Biên");
                    EXPECT_FALSE(tx.live().FindDelegate(s.second, stored.id))
                        << "another dialogue's id";
                    EXPECT_TRUE(tx.live().Delegates(s.second).empty());
                    return Ok();
                  })
                  .ok());
}

}  // namespace
}  // namespace doithoai
