#include "data/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

namespace cp {

YamlNode::YamlNode() = default;
YamlNode::~YamlNode() = default;
YamlNode::YamlNode(const YamlNode&) = default;
YamlNode::YamlNode(YamlNode&&) noexcept = default;
YamlNode& YamlNode::operator=(const YamlNode&) = default;
YamlNode& YamlNode::operator=(YamlNode&&) noexcept = default;

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.value == key) return &v;
  return nullptr;
}

const char* YamlNode::kind_name() const {
  switch (kind) {
    case Kind::Null: return "nothing";
    case Kind::Scalar: return "text";
    case Kind::Sequence: return "a list";
    case Kind::Mapping: return "a mapping";
  }
  return "nothing";
}

bool valid_utf8(std::string_view text, Utf8Error* error) {
  int line = 1, col = 1;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = length > 0 && i + length <= text.size();
    for (size_t k = 1; ok && k < length; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && length > 1) {
      // Reject overlong forms, surrogates and code points past U+10FFFF.
      unsigned cp = length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      ok = !((length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000) ||
             (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF);
    }
    if (!ok) {
      if (error) *error = {i, line, col};
      return false;
    }
    if (c == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    i += length;
  }
  return true;
}

namespace {

struct Frame {
  YamlNode node;
  bool has_pending_key = false;
  YamlNode pending_key;
  std::string anchor;
  bool flow = false;  // written [a, b] or {a: b}
  // The last item of a flow list when it was a plain number of one to three
  // digits: where it ends, to catch "[1,500]" (see thousands_separator).
  size_t digits_end = std::string::npos;
  bool in_thousands = false;  // that item was already reported as part of "1,500"
};

bool is_digits(const std::string& s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class TreeBuilder {
 public:
  TreeBuilder(const std::string& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  bool build(std::string_view text, YamlNode& root) {
    text_ = text;
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    bool ok = run(parser, root);
    yaml_parser_delete(&parser);
    return ok;
  }

 private:
  bool run(yaml_parser_t& parser, YamlNode& root) {
    int documents = 0;
    bool have_root = false;
    for (;;) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        report_parser_error(parser);
        return false;
      }
      std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> guard(&event, yaml_event_delete);
      int line = static_cast<int>(event.start_mark.line) + 1;
      int col = static_cast<int>(event.start_mark.column) + 1;
      switch (event.type) {
        case YAML_STREAM_END_EVENT:
          return !failed_;
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            error(line, col, "a file may hold only one YAML document",
                  "remove the second '---' or split the file in two");
            return false;
          }
          break;
        case YAML_SCALAR_EVENT: {
          YamlNode node;
          node.line = line;
          node.col = col;
          std::string value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
          bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
          if (event.data.scalar.tag) {
            std::string tag(reinterpret_cast<const char*>(event.data.scalar.tag));
            if (tag == "tag:yaml.org,2002:str") {
              plain = false;
            } else {
              error(line, col, "the YAML tag '" + tag + "' is not supported", "remove the tag");
            }
          }
          if (plain && (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL")) {
            node.kind = YamlNode::Kind::Null;
          } else {
            node.kind = YamlNode::Kind::Scalar;
            node.value = std::move(value);
            node.plain = plain;
          }
          if (plain) thousands_separator(node, event.start_mark.index, event.end_mark.index);
          remember_anchor(event.data.scalar.anchor, node);
          if (!add(std::move(node), root, have_root)) return false;
          break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
          if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) {
            error(line, col, "nesting is deeper than " + std::to_string(kMaxYamlDepth) + " levels",
                  "cluster data never needs this depth; check the indentation");
            return false;
          }
          Frame frame;
          frame.node.kind = event.type == YAML_SEQUENCE_START_EVENT ? YamlNode::Kind::Sequence
                                                                      : YamlNode::Kind::Mapping;
          frame.node.line = line;
          frame.node.col = col;
          frame.flow = event.type == YAML_SEQUENCE_START_EVENT
                           ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                           : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
          const yaml_char_t* anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                                               : event.data.mapping_start.anchor;
          if (anchor) frame.anchor = reinterpret_cast<const char*>(anchor);
          stack_.push_back(std::move(frame));
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
          Frame frame = std::move(stack_.back());
          stack_.pop_back();
          if (!frame.anchor.empty()) anchors_[frame.anchor] = frame.node;
          if (!add(std::move(frame.node), root, have_root)) return false;
          break;
        }
        case YAML_ALIAS_EVENT: {
          std::string name(reinterpret_cast<const char*>(event.data.alias.anchor));
          auto it = anchors_.find(name);
          bool open = std::any_of(stack_.begin(), stack_.end(), [&](const Frame& f) { return f.anchor == name; });
          if (open) {
            error(line, col, "the alias '*" + name + "' is used inside its own anchor '&" + name + "'",
                  "an alias cannot contain itself; write the data out instead");
            return false;
          }
          if (it == anchors_.end()) {
            error(line, col, "unknown alias '*" + name + "'",
                  "an alias '*name' repeats a value marked '&name' earlier in the file; mark it first, or write the "
                  "value out");
            return false;
          }
          YamlNode copy = it->second;
          nodes_ += count_nodes(copy);
          if (nodes_ > kMaxYamlNodes) {
            error(line, col, "aliases expand to more than " + std::to_string(kMaxYamlNodes) + " values",
                  "write the data out instead of nesting aliases");
            return false;
          }
          copy.line = line;
          copy.col = col;
          if (!add(std::move(copy), root, have_root)) return false;
          break;
        }
        default:
          break;
      }
    }
  }

  // In a flow list, "1,500" is two items, 1 and 500, since a comma is what
  // separates them. A comma with no space after it, between a number of
  // one to three digits and one of exactly three, is almost always a
  // thousands separator: an error, rather than a plausible wrong amount.
  void thousands_separator(const YamlNode& node, size_t start, size_t end) {
    if (stack_.empty()) return;
    Frame& list = stack_.back();
    if (list.node.kind != YamlNode::Kind::Sequence || !list.flow) return;
    bool follows = list.digits_end != std::string::npos && start == list.digits_end + 1 &&
                   start < text_.size() && text_[start - 1] == ',' && is_digits(node.value, 3, 3);
    if (follows && !list.in_thousands) {
      const YamlNode& before = list.node.items.back();
      // The whole number as written: "1,500" or "1,500,000".
      size_t from = start - 1 - before.value.size(), to = end;
      while (to + 4 <= text_.size() && text_[to] == ',' &&
             is_digits(std::string(text_.substr(to + 1, 3)), 3, 3) &&
             (to + 4 == text_.size() || !std::isdigit(static_cast<unsigned char>(text_[to + 4]))))
        to += 4;
      std::string written(text_.substr(from, to - from));
      std::string joined;
      for (char c : written)
        if (c != ',') joined += c;
      error(before.line, before.col,
            "'" + written + "' is read as separate list items, not as the number " + joined,
            "remove the thousands separator: write " + joined +
                " (list items are separated by a comma and a space: [1500, 2000])");
    }
    list.in_thousands = follows;
    list.digits_end = is_digits(node.value, 1, 3) ? end : std::string::npos;
  }

  static size_t count_nodes(const YamlNode& node) {
    size_t n = 1;
    for (const auto& item : node.items) n += count_nodes(item);
    for (const auto& [k, v] : node.entries) n += 1 + count_nodes(v);
    return n;
  }

  void remember_anchor(const yaml_char_t* anchor, const YamlNode& node) {
    if (anchor) anchors_[reinterpret_cast<const char*>(anchor)] = node;
  }

  // Attaches a finished node to its parent (or makes it the root).
  bool add(YamlNode node, YamlNode& root, bool& have_root) {
    if (++nodes_ > kMaxYamlNodes) {
      error(node.line, node.col, "the file holds more than " + std::to_string(kMaxYamlNodes) + " values",
            "a cluster file never needs this many; split the data or check for a runaway copy");
      return false;
    }
    if (stack_.empty()) {
      root = std::move(node);
      have_root = true;
      return true;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == YamlNode::Kind::Sequence) {
      parent.node.items.push_back(std::move(node));
      return true;
    }
    if (!parent.has_pending_key) {
      if (node.kind != YamlNode::Kind::Scalar) {
        error(node.line, node.col, "a key must be plain text, not " + std::string(node.kind_name()),
              "write 'key: value'; a line starting with '[', '{' or '?' makes the key itself a list or mapping");
        return false;
      }
      if (node.plain && node.value == "<<") {
        error(node.line, node.col, "merge keys ('<<') are not supported", "write the keys out in full");
      }
      for (const auto& [key, value] : parent.node.entries) {
        if (key.value == node.value) {
          error(node.line, node.col, "duplicate key '" + node.value + "' (first given on line " +
                                         std::to_string(key.line) + ")",
                "each key may appear once in a mapping; remove or merge one of them");
          break;
        }
      }
      parent.pending_key = std::move(node);
      parent.has_pending_key = true;
      return true;
    }
    parent.node.entries.emplace_back(std::move(parent.pending_key), std::move(node));
    parent.has_pending_key = false;
    return true;
  }

  void report_parser_error(const yaml_parser_t& parser) {
    const yaml_mark_t& mark = parser.problem_mark;
    int line = static_cast<int>(mark.line) + 1;
    int col = static_cast<int>(mark.column) + 1;
    if (mark.index >= text_.size() && parser.context) {
      // Failed at the end of the file: show where the unclosed quote or
      // bracket opened instead.
      line = static_cast<int>(parser.context_mark.line) + 1;
      col = static_cast<int>(parser.context_mark.column) + 1;
    }
    if (parser.error == YAML_READER_ERROR) {
      // The reader gives a byte offset, not a mark.
      line = col = 1;
      for (size_t i = 0; i < parser.problem_offset && i < text_.size(); ++i) {
        if (text_[i] == '\n') {
          ++line;
          col = 1;
        } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
          ++col;
        }
      }
    }
    std::string problem = parser.problem ? parser.problem : "the YAML could not be read";
    std::string message = problem;
    if (parser.context) message = std::string(parser.context) + ": " + problem;
    std::string hint = "check the quotes, brackets and indentation on this line and the one before";
    bool at_tab = mark.index < text_.size() && text_[mark.index] == '\t';
    if (at_tab && problem.find("cannot start any token") != std::string::npos) {
      message = "a tab is used for indentation";
      hint = "indent with spaces, not tabs (most editors have a setting to insert spaces for the Tab key)";
    } else if (problem.find("cannot start any token") != std::string::npos) {
      hint = "YAML indentation must use spaces, not tabs; a value starting with '@' or '`' must be quoted";
    } else if (problem.find("mapping values are not allowed") != std::string::npos) {
      hint = "a value containing ': ' must be quoted, or the indentation is off";
    } else if (problem.find("did not find expected key") != std::string::npos ||
               problem.find("did not find expected '-'") != std::string::npos) {
      hint = "check the indentation: items of one list or mapping must line up";
    } else if (problem.find("found character") != std::string::npos) {
      hint = "quote the value";
    } else if (problem.find("did not find expected ','") != std::string::npos && mark.index >= text_.size()) {
      hint = "the bracket opened here is never closed";
    } else if (problem.find("control characters") != std::string::npos) {
      hint = "remove the invisible character (often pasted in from another program)";
    } else if (problem.find("end of stream") != std::string::npos) {
      hint = "the quote or bracket opened here is never closed";
    }
    error(line, col, "invalid YAML: " + message, hint);
  }

  void error(int line, int col, std::string message, std::string hint) {
    diags_.error({file_, line, col}, std::move(message), std::move(hint));
    failed_ = true;
  }

  const std::string& file_;
  Diagnostics& diags_;
  std::string_view text_;
  std::vector<Frame> stack_;
  std::map<std::string, YamlNode> anchors_;
  size_t nodes_ = 0;
  bool failed_ = false;
};

}  // namespace

bool parse_yaml(const std::string& file, std::string_view text, YamlNode& root, Diagnostics& diags) {
  root = YamlNode{};
  Utf8Error bad;
  if (!valid_utf8(text, &bad)) {
    diags.error({file, bad.line, bad.col}, "invalid UTF-8 at byte offset " + std::to_string(bad.offset),
                "save the file as UTF-8");
    return false;
  }
  TreeBuilder builder(file, diags);
  if (!builder.build(text, root)) {
    root = YamlNode{};
    return false;
  }
  return true;
}

}  // namespace cp
