// `clusterpack check-pdf FILE...`, as the module the command loads: each
// PDF checked, one line per failure on standard output,
//   FILE: page N: Matterhorn XX-YYY: message     (or "FILE: document: …"),
// and a summary on standard error. Returns 0 when every file passes, 1
// when any fails a rule, 2 when a file cannot be read as a PDF (the others
// are still checked).
#include <iostream>

#include "pdfcheck/pdf_check.h"

extern "C" int clusterpack_check_pdf(int count, const char* const* files) {
  int failed = 0, unreadable = 0;
  for (int i = 0; i < count; ++i) {
    const std::string file = files[i];
    cp::PdfCheckReport report = cp::check_pdf_file(file);
    if (!report.error.empty()) {
      std::cerr << "clusterpack: error: " << file << ": cannot be checked: " << report.error
                << "\nhint: check-pdf reads PDF files only, and only undamaged ones (`qpdf --check FILE` says what is wrong)\n";
      ++unreadable;
      continue;
    }
    for (const auto& problem : report.problems) std::cout << cp::format_problem(file, problem) << "\n";
    if (!report.problems.empty()) ++failed;
  }
  std::cout.flush();
  std::cerr << "check-pdf: " << count << (count == 1 ? " file, " : " files, ") << count - failed - unreadable
            << " passed, " << failed << " failed";
  if (unreadable) std::cerr << ", " << unreadable << " could not be read";
  std::cerr << "\n";
  return unreadable ? 2 : failed ? 1 : 0;
}
