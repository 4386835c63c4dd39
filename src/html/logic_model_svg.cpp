#include "html/logic_model_svg.h"

#include <algorithm>
#include <cstdint>

#include "html/escape.h"
#include "html/render_tree.h"

namespace cp {

namespace {

// Sizes in CSS pixels. Text is measured by an estimate of the average
// advance of a sans-serif face (0.54 em), so lines are wrapped a little
// early rather than late.
constexpr int kColumnWidth = 156;
constexpr int kGap = 26;  // between columns: the arrows
constexpr int kMargin = 2;
constexpr int kPad = 8;   // inside a box
constexpr int kFont = 13;
constexpr int kLine = 17;
constexpr double kAdvance = kFont * 0.54;

const char* kBrand = "#005a87";
const char* kText = "#1b1b1b";
const char* kBox = "#f2f5f7";
const char* kLineColour = "#8a9197";
const char* kGoal = "#fff4d6";

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first `count` characters of `s` (UTF-8 aware).
std::string utf8_prefix(const std::string& s, size_t count, size_t* bytes) {
  size_t i = 0, seen = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (seen == count) break;
      ++seen;
    }
    ++i;
  }
  *bytes = i;
  return s.substr(0, i);
}

std::vector<std::string> wrap(const std::string& text, int width) {
  size_t max_chars = std::max<size_t>(8, static_cast<size_t>(width / kAdvance));
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) {
      if (end == text.size()) break;
      continue;
    }
    while (utf8_length(word) > max_chars) {  // a word longer than the box: break it
      if (!line.empty()) {
        lines.push_back(line);
        line.clear();
      }
      size_t bytes = 0;
      lines.push_back(utf8_prefix(word, max_chars - 1, &bytes) + "-");
      word = word.substr(bytes);
    }
    if (line.empty()) {
      line = word;
    } else if (utf8_length(line) + 1 + utf8_length(word) <= max_chars) {
      line += " " + word;
    } else {
      lines.push_back(line);
      line = word;
    }
    if (end == text.size()) break;
  }
  if (!line.empty()) lines.push_back(line);
  if (lines.empty()) lines.push_back("");
  return lines;
}

std::string num(int v) { return std::to_string(v); }

struct Svg {
  std::string body;
  void rect(int x, int y, int w, int h, const char* fill, const char* stroke, int radius = 4) {
    body += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) +
            "\" rx=\"" + num(radius) + "\" fill=\"" + fill + "\"" +
            (stroke ? std::string(" stroke=\"") + stroke + "\"" : std::string()) + "/>\n";
  }
  // Lines of text from (x, y) (top of the first line); returns the height.
  int text(const std::vector<std::string>& lines, int x, int y, const char* fill, bool bold,
           const std::string& anchor = "start") {
    body += "<text x=\"" + num(x) + "\" y=\"" + num(y + kFont) + "\" fill=\"" + fill + "\"" +
            (bold ? " font-weight=\"700\"" : "") + (anchor == "start" ? "" : " text-anchor=\"" + anchor + "\"") + ">";
    for (size_t i = 0; i < lines.size(); ++i)
      body += "<tspan x=\"" + num(x) + "\"" + (i ? " dy=\"" + num(kLine) + "\"" : "") + ">" + html_escape(lines[i]) +
              "</tspan>";
    body += "</text>\n";
    return static_cast<int>(lines.size()) * kLine;
  }
  void arrow(int x1, int x2, int y) {
    body += "<path d=\"M" + num(x1) + " " + num(y) + "H" + num(x2 - 7) + "\" stroke=\"" + kLineColour +
            "\" stroke-width=\"2\" fill=\"none\"/>\n";
    body += "<path d=\"M" + num(x2 - 8) + " " + num(y - 6) + "L" + num(x2) + " " + num(y) + "L" + num(x2 - 8) + " " +
            num(y + 6) + "Z\" fill=\"" + kLineColour + "\"/>\n";
  }
};

