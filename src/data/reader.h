#pragma once
// Typed, strict reading of a YAML tree: every accessor either returns a
// value or reports why not (file:line:col and a hint), and every mapping
// read through Fields reports the keys nobody asked for, with "did you
// mean". Readers never throw and never guess.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/values.h"
#include "data/yaml_tree.h"
#include "diag/diagnostic.h"

namespace cp {

// Keys given so far in one list (ids, years…), each with the line it was
// first given on, for "duplicate … (first given on line N)".
using KeyLines = std::map<std::string, int>;
// The keys of `seen`, sorted: for "did you mean".
std::vector<std::string> keys_of(const KeyLines& seen);

class DataReader {
 public:
  DataReader(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

  const std::string& file() const { return file_; }
  Diagnostics& diags() { return diags_; }
  Location at(const YamlNode& node) const { return {file_, node.line, node.col}; }
  void error(const YamlNode& node, std::string message, std::string hint);
  void warning(const YamlNode& node, std::string message, std::string hint);

  std::optional<std::string> text(const YamlNode& node);
  // An identifier: letters, digits, '-', '_' and '.', starting with a
  // letter or digit, at most 64 characters.
  std::optional<std::string> id(const YamlNode& node);
  std::optional<long long> integer(const YamlNode& node, long long min, long long max);
  std::optional<double> number(const YamlNode& node, double min, double max);
  std::optional<bool> boolean(const YamlNode& node);
  std::optional<Date> date(const YamlNode& node);
  std::optional<Pence> money(const YamlNode& node);
  std::optional<std::string> one_of(const YamlNode& node, const std::vector<std::string>& allowed);
  // {en: ..., cy: ...} or a plain language-neutral string.
  std::optional<Text> bilingual(const YamlNode& node);
  // Records in `seen` that `key` (an id, a year…) is given at `node`. When
  // it was given before, reports "duplicate <kind> '<key>' <scope>" with the
  // line it was first given on, and returns false. `scope` says where keys
  // must differ ("for member 'm1'"); empty: within its list.
  bool first_time(KeyLines& seen, const std::string& kind, const std::string& key, const YamlNode& node,
                  const std::string& scope = {});

  // Calls `each` for every item of a list; reports a non-list. A missing
  // (null) list is an empty one.
  void list(const YamlNode& node, const std::function<void(const YamlNode&)>& each);

 private:
  bool expect_scalar(const YamlNode& node, const char* expected);
  std::string file_;
  Diagnostics& diags_;
};

class Fields {
 public:
  // `what` names the mapping in messages ("a risk", "the site file").
  Fields(DataReader& reader, const YamlNode& node, std::string what);
  ~Fields();  // reports unknown keys
  Fields(const Fields&) = delete;
  Fields& operator=(const Fields&) = delete;

  bool ok() const { return ok_; }
  const YamlNode& node() const { return node_; }
  // A key that must be present and not empty; reports when it is missing.
  const YamlNode* required(std::string_view key);
  // A key that may be absent; nullptr when absent or null.
  const YamlNode* optional(std::string_view key);

 private:
  DataReader& reader_;
  const YamlNode& node_;
  std::string what_;
  std::vector<std::string> known_;
  bool ok_ = true;
};

}  // namespace cp
