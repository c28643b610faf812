// What the dialogue day's use-case tests share (app/live, documents/records): a city with
// Sở Nội vụ and Sở Tài chính, its coordinator, Youth Union officer, leader and a finance
// officer, a published 2026 dialogue held 26/03 and a clock on that day; Record() enters a
// floor question as a secretary.
#pragma once

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/live/live_session.h"
#include "storage/memory/memory_store.h"

namespace doithoai::app_test {

class LiveDialogueTest : public ::testing::Test {
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

}  // namespace doithoai::app_test
