#pragma once
// The words a description of the cluster data is written in
// (cluster_description.h). Each section of a cluster file is described
// once, as calls on a visitor `v`, one call per YAML key:
//
//   v.text(key, &S::member, need, about)     bilingual text, translatable
//   v.item_text(…)                           the same, but the text the item is
//                                            (an action is its text): reports
//                                            name it by the item
//   v.plain(key, &S::member, need, about)    one plain string (a person's name)
//   v.id / v.ref                             an id the item has / names
//   v.choice(key, &S::member, values, …)     one of `values`
//   v.date, v.money, v.flag                  a date, pounds, true/false
//   v.count(key, &S::member, min, max, …)    a whole number in a range
//   v.pattern(key, &S::member, regex, …)     text matching `regex`
//   v.texts, v.refs, v.years, v.moneys       lists: of text, of ids (each once),
//                                            of years (each once), of amounts
//   v.list(key, &S::items, need, about[, d]) a list of items, each described by
//                                            describe(v, type<T>) or by `d`
//   v.object(key, &S::part, need, about[, d]) a mapping read into a struct member
//   v.group(key, need, about, d)             a mapping whose keys belong to S
//                                            itself (a risk's `residual`)
//   v.custom(key, shape, need, about)        a shape of its own (Custom)
//   v.not_both(a, b), v.needs(a, b)          rules between the keys of S
//
// `about` is the sentence an editor shows for the key (the JSON Schema's
// description). Visitors: the JSON Schema (cluster_schema.cpp), the walk
// over translatable text (text_fields.cpp), the reader (field_reader.h),
// the docs check (tests).
#include <string>
#include <vector>

namespace cp {

// Tag for describe(v, type<T>{}): which struct a description is of.
template <class T>
struct type {};

enum class Need {
  optional,
  required,
  key,  // required, and names its item in reports: decisions[D-07]
};
inline constexpr Need kOptional = Need::optional, kRequired = Need::required, kKey = Need::key;

// The shapes that are not one of the kinds above; their schema is written
// by cluster_schema.cpp, and each is read by its own code in the loader.
enum class Custom {
  in_attendance,  // a list of {person: id}, each person once
  quorum,         // "50%" or a number of members
  body_members,   // "all" or a list of member ids
  staff,          // role id → a number from 0 to 1000
  scores,         // criterion id → a score from 0 to 5
  by_proxy,       // member id → the id of the deputy who voted
  achieved,       // member id → indicator codes, each once
};

// The regular expressions patterns use (the loader checks the same).
inline constexpr const char* kFinancialYearPattern = "^[0-9]{4}/[0-9]{2}$";
inline constexpr const char* kTimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
inline constexpr const char* kKeyActionPattern = "^[1-9][0-9]?\\.[1-9][0-9]?$";

// "<what>: pounds, at most two decimals, no £ or commas."
inline const std::string kPounds = "pounds, at most two decimals, no £ or commas";
inline std::string pounds(const std::string& what) { return what + ": " + kPounds + "."; }

// A visitor that passes over every key: a visitor that needs only some
// kinds derives from it and declares those (the walk over text).
struct SkipFields {
  template <class M, class S>
  void text(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void item_text(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void plain(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void id(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void ref(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void choice(const char*, M S::*, const std::vector<std::string>&, Need, const std::string&) {}
  template <class M, class S>
  void date(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void money(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void flag(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void count(const char*, M S::*, long long, long long, Need, const std::string&) {}
  template <class M, class S>
  void pattern(const char*, M S::*, const char*, Need, const std::string&) {}
  template <class M, class S>
  void texts(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void refs(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void years(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void moneys(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S>
  void list(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S, class D>
  void list(const char*, M S::*, Need, const std::string&, D) {}
  template <class M, class S>
  void object(const char*, M S::*, Need, const std::string&) {}
  template <class M, class S, class D>
  void object(const char*, M S::*, Need, const std::string&, D) {}
  template <class D>
  void group(const char*, Need, const std::string&, D) {}
  void custom(const char*, Custom, Need, const std::string&) {}
  void not_both(const char*, const char*) {}
  void needs(const char*, const char*) {}
};

}  // namespace cp
