#include <doctest/doctest.h>

#include "site/translation_report.h"

using namespace cp;

// The JSON other programs read from `clusterpack i18n --format json`: one
// summary line per area and one line per text lacking a language, no
// trailing whitespace. (Before io/json_writer, each summary line but the
// last ended in ", ": the same JSON, with a space before the line break.)
TEST_CASE("i18n --format json: its layout, line by line") {
  TranslationReport report;
  report.items.push_back({"pages", "guide/start", {"content/guide/start.en.md", 0, 0}, true, true});
  report.items.push_back({"data", "c.yaml#name", {"c.yaml", 1, 7}, true, false});
  CHECK(format_report_json(report) ==
        "{\n"
        "  \"summary\": {\n"
        "    \"pages\": {\"items\": 1, \"complete\": 1, \"lack_cy\": 0, \"lack_en\": 0, \"parity\": 100.0},\n"
        "    \"templates\": {\"items\": 0, \"complete\": 0, \"lack_cy\": 0, \"lack_en\": 0, \"parity\": 100.0},\n"
        "    \"ui-strings\": {\"items\": 0, \"complete\": 0, \"lack_cy\": 0, \"lack_en\": 0, \"parity\": 100.0},\n"
        "    \"data\": {\"items\": 1, \"complete\": 0, \"lack_cy\": 1, \"lack_en\": 0, \"parity\": 0.0},\n"
        "    \"all\": {\"items\": 2, \"complete\": 1, \"lack_cy\": 1, \"lack_en\": 0, \"parity\": 50.0}\n"
        "  },\n"
        "  \"lacking\": [\n"
        "    {\"area\": \"data\", \"name\": \"c.yaml#name\", \"file\": \"c.yaml\", \"line\": 1, \"lacks\": \"cy\"}\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("i18n --format json: nothing lacking is an empty list") {
  TranslationReport report;
  std::string json = format_report_json(report);
  CHECK(json.find("\"lacking\": []\n}\n") != std::string::npos);
}
