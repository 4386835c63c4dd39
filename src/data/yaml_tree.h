#pragma once
// Strict YAML loading: libyaml (the reference C parser) checks the syntax
// and gives positions; we build our own small tree from its events so that
// nothing is guessed or silently lost. Refused with a diagnostic: duplicate
// keys, several documents, merge keys, custom tags, non-text keys, nesting
// deeper than kMaxYamlDepth, invalid UTF-8.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"

namespace cp {

constexpr int kMaxYamlDepth = 64;
constexpr size_t kMaxYamlNodes = 2'000'000;  // bounds alias expansion ("billion laughs")

struct YamlNode {
  // Defined in the .cpp, where YamlNode is complete: clang with libstdc++
  // refuses std::pair<YamlNode, YamlNode> members of an incomplete type.
  YamlNode();
  ~YamlNode();
  YamlNode(const YamlNode&);
  YamlNode(YamlNode&&) noexcept;
  YamlNode& operator=(const YamlNode&);
  YamlNode& operator=(YamlNode&&) noexcept;

  enum class Kind { Null, Scalar, Sequence, Mapping };
  Kind kind = Kind::Null;
  int line = 0;  // 1-based
  int col = 0;   // 1-based, in characters
  std::string value;   // scalar text
  bool plain = false;  // an unquoted scalar (so `no` may have been meant as a boolean)
  std::vector<YamlNode> items;                          // sequence
  std::vector<std::pair<YamlNode, YamlNode>> entries;  // mapping, in file order

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_mapping() const { return kind == Kind::Mapping; }
  // The value for a key of a mapping, or nullptr.
  const YamlNode* find(std::string_view key) const;
  // "text", "a list", "a mapping", "nothing": for "expected X, found Y".
  const char* kind_name() const;
};

// Parses `text`; every problem goes to `diags` located in `file`. Returns
// false when the document could not be read (the tree is then empty).
bool parse_yaml(const std::string& file, std::string_view text, YamlNode& root, Diagnostics& diags);

// Checks UTF-8; on failure gives the byte offset and 1-based line and
// column of the first bad byte.
struct Utf8Error {
  size_t offset = 0;
  int line = 0;
  int col = 0;
};
bool valid_utf8(std::string_view text, Utf8Error* error = nullptr);

}  // namespace cp
