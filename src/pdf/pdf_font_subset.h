#pragma once
// A TrueType face cut down to the characters a PDF shows, as the PDF's
// font objects carry it: the glyph program, the widths, the code-to-glyph
// map and the ToUnicode CMap. Most PDFs of a build show the same groups of
// characters of a face (pdf_fonts.cpp rounds them up), so a subset is made
// once per process and shared by every PDF that shows those characters;
// libharu parsed the font file, walked all 65,536 codes and cut and
// deflated the glyphs again for every one of them. No libharu types here.
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cp {

struct FontSubset {
  std::string base_font;  // "ABCDEF+DejaVuSans,Book": the subset tag, then the face's name
  // The font descriptor's numbers, in thousandths of the type size.
  int ascent = 0, descent = 0, flags = 0, italic_angle = 0, stem_v = 0, x_height = 0;
  int bbox[4] = {0, 0, 0, 0};
  int default_width = 0;  // /DW: the width of a code the widths do not list
  std::vector<std::pair<char16_t, int>> widths;  // each code shown and its width (the codes are the characters)
  std::string program;     // the glyph program (FontFile2), deflated
  long program_length = 0;  // its length before deflating (/Length1)
  std::string glyph_map;    // /CIDToGIDMap, deflated
  std::string to_unicode;   // the ToUnicode CMap, deflated
};

// The subset of the font file at `path` for `characters` (sorted, unique),
// made once per process for each file (by its identity on disk: path,
// inode, size and modification time) and set of characters. Null with
// `error` set when libharu cannot read the file.
std::shared_ptr<const FontSubset> font_subset(const std::string& path, const std::vector<char16_t>& characters,
                                              std::string& error);

// What the subset is made from, read from the font file by libharu
// (pdf_internals.cpp): everything but the maps, which are made from it.
struct FaceGlyphs {
  FontSubset subset;                // without glyph_map and to_unicode
  std::vector<unsigned> glyph_ids;  // by position in `characters`
};
bool read_face_glyphs(const std::string& path, const std::vector<char16_t>& characters, FaceGlyphs& out,
                      std::string& error);

// The identity ToUnicode CMap (each code is its own UTF-16 value) for the
// rows of 256 codes that hold `characters`.
std::string identity_to_unicode_cmap(const std::vector<char16_t>& characters);

}  // namespace cp
