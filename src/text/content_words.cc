#include "text/content_words.h"

#include "text/analyzer.h"
#include "text/stop_words.h"

namespace doithoai::text {

ContentTokens ContentTokensOf(std::string_view text) {
  // Reading a prefix bounds the work on huge inputs; 16 bytes per word is generous.
  std::vector<Token> tokens = Analyze(text.substr(0, kMaxContentWords * 16));
  ContentTokens out;
  out.with_diacritics = HasDiacritics(tokens);
  out.tokens.reserve(tokens.size());
  for (Token& t : tokens) {
    if (out.tokens.size() == kMaxContentWords) break;
    if (!IsStopWord(t, out.with_diacritics)) out.tokens.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> ContentWords(std::string_view text) {
  ContentTokens content = ContentTokensOf(text);
  std::vector<std::string> out;
  out.reserve(content.tokens.size());
  for (Token& t : content.tokens) out.push_back(std::move(t.folded));
  return out;
}

}  // namespace doithoai::text
