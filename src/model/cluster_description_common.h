#pragma once
// Pieces of a cluster file that more than one section uses, described once
// (field_description.h): actions, options appraisals, cost lines, and a
// body's terms of reference and voting rules.
#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/cluster_loader.h"
#include "model/field_description.h"

namespace cp {

// A casting vote is cast for or against.
inline const std::vector<std::string> kCastingSides = {"for", "against"};

template <class V>
void describe(V& v, type<Action>) {
  v.item_text("text", &Action::text, kRequired, "What is to be done.");
  v.ref("owner", &Action::owner, kOptional, "The id of the person who does it.");
  v.date("due", &Action::due, kOptional, "The date it is due, YYYY-MM-DD.");
  v.choice("status", &Action::status, enums::action_status, kOptional, "open or done (default open).");
  v.date("completed", &Action::completed, kOptional,
         "For a done action: the date it was done, so meeting records know when.");
}

template <class V>
void describe(V& v, type<OptionCriterion>) {
  v.id("id", &OptionCriterion::id, kKey, "The criterion's id, used as the key of the scores.");
  v.text("name", &OptionCriterion::name, kRequired, "The criterion's name.");
  v.count("weight", &OptionCriterion::weight, 1, 10, kOptional, "How much the criterion counts, 1 to 10 (default 1).");
}

template <class V>
void describe(V& v, type<Option>) {
  v.id("id", &Option::id, kKey, "The option's id, e.g. A.");
  v.text("name", &Option::name, kRequired, "The option's name, e.g. Do nothing.");
  v.custom("scores", Custom::scores, kRequired, "The option's score on every criterion, from 0 to 5.");
}

// `years`: what the amounts are one per year of, as the sentence says it.
template <class V>
void describe_cost_line(V& v, const std::string& years) {
  v.text("item", &CostLine::item, kRequired, "What the money is for, e.g. Cluster pharmacist (Band 8a).");
  v.moneys("amounts", &CostLine::amounts, kRequired,
           "One amount per year of " + years + ", in the same order; " + kPounds + ".");
}

template <class V>
void describe(V& v, type<Meetings>) {
  v.choice("frequency", &Meetings::frequency, enums::frequencies, kRequired,
           "How often the board meets: monthly, six-weekly, bi-monthly or quarterly.");
  v.custom("quorum", Custom::quorum, kRequired,
           "How many voting members make a meeting quorate: a percentage from 1% to 100% (rounded up), e.g. 50%, or "
           "a number of members from 1 to 1000, e.g. 4.");
  v.count("papers_days_before", &Meetings::papers_days_before, 0, 60, kOptional,
          "How many days before a meeting its papers go out, 0 to 60.");
  v.count("minutes_within_days", &Meetings::minutes_within_days, 0, 90, kOptional,
          "Within how many days after a meeting the minutes go out, 0 to 90.");
  v.text("administrative_support", &Meetings::administrative_support, kOptional,
         "Who supports the board with papers and minutes.");
}

// `with_body`: the one terms_of_reference of a file without bodies says
// which body it is for; a body's own, under bodies, does not.
template <class V>
void describe_terms(V& v, bool with_body) {
  using T = TermsOfReference;
  if (with_body)
    v.choice("body", &T::body, enums::tor_bodies, kRequired,
             "Which body the terms are for: stakeholder-board (Pack 11) or leadership-team (Pack 12).");
  v.text("purpose", &T::purpose, kRequired, "Why the board exists.");
  v.text("duty_statement", &T::duty_statement, kOptional, "The duty the board's members share.");
  v.texts("functions", &T::functions, kOptional, "What the board does, one text for each function.");
  v.text("service_user_engagement", &T::service_user_engagement, kOptional,
         "How the board involves patients and the public.");
  v.text("risk_management", &T::risk_management, kOptional, "How the board manages risk.");
  v.text("reporting", &T::reporting, kOptional, "Whom the board reports to, and how.");
  v.text("communication", &T::communication, kOptional, "How the board tells others about its work.");
  v.text("declarations_of_interest", &T::declarations_of_interest, kOptional, "How members declare their interests.");
  v.ref("chair", &T::chair, kRequired, "The id of the person who chairs the board.");
  v.ref("vice_chair", &T::vice_chair, kOptional, "The id of the vice chair, someone other than the chair.");
  v.object("meetings", &T::meetings, kRequired, "How often the board meets, its quorum, papers and minutes.");
  v.date("agreed", &T::agreed, kRequired, "The date the board agreed these terms.");
  v.date("review", &T::review, kRequired, "The date the terms are next reviewed, after the date agreed.");
  v.refs("signatories", &T::signatories, kOptional, "The ids of the people who signed the terms, each once.");
}

template <class V>
void describe(V& v, type<VotingRules>) {
  using R = VotingRules;
  v.flag("consensus_first", &R::consensus_first, kOptional,
         "true (the default) when the board seeks consensus before it votes.");
  v.group("majority", kRequired, "The majorities decisions need to carry.", [](auto& m) {
    m.choice("general", &R::general_majority, enums::majorities, kRequired,
             "The majority a general decision needs: simple, two-thirds, three-quarters or unanimous.");
    m.choice("financial", &R::financial_majority, enums::majorities, kRequired,
             "The majority a financial decision needs: simple, two-thirds, three-quarters or unanimous.");
    m.choice("of", &R::majority_of, enums::majority_of, kOptional,
             "What the majority is counted of: votes-cast (default) or eligible-members.");
  });
  v.flag("proxies", &R::proxies, kOptional, "true (the default) when a member's deputy may vote as proxy.");
  v.choice("casting_vote", &R::casting_vote, enums::casting_vote, kOptional,
           "Who breaks a tie: chair (the default) or none.");
  v.choice("conflicts", &R::conflicts, enums::conflicts, kOptional,
           "What a member with a declared interest does: abstain.");
  v.text("escalation", &R::escalation, kOptional, "What happens when the board cannot agree.");
}

}  // namespace cp
