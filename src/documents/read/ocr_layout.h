// The lines of an OCR'd page put in the order the parser reads (pure; no Tesseract here).
//
// Tesseract reads the two-column Decree 30 header as single lines with a wide gap: "ỦY BAN NHÂN
// DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". A copy from a PDF viewer, a DOCX and the
// seeds give it column by column: issuer, number, summary, then motto, place and date. So a
// line is cut where a gap is far wider than a space, and at the top of the page (up to the
// first line that crosses the middle of the page in one piece: the type name, "Kính gửi", the
// body) the pieces left of the middle come first, then those right of it, each column top to
// bottom.
#pragma once

#include <string>
#include <vector>

namespace doithoai::documents::read {

struct OcrWord {
  std::string text;  // UTF-8
  int left = 0;      // pixels from the page's left edge
  int right = 0;
  float confidence = 0;  // 0..1
};

struct OcrLine {
  std::vector<OcrWord> words;  // left to right
  int height = 0;              // pixels
};

struct ArrangedLines {
  std::vector<std::string> lines;  // words joined by one space
  std::vector<float> confidence;   // one per line: the mean of its words'
};

ArrangedLines ArrangeLines(const std::vector<OcrLine>& lines, int page_width);

}  // namespace doithoai::documents::read
