#pragma once
// What libharu 2.3 has no API for, reached through its dictionary API. All
// use of libharu's internal headers stays in pdf_internals.cpp, so that a
// libharu upgrade (or the tagged-PDF structure tree, which will be built
// the same way) touches one file.
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

// libharu 2.3 gives a TrueType font loaded for "UTF-8" a copy of its
// encoding CMap as /ToUnicode, which uses cidrange operators that a
// ToUnicode CMap may not contain (poppler warns and guesses; other readers
// lose the text). The codes are the characters' own UTF-16 values, so the
// correct CMap is the identity: this writes it, for the rows of 256 codes
// that hold the font's `characters` (sorted).
void repair_to_unicode(HPDF_Font font, const std::vector<char16_t>& characters);

// HPDF_GetFont(pdf, font_name, "UTF-8") for a TrueType font that will show
// only `characters` (sorted, unique, none beyond U+FFFF). Given the "UTF-8"
// encoder, libharu 2.3 looks up the glyph of every one of the 65,536
// codes, then writes a width table and a code-to-glyph map up to U+FFFF
// (128 KB, deflated at save): most of a small PDF's time. Shown the
// characters through the encoder's code table instead, it builds both for
// those characters alone. Codes and text are unchanged: the text is still
// written as UTF-16 codes, and each code still maps to its own glyph.
HPDF_Font get_utf8_font_for(HPDF_Doc pdf, const char* font_name, const std::vector<char16_t>& characters);

// Marks `characters`' glyphs as used by `font`, as drawing text does: only
// the glyphs marked by the time the document is saved are embedded.
void mark_glyphs_used(HPDF_Font font, const std::vector<char16_t>& characters);

// Embeds the program of `font` (its marked glyphs) now rather than when the
// document is saved. libharu cuts the glyphs out of the font file and
// deflates them again for every PDF, with a byte-at-a-time reader: a third
// of what a short PDF costs. The same face with the same glyphs gives the
// same bytes, so they are kept, deflated, for the life of the process (and
// shared between threads) and written as libharu would write them. Returns
// false when libharu fails (its error is set on the document).
bool embed_font_program(HPDF_Doc pdf, HPDF_Font font);

// Deflates, just before saving, every stream libharu would deflate with
// zlib as it saves, with libdeflate instead (pdf_deflate.h), and marks
// each as already deflated. The fonts' glyph maps and CMaps, the same in
// most documents, are deflated once per process and kept by their bytes;
// the rest (the pages) for each document.
void deflate_streams(HPDF_Doc pdf);

}  // namespace cp
