#include "domain/initiative/initiative.h"

#include "domain/mail/email_address.h"
#include "text/field_text.h"

namespace doithoai {
namespace {

constexpr InitiativeField kFields[] = {InitiativeField::kDigital, InitiativeField::kGreen,
                                       InitiativeField::kStartup, InitiativeField::kCommunity,
                                       InitiativeField::kOther};
constexpr InitiativeStatus kStatuses[] = {
    InitiativeStatus::kSubmitted, InitiativeStatus::kScreenedOut, InitiativeStatus::kInReview,
    InitiativeStatus::kSelected,  InitiativeStatus::kNotSelected, InitiativeStatus::kRecognised};

// A required text field: cleaned, held to its length, and present.
std::string Required(std::string_view raw, size_t max_chars, const std::string& field,
                     const char* missing, FieldErrors& errors,
                     text::Lines lines = text::Lines::kSingle) {
  std::string clean = text::CleanField(raw, max_chars, field, errors, lines);
  if (clean.empty() && text::IsValidUtf8(raw)) errors.Add(field, missing);
  return clean;
}

}  // namespace

const char* InitiativeFieldName(InitiativeField f) {
  switch (f) {
    case InitiativeField::kDigital:
      return "digital";
    case InitiativeField::kGreen:
      return "green";
    case InitiativeField::kStartup:
      return "startup";
    case InitiativeField::kCommunity:
      return "community";
    case InitiativeField::kOther:
      return "other";
  }
  return "other";
}

std::optional<InitiativeField> ParseInitiativeField(std::string_view name) {
  for (auto f : kFields) {
    if (name == InitiativeFieldName(f)) return f;
  }
  return std::nullopt;
}

std::string InitiativeFieldPrinted(InitiativeField f) {
  switch (f) {
    case InitiativeField::kDigital:
      return "Chuyển đổi số";
    case InitiativeField::kGreen:
      return "Chuyển đổi xanh";
    case InitiativeField::kStartup:
      return "Khởi nghiệp";
    case InitiativeField::kCommunity:
      return "Cộng đồng, an sinh";
    case InitiativeField::kOther:
      return "Lĩnh vực khác";
  }
  return "";
}

const char* InitiativeStatusName(InitiativeStatus s) {
  switch (s) {
    case InitiativeStatus::kSubmitted:
      return "submitted";
    case InitiativeStatus::kScreenedOut:
      return "screened_out";
    case InitiativeStatus::kInReview:
      return "in_review";
    case InitiativeStatus::kSelected:
      return "selected";
    case InitiativeStatus::kNotSelected:
      return "not_selected";
    case InitiativeStatus::kRecognised:
      return "recognised";
  }
  return "submitted";
}

std::optional<InitiativeStatus> ParseInitiativeStatus(std::string_view name) {
  for (auto s : kStatuses) {
    if (name == InitiativeStatusName(s)) return s;
  }
  return std::nullopt;
}

std::string InitiativeStatusPrinted(InitiativeStatus s) {
  switch (s) {
    case InitiativeStatus::kSubmitted:
      return "Đã nhận, đang chờ sơ loại";
    case InitiativeStatus::kScreenedOut:
      return "Không được đưa vào vòng chấm";
    case InitiativeStatus::kInReview:
      return "Hội đồng đang chấm";
    case InitiativeStatus::kSelected:
      return "Được chọn để hỗ trợ triển khai";
    case InitiativeStatus::kNotSelected:
      return "Không được chọn trong đợt này";
    case InitiativeStatus::kRecognised:
      return "Được khen thưởng";
  }
  return "";
}

Result<Initiative> ValidateInitiative(const InitiativeInput& in) {
  FieldErrors errors;
  Initiative out;
  out.title =
      Required(in.title, kInitiativeTitleMaxChars, "title", "bắt buộc nhập tên sáng kiến", errors);
  out.problem =
      Required(in.problem, kInitiativeBodyMaxChars, "problem",
               "bắt buộc nêu vấn đề sáng kiến giải quyết", errors, text::Lines::kMultiple);
  out.solution = Required(in.solution, kInitiativeBodyMaxChars, "solution",
                          "bắt buộc nêu giải pháp", errors, text::Lines::kMultiple);
  auto field = ParseInitiativeField(in.field);
  if (!field) errors.Add("field", "phải là digital, green, startup, community hoặc other");
  out.field = field.value_or(InitiativeField::kOther);
  out.team = Required(in.team, kInitiativeTeamMaxChars, "team",
                      "bắt buộc nhập tác giả hoặc nhóm tác giả", errors);
  out.unit = Required(in.unit, kInitiativeUnitMaxChars, "unit",
                      "bắt buộc nhập đơn vị (chi đoàn, trường, phường…)", errors);
  out.contact_name =
      text::CleanField(in.contact_name, kInitiativeNameMaxChars, "contact_name", errors);
  if (!in.contact_email.empty()) {
    auto email = ValidateEmailAddress("contact_email", in.contact_email);
    if (email.ok()) {
      out.contact_email = std::move(email).value();
    } else {
      for (const auto& f : email.error().fields()) errors.Add(f.field, f.reason);
    }
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

Result<Initiative> Screen(Initiative initiative, bool admit, std::string_view note, Instant now) {
  FieldErrors errors;
  std::string clean =
      text::CleanField(note, kInitiativeNoteMaxChars, "note", errors, text::Lines::kMultiple);
  if (!admit && clean.empty() && text::IsValidUtf8(note)) {
    errors.Add("note", "cần nêu lý do không đưa vào vòng chấm (người gửi sẽ thấy)");
  }
  if (!errors.empty()) return errors.ToError();
  if (initiative.status != InitiativeStatus::kSubmitted) {
    return Error::Conflict("Sáng kiến đã được sơ loại (" +
                           InitiativeStatusPrinted(initiative.status) + ")");
  }
  initiative.status = admit ? InitiativeStatus::kInReview : InitiativeStatus::kScreenedOut;
  initiative.screening_note = clean;
  initiative.updated_at = now;
  return initiative;
}

}  // namespace doithoai
