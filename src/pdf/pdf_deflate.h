#pragma once
// Deflate (RFC 1951 in the zlib wrapper of RFC 1950, as /FlateDecode
// wants) with libdeflate: no per-stream set-up (zlib allocates and clears a
// quarter of a megabyte for each stream it deflates; a libdeflate
// compressor is made once per thread and level). The output is a pure
// function of the input and the level, so PDFs stay byte-identical from
// run to run and whatever --jobs is.
#include <string>
#include <string_view>

namespace cp {

enum class DeflateLevel {
  // Each document's own streams (its pages), deflated for every PDF: level
  // 1. On the default site's page streams it takes 57 % of level 6's time
  // for 6 % more deflated bytes, under 2 % of a PDF (docs/performance.md).
  each_document,
  // What a process makes once and every PDF then carries (font programs,
  // glyph maps, ToUnicode CMaps): level 12, libdeflate's smallest, whose
  // cost is paid once whatever the number of PDFs.
  once_per_process,
};

std::string deflate_bytes(std::string_view data, DeflateLevel level);

}  // namespace cp
