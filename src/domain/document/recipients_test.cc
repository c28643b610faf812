#include "domain/document/recipients.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Unit Nation() {
  return {UnitId(1), "vn", "Việt Nam", "quốc gia", UnitLevel::kNation, std::nullopt, "/1/"};
}
Unit City() {
  return {UnitId(2), "hai-phong", "Thành phố Hải Phòng", "thành phố", UnitLevel::kProvince,
          UnitId(1), "/1/2/"};
}
Unit Province() {
  return {UnitId(4), "hung-yen", "Tỉnh Hưng Yên", "tỉnh", UnitLevel::kProvince, UnitId(1), "/1/4/"};
}
Unit Ward() {
  return {UnitId(3),           "11311",   "Phường Hồng Bàng", "phường",
          UnitLevel::kCommune, UnitId(2), "/1/2/3/"};
}

// Issue 13: a ward's annual report goes to the city People's Committee through Sở Nội vụ,
// copies to its own Party committee and People's Council.
TEST(Recipients, AWardsReportGoesToTheCityThroughHomeAffairs) {
  Recipients r =
      DefaultRecipients(DocumentPurpose::kReport, IssuerFamily::kPeoplesCommittee, Ward(), City());
  EXPECT_EQ(r.addressed,
            std::vector<std::string>{"Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)"});
  EXPECT_EQ(r.copies, (std::vector<std::string>{"Thường trực Đảng ủy phường Hồng Bàng",
                                                "Thường trực Hội đồng nhân dân phường Hồng Bàng"}));
}

TEST(Recipients, ACitysOrProvincesReportGoesToTheMinistry) {
  Recipients r = DefaultRecipients(DocumentPurpose::kReport, IssuerFamily::kPeoplesCommittee,
                                   City(), Nation());
  EXPECT_EQ(r.addressed, std::vector<std::string>{"Bộ Nội vụ"});
  EXPECT_EQ(r.copies,
            (std::vector<std::string>{"Thường trực Thành ủy Hải Phòng",
                                      "Thường trực Hội đồng nhân dân thành phố Hải Phòng"}));
  r = DefaultRecipients(DocumentPurpose::kReport, IssuerFamily::kPeoplesCommittee, Province(),
                        Nation());
  EXPECT_EQ(r.copies.front(), "Thường trực Tỉnh ủy Hưng Yên");
}

TEST(Recipients, ALetterCopiesTheSuperiorForInformation) {
  Recipients r =
      DefaultRecipients(DocumentPurpose::kLetter, IssuerFamily::kPeoplesCommittee, Ward(), City());
  EXPECT_TRUE(r.addressed.empty());
  ASSERT_EQ(r.copies.size(), 3u);
  EXPECT_EQ(r.copies[0], "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)");
}

TEST(Recipients, OtherFamiliesReportToTheirOwnSuperior) {
  EXPECT_EQ(SuperiorOf(IssuerFamily::kParty, Ward(), City()), "Ban Thường vụ Thành ủy Hải Phòng");
  EXPECT_EQ(SuperiorOf(IssuerFamily::kYouthUnion, Ward(), City()),
            "Ban Thường vụ Thành đoàn Hải Phòng");
  EXPECT_EQ(SuperiorOf(IssuerFamily::kFatherlandFront, Ward(), City()),
            "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng");
  Recipients r = DefaultRecipients(DocumentPurpose::kLetter, IssuerFamily::kParty, Ward(), City());
  EXPECT_EQ(r.copies, (std::vector<std::string>{"Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                                                "Ủy ban nhân dân phường Hồng Bàng"}));
}

}  // namespace
}  // namespace doithoai
