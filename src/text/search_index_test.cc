#include "text/search_index.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace doithoai::text {
namespace {

SearchDocument Doc(int64_t id, std::string text, bool is_public = true) {
  SearchDocument d;
  d.id = id;
  d.text = std::move(text);
  d.is_public = is_public;
  return d;
}

std::vector<int64_t> Ids(const SearchResults& r) {
  std::vector<int64_t> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

SearchResults Find(const SearchIndex& index, std::string text) {
  SearchQuery q;
  q.text = std::move(text);
  return index.Search(q);
}

using V = std::vector<int64_t>;

// Issue 5: "chuyen doi so" finds "chuyển đổi số"; "doi thoai" finds "đối thoại".
TEST(SearchIndex, DiacriticInsensitiveAndDStroke) {
  SearchIndex index;
  index.Upsert(Doc(1, "Thanh niên tiên phong chuyển đổi số"));
  index.Upsert(Doc(2, "Hội nghị đối thoại với thanh niên năm 2025"));
  index.Upsert(Doc(3, "Phân loại rác tại nguồn"));
  EXPECT_EQ(Ids(Find(index, "chuyen doi so ")), V{1});
  EXPECT_EQ(Ids(Find(index, "doi thoai ")), V{2});
  EXPECT_EQ(Ids(Find(index, "ĐỐI THOẠI ")), V{2});
  EXPECT_EQ(Ids(Find(index, "rac ")), V{3});
}

// Issue 5: exact-accent matches rank first.
TEST(SearchIndex, ExactAccentFirst) {
  SearchIndex index;
  index.Upsert(Doc(1, "chuyen doi so o phuong"));
  index.Upsert(Doc(2, "Chuyến đồi sợ ma"));
  index.Upsert(Doc(3, "Chuyển đổi số ở phường"));
  index.Upsert(Doc(4, "chuyển đổi số"));
  auto r = Find(index, "chuyển đổi số ");
  ASSERT_EQ(r.hits.size(), 4u);
  EXPECT_EQ(r.hits[0].id, 4);  // exact and shortest
  EXPECT_EQ(r.hits[1].id, 3);
  // Without diacritics every spelling is equally good: the shorter document wins.
  auto plain = Find(index, "chuyen doi so ");
  ASSERT_EQ(plain.hits.size(), 4u);
  EXPECT_EQ(plain.hits[0].id, 4);
}

TEST(SearchIndex, PhrasesRequireConsecutiveWords) {
  SearchIndex index;
  index.Upsert(Doc(1, "Hỗ trợ thanh niên khởi nghiệp"));
  index.Upsert(Doc(2, "Khởi nghiệp cho mọi người, không chỉ thanh niên"));
  EXPECT_EQ(Ids(Find(index, "\"thanh nien khoi nghiep\"")), V{1});
  EXPECT_EQ(Ids(Find(index, "“thanh niên khởi nghiệp”")), V{1});
  EXPECT_EQ(Find(index, "thanh nien khoi nghiep ").hits.size(), 2u);
  EXPECT_TRUE(Find(index, "\"nghiệp khởi\"").hits.empty() ||
              Find(index, "\"nghiệp khởi\"").relaxed);
}

TEST(SearchIndex, PrefixOnTheLastWord) {
  SearchIndex index;
  index.Upsert(Doc(1, "Chuyển đổi số"));
  index.Upsert(Doc(2, "Khởi nghiệp sáng tạo"));
  EXPECT_EQ(Ids(Find(index, "chuyen doi s")), V{1});  // one letter: ignored for now
  EXPECT_EQ(Ids(Find(index, "chuyen do")), V{1});
  EXPECT_EQ(Ids(Find(index, "khoi ngh")), V{2});
  EXPECT_EQ(Ids(Find(index, "khởi ngh")), V{2});
  EXPECT_TRUE(Find(index, "khoi ngh ").hits.empty() || Find(index, "khoi ngh ").relaxed);
  SearchQuery q;
  q.text = "khoi ngh";
  q.prefix_last_word = false;
  auto r = index.Search(q);
  EXPECT_TRUE(r.hits.empty() || r.relaxed);
}

TEST(SearchIndex, SnippetsMarkWordsAndEscapeHtml) {
  SearchIndex index;
  index.Upsert(Doc(1, "Tiêu chí <b>chuyển đổi số</b> & \"xanh\" của UBND"));
  auto r = Find(index, "chuyen doi so ");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].snippet,
            "Tiêu chí &lt;b&gt;<mark>chuyển đổi số</mark>&lt;/b&gt; &amp; &quot;xanh&quot; của "
            "UBND");
  auto ubnd = Find(index, "ủy ban nhân dân ");
  ASSERT_EQ(ubnd.hits.size(), 1u);
  EXPECT_NE(ubnd.hits[0].snippet.find("<mark>UBND</mark>"), std::string::npos);
}

