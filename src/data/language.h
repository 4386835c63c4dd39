#pragma once
// The site's two languages, English and Welsh, as a type. Their codes
// ("en", "cy") are text only at the edges: file names (page.cy.md), YAML
// keys ({en: …, cy: …}), folders and URLs (/cy/), the command line, and
// what the pages and layouts are given (lang="cy"). Inside, a misspelt
// code would be a page silently in neither language; an enum cannot be.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp {

enum class Language { en, cy };

// Both languages, English first: the order pages are planned and sites
// list them in. Every site has both: the product is bilingual by law.
const std::vector<Language>& all_languages();

// "en" or "cy". A std::string, not a view: it is mostly joined into paths
// and names ("cy/" + url), which a view cannot be.
const std::string& code(Language lang);

// The codes of `langs`, in their order: what a message lists as the choices.
std::vector<std::string> codes_of(const std::vector<Language>& langs);

// The language a code names; none for anything but "en" and "cy".
std::optional<Language> parse_language(std::string_view code);

// English for Welsh, Welsh for English: where a page's counterpart is.
Language other(Language lang);

// The BCP 47 tag a PDF declares (/Lang, XMP dc:language): "en-GB", "cy".
// English names its variety so that screen readers choose a British voice;
// Welsh has only one.
const std::string& bcp47_tag(Language lang);

}  // namespace cp
