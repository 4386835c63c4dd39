#include "html/render_tree.h"

#include "html/escape.h"

namespace cp {

namespace {

void render(const DocNode& n, std::string& out, bool tight_list);

void children(const DocNode& n, std::string& out, bool tight_list = false) {
  for (const auto& c : n.children) render(c, out, tight_list);
}

std::string lang_attr(const DocNode& n) { return n.lang.empty() ? "" : " lang=\"" + html_escape(n.lang) + "\""; }

const char* align_class(Align a) {
  switch (a) {
    case Align::Left: return " class=\"align-left\"";
    case Align::Center: return " class=\"align-center\"";
    case Align::Right: return " class=\"align-right\"";
    default: return "";
  }
}

void render_table(const DocNode& table, std::string& out) {
  out += "<div class=\"table-scroll\"><table>\n";
  bool in_body = false;
  for (const auto& row : table.children) {
    if (row.header) {
      out += "<thead>\n";
    } else if (!in_body) {
      out += "<tbody>\n";
      in_body = true;
    }
    out += "<tr>";
    for (size_t i = 0; i < row.children.size(); ++i) {
      Align a = i < table.aligns.size() ? table.aligns[i] : Align::None;
      out += row.header ? std::string("<th scope=\"col\"") + align_class(a) + ">"
                        : std::string("<td") + align_class(a) + ">";
      children(row.children[i], out);
      out += row.header ? "</th>" : "</td>";
    }
    out += "</tr>\n";
    if (row.header) out += "</thead>\n";
  }
  if (in_body) out += "</tbody>\n";
  out += "</table></div>\n";
}

void render(const DocNode& n, std::string& out, bool tight_list) {
  switch (n.kind) {
    case NodeKind::Document: children(n, out); break;
    case NodeKind::Heading: {
      std::string tag = "h" + std::to_string(n.level < 1 ? 1 : n.level > 6 ? 6 : n.level);
      out += "<" + tag + (n.id.empty() ? "" : " id=\"" + html_escape(n.id) + "\"") + lang_attr(n) + ">";
      children(n, out);
      out += "</" + tag + ">\n";
      break;
    }
    case NodeKind::Paragraph:
      if (tight_list) {
        children(n, out);
        out += "\n";
      } else {
        out += "<p" + lang_attr(n) + ">";
        children(n, out);
        out += "</p>\n";
      }
      break;
    case NodeKind::List: {
      std::string open = n.ordered ? "<ol" : "<ul";
      if (n.ordered && n.start != 1) open += " start=\"" + std::to_string(n.start) + "\"";
      out += open + lang_attr(n) + ">\n";
      for (const auto& item : n.children) {
        out += "<li>";
        children(item, out, n.tight);
        if (!out.empty() && out.back() == '\n') out.pop_back();
        out += "</li>\n";
      }
      out += n.ordered ? "</ol>\n" : "</ul>\n";
      break;
    }
    case NodeKind::Item: children(n, out, tight_list); break;
    case NodeKind::BlockQuote:
      out += "<blockquote" + lang_attr(n) + ">\n";
      children(n, out);
      out += "</blockquote>\n";
      break;
    case NodeKind::CodeBlock: out += "<pre><code>" + html_escape(n.text) + "</code></pre>\n"; break;
    case NodeKind::ThematicBreak: out += "<hr>\n"; break;
    case NodeKind::Table: render_table(n, out); break;
    case NodeKind::TableRow:
    case NodeKind::TableCell: children(n, out); break;
    case NodeKind::Text: out += html_escape(n.text); break;
    case NodeKind::Emph:
      out += "<em>";
      children(n, out);
      out += "</em>";
      break;
    case NodeKind::Strong:
      out += "<strong>";
      children(n, out);
      out += "</strong>";
      break;
    case NodeKind::Strikethrough:
      out += "<del>";
      children(n, out);
      out += "</del>";
      break;
    case NodeKind::Code: out += "<code>" + html_escape(n.text) + "</code>"; break;
    case NodeKind::Link:
      out += "<a href=\"" + html_escape(n.url) + "\"" +
             (n.title.empty() ? "" : " title=\"" + html_escape(n.title) + "\"") + lang_attr(n) + ">";
      children(n, out);
      out += "</a>";
      break;
    case NodeKind::SoftBreak: out += "\n"; break;
    case NodeKind::LineBreak: out += "<br>\n"; break;
  }
}

}  // namespace

std::string render_html(const DocNode& node) {
  std::string out;
  render(node, out, false);
  return out;
}

}  // namespace cp
