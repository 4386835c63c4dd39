#include "data/reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "diag/suggest.h"

namespace cp {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words YAML 1.1 readers (and people) take as yes/no.
bool looks_boolean(const std::string& value) {
  static const char* words[] = {"yes", "no", "on", "off", "true", "false", "y", "n"};
  std::string l = lower(value);
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return l == w; });
}

// A control character (C0 but tab and newline, DEL, C1) and its byte
// offset: YAML escapes such as "\x01" or "\0" can put one in any text,
// where it is invisible in print and may break the documents made from it.
std::optional<size_t> control_character(const std::string& value) {
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return i;
    if (c == 0xC2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) < 0xA0) return i;
  }
  return std::nullopt;
}

// "11,200" or "1,500,000": digits grouped by thousands with commas.
bool thousands_grouped(const std::string& v) {
  size_t first = v.find(',');
  if (first == std::string::npos || first == 0 || first > 3) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    bool comma_place = i >= first && (i - first) % 4 == 0;
    if (comma_place ? v[i] != ',' : !std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  }
  return (v.size() - first) % 4 == 0;
}

std::string without_commas(std::string v) {
  v.erase(std::remove(v.begin(), v.end(), ','), v.end());
  return v;
}

std::string whole_number_hint(const std::string& v) {
  if (thousands_grouped(v)) return "remove the thousands separator: write " + without_commas(v);
  if (v.find('.') != std::string::npos) return "this is a count: write a whole number, without decimals";
  if (v.find_first_of("eE") != std::string::npos) return "write the number out in digits, e.g. 30000";
  return "write digits only, e.g. 12400";
}

std::string shown(const YamlNode& node) {
  if (!node.is_scalar()) return node.kind_name();
  std::string v = node.value.size() > 40 ? node.value.substr(0, 40) + "…" : node.value;
  return "'" + v + "'";
}

}  // namespace

void DataReader::error(const YamlNode& node, std::string message, std::string hint) {
  diags_.error(at(node), std::move(message), std::move(hint));
}

void DataReader::warning(const YamlNode& node, std::string message, std::string hint) {
  diags_.warning(at(node), std::move(message), std::move(hint));
}

bool DataReader::expect_scalar(const YamlNode& node, const char* expected) {
  if (node.is_scalar()) return true;
  std::string hint = node.is_null() ? "give a value after the key, on the same line"
                                    : "write a single value here, not " + std::string(node.kind_name()) +
                                          "; check the indentation of the lines below";
  error(node, std::string("expected ") + expected + ", found " + node.kind_name(), hint);
  return false;
}

std::optional<std::string> DataReader::text(const YamlNode& node) {
  if (!expect_scalar(node, "text")) return std::nullopt;
  if (node.plain && looks_boolean(node.value)) {
    error(node, "'" + node.value + "' is a yes/no word where text is expected",
          "put it in quotes if you mean the text: \"" + node.value + "\"");
    return std::nullopt;
  }
  if (auto at = control_character(node.value)) {
    error(node, "the text holds a control character at byte " + std::to_string(*at) + " of the value",
          "remove it; escapes such as \\x01 or \\0 in quoted YAML text are not allowed");
    return std::nullopt;
  }
  return node.value;
}

std::optional<std::string> DataReader::id(const YamlNode& node) {
  auto value = text(node);
  if (!value) return std::nullopt;
  bool ok = !value->empty() && value->size() <= 64 && std::isalnum(static_cast<unsigned char>((*value)[0]));
  for (char c : *value)
    ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.');
  if (!ok) {
    error(node, "invalid id " + shown(node),
          "ids use letters, digits, '-', '_' and '.', start with a letter or digit, and have at most 64 characters");
    return std::nullopt;
  }
  return value;
}

