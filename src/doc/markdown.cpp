#include "doc/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <map>
#include <memory>
#include <set>

namespace cp {

namespace {

constexpr int kMaxMarkdownDepth = 48;

class Converter {
 public:
  Converter(const std::string& file, int first_line, Diagnostics& diags)
      : file_(file), first_line_(first_line), diags_(diags) {}

  DocNode convert(cmark_node* node, int depth) {
    DocNode out;
    out.where = where(node);
    if (depth > kMaxMarkdownDepth) {
      if (!reported_depth_) diags_.error(out.where, "the Markdown is nested too deeply", "simplify the lists or quotes");
      reported_depth_ = true;
      return out;
    }
    const char* ext = cmark_node_get_type_string(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_DOCUMENT: out.kind = NodeKind::Document; break;
      case CMARK_NODE_BLOCK_QUOTE: out.kind = NodeKind::BlockQuote; break;
      case CMARK_NODE_LIST:
        out.kind = NodeKind::List;
        out.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        out.start = cmark_node_get_list_start(node);
        out.tight = cmark_node_get_list_tight(node);
        break;
      case CMARK_NODE_ITEM: out.kind = NodeKind::Item; break;
      case CMARK_NODE_CODE_BLOCK:
        out.kind = NodeKind::CodeBlock;
        out.text = cmark_node_get_literal(node);
        return out;
      case CMARK_NODE_PARAGRAPH: out.kind = NodeKind::Paragraph; break;
      case CMARK_NODE_HEADING:
        out.kind = NodeKind::Heading;
        out.level = cmark_node_get_heading_level(node);
        break;
      case CMARK_NODE_THEMATIC_BREAK: out.kind = NodeKind::ThematicBreak; return out;
      case CMARK_NODE_TEXT:
        out.kind = NodeKind::Text;
        out.text = cmark_node_get_literal(node);
        return out;
      case CMARK_NODE_SOFTBREAK: out.kind = NodeKind::SoftBreak; return out;
      case CMARK_NODE_LINEBREAK: out.kind = NodeKind::LineBreak; return out;
      case CMARK_NODE_CODE:
        out.kind = NodeKind::Code;
        out.text = cmark_node_get_literal(node);
        return out;
      case CMARK_NODE_EMPH: out.kind = NodeKind::Emph; break;
      case CMARK_NODE_STRONG: out.kind = NodeKind::Strong; break;
      case CMARK_NODE_LINK:
        out.kind = NodeKind::Link;
        out.url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
        out.title = cmark_node_get_title(node) ? cmark_node_get_title(node) : "";
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        diags_.error(out.where, "raw HTML is not allowed in content",
                     "write it in Markdown; to show the characters literally, escape '<' as '\\<'");
        out.kind = NodeKind::Text;
        return out;
      case CMARK_NODE_IMAGE:
        diags_.error(out.where, "images are not supported in content yet",
                     "describe the figure in text, or link to the document instead");
        out.kind = NodeKind::Text;
        return out;
      default:
        if (std::strcmp(ext, "table") == 0) {
          out.kind = NodeKind::Table;
          uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
          uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
          for (uint16_t i = 0; i < columns; ++i) {
            char a = aligns ? static_cast<char>(aligns[i]) : 0;
            out.aligns.push_back(a == 'l' ? Align::Left : a == 'c' ? Align::Center : a == 'r' ? Align::Right : Align::None);
          }
        } else if (std::strcmp(ext, "table_header") == 0 || std::strcmp(ext, "table_row") == 0) {
          out.kind = NodeKind::TableRow;
          out.header = std::strcmp(ext, "table_header") == 0 || cmark_gfm_extensions_get_table_row_is_header(node);
        } else if (std::strcmp(ext, "table_cell") == 0) {
          out.kind = NodeKind::TableCell;
        } else if (std::strcmp(ext, "strikethrough") == 0) {
          out.kind = NodeKind::Strikethrough;
        } else {
          diags_.error(out.where, std::string("unsupported Markdown element '") + ext + "'",
                       "use headings, paragraphs, lists, links, tables, quotes and emphasis");
          out.kind = NodeKind::Text;
          return out;
        }
    }
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
      out.children.push_back(convert(child, depth + 1));
    return out;
  }

 private:
  Location where(cmark_node* node) const {
    int line = cmark_node_get_start_line(node);
    int col = cmark_node_get_start_column(node);
    return {file_, line > 0 ? line + first_line_ - 1 : 0, col};
  }

  const std::string& file_;
  int first_line_;
  Diagnostics& diags_;
  bool reported_depth_ = false;
};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

}  // namespace

DocNode markdown_to_tree(const std::string& markdown, const std::string& file, int first_line, Diagnostics& diags) {
  // cmark-gfm registers its extensions behind an unguarded flag, and each
  // registration gives the table's node types new numbers: two threads
  // parsing their first page at once could register twice, and a table
  // then came back as '<unknown>' (seen once in CI, a build failing with
  // "unsupported Markdown element"). A function-local static runs it once.
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  // CMARK_OPT_DEFAULT keeps "safe" mode; VALIDATE_UTF8 replaces bad bytes.
  std::unique_ptr<cmark_parser, ParserDeleter> parser(
      cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
  Converter converter(file, first_line, diags);
  DocNode document = converter.convert(root.get(), 0);
  assign_heading_ids(document);
  return document;
}

std::string slugify(const std::string& text) {
  // Accented Latin letters (as UTF-8) and their base letter.
  static const std::map<std::string, char> folded = {
      {"à", 'a'}, {"á", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"è", 'e'}, {"é", 'e'}, {"ê", 'e'}, {"ë", 'e'},
      {"ì", 'i'}, {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ò", 'o'}, {"ó", 'o'}, {"ô", 'o'}, {"ö", 'o'},
      {"ù", 'u'}, {"ú", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ŵ", 'w'}, {"ẁ", 'w'}, {"ẃ", 'w'}, {"ẅ", 'w'},
      {"ŷ", 'y'}, {"ỳ", 'y'}, {"ý", 'y'}, {"ÿ", 'y'}, {"À", 'a'}, {"Á", 'a'}, {"Â", 'a'}, {"È", 'e'},
      {"É", 'e'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'}, {"Û", 'u'}, {"Ŵ", 'w'}, {"Ŷ", 'y'}, {"ç", 'c'}};
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    char letter = 0;
    if (length == 1) {
      if (std::isalnum(c)) letter = static_cast<char>(std::tolower(c));
    } else {
      auto it = folded.find(text.substr(i, length));
      if (it != folded.end()) letter = it->second;
    }
    if (letter) {
      if (dash && !out.empty()) out += '-';
      out += letter;
      dash = false;
    } else if (length == 1 && c == '\'') {
      // "a'r" → "ar": an apostrophe joins, it does not separate
    } else {
      dash = true;
    }
    i += length;
  }
  return out.empty() ? "section" : out;
}

void assign_heading_ids(DocNode& document) {
  std::set<std::string> used;
  walk(document, [&](DocNode& n) {
    if (n.kind != NodeKind::Heading) return;
    std::string base = slugify(plain_text(n));
    std::string id = base;
    for (int k = 2; used.count(id); ++k) id = base + "-" + std::to_string(k);
    used.insert(id);
    n.id = id;
  });
}

}  // namespace cp
