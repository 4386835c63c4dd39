#pragma once
// `clusterpack check-pdf`: a PDF checked against the machine-checkable
// PDF/UA-1 rules that clusterpack's PDFs must meet, each named by its
// Matterhorn Protocol failure condition (matterhorn.h). Read with qpdf.
#include <string>
#include <vector>

#include "pdfcheck/matterhorn.h"

namespace cp {

struct PdfCheckReport {
  std::string error;  // the file could not be read as a PDF (then no problems are listed)
  std::vector<PdfProblem> problems;  // file-level ones first, then by page
};

PdfCheckReport check_pdf_file(const std::string& path);
// The same for a PDF in memory; `name` is used in qpdf's messages.
PdfCheckReport check_pdf_bytes(const std::string& bytes, const std::string& name);

}  // namespace cp
