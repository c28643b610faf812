#include "documents/records/from_records.h"

#include <algorithm>

#include "documents/render/official_document.h"
#include "domain/document/issuer_family.h"

namespace doithoai::documents {
namespace {

std::string AgencyName(const DialogueRecords& r, std::optional<AgencyId> id) {
  if (!id) return "";
  auto it = r.agencies.find(*id);
  return it == r.agencies.end() ? "" : it->second.name;
}

// The People's Committee of the host unit issues both documents: "ỦY BAN NHÂN DÂN" over
// "THÀNH PHỐ HẢI PHÒNG", symbol part "UBND"; a draft, so no number and no date yet.
Issuance DraftIssuance(const DialogueRecords& r) {
  Issuance i;
  std::string unit_name = ToUpperVietnamese(r.unit.name);
  i.issuer = "ỦY BAN NHÂN DÂN\n" + unit_name;
  i.issuer_code = "UBND";
  i.place = PlaceOf(r.unit.name);
  i.year = r.dialogue.year;
  i.signer.authority = {"TM. ỦY BAN NHÂN DÂN"};
  i.signer.position = "CHỦ TỊCH";
  for (const auto& [id, a] : r.agencies) i.copies.push_back(a.name);
  return i;
}

// The issue a live entry raised, when it is one of the dialogue's and already goes into the
// notice through its own answer or routing.
const IssueRecord* LinkedIssue(const DialogueRecords& r, const LiveEntry& e) {
  if (!e.issue) return nullptr;
  for (const auto& rec : r.issues) {
    if (rec.issue.id == *e.issue) return &rec;
  }
  return nullptr;
}

// A question raised at the event becomes an assignment of section d) when it was promised or
// forwarded to a named agency, unless the issue it raised is assigned already (routed and not
// yet answered: ConclusionAssignments lists it once, from the issue).
bool LiveAssigned(const DialogueRecords& r, const LiveEntry& e) {
  if (e.outcome != LiveOutcome::kPromised && e.outcome != LiveOutcome::kForwarded) return false;
  if (!e.forwarded_to) return false;
  const IssueRecord* linked = LinkedIssue(r, e);
  if (!linked) return true;
  bool approved = linked->answer && linked->answer->status == AnswerStatus::kApproved;
  return approved || !linked->issue.lead_agency;
}

// "08:00 – Khai mạc (Lãnh đạo Thành đoàn)".
std::vector<std::string> ProgrammeLines(const std::vector<AgendaItem>& agenda) {
  std::vector<std::string> out;
  for (const AgendaItem& a : agenda) {
    std::string line = a.starts_at.empty() ? a.title : a.starts_at + " – " + a.title;
    if (!a.speaker.empty()) line += " (" + a.speaker + ")";
    out.push_back(std::move(line));
  }
  return out;
}

// "Nguyễn Văn An, Bí thư Chi đoàn, Phường An Biên".
std::string DelegateLine(const Delegate& d) {
  std::string line = d.name;
  if (!d.position.empty()) line += ", " + d.position;
  if (!d.unit.empty()) line += ", " + d.unit;
  return line;
}

}  // namespace

std::vector<ConclusionAssignment> ConclusionAssignments(const DialogueRecords& r, Date issued_on) {
  std::vector<ConclusionAssignment> out;
  for (const auto& rec : r.issues) {
    const auto& a = rec.answer;
    bool approved = a && a->status == AnswerStatus::kApproved;
    if (approved || !rec.issue.lead_agency) continue;
    ConclusionAssignment c;
    c.printed.content =
        "nghiên cứu, giải quyết và trả lời kiến nghị của thanh niên về " + rec.issue.title;
    c.printed.lead = AgencyName(r, rec.issue.lead_agency);
    for (auto id : rec.issue.coordinating) c.printed.coordinating.push_back(AgencyName(r, id));
    if (rec.issue.answer_due_on) {
      Date due = std::max(*rec.issue.answer_due_on, issued_on.AddDays(kResolveWithinDays));
      c.printed.deadline = "trước ngày " + due.ToVietnamese();
      c.deadline = Deadline::OnDate(due, c.printed.deadline);
    }
    c.issue = rec.issue.id;
    c.lead = rec.issue.lead_agency;
    c.coordinating = rec.issue.coordinating;
    auto lead = r.agencies.find(*rec.issue.lead_agency);
    c.unit = lead == r.agencies.end() ? r.unit.id : lead->second.unit;
    out.push_back(std::move(c));
  }
  for (const LiveEntry& e : r.live) {
    if (!LiveAssigned(r, e)) continue;
    ConclusionAssignment c;
    c.printed.content =
        "nghiên cứu, giải quyết và trả lời kiến nghị của thanh niên nêu tại hội "
        "nghị đối thoại: " +
        e.text;
    c.printed.lead = AgencyName(r, e.forwarded_to);
    Date due = e.promised_by ? *e.promised_by : issued_on.AddDays(kResolveWithinDays);
    c.printed.deadline = "trước ngày " + due.ToVietnamese();
    c.deadline = Deadline::OnDate(due, c.printed.deadline);
    c.issue = e.issue;
    c.lead = e.forwarded_to;
    auto lead = r.agencies.find(*e.forwarded_to);
    c.unit = lead == r.agencies.end() ? r.unit.id : lead->second.unit;
    out.push_back(std::move(c));
  }
  for (const Task& t : r.carried_over) {
    ConclusionAssignment c;
    c.printed.content = "tiếp tục thực hiện nhiệm vụ chưa hoàn thành năm trước: " + t.content;
    c.printed.lead = t.lead.name;
    for (const auto& p : t.coordinating) c.printed.coordinating.push_back(p.name);
    // A yearly or ongoing rule still holds; a past date does not: the notice gives the usual
    // time to resolve from its own date.
    if (t.deadline.kind == DeadlineKind::kRecurring || t.deadline.kind == DeadlineKind::kOngoing) {
      c.deadline = t.deadline;
      c.printed.deadline = t.deadline.text;
    } else if (t.deadline.kind == DeadlineKind::kDate) {
      Date due = issued_on.AddDays(kResolveWithinDays);
      if (t.deadline.date && *t.deadline.date > due) due = *t.deadline.date;
      c.printed.deadline = "trước ngày " + due.ToVietnamese();
      c.deadline = Deadline::OnDate(due, c.printed.deadline);
    }
    c.carried_from = t.id;
    c.lead = t.lead.agency;
    for (const auto& p : t.coordinating) {
      if (p.agency) c.coordinating.push_back(*p.agency);
    }
    c.unit = t.unit;
    out.push_back(std::move(c));
  }
  return out;
}

ConclusionNoticeInput ConclusionDraftInput(const DialogueRecords& r, Date issued_on) {
  ConclusionNoticeInput in;
  in.issuance = DraftIssuance(r);
  in.issuance.archive = "VT";
  in.chair = r.dialogue.chair.empty() ? "Chủ tịch Ủy ban nhân dân" : r.dialogue.chair;
  in.chair_title = in.chair;
  in.held_on = r.dialogue.held_on;
  in.venue = r.dialogue.venue;
  in.theme = r.dialogue.theme;
  in.attendees = "lãnh đạo các sở, ngành, đoàn thể và đại biểu thanh niên";
  in.publisher = "Ủy ban nhân dân " + r.unit.name;
  for (const auto& rec : r.issues) {
    in.issues_raised.push_back(rec.issue.title);
    const auto& a = rec.answer;
    bool approved = a && a->status == AnswerStatus::kApproved;
    std::string lead = AgencyName(r, rec.issue.lead_agency);
    if (approved && a->timing == AnswerTiming::kOnTheSpot) {
      in.answered.push_back({rec.issue.title, a->body, lead});
    } else if (!lead.empty()) {
      in.forwarded.push_back({rec.issue.title, lead});
    }
  }
  // Questions raised at the event (issue 15): a) those not already there through their issue;
  // b) answered on the spot; c) promised or forwarded, with who takes them on.
  for (const LiveEntry& e : r.live) {
    const IssueRecord* linked = LinkedIssue(r, e);
    std::string raised = linked ? linked->issue.title : e.text;
    if (!linked) in.issues_raised.push_back(raised);
    if (e.outcome == LiveOutcome::kOnTheSpot) {
      in.answered.push_back({raised, e.answer, e.answered_by});
    } else if (e.outcome == LiveOutcome::kPromised || e.outcome == LiveOutcome::kForwarded) {
      std::string agency = AgencyName(r, e.forwarded_to);
      in.forwarded.push_back({raised, agency.empty() ? e.answered_by : agency});
    }
  }
  for (auto& a : ConclusionAssignments(r, issued_on))
    in.assignments.push_back(std::move(a.printed));
  return in;
}

CompiledAnswersInput CompiledAnswersDraftInput(const DialogueRecords& r) {
  CompiledAnswersInput in;
  in.issuance = DraftIssuance(r);
  in.addressed = {"Chủ tịch Ủy ban nhân dân " + r.unit.name};
  in.dialogue = r.dialogue.title;
  in.compiler = r.coordinator ? r.coordinator->name : "cơ quan thường trực";
  in.questions_received = static_cast<int>(r.questions_received);
  for (const auto& rec : r.issues) {
    CompiledIssue issue;
    issue.topic = rec.issue.title;
    for (const auto& text : rec.question_texts) issue.questions.push_back({text, ""});
    if (rec.answer && rec.answer->status == AnswerStatus::kApproved)
      issue.answer = rec.answer->body;
    issue.agency = AgencyName(r, rec.issue.lead_agency);
    in.issues.push_back(std::move(issue));
  }
  return in;
}

MinutesInput MinutesDraftInput(const DialogueRecords& r) {
  MinutesInput in;
  in.issuance = DraftIssuance(r);
  in.issuance.archive = "VT";
  in.dialogue = r.dialogue.title;
  in.held_on = r.dialogue.held_on;
  in.venue = r.dialogue.venue.empty() ? "Hội trường Ủy ban nhân dân" : r.dialogue.venue;
  in.chair = r.dialogue.chair.empty() ? "Chủ tịch Ủy ban nhân dân" : r.dialogue.chair;
  in.attendees = {"Lãnh đạo các sở, ban, ngành, đoàn thể có liên quan.",
                  "Đại biểu thanh niên tiêu biểu, đại diện các tầng lớp thanh niên."};
  for (const auto& line : ProgrammeLines(r.agenda)) in.agenda.push_back(line);
  if (in.agenda.empty()) {
    in.agenda = {"Tuyên bố lý do, giới thiệu đại biểu.",
                 "Báo cáo kết quả tiếp nhận câu hỏi, kiến nghị của thanh niên.",
                 "Đối thoại trực tiếp giữa người chủ trì, lãnh đạo các cơ quan với thanh niên.",
                 "Phát biểu kết luận của người chủ trì."};
  }
  // Who came: the delegates checked in at the door, counted; the guests, named.
  for (const Delegate& d : r.delegates) {
    if (!d.checked_in_at) continue;
    if (d.kind == DelegateKind::kDelegate) {
      ++in.delegates_present;
    } else {
      in.attendees.push_back(DelegateLine(d) + ".");
    }
  }
  if (!r.agenda.empty() && !r.agenda.front().starts_at.empty()) {
    const std::string& t = r.agenda.front().starts_at;
    in.started_at = t.substr(0, 2) + " giờ " + t.substr(3, 2);
  }
  for (const LiveEntry& e : r.live) {
    MinutesExchange x;
    x.asked_by = e.asker;
    if (!e.asker_unit.empty()) x.asked_by += (x.asked_by.empty() ? "" : ", ") + e.asker_unit;
    x.channel = LiveChannelPrinted(e.channel);
    x.question = e.text;
    x.answered_by = e.answered_by;
    x.answer = e.answer;
    std::string agency = AgencyName(r, e.forwarded_to);
    switch (e.outcome) {
      case LiveOutcome::kPending:
        x.outcome = "Chưa trả lời tại hội nghị";
        break;
      case LiveOutcome::kOnTheSpot:
        x.outcome = "Đã trả lời tại hội nghị";
        break;
      case LiveOutcome::kPromised:
        x.outcome =
            "Hứa giải quyết" +
            (e.promised_by ? " trước ngày " + e.promised_by->ToVietnamese() : std::string()) +
            (agency.empty() ? "" : "; giao " + agency);
        break;
      case LiveOutcome::kForwarded:
        x.outcome = "Chuyển " + (agency.empty() ? std::string("cơ quan có thẩm quyền") : agency) +
                    " nghiên cứu, trả lời";
        break;
    }
    in.exchanges.push_back(std::move(x));
  }
  return in;
}

Result<InvitationInput> InvitationDraftInput(const DialogueRecords& r, int64_t delegate) {
  const Delegate* d = nullptr;
  for (const auto& x : r.delegates) {
    if (x.id == delegate) d = &x;
  }
  if (!d) return Error::NotFound("đại biểu");
  InvitationInput in;
  in.issuance = DraftIssuance(r);
  in.issuance.archive = "VT";
  in.invitee = "Ông (bà) " + DelegateLine(*d);
  in.event = r.dialogue.title;
  in.chair = r.dialogue.chair;
  in.held_on = r.dialogue.held_on;
  if (!r.agenda.empty()) in.starts_at = r.agenda.front().starts_at;
  in.venue = r.dialogue.venue.empty() ? "Hội trường Ủy ban nhân dân" : r.dialogue.venue;
  in.programme = ProgrammeLines(r.agenda);
  in.contact = r.coordinator ? r.coordinator->name : "";
  return in;
}

DialoguePlanInput PlanDraftInput(const DialogueRecords& r) {
  DialoguePlanInput in;
  in.issuance = DraftIssuance(r);
  in.issuance.archive = "VT";
  in.issuance.date = r.dialogue.plan_published_on;
  std::string area = LowercaseFirst(r.unit.name);  // "thành phố Hải Phòng"
  in.host = "Ủy ban nhân dân " + area;
  in.leader = r.dialogue.chair.empty() ? "Chủ tịch Ủy ban nhân dân " + area : r.dialogue.chair;
  in.area = area;
  in.theme = r.dialogue.theme.empty() ? r.dialogue.title : r.dialogue.theme;
  in.purposes = {
      "Tạo điều kiện để thanh niên trên địa bàn " + area + " trực tiếp nêu ý kiến, kiến nghị với " +
          in.leader + " về những vấn đề thanh niên quan tâm.",
      "Kịp thời nắm bắt tâm tư, nguyện vọng của thanh niên; giải quyết hoặc giao cơ quan có "
      "thẩm quyền giải quyết các kiến nghị chính đáng, phù hợp với quy định của pháp luật."};
  in.requirements = {
      "Đối thoại bảo đảm dân chủ, cởi mở, thiết thực; câu hỏi được tổng hợp, phân loại và giao "
      "trả lời trước buổi đối thoại.",
      "Kết luận của người chủ trì được thông báo công khai và các cơ quan được giao tổ chức thực "
      "hiện, báo cáo kết quả."};
  if (!r.dialogue.summary.empty()) in.contents.push_back(r.dialogue.summary);
  in.contents.push_back("Đối thoại với thanh niên về chủ đề: " + in.theme + ".");
  switch (r.dialogue.form) {
    case ::doithoai::DialogueForm::kDirect:
      in.form = DialogueForm::kDirect;
      break;
    case ::doithoai::DialogueForm::kOnline:
      in.form = DialogueForm::kOnline;
      break;
    case ::doithoai::DialogueForm::kHybrid:
      in.form = DialogueForm::kHybrid;
      break;
  }
  in.time = "Ngày " + r.dialogue.held_on.ToVietnamese();
  in.venue = r.dialogue.venue.empty() ? "Thông báo sau" : r.dialogue.venue;
  in.participants = {
      "Chủ trì: " + in.leader + ".", "Lãnh đạo các sở, ban, ngành, đoàn thể có liên quan.",
      "Đại biểu thanh niên tiêu biểu, đại diện các tầng lớp thanh niên trên địa bàn."};
  std::string coordinator = r.coordinator ? r.coordinator->name : "Sở Nội vụ";
  for (const Milestone& m : r.milestones) {
    std::string agency = AgencyName(r, m.agency);
    in.milestones.push_back(
        {m.title, agency.empty() ? coordinator : agency, "Trước ngày " + m.due_on.ToVietnamese()});
  }
  in.assignments.push_back(
      {coordinator,
       {"Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        "Tổng hợp, phân loại câu hỏi, kiến nghị của thanh niên; đề xuất cơ quan trả lời.",
        "Dự thảo thông báo kết luận của người chủ trì đối thoại; theo dõi, đôn đốc việc thực "
        "hiện và báo cáo kết quả."}});
  in.assignments.push_back(
      {"Các sở, ban, ngành có liên quan",
       {"Nghiên cứu, chuẩn bị nội dung trả lời các câu hỏi, kiến nghị thuộc lĩnh vực quản lý; "
        "cử lãnh đạo tham dự và trả lời trực tiếp tại buổi đối thoại."}});
  for (const auto& [id, a] : r.agencies) {
    if (a.code == "thanh-doan" || a.code.rfind("doan-", 0) == 0) {
      in.assignments.push_back(
          {a.name,
           {"Tổ chức lấy ý kiến, tổng hợp câu hỏi của đoàn viên, thanh niên gửi cơ quan đầu mối.",
            "Lựa chọn, giới thiệu đại biểu thanh niên tham dự đối thoại."}});
      break;
    }
  }
  in.coordinator = coordinator;
  return in;
}

RecognitionDecisionInput RecognitionDecisionDraftInput(const InitiativeRecords& r, Date today) {
  RecognitionDecisionInput in;
  const IssuerHeading h = HeadingFor(IssuerFamily::kYouthUnion, r.unit, r.parent);
  Issuance& is = in.issuance;
  is.header.title = h.title;
  is.header.motto = h.motto;
  is.header.mark = h.mark;
  is.header.number_label = h.number_label;
  is.header.joint = h.joint;
  is.parent_issuer = ToUpperVietnamese(h.parent_issuer);
  is.issuer = ToUpperVietnamese(h.issuer);
  is.issuer_code = h.issuer_code;
  is.place = PlaceOf(r.unit.name);
  is.year = today.year();
  is.signer.authority = {"TM. BAN THƯỜNG VỤ"};
  is.signer.position = "BÍ THƯ";
  is.archive = "VT, VP";
  // "Thành đoàn Hải Phòng", or a commune's "Ban Chấp hành Đoàn phường X": its standing
  // committee decides.
  const std::string kExecutive = "Ban Chấp hành ";
  const std::string body =
      h.host.starts_with(kExecutive) ? h.host.substr(kExecutive.size()) : h.host;
  in.authority = "Ban Thường vụ " + body;
  in.call_title = r.call.title;
  in.bases = {"Căn cứ Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh",
              "Căn cứ thể lệ " + LowercaseFirst(r.call.title)};
  in.proposal = "Xét kết quả chấm của Hội đồng và đề nghị của Văn phòng " + body;
  for (const Initiative& i : r.recognised) {
    is.copies.push_back(i.unit);
    in.awardees.push_back({i.team, i.unit, i.title, i.recognition});
  }
  std::sort(is.copies.begin(), is.copies.end());
  is.copies.erase(std::unique(is.copies.begin(), is.copies.end()), is.copies.end());
  is.copies.insert(is.copies.begin(), "Như Điều 3");
  return in;
}

}  // namespace doithoai::documents
