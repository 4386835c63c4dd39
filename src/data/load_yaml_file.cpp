#include "data/load_yaml_file.h"

namespace cp {

constexpr size_t kMaxDataFileBytes = 8 * 1024 * 1024;

namespace {

// A UTF-8 byte order mark is accepted and dropped.
void drop_byte_order_mark(std::string& text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
}

}  // namespace

bool load_yaml_text(const std::string& path, std::string text, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root, SourceRegistry::Reader read_again) {
  if (text.size() > kMaxDataFileBytes) {
    diags.error({path, 0, 0}, "the file is larger than 8 MB (" + std::to_string(text.size()) + " bytes)",
                "a data file this large is almost certainly a mistake");
    return false;
  }
  drop_byte_order_mark(text);
  if (read_again)
    sources.add_file(path, text, std::move(read_again));
  else
    sources.add(path, text);
  if (!parse_yaml(path, text, root, diags)) return false;
  if (root.is_null()) {
    diags.error({path, 1, 1}, "the file is empty", "see docs/data-reference.md for what it must contain");
    return false;
  }
  return true;
}

bool load_yaml_file(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root, bool hold_text) {
  auto text = fs.read(path);
  if (!text) {
    diags.error({path, 0, 0}, "file not found", "every site needs " + path);
    return false;
  }
  SourceRegistry::Reader read_again;
  if (!hold_text)
    read_again = [&fs, path]() -> std::optional<std::string> {
      auto again = fs.read(path);
      if (again) drop_byte_order_mark(*again);
      return again;
    };
  return load_yaml_text(path, std::move(*text), diags, sources, root, std::move(read_again));
}

}  // namespace cp
