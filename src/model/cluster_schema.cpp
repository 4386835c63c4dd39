#include "model/cluster_schema.h"

#include <functional>
#include <utility>

#include "io/json_writer.h"
#include "model/cluster_description.h"

// Each key as cluster_description.h describes it: the same types, ranges,
// enumerations and required keys the loader checks. What a schema cannot
// say (references, one amount per year, dates in order) is left to
// `clusterpack check`.
namespace cp {

namespace {

void ref_to(JsonWriter& w, const char* definition) {
  w.member("$ref", std::string("#/$defs/") + definition);
}

void ref_value(JsonWriter& w, const char* definition) {
  w.begin_object();
  ref_to(w, definition);
  w.end_object();
}

void integer_range(JsonWriter& w, long long min, long long max) {
  w.member("type", "integer").member("minimum", min).member("maximum", max);
}

void matching(JsonWriter& w, const char* regex) { w.member("type", "string").member("pattern", regex); }

// An array of `item`s; `unique`: an item may not appear twice (the loader
// reports a duplicate), only for lists the loader checks that way.
void array_of(JsonWriter& w, bool unique, const std::function<void()>& item) {
  w.member("type", "array");
  if (unique) w.member("uniqueItems", true);
  w.key("items");
  item();
}

// A mapping whose keys are ids (member, criterion, staff role…).
void map_of(JsonWriter& w, const std::function<void()>& value) {
  w.member("type", "object").key("propertyNames");
  ref_value(w, "id");
  w.key("additionalProperties");
  value();
}

void unique_ids(JsonWriter& w) {
  array_of(w, true, [&] { ref_value(w, "id"); });
}

// Writes the properties of one described object and remembers what the
// object itself says after them: its required keys and its rules.
class SchemaVisitor {
 public:
  explicit SchemaVisitor(JsonWriter& w) : w_(w) {}

