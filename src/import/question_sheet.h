// Reads the questions of a batch upload: a Youth Union officer compiles the questions its
// branches collected into one XLSX or CSV file (docs/api.md, "Import file columns").
//
// The header row is the first row among the first 10 that names a question-text column;
// rows above it (a title, a date) are ignored. Headers are matched after folding (lower case,
// no diacritics, đ → d), ignoring punctuation and any text in parentheses, so "Nội dung câu
// hỏi (*)", "NOI DUNG CAU HOI" and "noi_dung_cau_hoi" all name the text column. Aliases:
//   text         noi dung cau hoi, noi dung, cau hoi, y kien, noi dung y kien, text, question
//   branch       don vi, chi doan, co so doan, ten don vi, ten chi doan, branch
//   compiled_by  nguoi tong hop, nguoi tong hop cau hoi, compiled by, compiled_by
//   represents   so thanh nien, so luong thanh nien, thay mat so thanh nien, represents
//   age          tuoi, do tuoi, age
// text, branch and compiled_by are required. Other columns ("STT", notes) are ignored; when
// two columns name the same field the leftmost wins.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/question/submission.h"
#include "import/sheet.h"

namespace doithoai::import {

struct QuestionRow {
  int row_number = 0;   // the row in the uploaded file, for errors such as "rows[7].age"
  BatchRowInput input;  // raw cell text; not yet validated (see ValidateBatchRow)
};

// Reads `bytes` as XLSX or CSV according to the extension of `filename` (ASCII case
// ignored) and returns one QuestionRow per data row below the header, skipping rows whose
// mapped cells are all blank. Cell contents are not validated here.
//
// Errors (ErrorCode::kInvalid unless noted):
//  - field "filename": the extension is neither .xlsx nor .csv;
//  - field "file": the file is empty, its bytes do not match its extension (a zip named
//    .csv, a text file named .xlsx), it cannot be read (see ReadCsv, ReadXlsx), or it has
//    no question rows; ErrorCode::kTooLarge when a bound of `limits` is exceeded;
//  - field "columns": a required column is missing; the reason names each one.
Result<std::vector<QuestionRow>> ReadQuestionSheet(std::string_view bytes,
                                                   std::string_view filename,
                                                   const ReadLimits& limits = {});

}  // namespace doithoai::import
