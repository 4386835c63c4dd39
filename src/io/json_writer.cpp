#include "io/json_writer.h"

#include <cstdio>

namespace cp {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

void JsonWriter::new_line() {
  out_ += '\n';
  out_.append(2 * open_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {  // the value of a member: its key wrote the separator
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  Open& o = open_.back();
  if (!o.empty) out_ += o.one_per_line ? "," : ", ";
  if (o.one_per_line) new_line();
  o.empty = false;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  out_ += json_string(name) + ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::open(char bracket, bool one_per_line) {
  before_value();
  out_ += bracket;
  open_.push_back({one_per_line});
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  Open o = open_.back();
  open_.pop_back();
  if (o.one_per_line && !o.empty) new_line();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::begin_object(bool one_per_line) { return open('{', one_per_line); }
JsonWriter& JsonWriter::end_object() { return close('}'); }
JsonWriter& JsonWriter::begin_array(bool one_per_line) { return open('[', one_per_line); }
JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  out_ += json_string(s);
  return *this;
}

JsonWriter& JsonWriter::value(long long n) { return number(std::to_string(n)); }

JsonWriter& JsonWriter::value(bool b) { return number(b ? "true" : "false"); }

JsonWriter& JsonWriter::number(std::string_view literal) {
  before_value();
  out_ += literal;
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& values) {
  begin_array();
  for (const auto& v : values) value(v);
  return end_array();
}

}  // namespace cp
