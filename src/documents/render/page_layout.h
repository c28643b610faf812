// The measurements of Decree 30/2020/NĐ-CP, Appendix I, shared by the DOCX and PDF renderers so
// both draw the same page. Sizes are in points (pt) for type and millimetres (mm) for the page;
// each renderer converts to its own unit (twips in DOCX, points in PDF).
#pragma once

namespace doithoai::documents::layout {

// A4 portrait.
inline constexpr double kPageWidthMm = 210;
inline constexpr double kPageHeightMm = 297;
// Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
inline constexpr double kMarginTopMm = 20;
inline constexpr double kMarginBottomMm = 20;
inline constexpr double kMarginLeftMm = 30;
inline constexpr double kMarginRightMm = 15;
// The page number (from page 2) sits centred in the top margin, this far from the edge.
inline constexpr double kPageNumberFromTopMm = 10;

// The two-column header: the issuing body on the left, the national title on the right.
inline constexpr double kHeaderLeftColumnMm = 66;  // the rest of the text width goes right

// Type sizes (pt), each within Appendix I's range.
inline constexpr double kBodyPt = 14;           // body, bases, headings: 13–14
inline constexpr double kIssuerPt = 13;         // parent and issuing body: 12–13
inline constexpr double kNationalTitlePt = 12;  // "CỘNG HÒA …": 12–13 (13 overflows the column)
inline constexpr double kMottoPt = 13;          // "Độc lập - Tự do - Hạnh phúc": 13–14
inline constexpr double kNumberPt = 13;         // "Số: …": 13
inline constexpr double kSubjectPt = 12;        // công văn "V/v …": 12–13
inline constexpr double kPlaceDatePt = 14;      // italic: 13–14
inline constexpr double kTitlePt = 14;          // type name and summary: 13–14
inline constexpr double kSignerPt = 14;         // authority, position, name: 13–14
inline constexpr double kCopiesHeadPt = 12;     // "Nơi nhận:": 12, bold italic
inline constexpr double kCopiesPt = 11;         // recipient lines: 11
inline constexpr double kTablePt = 12;          // tables inside the body
inline constexpr double kPageNumberPt = 13;

// Body paragraphs: justified, first-line indent 1–1.27 cm, at least 6 pt apart.
inline constexpr double kFirstLineIndentMm = 12.7;
inline constexpr double kParagraphAfterPt = 6;
// Room left between the position and the name for the signature and seal.
inline constexpr double kSignatureSpacePt = 72;

inline constexpr double kPointsPerMm = 72.0 / 25.4;
inline constexpr double MmToPt(double mm) { return mm * kPointsPerMm; }
inline constexpr int MmToTwips(double mm) { return static_cast<int>(mm * 1440.0 / 25.4 + 0.5); }
inline constexpr int PtToTwips(double pt) { return static_cast<int>(pt * 20 + 0.5); }
inline constexpr int PtToHalfPoints(double pt) { return static_cast<int>(pt * 2 + 0.5); }

// Fonts: Times New Roman where installed. The PDF falls back to Liberation Serif (metric-
// compatible; fonts-liberation2, since Liberation 1.x lacks most Vietnamese letters).
inline constexpr char kFont[] = "Times New Roman";
inline constexpr char kFallbackFont[] = "Liberation Serif";

}  // namespace doithoai::documents::layout
