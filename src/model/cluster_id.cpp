#include "model/cluster_id.h"

#include <string_view>

namespace cp {

bool is_cluster_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && id.front() != '-' &&
         id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

namespace {

// The letter a Welsh (or other Latin-1) accented letter is written with.
char base_letter(std::string_view utf8) {
  static const std::pair<std::string_view, char> letters[] = {
      {"â", 'a'}, {"ê", 'e'}, {"î", 'i'}, {"ô", 'o'}, {"û", 'u'}, {"ŵ", 'w'}, {"ŷ", 'y'}, {"á", 'a'}, {"é", 'e'},
      {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ẃ", 'w'}, {"ý", 'y'}, {"à", 'a'}, {"è", 'e'}, {"ì", 'i'}, {"ò", 'o'},
      {"ù", 'u'}, {"ẁ", 'w'}, {"ỳ", 'y'}, {"ä", 'a'}, {"ë", 'e'}, {"ï", 'i'}, {"ö", 'o'}, {"ü", 'u'}, {"ẅ", 'w'},
      {"ÿ", 'y'}, {"Â", 'a'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'}, {"Û", 'u'}, {"Ŵ", 'w'}, {"Ŷ", 'y'}};
  for (const auto& [from, to] : letters)
    if (utf8.substr(0, from.size()) == from) return to;
  return 0;
}

}  // namespace

std::string cluster_id_for(const std::string& name) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char letter = 0;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') letter = static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) letter = static_cast<char>(c);
    } else {
      letter = base_letter(std::string_view(name).substr(i, length));
    }
    if (letter) {
      if (dash && !out.empty()) out += '-';
      out += letter;
      dash = false;
    } else {
      dash = true;
    }
    i += length;
  }
  if (out.size() > 64) out.resize(64);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace cp
