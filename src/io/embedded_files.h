#pragma once
// Files built into the binary (see cmake/embed_files.cmake): the default
// theme, so a site or a single cluster file needs nothing else.
#include <cstddef>
#include <string>
#include <vector>

#include "io/file_system.h"

namespace cp {

struct EmbeddedFile {
  const char* path;  // as in the repository: "themes/default/layouts/base.mustache"
  const unsigned char* data;
  size_t size;
};

const std::vector<EmbeddedFile>& embedded_files();

// The parts of the default site built in beside the theme: site.yaml, the
// health boards, the guide and the CND indicator sets. With
// SourceWithDefaults over it, a lone cluster file can be made into PDFs.
MemoryFileSystem builtin_site();

// The source tree, with the built-in copy of a folder (e.g.
// "themes/default") used wherever the source tree does not have that
// folder itself. A site's own copy always wins, whole.
class SourceWithDefaults : public FileSystem {
 public:
  explicit SourceWithDefaults(const FileSystem& source);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>* escaping = nullptr) const override;
  bool is_directory(const std::string& dir) const override;

 private:
  // The embedded folder `path` falls in, when the source lacks that folder.
  bool from_defaults(const std::string& path) const;
  const FileSystem& source_;
  MemoryFileSystem defaults_;
  std::vector<std::string> default_roots_;  // "themes/default", …
};

}  // namespace cp
