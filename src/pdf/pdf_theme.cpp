#include "pdf/pdf_theme.h"

#include <algorithm>
#include <cctype>

#include "data/load_yaml_file.h"
#include "data/reader.h"

namespace cp {

double PdfTheme::heading_pt(int level) const {
  switch (level) {
    case 1: return h1_pt;
    case 2: return h2_pt;
    case 3: return h3_pt;
    default: return h4_pt;
  }
}

bool parse_hex_colour(const std::string& text, Rgb& out) {
  if (text.size() != 7 || text[0] != '#') return false;
  if (!std::all_of(text.begin() + 1, text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
    return false;
  out = rgb_hex(static_cast<unsigned>(std::stoul(text.substr(1), nullptr, 16)));
  return true;
}

namespace {

// One mapping of the theme file, read strictly.
class ThemeReader {
 public:
  ThemeReader(DataReader& r) : r_(r) {}

  void number(Fields& f, const char* key, double min, double max, double& out) {
    if (const YamlNode* n = f.optional(key))
      if (auto v = r_.number(*n, min, max)) out = *v;
  }

  // `text: #1A1A1A` is a YAML comment, so the key reads as empty: say so
  // rather than silently keeping the default.
  void colour(Fields& f, const char* key, Rgb& out) {
    const YamlNode* present = f.node().find(key);
    const YamlNode* n = f.optional(key);
    const char* hint = "write the colour in quotes as \"#RRGGBB\", e.g. \"#1F3A5F\" (in YAML an unquoted # starts a comment)";
    if (present && present->is_null()) {
      r_.error(*present, std::string("the colour '") + key + "' is empty", hint);
      return;
    }
    if (!n) return;
    auto text = r_.text(*n);
    if (!text) return;
    if (!parse_hex_colour(*text, out)) r_.error(*n, "invalid colour '" + *text + "'", hint);
  }

  void page(const YamlNode& node, PdfTheme& t) {
    Fields f(r_, node, "the page settings");
    if (const YamlNode* n = f.optional("size")) r_.one_of(*n, {"A4"});
    if (const YamlNode* m = f.optional("margins_mm")) {
      Fields mf(r_, *m, "the page margins");
      number(mf, "top", 5, 60, t.margin_top_mm);
      number(mf, "bottom", 5, 60, t.margin_bottom_mm);
      number(mf, "left", 5, 60, t.margin_left_mm);
      number(mf, "right", 5, 60, t.margin_right_mm);
    }
  }

  void font_sizes(const YamlNode& node, PdfTheme& t) {
    Fields f(r_, node, "the font sizes");
    number(f, "body", 6, 24, t.body_pt);
    number(f, "small", 5, 24, t.small_pt);
    number(f, "table", 5, 24, t.table_pt);
    number(f, "h1", 6, 48, t.h1_pt);
    number(f, "h2", 6, 48, t.h2_pt);
    number(f, "h3", 6, 48, t.h3_pt);
    number(f, "h4", 6, 48, t.h4_pt);
  }

  void colours(const YamlNode& node, PdfTheme& t) {
    Fields f(r_, node, "the colours");
    colour(f, "text", t.text);
    colour(f, "headings", t.headings);
    colour(f, "links", t.links);
    colour(f, "rules", t.rules);
    colour(f, "table_header_fill", t.table_header_fill);
    colour(f, "zebra_fill", t.zebra_fill);
    colour(f, "callout_fill", t.callout_fill);
    colour(f, "band_low", t.band_low);
    colour(f, "band_moderate", t.band_moderate);
    colour(f, "band_high", t.band_high);
    colour(f, "band_extreme", t.band_extreme);
  }

  void new_page_headings(const YamlNode& node, PdfTheme& t) {
    std::vector<int> levels;
    r_.list(node, [&](const YamlNode& item) {
      if (auto v = r_.integer(item, 1, 6)) levels.push_back(static_cast<int>(*v));
    });
    t.new_page_headings = levels;
  }

 private:
  DataReader& r_;
};

}  // namespace

bool load_pdf_theme(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources,
                    PdfTheme& out) {
  YamlNode root;
  if (!load_yaml_file(fs, path, diags, sources, root)) return false;
  int errors_before = diags.error_count();
  DataReader r(path, diags);
  ThemeReader tr(r);
  PdfTheme t = out;
  {
    Fields f(r, root, "the PDF theme");
    if (!f.ok()) return false;
    if (const YamlNode* n = f.optional("page")) tr.page(*n, t);
    if (const YamlNode* n = f.optional("font_sizes_pt")) tr.font_sizes(*n, t);
    tr.number(f, "line_height", 1.0, 2.5, t.line_height);
    if (const YamlNode* n = f.optional("colours")) tr.colours(*n, t);
    if (const YamlNode* n = f.optional("table_style"))
      if (auto v = r.one_of(*n, {"zebra", "ruled"})) t.table_style = *v == "ruled" ? TableStyle::Ruled : TableStyle::Zebra;
    if (const YamlNode* n = f.optional("new_page_headings")) tr.new_page_headings(*n, t);
  }  // Fields report unknown keys here
  if (diags.error_count() != errors_before) return false;
  out = t;
  return true;
}

}  // namespace cp
