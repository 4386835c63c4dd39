// What the sections of a cluster file share when they are read: ids,
// references, actions, cost lines and options appraisals (cluster_sections.h).
#include "model/cluster_sections.h"

#include <algorithm>

#include "diag/suggest.h"
#include "model/cluster_loader.h"

namespace cp {

std::optional<std::string> SectionReader::new_id(const YamlNode& node, KeyLines& seen, const char* what) {
  auto id = r.id(node);
  if (!id) return std::nullopt;
  if (!r.first_time(seen, std::string(what) + " id", *id, node)) return std::nullopt;
  return id;
}

std::optional<std::string> SectionReader::ref(const YamlNode& node, const KeyLines& known, const char* what) {
  auto id = r.id(node);
  if (!id) return std::nullopt;
  if (!known.count(*id)) {
    std::vector<std::string> candidates = keys_of(known);
    std::string hint = suggestion_hint(*id, candidates);
    if (candidates.empty()) hint = std::string("no ") + what + " is defined in this file";
    r.error(node, std::string("unknown ") + what + " '" + *id + "'", hint);
    return std::nullopt;
  }
  return id;
}

std::vector<IdRef> SectionReader::refs(const YamlNode& node, const KeyLines& known, const char* what,
                                       const std::string& scope) {
  std::vector<IdRef> out;
  KeyLines seen;
  r.list(node, [&](const YamlNode& item) {
    auto id = ref(item, known, what);
    if (id && r.first_time(seen, what, *id, item, scope)) out.push_back({*id, r.at(item)});
  });
  return out;
}

FieldHandler SectionReader::new_id(KeyLines& seen, const char* what, std::string& out, bool& ok) {
  return [this, &seen, what, &out, &ok](const YamlNode& n) {
    auto id = new_id(n, seen, what);
    if (id) out = *id;
    else ok = false;
  };
}

FieldHandler SectionReader::ref_to(const KeyLines& known, const char* what, std::string& out, bool* ok) {
  return [this, &known, what, &out, ok](const YamlNode& n) {
    auto id = ref(n, known, what);
    if (id) out = *id;
    else if (ok) *ok = false;
  };
}

std::optional<std::string> SectionReader::body_ref(const YamlNode& node) {
  auto id = r.id(node);
  if (!id || body_ids.count(*id)) return id;
  if (std::find(enums::tor_bodies.begin(), enums::tor_bodies.end(), *id) != enums::tor_bodies.end()) {
    r.error(node, "the cluster has no " + body_words(*id),
            "add it under bodies: (with its members and terms of reference), or name a body the cluster has");
    return std::nullopt;
  }
  return ref(node, body_ids, "body");
}

FieldHandler SectionReader::body(std::string& out, bool* ok) {
  return [this, &out, ok](const YamlNode& n) {
    auto id = body_ref(n);
    if (id) out = *id;
    else if (ok) *ok = false;
  };
}

FieldHandler SectionReader::refs_to(const KeyLines& known, const char* what, std::string scope,
                                    std::vector<IdRef>& out) {
  return [this, &known, what, scope, &out](const YamlNode& n) { out = refs(n, known, what, scope); };
}

FieldHandler SectionReader::refs_to(const KeyLines& known, const char* what, std::string scope,
                                    std::vector<std::string>& out) {
  return [this, &known, what, scope, &out](const YamlNode& n) {
    for (const auto& named : refs(n, known, what, scope)) out.push_back(named.id);
  };
}

FieldHandler SectionReader::actions(std::vector<Action>& out) {
  return [this, &out](const YamlNode& list) {
    read_items(list, "an action", out, [this](Action& a, bool&) {
      return ReadRules{
          .own = {{"owner",
                   [this, &a](const YamlNode& n) {
                     if (n.is_scalar() && !person_ids.count(n.value) && member_ids.count(n.value))
                       r.error(n, "the owner '" + n.value + "' is a member, not a person",
                               "an action is owned by a person from people:, such as the member's representative");
                     else
                       person(a.owner)(n);
                   }},
                  {"completed", [this, &a](const YamlNode& n) {
                     a.completed = r.date(n);
                     if (a.completed && a.status != "done")
                       r.error(n, "an open action has a completed date", "set 'status: done', or remove 'completed'");
                   }}}};
    });
  };
}

FieldHandler SectionReader::cost_lines(const std::vector<std::string>& years, const char* owner,
                                       std::vector<CostLine>& out) {
  return [this, &years, owner, &out](const YamlNode& list) {
    auto amounts = [&](CostLine& line, bool&) {
      return ReadRules{.own = {{"amounts", [&](const YamlNode& n) {
                                  r.list(n, [&](const YamlNode& a) {
                                    if (auto p = r.money(a)) line.amounts.push_back(*p);
                                  });
                                  if (n.is_sequence() && n.items.size() != years.size())
                                    r.error(n,
                                            "this cost line has " + std::to_string(n.items.size()) +
                                                " amounts but the " + owner + " has " + std::to_string(years.size()) +
                                                " years",
                                            "give one amount per year, in the order of 'years'");
                                }}}};
    };
    // The sentence the description takes is the schema's, not the reader's.
    read_items(list, "a cost line", out, amounts, [](auto& v) { describe_cost_line(v, ""); });
  };
}

FieldHandler SectionReader::criteria(std::vector<OptionCriterion>& out) {
  return [this, &out](const YamlNode& list) {
    KeyLines ids;
    read_items(list, "a criterion", out, [&](OptionCriterion& c, bool& ok) {
      return ReadRules{.own = {{"id", new_id(ids, "criterion", c.id, ok)}}};
    });
  };
}

FieldHandlers SectionReader::options_appraisal(std::vector<OptionCriterion>& criteria_out,
                                               std::vector<Option>& options, KeyLines& option_ids) {
  return {{"criteria", criteria(criteria_out)},
          {"list", [this, &criteria_out, &options, &option_ids](const YamlNode& list) {
             read_items(list, "an option", options, [&](Option& o, bool& ok) {
               return ReadRules{.own = {{"id", new_id(option_ids, "option", o.id, ok)},
                                        {"scores", scores(criteria_out, "option", o.id, o.scores)}}};
             });
           }}};
}

FieldHandler SectionReader::scores(const std::vector<OptionCriterion>& criteria, const char* what,
                                   const std::string& owner, std::vector<std::pair<std::string, int>>& out) {
  return [this, &criteria, what, &owner, &out](const YamlNode& node) {
    KeyLines known;
    for (const auto& c : criteria) known.emplace(c.id, 0);
    Fields sf(r, node, "the scores");
    for (const auto& [key, value] : node.entries) {
      sf.optional(key.value);  // any criterion id is a key
      auto criterion = ref(key, known, "criterion");
      auto score = r.integer(value, 0, 5);
      if (criterion && score) out.emplace_back(*criterion, static_cast<int>(*score));
    }
    if (!node.is_mapping()) return;
    for (const auto& c : criteria)
      if (node.find(c.id) == nullptr)
        r.error(node, std::string(what) + " '" + owner + "' has no score for criterion '" + c.id + "'",
                std::string("score every ") + what + " on every criterion, from 0 to 5");
  };
}

}  // namespace cp