TEST(SearchIndex, LongDocumentSnippetIsAWindowAroundTheMatches) {
  SearchIndex index;
  std::string text;
  for (int i = 0; i < 60; ++i) text += "nội dung khác ";
  text += "kiến nghị về nhà ở xã hội cho công nhân";
  for (int i = 0; i < 60; ++i) text += " nội dung khác";
  index.Upsert(Doc(1, text));
  auto r = Find(index, "nha o xa hoi ");
  ASSERT_EQ(r.hits.size(), 1u);
  const std::string& s = r.hits[0].snippet;
  EXPECT_LT(s.size(), 340u);
  EXPECT_EQ(s.rfind("…", 0), 0u);
  EXPECT_NE(s.find("<mark>nhà ở xã hội</mark>"), std::string::npos);
}

TEST(SearchIndex, FiltersAndDrafts) {
  SearchIndex index;
  SearchDocument a = Doc(1, "vay vốn khởi nghiệp");
  a.dialogue = DialogueId(7);
  a.agency = AgencyId(3);
  a.status = 2;
  a.date = Date(2025, 3, 10);
  SearchDocument b = Doc(2, "vay vốn khởi nghiệp", /*is_public=*/false);  // a draft answer
  b.kind = DocKind::kAnswer;
  b.dialogue = DialogueId(8);
  b.date = Date(2025, 4, 1);
  index.Upsert(a);
  index.Upsert(b);
  SearchQuery q;
  q.text = "vay von ";
  EXPECT_EQ(Ids(index.Search(q)), V{1});  // public only by default
  q.filter.public_only = false;
  EXPECT_EQ(index.Search(q).hits.size(), 2u);
  q.filter.dialogue = DialogueId(8);
  EXPECT_EQ(Ids(index.Search(q)), V{2});
  q.filter.dialogue.reset();
  q.filter.kinds = 1u << static_cast<int>(DocKind::kQuestion);
  EXPECT_EQ(Ids(index.Search(q)), V{1});
  q.filter.kinds = 0xF;
  q.filter.agency = AgencyId(3);
  EXPECT_EQ(Ids(index.Search(q)), V{1});
  q.filter.agency.reset();
  q.filter.from = Date(2025, 3, 15);
  EXPECT_EQ(Ids(index.Search(q)), V{2});
  q.filter.to = Date(2025, 3, 31);
  EXPECT_TRUE(index.Search(q).hits.empty());
  q.filter.from.reset();
  q.filter.to.reset();
  q.filter.statuses = 1u << 2;
  EXPECT_EQ(Ids(index.Search(q)), V{1});
}

TEST(SearchIndex, PagingAndTotals) {
  SearchIndex index;
  for (int i = 1; i <= 45; ++i) {
    index.Upsert(Doc(i, "câu hỏi số " + std::to_string(i) + " về việc làm"));
  }
  SearchQuery q;
  q.text = "viec lam ";
  q.limit = 20;
  auto p1 = index.Search(q);
  q.offset = 40;
  auto p3 = index.Search(q);
  EXPECT_EQ(p1.hits.size(), 20u);
  EXPECT_EQ(p3.hits.size(), 5u);
  EXPECT_EQ(p1.total, 45u);
  EXPECT_TRUE(p1.total_exact);
  std::set<int64_t> ids;
  for (size_t off = 0; off < 45; off += 20) {
    q.offset = off;
    for (auto id : Ids(index.Search(q))) ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 45u);
  q.limit = 100000;
  q.offset = 0;
  EXPECT_EQ(index.Search(q).hits.size(), 45u);  // limit capped at kMaxPage = 100 ≥ 45
}

