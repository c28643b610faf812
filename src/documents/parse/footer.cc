#include "documents/parse/footer.h"

#include "documents/parse/doc_types.h"
#include "documents/parse/paragraphs.h"
#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

bool IsSignatureNote(std::string_view s);

// Text of the signature column: an authority, a position in capitals, a name, a note.
bool IsSignatureRow(std::string_view s) {
  return IsAuthorityLine(s) || IsUpperText(s) || LooksLikePersonName(s) || IsSignatureNote(s);
}

// A list of "- item;" rows whose items may be broken over lines.
class ListReader {
 public:
  explicit ListReader(std::vector<std::string>* items) : items_(items) {}

  // Reads one row. Returns what the row holds after a closed item (another column's text),
  // or the whole row when it is not part of the list.
  std::string_view Read(std::string_view row) {
    size_t marker_length = 0;
    if (DetectMarker(row, &marker_length) == Marker::kDash) {
      open_ = false;
      return MoreItems(Start(row.substr(marker_length)));
    }
    if (open_) return MoreItems(Continue(row));
    return row;
  }

  bool open() const { return open_; }
  bool closed_with_period() const { return closed_with_period_; }

 private:
  std::string_view Start(std::string_view text) {
    items_->push_back("");
    open_ = true;
    return Continue(text);
  }

  // What follows a closed item on the same row is another item when it too ends with ";" and
  // is no signature text: "- TTr Tỉnh ủy; TTr HĐND tỉnh;" holds two recipients, while
  // "- Như trên; KT. CHỦ TỊCH" is an item then the signature column.
  std::string_view MoreItems(std::string_view rest) {
    while (rest.size() > 1 && rest.ends_with(';') &&
           !IsSignatureRow(Trim(rest.substr(0, rest.size() - 1)))) {
      rest = Start(rest);
    }
    return rest;
  }

  // Appends `text` to the open item up to its terminator; returns the rest of the row. A ";"
  // followed by a space always ends an item; a "." only at the end of the row or before the
  // signature column ("- Lưu: VT. Lê Khắc Nam"), so "UBND TP. Hải Phòng;" stays whole.
  std::string_view Continue(std::string_view text) {
    std::string& item = items_->back();
    int depth = 0;  // "- Lưu (VP ; KT&KĐCL).": a ";" inside brackets ends nothing
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '(') depth++;
      if (c == ')' && depth > 0) depth--;
      bool ends = (c == ';' && depth == 0 && (i + 1 == text.size() || text[i + 1] == ' ')) ||
                  (c == '.' && (i + 1 == text.size() ||
                                (text[i + 1] == ' ' && IsSignatureRow(Trim(text.substr(i + 1))))));
      if (ends) {
        JoinLine(item, Trim(text.substr(0, i)));
        Close(c == '.');
        return Trim(text.substr(i + 1));
      }
    }
    JoinLine(item, Trim(text));
    return {};
  }

  void Close(bool period) {
    std::string& item = items_->back();
    item = std::string(Trim(item));
    if (item.empty()) items_->pop_back();
    open_ = false;
    closed_with_period_ = period;
  }

  std::vector<std::string>* items_;
  bool open_ = false;
  bool closed_with_period_ = false;
};

// "(Đã ký)", "(Ký, ghi rõ họ tên)", "[daky]": marks where a signature goes, not a signer.
bool IsSignatureNote(std::string_view s) {
  return (s.starts_with("(") && s.ends_with(")")) || (s.starts_with("[") && s.ends_with("]")) ||
         s == "Đã ký" || s == "đã ký";
}

// "KẾ HOẠCH", "QUY CHẾ …": the heading of a document attached after the signature. No
// position starts with a type's name.
bool IsTypeHeading(std::string_view s) {
  size_t count = 0;
  const DocumentType* types = HeaderTypes(&count);
  for (size_t i = 0; i < count; ++i) {
    if (StartsWithWord(s, types[i].upper)) return true;
  }
  return false;
}

// "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in one row: split before each prefix and
// before the "PHÓ …" position that follows a "KT." authority.
void SplitAuthorityRow(std::string_view row, std::vector<std::string>* authority,
                       std::vector<std::string>* position) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (size_t i = 1; i < row.size(); ++i) {
    if (row[i - 1] == ' ' && IsAuthorityLine(row.substr(i))) {
      parts.push_back(Trim(row.substr(from, i - from)));
      from = i;
    }
  }
  parts.push_back(Trim(row.substr(from)));
  for (std::string_view part : parts) {
    size_t pho = part.starts_with("KT.") ? part.find(" PHÓ ") : std::string_view::npos;
    if (pho != std::string_view::npos) {
      authority->push_back(std::string(part.substr(0, pho)));
      position->push_back(std::string(Trim(part.substr(pho))));
    } else {
      authority->push_back(std::string(part));
    }
  }
}

