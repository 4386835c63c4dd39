// What PDF/UA-1 asks of page content (ISO 14289-1, 7.1 and 7.2): every
// operator that paints is inside marked content that is either tagged
// (an MCID that the structure tree owns) or an artifact, never one inside
// the other; and the language of tagged text is known.
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <optional>
#include <set>

#include "pdfcheck/checks.h"

namespace cp {

namespace {

bool paints(const std::string& op) {
  static const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B",
                                                 "B*", "b", "b*", "sh", "Do", "EI"};
  return painting.count(op) > 0;
}

// Problems of one kind on one page are counted and reported once, with the
// first of them as the example: a page drawn untagged has hundreds.
class PageTally {
 public:
  void add(const char* condition, const std::string& detail) {
    auto& entry = found_[condition];
    if (entry.count++ == 0) entry.first = detail;
  }
  void report(int page, std::vector<PdfProblem>& out) const {
    for (const auto& [condition, entry] : found_) {
      std::string message = entry.first;
      if (entry.count > 1) message += " (and " + std::to_string(entry.count - 1) + " more like it on this page)";
      out.push_back({condition, page, message});
    }
  }

 private:
  struct Entry {
    int count = 0;
    std::string first;
  };
  std::map<std::string, Entry> found_;
};

class PageContent : public QPDFObjectHandle::ParserCallbacks {
 public:
  PageContent(const TaggedPdf& pdf, QPDFObjectHandle page, int number, PageTally& tally)
      : pdf_(pdf), page_(page), number_(number), tally_(tally) {
    QPDFObjectHandle key = page.getKey("/StructParents");
    if (key.isInteger()) owners_ = pdf.parent_tree_entry(key.getIntValue());
  }

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    std::string op = object.getOperatorValue();
    if (op == "BDC" || op == "BMC") open(op);
    else if (op == "EMC" && !open_.empty()) open_.pop_back();
    else if (paints(op)) painted(op);
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  struct Marked {
    bool artifact = false;
    int mcid = -1;  // -1: none
    std::optional<std::string> lang;
  };

  // The property list of BDC: written in the stream, or named there and
  // found in the page's /Resources /Properties.
  QPDFObjectHandle properties() {
    if (operands_.size() < 2) return QPDFObjectHandle::newNull();
    QPDFObjectHandle p = operands_[1];
    if (p.isName()) p = page_.getKey("/Resources").getKeyIfDict("/Properties").getKeyIfDict(p.getName());
    return p.isDictionary() ? p : QPDFObjectHandle::newNull();
  }

  void open(const std::string& op) {
    Marked m;
    m.artifact = !operands_.empty() && operands_[0].isNameAndEquals("/Artifact");
    QPDFObjectHandle p = op == "BDC" ? properties() : QPDFObjectHandle::newNull();
    if (p.isDictionary()) {
      if (p.getKey("/MCID").isInteger() && !m.artifact) m.mcid = p.getKey("/MCID").getIntValueAsInt();
      if (p.getKey("/Lang").isString()) m.lang = p.getKey("/Lang").getUTF8Value();
    }
    bool in_artifact = false, in_tagged = false;
    for (const auto& outer : open_) {
      in_artifact = in_artifact || outer.artifact;
      in_tagged = in_tagged || outer.mcid >= 0;
    }
    if (m.artifact && in_tagged) tally_.add("01-003", "an artifact is marked inside tagged content");
    if (m.mcid >= 0 && in_artifact)
      tally_.add("01-004", "tagged content (MCID " + std::to_string(m.mcid) + ") is marked inside an artifact");
    if (m.mcid >= 0) owner_of(m.mcid);
    open_.push_back(m);
  }

  // The element the structure tree gives an MCID of this page, checked
  // both ways: the ParentTree names it, and it names the MCID.
  void owner_of(int mcid) {
    QPDFObjectHandle owner = owners_.isArray() && mcid < owners_.getArrayNItems() ? owners_.getArrayItem(mcid)
                                                                                 : QPDFObjectHandle::newNull();
    int index = pdf_.element_index(owner);
    bool owns = false;
    if (index >= 0)
      for (const auto& c : pdf_.elements[static_cast<size_t>(index)].contents) owns = owns || (c.page == number_ && c.mcid == mcid);
    if (!owns) {
      tally_.add("01-005", "MCID " + std::to_string(mcid) + " is not in the structure tree (/StructParents, /ParentTree and the element's /K do not agree)");
      return;
    }
    element_of_[mcid] = index;
  }

  void painted(const std::string& op) {
    const Marked* tagged = nullptr;
    bool artifact = false;
    std::optional<std::string> lang;
    for (const auto& m : open_) {
      artifact = artifact || m.artifact;
      if (m.mcid >= 0) tagged = &m;
      if (m.lang) lang = m.lang;
    }
    if (!tagged && !artifact) {
      tally_.add("01-005", "'" + op + "' paints outside marked content that is tagged or an artifact");
      return;
    }
    if (!tagged || artifact || !text_shown(op)) return;
    auto element = element_of_.find(tagged->mcid);
    if (element == element_of_.end()) return;  // reported as 01-005
    bool known = lang ? is_language_tag(*lang) : pdf_.language_known(element->second);
    if (!known)
      tally_.add("11-001", "the language of the text of MCID " + std::to_string(tagged->mcid) + " (" +
                               pdf_.elements[static_cast<size_t>(element->second)].type + ") is not known");
  }

  static bool text_shown(const std::string& op) { return op == "Tj" || op == "TJ" || op == "'" || op == "\""; }

  const TaggedPdf& pdf_;
  QPDFObjectHandle page_;
  int number_;
  PageTally& tally_;
  QPDFObjectHandle owners_;  // the page's array in the ParentTree
  std::vector<QPDFObjectHandle> operands_;
  std::vector<Marked> open_;
  std::map<int, int> element_of_;  // MCID → element index
};

}  // namespace

void check_content(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  if (!pdf.tree_root.isDictionary())
    out.push_back({"01-005", 0, "the catalog has no /StructTreeRoot: no content is tagged"});
  QPDFObjectHandle marked = pdf.catalog.getKey("/MarkInfo").getKeyIfDict("/Marked");
  if (!marked.isBool() || !marked.getBoolValue())
    out.push_back({"01-005", 0, "the catalog's /MarkInfo does not say /Marked true: the file does not claim to be tagged"});
  for (size_t i = 0; i < pdf.pages.size(); ++i) {
    PageTally tally;
    PageContent content(pdf, pdf.pages[i], static_cast<int>(i + 1), tally);
    QPDFPageObjectHelper(pdf.pages[i]).parseContents(&content);
    tally.report(static_cast<int>(i + 1), out);
  }
}

}  // namespace cp
