#pragma once
// The document's XMP metadata packet (ISO 16684-1), which PDF/UA-1 asks for
// in the catalog's /Metadata: its title (dc:title), and the pdfuaid:part
// identifier with the extension schema that describes it, so that a
// checker knows the file claims PDF/UA-1. It says what the document
// information dictionary says (title, author, subject, producer, creator,
// dates), and nothing that changes from one run to the next: dates come
// only from SOURCE_DATE_EPOCH, as the information dictionary's do.
#include <string>

#include "pdf/pdf_document.h"

namespace cp {

std::string xmp_packet(const PdfMeta& meta);

// The Creator of the document information and xmp:CreatorTool.
std::string pdf_creator();

}  // namespace cp
