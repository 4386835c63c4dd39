// libFuzzer target: any bytes as a PDF through `check-pdf` (qpdf reads it;
// the structure tree, content streams, annotations and XMP are walked).
// A file that cannot be read is an error, never a crash, and an error
// comes without problems.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pdfcheck/pdf_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  cp::PdfCheckReport report = cp::check_pdf_bytes(bytes, "fuzz.pdf");
  if (!report.error.empty() && !report.problems.empty()) __builtin_trap();
  for (const auto& problem : report.problems) (void)cp::format_problem("fuzz.pdf", problem);
  return 0;
}