// Draws one column's boxes below `top`; returns the bottom.
int draw_column(Svg& svg, const DocNode& column, int x, int top) {
  int y = top;
  int inner = kColumnWidth - 2 * kPad;
  for (const auto& item : column.children) {
    Svg box;
    int h = kPad;
    if (item.style == "group") {
      h += box.text(wrap(logic_model_item_text(item), inner), x + kPad, y + h, kText, true);
      if (const DocNode* list = logic_model_group_list(item)) {
        for (const auto& sub : list->children) {
          h += 3;
          auto lines = wrap(logic_model_item_text(sub), inner - 12);
          box.text({"•"}, x + kPad, y + h, kBrand, true);
          h += box.text(lines, x + kPad + 12, y + h, kText, false);
        }
      }
    } else {
      h += box.text(wrap(logic_model_item_text(item), inner), x + kPad, y + h, kText, false);
    }
    h += kPad;
    svg.rect(x, y, kColumnWidth, h, kBox, kLineColour);
    svg.body += box.body;
    y += h + 8;
  }
  return y;
}

uint32_t fnv(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

void render_logic_model(const DocNode& m, std::string& out) {
  const std::string& goal_label = labels_of<LogicModelLabels>(m).goal_label;
  const std::string& goal = labels_of<LogicModelLabels>(m).goal;
  std::vector<const DocNode*> columns;
  for (const auto& c : m.children)
    if (c.kind == NodeKind::List) columns.push_back(&c);
  int n = static_cast<int>(columns.size());
  int width = 2 * kMargin + std::max(1, n) * kColumnWidth + std::max(0, n - 1) * kGap;

  Svg svg;
  // The goal across the top.
  int y = kMargin;
  auto goal_lines = wrap(goal_label + ": " + goal, width - 2 * kMargin - 2 * kPad);
  int goal_h = 2 * kPad + static_cast<int>(goal_lines.size()) * kLine;
  svg.rect(kMargin, y, width - 2 * kMargin, goal_h, kGoal, kBrand);
  Svg goal_text;
  goal_text.text(goal_lines, kMargin + kPad, y + kPad, kText, true);
  svg.body += goal_text.body;
  y += goal_h + 14;

  // Column headings, with arrows between them.
  int head_h = 0;
  for (const DocNode* c : columns)
    head_h = std::max(head_h, static_cast<int>(wrap(c->title, kColumnWidth - 2 * kPad).size()) * kLine + 2 * kPad);
  for (int i = 0; i < n; ++i) {
    int x = kMargin + i * (kColumnWidth + kGap);
    svg.rect(x, y, kColumnWidth, head_h, kBrand, nullptr);
    svg.text(wrap(columns[static_cast<size_t>(i)]->title, kColumnWidth - 2 * kPad), x + kColumnWidth / 2, y + kPad,
             "#ffffff", true, "middle");
    if (i + 1 < n) svg.arrow(x + kColumnWidth + 4, x + kColumnWidth + kGap - 4, y + head_h / 2);
  }
  y += head_h + 10;

  int bottom = y;
  for (int i = 0; i < n; ++i)
    bottom = std::max(bottom, draw_column(svg, *columns[static_cast<size_t>(i)], kMargin + i * (kColumnWidth + kGap), y));
  int height = bottom + kMargin;

  std::string id = "logic-model-" + std::to_string(fnv(m.title + "\n" + goal) % 100000);
  out += "<figure class=\"logic-model\">\n<figcaption id=\"" + id + "\">" + html_escape(m.title) + "</figcaption>\n";
  out += "<div class=\"logic-model-scroll\" tabindex=\"0\">\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id + "\" width=\"" +
         num(width) + "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
         "\" font-size=\"" + num(kFont) + "\">\n";
  out += svg.body;
  out += "</svg>\n</div>\n";
  // The same content as text, for screen readers (the image has only its name).
  out += "<div class=\"visually-hidden\">\n<p><strong>" + html_escape(goal_label) + ":</strong> " + html_escape(goal) +
         "</p>\n";
  for (const DocNode* c : columns) {
    out += "<p><strong>" + html_escape(c->title) + "</strong></p>\n";
    out += render_html(*c);
  }
  out += "</div>\n</figure>\n";
}

}  // namespace cp
