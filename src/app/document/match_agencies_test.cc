// Matching written names to agencies through the use case (issue 11, item 3), on the in-memory
// store: the unit's agencies and its wards' committees, the tree scope, and bad input naming
// its field.
#include "app/document/match_agencies.h"

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class MatchAgencyNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng",
                                  "thành phố trực thuộc trung ương", "province"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"},
                                 {2, "ngo-quyen", "Phường Ngô Quyền", "phường", "commune"}})
                    .ok());
    Actor admin = app_test::MakeActor(ctx_, "admin", "administrator", kNation, std::nullopt);
    for (auto [unit, code, name] :
         std::initializer_list<std::tuple<int64_t, const char*, const char*>>{
             {kCity, "so-kh-cn", "Sở Khoa học và Công nghệ"},
             {kCity, "thanh-doan", "Thành đoàn Hải Phòng"},
             {kWard, "ubnd-hb", "Ủy ban nhân dân phường Hồng Bàng"},
             {kWard, "vh-xh", "Phòng Văn hóa - Xã hội phường Hồng Bàng"},
             {kOtherWard, "ubnd-nq", "Ủy ban nhân dân phường Ngô Quyền"}}) {
      agency_[code] = CreateAgency(ctx_, admin, {unit, code, name}).value().id;
    }
    city_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", kCity, std::nullopt);
    ward_ = app_test::MakeActor(ctx_, "vhxhphuong", "coordinator", kWard, agency_["vh-xh"].value);
    hanoi_ = app_test::MakeActor(ctx_, "hanoi", "coordinator", kHanoi, std::nullopt);
    officer_ =
        app_test::MakeActor(ctx_, "sokhcn", "agency_officer", kCity, agency_["so-kh-cn"].value);
  }

  static std::string FieldOf(const Error& e) {
    return e.fields().empty() ? "" : e.fields().front().field;
  }

  static constexpr int64_t kNation = 1, kCity = 2, kHanoi = 3, kWard = 4, kOtherWard = 5;
  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2026-05-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  std::map<std::string, AgencyId> agency_;
  Actor city_, ward_, hanoi_, officer_;
};

TEST_F(MatchAgencyNamesTest, TheUnitsAgenciesAndItsWardsCommittees) {
  auto r = MatchAgencyNames(ctx_, city_, UnitId(kCity),
                            {"  Sở KH&CN ", "Thành đoàn", "UBND các phường", "Sở Tài chính"});
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[0].name, "Sở KH&CN");
  EXPECT_EQ((*r)[0].match.candidates.at(0).agency.id, agency_["so-kh-cn"]);
  EXPECT_EQ((*r)[0].match.reason, "abbreviation");
  EXPECT_EQ((*r)[1].match.candidates.at(0).agency.id, agency_["thanh-doan"]);
  const AgencyMatch& wards = (*r)[2].match;
  ASSERT_EQ(wards.kind, AgencyMatch::Kind::kGroup);
  std::vector<AgencyId> ids;
  for (const auto& c : wards.candidates) ids.push_back(c.agency.id);
  EXPECT_EQ(ids, (std::vector<AgencyId>{agency_["ubnd-hb"], agency_["ubnd-nq"]}));
  EXPECT_EQ((*r)[3].match.kind, AgencyMatch::Kind::kUnsure);

  auto ward = MatchAgencyNames(ctx_, ward_, UnitId(kWard), {"Phòng VH-XH", "UBND phường"});
  ASSERT_TRUE(ward.ok());
  EXPECT_EQ((*ward)[0].match.candidates.at(0).agency.id, agency_["vh-xh"]);
  EXPECT_EQ((*ward)[1].match.candidates.at(0).agency.id, agency_["ubnd-hb"]);
}

TEST_F(MatchAgencyNamesTest, OnlyAtAUnitTheActorMayRecordDocumentsAt) {
  EXPECT_EQ(MatchAgencyNames(ctx_, ward_, UnitId(kCity), {"Sở KH&CN"}).error().code(),
            ErrorCode::kForbidden);
  EXPECT_EQ(MatchAgencyNames(ctx_, hanoi_, UnitId(kCity), {"Sở KH&CN"}).error().code(),
            ErrorCode::kForbidden);
  EXPECT_EQ(MatchAgencyNames(ctx_, officer_, UnitId(kCity), {"Sở KH&CN"}).error().code(),
            ErrorCode::kForbidden);
  EXPECT_TRUE(MatchAgencyNames(ctx_, city_, UnitId(kWard), {"Đoàn phường"}).ok());
}

TEST_F(MatchAgencyNamesTest, BadInputNamesItsField) {
  EXPECT_EQ(FieldOf(MatchAgencyNames(ctx_, city_, UnitId(kCity), {}).error()), "names");
  std::vector<std::string> many(kMaxMatchNames + 1, "Sở Nội vụ");
  EXPECT_EQ(FieldOf(MatchAgencyNames(ctx_, city_, UnitId(kCity), many).error()), "names");
  many.pop_back();
  EXPECT_TRUE(MatchAgencyNames(ctx_, city_, UnitId(kCity), many).ok());
  EXPECT_EQ(FieldOf(MatchAgencyNames(ctx_, city_, UnitId(kCity),
                                     {"Sở", std::string(kMaxMatchNameLength + 1, 'x')})
                        .error()),
            "names[1]");
  EXPECT_EQ(FieldOf(MatchAgencyNames(ctx_, city_, UnitId(kCity), {"\xff\xfe"}).error()),
            "names[0]");
  EXPECT_EQ(FieldOf(MatchAgencyNames(ctx_, city_, UnitId(999), {"Sở Nội vụ"}).error()), "unit_id");
}

}  // namespace
}  // namespace doithoai
