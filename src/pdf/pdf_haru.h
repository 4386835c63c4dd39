#pragma once
// A libharu document set up the one way clusterpack uses it: errors are
// recorded (libharu reports them through a callback, and C code must not be
// unwound by an exception). Text strings (the outline, the document
// information) are written by PdfObjects::put_text, so the document needs
// none of libharu's encoders.
#include <hpdf.h>

#include <string>

namespace cp {

class HaruDoc {
 public:
  HaruDoc();
  ~HaruDoc();
  HaruDoc(const HaruDoc&) = delete;
  HaruDoc& operator=(const HaruDoc&) = delete;

  HPDF_Doc get() const { return doc_; }
  bool failed() const { return doc_ == nullptr || error_ != 0; }
  // "libharu error 0x1017 (detail 0)", for a diagnostic's hint.
  std::string error_text() const;
  void reset_error();

  // The saved document's bytes.
  bool save(std::string& out);

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = 0;
  HPDF_STATUS detail_ = 0;
};

}  // namespace cp
