#include "domain/feed/atom.h"

namespace doithoai::feed {
namespace {

void Element(std::string& out, std::string_view indent, std::string_view name,
             std::string_view text) {
  out += indent;
  out += '<';
  out += name;
  out += '>';
  out += EscapeXml(text);
  out += "</";
  out += name;
  out += ">\n";
}

void Link(std::string& out, std::string_view indent, std::string_view rel, std::string_view href,
          std::string_view type) {
  if (href.empty()) return;
  out += indent;
  out += "<link rel=\"";
  out += rel;
  out += "\" href=\"";
  out += EscapeXml(href);
  out += '"';
  if (!type.empty()) {
    out += " type=\"";
    out += type;
    out += '"';
  }
  out += "/>\n";
}

void Author(std::string& out, std::string_view indent, std::string_view name) {
  if (name.empty()) return;
  out += indent;
  out += "<author><name>";
  out += EscapeXml(name);
  out += "</name></author>\n";
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

std::string WriteAtom(const AtomFeed& feed) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n";
  Element(out, "  ", "id", feed.id);
  Element(out, "  ", "title", feed.title);
  if (!feed.subtitle.empty()) Element(out, "  ", "subtitle", feed.subtitle);
  Element(out, "  ", "updated", feed.updated.ToIso());
  Link(out, "  ", "self", feed.self, "application/atom+xml");
  Link(out, "  ", "alternate", feed.alternate, "text/html");
  Author(out, "  ", feed.author);
  out += "  <generator>doithoai</generator>\n";
  for (const AtomEntry& e : feed.entries) {
    out += "  <entry>\n";
    Element(out, "    ", "id", e.id);
    Element(out, "    ", "title", e.title);
    Element(out, "    ", "updated", e.updated.ToIso());
    Link(out, "    ", "alternate", e.link, "text/html");
    Author(out, "    ", e.author);
    if (!e.summary.empty()) Element(out, "    ", "summary", e.summary);
    out += "    <content type=\"text\">";
    out += EscapeXml(e.content);
    out += "</content>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace doithoai::feed
