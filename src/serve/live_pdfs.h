#pragma once
// serve's PDFs: the caching strategy (site/unit_cache.h) of the live
// preview. Pages link their PDFs at the build's URLs; a PDF is made only
// when it is asked for, then kept in memory until its page is rendered
// again. One entry per linked PDF, by its output path: the page that links
// it and, once made, its bytes.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "data/language.h"
#include "site/unit_cache.h"

namespace cp {

class LivePdfs final : public UnitCache {
 public:
  using PageId = std::pair<std::string, Language>;  // (page key, language)

  // Units are always made: serve keeps the pages itself.
  MadeUnit unit(const Unit&, const MakeUnit& make) override { return make(); }
  // The kept PDF, or made now and kept when it was made without errors.
  std::optional<std::string> pdf(const Page& page, const std::string& output_path, const MakePdf& make,
                                 Diagnostics& diags, bool& from_cache) override;

  // The page that links a PDF at `output_path`; null when none does.
  const PageId* page_of(const std::string& output_path) const;
  // The PDF at `output_path`, when it was made and is kept.
  const std::string* kept(const std::string& output_path) const;
  size_t kept_count() const { return kept_count_; }

  // `page` links a PDF at `output_path`, to be made again when asked for.
  // True when a copy made before was dropped.
  bool link(const std::string& output_path, const PageId& page);
  // No page links `output_path` any more. True when a copy made before was dropped.
  bool unlink(const std::string& output_path);
  // Unlinks every PDF; calls `dropped` with each whose copy was dropped.
  void unlink_all(const std::function<void(const std::string& output_path)>& dropped);

 private:
  struct Entry {
    PageId page;
    std::optional<std::string> bytes;
  };
  std::map<std::string, Entry> entries_;
  size_t kept_count_ = 0;
};

}  // namespace cp
