#include "domain/agency/agency_match.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Unit MakeUnit(int64_t id, std::string name, std::string kind, UnitLevel level) {
  Unit u;
  u.id = UnitId(id);
  u.name = std::move(name);
  u.kind = std::move(kind);
  u.level = level;
  return u;
}

std::vector<Agency> MakeAgencies(int64_t first_id, UnitId unit,
                                 std::initializer_list<const char*> names) {
  std::vector<Agency> out;
  for (const char* n : names) {
    Agency a;
    a.id = AgencyId(first_id++);
    a.unit = unit;
    a.name = n;
    out.push_back(a);
  }
  return out;
}

// A ward after the 2025 reorganisation, with its bodies as the admin typed them.
AgencyMatcher Ward() {
  AgencyDirectory d;
  d.unit = MakeUnit(10, "Phường Hồng Bàng", "phường", UnitLevel::kCommune);
  d.agencies = MakeAgencies(
      100, d.unit.id,
      {"Ủy ban nhân dân phường Hồng Bàng", "Văn phòng HĐND và UBND phường",
       "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
       "Đoàn Thanh niên phường Hồng Bàng", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng",
       "Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường", "Công an phường Hồng Bàng",
       "Ban Chỉ huy Quân sự phường", "Chi bộ khu phố 1", "Chi bộ khu phố 2", "Trạm Y tế phường"});
  return AgencyMatcher(d);
}

// A province with its departments and two wards below it.
AgencyMatcher Province() {
  AgencyDirectory d;
  d.unit = MakeUnit(2, "Tỉnh Hưng Yên", "tỉnh", UnitLevel::kProvince);
  d.agencies = MakeAgencies(
      200, d.unit.id,
      {"Ủy ban nhân dân tỉnh Hưng Yên", "Sở Nội vụ", "Sở Ngoại vụ",
       "Sở Lao động - Thương binh và Xã hội", "Sở Khoa học và Công nghệ",
       "Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
       "Sở Kế hoạch và Đầu tư", "Tỉnh đoàn Hưng Yên", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
       "Hội Nông dân tỉnh"});
  AgencyDirectory::Child a{MakeUnit(21, "Phường Phố Hiến", "phường", UnitLevel::kCommune), {}};
  a.agencies = MakeAgencies(300, a.unit.id,
                            {"Ủy ban nhân dân phường Phố Hiến", "Đoàn Thanh niên phường Phố Hiến"});
  AgencyDirectory::Child b{MakeUnit(22, "Xã Văn Giang", "xã", UnitLevel::kCommune), {}};
  b.agencies = MakeAgencies(400, b.unit.id, {"UBND xã Văn Giang"});
  d.children = {a, b};
  return AgencyMatcher(d);
}

void ExpectMatch(const AgencyMatcher& m, const char* written, int64_t id, const char* reason) {
  AgencyMatch r = m.Match(written);
  ASSERT_EQ(r.kind, AgencyMatch::Kind::kMatched) << written << " → " << r.reason;
  ASSERT_EQ(r.candidates.size(), 1u);
  EXPECT_EQ(r.candidates[0].agency.id.value, id) << written << " → " << r.candidates[0].agency.name;
  EXPECT_EQ(r.reason, reason) << written;
  EXPECT_GE(r.score, kMatchThreshold);
}

TEST(AgencyMatch, ReasonsFromExactToPlace) {
  auto w = Ward();
  ExpectMatch(w, "Phòng Văn hóa - Xã hội", 102, "exact");
  ExpectMatch(w, "phong van hoa xa hoi", 102, "folded");
  ExpectMatch(w, "Phòng VH-XH", 102, "abbreviation");
  ExpectMatch(w, "UBND phường Hồng Bàng", 100, "abbreviation");
  ExpectMatch(w, "UBND phường", 100, "place");
  ExpectMatch(w, "Đoàn phường", 104, "place");
  ExpectMatch(w, "Đoàn TNCS Hồ Chí Minh phường", 104, "place");
  ExpectMatch(w, "MTTQ", 105, "place");
  ExpectMatch(w, "Ủy ban MTTQ Việt Nam phường", 105, "place");
  ExpectMatch(w, "Công an phường", 108, "place");
  ExpectMatch(w, "Hội LHPN phường", 106, "abbreviation");
  ExpectMatch(w, "Ban CHQS phường", 109, "abbreviation");
  ExpectMatch(w, "Hội Phụ nữ", 106, "place");
  ExpectMatch(w, "Giám đốc Trạm Y tế phường", 112, "folded");
}

TEST(AgencyMatch, TyposWithinOneOrTwoLettersAndNoRival) {
  auto w = Ward();
  ExpectMatch(w, "Phòng Văn hóa - Xã hộ", 102, "typo");
  ExpectMatch(w, "Hội Cựu chiến bing phường", 107, "typo");
  auto p = Province();
  // "Sở Nội vụ" and "Sở Ngoại vụ" are two letters apart: a slip between them is never guessed.
  EXPECT_EQ(p.Match("Sở Ngọi vụ").kind, AgencyMatch::Kind::kUnsure);
}

