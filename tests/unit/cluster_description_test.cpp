#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "model/cluster_description.h"
#include "model/text_fields.h"

using namespace cp;

namespace {

// Every key of the description, as a path: "risks.residual.likelihood".
class KeyPaths {
 public:
  KeyPaths(std::vector<std::string>& out, std::string path) : out_(out), path_(std::move(path)) {}

  template <class M, class S>
  void text(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void item_text(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void plain(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void id(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void ref(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void choice(const char* key, M S::*, const std::vector<std::string>&, Need, const std::string&) { add(key); }
  template <class M, class S>
  void date(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void money(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void flag(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void count(const char* key, M S::*, long long, long long, Need, const std::string&) { add(key); }
  template <class M, class S>
  void pattern(const char* key, M S::*, const char*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void texts(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void refs(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void years(const char* key, M S::*, Need, const std::string&) { add(key); }
  template <class M, class S>
  void moneys(const char* key, M S::*, Need, const std::string&) { add(key); }
  void custom(const char* key, Custom, Need, const std::string&) { add(key); }
  template <class T, class S>
  void list(const char* key, std::vector<T> S::*, Need, const std::string&) {
    inside(key, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class M, class S, class D>
  void list(const char* key, M S::*, Need, const std::string&, D d) { inside(key, d); }
  template <class T, class S>
  void object(const char* key, T S::*, Need, const std::string&) {
    inside(key, [](auto& v) { describe(v, type<T>{}); });
  }
  template <class M, class S, class D>
  void object(const char* key, M S::*, Need, const std::string&, D d) { inside(key, d); }
  template <class D>
  void group(const char* key, Need, const std::string&, D d) { inside(key, d); }
  void not_both(const char*, const char*) {}
  void needs(const char*, const char*) {}

 private:
  std::string path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  void add(const char* key) { out_.push_back(path(key)); }
  template <class D>
  void inside(const char* key, D d) {
    add(key);
    KeyPaths nested(out_, path(key));
    d(nested);
  }
  std::vector<std::string>& out_;
  std::string path_;
};

std::string key_of(const std::string& path) { return path.substr(path.rfind('.') + 1); }

}  // namespace

TEST_CASE("docs/data-reference.md names every key of the cluster data's description") {
  std::vector<std::string> paths;
  KeyPaths walk(paths, "");
  describe(walk, type<Cluster>{});
  REQUIRE(paths.size() > 250);

  std::ifstream in(std::string(CLUSTERPACK_SOURCE_DIR) + "/docs/data-reference.md");
  REQUIRE(in);
  std::stringstream doc;
  doc << in.rdbuf();
  const std::string text = "\n" + doc.str();
  // A key is named as YAML names it (`key:`, in a block or a flow mapping)
  // or in backquotes in the prose.
  std::vector<std::string> missing;
  for (const auto& path : paths) {
    std::string key = key_of(path);
    std::regex named("[\\s{,\\[`(]" + key + "(:|`)");
    if (!std::regex_search(text, named)) missing.push_back(path);
  }
  std::string list;
  for (const auto& m : missing) list += m + "\n";
  INFO("keys docs/data-reference.md does not name:\n" << list);
  CHECK(missing.empty());
}

static Text bilingual(const std::string& en, const std::string& cy) {
  Text t;
  t.en = en;
  t.cy = cy;
  return t;
}

TEST_CASE("the walk over translatable text names each text of a meeting's record") {
  Cluster c;
  Meeting m;
  m.id = "board-2026-07";
  m.place = bilingual("Town Hall", "Neuadd y Dref");
  AgendaItem item;
  item.title = bilingual("Welcome", "Croeso");
  item.minutes = bilingual("The chair welcomed everyone.", "");
  Action action;
  action.text = bilingual("Write to the board", "Ysgrifennu at y bwrdd");
  item.actions.push_back(action);
  m.items = {AgendaItem{}, item};
  Declaration declaration;
  declaration.interest = bilingual("Partner at Welshpool", "Partner yn y Trallwng");
  m.declarations.push_back(declaration);
  c.meetings.push_back(m);

  std::map<std::string, std::string> texts;  // path → its English
  for_each_text(c, [&](const std::string& field, const Text& text) {
    if (field.rfind("meetings", 0) == 0) texts[field] = text.en;
  });
  CHECK(texts["meetings[board-2026-07].place"] == "Town Hall");
  CHECK(texts["meetings[board-2026-07].items[2].title"] == "Welcome");
  CHECK(texts["meetings[board-2026-07].items[2].minutes"] == "The chair welcomed everyone.");
  CHECK(texts["meetings[board-2026-07].items[2].actions[1]"] == "Write to the board");
  CHECK(texts["meetings[board-2026-07].declarations[1].interest"] == "Partner at Welshpool");
}

TEST_CASE("the walk over translatable text reaches the bodies, the scheme of delegation and the register of interests") {
  Cluster c;
  GovernanceBody board, team;
  board.id = "stakeholder-board";
  board.terms.purpose = bilingual("To plan services together", "Cynllunio gwasanaethau gyda'n gilydd");
  team.id = "leadership-team";
  team.terms.purpose = bilingual("To lead the cluster", "");
  c.bodies = {board, team};
  Delegation delegation;
  delegation.body = "leadership-team";
  delegation.decisions = bilingual("Spending within the agreed plan", "");
  c.delegation.push_back(delegation);
  Interest interest;
  interest.person = "p1";
  interest.interest = bilingual("Director of a pharmacy", "Cyfarwyddwr fferyllfa");
  c.interests.push_back(interest);

  std::map<std::string, std::string> texts;  // path → its English
  for_each_text(c, [&](const std::string& field, const Text& text) { texts[field] = text.en; });
  CHECK(texts["bodies[stakeholder-board].terms_of_reference.purpose"] == "To plan services together");
  CHECK(texts["bodies[leadership-team].terms_of_reference.purpose"] == "To lead the cluster");
  CHECK(texts["delegation[1].decisions"] == "Spending within the agreed plan");
  CHECK(texts["interests[1].interest"] == "Director of a pharmacy");
}
