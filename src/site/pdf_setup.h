#pragma once
// What every PDF of a build shares: the theme's look (pdf.yaml) and its five
// fonts. libharu reads TrueType only from files, so fonts that come from the
// built-in theme (or any non-disk source) are written once to a private
// cache folder, named by their content.
#include <string>

#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "pdf/pdf_document.h"
#include "pdf/pdf_theme.h"

namespace cp {

struct PdfSetup {
  PdfTheme theme;
  PdfFonts fonts;
};

// Reads <theme_dir>/pdf.yaml (optional) and <theme_dir>/fonts/{regular,bold,
// italic,bold-italic,mono}.ttf (required). Reports every problem; false when
// PDFs cannot be made.
bool load_pdf_setup(const FileSystem& fs, const std::string& theme_dir, Diagnostics& diags, SourceRegistry& sources,
                    PdfSetup& out);

}  // namespace cp
