#pragma once
// Caching, as a strategy around making. A site is rendered a unit at a time
// (site/render_units.h): a cluster's documents, PDFs and pages, or a small
// group of other pages. A strategy may give a unit, or the PDF of one of
// its pages, from what it kept instead of making it:
//   - NoCache (below): everything is made;
//   - the disk build cache (site/build_cache.h): a cluster's whole unit,
//     and the guide's PDF, kept between builds;
//   - serve's PDFs in memory (serve/live_pdfs.h): each PDF made when it is
//     first asked for, then kept until its page is rendered again.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pages/page_plan.h"
#include "diag/diagnostic.h"
#include "pages/page_data.h"

namespace cp {

// What is rendered together: a cluster's page and its documents' pages,
// after its documents (freed with the unit), or a group of other pages.
struct Unit {
  const Cluster* cluster = nullptr;  // its documents are rendered first
  std::vector<const Page*> pages;    // in plan order
};

// A file a cache kept: where it goes below the output root, the cached file
// that holds it (hard-linked into the output), and its size.
struct LinkedFile {
  std::string path;
  std::string cached;
  size_t bytes = 0;
};

// A unit's files and messages, made or taken from a cache.
struct MadeUnit {
  Diagnostics diags;
  std::vector<std::pair<std::string, std::string>> files;  // made: output path, bytes
  std::vector<LinkedFile> linked;                          // or kept by the cache
  PdfIndex pdfs;                                           // the PDFs its pages link
  int pdfs_from_cache = 0;
  int pages_from_cache = 0;
};

class UnitCache {
 public:
  using MakeUnit = std::function<MadeUnit()>;
  using MakePdf = std::function<std::optional<std::string>(Diagnostics& diags)>;
  virtual ~UnitCache() = default;
  // `unit`'s files: made by `make`, or taken from the cache.
  virtual MadeUnit unit(const Unit& unit, const MakeUnit& make) = 0;
  // The PDF of `page`, which goes to `output_path` ("en/guide/guide-en.pdf"):
  // made by `make` (its messages in `diags`), or taken from the cache, and
  // `from_cache` set. Called from several threads at once in a build.
  virtual std::optional<std::string> pdf(const Page& page, const std::string& output_path, const MakePdf& make,
                                         Diagnostics& diags, bool& from_cache) = 0;
};

// Makes everything (`--no-cache`, `check`).
class NoCache final : public UnitCache {
 public:
  MadeUnit unit(const Unit&, const MakeUnit& make) override { return make(); }
  std::optional<std::string> pdf(const Page&, const std::string&, const MakePdf& make, Diagnostics& diags,
                                 bool&) override {
    return make(diags);
  }
};

}  // namespace cp