ParsedSigner SignerOf(const std::vector<std::string_view>& fragments) {
  std::vector<std::string> authority;
  std::vector<std::string> position;
  std::optional<std::string> name;
  std::optional<std::string> last_name;
  for (std::string_view f : fragments) {
    // "KT. THỦ TƯỚNG |": the bars of a table cell the copy kept are no part of the signature.
    f = Trim(TrimEnd(TrimStart(Trim(f), "| "), "| "));
    if (f.empty() || IsSignatureNote(f)) continue;
    // "VỀ HOẠT ĐỘNG CỦA …" under the signature is the title of the attached rules (their
    // "QUY ĐỊNH" heading lost by the copy), never a position: the signature ends there.
    if (IsUpperText(f) && StartsWithWord(f, "VỀ")) break;
    // So is the heading of an attached plan or rules ("KẾ HOẠCH" / "TRIỂN KHAI THI HÀNH …"
    // under "KT. THỦ TƯỚNG" whose position and name the copy lost).
    if ((!authority.empty() || !position.empty()) && IsUpperText(f) && IsTypeHeading(f)) break;
    if (IsAuthorityLine(f)) {
      SplitAuthorityRow(f, &authority, &position);
    } else if (IsUpperText(f)) {
      if (!name) position.push_back(std::string(f));
    } else if (LooksLikePersonName(f)) {
      last_name = std::string(f);
      if (!name && (!authority.empty() || !position.empty())) name = last_name;
    }
  }
  ParsedSigner s;
  auto join = [](const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (const std::string& x : v) {
      if (!out.empty()) out += sep;
      out += x;
    }
    return out;
  };
  if (!authority.empty()) s.authority = join(authority, "\n");
  if (!position.empty()) s.position = join(position, " ");
  s.name = name ? name : last_name;
  return s;
}

}  // namespace

size_t ParseAddressed(const std::vector<std::string>& lines, size_t begin,
                      std::vector<std::string>* out) {
  if (begin >= lines.size() || !StartsWithWord(lines[begin], "Kính gửi")) return begin;
  ListReader list(out);
  std::string_view first =
      TrimStart(std::string_view(lines[begin]).substr(std::string_view("Kính gửi").size()), ":");
  size_t i = begin + 1;
  if (!first.empty()) {
    size_t marker_length = 0;
    if (DetectMarker(first, &marker_length) == Marker::kDash) {
      list.Read(first);
    } else {
      // "Kính gửi: Sở Nội vụ tỉnh Hưng Yên." — one addressee on the same line.
      out->push_back(std::string(TrimEnd(first, ";.")));
      return i;
    }
  }
  for (; i < lines.size(); ++i) {
    size_t marker_length = 0;
    bool dash = DetectMarker(lines[i], &marker_length) == Marker::kDash;
    if (!dash && !list.open()) break;
    if (dash && !list.open() && list.closed_with_period()) break;  // the list ended with "."
    list.Read(lines[i]);
  }
  return i;
}

size_t FindFooterStart(const std::vector<std::string>& lines, size_t begin) {
  for (size_t i = begin; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (StartsWithWord(line, "Nơi nhận") || IsAuthorityLine(line)) return i;
    if (i > begin && lines[i - 1].ends_with("./.")) return i;
  }
  // A head who signs in their own name: a final capitals line and a name.
  size_t n = lines.size();
  if (n >= begin + 2 && LooksLikePersonName(lines[n - 1])) {
    size_t i = n - 1;
    while (i > begin && (IsUpperText(lines[i - 1]) || IsSignatureNote(lines[i - 1]))) i--;
    if (i < n - 1) return i;
  }
  return n;
}

FooterFields ParseFooter(const std::vector<std::string>& lines, size_t begin) {
  FooterFields out;
  ListReader list(&out.copies);
  bool in_list = false;
  std::vector<std::string_view> fragments;
  for (size_t i = begin; i < lines.size(); ++i) {
    std::string_view row = lines[i];
    if (StartsWithWord(row, "Nơi nhận")) {
      in_list = true;
      row = TrimStart(row.substr(std::string_view("Nơi nhận").size()), ":");
      if (row.empty()) continue;
    }
    bool signature_row = IsSignatureRow(row);
    size_t marker_length = 0;
    bool dash = DetectMarker(row, &marker_length) == Marker::kDash;
    if (in_list && (dash || (list.open() && !signature_row))) {
      std::string_view rest = list.Read(row);
      if (!rest.empty()) fragments.push_back(rest);
    } else {
      fragments.push_back(row);
    }
  }
  out.signer = SignerOf(fragments);
  return out;
}

}  // namespace doithoai::documents::parse
