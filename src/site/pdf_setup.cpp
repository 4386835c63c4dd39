#include "site/pdf_setup.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace cp {

namespace {

// FNV-1a: enough to tell font files apart in the cache folder's names.
uint64_t content_hash(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The cache folder: per user, so that one user's files are never trusted by
// another's build.
std::filesystem::path cache_dir() {
  const char* tmp = std::getenv("TMPDIR");
  std::filesystem::path base = tmp && *tmp ? tmp : "/tmp";
  return base / ("clusterpack-fonts-" + std::to_string(getuid()));
}

// Writes `bytes` to the cache under a name made from their hash, unless a
// file of that name and size is already there; returns its path.
std::optional<std::string> cached_font_file(const std::string& bytes, std::string& problem) {
  std::error_code ec;
  auto dir = cache_dir();
  std::filesystem::create_directories(dir, ec);
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
  // Only a real folder of this user's, closed to everyone else: in a shared
  // /tmp another user could make the folder first (or a symlink by its name)
  // and swap a font between the check below and libharu reading it.
  struct stat st {};
  if (lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid() ||
      (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    problem = "the font cache " + dir.string() + " is not a folder private to this user";
    return std::nullopt;
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.ttf", static_cast<unsigned long long>(content_hash(bytes)));
  auto path = dir / name;
  // Reused only when its bytes are exactly these: a stale or tampered file
  // is replaced, never trusted.
  if (std::ifstream in{path, std::ios::binary}) {
    std::string existing((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (existing == bytes) return path.string();
  }
  // Written beside, then renamed: a build running at the same time never
  // sees half a font.
  auto partial = dir / (std::string(name) + "." + std::to_string(getpid()) + ".part");
  {
    std::ofstream f(partial, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      problem = "cannot write the font cache in " + dir.string();
      return std::nullopt;
    }
  }
  std::filesystem::rename(partial, path, ec);
  if (ec) {
    problem = "cannot write the font cache in " + dir.string() + ": " + ec.message();
    return std::nullopt;
  }
  return path.string();
}

// A TrueType file starts with its version: 0x00010000, or 'true' (Apple).
bool is_truetype(const std::string& bytes) {
  return bytes.size() >= 12 && (bytes.compare(0, 4, std::string("\0\1\0\0", 4)) == 0 || bytes.compare(0, 4, "true") == 0);
}

}  // namespace

bool load_pdf_setup(const FileSystem& fs, const std::string& theme_dir, Diagnostics& diags, SourceRegistry& sources,
                    PdfSetup& out) {
  int before = diags.error_count();
  const std::string theme_file = theme_dir + "/pdf.yaml";
  if (fs.read(theme_file)) load_pdf_theme(fs, theme_file, diags, sources, out.theme);

  struct Face {
    const char* file;
    std::string PdfFonts::*path;
  };
  const Face faces[] = {{"regular.ttf", &PdfFonts::regular},
                        {"bold.ttf", &PdfFonts::bold},
                        {"italic.ttf", &PdfFonts::italic},
                        {"bold-italic.ttf", &PdfFonts::bold_italic},
                        {"mono.ttf", &PdfFonts::mono}};
  for (const auto& face : faces) {
    const std::string path = theme_dir + "/fonts/" + face.file;
    auto bytes = fs.read(path);
    if (!bytes) {
      diags.error({path, 0, 0}, "the font '" + path + "' is missing",
                  "every theme needs the five faces regular, bold, italic, bold-italic and mono as TrueType files "
                  "in its fonts/ folder; copy them from the default theme");
      continue;
    }
    // libharu reads TrueType outlines only; anything else would fail later
    // with an error naming the cache file rather than this one.
    if (!is_truetype(*bytes)) {
      diags.error({path, 0, 0}, "the font '" + path + "' is not a TrueType font",
                  "use a TrueType (.ttf) file; OpenType fonts with PostScript outlines (.otf) and font collections "
                  "(.ttc) cannot be embedded");
      continue;
    }
    std::string problem;
    if (auto file = cached_font_file(*bytes, problem))
      out.fonts.*face.path = *file;
    else
      diags.error({path, 0, 0}, problem, "set TMPDIR to a folder you can write to");
  }
  return diags.error_count() == before;
}

}  // namespace cp
