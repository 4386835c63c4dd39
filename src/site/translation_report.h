#pragma once
// `clusterpack i18n`: what lacks Welsh (or English), across content pages,
// governance templates, interface strings and every text field of the data,
// with counts and a parity percentage per area.
#include <string>
#include <vector>

#include "site/site_inputs.h"

namespace cp {

struct TranslationItem {
  std::string area;  // "pages", "templates", "ui-strings", "data"
  std::string name;  // page key, template id, string key, or file#field
  Location where;
  bool has_en = false;
  bool has_cy = false;
  bool complete() const { return has_en && has_cy; }
};

struct TranslationReport {
  std::vector<TranslationItem> items;
  int lacking() const;
};

TranslationReport translation_report(const SiteInputs& in);
std::string format_report_text(const TranslationReport& report);
std::string format_report_json(const TranslationReport& report);

}  // namespace cp
