#include "documents/parse/agency.h"

#include <gtest/gtest.h>

#include <string>

namespace doithoai::documents::parse {
namespace {

std::string Scan(std::string_view s) { return std::string(s.substr(0, ScanAgency(s))); }

TEST(ScanAgency, StopsAtTheFirstAction) {
  EXPECT_EQ(Scan("Sở Thông tin và Truyền thông tổ chức tuyên truyền"),
            "Sở Thông tin và Truyền thông");
  EXPECT_EQ(Scan("Tỉnh đoàn cử công chức tham gia"), "Tỉnh đoàn");
  EXPECT_EQ(Scan("các sở, ngành thành phố chủ động tham mưu"), "các sở, ngành thành phố");
  EXPECT_EQ(Scan("Sở Nội vụ xây dựng nội dung"), "Sở Nội vụ");
  EXPECT_EQ(Scan("Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả"),
            "Ủy ban nhân dân các xã, phường, đặc khu");
}

TEST(ScanAgency, StopsAtPrepositionsAndPunctuation) {
  EXPECT_EQ(Scan("Thành đoàn Hải Phòng trong triển khai"), "Thành đoàn Hải Phòng");
  EXPECT_EQ(Scan("Văn phòng Chính phủ về thực hiện Kết luận"), "Văn phòng Chính phủ");
  EXPECT_EQ(Scan("Sở Nội vụ: - Chủ trì"), "Sở Nội vụ");
  EXPECT_EQ(Scan("Sở Nội vụ (Phòng Công tác thanh niên)"), "Sở Nội vụ");
  EXPECT_EQ(Scan("Sở Nội vụ. Sau đó"), "Sở Nội vụ");
  EXPECT_EQ(Scan("Đoàn Thanh niên cộng sản Hồ Chí Minh các cấp nhằm khuyến khích"),
            "Đoàn Thanh niên cộng sản Hồ Chí Minh các cấp");
}

// Capitalised words belong to names even when they spell an action: "Ban Tổ chức".
TEST(ScanAgency, KeepsProperNamesWhole) {
  EXPECT_EQ(Scan("Ban Tổ chức Tỉnh ủy tham mưu"), "Ban Tổ chức Tỉnh ủy");
  EXPECT_EQ(Scan("Sở Nông nghiệp và Phát triển nông thôn chuẩn bị"),
            "Sở Nông nghiệp và Phát triển nông thôn");
  EXPECT_EQ(Scan("UBND TP. Hải Phòng chủ trì"), "UBND TP. Hải Phòng");
  EXPECT_EQ(Scan("Phòng Văn hóa - Xã hội tham mưu"), "Phòng Văn hóa - Xã hội");
  EXPECT_EQ(Scan("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên hỗ trợ, "
                 "phối hợp với"),
            "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên");
}

TEST(StartsWithAgencyHead, NamesABody) {
  for (std::string_view s : {"Sở Nội vụ", "Thành đoàn", "các cơ quan, đơn vị", "Các sở, ngành",
                             "UBND huyện", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Đài Phát thanh",
                             "các các cơ quan", "Công an phường", "Văn phòng UBND"}) {
    EXPECT_TRUE(StartsWithAgencyHead(s)) << s;
  }
  for (std::string_view s : {"nhiệm vụ cụ thể", "Thanh niên Việt Nam", "ban hành", "Sởi",
                             "các nhiệm vụ", "Lãnh đạo UBND tỉnh", ""}) {
    EXPECT_FALSE(StartsWithAgencyHead(s)) << s;
  }
}

TEST(SplitAgencies, SplitsBeforeEachCapitalisedBody) {
  EXPECT_EQ(SplitAgencies("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh, Sở Thông tin và Truyền "
                          "thông, Đài Phát thanh và Truyền hình Hưng Yên"),
            (std::vector<std::string>{"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
                                      "Sở Thông tin và Truyền thông",
                                      "Đài Phát thanh và Truyền hình Hưng Yên"}));
  EXPECT_EQ(SplitAgencies("các cơ quan, đơn vị và địa phương trên địa bàn thành phố"),
            (std::vector<std::string>{"Các cơ quan, đơn vị và địa phương trên địa bàn thành phố"}));
  EXPECT_EQ(SplitAgencies("Sở Văn hóa, Thể thao và Du lịch và Sở Nội vụ"),
            (std::vector<std::string>{"Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"}));
  EXPECT_EQ(SplitAgencies("Đoàn Thanh niên các xã, phường; Hội Liên hiệp thanh niên cấp xã."),
            (std::vector<std::string>{"Đoàn Thanh niên các xã, phường",
                                      "Hội Liên hiệp thanh niên cấp xã"}));
}

TEST(NormalizeAgency, TrimsCapitalisesAndDropsAStutter) {
  EXPECT_EQ(NormalizeAgency("các các cơ quan, đơn vị;"), "Các cơ quan, đơn vị");
  EXPECT_EQ(NormalizeAgency("  đoàn phường. "), "Đoàn phường");
  EXPECT_EQ(NormalizeAgency("Sở Nội vụ:"), "Sở Nội vụ");
}

}  // namespace
}  // namespace doithoai::documents::parse
