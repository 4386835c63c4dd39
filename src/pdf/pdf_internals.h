#pragma once
// What libharu 2.3 has no API for, reached through its dictionary API. All
// use of libharu's internal headers stays in pdf_internals.cpp, so that a
// libharu upgrade (or the tagged-PDF structure tree, which will be built
// the same way) touches one file.
#include <hpdf.h>

#include <string>

namespace cp {

// PDF 1.7: /Lang and /DisplayDocTitle need 1.4; the tagged-PDF work
// targets PDF/UA, which is built on 1.7.
void set_pdf_version_17(HPDF_Doc pdf);

// The catalog's /Lang ("en-GB", "cy"): screen readers pick their voice
// from it, and Welsh read with an English voice is unintelligible.
void set_document_language(HPDF_Doc pdf, const std::string& lang);

// /ViewerPreferences << /DisplayDocTitle true >>: the window shows the
// document's title, not its file name.
void set_display_doc_title(HPDF_Doc pdf);

// libharu 2.3 gives a TrueType font loaded for "UTF-8" a copy of its
// encoding CMap as /ToUnicode, which uses cidrange operators that a
// ToUnicode CMap may not contain (poppler warns and guesses; other readers
// lose the text). The codes are the characters' own UTF-16 values, so the
// correct CMap is the identity: this writes it.
void repair_to_unicode(HPDF_Font font);

}  // namespace cp
