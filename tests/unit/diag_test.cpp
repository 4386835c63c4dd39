#include <doctest/doctest.h>

#include "diag/diagnostic.h"
#include "diag/suggest.h"

using namespace cp;

TEST_CASE("a diagnostic shows file:line:col, the source line, a caret and a hint") {
  SourceRegistry sources;
  sources.add("c.yaml", "name: x\n  quorom: 50%\n");
  Diagnostic d{Severity::Error, {"c.yaml", 2, 3}, "unknown key 'quorom'", "did you mean 'quorum'?"};
  CHECK(format_diagnostic(d, sources) ==
        "c.yaml:2:3: error: unknown key 'quorom'\n"
        " 2 |   quorom: 50%\n"
        "   |   ^\n"
        "hint: did you mean 'quorum'?\n");
}

TEST_CASE("the caret counts characters, not bytes, and keeps tabs") {
  SourceRegistry sources;
  sources.add("p.md", "\tŵyr: ŷ\n");
  Diagnostic d{Severity::Warning, {"p.md", 1, 7}, "m", ""};
  CHECK(format_diagnostic(d, sources) == "p.md:1:7: warning: m\n 1 | \tŵyr: ŷ\n   | \t     ^\n");
}

TEST_CASE("a shown prefix goes before the path only") {
  SourceRegistry sources;
  Diagnostic d{Severity::Error, {"site.yaml", 0, 0}, "file not found", ""};
  CHECK(format_diagnostic(d, sources, "mysite/") == "mysite/site.yaml: error: file not found\n");
}

TEST_CASE("diagnostics are collected, sorted, counted, and warnings become errors with --strict") {
  Diagnostics diags;
  diags.error({"b.yaml", 3, 1}, "second", "fix it");
  diags.warning({"a.yaml", 9, 1}, "first", "check it");
  diags.error({"b.yaml", 3, 1}, "second", "fix it");  // the same problem twice counts once
  CHECK(diags.error_count() == 1);
  CHECK(diags.warning_count() == 1);
  auto sorted = diags.sorted();
  CHECK(sorted[0].message == "first");
  SourceRegistry none;
  CHECK(format_all(diags, none) ==
        "a.yaml:9:1: warning: first\nhint: check it\nb.yaml:3:1: error: second\nhint: fix it\n1 error, 1 warning\n");

  Diagnostics strict;
  strict.set_strict(true);
  strict.warning({"a", 1, 1}, "w", "h");
  CHECK(strict.error_count() == 1);
}

TEST_CASE("did you mean: the closest name within a third of the word's length") {
  CHECK(edit_distance("quorom", "quorum") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(closest_match("quorom", {"frequency", "quorum", "papers_days_before"}) == "quorum");
  CHECK(closest_match("xyz", {"quorum"}) == "");
  CHECK(suggestion_hint("monthy", {"monthly", "quarterly"}) == "did you mean 'monthly'?");
  CHECK(suggestion_hint("weekly", {"monthly", "quarterly"}) == "expected one of: monthly, quarterly");
}

TEST_CASE("a file registered to be read again shows its line, and none once it has changed") {
  std::string on_disk = "name: x\n  quorom: 50%\n";
  int reads = 0;
  SourceRegistry sources;
  sources.add_file("c.yaml", on_disk, [&]() -> std::optional<std::string> {
    ++reads;
    return on_disk;
  });
  Diagnostic d{Severity::Error, {"c.yaml", 2, 3}, "unknown key 'quorom'", ""};
  CHECK(format_diagnostic(d, sources) == "c.yaml:2:3: error: unknown key 'quorom'\n 2 |   quorom: 50%\n   |   ^\n");
  CHECK(reads == 1);
  // Edited since it was read: its line 2 is no longer what the message is about.
  on_disk = "name: x\n  quorum: 50%\n";
  CHECK(format_diagnostic(d, sources) == "c.yaml:2:3: error: unknown key 'quorom'\n");
  // Gone: no line either.
  sources.add_file("d.yaml", "a: 1\n", [] { return std::optional<std::string>(); });
  CHECK(format_diagnostic({Severity::Error, {"d.yaml", 1, 1}, "m", ""}, sources) == "d.yaml:1:1: error: m\n");
}

TEST_CASE("registries filled apart merge into one") {
  SourceRegistry a, b;
  a.add("a.md", "one\n");
  b.add("b.md", "two\n");
  a.merge(std::move(b));
  CHECK(a.line_text("a.md", 1) == "one");
  CHECK(a.line_text("b.md", 1) == "two");
}
