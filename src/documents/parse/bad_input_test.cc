// SYSTEM.md §5 "Bad input": every input is validated and bad input gets a clear error (field
// and reason, in Vietnamese), never a crash. Issue 3: "Bad input (empty file, binary, not
// UTF-8, 10 MB of noise) gets a clear error."
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/parse/test_data.h"

namespace doithoai::documents {
namespace {

void ExpectFileError(std::string_view input, ErrorCode code, std::string_view reason_part) {
  Result<ParsedDocument> doc = ParseDocument(input);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code(), code) << doc.error().message();
  ASSERT_EQ(doc.error().fields().size(), 1u);
  EXPECT_EQ(doc.error().fields()[0].field, "file");
  EXPECT_NE(doc.error().fields()[0].reason.find(reason_part), std::string::npos)
      << doc.error().fields()[0].reason;
}

std::string RandomBytes(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

TEST(BadInput, EmptyFile) {
  ExpectFileError("", ErrorCode::kInvalid, "rỗng");
  ExpectFileError("   \n\n\t \r\n", ErrorCode::kInvalid, "rỗng");
  ExpectFileError("\xEF\xBB\xBF", ErrorCode::kInvalid, "rỗng");     // only a byte-order mark
  ExpectFileError("-----\n***\n2\n", ErrorCode::kInvalid, "rỗng");  // only rules and a page number
}

TEST(BadInput, BinaryFile) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  ExpectFileError(png, ErrorCode::kInvalid, "nhị phân");
  ExpectFileError(std::string("Kế hoạch\0số 36", 15), ErrorCode::kInvalid, "nhị phân");
  ExpectFileError("\x01\x02\x03\x04 some text \x05\x06\x07\x08", ErrorCode::kInvalid, "nhị phân");
}

TEST(BadInput, Utf16) {
  ExpectFileError(std::string("\xFF\xFEK\0\xBF\x1E", 6), ErrorCode::kInvalid, "UTF-16");
}

// A file saved in a legacy Vietnamese code page: Windows-1258 "Kế hoạch" is not UTF-8.
TEST(BadInput, NotUtf8) {
  ExpectFileError(
      "K\xEA\xEC ho\xF2"
      "a\xF2"
      "ch s\xF4\xEC 36/KH-UBND",
      ErrorCode::kInvalid, "UTF-8");
  ExpectFileError("S\xE1\xBB", ErrorCode::kInvalid, "UTF-8");  // a truncated sequence
  ExpectFileError("\xC0\xAF overlong", ErrorCode::kInvalid, "UTF-8");
}

TEST(BadInput, TenMegabytesOfNoiseIsOverTheLimit) {
  ExpectFileError(RandomBytes(10 * 1024 * 1024, 1), ErrorCode::kTooLarge, "quá lớn");
  ExpectFileError(std::string(kMaxDocumentBytes + 1, 'a'), ErrorCode::kTooLarge, "2 MB");
}

TEST(BadInput, NoiseUnderTheLimit) {
  ExpectFileError(RandomBytes(1024 * 1024, 2), ErrorCode::kInvalid, "");
}

// Valid UTF-8 text that is not an administrative document.
TEST(BadInput, TextThatIsNotADocument) {
  std::mt19937 rng(3);
  const char* words[] = {"mưa", "nắng", "cây", "xanh", "trời", "hôm", "nay", "đẹp", "quá", "và"};
  std::string text;
  while (text.size() < 1024 * 1024) {
    text += words[rng() % 10];
    text += rng() % 13 == 0 ? "\n" : " ";
  }
  ExpectFileError(text, ErrorCode::kInvalid, "Không nhận ra");
  ExpectFileError("hello world\n", ErrorCode::kInvalid, "Không nhận ra");
}

// Inputs at the limit's size and of unusual shape still come back, as a value or an error.
TEST(BadInput, LargeOddShapesDoNotCrash) {
  std::string one_line;
  while (one_line.size() < kMaxDocumentBytes - 64) one_line += "Giao Sở Nội vụ phối hợp với ";
  EXPECT_NO_FATAL_FAILURE({
    auto r = ParseDocument(one_line);
    (void)r;
  });
  std::string stars(kMaxDocumentBytes, '*');
  for (size_t i = 1; i < stars.size(); i += 3) stars[i] = 'a';
  EXPECT_NO_FATAL_FAILURE({
    auto r = ParseDocument(stars);
    (void)r;
  });
  std::string bullets;
  while (bullets.size() < kMaxDocumentBytes - 64) bullets += "- Căn cứ Luật số 1/QĐ-A ngày\n";
  EXPECT_NO_FATAL_FAILURE({
    auto r = ParseDocument(bullets);
    (void)r;
  });
  std::string dates;
  while (dates.size() < kMaxDocumentBytes - 64) dates += "trước ngày 1/1/2020 hằng năm ";
  EXPECT_NO_FATAL_FAILURE({
    auto r = ParseDocument("1. Giao Sở Nội vụ " + dates);
    (void)r;
  });
}

// The first code point boundary at or after `pos`.
size_t Boundary(const std::string& s, size_t pos) {
  while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) pos++;
  return pos;
}

