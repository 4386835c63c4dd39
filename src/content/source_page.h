#pragma once
// A Markdown file of content/: its language (from the file name,
// page.en.md / page.cy.md), its front matter, and its body.
#include <optional>
#include <string>
#include <vector>

#include "data/language.h"
#include "diag/diagnostic.h"

namespace cp {

struct FrontMatter {
  std::string title;
  std::string summary;
  std::string slug;  // the URL segment in this language; default from the file name
  std::optional<int> chapter;
  std::vector<std::string> key_actions;
  std::optional<int> key_actions_shared_with;
  bool operator==(const FrontMatter&) const = default;
};

struct SourcePage {
  std::string path;  // "content/guide/01-vision.en.md"
  std::string dir;   // "guide" ("" at the top of content/)
  std::string stem;  // "01-vision"
  Language lang = Language::en;  // from the file name
  std::string key;   // language-neutral: "guide/01-vision"
  FrontMatter front;
  std::string body;
  int body_line = 1;  // line of `path` where the body starts
};

// Splits "name.lang.md" into stem and language code ("cy"), which may not
// name a language (scan_content reports it); false when the name does not
// follow the pattern.
bool split_content_name(const std::string& file_name, std::string& stem, std::string& lang_code);

// Parses one content file (front matter between '---' lines, then
// Markdown). Reports problems; returns nullopt when the page is unusable
// (a name without a language's code is reported by scan_content).
std::optional<SourcePage> parse_source_page(const std::string& path, std::string text, Diagnostics& diags,
                                            SourceRegistry& sources);

}  // namespace cp
