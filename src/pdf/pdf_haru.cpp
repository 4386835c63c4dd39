#include "pdf/pdf_haru.h"

#include <hpdf_utils.h>

#include <cstdio>
#include <cstring>
#include <vector>

// libharu copies and fills memory one byte at a time (HPDF_MemCpy and
// HPDF_MemSet, hpdf_utils.c): a fifth of the instructions of a build's PDFs,
// mostly copying font tables and page streams. The library calls both
// through the dynamic linker (its own calls go through its PLT), so these
// definitions in the program take their place for libharu itself. They
// return what libharu's do (the end of what was written), and an overlapping
// copy forwards is still made byte by byte, as libharu's loop makes it.
extern "C" {

HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (out > in && out < in + n) {
    for (HPDF_UINT i = 0; i < n; ++i) out[i] = in[i];
  } else if (n > 0) {
    std::memmove(out, in, n);
  }
  return out + n;
}

void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  if (n > 0) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

}  // extern "C"

namespace cp {

// No memory pool (HPDF_NewEx's mem_pool_buf_size): libharu 2.3 carves its
// pool without aligning what it hands out (HPDF_ALINMENT_SIZ is not set in
// Debian's build), so its objects sat at odd addresses, which UBSan reports
// as undefined behaviour. Each object is malloc'd and freed instead; with
// mimalloc that costs little (docs/performance.md).
HaruDoc::HaruDoc() {
  doc_ = HPDF_NewEx(&HaruDoc::on_error, nullptr, nullptr, 0, this);
  if (!doc_) return;
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
}

HaruDoc::~HaruDoc() {
  if (doc_) HPDF_Free(doc_);
}

void HaruDoc::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  auto* doc = static_cast<HaruDoc*>(self);
  if (doc->error_ == 0) {  // the first error explains the rest
    doc->error_ = error;
    doc->detail_ = detail;
  }
}

std::string HaruDoc::error_text() const {
  if (!doc_) return "libharu could not start (out of memory)";
  char buf[64];
  std::snprintf(buf, sizeof buf, "libharu error 0x%04lX (detail %lu)", static_cast<unsigned long>(error_),
                static_cast<unsigned long>(detail_));
  return buf;
}

void HaruDoc::reset_error() {
  error_ = detail_ = 0;
  if (doc_) HPDF_ResetError(doc_);
}

bool HaruDoc::save(std::string& out) {
  if (failed() || HPDF_SaveToStream(doc_) != HPDF_OK) return false;
  out.clear();
  out.reserve(HPDF_GetStreamSize(doc_));
  std::vector<HPDF_BYTE> buf(65536);
  for (;;) {
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(buf.size());
    HPDF_STATUS status = HPDF_ReadFromStream(doc_, buf.data(), &size);
    out.append(reinterpret_cast<const char*>(buf.data()), size);
    if (status == HPDF_STREAM_EOF) break;
    if (status != HPDF_OK) return false;
  }
  // Reaching the end of the stream is reported as an error too; it is not one.
  reset_error();
  return true;
}

}  // namespace cp
