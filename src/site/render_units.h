#pragma once
// The site's pages and PDFs, made a unit at a time. A unit is one cluster
// (its documents rendered, then its PDFs, then its pages, then all of it
// freed) or a small group of other pages (the guide's front page with the
// guide's PDF). Units run on `jobs` threads and are handed over in a fixed
// order, so the files and messages are the same for any number of jobs, and
// memory holds only the few units in flight, however many clusters the
// site has.
#include <functional>
#include <string>

#include "diag/diagnostic.h"
#include "pages/page_plan.h"
#include "pages/site_view.h"
#include "site/build_cache.h"
#include "site/pdf_setup.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

enum class PdfLinks {
  None,      // no PDFs, no links (a check)
  Make,      // make every PDF and link it with its size (a build)
  LinkOnly,  // link every PDF, size unknown; it is made when asked for (serve)
};

// Puts a file of the build cache at an output path (a hard link).
using FileLinker = std::function<void(const std::string& path, const std::string& cached_file)>;

struct RenderUnitsOptions {
  PageFilter wanted;  // the pages to render; all when empty
  PdfLinks pdfs = PdfLinks::None;
  // Fingerprinted for this build; with PdfLinks::Make. A cluster whose unit
  // is in it is not made again: its files are linked with `link`.
  BuildCache* cache = nullptr;
  FileLinker link;
  int jobs = 1;
  // The sink and the linker may be called from any of the threads, at once
  // (each file is then written by the thread that made it); otherwise they
  // are called on the calling thread, in unit order.
  bool sink_on_any_thread = false;
  // What the pages share, when the caller keeps it between calls with the
  // same plan (serve); made here otherwise.
  const PageContext* context = nullptr;
};

struct RenderedUnits {
  PdfIndex pdfs;             // every PDF linked: page → PDF
  int pdfs_from_cache = 0;   // of them, taken from the cache
  int pages_from_cache = 0;
};

// Renders the pages `options.wanted` accepts and, as asked, their PDFs;
// hands each file to `sink`. A cluster whose
// documents have errors gets no PDFs; its pages are still rendered, for
// their messages.
RenderedUnits render_units(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents,
                      const RenderUnitsOptions& options, Diagnostics& diags, const FileSink& sink);

}  // namespace cp
