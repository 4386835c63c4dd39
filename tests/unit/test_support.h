#pragma once
// What several test files share: running a command for its output (the
// PDF tests read their PDFs back with poppler and qpdf), the fonts every
// PDF is made with, and the fixture cluster's generated documents.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "documents/generate.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "pdf/pdf_document.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp::test {

// Runs a shell command; its standard output, and its exit status in `status`.
inline std::string run_command(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int rc = pclose(pipe);
  if (status) *status = rc;
  return out;
}

// The default theme's fonts, as builds embed them.
inline PdfFonts theme_fonts() {
  const std::string dir = std::string(CLUSTERPACK_TEST_SITES) + "/../../themes/default/fonts/";
  return {dir + "regular.ttf", dir + "bold.ttf", dir + "italic.ttf", dir + "bold-italic.ttf", dir + "mono.ttf"};
}

// The document information and furniture of a test PDF in English.
inline PdfMeta pdf_meta(const std::string& title, const std::string& author) {
  PdfMeta m;
  m.title = title;
  m.subject = "Cluster governance";
  m.author = author;
  m.lang = "en-GB";
  m.header_left = title;
  m.header_right = "Test Cluster";
  m.page_label = "Page {n} of {total}";
  m.contents_title = "Contents";
  return m;
}

// tests/sites/documents: one cluster with every document, generated as a
// build on 23 November 2026 would.
struct DocumentsFixture {
  DiskFileSystem disk{std::string(CLUSTERPACK_TEST_SITES) + "/documents"};
  SourceWithDefaults fs{disk};
  Diagnostics diags;
  SourceRegistry sources;
  SiteInputs in;
  std::vector<GeneratedDocument> generated;
  size_t index = 0;  // of the cluster in in.clusters
  // `id`: test-cluster (every document), or two-bodies (the governance
  // records: bodies, delegation, interests, meetings).
  explicit DocumentsFixture(const std::string& id = "test-cluster") {
    load_site_inputs(fs, diags, sources, in);
    in.today = {2026, 11, 23};
    while (index < in.clusters.size() && in.clusters[index].id != id) ++index;
    REQUIRE(index < in.clusters.size());
    generated = generate_documents(generate_inputs(in, in.clusters.at(index)), diags);
  }
  const Cluster& cluster() const { return in.clusters.at(index); }
  const GeneratedDocument& doc(const std::string& id) const {
    for (const auto& d : generated)
      if (d.id == id) return d;
    FAIL("no document " << id);
    return generated.front();
  }
  const DocNode& tree(const std::string& id, Language lang) const { return doc(id).trees.at(lang); }
};

}  // namespace cp::test
