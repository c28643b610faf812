// Realistic inputs for each builder — a province's 2025 dialogue (Hưng Yên, with real ward
// names from data/units) — shared by the renderer tests, bench/render and demo documents.
// Names of officials are invented; youth appear only as groups.
#pragma once

#include "documents/render/compiled_answers.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/dialogue_plan.h"
#include "documents/render/minutes.h"
#include "documents/render/relay_letter.h"

namespace doithoai::documents::samples {

// A body sentence with the Vietnamese letters a missing font loses first (ư ạ ấ ầ ậ ế ệ ị ố ộ
// ớ ở ứ ự Đ); every sample's body contains it.
inline constexpr char kDiacriticSentence[] =
    "Đoàn viên, thanh niên được cập nhật kịp thời chính sách hỗ trợ khởi nghiệp, tiếp cận nguồn "
    "vốn ưu đãi, ứng dụng công nghệ số phục vụ cộng đồng và mở rộng việc làm ở địa phương; lãnh "
    "đạo các cấp cần tiếp tục đối thoại trực tiếp với thanh niên.";

// Ủy ban nhân dân tỉnh Hưng Yên, signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.
Issuance ProvinceIssuance();

DialoguePlanInput DialoguePlan();
ConclusionNoticeInput ConclusionNotice();
RelayLetterInput RelayLetter();
// The same letter relayed by a ward's Party committee (issue 13): its own header (Hướng dẫn
// 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM", "*"), number "Số 15-CV/ĐU" and a deputy secretary
// signing "T/M BAN THƯỜNG VỤ / K/T BÍ THƯ / PHÓ BÍ THƯ", built from the domain's rules.
RelayLetterInput PartyRelayLetter();
CompiledAnswersInput CompiledAnswers();
// The minutes of the 2025 dialogue: four exchanges (answered on the spot, promised, forwarded,
// one sent in advance and not answered), signed by the secretary and the chair.
MinutesInput Minutes();

}  // namespace doithoai::documents::samples
