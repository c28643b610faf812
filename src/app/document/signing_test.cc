// Who signs a relay letter and who gets a copy (issue 13), through the use cases on the
// in-memory store: the block is checked (a title as the name is refused under the field it
// was typed in), remembered per unit and per issuing body, each body numbers in its own
// series, a body the unit does not have cannot issue, and the copies default to the tree's.
#include "app/document/signing.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/document/documents.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

// A letter without rendering (app tests do not link documents/), keeping the family and block
// in its content as the real maker does (documents/records/issue_records.cc).
Result<DocumentDraft> Letter(const RelayContext& c) {
  DocumentDraft d;
  d.document.type_name = "Công văn";
  d.document.symbol = LetterSymbol(c.signing.family, "X", c.input.field_code);
  d.document.number_symbol = std::to_string(c.number) + "/" + d.document.symbol;
  d.document.issuer = "Phường Hồng Bàng";
  d.document.summary = "V/v triển khai " + c.source.number_symbol;
  const SignerBlock& b = c.signing.signer;
  d.document.content_json = nlohmann::json{
      {"issuer_family", IssuerFamilyName(c.signing.family)},
      {"signer_block",
       {{"on_behalf_of", b.on_behalf_of},
        {"authority", SignerAuthorityName(b.authority)},
        {"head", b.head},
        {"position", b.position},
        {"name", b.name}}},
      {"copies",
       c.signing.copies}}.dump();
  return d;
}

class Signing : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"}}).ok());
    admin_ = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    for (auto [unit, code] : std::initializer_list<std::pair<int64_t, const char*>>{
             {2, "so-noi-vu"}, {3, "vh-xh"}, {3, "doan-phuong"}}) {
      agency_[code] = CreateAgency(ctx_, admin_, {unit, code, code}).value().id;
    }
    auto coordinator = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, std::nullopt);
    leader_ = app_test::MakeActor(ctx_, "chutichphuong", "leader", 3, std::nullopt);
    ImportedDocumentInput plan;
    plan.unit = UnitId(2);
    plan.type_code = "KH";
    plan.number = 7;
    plan.symbol = "KH-UBND";
    plan.issuer = "Ủy ban nhân dân thành phố Hải Phòng";
    plan.issued_on = Date(2025, 8, 20);
    plan.summary = "Kế hoạch hỗ trợ thanh niên";
    auto city = RecordImportedDocument(ctx_, coordinator, plan);
    ASSERT_TRUE(city.ok()) << city.error().message();
    source_ = city->document.id;
    clock_.Set(At("2025-09-01T03:00:00Z"));
  }

  RelayInput Relay(IssuerFamily family) {
    RelayInput r;
    r.unit = UnitId(3);
    r.family = family;
    r.field_code = family == IssuerFamily::kPeoplesCommittee ? "VHXH" : "";
    r.monitor = agency_["vh-xh"];
    r.items.push_back(
        {std::nullopt, agency_["doan-phuong"], {}, "Tuyên truyền", Deadline::Ongoing(), false});
    return r;
  }

  Result<IssuedDocument> Issue(const RelayInput& r) {
    return RelayDocument(ctx_, leader_, source_, r, Letter);
  }

  IssuingDefaults Defaults(IssuerFamily f) {
    auto all = GetIssuingDefaults(ctx_, leader_, UnitId(3));
    EXPECT_TRUE(all.ok()) << all.error().message();
    for (const auto& d : *all) {
      if (d.family == f) return d;
    }
    ADD_FAILURE() << "no defaults for " << IssuerFamilyName(f);
    return {};
  }

  storage::MemoryStore store_;
  FixedClock clock_{At("2025-08-25T02:00:00Z")};
  Context ctx_{store_, clock_};
  std::map<std::string, AgencyId> agency_;
  Actor admin_, leader_;
  DocumentId source_;
};

TEST_F(Signing, ATitleAsTheNameIsRefusedUnderTheFieldItWasTypedIn) {
  RelayInput r = Relay(IssuerFamily::kPeoplesCommittee);
  r.signer_name = "Chủ tịch UBND phường";
  auto refused = Issue(r);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(Fields(refused.error()), std::vector<std::string>{"signer_name"});
  r.signer = SignerBlock{"ỦY BAN NHÂN DÂN", SignerAuthority::kKt, "", "PHÓ CHỦ TỊCH",
                         "Phó Chủ tịch Nguyễn An"};
  refused = Issue(r);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(Fields(refused.error()), (std::vector<std::string>{"signer.name", "signer.head"}));
  r.copies = std::vector<std::string>{"Sở Nội vụ", "  "};
  r.signer->name = "Nguyễn An";
  r.signer->head = "CHỦ TỊCH";
  refused = Issue(r);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(Fields(refused.error()), std::vector<std::string>{"copies[1]"});
  EXPECT_TRUE(Defaults(IssuerFamily::kPeoplesCommittee).signer.name.empty()) << "nothing kept";
}

