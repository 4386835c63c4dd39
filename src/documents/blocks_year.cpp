// Blocks of the Cluster Network Domain record (seed 002), the key actions
// self-assessment (the guide's summary) and the annual report (guide 3.11).
#include "documents/blocks_internal.h"
#include "documents/decision_results.h"
#include "documents/pack_results.h"
#include "documents/table_builder.h"
#include "governance/money.h"
#include "governance/risk.h"

namespace cp::blocks {

namespace {

std::string of(const Words& t, int n, int total) { return t.format("count_of", group_digits(n)) + " " + group_digits(total); }

std::string item_heading(const CndItem& item, Language lang) {
  return item.part.empty() ? item.code : item.code + ": " + item.title.in(lang);
}

// "10–11. Employment …; Staff Recruitment …" for a chapter whose list
// another chapter shares.
std::string chapter_label(const KeyActionGuide& guide, const GuideChapterActions& c, Language lang,
                          const std::string& separator = ". ") {
  std::string numbers = std::to_string(c.chapter), titles = c.title.in(lang);
  for (const auto& other : guide.chapters)
    if (other.shared_with && *other.shared_with == c.chapter) {
      numbers += "–" + std::to_string(other.chapter);
      titles += "; " + other.title.in(lang);
    }
  return numbers + separator + titles;
}

std::string percent(int p) { return std::to_string(p) + "%"; }

std::vector<DocNode> cnd_points_table(const Words& t, const CndResult& r) {
  TableBuilder table;
  table.column(t("col_practice")).column(t.format("col_points_of", std::to_string(r.set->total_points)), Align::Right)
      .column(t("col_percent"), Align::Right);
  for (const auto& p : r.practices) {
    int pct = r.set->total_points ? (200 * p.points + r.set->total_points) / (2 * r.set->total_points) : 0;
    table.row({p.member->name.in(t.lang()), std::to_string(p.points), percent(pct)});
  }
  table.row({t("cnd_cluster_row"), of(t, r.cluster.achieved, r.cluster.available), percent(r.cluster.percent)}, "total");
  return one(table.build());
}

}  // namespace

std::vector<DocNode> cnd_indicators(const BlockContext& b) {
  Words t{b};
  auto r = cnd_result(t.cluster(), *b.cnd, b.view.cnd_sets, b.view.today);
  if (!r) return note(t.format("cnd_no_set", b.cnd->year));
  TableBuilder table;
  table.column(t("col_code")).column(t("col_indicator")).column(t("col_due")).column(t("col_points"), Align::Right);
  int total = 0;
  for (const auto& ind : r->set->indicators)
    for (const auto& item : ind.items) {
      std::string title = ind.title.in(t.lang()) + (item.part.empty() ? "" : ": " + item.title.in(t.lang()));
      table.row({ind.code, title, t.date(item.due), std::to_string(item.points)});
      total += item.points;
    }
  table.row({t("col_total"), "", "", std::to_string(total)}, "total");
  std::vector<DocNode> out = one(table.build());
  for (const auto& ind : r->set->indicators) {
    DocNode strong;
    strong.kind = NodeKind::Strong;
    strong.children.push_back(make_text(ind.code + ": " + ind.title.in(t.lang())));
    out.push_back(make_paragraph({strong}));
    out.push_back(make_paragraph({make_text(ind.description.in(t.lang()))}));
  }
  return out;
}

std::vector<DocNode> cnd_practices(const BlockContext& b) {
  Words t{b};
  auto r = cnd_result(t.cluster(), *b.cnd, b.view.cnd_sets, b.view.today);
  if (!r) return note(t.format("cnd_no_set", b.cnd->year));
  TableBuilder table(t("cnd_practices_caption"));
  table.column(t("col_practice"));
  for (const CndItem* item : r->items)
    table.column(item_heading(*item, t.lang()) + " (" + std::to_string(item->points) + ")");
  table.column(t.format("col_points_of", std::to_string(r->set->total_points)), Align::Right);
  for (const auto& p : r->practices) {
    std::vector<std::string> cells = {p.member->name.in(t.lang())};
    std::vector<std::string> styles;
    for (const auto& s : p.items) {
      bool overdue = cnd_overdue(s, b.view.today);
      cells.push_back(s.achieved ? t("cnd_achieved") : overdue ? t("cnd_overdue") : t("cnd_not_yet"));
      styles.push_back(s.achieved ? "achieved" : overdue ? "overdue" : "");
    }
    cells.push_back(std::to_string(p.points));
    table.row(cells);
    for (size_t i = 0; i < styles.size(); ++i)
      if (!styles[i].empty()) table.style_cell(i + 1, styles[i]);
  }
  std::vector<std::string> cluster = {t("cnd_cluster_row")};
  for (size_t i = 0; i < r->items.size(); ++i) {
    int n = 0;
    for (const auto& p : r->practices) n += p.items[i].achieved ? 1 : 0;
    cluster.push_back(of(t, n, static_cast<int>(r->practices.size())));
  }
  cluster.push_back(of(t, r->cluster.achieved, r->cluster.available));
  table.row(cluster, "total");
  std::vector<DocNode> out = one(table.build());
  out.push_back(make_paragraph({make_text(t("cnd_key"))}));
  return out;
}

std::vector<DocNode> self_assessment_progress(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  if (!c.self_assessment.present) return note(t("no_self_assessment"));
  auto chapters = self_assessment_progress(c, b.view.guide);
  TableBuilder table;
  table.column(t("col_chapter")).column(t("col_done"), Align::Right).column(t("col_in_progress"), Align::Right)
      .column(t("col_not_started"), Align::Right).column(t("col_progress"));
  auto row = [&](const std::string& label, const Progress& p, const std::string& style) {
    table.row({label, std::to_string(p.done), std::to_string(p.in_progress), std::to_string(p.not_started),
               percent(p.percent())},
              style);
    table.style_cell(4, "bar-" + std::to_string(p.bar_step()));
  };
  for (const auto& ch : chapters) row(chapter_label(*b.view.guide, *ch.chapter, t.lang()), ch.progress, "");
  row(t("col_total"), overall_progress(chapters), "total");
  std::vector<DocNode> out = one(table.build());
  out.push_back(make_paragraph({make_text(t("progress_key"))}));
  return out;
}

std::vector<DocNode> self_assessment_actions(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  std::vector<DocNode> out;
  if (!b.view.guide) return out;
  for (const auto& ch : self_assessment_progress(c, b.view.guide)) {
    TableBuilder table(t("col_chapter") + " " + chapter_label(*b.view.guide, *ch.chapter, t.lang(), ": "));
    table.column(t("col_id")).column(t("col_key_action")).column(t("col_status")).column(t("col_note"));
    for (size_t i = 0; i < ch.chapter->actions.size(); ++i) {
      std::string id = std::to_string(ch.chapter->chapter) + "." + std::to_string(i + 1);
      const KeyActionStatus* s = key_action_status(c, id);
      std::string status = s ? s->status : "not-started";
      table.row({id, ch.chapter->actions[i].in(t.lang()), t("ka_status_" + underscore(status)),
                 s ? s->note.in(t.lang()) : ""});
      table.style_cell(2, "ka-" + status);
    }
    out.push_back(table.build());
  }
  return out;
}

std::vector<DocNode> year_decisions(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  YearSummary y = year_summary(c, *b.report, b.view.today);
  if (y.decisions.empty()) return note(t("year_no_decisions"));
  TableBuilder table;
  table.column(t("col_id")).column(t("col_date")).column(t("col_decision")).column(t("col_outcome"))
      .column(t("col_actions_done"), Align::Right);
  for (const Decision* d : y.decisions) {
    DecisionResult r = decision_result(c, *d);
    int done = 0;
    for (const auto& a : d->actions) done += a.status == "done" ? 1 : 0;
    std::string title = d->title.in(t.lang());
    if (d->financial && d->amount) title += " (" + format_money(*d->amount) + ")";
    table.row({d->id, t.date(d->date), title, t("outcome_" + underscore(outcome_id(r.outcome))),
               d->actions.empty() ? "—" : of(t, done, static_cast<int>(d->actions.size()))});
  }
  return one(table.build());
}

std::vector<DocNode> year_risks(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  YearSummary y = year_summary(c, *b.report, b.view.today);
  std::vector<const Risk*> risks = y.opened;
  for (const Risk* r : y.closed)
    if (std::find(risks.begin(), risks.end(), r) == risks.end()) risks.push_back(r);
  if (risks.empty()) return note(t("year_no_risks"));
  TableBuilder table;
  table.column(t("col_id")).column(t("col_risk")).column(t("col_score"), Align::Right).column(t("col_band"))
      .column(t("col_raised")).column(t("col_closed")).column(t("col_status"));
  for (const Risk* r : risks) {
    int score = risk_score(r->likelihood, r->impact);
    std::string band = band_id(band_for(score));
    table.row({r->id, r->title.in(t.lang()), std::to_string(score), t("band_" + band), t.date(r->raised),
               t.date(r->closed), t("risk_status_" + r->status)});
    table.style_cell(3, "band-" + band);
  }
  return one(table.build());
}

std::vector<DocNode> year_business_cases(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  YearSummary y = year_summary(c, *b.report, b.view.today);
  if (y.approved.empty()) return note(t("year_no_cases"));
  std::vector<Pence> amounts;
  for (const BusinessCase* bc : y.approved) amounts.push_back(business_case_total(*bc));
  bool pence = any_pence(amounts);
  TableBuilder table;
  table.column(t("col_business_case")).column(t("col_decision")).column(t("col_date"))
      .column(t("col_total_cost"), Align::Right);
  for (const BusinessCase* bc : y.approved) {
    const Decision* d = find_decision(c, bc->decision);
    std::string years = bc->years.empty() ? "" : " (" + bc->years.front() +
                                                     (bc->years.size() > 1 ? "–" + bc->years.back() : "") + ")";
    table.row({bc->title.in(t.lang()) + years, d ? d->id : "", d ? t.date(d->date) : "",
               money_cell(business_case_total(*bc), pence)});
  }
  table.row({t("col_total"), "", "", money_cell(y.approved_total, pence)}, "total");
  return one(table.build());
}

std::vector<DocNode> year_cnd(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  YearSummary y = year_summary(c, *b.report, b.view.today);
  std::optional<CndResult> r;
  if (y.cnd) r = cnd_result(c, *y.cnd, b.view.cnd_sets, y.as_at);
  if (!r) return note(t.format("year_no_cnd", b.report->year));
  return cnd_points_table(t, *r);
}

}  // namespace cp::blocks
