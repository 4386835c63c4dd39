#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace cp {

void SourceRegistry::add(const std::string& path, std::string text) {
  sources_[path] = Source{std::move(text), nullptr, 0};
}

void SourceRegistry::add_file(const std::string& path, std::string_view text, Reader read_again) {
  sources_[path] = Source{{}, std::move(read_again), std::hash<std::string_view>{}(text)};
}

void SourceRegistry::merge(SourceRegistry&& other) {
  for (auto& [path, source] : other.sources_) sources_[path] = std::move(source);
  other.sources_.clear();
}

namespace {

std::string line_of(std::string_view text, int line) {
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string out(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

}  // namespace

std::string SourceRegistry::line_text(const std::string& path, int line) const {
  if (line <= 0) return {};
  auto found = sources_.find(path);
  if (found == sources_.end()) return {};
  const Source& source = found->second;
  if (!source.read_again) return line_of(source.text, line);
  std::optional<std::string> text = source.read_again();
  // A file edited since it was read: its lines no longer match the message.
  if (!text || std::hash<std::string_view>{}(*text) != source.hash) return {};
  return line_of(*text, line);
}

void Diagnostics::error(Location where, std::string message, std::string hint) {
  add({Severity::Error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(Location where, std::string message, std::string hint) {
  add({Severity::Warning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
  if (strict_) d.severity = Severity::Error;
  // The same problem reached twice (e.g. a file read by two stages) is
  // reported once.
  for (const auto& existing : items_) {
    if (existing.where.file == d.where.file && existing.where.line == d.where.line &&
        existing.where.col == d.where.col && existing.message == d.message)
      return;
  }
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.col) <
           std::tie(b.where.file, b.where.line, b.where.col);
  });
  return out;
}

namespace {

// The caret line: the source line's leading text with every character but
// tabs turned into spaces, so the caret sits under the column whatever the
// indentation. Columns count UTF-8 characters, as libyaml and cmark do.
std::string caret_padding(const std::string& line, int col) {
  std::string pad;
  int c = 1;
  for (size_t i = 0; i < line.size() && c < col; ++i) {
    unsigned char ch = static_cast<unsigned char>(line[i]);
    if ((ch & 0xC0) == 0x80) continue;  // continuation byte
    pad += (ch == '\t') ? '\t' : ' ';
    ++c;
  }
  while (c < col) {
    pad += ' ';
    ++c;
  }
  return pad;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const SourceRegistry& sources, const std::string& shown_prefix) {
  std::string out = d.where.file.empty() ? std::string("clusterpack") : shown_prefix + d.where.file;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line);
    if (d.where.col > 0) out += ":" + std::to_string(d.where.col);
  }
  out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  out += d.message + "\n";
  std::string line = sources.line_text(d.where.file, d.where.line);
  if (!line.empty()) {
    std::string number = std::to_string(d.where.line);
    out += " " + number + " | " + line + "\n";
    if (d.where.col > 0)
      out += " " + std::string(number.size(), ' ') + " | " + caret_padding(line, d.where.col) + "^\n";
  }
  if (!d.hint.empty()) out += "hint: " + d.hint + "\n";
  return out;
}

std::string format_all(const Diagnostics& diags, const SourceRegistry& sources, const std::string& shown_prefix) {
  std::string out;
  for (const auto& d : diags.sorted()) out += format_diagnostic(d, sources, shown_prefix);
  int errors = diags.error_count(), warnings = diags.warning_count();
  if (errors + warnings > 0) {
    auto plural = [](int n, const char* word) {
      return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    };
    out += plural(errors, "error") + ", " + plural(warnings, "warning") + "\n";
  }
  return out;
}

}  // namespace cp