TEST(SearchIndex, IncrementalUpdates) {
  SearchIndex index;
  index.Upsert(Doc(1, "đèn đường hỏng"));
  index.Upsert(Doc(2, "đèn tín hiệu giao thông"));
  EXPECT_EQ(index.size(), 2u);
  EXPECT_TRUE(index.Remove(DocKind::kQuestion, 1));
  EXPECT_FALSE(index.Remove(DocKind::kQuestion, 1));
  EXPECT_FALSE(index.Remove(DocKind::kAnswer, 2));
  EXPECT_EQ(Ids(Find(index, "den ")), V{2});
  index.Upsert(Doc(2, "ngập úng đường phố"));  // text replaced
  EXPECT_TRUE(Find(index, "den ").hits.empty());
  EXPECT_EQ(Ids(Find(index, "ngap ")), V{2});
  SearchDocument hidden = Doc(2, "ngập úng đường phố", /*is_public=*/false);  // attributes only
  index.Upsert(hidden);
  EXPECT_TRUE(Find(index, "ngap ").hits.empty());
  EXPECT_EQ(index.size(), 1u);
  // Moving a document to another dialogue moves it between the dialogue filters.
  SearchDocument moved = Doc(2, "ngập úng đường phố");
  moved.dialogue = DialogueId(5);
  index.Upsert(moved);
  moved.dialogue = DialogueId(6);
  index.Upsert(moved);
  SearchQuery q;
  q.text = "ngap ";
  q.filter.dialogue = DialogueId(5);
  EXPECT_TRUE(index.Search(q).hits.empty());
  q.filter.dialogue = DialogueId(6);
  EXPECT_EQ(Ids(index.Search(q)), V{2});
  q.filter.dialogue = DialogueId(99);  // no such dialogue
  EXPECT_TRUE(index.Search(q).hits.empty());
}

TEST(SearchIndex, RelaxedWithinADialogue) {
  SearchIndex index;
  for (int i = 0; i < 50; ++i) {
    SearchDocument d = Doc(i, i % 2 ? "vay vốn khởi nghiệp" : "trồng cây xanh");
    d.dialogue = DialogueId(i % 5 == 0 ? 1 : 2);
    index.Upsert(d);
  }
  SearchQuery q;
  q.text = "vay cây ";  // no document has both
  q.filter.dialogue = DialogueId(1);
  auto r = index.Search(q);
  EXPECT_TRUE(r.relaxed);
  EXPECT_EQ(r.hits.size(), 10u);  // every document of dialogue 1 has one of the words
  for (const auto& h : r.hits) EXPECT_EQ(h.id % 5, 0);
}

TEST(SearchIndex, CompactionKeepsResultsRight) {
  SearchIndex index;
  for (int i = 0; i < 6000; ++i) {
    index.Upsert(
        Doc(i, (i % 2 ? "thanh niên khởi nghiệp " : "môi trường xanh ") + std::to_string(i)));
  }
  for (int i = 0; i < 6000; i += 3) index.Remove(DocKind::kQuestion, i);
  EXPECT_EQ(index.size(), 4000u);
  SearchQuery q;
  q.text = "khoi nghiep ";
  q.limit = 100;
  auto r = index.Search(q);
  EXPECT_EQ(r.total, 2000u);
  for (const auto& h : r.hits) {
    EXPECT_EQ(h.id % 2, 1);
    EXPECT_NE(h.id % 3, 0);
  }
}

TEST(SearchIndex, RelaxedWhenNotEveryWordMatches) {
  SearchIndex index;
  index.Upsert(Doc(1, "vay vốn khởi nghiệp"));
  index.Upsert(Doc(2, "vay mua nhà ở xã hội"));
  auto r = Find(index, "vay vốn xyzzy ");
  EXPECT_TRUE(r.relaxed);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, 1);
  auto both = Find(index, "vay von ");
  EXPECT_FALSE(both.relaxed && both.hits.front().id != 1);
  EXPECT_EQ(both.hits.front().id, 1);
}

