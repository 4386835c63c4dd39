#include "pdf/pdf_text.h"

#include <algorithm>
#include <cmath>

namespace cp {

double TextMeasure::width(Face face, double size, std::string_view utf8) const {
  auto& ascii = ascii_[static_cast<int>(face)];
  double total = 0;
  for (size_t i = 0; i < utf8.size();) {
    auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      double& known = ascii[byte];
      if (std::isnan(known)) known = advance(face, byte);
      total += known;
      ++i;
    } else {
      total += advance(face, next_char(utf8, i));
    }
  }
  return total * size / 1000.0;
}

char32_t next_char(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  int extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || i + extra >= s.size()) {  // not a lead byte, or cut short
    ++i;
    return 0xFFFD;
  }
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      i += k;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += extra + 1;
  static const char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
  if (c < smallest[extra] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string sanitize_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_char(s, i);
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;
    if (c > 0xFFFF) c = 0xFFFD;
    append_utf8(out, c);
  }
  return out;
}

namespace {

Face face_for(bool bold, bool italic, bool mono) {
  if (mono) return Face::Mono;
  if (bold && italic) return Face::BoldItalic;
  if (bold) return Face::Bold;
  return italic ? Face::Italic : Face::Regular;
}

struct InlineStyle {
  bool bold = false, italic = false, strike = false;
  std::string url, lang;
};

class RunBuilder {
 public:
  std::vector<Run> runs;

  void add(const InlineStyle& s, bool mono, std::string text) {
    Run r;
    r.face = face_for(s.bold, s.italic, mono);
    r.scale = mono ? 0.9 : 1.0;  // a monospaced face looks larger at the same size
    r.text = sanitize_text(text);
    r.url = s.url;
    r.lang = s.lang;
    r.strike = s.strike;
    if (!runs.empty() && same_style(runs.back(), r)) {
      runs.back().text += r.text;
      return;
    }
    runs.push_back(std::move(r));
  }

  void line_break() {
    Run r;
    r.line_break = true;
    runs.push_back(r);
  }

  void walk(const DocNode& n, InlineStyle s) {
    if (!n.lang.empty()) s.lang = n.lang;
    switch (n.kind) {
      case NodeKind::Text: add(s, false, n.text); return;
      case NodeKind::Code: add(s, true, n.text); return;
      case NodeKind::SoftBreak: add(s, false, " "); return;
      case NodeKind::LineBreak: line_break(); return;
      case NodeKind::Emph: s.italic = true; break;
      case NodeKind::Strong: s.bold = true; break;
      case NodeKind::Strikethrough: s.strike = true; break;
      case NodeKind::Link: s.url = n.url; break;
      default:
        // A block inside inline content (not produced by the Markdown
        // reader, but possible in hand-built trees): keep its words apart.
        if (n.is_block() && !runs.empty()) add(s, false, " ");
        break;
    }
    for (const auto& child : n.children) walk(child, s);
  }

 private:
  static bool same_style(const Run& a, const Run& b) {
    return !a.line_break && a.face == b.face && a.url == b.url && a.lang == b.lang && a.strike == b.strike;
  }
};

// Words, spaces and hard breaks, each tied to the run it came from.
struct Token {
  enum Kind { Word, Space, Break } kind = Word;
  const Run* run = nullptr;
  std::string text;
};

void words_of(const std::vector<Run>& runs, std::vector<Token>& all) {
  for (const auto& r : runs) {
    if (r.line_break) {
      all.push_back({Token::Break, &r, {}});
      continue;
    }
    size_t i = 0;
    while (i < r.text.size()) {
      bool space = r.text[i] == ' ';
      size_t j = i;
      while (j < r.text.size() && (r.text[j] == ' ') == space) ++j;
      all.push_back({space ? Token::Space : Token::Word, &r, space ? " " : r.text.substr(i, j - i)});
      i = j;
    }
  }
}

bool is_break_after(char32_t c) {
  return c == '/' || c == '-' || c == '.' || c == '_' || c == '?' || c == '&' || c == '=' || c == ',' || c == ';' ||
         c == ':' || c == '#' || c == 0x2013 || c == 0x2014;
}

class LineBreaker {
 public:
  LineBreaker(double size, double max_width, const TextMeasure& m) : size_(size), max_(max_width), m_(m) {}

