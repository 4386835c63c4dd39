#include "pdfcheck/pdf_check.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>

#include <algorithm>
#include <functional>

#include "pdfcheck/checks.h"

namespace cp {

namespace {

PdfCheckReport check(const std::function<void(QPDF&)>& open) {
  PdfCheckReport report;
  try {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);  // a damaged file is reported once, below, not on stderr
    open(qpdf);
    TaggedPdf pdf(qpdf);
    check_document(pdf, report.problems);
    check_structure(pdf, report.problems);
    check_content(pdf, report.problems);
    check_annotations(pdf, report.problems);
    if (qpdf.anyWarnings()) {
      auto warnings = qpdf.getWarnings();
      report.error = std::string("the file is damaged (qpdf had to repair it: ") + warnings.front().what() + ")";
      report.problems.clear();
    }
  } catch (const std::exception& e) {
    report.error = e.what();
    report.problems.clear();
  }
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const PdfProblem& a, const PdfProblem& b) { return a.page < b.page; });
  return report;
}

}  // namespace

PdfCheckReport check_pdf_file(const std::string& path) {
  return check([&](QPDF& qpdf) { qpdf.processFile(path.c_str()); });
}

PdfCheckReport check_pdf_bytes(const std::string& bytes, const std::string& name) {
  return check([&](QPDF& qpdf) { qpdf.processMemoryFile(name.c_str(), bytes.data(), bytes.size()); });
}

}  // namespace cp
