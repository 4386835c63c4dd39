// The governance documents of a fixture cluster whose numbers were worked
// out by hand (tests/sites/documents), and golden files of every document
// tree in both languages (tests/golden/; regenerate with UPDATE_GOLDEN=1
// after checking the diff).
#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "doc/dump.h"
#include "documents/decision_results.h"
#include "html/render_tree.h"
#include "io/embedded_files.h"
#include "site/site_documents.h"

using namespace cp;

namespace {

using Fixture = test::DocumentsFixture;


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
  REQUIRE(f.in.clusters.size() == 2);  // and two-bodies (records_test.cpp)
  std::vector<std::string> ids;
  for (const auto& d : f.generated) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"vision", "terms-of-reference", "voting-system", "risk-register",
                                        "decision-tracker", "sbar/s1", "prioritisation", "business-case/bc1",
                                        "business-plan", "logic-model", "self-assessment", "cnd/2017-18", "cnd/2026-27",
                                        "annual-report/2026-27", "annual-report/2025-26"});
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
  std::string tor = dump_tree(f.doc("terms-of-reference").trees.at(Language::en));
  CHECK(tor.find("with 9 voting members, at least 5 must take part") != std::string::npos);
  CHECK(tor.find("\"6 of 9\"") != std::string::npos);  // financial: two-thirds of 9
  CHECK(tor.find("\"5 of 9\"") != std::string::npos);  // general: more than half of 9
  std::string voting = dump_tree(f.doc("voting-system").trees.at(Language::en));
  CHECK(voting.find("a financial decision needs at least 6") != std::string::npos);
  std::string bc = dump_tree(f.doc("business-case/bc1").trees.at(Language::en));
  CHECK(bc.find("\"£105,560.50\"") != std::string::npos);  // salary over two years
  CHECK(bc.find("\"£53,000.25\"") != std::string::npos);   // first year
  CHECK(bc.find("\"£107,560.75\"") != std::string::npos);  // grand total
  CHECK(bc.find("\"£52,000.00\"") != std::string::npos);   // a column with pence shows pence throughout
  CHECK(bc.find("row .total") != std::string::npos);
  // Open risks: R1 (L1 I3), R2 (L2 I3), R3 (L3 I4), R4 (L5 I3); rows are
  // likelihood 5 down to 1, columns impact 1 to 5.
  std::string risks = dump_tree(f.doc("risk-register").trees.at(Language::cy));
  CHECK(risks.find("numbers=0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1,0,0") != std::string::npos);
}

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("the business plan's practices table and totals match the hand calculation") {
  Fixture f;
  std::string plan = dump_tree(f.doc("business-plan").trees.at(Language::en));
  CHECK(has(plan, "they serve 24,500 registered patients, with 13.25 staff"));
  CHECK(has(plan, "text \"24,500\""));  // 10,000 + 8,500 + 6,000; Practice Four is not in the hub
  CHECK(has(plan, "text \"9\""));       // GP partners 4 + 2 + 3
  CHECK(has(plan, "text \"4.25\""));    // nurses 2.5 + 1.75
  CHECK(has(plan, "text \"6.5\""));     // Practice One's staff
  CHECK(has(plan, "text \"3.75\""));    // Practice Two's staff
  CHECK(count(plan, "text \"1 (equal)\"") == 2);  // B and C both 10; A is 5
  CHECK(has(plan, "B. Informal network (chosen)"));
  CHECK(has(plan, "text \"£42,100.50\""));  // resources, both years
  CHECK(has(plan, "text \"£21,500.50\""));  // first year
  CHECK(has(plan, "text \"Practice One, Ben Vice\""));  // involved: a member and a person
}

TEST_CASE("CND points per practice and for the cluster match the hand calculation") {
  Fixture f;
  std::string y17 = dump_tree(f.doc("cnd/2017-18").trees.at(Language::en));
  CHECK(has(y17, "achieved 400 of the 800 points open to them (50%), an average of 100 points"));
  CHECK(has(y17, "text \"85\""));   // Practice Two: 30 + 50 + 5
  CHECK(has(y17, "text \"115\""));  // Practice Four: 20 + 50 + 45
  CHECK(has(y17, "text \"400 of 800\""));
  CHECK(count(y17, "cell .overdue") == 12);  // 0 + 3 + 6 + 3, every due date long past
  CHECK(count(y17, "cell .achieved") == 12);  // 6 + 3 + 0 + 3
  CHECK(has(y17, "text \"200\""));  // the set's total
  std::string y26 = dump_tree(f.doc("cnd/2026-27").trees.at(Language::cy));
  CHECK(has(y26, "text \"60 o 400\""));
  CHECK(count(y26, "cell .overdue") == 3);  // TST001W (due 30 June 2026) for practices 2–4
  CHECK(count(y26, "text \"Cyn y dyddiad cau\"") == 4);  // TST002W is due 31 March 2027
}

TEST_CASE("self-assessment progress per chapter matches the hand calculation") {
  Fixture f;
  std::string sa = dump_tree(f.doc("self-assessment").trees.at(Language::en));
  CHECK(has(sa, "Of the 7 key actions, 2 are done, 2 are in progress and 3 have not been started. Overall progress is 43%."));
  CHECK(has(sa, "cell .bar-80\n        text \"75%\""));  // chapter 1: 1 done, 1 in progress of 2
  CHECK(has(sa, "cell .bar-30\n        text \"33%\""));  // chapter 2: 1 done of 3
  CHECK(has(sa, "cell .bar-30\n        text \"25%\""));  // chapters 10–11: 1 in progress of 2
  CHECK(has(sa, "cell .bar-40\n        text \"43%\""));  // all: 3 of 7
  CHECK(has(sa, "text \"10–11. Employment; Recruitment\""));
  CHECK(has(sa, "text \"Second employment action (en).\""));  // the guide's text, in the page's language
}

