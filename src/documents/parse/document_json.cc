#include "documents/parse/document_json.h"

namespace doithoai::documents {
namespace {

using nlohmann::ordered_json;

ordered_json Optional(const std::optional<std::string>& s) {
  return s ? ordered_json(*s) : ordered_json(nullptr);
}

ordered_json Optional(const std::optional<Date>& d) {
  return d ? ordered_json(d->ToIso()) : ordered_json(nullptr);
}

ordered_json BasisJson(const ParsedBasis& b) {
  ordered_json j = ordered_json::object();
  j["marker"] = b.marker;
  j["type"] = Optional(b.type);
  j["number_symbol"] = Optional(b.number_symbol);
  j["date"] = Optional(b.date);
  j["issuer"] = Optional(b.issuer);
  j["summary"] = Optional(b.summary);
  return j;
}

ordered_json TaskJson(const ParsedTask& t) {
  ordered_json j = ordered_json::object();
  j["lead"] = Optional(t.lead);
  j["coordinating"] = t.coordinating;
  j["content"] = t.content;
  ordered_json d = ordered_json::object();
  d["kind"] = DeadlineKindName(t.deadline.kind);
  d["date"] = Optional(t.deadline.date);
  d["text"] = Optional(t.deadline.text);
  if (t.deadline.kind == DeadlineKind::kRecurring) {  // issue 11: the month is not lost
    d["month"] = t.deadline.month;
    d["day"] = t.deadline.day;
  }
  j["deadline"] = std::move(d);
  return j;
}

}  // namespace

const char* DeadlineKindName(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kDate:
      return "date";
    case DeadlineKind::kRecurring:
      return "recurring";
    case DeadlineKind::kOngoing:
      return "ongoing";
    case DeadlineKind::kNone:
      return "none";
  }
  return "none";
}

const char* DocumentFamilyName(DocumentFamily family) {
  switch (family) {
    case DocumentFamily::kAdministrative:
      return "administrative";
    case DocumentFamily::kLegal:
      return "legal";
    case DocumentFamily::kParty:
      return "party";
    case DocumentFamily::kYouthUnion:
      return "youth_union";
  }
  return "administrative";
}

ordered_json ToJson(const ParsedDocument& doc) {
  ordered_json j = ordered_json::object();
  j["type"] = Optional(doc.type);
  j["type_code"] = Optional(doc.type_code);
  j["number"] = Optional(doc.number);
  j["symbol"] = Optional(doc.symbol);
  j["number_symbol"] = Optional(doc.number_symbol);
  j["issuer"] = Optional(doc.issuer);
  j["parent_issuer"] = Optional(doc.parent_issuer);
  j["place"] = Optional(doc.place);
  j["date"] = Optional(doc.date);
  j["summary"] = Optional(doc.summary);
  j["bases"] = ordered_json::array();
  for (const ParsedBasis& b : doc.bases) j["bases"].push_back(BasisJson(b));
  ordered_json recipients = ordered_json::object();
  recipients["addressed"] = doc.recipients.addressed;
  recipients["copies"] = doc.recipients.copies;
  j["recipients"] = std::move(recipients);
  ordered_json signer = ordered_json::object();
  signer["authority"] = Optional(doc.signer.authority);
  signer["position"] = Optional(doc.signer.position);
  signer["name"] = Optional(doc.signer.name);
  j["signer"] = std::move(signer);
  j["tasks"] = ordered_json::array();
  for (const ParsedTask& t : doc.tasks) j["tasks"].push_back(TaskJson(t));
  j["family"] = doc.family ? ordered_json(DocumentFamilyName(*doc.family)) : ordered_json(nullptr);
  return j;
}

}  // namespace doithoai::documents
