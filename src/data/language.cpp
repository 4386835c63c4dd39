#include "data/language.h"

#include <array>

namespace cp {

namespace {

constexpr size_t kLanguages = static_cast<size_t>(Language::cy) + 1;

size_t index_of(Language lang) { return static_cast<size_t>(lang); }

// In the order of Language.
const std::array<std::string, kLanguages>& codes() {
  static const std::array<std::string, kLanguages> names = {"en", "cy"};
  return names;
}

}  // namespace

const std::vector<Language>& all_languages() {
  static const std::vector<Language> languages = {Language::en, Language::cy};
  return languages;
}

const std::string& code(Language lang) { return codes()[index_of(lang)]; }

std::vector<std::string> codes_of(const std::vector<Language>& langs) {
  std::vector<std::string> out;
  for (Language lang : langs) out.push_back(code(lang));
  return out;
}

std::optional<Language> parse_language(std::string_view text) {
  for (Language lang : all_languages())
    if (code(lang) == text) return lang;
  return std::nullopt;
}

Language other(Language lang) { return lang == Language::en ? Language::cy : Language::en; }

const std::string& bcp47_tag(Language lang) {
  static const std::array<std::string, kLanguages> tags = {"en-GB", "cy"};
  return tags[index_of(lang)];
}

}  // namespace cp