  void word(const std::vector<Token>& parts, const Token* space) {
    double w = 0;
    for (const auto& p : parts) w += width(p.run, p.text);
    double sw = space && !line_.fragments.empty() ? width(space->run, " ") : 0;
    if (!line_.fragments.empty() && line_.width + sw + w > max_ + 0.01) finish();
    if (!line_.fragments.empty() && space) append(space->run, " ");
    if (line_.width + w <= max_ + 0.01) {
      for (const auto& p : parts) append(p.run, p.text);
      return;
    }
    split_word(parts);
  }

  void hard_break() { finish(true); }

  std::vector<Line> done() {
    if (!line_.fragments.empty()) finish();
    return std::move(lines_);
  }

 private:
  double width(const Run* r, std::string_view text) const { return m_.width(r->face, size_ * r->scale, text); }

  void append(const Run* r, const std::string& text) {
    double w = width(r, text);
    if (!line_.fragments.empty() && line_.fragments.back().run == r) {
      line_.fragments.back().text += text;
      line_.fragments.back().width += w;
    } else {
      line_.fragments.push_back({r, text, line_.width, w});
    }
    line_.width += w;
  }

  void finish(bool even_empty = false) {
    if (line_.fragments.empty() && !even_empty) return;
    lines_.push_back(std::move(line_));
    line_ = Line{};
  }

  // A word wider than the line, character by character.
  void split_word(const std::vector<Token>& parts) {
    struct Char {
      const Run* run;
      char32_t c;
      double w;
    };
    std::vector<Char> chars;
    for (const auto& p : parts)
      for (size_t i = 0; i < p.text.size();) {
        char32_t c = next_char(p.text, i);
        std::string one;
        append_utf8(one, c);
        chars.push_back({p.run, c, width(p.run, one)});
      }
    size_t start = 0;
    while (start < chars.size()) {
      double room = max_ - line_.width, used = 0;
      size_t end = start;
      while (end < chars.size() && (used + chars[end].w <= room + 0.01 || (end == start && line_.fragments.empty())))
        used += chars[end++].w;
      if (end == start) {  // nothing fits after what is already on the line
        finish();
        continue;
      }
      if (end < chars.size()) {
        // Prefer to break after punctuation that is well into the line.
        double x = 0;
        size_t best = end;
        for (size_t k = start; k < end; ++k) {
          x += chars[k].w;
          if (is_break_after(chars[k].c) && x >= room * 0.5) best = k + 1;
        }
        end = best;
      }
      for (size_t k = start; k < end; ++k) {
        std::string one;
        append_utf8(one, chars[k].c);
        append(chars[k].run, one);
      }
      start = end;
      if (start < chars.size()) finish();
    }
  }

  double size_, max_;
  const TextMeasure& m_;
  Line line_;
  std::vector<Line> lines_;
};

// Calls `word(parts, space_before)` for each word and `brk()` for each hard break.
template <class W, class B>
void for_each_word(const std::vector<Token>& all, W&& word, B&& brk) {
  const Token* space = nullptr;
  for (size_t i = 0; i < all.size();) {
    if (all[i].kind == Token::Space) {
      space = &all[i++];
      continue;
    }
    if (all[i].kind == Token::Break) {
      brk();
      space = nullptr;
      ++i;
      continue;
    }
    std::vector<Token> parts;
    while (i < all.size() && all[i].kind == Token::Word) parts.push_back(all[i++]);
    word(parts, space);
    space = nullptr;
  }
}

}  // namespace

std::vector<Run> inline_runs(const DocNode& parent, bool bold) {
  RunBuilder b;
  InlineStyle s;
  s.bold = bold;
  s.lang = parent.lang;
  for (const auto& child : parent.children) b.walk(child, s);
  return b.runs;
}

