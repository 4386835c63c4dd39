#pragma once
// Reads one mapping of a cluster file as its description says
// (field_description.h): each key asked for, required or optional, in the
// description's order, and the plain kinds (text, plain text, a choice, a
// date, money, true/false, a count, a list of texts) read into the struct,
// with the reader's own messages. What names or references something (ids,
// references, lists of items, nested parts, custom shapes) is read by the
// handler the section gives for its key, which may also note where a key
// was written; a key of those kinds without a handler is a mistake in the
// loader, thrown as std::logic_error so that any test that reads one fails.
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "data/reader.h"
#include "model/cluster_sections.h"
#include "model/field_description.h"

namespace cp {

// What a section reads itself, by key.
using FieldHandler = std::function<void(const YamlNode&)>;
using FieldHandlers = std::map<std::string, FieldHandler, std::less<>>;
// For each group (a mapping whose keys belong to the struct itself), how
// messages name it ("the majorities").
using GroupNames = std::map<std::string, const char*, std::less<>>;

template <class S>
class FieldReader {
 public:
  using Handler = FieldHandler;
  using Handlers = FieldHandlers;

  FieldReader(DataReader& r, Fields& fields, S& out, Handlers own = {}, GroupNames groups = {})
      : r_(r), f_(fields), out_(out), own_(std::move(own)), groups_(std::move(groups)) {}

  template <class M>
  void text(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { set(out_.*m, r_.bilingual(n)); });
  }
  template <class M>
  void item_text(const char* key, M S::* m, Need need, const std::string& about) {
    text(key, m, need, about);
  }
  template <class M>
  void plain(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { set(out_.*m, r_.text(n)); });
  }
  template <class M>
  void choice(const char* key, M S::* m, const std::vector<std::string>& values, Need need, const std::string&) {
    if constexpr (std::is_same_v<M, std::string>)
      read(key, need, [&](const YamlNode& n) { set(out_.*m, r_.one_of(n, values)); });
    else
      read(key, need, nullptr);
  }
  template <class M>
  void date(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { assign(out_.*m, r_.date(n)); });
  }
  template <class M>
  void money(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { assign(out_.*m, r_.money(n)); });
  }
  template <class M>
  void flag(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { set(out_.*m, r_.boolean(n)); });
  }
  template <class M>
  void count(const char* key, M S::* m, long long min, long long max, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) {
      if (auto v = r_.integer(n, min, max)) out_.*m = static_cast<whole_t<M>>(*v);
    });
  }
  template <class M>
  void texts(const char* key, M S::* m, Need need, const std::string&) {
    read(key, need, [&](const YamlNode& n) { out_.*m = read_texts(r_, n); });
  }
  template <class D>
  void group(const char* key, Need need, const std::string&, D describe_part) {
    auto name = groups_.find(key);
    if (name == groups_.end()) return read(key, need, nullptr);
    read(key, need, [&](const YamlNode& n) {
      Fields inner(r_, n, name->second);
      FieldReader part(r_, inner, out_, own_, groups_);
      describe_part(part);
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
  void years(const char* key, M T::*, Need need, const std::string&) { read(key, need, nullptr); }
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
  static void set(T& target, const std::optional<U>& value) {
    if (value) target = *value;
  }
  // An optional member takes what was read, nothing when it could not be
  // read; any other keeps its default then.
  template <class T, class U>
  static void assign(T& target, const std::optional<U>& value) {
    if constexpr (std::is_same_v<T, std::optional<U>>)
      target = value;
    else
      set(target, value);
  }

  void read(const char* key, Need need, const Handler& generic) {
    const YamlNode* node = need == Need::optional ? f_.optional(key) : f_.required(key);
    if (!node) return;
    if (auto own = own_.find(key); own != own_.end()) return own->second(*node);
    if (!generic) throw std::logic_error(std::string("the loader has no reader for the key '") + key + "'");
    generic(*node);
  }

  DataReader& r_;
  Fields& f_;
  S& out_;
  Handlers own_;
  GroupNames groups_;
};

}  // namespace cp
