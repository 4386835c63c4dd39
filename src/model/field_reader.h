#pragma once
// Reads one mapping of a cluster file as its description says
// (field_description.h): each key asked for, required or optional, in the
// description's order, and the plain kinds (text, plain text, a choice, a
// date, money, true/false, a count, a list of texts, a list of years) read
// into the struct, with the reader's own messages. What names or references
// something (ids, references, lists of items, nested parts, custom shapes)
// is read by the handler the section gives for its key (ReadRules); a key
// of those kinds without a handler is a mistake in the loader, thrown as
// std::logic_error so that any test that reads one fails.
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "data/reader.h"
#include "model/field_description.h"

namespace cp {

// What a section reads itself, by key.
using FieldHandler = std::function<void(const YamlNode&)>;
using FieldHandlers = std::map<std::string, FieldHandler, std::less<>>;

// What a section adds to its description when it is read.
struct ReadRules {
  // The keys it reads itself.
  // (Each member has a default, so a section names only the rules it has.)
  FieldHandlers own{};
  // For each group (a mapping whose keys belong to the struct itself), how
  // messages name it ("the majorities").
  std::map<std::string, const char*, std::less<>> groups{};
  // Keys whose place it keeps, for checks made later ("the meeting ends
  // before it starts").
  std::map<std::string, Location*, std::less<>> where{};
  // Keys an item is left out without: `vital` when they are written but
  // cannot be read (a meeting whose date is no date), `needed` also when
  // they are missing (a meeting of no body). A key the section reads itself
  // says it could not through the `ok` its handler was given.
  std::vector<std::string_view> vital{}, needed{};
};

template <class S>
class FieldReader {
 public:
  // `usable`: turned false when a vital key cannot be read. `only`: read
  // that key alone (the cluster file's sections are read in an order of
  // their own: cluster_loader.cpp).
  FieldReader(DataReader& r, Fields& fields, S& out, const ReadRules& rules, bool* usable = nullptr,
              const char* only = nullptr)
      : r_(r), f_(fields), out_(out), rules_(rules), usable_(usable), only_(only) {}

  // The keys the description gave, and whether `only` was among them.
  int keys() const { return keys_; }
  bool found() const { return found_; }

  template <class M>
  void text(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { return set(out_.*m, r_.bilingual(n)); });
  }
  template <class M>
  void item_text(const char* key, M S::* m, Need need, const std::string& about) {
    text(key, m, need, about);
  }
  template <class M>
  void plain(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { return set(out_.*m, r_.text(n)); });
  }
  template <class M>
  void choice(const char* key, M S::* m, const std::vector<std::string>& values, Need need, const std::string&) {
    if constexpr (std::is_same_v<M, std::string>)
      read(key, need, [&](const YamlNode& n) { return set(out_.*m, r_.one_of(n, values)); });
    else
      read(key, need, nullptr);
  }
  template <class M>
  void date(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { return assign(out_.*m, r_.date(n)); });
  }
  template <class M>
  void money(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { return assign(out_.*m, r_.money(n)); });
  }
  template <class M>
  void flag(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { return set(out_.*m, r_.boolean(n)); });
  }
  template <class M>
  void count(const char* key, M S::* m, long long min, long long max, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) {
      auto v = r_.integer(n, min, max);
      if (v) out_.*m = static_cast<whole_t<M>>(*v);
      return v.has_value();
    });
  }
  template <class M>
  void texts(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) {
      r_.list(n, [&](const YamlNode& item) { set_push(out_.*m, r_.bilingual(item)); });
      return true;
    });
  }
  // Financial years as written, each once (what they are for is the
  // section's: one amount per year).
  template <class M>
  void years(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) {
      KeyLines seen;
      r_.list(n, [&](const YamlNode& y) {
        auto year = r_.text(y);
        if (year && r_.first_time(seen, "year", *year, y)) (out_.*m).push_back(*year);
      });
      return true;
    });
  }
  template <class D>
  void group(const char* key, Need need, const std::string&, D describe_part) {
    auto name = rules_.groups.find(key);
    if (name == rules_.groups.end()) return read(key, need, nullptr);
    read(key, need, [&](const YamlNode& n) {
      Fields inner(r_, n, name->second);
      FieldReader part(r_, inner, out_, rules_, usable_);
      describe_part(part);
      return true;
    });
  }

  // The kinds a section reads itself, by its handler.
  template <class M, class T>
  void id(const char* key, M T::*, Need need, const std::string&) { read(key, need, nullptr); }
  template <class M, class T>
  void ref(const char* key, M T::*, Need need, const std::string&) { read(key, need, nullptr); }
  template <class M, class T>
  void pattern(const char* key, M T::*, const char*, Need need, const std::string&) { read(key, need, nullptr); }
  template <class M, class T>
  void refs(const char* key, M T::*, Need need, const std::string&) { read(key, need, nullptr); }
  template <class M, class T>
  void moneys(const char* key, M T::*, Need need, const std::string&) { read(key, need, nullptr); }
  template <class M, class T, class... D>
  void list(const char* key, M T::*, Need need, const std::string&, D...) { read(key, need, nullptr); }
  template <class M, class T, class... D>
  void object(const char* key, M T::*, Need need, const std::string&, D...) { read(key, need, nullptr); }
  void custom(const char* key, Custom, Need need, const std::string&) { read(key, need, nullptr); }
  // Rules between keys are the loader's (cluster_rules, the sections).
  void not_both(const char*, const char*) {}
  void needs(const char*, const char*) {}

 private:
  // Reads one value; false when it could not be (reported).
  using Generic = std::function<bool(const YamlNode&)>;

  template <class M>
  struct whole {
    using type = M;
  };
  template <class M>
  struct whole<std::optional<M>> {
    using type = M;
  };
  template <class M>
  using whole_t = typename whole<M>::type;

  template <class T, class U>
  static bool set(T& target, const std::optional<U>& value) {
    if (value) target = *value;
    return value.has_value();
  }
  template <class T, class U>
  static void set_push(std::vector<T>& list, const std::optional<U>& value) {
    if (value) list.push_back(*value);
  }
  // An optional member takes what was read, nothing when it could not be
  // read; any other keeps its default then.
  template <class T, class U>
  static bool assign(T& target, const std::optional<U>& value) {
    if constexpr (std::is_same_v<T, std::optional<U>>) target = value;
    else set(target, value);
    return value.has_value();
  }

  void read(const char* key, Need need, const Generic& generic) {
    ++keys_;
    if (only_ && std::string_view(key) != only_) return;
    found_ = true;
    const YamlNode* node = need == Need::optional ? f_.optional(key) : f_.required(key);
    if (!node) {
      if (listed(rules_.needed, key)) unusable();
      return;
    }
    if (auto place = rules_.where.find(key); place != rules_.where.end()) *place->second = r_.at(*node);
    if (auto own = rules_.own.find(key); own != rules_.own.end()) return own->second(*node);
    if (!generic) throw std::logic_error(std::string("the loader has no reader for the key '") + key + "'");
    if (!generic(*node) && (listed(rules_.vital, key) || listed(rules_.needed, key))) unusable();
  }
  static bool listed(const std::vector<std::string_view>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  }
  void unusable() {
    if (usable_) *usable_ = false;
  }

  DataReader& r_;
  Fields& f_;
  S& out_;
  const ReadRules& rules_;
  bool* usable_;
  const char* only_;
  int keys_ = 0;
  bool found_ = false;
};

}  // namespace cp
