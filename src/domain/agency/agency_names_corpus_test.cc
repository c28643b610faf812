// The matcher on names as real documents write them (tests/data/documents/agency-names.tsv,
// sources in its last column; units in agency-units.json). Prints hit, wrong-match and
// not-sure rates for the tune and held-out parts; fails on any wrong match in the tune part.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "domain/agency/agency_match.h"

namespace doithoai {
namespace {

std::string SourcePath(const std::string& relative) {
  return (std::filesystem::path(__FILE__).parent_path() / "../../.." / relative).string();
}

std::string Fill(std::string s, const std::string& key, const std::string& value) {
  for (size_t at; (at = s.find(key)) != std::string::npos;) s.replace(at, key.size(), value);
  return s;
}

struct Tally {
  int rows = 0, hit = 0, wrong = 0, unsure = 0;
  int agency_rows = 0, agency_hit = 0, group_rows = 0, group_hit = 0, none_rows = 0, none_hit = 0;
};

TEST(AgencyNamesCorpus, RealNamesMatchOrStayUnsure) {
  std::ifstream units_file(SourcePath("tests/data/documents/agency-units.json"));
  ASSERT_TRUE(units_file) << "run from a source checkout";
  auto fixture = nlohmann::json::parse(units_file);
  std::map<std::string, AgencyMatcher> matchers;
  int64_t next_id = 1;
  for (const auto& [key, u] : fixture["units"].items()) {
    AgencyDirectory d;
    d.unit.id = UnitId(next_id++);
    d.unit.name = u["name"];
    d.unit.kind = u["kind"];
    std::string kind = u["kind"];
    // "Tỉnh Hậu Giang" of kind "tỉnh": the proper name follows the kind's bytes and a space.
    std::string proper = d.unit.name.substr(kind.size() + 1);
    for (const auto& tmpl : fixture["lists"][u["list"].get<std::string>()]) {
      Agency a;
      a.id = AgencyId(next_id++);
      a.unit = d.unit.id;
      a.name = Fill(Fill(Fill(tmpl.get<std::string>(), "{kind}", kind), "{name}", proper),
                    "{union}", u.value("union", ""));
      d.agencies.push_back(a);
    }
    for (const auto& c : u.value("children", nlohmann::json::array())) {
      AgencyDirectory::Child child;
      child.unit.id = UnitId(next_id++);
      child.unit.name = c[0];
      child.unit.kind = c[1];
      std::string ckind = c[1];
      std::string cproper = child.unit.name.substr(ckind.size() + 1);
      Agency a;
      a.id = AgencyId(next_id++);
      a.unit = child.unit.id;
      a.name = "Ủy ban nhân dân " + ckind + " " + cproper;
      child.agencies.push_back(a);
      d.children.push_back(child);
    }
    matchers.emplace(key, AgencyMatcher(d));
  }

  std::ifstream names(SourcePath("tests/data/documents/agency-names.tsv"));
  ASSERT_TRUE(names);
  std::map<std::string, Tally> tally;
  std::string line;
  while (std::getline(names, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    ASSERT_EQ(f.size(), 5u) << line;
    const std::string &split = f[0], &unit = f[1], &written = f[2], &gold = f[3];
    ASSERT_TRUE(matchers.count(unit)) << unit;
    AgencyMatch m = matchers.at(unit).Match(written);
    Tally& t = tally[split];
    ++t.rows;
    bool matched = m.kind == AgencyMatch::Kind::kMatched;
    std::string got = matched ? m.candidates[0].agency.name
                              : (m.kind == AgencyMatch::Kind::kGroup ? "group" : "unsure");
    bool hit = false, wrong = false;
    if (gold == "group") {
      ++t.group_rows;
      hit = m.kind == AgencyMatch::Kind::kGroup;
      wrong = matched;
      t.group_hit += hit;
    } else if (gold == "none") {
      ++t.none_rows;
      hit = !matched;
      wrong = matched;
      t.none_hit += hit;
    } else {
      ++t.agency_rows;
      hit = matched && got == gold;
      wrong = matched && !hit;
      t.agency_hit += hit;
    }
    t.hit += hit;
    t.wrong += wrong;
    t.unsure += !hit && !wrong;
    if (!hit) {
      std::printf("  %-7s %-8s %s | %s → %s (%s)\n", split.c_str(), wrong ? "WRONG" : "unsure",
                  written.c_str(), gold.c_str(), got.c_str(), m.reason.c_str());
    }
    if (split == "tune") {
      EXPECT_FALSE(wrong) << written << " → " << got;
    }
  }
  for (const auto& [split, t] : tally) {
    auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf(
        "%s: %d names: right %.1f%%, wrong match %.1f%%, not sure %.1f%% | agencies %d/%d, "
        "groups %d/%d, no agency left unmatched %d/%d\n",
        split.c_str(), t.rows, pct(t.hit, t.rows), pct(t.wrong, t.rows), pct(t.unsure, t.rows),
        t.agency_hit, t.agency_rows, t.group_hit, t.group_rows, t.none_hit, t.none_rows);
  }
  ASSERT_TRUE(tally.count("tune") && tally.count("heldout"));
  EXPECT_GE(tally["tune"].hit, tally["tune"].rows * 85 / 100);
  // Held out: never tuned on; a wrong match there is a bug to report, not to tune away.
  EXPECT_LE(tally["heldout"].wrong, tally["heldout"].rows * 5 / 100);
}

}  // namespace
}  // namespace doithoai
