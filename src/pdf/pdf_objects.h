#pragma once
// The one small interface over libharu's object internals that tagged PDF
// needs. libharu 2.3 has no API for marked content, structure elements,
// /MarkInfo or /StructParents, but its dictionaries, arrays and page
// streams can write any PDF object; this class is the only way the rest of
// src/pdf/ reaches them (with pdf_internals.cpp, for the catalog entries
// and the ToUnicode repair), so that a libharu upgrade is checked here.
//
// Errors go to the document's error handler, as for every libharu call:
// HaruDoc records the first one and the save then fails.
#include <hpdf.h>

#include <string>
#include <string_view>

namespace cp {

class PdfObjects {
 public:
  explicit PdfObjects(HPDF_Doc pdf) : pdf_(pdf) {}

  HPDF_Dict catalog() const;

  // A dictionary that is its own object: every container it is put in
  // refers to it ("12 0 R"). Objects are numbered in the order they are
  // made, so the same calls give the same file.
  HPDF_Dict indirect_dict(const char* type = nullptr);
  // A dictionary or array written inside the one container it is put in.
  HPDF_Dict dict(const char* type = nullptr);
  HPDF_Array array();
  // A dictionary that is its own object, whose entries are the text given
  // to set_body (PDF syntax, each entry followed by a line feed) instead of
  // libharu objects: a tagged PDF has thousands of structure elements, and
  // libharu made, wrote and freed every name, number and array of them as
  // an object of its own. The body may be set after the dictionary is made,
  // so that it can refer to objects made after it.
  HPDF_Dict raw_dict();
  void set_body(HPDF_Dict raw, std::string_view entries);
  // "12 0 R": how an indirect object (a dictionary, page or annotation) is referred to.
  static std::string ref(const void* object);
  // A stream that is its own object, written as it is whatever the
  // document's compression: XMP metadata stays readable to tools that find
  // it by scanning the file (ISO 32000-1, 14.3.2).
  HPDF_Dict plain_stream(const char* type, const char* subtype, std::string_view bytes);
  // A stream that is its own object, holding bytes deflated already
  // (pdf_deflate.h), written as they are under /Filter /FlateDecode.
  HPDF_Dict deflated_stream(std::string_view deflated);
  // Marks a stream's bytes as deflated already: libharu writes them as they
  // are, and the stream's dictionary names the filter.
  static void mark_deflated(HPDF_Dict stream);

  // The name `font` has in the page's /Resources /Font ("F1", "F2", … in
  // the order the page first uses them, as libharu names them), adding it.
  static std::string font_name(HPDF_Page page, HPDF_Dict font);

  // A dictionary, array, page or annotation as a value.
  void put(HPDF_Dict dict, const char* key, void* object);
  void put_name(HPDF_Dict dict, const char* key, const char* name);
  void put_int(HPDF_Dict dict, const char* key, long value);
  void put_bool(HPDF_Dict dict, const char* key, bool value);
  // A text string: PDFDocEncoding when it is printable ASCII, else UTF-16BE.
  void put_text(HPDF_Dict dict, const char* key, std::string_view utf8);

  void push(HPDF_Array array, void* object);
  void push_int(HPDF_Array array, long value);
  void push_real(HPDF_Array array, double value);
  void push_name(HPDF_Array array, const char* name);

  // A link annotation on `page` that goes to `target`, scrolled to `top`
  // (PDF units from the bottom), with no border drawn. Its /Dest is written
  // in the annotation, where libharu's API would make every destination an
  // object of its own.
  HPDF_Annotation internal_link(HPDF_Page page, const HPDF_Rect& rect, HPDF_Page target, double top);

  // Operators written as they are into a page's content stream, between
  // the drawing libharu does: marked content (BDC, BMC, EMC). Only outside
  // a text object.
  static void write(HPDF_Page page, std::string_view operators);

 private:
  HPDF_Doc pdf_;
};

}  // namespace cp