TEST(SearchIndex, StopWordsAreNotRequired) {
  SearchIndex index;
  index.Upsert(Doc(1, "Việc làm thanh niên"));
  auto r = Find(index, "việc làm cho thanh niên ");
  EXPECT_FALSE(r.relaxed);
  EXPECT_EQ(Ids(r), V{1});
}

TEST(SearchIndex, BadInput) {
  SearchIndex index;
  std::string big_doc;
  while (big_doc.size() < (1 << 20)) big_doc += "dữ liệu lớn ";
  index.Upsert(Doc(1, big_doc + " cuối"));
  index.Upsert(Doc(2, "\xFF\xFE việc\xC3\x28làm"));
  index.Upsert(Doc(3, ""));
  EXPECT_EQ(index.size(), 3u);
  EXPECT_EQ(Ids(Find(index, "du lieu ")), V{1});
  EXPECT_TRUE(Find(index, "cuoi ").hits.empty());  // beyond kMaxDocumentBytes
  EXPECT_EQ(Ids(Find(index, "viec ")), V{2});
  EXPECT_TRUE(Find(index, "").hits.empty());
  EXPECT_TRUE(Find(index, "   ...!!! ").hits.empty());
  EXPECT_TRUE(Find(index, "\xFF\xFE\xC3").hits.empty());
  std::string big_query;
  while (big_query.size() < (1 << 20)) big_query += "dữ liệu ";
  EXPECT_EQ(Ids(Find(index, big_query)), V{1});
  EXPECT_LE(Find(index, "\"").hits.size(), 3u);
  EXPECT_LE(Find(index, "\"\"\"du").hits.size(), 3u);
}

TEST(SearchIndex, SimilarQuestionsForHints) {
  SearchIndex index;
  SearchDocument answered = Doc(1, "Thanh niên vay vốn khởi nghiệp được ưu đãi bao nhiêu?");
  answered.status = 3;
  index.Upsert(answered);
  SearchDocument pending = Doc(2, "Vay vốn khởi nghiệp có cần thế chấp không?");
  pending.status = 1;
  index.Upsert(pending);
  index.Upsert(Doc(3, "Lắp đèn đường ở ngõ 5"));
  SearchFilter answered_only;
  answered_only.statuses = 1u << 3;
  auto hits = index.Similar("em muốn vay von khoi ngh", 5, answered_only);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, 1);
  EXPECT_NE(hits[0].snippet.find("<mark>"), std::string::npos);
  SearchFilter any;
  EXPECT_EQ(index.Similar("vay vốn khởi nghiệp", 5, any).size(), 2u);
  EXPECT_TRUE(index.Similar("", 5, any).empty());
  EXPECT_TRUE(index.Similar("xyzzy", 5, any).empty());
}

TEST(SearchIndex, HintsShareContentNotFunctionOrPlaceWords) {
  // Issue 12: a hint that shares only "ở", "phường", "của", "và" is not similar.
  SearchIndex index;
  index.Upsert(Doc(1, "Đèn đường ở phường hỏng lâu rồi"));
  index.Upsert(Doc(2, "Sân chơi cho thiếu nhi của phường và xã"));
  SearchFilter any;
  EXPECT_TRUE(index.Similar("Học phí ở phường của em và bạn", 5, any).empty());
  auto hits = index.Similar("thiếu sân chơi ở phường", 5, any);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, 2);
}

TEST(SearchIndex, ConcurrentReadersAndWriters) {
  SearchIndex index;
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    for (int i = 0; i < 3000; ++i) {
      index.Upsert(Doc(i, "câu hỏi về việc làm số " + std::to_string(i)));
      if (i % 5 == 0) index.Remove(DocKind::kQuestion, i / 2);
    }
    stop = true;
  });
  size_t searches = 0;
  while (!stop) {
    auto r = Find(index, "viec lam ");
    EXPECT_LE(r.hits.size(), 20u);
    ++searches;
  }
  writer.join();
  EXPECT_GT(searches, 0u);
}

}  // namespace
}  // namespace doithoai::text
