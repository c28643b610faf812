#include "app/document/signing.h"

#include <nlohmann/json.hpp>

#include "app/document/document_input.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

// The register lists the unit's subtree (a city's with its wards'): its newest documents are
// read a page at a time, up to kRememberPages pages.
constexpr int64_t kRememberPage = 200;
constexpr int kRememberPages = 10;
constexpr size_t kMaxCopies = 30;

std::optional<SignerBlock> BlockFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  auto text = [&](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto authority = ParseSignerAuthority(text("authority"));
  if (!authority) return std::nullopt;
  return SignerBlock{text("on_behalf_of"), *authority, text("head"), text("position"),
                     text("name")};
}

}  // namespace

std::optional<SignerBlock> RememberedSigner(Tx& tx, const Unit& unit, IssuerFamily family) {
  DocumentFilter filter;
  filter.unit_path = unit.path;
  filter.limit = kRememberPage;
  for (int page = 0; page < kRememberPages; ++page) {
    filter.offset = page * kRememberPage;
    const std::vector<Document> docs = tx.documents().List(filter);
    for (const Document& d : docs) {
      if (d.unit != unit.id || d.origin != DocumentOrigin::kGenerated) continue;
      auto content = nlohmann::json::parse(d.content_json, nullptr, false);
      if (!content.is_object()) continue;
      auto f = content.find("issuer_family");
      // Documents generated before issue 13 are the People's Committee's.
      std::string name = f != content.end() && f->is_string() ? f->get<std::string>() : "ubnd";
      if (name != IssuerFamilyName(family)) continue;
      auto block = content.find("signer_block");
      if (block == content.end()) continue;
      if (auto b = BlockFromJson(*block)) return b;
    }
    if (static_cast<int64_t>(docs.size()) < kRememberPage) break;
  }
  return std::nullopt;
}

bool HasIssuerBody(Tx& tx, const Unit& unit, IssuerFamily family) {
  if (family == IssuerFamily::kPeoplesCommittee) return true;
  for (std::string_view code : IssuerBodyCodes(family)) {
    if (auto a = tx.agencies().FindByCode(unit.id, code); a && a->active) return true;
  }
  return false;
}

Signing ChooseSigning(Tx& tx, const Unit& unit, const SigningInput& in, FieldErrors& errors) {
  Signing s;
  s.family = in.family;
  if (unit.parent) s.parent = tx.units().Find(*unit.parent);
  if (in.signer && *in.signer) {
    SignerBlock b = **in.signer;
    b.on_behalf_of = OptionalLine(errors, "signer.on_behalf_of", b.on_behalf_of, 200);
    b.head = OptionalLine(errors, "signer.head", b.head, 200);
    b.position = OptionalLine(errors, "signer.position", b.position, 200);
    b.name = OptionalLine(errors, "signer.name", b.name, 100);
    CheckSignerBlock(b, "signer", errors);
    s.signer = std::move(b);
  } else {
    s.signer = RememberedSigner(tx, unit, in.family).value_or(DefaultSignerBlock(in.family));
    s.signer.name = RequiredLine(errors, "signer_name", in.signer_name, 100);
    if (!s.signer.name.empty()) {
      FieldErrors name_errors;
      CheckSignerBlock(s.signer, "signer", name_errors);
      for (const FieldError& e : name_errors.list()) {
        if (e.field == "signer.name") errors.Add("signer_name", e.reason);
      }
    }
  }
  if (in.copies && *in.copies) {
    s.copies_chosen = true;
    const auto& given = **in.copies;
    if (given.size() > kMaxCopies) {
      errors.Add("copies", "nhiều nhất " + std::to_string(kMaxCopies) + " nơi nhận");
    }
    for (size_t i = 0; i < given.size() && i < kMaxCopies; ++i) {
      s.copies.push_back(RequiredLine(errors, "copies[" + std::to_string(i) + "]", given[i], 300));
    }
  } else {
    s.copies = DefaultRecipients(in.purpose, in.family, unit, s.parent).copies;
  }
  return s;
}

Result<std::vector<IssuingDefaults>> GetIssuingDefaults(Context& ctx, const Actor& actor,
                                                        UnitId unit_id) {
  return ReadValue<std::vector<IssuingDefaults>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<IssuingDefaults>> {
        auto unit = tx.units().Find(unit_id);
        if (!unit) return Error::NotFound("đơn vị");
        if (!CanIssueDocument(actor, unit->path)) {
          return Error::Forbidden("Chỉ lãnh đạo của đơn vị ban hành văn bản của đơn vị");
        }
        std::optional<Unit> parent;
        if (unit->parent) parent = tx.units().Find(*unit->parent);
        std::vector<IssuingDefaults> out;
        for (IssuerFamily f : IssuerFamilies()) {
          IssuingDefaults d;
          d.family = f;
          d.available = HasIssuerBody(tx, *unit, f);
          d.signer = RememberedSigner(tx, *unit, f).value_or(DefaultSignerBlock(f));
          d.report = DefaultRecipients(DocumentPurpose::kReport, f, *unit, parent);
          d.letter = DefaultRecipients(DocumentPurpose::kLetter, f, *unit, parent);
          out.push_back(std::move(d));
        }
        return out;
      });
}

}  // namespace doithoai
