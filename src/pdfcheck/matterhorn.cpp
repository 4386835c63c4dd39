#include "pdfcheck/matterhorn.h"

namespace cp {

// Worded as in Matterhorn Protocol 1.02 (2014, the version for PDF/UA-1).
const std::vector<MatterhornCondition>& matterhorn_conditions() {
  static const std::vector<MatterhornCondition> conditions = {
      {"01-003", "Content marked as Artifact is present inside tagged content."},
      {"01-004", "Tagged content is present inside content marked as Artifact."},
      {"01-005", "Content is neither marked as Artifact nor tagged as real content."},
      {"01-007", "Suspects entry has a value of true."},
      {"02-001", "One or more non-standard tag's mapping does not terminate with a standard type."},
      {"02-003", "A circular mapping exists."},
      {"02-004", "One or more standard types are remapped."},
      {"06-001", "Document does not contain an XMP metadata stream."},
      {"06-002", "The XMP metadata stream in the Catalog dictionary does not include the PDF/UA identifier."},
      {"06-003", "XMP metadata stream does not contain dc:title."},
      {"07-001", "ViewerPreferences dictionary of the Catalog dictionary does not contain a DisplayDocTitle entry."},
      {"07-002", "ViewerPreferences dictionary of the Catalog dictionary contains a DisplayDocTitle entry with a value of false."},
      {"09-004", "A table-related structure element is used in a way that does not conform to the syntax defined in ISO 32000-1, Table 337."},
      {"09-005", "A list-related structure element is used in a way that does not conform to Table 336 in ISO 32000-1."},
      {"09-006", "A TOC-related structure element is used in a way that does not conform to Table 333 in ISO 32000-1."},
      {"11-001", "Natural language for text in page content cannot be determined."},
      {"11-002", "Natural language for text in Alt, ActualText and E attributes cannot be determined."},
      {"11-003", "Natural language in the Outline entries cannot be determined."},
      {"11-004", "Natural language in the Contents entry for annotations cannot be determined."},
      {"11-006", "Natural language for document metadata cannot be determined."},
      {"13-004", "<Figure> tag alternative or replacement text missing."},
      {"15-003", "In a table not organized with Headers attributes and IDs, a <TH> cell does not contain a Scope attribute."},
      {"28-008", "A page containing an annotation does not contain a Tabs entry."},
      {"28-009", "A page containing an annotation has a Tabs entry with a value other than S."},
      {"28-011", "A link annotation is not nested within a <Link> tag."},
      {"28-012", "A link annotation does not include an alternate description in its Contents entry."},
  };
  return conditions;
}

std::string format_problem(std::string_view file, const PdfProblem& problem) {
  std::string out(file);
  out += problem.page > 0 ? ": page " + std::to_string(problem.page) : std::string(": document");
  return out + ": Matterhorn " + problem.checkpoint + ": " + problem.message;
}

}  // namespace cp
