#include "html/render_tree.h"

#include "html/escape.h"
#include "html/logic_model_svg.h"

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

std::string class_attr(const std::string& style) {
  return style.empty() ? "" : " class=\"" + html_escape(style) + "\"";
}

// A wide table scrolls sideways inside its own box on a small screen, so
// the box takes keyboard focus (a keyboard user can scroll it) and, when
// the table has a caption, is a region named by it.
std::string scroll_box(const std::string& caption) {
  return "<div class=\"table-scroll\" tabindex=\"0\"" +
         (caption.empty() ? std::string() : " role=\"region\" aria-label=\"" + html_escape(caption) + "\"") + ">";
}

void render_table(const DocNode& table, std::string& out) {
  out += scroll_box(table.title) + "<table>\n";
  if (!table.title.empty()) out += "<caption>" + html_escape(table.title) + "</caption>\n";
  bool in_body = false;
  for (const auto& row : table.children) {
    if (row.header) {
      out += "<thead>\n";
    } else if (!in_body) {
      out += "<tbody>\n";
      in_body = true;
    }
    out += "<tr" + class_attr(row.style) + ">";
    for (size_t i = 0; i < row.children.size(); ++i) {
      Align a = i < table.aligns.size() ? table.aligns[i] : Align::None;
      std::string classes = std::string(align_class(a));
      const std::string& style = row.children[i].style;
      if (!style.empty())
        classes = classes.empty() ? class_attr(style) : classes.substr(0, classes.size() - 1) + " " + html_escape(style) + "\"";
      out += row.header ? "<th scope=\"col\"" + classes + ">" : "<td" + classes + ">";
      children(row.children[i], out);
      out += row.header ? "</th>" : "</td>";
    }
    out += "</tr>\n";
    if (row.header) out += "</thead>\n";
  }
  if (in_body) out += "</tbody>\n";
  out += "</table></div>\n";
}

// The 5×5 heat map as a real table: likelihood down, impact across; each
// cell names its rating in words as well as by colour.
void render_risk_matrix(const DocNode& m, std::string& out) {
  const RiskMatrixLabels& labels = labels_of<RiskMatrixLabels>(m);
  out += scroll_box(m.title) + "<table class=\"risk-matrix\">\n<caption>" + html_escape(m.title) +
         "</caption>\n<thead>\n<tr><th scope=\"col\">" + html_escape(labels.likelihood_axis) + " ↓ / " +
         html_escape(labels.impact_axis) + " →</th>";
  for (int impact = 1; impact <= 5; ++impact)
    out += "<th scope=\"col\">" + std::to_string(impact) + " " + html_escape(labels.impact[impact - 1]) + "</th>";
  out += "</tr>\n</thead>\n<tbody>\n";
  static const char* bands[] = {"low", "moderate", "high", "extreme"};
  for (int row = 0; row < 5; ++row) {
    int likelihood = 5 - row;
    out += "<tr><th scope=\"row\">" + std::to_string(likelihood) + " " + html_escape(labels.likelihood[likelihood - 1]) + "</th>";
    for (int col = 0; col < 5; ++col) {
      int score = likelihood * (col + 1);
      size_t b = score <= 3 ? 0 : score <= 6 ? 1 : score <= 12 ? 2 : 3;
      size_t index = static_cast<size_t>(row * 5 + col);
      int count = index < m.numbers.size() ? m.numbers[index] : 0;
      std::string name = html_escape(labels.bands[b]);
      out += std::string("<td class=\"band-") + bands[b] + "\"><span class=\"score\">" + std::to_string(score) +
             "</span>" + (name.empty() ? "" : " <span class=\"band-name\">" + name + "</span>") +
             " <strong class=\"count\">" + (count ? std::to_string(count) : "–") + "</strong></td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table></div>\n";
}

void render_signatures(const DocNode& block, std::string& out) {
  const SignatureLabels& labels = labels_of<SignatureLabels>(block);
  out += "<div class=\"signatures\">\n";
  for (const auto& person : block.children) {
    std::string name = person.children.size() > 0 ? html_escape(person.children[0].text) : "";
    std::string role = person.children.size() > 1 ? html_escape(person.children[1].text) : "";
    out += "<div class=\"signature\"><p><strong>" + name + "</strong>" + (role.empty() ? "" : "<br>" + role) +
           "</p><p class=\"sign-line\">" + html_escape(labels.signature) + "</p><p class=\"sign-line\">" +
           html_escape(labels.date) + "</p></div>\n";
  }
  out += "</div>\n";
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
    case NodeKind::RiskMatrix: render_risk_matrix(n, out); break;
    case NodeKind::SignatureBlock: render_signatures(n, out); break;
    case NodeKind::LogicModel: render_logic_model(n, out); break;
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
