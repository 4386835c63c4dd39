// `clusterpack check-pdf FILE...`: each PDF checked against the PDF/UA-1
// rules of src/pdfcheck/, one line per failure:
//   FILE: page N: Matterhorn XX-YYY: message     (or "FILE: document: …")
// Exit 0 when every file passes, 1 when any fails a rule, 2 when a file
// cannot be read as a PDF (the others are still checked).
#include <iostream>

#include "cli/commands.h"
#include "pdfcheck/pdf_check.h"

namespace cp {

int run_check_pdf(const std::vector<std::string>& files) {
  int failed = 0, unreadable = 0;
  for (const auto& file : files) {
    PdfCheckReport report = check_pdf_file(file);
    if (!report.error.empty()) {
      std::cerr << "clusterpack: error: " << file << ": cannot be checked: " << report.error << "\n";
      ++unreadable;
      continue;
    }
    for (const auto& problem : report.problems) std::cout << format_problem(file, problem) << "\n";
    if (!report.problems.empty()) ++failed;
  }
  std::cout.flush();
  std::cerr << "check-pdf: " << files.size() << (files.size() == 1 ? " file, " : " files, ")
            << files.size() - static_cast<size_t>(failed + unreadable) << " passed, " << failed << " failed";
  if (unreadable) std::cerr << ", " << unreadable << " could not be read";
  std::cerr << "\n";
  return unreadable ? 2 : failed ? 1 : 0;
}

}  // namespace cp