  template <class M, class S>
  void text(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { ref_to(w_, "text"); });
  }
  template <class M, class S>
  void item_text(const char* key, M S::* m, Need need, const std::string& about) {
    text(key, m, need, about);
  }
  template <class M, class S>
  void plain(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { w_.member("type", "string"); });
  }
  template <class M, class S>
  void id(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { ref_to(w_, "id"); });
  }
  template <class M, class S>
  void ref(const char* key, M S::* m, Need need, const std::string& about) {
    id(key, m, need, about);
  }
  template <class M, class S>
  void choice(const char* key, M S::*, const std::vector<std::string>& values, Need need, const std::string& about) {
    property(key, need, about, [&] { w_.member("type", "string").key("enum").strings(values); });
  }
  template <class M, class S>
  void date(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { ref_to(w_, "date"); });
  }
  template <class M, class S>
  void money(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { ref_to(w_, "money"); });
  }
  template <class M, class S>
  void flag(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { w_.member("type", "boolean"); });
  }
  template <class M, class S>
  void count(const char* key, M S::*, long long min, long long max, Need need, const std::string& about) {
    property(key, need, about, [&] { integer_range(w_, min, max); });
  }
  template <class M, class S>
  void pattern(const char* key, M S::*, const char* regex, Need need, const std::string& about) {
    property(key, need, about, [&] { matching(w_, regex); });
  }
  template <class M, class S>
  void texts(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { array_of(w_, false, [&] { ref_value(w_, "text"); }); });
  }
  template <class M, class S>
  void refs(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { unique_ids(w_); });
  }
  template <class M, class S>
  void years(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] {
      array_of(w_, true, [&] { w_.begin_object().member("type", "string").end_object(); });
    });
  }
  template <class M, class S>
  void moneys(const char* key, M S::*, Need need, const std::string& about) {
    property(key, need, about, [&] { array_of(w_, false, [&] { ref_value(w_, "money"); }); });
  }
  template <class T, class S>
  void list(const char* key, std::vector<T> S::* m, Need need, const std::string& about) {
    list(key, m, need, about, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class T, class S, class D>
  void list(const char* key, std::vector<T> S::*, Need need, const std::string& about, D describe_item) {
    property(key, need, about, [&] {
      array_of(w_, false, [&] {
        w_.begin_object();
        write_object(w_, describe_item);
        w_.end_object();
      });
    });
  }
  template <class T, class S>
  void object(const char* key, T S::* m, Need need, const std::string& about) {
    object(key, m, need, about, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class T, class S, class D>
  void object(const char* key, T S::*, Need need, const std::string& about, D describe_part) {
    group(key, need, about, describe_part);
  }
  template <class D>
  void group(const char* key, Need need, const std::string& about, D describe_part) {
    property(key, need, about, [&] { write_object(w_, describe_part); });
  }
  void custom(const char* key, Custom shape, Need need, const std::string& about) {
    property(key, need, about, [&] { write_custom(shape); });
  }
  void not_both(const char* a, const char* b) { not_both_.emplace_back(a, b); }
  void needs(const char* key, const char* other) { needs_.emplace_back(key, other); }

  // The keywords of an object whose properties `describe_it` gives.
  template <class D>
  static void write_object(JsonWriter& w, D describe_it) {
    w.member("type", "object").member("additionalProperties", false).key("properties").begin_object();
    SchemaVisitor v(w);
    describe_it(v);
    w.end_object();
    if (!v.required_.empty()) w.key("required").strings(v.required_);
    for (const auto& [a, b] : v.not_both_) w.key("not").begin_object().key("required").strings({a, b}).end_object();
    for (const auto& [a, b] : v.needs_) w.key("dependentRequired").begin_object().key(a).strings({b}).end_object();
  }

 private:
  template <class F>
  void property(const char* key, Need need, const std::string& about, F keywords) {
    w_.key(key).begin_object().member("description", about);
    keywords();
    w_.end_object();
    if (need != Need::optional) required_.push_back(key);
  }

  void write_custom(Custom shape) {
    switch (shape) {
      case Custom::in_attendance:
        array_of(w_, true, [&] {
          w_.begin_object();
          write_object(w_, [](SchemaVisitor& v) {
            v.property("person", kRequired, "The id of the person who attends.", [&] { ref_to(v.w_, "id"); });
          });
          w_.end_object();
        });
        break;
      case Custom::quorum:
        // As the loader reads it: "1%" to "100%" (no leading zero), or a count.
        w_.key("oneOf").begin_array().begin_object();
        integer_range(w_, 1, 1000);
        w_.end_object().begin_object();
        matching(w_, "^(100|[1-9][0-9]?)%$");
        w_.end_object().end_array();
        break;
      case Custom::body_members:
        w_.key("oneOf").begin_array();
        w_.begin_object().member("description", "Every member of the cluster.").member("const", "all").end_object();
        w_.begin_object();
        unique_ids(w_);
        w_.end_object().end_array();
        break;
      case Custom::staff:
        map_of(w_, [&] { w_.begin_object().member("type", "number").member("minimum", 0).member("maximum", 1000).end_object(); });
        break;
      case Custom::scores:
        map_of(w_, [&] {
          w_.begin_object();
          integer_range(w_, 0, 5);
          w_.end_object();
        });
        break;
      case Custom::by_proxy:
        map_of(w_, [&] { ref_value(w_, "id"); });
        break;
      case Custom::achieved:
        // A practice's codes: "CND001W", or "CND009W.plan" for one part.
        map_of(w_, [&] {
          w_.begin_object();
          unique_ids(w_);
          w_.end_object();
        });
        break;
    }
  }

  JsonWriter& w_;
  std::vector<std::string> required_;
  std::vector<std::pair<std::string, std::string>> not_both_, needs_;
};

// "$defs": text, id, date and money, each described.
void definitions(JsonWriter& w) {
  w.begin_object();
  w.key("text").begin_object().member(
      "description",
      "Text in English and Welsh, {en: \"…\", cy: \"…\"}, or one plain text for a name or other text that is the "
      "same in both languages.");
  w.key("oneOf").begin_array();
  w.begin_object().member("type", "string").end_object();
  w.begin_object().member("type", "object").member("additionalProperties", false).key("properties").begin_object();
  w.key("en").begin_object().member("description", "The text in English.").member("type", "string").end_object();
  w.key("cy").begin_object().member("description", "The text in Welsh (Cymraeg).").member("type", "string").end_object();
  w.end_object();
  // Bilingual text may not be empty in both languages: one of en and cy
  // is given and not empty.
  w.key("anyOf").begin_array();
  for (const auto& [lang, about] : {std::pair{"en", "The English text, not empty when there is no Welsh."},
                                    std::pair{"cy", "The Welsh text, not empty when there is no English."}}) {
    w.begin_object().key("required").strings({lang}).key("properties").begin_object();
    w.key(lang).begin_object().member("description", about).member("type", "string").member("minLength", 1).end_object();
    w.end_object().end_object();
  }
  w.end_array().end_object().end_array().end_object();

  w.key("id").begin_object().member(
      "description",
      "An id: letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters, e.g. lead "
      "or R01.");
  matching(w, "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
  w.end_object();

  w.key("date")
      .begin_object()
      .member("description", "A date written YYYY-MM-DD, e.g. 2026-04-01.")
      .member("type", "string")
      .member("format", "date")
      .member("pattern", "^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
      .end_object();

  // Whole pence; at most twelve digits of pounds, as the loader reads them.
  w.key("money")
      .begin_object()
      .member("description", "An amount in " + kPounds + ", e.g. 42000 or 42000.50.")
      .member("type", "number")
      .member("minimum", 0)
      .key("maximum")
      .number("999999999999.99")
      .key("multipleOf")
      .number("0.01")
      .end_object();
  w.end_object();
}

}  // namespace

std::string cluster_json_schema() {
  JsonWriter w;
  // A URN: the project has no web address to put a schema at, and a URN
  // is an absolute URI that never pretends to be one. ":1" is the version
  // of the data contract; it changes only if a key changes meaning.
  w.begin_object()
      .member("$schema", "https://json-schema.org/draft/2020-12/schema")
      .member("$id", "urn:clusterpack:schema:cluster:1")
      .member("title", "clusterpack cluster data")
      .member("description",
              "One cluster's data file, content/clusters/<health-board>/<cluster>.yaml (docs/data-reference.md); "
              "`clusterpack check` checks the rest.")
      .key("$defs");
  definitions(w);
  SchemaVisitor::write_object(w, [](auto& v) { describe(v, type<Cluster>{}); });
  return w.end_object().text() + "\n";
}

}  // namespace cp
