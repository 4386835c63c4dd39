#pragma once
// A problem found in the user's input, with where it is and how to fix it.
// Every stage reports through a Diagnostics collector so that a build shows
// all problems at once (Hugo's habit) instead of stopping at the first.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cp {

enum class Severity { Error, Warning };

// 1-based line and column; 0 means "not known" (the whole file).
struct Location {
  std::string file;
  int line = 0;
  int col = 0;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  Location where;
  std::string message;
  std::string hint;  // optional, printed as "hint: ..."
};

// Source texts by path, so that printing can show the offending line.
// A file read through a FileSystem need not be held: add_file keeps only a
// way to read it again and a hash of its text, and a line is shown only if
// the file still says what was read (a thousand clusters' YAML held as text
// was a fifth of a build's memory).
class SourceRegistry {
 public:
  using Reader = std::function<std::optional<std::string>()>;
  void add(const std::string& path, std::string text);
  void add_file(const std::string& path, std::string_view text, Reader read_again);
  // Takes in what `other` holds (files loaded apart, on other threads).
  void merge(SourceRegistry&& other);
  // The text of a line (1-based), without its newline; empty when unknown.
  std::string line_text(const std::string& path, int line) const;

 private:
  struct Source {
    std::string text;  // held, or empty when read_again is set
    Reader read_again;
    size_t hash = 0;   // of the text read_again must give back
  };
  std::map<std::string, Source> sources_;
};

class Diagnostics {
 public:
  // The hint is required: every problem says how to fix it.
  void error(Location where, std::string message, std::string hint);
  void warning(Location where, std::string message, std::string hint);
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  // With strict on, warnings are reported as errors (--strict).
  void set_strict(bool strict) { strict_ = strict; }

  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  const std::vector<Diagnostic>& all() const { return items_; }

  // Sorted by file, line, column, so that output is stable whatever order
  // the stages ran in.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  bool strict_ = false;
};

// "path:line:col: error: message", the source line, a caret, the hint.
// `shown_prefix` is put before the path (the --source folder), so paths
// are shown relative to where the user stands.
std::string format_diagnostic(const Diagnostic& d, const SourceRegistry& sources,
                              const std::string& shown_prefix = {});
// Every diagnostic, then "N errors, M warnings" when there are any.
std::string format_all(const Diagnostics& diags, const SourceRegistry& sources,
                       const std::string& shown_prefix = {});

}  // namespace cp