TEST(AgencyMatch, DepartmentShorthand) {
  auto p = Province();
  ExpectMatch(p, "Sở LĐ-TB&XH", 203, "abbreviation");
  ExpectMatch(p, "Sở KH&CN", 204, "abbreviation");
  ExpectMatch(p, "Sở TN&MT", 205, "abbreviation");
  ExpectMatch(p, "Sở GD&ĐT", 206, "abbreviation");
  ExpectMatch(p, "Sở VHTT&DL", 207, "abbreviation");
  ExpectMatch(p, "Sở VH,TT&DL", 207, "abbreviation");
  ExpectMatch(p, "Sở KH&ĐT", 208, "abbreviation");
  ExpectMatch(p, "Tỉnh Đoàn", 209, "place");
  EXPECT_NE(p.Match("Huyện đoàn").kind, AgencyMatch::Kind::kMatched);
  ExpectMatch(p, "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", 209, "place");
  ExpectMatch(p, "UBND tỉnh", 200, "place");
  ExpectMatch(p, "Giám đốc Sở Nội vụ (để thực hiện)", 201, "folded");
}

TEST(AgencyMatch, UnitKindAsTheSourceListWritesIt) {
  AgencyDirectory d;
  d.unit =
      MakeUnit(3, "Thành phố Hải Phòng", "thành phố trực thuộc trung ương", UnitLevel::kProvince);
  d.agencies = MakeAgencies(500, d.unit.id, {"Thành đoàn Hải Phòng", "Công an thành phố"});
  AgencyMatcher m(d);
  ExpectMatch(m, "Thành đoàn", 500, "place");
  ExpectMatch(m, "Công an TP Hải Phòng", 501, "place");
}

TEST(AgencyMatch, LowerUnitsOnlyWhenNamed) {
  auto p = Province();
  ExpectMatch(p, "UBND phường Phố Hiến", 300, "abbreviation");
  ExpectMatch(p, "Đoàn phường Phố Hiến", 301, "place");
  ExpectMatch(p, "Ủy ban nhân dân xã Văn Giang", 400, "abbreviation");
  // A ward's committee is not the province's, and "UBND tỉnh" in a ward is not the ward's.
  ExpectMatch(p, "Ủy ban nhân dân", 200, "place");
  EXPECT_NE(Ward().Match("UBND tỉnh").kind, AgencyMatch::Kind::kMatched);
  EXPECT_NE(Ward().Match("Đoàn Thanh niên xã Văn Giang").kind, AgencyMatch::Kind::kMatched);
}

std::vector<int64_t> Ids(const AgencyMatch& m) {
  std::vector<int64_t> out;
  for (const auto& c : m.candidates) out.push_back(c.agency.id.value);
  return out;
}

TEST(AgencyMatch, GroupsCoverTheirBodies) {
  auto w = Ward();
  auto m = w.Match("Các cơ quan, đơn vị trên địa bàn phường");
  EXPECT_EQ(m.kind, AgencyMatch::Kind::kGroup);
  EXPECT_EQ(m.candidates.size(), 13u);
  m = w.Match("Các chi bộ, đảng bộ trực thuộc");
  EXPECT_EQ(m.kind, AgencyMatch::Kind::kGroup);
  EXPECT_EQ(Ids(m), (std::vector<int64_t>{110, 111}));
  m = w.Match("các phòng, ban chuyên môn");
  EXPECT_EQ(m.reason, "offices");
  EXPECT_EQ(Ids(m), (std::vector<int64_t>{101, 102, 103, 109}));
  m = w.Match("các tổ chức chính trị - xã hội");
  EXPECT_EQ(Ids(m), (std::vector<int64_t>{104, 105, 106, 107}));
  m = w.Match("Các cơ quan, đơn vị liên quan");
  EXPECT_TRUE(m.choose);

  auto p = Province();
  m = p.Match("UBND các xã, phường");
  EXPECT_EQ(m.reason, "child_committees");
  EXPECT_EQ(Ids(m), (std::vector<int64_t>{300, 400}));
  m = p.Match("các sở, ban, ngành");
  EXPECT_EQ(m.reason, "departments");
  EXPECT_EQ(m.candidates.size(), 8u);
  m = p.Match("Các sở, ban, ngành, đoàn thể tỉnh");
  EXPECT_EQ(m.candidates.size(), 11u);
}

TEST(AgencyMatch, UnsureRatherThanWrong) {
  auto p = Province();
  auto m = p.Match("Sở Thông tin và Truyền thông");
  EXPECT_EQ(m.kind, AgencyMatch::Kind::kUnsure);
  EXPECT_LE(m.candidates.size(), 3u);
  for (const auto& c : m.candidates) EXPECT_LT(c.score, kMatchThreshold);
  EXPECT_EQ(p.Match("Như trên").reason, "not_agency");
  EXPECT_EQ(p.Match("Lưu: VT, KSTTHC").reason, "not_agency");
  EXPECT_EQ(p.Match(" ; ").reason, "empty");
  // Two bodies equally close: the user picks.
  auto w = Ward();
  m = w.Match("Chi bộ khu phố");
  EXPECT_EQ(m.kind, AgencyMatch::Kind::kUnsure);
  ASSERT_GE(m.candidates.size(), 2u);
  EXPECT_EQ(
      (std::vector<int64_t>{m.candidates[0].agency.id.value, m.candidates[1].agency.id.value}),
      (std::vector<int64_t>{110, 111}));
}

}  // namespace
}  // namespace doithoai