std::optional<long long> DataReader::integer(const YamlNode& node, long long min, long long max) {
  if (!expect_scalar(node, "a whole number")) return std::nullopt;
  const std::string& v = node.value;
  bool digits = !v.empty() && v.size() <= 18 &&
                std::all_of(v.begin() + (v[0] == '-' ? 1 : 0), v.end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                v != "-";
  if (!digits) {
    error(node, "expected a whole number, found " + shown(node), whole_number_hint(v));
    return std::nullopt;
  }
  if (v.size() > 1 && v[v[0] == '-' ? 1 : 0] == '0' && v != "-0") {
    // YAML 1.1 readers take 010 as octal 8: never guess which was meant.
    error(node, "the number " + shown(node) + " has a leading zero", "write it without the leading zero");
    return std::nullopt;
  }
  long long n = std::stoll(v);
  if (n < min || n > max) {
    error(node, "the number " + v + " is out of range",
          "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

std::optional<double> DataReader::number(const YamlNode& node, double min, double max) {
  if (!expect_scalar(node, "a number")) return std::nullopt;
  const std::string& v = node.value;
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(v.c_str(), &end);
  bool ok = !v.empty() && end == v.c_str() + v.size() && errno == 0 && std::isfinite(d) &&
            v.find_first_of("xXpPeEnN") == std::string::npos;
  if (!ok) {
    error(node, "expected a number, found " + shown(node),
          thousands_grouped(v) ? "remove the thousands separator: write " + without_commas(v)
                               : "write digits with an optional decimal point, e.g. 3.5");
    return std::nullopt;
  }
  if (d < min || d > max) {
    auto fmt = [](double x) {
      std::string s = std::to_string(x);
      s.erase(s.find_last_not_of('0') + 1);
      if (s.back() == '.') s.pop_back();
      return s;
    };
    error(node, "the number " + v + " is out of range", "expected a number from " + fmt(min) + " to " + fmt(max));
    return std::nullopt;
  }
  return d;
}

std::optional<bool> DataReader::boolean(const YamlNode& node) {
  if (!expect_scalar(node, "true or false")) return std::nullopt;
  if (node.plain && node.value == "true") return true;
  if (node.plain && node.value == "false") return false;
  if (!node.plain && (node.value == "true" || node.value == "false")) {
    error(node, "expected true or false, found the quoted text \"" + node.value + "\"",
          "write true or false, without quotes");
    return std::nullopt;
  }
  error(node, "expected true or false, found " + shown(node), "write true or false, without quotes");
  return std::nullopt;
}

std::optional<Date> DataReader::date(const YamlNode& node) {
  if (!expect_scalar(node, "a date")) return std::nullopt;
  auto d = parse_iso_date(node.value);
  if (!d) {
    error(node, "invalid date " + shown(node), "dates are written YYYY-MM-DD and must exist, e.g. 2026-04-01");
    return std::nullopt;
  }
  return d;
}

std::optional<Pence> DataReader::money(const YamlNode& node) {
  if (!expect_scalar(node, "an amount of money")) return std::nullopt;
  auto p = parse_money(node.value);
  if (!p) {
    std::string hint = "write pounds with at most two decimals and no '£' or commas, e.g. 42000 or 42000.50";
    if (node.value.find('.') != std::string::npos && node.value.size() - node.value.find('.') > 3)
      hint = "amounts have at most two decimals (whole pence), e.g. 1250.50";
    if (thousands_grouped(node.value)) hint = "remove the thousands separator: write " + without_commas(node.value);
    error(node, "invalid amount " + shown(node), hint);
    return std::nullopt;
  }
  return p;
}

std::optional<std::string> DataReader::one_of(const YamlNode& node, const std::vector<std::string>& allowed) {
  auto value = text(node);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return value;
  error(node, "unknown value " + shown(node), suggestion_hint(*value, allowed));
  return std::nullopt;
}

std::optional<Text> DataReader::bilingual(const YamlNode& node) {
  Text t;
  t.where = at(node);
  if (node.is_scalar()) {
    auto value = text(node);
    if (!value) return std::nullopt;
    t.en = t.cy = *value;
    t.neutral = true;
    return t;
  }
  if (!node.is_mapping()) {
    error(node, std::string("expected text or {en: ..., cy: ...}, found ") + node.kind_name(),
          "write the text in both languages: {en: \"…\", cy: \"…\"}");
    return std::nullopt;
  }
  Fields f(*this, node, "bilingual text");
  bool ok = true;
  const YamlNode* en = f.optional("en");
  const YamlNode* cy = f.optional("cy");
  for (auto [given, out] : {std::pair{en, &t.en}, std::pair{cy, &t.cy}}) {
    if (!given) continue;
    auto v = text(*given);
    ok = ok && v;
    if (v) *out = *v;
  }
  if (!ok) return std::nullopt;
  if (t.en.empty() && t.cy.empty()) {
    error(node, "bilingual text is empty", "give the text in English (en) and Welsh (cy)");
    return std::nullopt;
  }
  // One language only: a warning (an error with --strict), and the pages
  // of the other show a visible marker, not a blank.
  if (t.cy.empty())
    warning(cy ? *cy : node, std::string("the Welsh text (cy) is ") + (cy ? "empty" : "missing"),
            "add cy: \"…\" with the Welsh text; until then Welsh pages and PDFs show '" + kMissingWelsh + "'");
  if (t.en.empty())
    warning(en ? *en : node, std::string("the English text (en) is ") + (en ? "empty" : "missing"),
            "add en: \"…\" with the English text; until then English pages and PDFs show '" + kMissingEnglish +
                "'");
  return t;
}

std::vector<std::string> keys_of(const KeyLines& seen) {
  std::vector<std::string> keys;
  for (const auto& [key, line] : seen) keys.push_back(key);
  return keys;
}

bool DataReader::first_time(KeyLines& seen, const std::string& kind, const std::string& key, const YamlNode& node,
                            const std::string& scope) {
  auto [at, inserted] = seen.emplace(key, node.line);
  if (inserted) return true;
  error(node, "duplicate " + kind + " '" + key + "'" + (scope.empty() ? "" : " " + scope),
        "first given on line " + std::to_string(at->second) + "; give each " + kind + " once" +
            (scope.empty() ? "" : " " + scope));
  return false;
}

void DataReader::list(const YamlNode& node, const std::function<void(const YamlNode&)>& each) {
  if (node.is_null()) return;
  if (!node.is_sequence()) {
    error(node, std::string("expected a list, found ") + node.kind_name(), "list items start with '- '");
    return;
  }
  for (const auto& item : node.items) each(item);
}

Fields::Fields(DataReader& reader, const YamlNode& node, std::string what)
    : reader_(reader), node_(node), what_(std::move(what)) {
  if (!node.is_mapping()) {
    ok_ = false;
    reader_.error(node, "expected " + what_ + " (a mapping of keys to values), found " + node.kind_name(),
                  "write 'key: value' lines here, indented under their parent (docs/data-reference.md)");
  }
}

Fields::~Fields() {
  if (!ok_) return;
  for (const auto& [key, value] : node_.entries) {
    if (std::find(known_.begin(), known_.end(), key.value) != known_.end()) continue;
    reader_.error(key, "unknown key '" + key.value + "' in " + what_, suggestion_hint(key.value, known_));
  }
}

const YamlNode* Fields::optional(std::string_view key) {
  known_.emplace_back(key);
  if (!ok_) return nullptr;
  const YamlNode* v = node_.find(key);
  return v && !v->is_null() ? v : nullptr;
}

const YamlNode* Fields::required(std::string_view key) {
  const YamlNode* v = optional(key);
  if (!v && ok_)
    reader_.error(node_, what_ + " needs '" + std::string(key) + "'",
                  "add the line '" + std::string(key) + ": …' here (docs/data-reference.md says what it holds)");
  return v;
}

}  // namespace cp
