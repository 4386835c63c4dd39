#include "pdf/pdf_deflate.h"

#include <libdeflate.h>

#include <memory>
#include <stdexcept>

namespace cp {

std::string deflate_bytes(std::string_view data) {
  struct Free {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
  };
  thread_local std::unique_ptr<libdeflate_compressor, Free> compressor(libdeflate_alloc_compressor(6));
  if (!compressor) throw std::bad_alloc();
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
  size_t size = libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), out.size());
  // The bound is the worst case, so compression cannot run out of room.
  if (size == 0) throw std::logic_error("libdeflate: output larger than its own bound");
  out.resize(size);
  return out;
}

}  // namespace cp
