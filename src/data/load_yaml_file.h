#pragma once
// Reads a YAML file from the source tree, registers its text for error
// display and parses it strictly. Reports a missing or empty file.
#include <string>

#include "data/yaml_tree.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

// With `hold_text` false, `sources` keeps a way to read the file again
// through `fs` rather than its text (the clusters' files: there are
// thousands); `fs` must then outlive `sources`.
bool load_yaml_file(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root, bool hold_text = true);

// The same for text already read (e.g. from a file given on the command
// line). `read_again`, when given, is registered instead of the text.
bool load_yaml_text(const std::string& path, std::string text, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root, SourceRegistry::Reader read_again = nullptr);

}  // namespace cp
