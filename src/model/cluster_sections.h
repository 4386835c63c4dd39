#pragma once
// Internal to the cluster loader (cluster_loader*.cpp): what reading a
// section of a cluster file takes. Each section is read as its description
// says (cluster_description.h, through FieldReader), plus the rules a
// key-by-key description cannot say: ids new in their list, references to
// ids already read (so they are checked where they are written), and
// checks across keys.
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "data/reader.h"
#include "model/cluster.h"
#include "model/cluster_description.h"
#include "model/field_reader.h"

namespace cp {

struct SectionReader {
  SectionReader(const std::string& file, Diagnostics& diags, Cluster& out) : r(file, diags), c(out) {}

  DataReader r;
  Cluster& c;
  // The ids read so far. Sections are read in an order where every
  // reference points back to something already read.
  KeyLines person_ids, member_ids, sbar_ids, risk_ids, decision_ids, case_ids, body_ids;

  // describe(v, type<T>): how most structs are described.
  template <class T>
  struct Described {
    template <class V>
    void operator()(V& v) const {
      describe(v, type<T>{});
    }
  };

  // The keys of `out` as its description (`d`) says, with the section's
  // rules.
  template <class S, class D = Described<S>>
  void read_fields(Fields& f, S& out, const ReadRules& rules = {}, bool* usable = nullptr, D d = {}) {
    FieldReader<S> reader(r, f, out, rules, usable);
    d(reader);
  }

  // Each item of a list (`what` names one in messages: "a risk") as its
  // description says, with the rules `rules_for(item, ok)` gives; `ok`
  // starts true for a mapping, and an item still ok is kept. An item's
  // `where` is where it is written.
  template <class T, class Rules, class D = Described<T>>
  void read_items(const YamlNode& list, const char* what, std::vector<T>& out, Rules rules_for, D d = {}) {
    r.list(list, [&](const YamlNode& node) {
      Fields f(r, node, what);
      T item;
      if constexpr (requires(T& t) { t.where = Location{}; }) item.where = r.at(node);
      bool ok = f.ok();
      read_fields(f, item, rules_for(item, ok), &ok, d);
      if (ok) out.push_back(std::move(item));
    });
  }
  // The same, for items that have no rules of their own.
  template <class T>
  void read_items(const YamlNode& list, const char* what, std::vector<T>& out) {
    read_items(list, what, out, [](T&, bool&) { return ReadRules{}; });
  }

  // Handlers for ReadRules::own.
  // An item's id, new among `seen`, into `out`; `ok` turns false when it
  // is there but cannot be used (malformed, or a duplicate: reported).
  FieldHandler new_id(KeyLines& seen, const char* what, std::string& out, bool& ok);
  // An id naming one of `known` (with "did you mean"), into `out`; `ok`,
  // when given, turns false when it names none.
  FieldHandler ref_to(const KeyLines& known, const char* what, std::string& out, bool* ok = nullptr);
  FieldHandler person(std::string& out, bool* ok = nullptr) { return ref_to(person_ids, "person", out, ok); }
  // A body the cluster has (bodies, or its one terms_of_reference).
  FieldHandler body(std::string& out, bool* ok = nullptr);
  // A list of ids naming `known`, each once: a repeat means nothing more,
  // so it is reported ("duplicate <what> 'x' <scope>", with the line of the
  // first) and left out.
  FieldHandler refs_to(const KeyLines& known, const char* what, std::string scope, std::vector<IdRef>& out);
  FieldHandler refs_to(const KeyLines& known, const char* what, std::string scope, std::vector<std::string>& out);
  // A list of actions (an owner is a person, never a member; a completed
  // date only for a done action).
  FieldHandler actions(std::vector<Action>& out);
  // Cost lines, each with one amount per year of `years` (`owner`: "case",
  // "plan").
  FieldHandler cost_lines(const std::vector<std::string>& years, const char* owner, std::vector<CostLine>& out);
  // The criteria of an options appraisal or a prioritisation, each id once.
  FieldHandler criteria(std::vector<OptionCriterion>& out);
  // An options appraisal: its criteria and its options ("criteria", "list"),
  // each option scored on every criterion; `option_ids`: the options' ids.
  FieldHandlers options_appraisal(std::vector<OptionCriterion>& criteria, std::vector<Option>& options,
                                  KeyLines& option_ids);
  // A mapping criterion id → score 0–5 (`what`: "option", "project");
  // every criterion must be scored.
  FieldHandler scores(const std::vector<OptionCriterion>& criteria, const char* what, const std::string& owner,
                      std::vector<std::pair<std::string, int>>& out);

  // The pieces the handlers are made of.
  std::optional<std::string> new_id(const YamlNode& node, KeyLines& seen, const char* what);
  std::optional<std::string> ref(const YamlNode& node, const KeyLines& known, const char* what);
  std::vector<IdRef> refs(const YamlNode& node, const KeyLines& known, const char* what, const std::string& scope);
  std::optional<std::string> body_ref(const YamlNode& node);
};

// The sections, in the order read_cluster reads them (cluster_loader.cpp).
void read_people(SectionReader& s, const YamlNode& node);
void read_members(SectionReader& s, const YamlNode& node);
void read_attendance(SectionReader& s, const YamlNode& node);
void read_vision(SectionReader& s, const YamlNode& node);
// `with_body`: the one terms_of_reference of a file without `bodies` says
// which body it is for.
void read_terms(SectionReader& s, const YamlNode& node, TermsOfReference& out, bool with_body);
void read_voting(SectionReader& s, const YamlNode& node, VotingRules& out);
void read_bodies(SectionReader& s, const YamlNode& node);
// Every file has its bodies in c.bodies: a file without `bodies` has the
// one its terms_of_reference is for. c.terms is the first body's.
void settle_bodies(SectionReader& s);
void read_sbars(SectionReader& s, const YamlNode& node);
void read_risks(SectionReader& s, const YamlNode& node);
void read_decisions(SectionReader& s, const YamlNode& node);
void read_business_cases(SectionReader& s, const YamlNode& node);

// The governance records (cluster_loader_meetings.cpp): the scheme of
// delegation, the register of interests, and the meetings.
void read_delegation(SectionReader& s, const YamlNode& node);
void read_interests(SectionReader& s, const YamlNode& node);
void read_meetings(SectionReader& s, const YamlNode& node);
// Once everything is read: each decision's body (as written, from its
// meeting, or the first body), and the conflicts declared at its meeting;
// a decision taken at two meetings, or at a meeting of another date or
// body, is reported.
void settle_meeting_records(DataReader& r, Cluster& c);

// The plans and reports (cluster_loader_plans.cpp).
void read_business_plan(SectionReader& s, const YamlNode& node);
void read_logic_model(SectionReader& s, const YamlNode& node);
void read_cnd(SectionReader& s, const YamlNode& node);
void read_self_assessment(SectionReader& s, const YamlNode& node);
void read_prioritisation(SectionReader& s, const YamlNode& node);
void read_annual_reports(SectionReader& s, const YamlNode& node);

}  // namespace cp
