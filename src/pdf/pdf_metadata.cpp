#include "pdf/pdf_metadata.h"

#include <ctime>

#include "doc/markup_escape.h"
#include "pdf/pdf_text.h"

namespace cp {

namespace {

// Text as XML character data: what the information dictionary gets
// (sanitize_text, which has none of the control characters XML 1.0
// forbids), escaped.
std::string xml_text(const std::string& utf8) { return markup_escape(sanitize_text(utf8)); }

// A language alternative: the text for x-default (what a reader shows when
// it cannot choose) and for the document's language.
std::string alternative(const char* property, const std::string& text, const std::string& lang) {
  std::string out = "   <" + std::string(property) + "><rdf:Alt>\n";
  out += "    <rdf:li xml:lang=\"x-default\">" + xml_text(text) + "</rdf:li>\n";
  if (!lang.empty()) out += "    <rdf:li xml:lang=\"" + xml_text(lang) + "\">" + xml_text(text) + "</rdf:li>\n";
  return out + "   </rdf:Alt></" + property + ">\n";
}

std::string xmp_date(int64_t epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string dublin_core(const PdfMeta& meta) {
  std::string out = "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  out += "   <dc:format>application/pdf</dc:format>\n";
  out += alternative("dc:title", meta.title, meta.lang);
  if (!meta.author.empty()) out += "   <dc:creator><rdf:Seq><rdf:li>" + xml_text(meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!meta.subject.empty()) out += alternative("dc:description", meta.subject, meta.lang);
  if (!meta.lang.empty()) out += "   <dc:language><rdf:Bag><rdf:li>" + xml_text(meta.lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  return out + "  </rdf:Description>\n";
}

std::string producer_and_dates(const PdfMeta& meta) {
  std::string out = "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"";
  out += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  if (!meta.producer.empty()) out += "   <pdf:Producer>" + xml_text(meta.producer) + "</pdf:Producer>\n";
  out += "   <xmp:CreatorTool>" + xml_text(pdf_creator()) + "</xmp:CreatorTool>\n";
  if (meta.epoch) {
    std::string date = xmp_date(*meta.epoch);
    out += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
  }
  return out + "  </rdf:Description>\n";
}

// pdfuaid:part, and the description of its schema as PDF/A's extension
// schema container writes it (ISO 14289-1, 5): the schema is not one of
// XMP's own, so a validator learns its property from this.
const char* const kUaIdentification =
    "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
    "   <pdfuaid:part>1</pdfuaid:part>\n"
    "  </rdf:Description>\n"
    "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
    "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
    "   <pdfaExtension:schemas><rdf:Bag>\n"
    "    <rdf:li rdf:parseType=\"Resource\">\n"
    "     <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "     <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "     <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    "     <pdfaSchema:property><rdf:Seq>\n"
    "      <rdf:li rdf:parseType=\"Resource\">\n"
    "       <pdfaProperty:name>part</pdfaProperty:name>\n"
    "       <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "       <pdfaProperty:category>internal</pdfaProperty:category>\n"
    "       <pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>\n"
    "      </rdf:li>\n"
    "     </rdf:Seq></pdfaSchema:property>\n"
    "    </rdf:li>\n"
    "   </rdf:Bag></pdfaExtension:schemas>\n"
    "  </rdf:Description>\n";

}  // namespace

std::string pdf_creator() {
#ifdef CLUSTERPACK_VERSION
  return std::string("clusterpack ") + CLUSTERPACK_VERSION;
#else
  return "clusterpack";
#endif
}

std::string xmp_packet(const PdfMeta& meta) {
  // The packet wrapper lets a tool find and update the XMP without parsing
  // the PDF; its begin attribute is the UTF-8 byte order mark.
  std::string out = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  out += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  out += dublin_core(meta) + producer_and_dates(meta) + kUaIdentification;
  return out + " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

}  // namespace cp
