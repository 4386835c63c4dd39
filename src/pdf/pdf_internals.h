#pragma once
// What libharu 2.3 has no API for, reached through its internals: with
// pdf_objects.cpp, the only code that uses libharu's internal headers, so
// that a libharu upgrade is checked in two files. read_face_glyphs, for
// pdf_font_subset.h, is here too.
#include <hpdf.h>

#include <string>
#include <vector>

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

// The document information dictionary (the trailer's /Info), made when
// first asked for, as libharu's own HPDF_SetInfoAttr makes it.
HPDF_Dict document_information(HPDF_Doc pdf);

// A TrueType face read for measuring only, into a document that is never
// saved: its advance widths and extents. Null when libharu cannot read it
// (its error is set on the document).
HPDF_FontDef load_face_for_measuring(HPDF_Doc pdf, const std::string& path);
// In thousandths of the type size; the descent is negative, as in the font.
double char_advance(HPDF_FontDef face, char16_t c);
double face_ascent(HPDF_FontDef face);
double face_descent(HPDF_FontDef face);

// Deflates, just before saving, every stream libharu would deflate with
// zlib as it saves (the pages' contents), with libdeflate instead
// (pdf_deflate.h), and marks each as already deflated.
void deflate_streams(HPDF_Doc pdf);

}  // namespace cp
