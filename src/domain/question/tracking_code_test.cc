#include "domain/question/tracking_code.h"

#include <gtest/gtest.h>

#include <array>
#include <set>

#include "core/random.h"

namespace doithoai {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string CodeFrom(uint64_t seed) {
  std::array<uint8_t, kTrackingRandomBytes> bytes{};
  SeededRandom(seed).Fill(bytes);
  return MakeTrackingCode(bytes);
}

std::string Parsed(std::string_view typed) {
  auto r = ParseTrackingCode(typed);
  return r.ok() ? r->code : "error: " + r.error().fields().at(0).reason;
}

TEST(TrackingCode, ReadsAloudInGroupsOfFour) {
  std::array<uint8_t, kTrackingRandomBytes> zeros{};
  EXPECT_EQ(MakeTrackingCode(zeros), "DT-0000-0000-0000-00");
  std::array<uint8_t, kTrackingRandomBytes> ones;
  ones.fill(0xFF);
  // Thirteen Z (31) then the check symbol: 31 · (1 + … + 13) + 14c ≡ 0 (mod 31) → c = 0.
  EXPECT_EQ(MakeTrackingCode(ones), "DT-ZZZZ-ZZZZ-ZZZZ-Z0");
  std::string code = CodeFrom(7);
  ASSERT_EQ(code.size(), 20u);
  EXPECT_EQ(code.substr(0, 3), "DT-");
  EXPECT_EQ(code[7], '-');
  EXPECT_EQ(code[12], '-');
  EXPECT_EQ(code[17], '-');
  for (char c : code.substr(3)) {
    EXPECT_TRUE(c == '-' || kAlphabet.find(c) != std::string_view::npos) << code;
    EXPECT_TRUE(c != 'I' && c != 'L' && c != 'O' && c != 'U') << code;
  }
}

// Issue 10: at least 64 random bits. Every one of the 65 input bits changes the code.
TEST(TrackingCode, EveryRandomBitCounts) {
  static_assert(kTrackingRandomBits >= 64);
  std::array<uint8_t, kTrackingRandomBytes> base{};
  std::set<std::string> codes{MakeTrackingCode(base)};
  for (size_t bit = 0; bit < kTrackingRandomBits; ++bit) {
    auto flipped = base;
    flipped[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
    codes.insert(MakeTrackingCode(flipped));
  }
  EXPECT_EQ(codes.size(), kTrackingRandomBits + 1);
  // Bits past the 65th are not used.
  auto past = base;
  past[8] ^= 0x01;
  EXPECT_EQ(MakeTrackingCode(past), MakeTrackingCode(base));
}

TEST(TrackingCode, IsReadBackHoweverItIsTyped) {
  std::string code = CodeFrom(42);
  EXPECT_EQ(Parsed(code), code);
  std::string bare;
  for (char c : code.substr(3)) {
    if (c != '-') bare += c;
  }
  EXPECT_EQ(Parsed(bare), code);
  std::string lower;
  for (char c : code) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(Parsed(lower), code);
  std::string spaced = "  dt " + bare.substr(0, 4) + " " + bare.substr(4, 4) + " " +
                       bare.substr(8, 4) + " " + bare.substr(12) + " ";
  EXPECT_EQ(Parsed(spaced), code);
  EXPECT_EQ(Parsed("DT" + bare), code);
}

TEST(TrackingCode, TakesOForZeroAndIOrLForOne) {
  std::array<uint8_t, kTrackingRandomBytes> zeros{};
  EXPECT_EQ(Parsed("dt-oooo-oooo-oooo-oo"), MakeTrackingCode(zeros));
  // A code with ones in it, typed with I and l.
  for (uint64_t seed = 0; seed < 200; ++seed) {
    std::string code = CodeFrom(seed);
    if (code.find('1') == std::string::npos) continue;
    std::string typed = code;
    bool use_i = true;
    for (char& c : typed) {
      if (c == '1') c = (use_i = !use_i) ? 'I' : 'l';
    }
    EXPECT_EQ(Parsed(typed), code);
    return;
  }
  FAIL() << "no code with a 1 in 200 seeds";
}

// The check symbol catches every single mistyped symbol and every swap of two neighbours.
TEST(TrackingCode, CheckSymbolCatchesTyposAndSwaps) {
  for (uint64_t seed = 0; seed < 50; ++seed) {
    std::string code = CodeFrom(seed);
    std::string bare;
    for (char c : code.substr(3)) {
      if (c != '-') bare += c;
    }
    for (size_t i = 0; i < bare.size(); ++i) {
      for (char c : kAlphabet) {
        if (c == bare[i]) continue;
        std::string typo = bare;
        typo[i] = c;
        // '0' ↔ 'Z' in a payload position differ by 31: the one substitution mod 31 misses.
        bool blind = (bare[i] == '0' && c == 'Z') || (bare[i] == 'Z' && c == '0');
        if (!blind) {
          EXPECT_FALSE(ParseTrackingCode(typo).ok()) << code << " → " << typo;
        }
      }
      if (i + 1 < bare.size() && bare[i] != bare[i + 1]) {
        std::string swapped = bare;
        std::swap(swapped[i], swapped[i + 1]);
        int a = static_cast<int>(kAlphabet.find(bare[i]));
        int b = static_cast<int>(kAlphabet.find(bare[i + 1]));
        if (std::abs(a - b) != 31) {
          EXPECT_FALSE(ParseTrackingCode(swapped).ok()) << swapped;
        }
      }
    }
  }
  auto typo = ParseTrackingCode("DT-0000-0000-0000-01");
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().fields().at(0).field, "code");
  EXPECT_NE(typo.error().fields().at(0).reason.find("gõ nhầm"), std::string::npos);
}

TEST(TrackingCode, RefusesWhatIsNotACode) {
  for (std::string_view bad :
       {"", "DT", "<script>alert(1)</script>", "DT-0000-0000-0000-0", "DT-0000-0000-0000-000",
        "DT-UUUU-0000-0000-00", "DT-0000-0000-0000-0!", "XY-0000-0000-0000-00", "DT.20251312.0012",
        "DT.20250312.00x2", "DT.20250312.", "ĐT-0000-0000-0000-00",
        "DT-0000-0000-0000-00-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000"}) {
    auto r = ParseTrackingCode(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalid) << bad;
    EXPECT_EQ(r.error().fields().at(0).field, "code") << bad;
  }
  EXPECT_FALSE(ParseTrackingCode(std::string(1000, '0')).ok());
}

// Codes issued before issue 10 stay valid: youths wrote them down.
TEST(TrackingCode, LegacyCodesStayValid) {
  EXPECT_EQ(FormatLegacyTrackingCode(Date(2025, 3, 12), 12), "DT.20250312.0012");
  EXPECT_EQ(FormatLegacyTrackingCode(Date(2025, 3, 12), 12345), "DT.20250312.12345");
  auto r = ParseTrackingCode(" dt.20250312.0012 ");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->code, "DT.20250312.0012");
  EXPECT_TRUE(r->legacy);
  auto fresh = ParseTrackingCode(CodeFrom(1));
  ASSERT_TRUE(fresh.ok());
  EXPECT_FALSE(fresh->legacy);
}

}  // namespace
}  // namespace doithoai
