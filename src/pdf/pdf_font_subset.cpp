#include "pdf/pdf_font_subset.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>

#include "pdf/pdf_deflate.h"

namespace cp {

namespace {

// The file as it is on disk now: an edited font (in `serve`, a theme's
// font replaced) is another key. Empty when the file cannot be read.
std::string file_identity(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return {};
  char buf[160];
  std::snprintf(buf, sizeof buf, "%llu:%llu:%lld:%lld.%09ld", static_cast<unsigned long long>(st.st_dev),
                static_cast<unsigned long long>(st.st_ino), static_cast<long long>(st.st_size),
                static_cast<long long>(st.st_mtim.tv_sec), st.st_mtim.tv_nsec);
  return path + '\0' + buf;
}

// Two bytes per code, from code 0 to the highest shown: the glyph of each
// shown code, 0 (no glyph) for the rest.
std::string glyph_map(const std::vector<char16_t>& characters, const std::vector<unsigned>& glyph_ids) {
  std::string map(characters.empty() ? 0 : 2 * (static_cast<size_t>(characters.back()) + 1), '\0');
  for (size_t k = 0; k < characters.size(); ++k) {
    map[2 * characters[k]] = static_cast<char>(glyph_ids[k] >> 8);
    map[2 * characters[k] + 1] = static_cast<char>(glyph_ids[k] & 0xFF);
  }
  return map;
}

std::shared_ptr<const FontSubset> make_subset(const std::string& path, const std::vector<char16_t>& characters,
                                              std::string& error) {
  FaceGlyphs read;
  if (!read_face_glyphs(path, characters, read, error)) return nullptr;
  auto subset = std::make_shared<FontSubset>(std::move(read.subset));
  subset->glyph_map = deflate_bytes(glyph_map(characters, read.glyph_ids), DeflateLevel::once_per_process);
  subset->to_unicode = deflate_bytes(identity_to_unicode_cmap(characters), DeflateLevel::once_per_process);
  return subset;
}

}  // namespace

std::string identity_to_unicode_cmap(const std::vector<char16_t>& characters) {
  // A bfrange may only vary its last byte, and a block holds at most 100 entries.
  std::vector<int> rows;
  for (char16_t c : characters)
    if (rows.empty() || rows.back() != c >> 8) rows.push_back(c >> 8);
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[40];
  for (size_t block = 0; block < rows.size(); block += 100) {
    size_t count = std::min<size_t>(100, rows.size() - block);
    out += std::to_string(count) + " beginbfrange\n";
    for (size_t k = block; k < block + count; ++k) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", rows[k], rows[k], rows[k]);
      out += line;
    }
    out += "endbfrange\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

std::shared_ptr<const FontSubset> font_subset(const std::string& path, const std::vector<char16_t>& characters,
                                              std::string& error) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const FontSubset>> subsets;
  std::string key = file_identity(path);
  if (key.empty()) {
    error = "cannot read the font file";
    return nullptr;
  }
  key.append(reinterpret_cast<const char*>(characters.data()), characters.size() * sizeof(char16_t));
  {
    std::lock_guard lock(mutex);
    auto found = subsets.find(key);
    if (found != subsets.end()) return found->second;
  }
  // Made outside the lock: two threads may make the same subset at once,
  // and make the same bytes; the first one kept is used.
  auto made = make_subset(path, characters, error);
  if (!made) return nullptr;
  std::lock_guard lock(mutex);
  if (subsets.size() >= 512) subsets.clear();  // a long `serve` session: bounded
  return subsets.emplace(std::move(key), made).first->second;
}

}  // namespace cp
