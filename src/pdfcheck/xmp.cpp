#include "pdfcheck/xmp.h"

#include <expat.h>

#include <memory>

namespace cp {

namespace {

// Names as expat gives them with namespace processing: "URI local".
const std::string kUaPart = "http://www.aiim.org/pdfua/ns/id/ part";
const std::string kDcTitle = "http://purl.org/dc/elements/1.1/ title";
const std::string kRdfLi = "http://www.w3.org/1999/02/22-rdf-syntax-ns# li";
const std::string kSchemaUri = "http://www.aiim.org/pdfa/ns/schema# namespaceURI";
const std::string kXmlLang = "http://www.w3.org/XML/1998/namespace lang";

struct Reader {
  XmpFacts facts;
  std::vector<std::string> open;  // the elements open, outermost first
  std::string text;               // the text of the innermost element
  std::vector<std::string> langs;  // xml:lang in effect, by depth (inherited)

  bool inside(const std::string& name) const {
    for (const auto& n : open)
      if (n == name) return true;
    return false;
  }

  void start(const std::string& name, const char** attributes) {
    std::string lang = langs.empty() ? std::string() : langs.back();
    for (size_t i = 0; attributes[i]; i += 2) {
      if (attributes[i] == kXmlLang) lang = attributes[i + 1];
      if (attributes[i] == kUaPart) facts.ua_part = attributes[i + 1];  // pdfuaid:part="1" on rdf:Description
    }
    open.push_back(name);
    langs.push_back(lang);
    text.clear();
  }

  void end() {
    const std::string& name = open.back();
    if (name == kUaPart) facts.ua_part = text;
    if (name == kSchemaUri) facts.schema_namespaces.push_back(text);
    if (name == kRdfLi && open.size() >= 2 && inside(kDcTitle)) facts.titles.emplace_back(langs.back(), text);
    open.pop_back();
    langs.pop_back();
    text.clear();
  }
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  static_cast<Reader*>(data)->start(name, attributes);
}
void XMLCALL on_end(void* data, const XML_Char*) { static_cast<Reader*>(data)->end(); }
void XMLCALL on_text(void* data, const XML_Char* s, int len) { static_cast<Reader*>(data)->text.append(s, static_cast<size_t>(len)); }

}  // namespace

XmpFacts read_xmp(const std::string& packet) {
  Reader reader;
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreateNS(nullptr, ' '), XML_ParserFree);
  if (!parser) {
    reader.facts.error = "out of memory";
    return reader.facts;
  }
  XML_SetUserData(parser.get(), &reader);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  if (XML_Parse(parser.get(), packet.data(), static_cast<int>(packet.size()), XML_TRUE) == XML_STATUS_ERROR) {
    reader.facts.error = std::string(XML_ErrorString(XML_GetErrorCode(parser.get()))) + " at line " +
                         std::to_string(XML_GetCurrentLineNumber(parser.get()));
    return reader.facts;
  }
  reader.facts.well_formed = true;
  return reader.facts;
}

}  // namespace cp