TEST_CASE("the prioritisation funding line matches the hand calculation") {
  Fixture f;
  std::string p = dump_tree(f.doc("prioritisation").trees.at(Language::en));
  CHECK(count(p, "row .funded") == 2);   // P1 and P4
  CHECK(count(p, "row .slipped") == 2);  // P2 and P3
  CHECK(has(p, "text \"£45,000.00\""));  // committed: 30,000 + 15,000
  CHECK(has(p, "text \"£5,000.00\""));   // left
  CHECK(has(p, "text \"£30,000.50\""));  // slipped: 25,000 + 5,000.50
  CHECK(has(p, "Projects funded: 2 of 4"));
  // Ranked P1 (17), P2 and P4 (15, equal), P3 (11).
  CHECK(p.find("P1. Pharmacist") < p.find("P2. App"));
  CHECK(p.find("P2. App") < p.find("P4. Training"));
  CHECK(p.find("P4. Training") < p.find("P3. Leaflets"));
}

TEST_CASE("the annual report gathers the financial year from the data") {
  Fixture f;
  std::string r = dump_tree(f.doc("annual-report/2026-27").trees.at(Language::en));
  CHECK(has(r, "for the financial year 2026/27, from 1 April 2026 to 31 March 2027"));
  CHECK(has(r, "Decisions recorded in the year: 4, of which 2 were carried."));  // D1 carried, D4 on the casting vote
  CHECK(has(r, "text \"1 of 2\""));  // D1's actions
  CHECK(has(r, "Risks raised in the year: 2. Risks closed in the year: 1."));  // R1 and R3; R5
  CHECK(has(r, "total cost of £107,560.75"));  // bc1, approved by D1
  CHECK(has(r, "achieved 60 of the 400 Cluster Network Domain points"));
  CHECK(has(r, "overall progress on the good practice guide's key actions is 43%"));
  CHECK(has(r, "risk-matrix"));
  // The year runs on "today" (23 November 2026): risks open today. R5 was
  // closed on 1 July 2026; R1 to R4 are open.
  CHECK(has(r, "The heat map shows the 4 risks that were open on 23 November 2026"));
  // 2025/26 is over: as at 31 March 2026. R2 (raised 1 December 2025), R4
  // (no date raised) and R5 (closed on 1 July 2026, after it) were open;
  // R1 and R3 were raised after it.
  std::string last_year = dump_tree(f.doc("annual-report/2025-26").trees.at(Language::en));
  CHECK(has(last_year, "The heat map shows the 3 risks that were open on 31 March 2026"));
  std::string empty = dump_tree(f.doc("annual-report/2025-26").trees.at(Language::cy));
  CHECK(has(empty, "Ni chofnodwyd unrhyw benderfyniadau yn ystod y flwyddyn hon."));
  CHECK(has(empty, "Ni chymeradwywyd unrhyw achosion busnes yn ystod y flwyddyn hon."));
  CHECK(has(empty, "Nid oes cyflawniad Parth y Rhwydwaith Clwstwr wedi'i gofnodi ar gyfer 2025/26."));
}

TEST_CASE("the logic model is one node with its columns, drawn as accessible SVG") {
  Fixture f;
  const DocNode& tree = f.doc("logic-model").trees.at(Language::en);
  const DocNode* model = nullptr;
  walk(tree, [&](const DocNode& n) {
    if (n.kind == NodeKind::LogicModel) model = &n;
  });
  REQUIRE(model);
  CHECK(labels_of<LogicModelLabels>(*model).goal_label == "Goal");
  CHECK(labels_of<LogicModelLabels>(*model).goal == "Meet local need");
  std::vector<std::string> columns;
  for (const auto& c : model->children) columns.push_back(c.title);
  CHECK(columns == std::vector<std::string>{"Inputs", "Activities", "Outputs", "Outcomes", "Measuring success"});
  std::string html = render_html(tree);
  CHECK(has(html, "<figure class=\"logic-model\">"));
  CHECK(has(html, "role=\"img\" aria-labelledby=\"logic-model-"));
  CHECK(has(html, "<div class=\"logic-model-scroll\" tabindex=\"0\">"));
  CHECK(has(html, ">Goal: Meet local need</tspan>"));
  CHECK(has(html, "<div class=\"visually-hidden\">"));
  CHECK(has(html, "<li>Planning\n<ul>"));  // the text version keeps the groups
  CHECK(count(html, "<path d=") == 8);      // an arrow (line and head) between each pair of the 5 columns
}

TEST_CASE("data can never change a document's structure") {
  Fixture f;
  std::string sbar = dump_tree(f.doc("sbar/s1").trees.at(Language::en));
  CHECK(sbar.find("text \"S [not a link](x) *not emphasis*\"") != std::string::npos);
  CHECK(sbar.find("  link ") == std::string::npos);
  CHECK(sbar.find("  emph\n") == std::string::npos);
}

TEST_CASE("golden document trees in both languages") {
  Fixture f;
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  for (const auto& doc : f.generated) {
    for (const auto& [lang, tree] : doc.trees) {
      std::string name = doc.id;
      for (auto& ch : name)
        if (ch == '/') ch = '_';
      std::string path = std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/golden/" + name + "." + code(lang) + ".txt";
      std::string actual = dump_tree(tree);
      if (update) std::ofstream(path, std::ios::binary) << actual;
      CHECK_MESSAGE(read_file(path) == actual, "differs from " << path << " (UPDATE_GOLDEN=1 regenerates)");
    }
  }
}
