// The governance documents of a fixture cluster whose numbers were worked
// out by hand (tests/sites/documents), and golden files of every document
// tree in both languages (tests/golden/; regenerate with UPDATE_GOLDEN=1
// after checking the diff).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "doc/dump.h"
#include "documents/decision_results.h"
#include "io/embedded_files.h"
#include "site/site_documents.h"

using namespace cp;

namespace {

struct Fixture {
  DiskFileSystem disk{std::string(CLUSTERPACK_TEST_SITES) + "/documents"};
  SourceWithDefaults fs{disk};
  Diagnostics diags;
  SourceRegistry sources;
  SiteInputs in;
  SiteDocuments docs;
  Fixture() {
    load_site_inputs(fs, diags, sources, in);
    in.today = {2026, 11, 23};
    generate_site_documents(in, diags, docs);
  }
  const Cluster& cluster() const { return in.clusters.at(0); }
  const GeneratedDocument& doc(const std::string& id) const {
    for (const auto& d : docs.generated)
      if (d.id == id) return d;
    FAIL("no document " << id);
    return docs.generated.front();
  }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the fixture cluster loads cleanly and produces every core document") {
  Fixture f;
  CHECK(f.diags.error_count() == 0);
  REQUIRE(f.diags.warning_count() == 1);  // R2's review date has passed: shown as overdue in the register
  CHECK(f.diags.all()[0].message == "risk 'R2' was due for review on 2026-01-01");
  REQUIRE(f.in.clusters.size() == 1);
  std::vector<std::string> ids;
  for (const auto& d : f.docs.generated) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"terms-of-reference", "voting-system", "risk-register", "decision-tracker",
                                        "sbar/s1", "business-case/bc1"});
}

TEST_CASE("decision outcomes match the hand calculation") {
  Fixture f;
  const Cluster& c = f.cluster();
  auto result = [&](const std::string& id) { return decision_result(c, *find_decision(c, id)); };
  DecisionResult d1 = result("D1");  // financial, two-thirds of 7 votes cast = 5; 6 for
  CHECK(d1.quorum_needed == 5);
  CHECK(d1.taking_part == 8);
  CHECK(d1.base == 7);
  CHECK(d1.votes_needed == 5);
  CHECK(d1.outcome == Outcome::Carried);
  DecisionResult d2 = result("D2");  // 4 for out of 7 cast, 5 needed
  CHECK(d2.votes_needed == 5);
  CHECK(d2.outcome == Outcome::NotCarried);
  CHECK(result("D3").outcome == Outcome::Inquorate);  // 4 taking part, quorum 5
  DecisionResult d4 = result("D4");  // m9 conflicted: 8 eligible, quorum 4; 3–3 tie on 6 cast
  CHECK(d4.eligible_members == 8);
  CHECK(d4.quorum_needed == 4);
  CHECK(d4.votes_needed == 4);
  CHECK(d4.outcome == Outcome::CarriedOnCastingVote);
}

TEST_CASE("computed numbers appear in the documents") {
  Fixture f;
  std::string tor = dump_tree(f.doc("terms-of-reference").trees.at("en"));
  CHECK(tor.find("with 9 voting members, at least 5 must take part") != std::string::npos);
  CHECK(tor.find("\"6 of 9\"") != std::string::npos);  // financial: two-thirds of 9
  CHECK(tor.find("\"5 of 9\"") != std::string::npos);  // general: more than half of 9
  std::string voting = dump_tree(f.doc("voting-system").trees.at("en"));
  CHECK(voting.find("a financial decision needs at least 6") != std::string::npos);
  std::string bc = dump_tree(f.doc("business-case/bc1").trees.at("en"));
  CHECK(bc.find("\"£105,560.50\"") != std::string::npos);  // salary over two years
  CHECK(bc.find("\"£53,000.25\"") != std::string::npos);   // first year
  CHECK(bc.find("\"£107,560.75\"") != std::string::npos);  // grand total
  CHECK(bc.find("\"£52,000.00\"") != std::string::npos);   // a column with pence shows pence throughout
  CHECK(bc.find("row .total") != std::string::npos);
  // Open risks: R1 (L1 I3), R2 (L2 I3), R3 (L3 I4), R4 (L5 I3); rows are
  // likelihood 5 down to 1, columns impact 1 to 5.
  std::string risks = dump_tree(f.doc("risk-register").trees.at("cy"));
  CHECK(risks.find("numbers=0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0") != std::string::npos);
}

TEST_CASE("data can never change a document's structure") {
  Fixture f;
  std::string sbar = dump_tree(f.doc("sbar/s1").trees.at("en"));
  CHECK(sbar.find("text \"S [not a link](x) *not emphasis*\"") != std::string::npos);
  CHECK(sbar.find("  link ") == std::string::npos);
  CHECK(sbar.find("  emph\n") == std::string::npos);
}

TEST_CASE("golden document trees in both languages") {
  Fixture f;
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  for (const auto& doc : f.docs.generated) {
    for (const auto& [lang, tree] : doc.trees) {
      std::string name = doc.id;
      for (auto& ch : name)
        if (ch == '/') ch = '_';
      std::string path = std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/golden/" + name + "." + lang + ".txt";
      std::string actual = dump_tree(tree);
      if (update) std::ofstream(path, std::ios::binary) << actual;
      CHECK_MESSAGE(read_file(path) == actual, "differs from " << path << " (UPDATE_GOLDEN=1 regenerates)");
    }
  }
}