// Damaged copies of the seeds (text cut out, characters replaced, passages repeated, lines
// shuffled), still valid UTF-8 so that they reach the parser, parse or fail cleanly; what
// parses serialises to valid JSON.
TEST(BadInput, DamagedSeedsNeverCrash) {
  const char* inserts[] = {" ",
                           "\n",
                           "- ",
                           "+ ",
                           ":",
                           ";",
                           ".",
                           "./.",
                           "(",
                           ")",
                           "1. ",
                           "IV. ",
                           "a) ",
                           "Số: ",
                           "ngày ",
                           "/",
                           "-",
                           "Giao ",
                           "phối hợp với ",
                           "Sở ",
                           "trước ngày 1/1/2025",
                           "hằng năm",
                           "TM. ",
                           "KT. ",
                           "Nơi nhận:",
                           "Kính gửi:",
                           "Căn cứ ",
                           "ạ",
                           "Đ",
                           "“",
                           "…",
                           "\t",
                           "\r",
                           "**",
                           "|"};
  int parsed = 0;
  int rounds = 0;
  for (std::string name : {"000_15e96eaa1592d711.txt", "002_3ba44e14c40eaf22.txt",
                           "synthetic_thong_bao.txt", "synthetic_cong_van.txt"}) {
    std::string seed = testing::ReadDataFile(name);
    ASSERT_FALSE(seed.empty());
    std::mt19937 rng(42);
    for (int round = 0; round < 250; ++round, ++rounds) {
      std::string s = seed;
      int edits = 1 + static_cast<int>(rng() % 40);
      for (int e = 0; e < edits && !s.empty(); ++e) {
        size_t pos = Boundary(s, rng() % s.size());
        switch (rng() % 4) {
          case 0:
            s.erase(pos, Boundary(s, pos + rng() % 200) - pos);
            break;
          case 1:
            s.insert(pos, inserts[rng() % std::size(inserts)]);
            break;
          case 2: {
            size_t from = Boundary(s, rng() % s.size());
            s.insert(pos, s.substr(from, Boundary(s, from + rng() % 300) - from));
            break;
          }
          default: {  // swap two lines
            size_t a = s.rfind('\n', pos);
            size_t b = s.find('\n', pos);
            if (a == std::string::npos || b == std::string::npos) break;
            std::string line = s.substr(a, b - a);
            s.erase(a, b - a);
            size_t to = s.find('\n', Boundary(s, rng() % s.size()));
            s.insert(to == std::string::npos ? s.size() : to, line);
          }
        }
      }
      Result<ParsedDocument> doc = ParseDocument(s);
      if (doc.ok()) {
        parsed++;
        EXPECT_NO_THROW(ToJson(*doc).dump(2, ' ', false)) << name << " round " << round;
      } else {
        EXPECT_EQ(doc.error().fields().at(0).field, "file");
      }
    }
  }
  EXPECT_GT(parsed, rounds * 9 / 10);  // the damage reached the parser, not only the checks
}

// Random bytes that happen to be valid UTF-8 text: noise made of the characters documents use.
TEST(BadInput, RandomTextNeverCrashes) {
  const char* pieces[] = {"Giao ",
                          "Sở ",
                          "Nội vụ",
                          " ",
                          "\n",
                          "- ",
                          "+ ",
                          "1. ",
                          "II. ",
                          "a) ",
                          ":",
                          ";",
                          ".",
                          ",",
                          "./.",
                          "phối hợp với ",
                          "chủ trì",
                          "ngày ",
                          "tháng ",
                          "năm ",
                          "2025",
                          "30/11",
                          "/",
                          "-",
                          "KH-UBND",
                          "Số: ",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Độc lập - Tự do - Hạnh phúc",
                          "TM. ",
                          "ỦY BAN",
                          "Nơi nhận:",
                          "Kính gửi:",
                          "Căn cứ ",
                          "Luật ",
                          "hằng năm",
                          "thường xuyên",
                          "trước ",
                          "V/v ",
                          "KẾ HOẠCH",
                          "|",
                          "**"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    size_t n = 1 + rng() % 400;
    for (size_t i = 0; i < n; ++i) s += pieces[rng() % std::size(pieces)];
    Result<ParsedDocument> doc = ParseDocument(s);
    if (doc.ok()) {
      EXPECT_NO_THROW(ToJson(*doc).dump());
    }
  }
}

}  // namespace
}  // namespace doithoai::documents
