#pragma once
// The PDF/UA-1 checks, by the part of the file they read. Each adds what
// it finds to `out`; pdf_check.cpp runs them all.
#include <vector>

#include "pdfcheck/matterhorn.h"
#include "pdfcheck/tagged_pdf.h"

namespace cp {

// The catalog and the metadata: 01-007, 06-001…003, 07-001/002, 11-003, 11-006.
void check_document(const TaggedPdf& pdf, std::vector<PdfProblem>& out);
// The structure tree: 02-001/003/004, 09-004…006, 11-002, 13-004, 15-003.
void check_structure(const TaggedPdf& pdf, std::vector<PdfProblem>& out);
// The page content streams: 01-003…005, 11-001.
void check_content(const TaggedPdf& pdf, std::vector<PdfProblem>& out);
// The annotations: 11-004, 28-008, 28-009, 28-011, 28-012.
void check_annotations(const TaggedPdf& pdf, std::vector<PdfProblem>& out);

}  // namespace cp
