#pragma once
// Reads a YAML file from the source tree, registers its text for error
// display and parses it strictly. Reports a missing or empty file.
#include <string>

#include "data/yaml_tree.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

bool load_yaml_file(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root);

// The same for text already read (e.g. from a file given on the command line).
bool load_yaml_text(const std::string& path, std::string text, Diagnostics& diags, SourceRegistry& sources,
                    YamlNode& root);

}  // namespace cp
