#include "cli/build_overrides.h"

#include <optional>

#include "data/language.h"
#include "model/site_config.h"

namespace cp {

std::string read_as_of(const std::string& given, std::optional<Date>& today) {
  if (given.empty()) return {};
  today = parse_iso_date(given);
  if (!today) return "--as-of '" + given + "' is not a date\nhint: write it YYYY-MM-DD, e.g. --as-of 2026-11-23";
  return {};
}

std::string read_build_overrides(const BuildArgs& args, BuildOptions& options) {
  if (std::string problem = read_as_of(args.as_of, options.today); !problem.empty()) return problem;
  for (const auto& given : args.base_urls) {
    size_t equals = given.find('=');
    bool per_language = equals != std::string::npos && given.find("://") > equals;
    std::vector<std::pair<std::string, std::string>> urls;  // (language code, URL)
    if (per_language) {
      urls.emplace_back(given.substr(0, equals), given.substr(equals + 1));
    } else {
      // One address for the whole site: the languages side by side below it.
      std::string base = given.empty() || given.back() == '/' ? given : given + "/";
      for (Language lang : all_languages()) urls.emplace_back(code(lang), base + code(lang) + "/");
    }
    for (auto& [lang_code, url] : urls) {
      std::optional<Language> lang = parse_language(lang_code);
      if (!lang)
        return "--base-url '" + given + "' names the language '" + lang_code +
               "'\nhint: the languages are en and cy, e.g. --base-url cy=https://staging.example.cymru/";
      if (!valid_base_url(url))
        return "--base-url '" + given + "' is not a full address ending with '/'\nhint: e.g. --base-url "
               "https://staging.example.nhs.wales/ (each language below it), or --base-url en=URL --base-url cy=URL";
      options.base_urls[*lang] = url;
    }
  }
  return {};
}

}  // namespace cp
