#pragma once
// The PDFs of a build: for every cluster and language one PDF per document
// and one pack (cover, contents, every document); the guide as one PDF per
// language. They come from the same document trees as the HTML pages.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "documents/generate.h"
#include "pages/page_plan.h"
#include "pages/site_view.h"
#include "site/pdf_setup.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

// One document of a cluster, alone ("terms-of-reference", "sbar/<id>").
std::optional<std::string> document_pdf(const SiteInputs& in, const PdfSetup& setup, const Cluster& cluster,
                                        const GeneratedDocument& doc, Language lang, Diagnostics& diags);

// A cluster's pack: a cover, a table of contents, then `docs` in order.
std::optional<std::string> pack_pdf(const SiteInputs& in, const PdfSetup& setup, const Cluster& cluster,
                                    const std::vector<const GeneratedDocument*>& docs, Language lang,
                                    Diagnostics& diags);

// A cluster's documents in the order of its page and pack.
std::vector<const GeneratedDocument*> pack_order(const std::vector<const GeneratedDocument*>& docs);

// `clusterpack pdf`: the document `doc_id` of one cluster ("terms-of-reference",
// "sbar/<id>", "pack"), in `lang`. An id the cluster has no document for is
// reported with the ids it has.
std::optional<std::string> cluster_document_pdf(const SiteInputs& in, const Cluster& cluster,
                                                const std::string& doc_id, Language lang,
                                                const std::string& cluster_file, Diagnostics& diags);

// The PDF each page has, and how to make it. A build makes them a cluster
// at a time (site/render_units.h); the live preview (`serve`) makes one
// when it is asked for. Holds references: `in`, `plan`, `documents` and
// `setup` must outlive it.
class SitePdfs {
 public:
  SitePdfs(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents, const PdfSetup& setup);
  // Where the PDF of `page` goes, below its language root
  // ("clusters/powys/north/north-pack-en.pdf"); empty when the page has none.
  std::string url(const Page& page) const;
  // Makes the PDF of `page`, a page whose url() is not empty. A cluster's
  // page or document needs `docs`, that cluster's documents, rendered.
  std::optional<std::string> render(const Page& page, const ClusterDocuments* docs, Diagnostics& diags) const;

 private:
  const SiteInputs& in_;
  const PagePlan& plan_;
  const SiteDocuments& documents_;
  const PdfSetup& setup_;
};

}  // namespace cp
