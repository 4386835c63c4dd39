#include "documents/cluster_view.h"

#include <algorithm>

#include "documents/pack_results.h"
#include "governance/majority.h"
#include "governance/money.h"
#include "governance/quorum.h"
#include "governance/risk.h"
#include "i18n/dates.h"
#include "model/cluster_rules.h"

namespace cp {

std::string group_digits(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string person_name(const Cluster& c, const std::string& id) {
  const Person* p = c.person(id);
  return p ? p->name : "";
}

std::string person_role(const Cluster& c, const std::string& id, Language lang) {
  const Person* p = c.person(id);
  return p ? p->role.in(lang) : "";
}

namespace {

class View {
 public:
  explicit View(const ViewContext& ctx) : x_(ctx), c_(ctx.cluster), lang_(ctx.lang) {}

  std::string t(const std::string& key) const { return x_.strings.get(lang_, key); }
  static std::string underscore(std::string s) {
    for (auto& ch : s)
      if (ch == '-') ch = '_';
    return s;
  }
  std::string date(const std::optional<Date>& d) const { return d ? format_date(*d, lang_) : ""; }

  // Sets name and has_name for an optional text.
  void text(TemplateData& d, const std::string& name, const Text& value) const {
    d.set(name, value.in(lang_));
    d.set("has_" + name, !value.in(lang_).empty());
  }
  TemplateList texts(const std::vector<Text>& list) const {
    TemplateList out;
    int n = 0;
    for (const auto& item : list) {
      TemplateData e;
      e.set("number", std::to_string(++n));
      e.set("text", item.in(lang_));
      out.push_back(e);
    }
    return out;
  }
  TemplateData person(const std::string& id) const {
    TemplateData p;
    p.set("id", id);
    p.set("name", person_name(c_, id));
    p.set("role", person_role(c_, id, lang_));
    p.set("has_role", !person_role(c_, id, lang_).empty());
    return p;
  }

  TemplateData build() const {
    TemplateData d;
    TemplateData cluster;
    cluster.set("name", c_.name.in(lang_));
    cluster.set("board", x_.board ? x_.board->name.in(lang_) : c_.board_id);
    cluster.set("has_population", c_.population.has_value());
    cluster.set("population", c_.population ? group_digits(*c_.population) : "");
    cluster.set("example", c_.example);
    cluster.set("member_count", std::to_string(c_.members.size()));
    cluster.set("voting_member_count", std::to_string(voting_member_count(c_)));
    d.set("cluster", cluster);
    d.set("today", format_date(x_.today, lang_));
    d.set("members", members());
    TemplateList attendance;
    for (const auto& id : c_.in_attendance) attendance.push_back(person(id));
    d.set("in_attendance", attendance);
    d.set("has_in_attendance", !c_.in_attendance.empty());
    d.set("tor", c_.bodies.empty() ? TemplateData() : terms(c_.bodies.front()));
    d.set("voting", voting());
    d.set("vision", vision());
    d.set("risks", risks());
    d.set("business_plan", business_plan());
    d.set("logic_model", logic_model());
    d.set("self_assessment", self_assessment());
    d.set("prioritisation", prioritisation());
    return d;
  }

  static std::string percent(int p) { return std::to_string(p) + "%"; }

  TemplateData business_plan() const {
    const BusinessPlan& bp = c_.business_plan;
    TemplateData d;
    d.set("present", bp.present);
    d.set("hub_name", bp.hub_name.empty() ? c_.name.in(lang_) : bp.hub_name.in(lang_));
    text(d, "executive_summary", bp.executive_summary);
    text(d, "introduction", bp.introduction);
    text(d, "background", bp.background);
    text(d, "rationale", bp.rationale);
    auto list = [&](const std::string& name, const std::vector<Text>& items) {
      d.set(name, texts(items));
      d.set("has_" + name, !items.empty());
    };
    list("intentions", bp.intentions);
    list("achievements", bp.achievements);
    list("benefits", bp.benefits);
    d.set("has_options", !bp.options.empty());
    d.set("option_count", std::to_string(bp.options.size()));
    d.set("criterion_count", std::to_string(bp.criteria.size()));
    TemplateList options;
    for (const auto& o : bp.options) {
      TemplateData e;
      e.set("id", o.id);
      e.set("name", o.name.in(lang_));
      options.push_back(e);
    }
    d.set("options", options);
    d.set("has_chosen", !bp.chosen.empty());
    std::string chosen_name;
    for (const auto& o : bp.options)
      if (o.id == bp.chosen) chosen_name = o.name.in(lang_);
    d.set("chosen_id", bp.chosen);
    d.set("chosen_name", chosen_name);
    d.set("has_risks", !bp.risks.empty());
    d.set("has_resources", !bp.resources.empty());
    d.set("year_count", std::to_string(bp.years.size()));
    std::vector<std::vector<Pence>> rows;
    for (const auto& line : bp.resources) rows.push_back(line.amounts);
    auto totals = cost_totals(rows);
    d.set("resources_total", totals ? format_money(totals->grand_total) : "");
    d.set("has_work_plan", !bp.work_plan.empty());
    PracticeTable table = practice_table(c_);
    d.set("practice_count", std::to_string(table.practices.size()));
    d.set("patient_total", group_digits(table.totals.patient_total));
    d.set("staff_total", format_hundredths(table.totals.staff_total));
    return d;
  }

  TemplateData logic_model() const {
    const LogicModel& m = c_.logic_model;
    TemplateData d;
    d.set("present", m.present);
    text(d, "title", m.title);
    text(d, "goal", m.goal);
    d.set("input_count", std::to_string(m.inputs.size()));
    d.set("activity_group_count", std::to_string(m.activities.size()));
    d.set("output_count", std::to_string(m.outputs.size()));
    d.set("outcome_count", std::to_string(m.outcomes.size()));
    d.set("measure_count", std::to_string(m.measures.size()));
    d.set("has_measures", !m.measures.empty());
    d.set("measures", texts(m.measures));
    return d;
  }

  TemplateData self_assessment() const {
    const SelfAssessment& a = c_.self_assessment;
    TemplateData d;
    d.set("present", a.present);
    d.set("has_date", a.date.has_value());
    d.set("date", date(a.date));
    auto chapters = self_assessment_progress(c_, x_.guide);
    Progress all = overall_progress(chapters);
    d.set("action_count", std::to_string(all.total()));
    d.set("done_count", std::to_string(all.done));
    d.set("in_progress_count", std::to_string(all.in_progress));
    d.set("not_started_count", std::to_string(all.not_started));
    d.set("percent", percent(all.percent()));
    d.set("chapter_count", std::to_string(chapters.size()));
    return d;
  }

  TemplateData prioritisation() const {
    const Prioritisation& p = c_.prioritisation;
    TemplateData d;
    d.set("present", p.present);
    d.set("has_year", !p.year.empty());
    d.set("year", p.year);
    PrioritisationResult r = prioritisation_result(p);
    int funded = 0;
    for (bool f : r.line.funded) funded += f ? 1 : 0;
    d.set("budget", format_money(p.budget));
    d.set("committed", format_money(r.line.committed));
    d.set("remaining", format_money(r.line.remaining));
    d.set("slipped", format_money(r.line.slipped));
    d.set("project_count", std::to_string(p.projects.size()));
    d.set("criterion_count", std::to_string(p.criteria.size()));
    d.set("funded_count", std::to_string(funded));
    d.set("slipped_count", std::to_string(p.projects.size() - static_cast<size_t>(funded)));
    d.set("has_slipped", static_cast<size_t>(funded) < p.projects.size());
    return d;
  }

  TemplateData cnd(const CndYear& y) const {
    TemplateData d;
    d.set("year", y.year);
    auto r = cnd_result(c_, y, x_.cnd_sets, x_.today);
    d.set("title", r ? r->set->title.in(lang_) : "");
    d.set("total_points", r ? std::to_string(r->set->total_points) : "0");
    d.set("indicator_count", r ? std::to_string(r->set->indicators.size()) : "0");
    d.set("practice_count", r ? std::to_string(r->practices.size()) : "0");
    d.set("points", r ? group_digits(r->cluster.achieved) : "0");
    d.set("available", r ? group_digits(r->cluster.available) : "0");
    d.set("percent", percent(r ? r->cluster.percent : 0));
    int tenths = r ? r->cluster.average_tenths : 0;
    d.set("average", std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : ""));
    d.set("overdue_count", std::to_string(r ? r->overdue : 0));
    d.set("has_overdue", r && r->overdue > 0);
    return d;
  }

  TemplateData report(const AnnualReport& a) const {
    TemplateData d;
    YearSummary y = year_summary(c_, a, x_.today);
    d.set("year", a.year);
    d.set("start", format_date(y.year.start, lang_));
    d.set("end", format_date(y.year.end, lang_));
    text(d, "introduction", a.introduction);
    d.set("highlights", texts(a.highlights));
    d.set("has_highlights", !a.highlights.empty());
    d.set("next_year", texts(a.next_year));
    d.set("has_next_year", !a.next_year.empty());
    d.set("decision_count", std::to_string(y.decisions.size()));
    d.set("has_decisions", !y.decisions.empty());
    d.set("carried_count", std::to_string(y.carried));
    d.set("risks_raised", std::to_string(y.opened.size()));
    d.set("risks_closed", std::to_string(y.closed.size()));
    d.set("has_risk_changes", !y.opened.empty() || !y.closed.empty());
    // As at the year's end (or today, while it runs), not the build date.
    d.set("as_at", format_date(y.as_at, lang_));
    d.set("open_risk_count", std::to_string(y.open_at_end.size()));
    d.set("case_count", std::to_string(y.approved.size()));
    d.set("has_cases", !y.approved.empty());
    d.set("cases_total", format_money(y.approved_total));
    std::optional<CndResult> cnd;
    if (y.cnd) cnd = cnd_result(c_, *y.cnd, x_.cnd_sets, y.as_at);
    d.set("has_cnd", cnd.has_value());
    d.set("cnd_points", cnd ? group_digits(cnd->cluster.achieved) : "0");
    d.set("cnd_available", cnd ? group_digits(cnd->cluster.available) : "0");
    d.set("cnd_percent", percent(cnd ? cnd->cluster.percent : 0));
    auto chapters = self_assessment_progress(c_, x_.guide);
    d.set("has_self_assessment", c_.self_assessment.present);
    d.set("self_assessment_percent", percent(overall_progress(chapters).percent()));
    return d;
  }

  TemplateData risks() const {
    TemplateData d;
    int open = 0, escalated = 0, overdue = 0;
    for (const auto& r : c_.risks) {
      if (r.status != "open") continue;
      ++open;
      escalated += needs_escalation(risk_score(r.likelihood, r.impact), c_.escalate_at) ? 1 : 0;
      overdue += r.review && review_overdue(*r.review, x_.today) ? 1 : 0;
    }
    d.set("count", std::to_string(c_.risks.size()));
    d.set("open_count", std::to_string(open));
    d.set("escalated_count", std::to_string(escalated));
    d.set("overdue_count", std::to_string(overdue));
    d.set("escalate_at", std::to_string(c_.escalate_at));
    return d;
  }

  TemplateList members() const {
    TemplateList list;
    for (const auto& m : c_.members) {
      TemplateData e;
      e.set("name", m.name.in(lang_));
      e.set("type", t("member_type_" + underscore(m.type)));
      e.set("representative", person_name(c_, m.representative));
      e.set("deputy", person_name(c_, m.deputy));
      e.set("has_deputy", !m.deputy.empty());
      e.set("votes", std::to_string(m.votes));
      e.set("voting", m.votes > 0);
      list.push_back(e);
    }
    return list;
  }

  TemplateData terms(const GovernanceBody& body) const {
    const TermsOfReference& tor = body.terms;
    TemplateData d;
    std::vector<std::string> sitting = c_.members_of(body);
    int voters = 0;
    for (const auto& id : sitting) voters += c_.member(id)->votes > 0 ? 1 : 0;
    d.set("member_count", std::to_string(sitting.size()));
    d.set("voting_member_count", std::to_string(voters));
    d.set("all_members", body.all_members);
    d.set("has_delegation", !c_.delegation.empty());
    d.set("present", tor.present);
    d.set("is_leadership_team", tor.body == "leadership-team");
    d.set("is_stakeholder_board", tor.body != "leadership-team");
    d.set("body_name", t("body_" + underscore(tor.body.empty() ? "stakeholder-board" : tor.body)));
    text(d, "purpose", tor.purpose);
    text(d, "duty_statement", tor.duty_statement);
    text(d, "service_user_engagement", tor.service_user_engagement);
    text(d, "risk_management", tor.risk_management);
    text(d, "reporting", tor.reporting);
    text(d, "communication", tor.communication);
    text(d, "declarations_of_interest", tor.declarations_of_interest);
    d.set("functions", texts(tor.functions));
    d.set("has_functions", !tor.functions.empty());
    d.set("chair", person(tor.chair));
    d.set("has_vice_chair", !tor.vice_chair.empty());
    d.set("vice_chair", person(tor.vice_chair));
    d.set("agreed", date(tor.agreed));
    d.set("review", date(tor.review));
    const Meetings& m = tor.meetings;
    d.set("frequency", t("frequency_" + underscore(m.frequency.empty() ? "monthly" : m.frequency)));
    d.set("quorum_number", std::to_string(quorum_for(voters, {m.quorum_is_percent, m.quorum_value})));
    d.set("quorum_is_percent", m.quorum_is_percent);
    d.set("quorum_percent", std::to_string(m.quorum_value));
    d.set("papers_days_before", std::to_string(m.papers_days_before));
    d.set("minutes_within_days", std::to_string(m.minutes_within_days));
    text(d, "administrative_support", m.administrative_support);
    TemplateList signatories;
    for (const auto& id : tor.signatories) signatories.push_back(person(id));
    d.set("signatories", signatories);
    d.set("has_signatories", !tor.signatories.empty());
    return d;
  }

  TemplateData voting() const {
    const VotingRules& v = c_.voting;
    TemplateData d;
    d.set("present", v.present);
    d.set("consensus_first", v.consensus_first);
    d.set("general_majority", t("majority_" + underscore(v.general_majority)));
    d.set("financial_majority", t("majority_" + underscore(v.financial_majority)));
    d.set("counted_on", t("majority_of_" + underscore(v.majority_of)));
    d.set("of_votes_cast", v.majority_of == "votes-cast");
    int voters = voting_member_count(c_);
    int votes = 0;
    for (const auto& m : c_.members) votes += m.votes;
    auto needed = [&](const std::string& rule) {
      return std::to_string(votes_needed(parse_majority(rule).value_or(Majority::Simple), votes));
    };
    d.set("voting_members", std::to_string(voters));
    d.set("total_votes", std::to_string(votes));
    d.set("general_needed", needed(v.general_majority));
    d.set("financial_needed", needed(v.financial_majority));
    d.set("proxies", v.proxies);
    d.set("casting_vote", v.casting_vote == "chair");
    d.set("has_delegation", !c_.delegation.empty());
    text(d, "escalation", v.escalation);
    return d;
  }

  TemplateData vision() const {
    const Vision& v = c_.vision;
    TemplateData d;
    d.set("present", v.present);
    text(d, "statement", v.statement);
    text(d, "mission", v.mission);
    d.set("aims", texts(v.aims));
    d.set("has_aims", !v.aims.empty());
    TemplateList values;
    for (const auto& value : v.values) {
      TemplateData e;
      e.set("name", value.name.in(lang_));
      text(e, "description", value.description);
      values.push_back(e);
    }
    d.set("values", values);
    d.set("has_values", !v.values.empty());
    return d;
  }

  TemplateData sbar(const Sbar& s) const {
    TemplateData d;
    d.set("id", s.id);
    d.set("title", s.title.in(lang_));
    d.set("has_meeting", s.meeting.has_value());
    d.set("meeting", date(s.meeting));
    d.set("author", person(s.author));
    d.set("purpose", t("sbar_purpose_" + s.purpose));
    d.set("is_decision", s.purpose == "decision");
    d.set("financial", s.financial);
    const VotingRules& v = c_.voting;
    const std::string& rule = s.financial ? v.financial_majority : v.general_majority;
    d.set("majority", t("majority_" + underscore(rule)));
    text(d, "situation", s.situation);
    text(d, "background", s.background);
    text(d, "assessment", s.assessment);
    text(d, "recommendation", s.recommendation);
    return d;
  }

  TemplateData business_case(const BusinessCase& b) const {
    TemplateData d;
    d.set("id", b.id);
    d.set("title", b.title.in(lang_));
    d.set("has_sponsor", !b.sponsor.empty());
    d.set("sponsor", person(b.sponsor));
    text(d, "summary", b.summary);
    d.set("benefits", texts(b.benefits));
    d.set("has_benefits", !b.benefits.empty());
    std::vector<std::vector<Pence>> rows;
    for (const auto& line : b.costs) rows.push_back(line.amounts);
    auto totals = cost_totals(rows);
    d.set("total_cost", totals ? format_money(totals->grand_total) : "");
    d.set("year_count", std::to_string(b.years.size()));
    d.set("has_funding_source", !b.funding_source.empty());
    d.set("funding_source", b.funding_source.empty() ? "" : t("funding_" + underscore(b.funding_source)));
    d.set("has_options", !b.options.empty());
    d.set("has_risks", !b.risks.empty());
    text(d, "exit_strategy", b.exit_strategy);
    text(d, "evaluation", b.evaluation);
    d.set("has_decision", !b.decision.empty());
    d.set("decision_id", b.decision);
    return d;
  }

 private:
  const ViewContext& x_;
  const Cluster& c_;
  Language lang_;
};

}  // namespace

TemplateData cluster_view(const ViewContext& ctx) { return View(ctx).build(); }
TemplateData sbar_view(const ViewContext& ctx, const Sbar& sbar) { return View(ctx).sbar(sbar); }
TemplateData business_case_view(const ViewContext& ctx, const BusinessCase& bc) {
  return View(ctx).business_case(bc);
}
TemplateData cnd_view(const ViewContext& ctx, const CndYear& year) { return View(ctx).cnd(year); }
TemplateData report_view(const ViewContext& ctx, const AnnualReport& report) { return View(ctx).report(report); }
TemplateData terms_view(const ViewContext& ctx, const GovernanceBody& body) { return View(ctx).terms(body); }

}  // namespace cp