TEST_F(Signing, EachBodyRemembersItsBlockAndNumbersInItsOwnSeries) {
  // Before anything: the People's Committee's default block; no Party committee yet.
  IssuingDefaults ubnd = Defaults(IssuerFamily::kPeoplesCommittee);
  EXPECT_TRUE(ubnd.available);
  EXPECT_EQ(ubnd.signer.on_behalf_of, "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(ubnd.signer.position, "CHỦ TỊCH");
  EXPECT_FALSE(Defaults(IssuerFamily::kParty).available);
  EXPECT_TRUE(Defaults(IssuerFamily::kYouthUnion).available) << "the ward's doan-phuong";

  RelayInput party = Relay(IssuerFamily::kParty);
  party.signer =
      SignerBlock{"BAN THƯỜNG VỤ", SignerAuthority::kKt, "BÍ THƯ", "PHÓ BÍ THƯ", "Nguyễn Thị Lan"};
  auto refused = Issue(party);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(Fields(refused.error()), std::vector<std::string>{"issuer_family"});
  ASSERT_TRUE(CreateAgency(ctx_, admin_, {3, "dang-uy", "Đảng ủy phường Hồng Bàng"}).ok());
  auto p1 = Issue(party);
  ASSERT_TRUE(p1.ok()) << p1.error().message();
  EXPECT_EQ(p1->document.number_symbol, "1/CV/X");

  // The People's Committee signs with the name alone: its default block, its own series.
  RelayInput ubnd_letter = Relay(IssuerFamily::kPeoplesCommittee);
  ubnd_letter.signer_name = "Phạm Thu Trang";
  auto u1 = Issue(ubnd_letter);
  ASSERT_TRUE(u1.ok()) << u1.error().message();
  EXPECT_EQ(u1->document.number_symbol, "1/X-VHXH");
  auto content = nlohmann::json::parse(u1->document.content_json);
  EXPECT_EQ(content["signer_block"]["on_behalf_of"], "ỦY BAN NHÂN DÂN");
  // Its copies from the tree: the city's People's Committee, the ward's own bodies.
  EXPECT_EQ(content["copies"][0], "Ủy ban nhân dân thành phố Hải Phòng (để báo cáo)");

  // Remembered apart: the Party committee's deputy secretary, the People's Committee's chair.
  IssuingDefaults kept = Defaults(IssuerFamily::kParty);
  EXPECT_TRUE(kept.available);
  EXPECT_EQ(kept.signer.authority, SignerAuthority::kKt);
  EXPECT_EQ(kept.signer.position, "PHÓ BÍ THƯ");
  EXPECT_EQ(kept.signer.name, "Nguyễn Thị Lan");
  EXPECT_EQ(Defaults(IssuerFamily::kPeoplesCommittee).signer.name, "Phạm Thu Trang");

  // The Party committee's next letter with the name alone keeps its K/T block.
  party.signer.reset();
  party.signer_name = "Trần Văn Bình";
  auto p2 = Issue(party);
  ASSERT_TRUE(p2.ok()) << p2.error().message();
  EXPECT_EQ(p2->document.number_symbol, "2/CV/X");
  auto c2 = nlohmann::json::parse(p2->document.content_json);
  EXPECT_EQ(c2["signer_block"]["authority"], "KT");
  EXPECT_EQ(c2["signer_block"]["position"], "PHÓ BÍ THƯ");
  EXPECT_EQ(c2["signer_block"]["name"], "Trần Văn Bình");
}

TEST_F(Signing, OnlyTheUnitsLeaderSeesItsDefaults) {
  auto other = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
  EXPECT_EQ(GetIssuingDefaults(ctx_, other, UnitId(3)).ok(), true) << "the city's leader, above";
  auto officer = app_test::MakeActor(ctx_, "vhxh", "coordinator", 3, agency_["vh-xh"].value);
  auto refused = GetIssuingDefaults(ctx_, officer, UnitId(3));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kForbidden);
  EXPECT_EQ(GetIssuingDefaults(ctx_, leader_, UnitId(999)).error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace doithoai
