#include "pdf/pdf_deflate.h"

#include <libdeflate.h>

#include <memory>
#include <stdexcept>

namespace cp {

namespace {

struct FreeCompressor {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, FreeCompressor>;

libdeflate_compressor* compressor_for(DeflateLevel level) {
  thread_local Compressor fast(libdeflate_alloc_compressor(1));
  thread_local Compressor small(libdeflate_alloc_compressor(12));
  libdeflate_compressor* c = level == DeflateLevel::each_document ? fast.get() : small.get();
  if (!c) throw std::bad_alloc();
  return c;
}

}  // namespace

std::string deflate_bytes(std::string_view data, DeflateLevel level) {
  libdeflate_compressor* compressor = compressor_for(level);
  std::string out(libdeflate_zlib_compress_bound(compressor, data.size()), '\0');
  size_t size = libdeflate_zlib_compress(compressor, data.data(), data.size(), out.data(), out.size());
  // The bound is the worst case, so compression cannot run out of room.
  if (size == 0) throw std::logic_error("libdeflate: output larger than its own bound");
  out.resize(size);
  return out;
}

}  // namespace cp