std::vector<Run> plain_runs(const std::string& text, Face face) {
  Run r;
  r.face = face;
  r.text = sanitize_text(text);
  return {r};
}

std::vector<Line> break_lines(const std::vector<Run>& runs, double size, double max_width, const TextMeasure& m) {
  std::vector<Token> all;
  words_of(runs, all);
  LineBreaker breaker(size, max_width, m);
  for_each_word(
      all, [&](const std::vector<Token>& parts, const Token* space) { breaker.word(parts, space); },
      [&] { breaker.hard_break(); });
  return breaker.done();
}

TextExtent measure_runs(const std::vector<Run>& runs, double size, const TextMeasure& m) {
  std::vector<Token> all;
  words_of(runs, all);
  TextExtent e;
  double line = 0;
  auto w = [&](const Token& t) { return m.width(t.run->face, size * t.run->scale, t.text); };
  for_each_word(
      all,
      [&](const std::vector<Token>& parts, const Token* space) {
        double word = 0;
        for (const auto& p : parts) word += w(p);
        e.min_width = std::max(e.min_width, word);
        line += word + (space && line > 0 ? w(*space) : 0);
        e.max_width = std::max(e.max_width, line);
      },
      [&] { line = 0; });
  return e;
}

namespace {

// The element a run's text belongs to: the current one, or a Link or Span
// for it, continued from the previous line when the run goes on.
TagId inline_element(TagTree& tags, const Run& r) {
  TagId parent = tags.current();
  bool link = !r.url.empty();
  bool other_lang = !r.lang.empty() && r.lang != tags.lang_of(parent);
  if (!link && !other_lang) return parent;
  const auto& kids = tags.element(parent).kids;
  if (!kids.empty() && kids.back().kind == TagKid::Element && tags.element(kids.back().id).run == &r)
    return kids.back().id;
  TagId e = tags.add(link ? "Link" : "Span", parent);
  tags.element(e).run = &r;
  if (other_lang) tags.element(e).lang = r.lang;
  return e;
}

}  // namespace

void emit_line(Ops& ops, const Line& line, double x, double baseline, double box_width, Align align,
               const TextStyle& style, const TextMeasure& m) {
  if (align == Align::Right) x += box_width - line.width;
  if (align == Align::Center) x += (box_width - line.width) / 2;
  for (const auto& f : line.fragments) {
    const Run& r = *f.run;
    double size = style.size * r.scale;
    double fx = x + f.x;
    bool link = !r.url.empty();
    TextOp t;
    t.face = r.face;
    t.size = size;
    t.colour = link ? style.link_colour : style.colour;
    t.x = fx;
    t.y = baseline;
    t.text = f.text;
    TagId element = style.tags ? inline_element(*style.tags, r) : 0;
    if (element) t.mark = style.tags->mark(element);
    ops.push_back(std::move(t));
    // Underlined as well as coloured: colour alone is not a signal in print.
    if (link) {
      ops.push_back(RuleOp{fx, baseline + size * 0.12, fx + f.width, baseline + size * 0.12, 0.5, style.link_colour});
      double asc = m.ascent(r.face) * size / 1000, desc = m.descent(r.face) * size / 1000;
      int annotation = element ? style.tags->annotation(element) : 0;
      ops.push_back(LinkOp{fx, baseline - asc, f.width, asc + desc, r.url, {}, annotation, r.text});
    }
    if (r.strike)
      ops.push_back(RuleOp{fx, baseline - size * 0.3, fx + f.width, baseline - size * 0.3, 0.6, t.colour});
  }
}

std::string fit_text(const std::string& text, Face face, double size, double max_width, const TextMeasure& m) {
  if (m.width(face, size, text) <= max_width) return text;
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size();) {
    starts.push_back(i);
    next_char(text, i);
  }
  for (size_t n = starts.size(); n-- > 0;) {
    std::string cut = text.substr(0, starts[n]);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    if (m.width(face, size, cut + "…") <= max_width) return cut + "…";
  }
  return "…";
}

}  // namespace cp
