#pragma once
// PDFs edited with qpdf for the check-pdf tests (pdf_check_test.cpp,
// pdf_metadata_test.cpp): good ones broken one rule at a time, as a careless
// producer (or a later change to src/pdf/) would leave them.
//
// Apart from the tests, and without a qpdf type in this header, because
// qpdf 11.3's headers (Debian 12) do not compile as C++20 under clang 14,
// which the sanitizer build uses: JSON.hh destroys a std::vector of a type
// not yet complete, and C++20 makes vector's destructor constexpr
// (qpdf/qpdf#942, fixed in qpdf 11.4). The target built from these files
// is C++17 (tests/CMakeLists.txt), as the check-pdf module is.
#include <set>
#include <string>
#include <vector>

namespace cp::test {

// The PDFs the edits start from: a pack (cover, contents with links and an
// outline, lists, tables with header cells, a Figure), a paragraph with a
// link and no outline, and a bare paragraph.
struct GoodPdfs {
  std::string full, plain, bare;
};

struct BrokenPdf {
  std::string what;
  std::string bytes;
  std::set<std::string> fails;  // exactly these Matterhorn conditions
};

// One file per broken rule (some rules broken more than one way).
std::vector<BrokenPdf> broken_pdfs(const GoodPdfs& good);

// `full` with its first P retyped /Para and a /RoleMap mapping /Para to /P.
std::string with_paragraph_role_mapped(const std::string& full);

// `full` without its /Metadata and without its first Figure's /Alt.
std::string without_metadata_and_figure_alt(const std::string& full);

// The catalog's /Metadata as stored.
struct MetadataStream {
  bool is_stream = false;
  std::string type, subtype;  // "/Metadata", "/XML"
  bool filtered = false;      // has a /Filter
  std::string raw;            // the stream's bytes, not decoded
};
MetadataStream metadata_stream_of(const std::string& pdf);

}  // namespace cp::test
