#pragma once
// JSON text for what clusterpack prints for other programs: the schema,
// the translation report as JSON, the live preview's build events. One
// writer, so that strings are escaped one way and separators are never
// counted by hand.
#include <string>
#include <string_view>
#include <vector>

namespace cp {

// `s` as a JSON string literal, quotes included: '"', '\' and control
// characters escaped (\n, \r and \t by name). Other UTF-8 ('£', '×', Welsh
// letters) is valid JSON as it is, so it is kept readable.
std::string json_string(std::string_view s);

// Writes one JSON value, container by container. Members of a container
// are separated by ", " on one line, or, for a container opened with
// `one_per_line`, each on a line of its own, indented two spaces a level.
// The writer does not check the order of calls (a key before each member
// of an object); its callers are few and tested.
class JsonWriter {
 public:
  JsonWriter& begin_object(bool one_per_line = false);
  JsonWriter& end_object();
  JsonWriter& begin_array(bool one_per_line = false);
  JsonWriter& end_array();
  // The key of the next member of the object open.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(bool b);
  // A number already written as JSON: "100.0", "0.01".
  JsonWriter& number(std::string_view literal);

  // key(name).value(v), for the common case.
  template <class T>
  JsonWriter& member(std::string_view name, const T& v) {
    return key(name).value(v);
  }
  // An array of strings on one line.
  JsonWriter& strings(const std::vector<std::string>& values);

  const std::string& text() const { return out_; }

 private:
  struct Open {
    bool one_per_line;
    bool empty = true;
  };
  // Before a member or an array item: its separator and line break.
  void before_value();
  JsonWriter& open(char bracket, bool one_per_line);
  JsonWriter& close(char bracket);
  void new_line();

  std::string out_;
  std::vector<Open> open_;
  bool after_key_ = false;
};

}  // namespace cp
