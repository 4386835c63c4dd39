#pragma once
// What the PDF/UA checks read from a file's XMP metadata packet: the
// PDF/UA identifier, the title, and the extension schemas it describes.
// Parsed with expat, namespace-aware, so the prefixes a producer chose do
// not matter and a property may be written as an element or an attribute.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cp {

struct XmpFacts {
  bool well_formed = false;
  std::string error;  // expat's message and line, when not well formed
  std::optional<std::string> ua_part;  // pdfuaid:part
  std::vector<std::pair<std::string, std::string>> titles;  // dc:title alternatives: xml:lang, text
  std::vector<std::string> schema_namespaces;  // pdfaSchema:namespaceURI of each extension schema
};

XmpFacts read_xmp(const std::string& packet);

}  // namespace cp
