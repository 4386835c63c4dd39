// The directory of the site's data: the health boards, each board with its
// clusters, each cluster with its members and documents, and the frame of a
// document's page.
#include <algorithm>

#include "i18n/collate.h"
#include "i18n/dates.h"
#include "pages/kind_data.h"

namespace cp {

namespace {

// Things in the alphabetical order of their names in the page's
// language. Each name's collation key is made once, not at every
// comparison: the Welsh list of a thousand clusters took 80 ms that way.
template <typename T>
std::vector<const T*> in_name_order(std::vector<const T*> items, Language lang) {
  std::vector<std::pair<std::string, const T*>> keyed;
  keyed.reserve(items.size());
  for (const T* item : items) keyed.emplace_back(collation_key(item->name.in(lang), lang), item);
  // As collate_less: the key, then the name itself.
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.second->name.in(lang) < b.second->name.in(lang);
  });
  for (size_t i = 0; i < keyed.size(); ++i) items[i] = keyed[i].second;
  return items;
}

std::vector<const Cluster*> clusters_of(const PageContext& at, const std::string& board_id) {
  std::vector<const Cluster*> out;
  for (const auto& c : at.site.clusters)
    if (c.board_id == board_id) out.push_back(&c);
  return in_name_order(std::move(out), at.lang);
}

std::string group_thousands(long long n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string underscore(std::string s) {
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

std::string cluster_key(const Cluster& c) { return "cluster/" + c.board_id + "/" + c.id; }

TemplateData cluster_entry(const PageContext& at, const Cluster& c) {
  TemplateData e;
  e.set("name", c.name.in(at.lang));
  e.set("href", at.href(cluster_key(c)));
  e.set("has_population", c.population.has_value());
  e.set("population", c.population ? group_thousands(*c.population) : "");
  e.set("example", c.example);
  return e;
}

TemplateData board_entry(const PageContext& at, const HealthBoard& b) {
  TemplateData e;
  e.set("name", b.name.in(at.lang));
  e.set("area", b.area.in(at.lang));
  e.set("href", at.href("board/" + b.id));
  TemplateList list;
  for (const Cluster* c : clusters_of(at, b.id)) list.push_back(cluster_entry(at, *c));
  e.set("has_clusters", !list.empty());
  e.set("cluster_count", std::to_string(list.size()));
  e.set("clusters", list);
  return e;
}

TemplateList member_rows(const PageContext& at, const Cluster& c) {
  TemplateList members;
  for (const auto& m : c.members) {
    TemplateData row;
    row.set("name", m.name.in(at.lang));
    row.set("type", at.t("member_type_" + underscore(m.type)));
    const Person* rep = c.person(m.representative);
    row.set("representative", rep ? rep->name : "");
    row.set("votes", std::to_string(m.votes));
    members.push_back(row);
  }
  return members;
}

// The documents generated for a cluster, standing documents first.
TemplateList cluster_documents(const PageContext& at, const Cluster& c) {
  const auto& all = at.index().documents;
  auto found = all.find({cluster_key(c), at.lang});
  std::vector<const Page*> pages = found == all.end() ? std::vector<const Page*>() : found->second;
  auto id_of = [](const Page* p) { return p->document ? p->document->id : p->key; };
  std::stable_sort(pages.begin(), pages.end(),
                   [&](const Page* a, const Page* b) { return document_rank(id_of(a)) < document_rank(id_of(b)); });
  TemplateList list;
  for (const Page* p : pages) {
    std::string id = id_of(p);
    std::string type = id.rfind("sbar/", 0) == 0            ? at.t("document_type_sbar")
                       : id.rfind("business-case/", 0) == 0 ? at.t("document_type_business_case")
                                                            : "";
    TemplateData e;
    e.set("title", p->title);
    e.set("href", at.href(p->key));
    e.set("has_type", !type.empty());
    e.set("type", type);
    at.set_pdf(e, *p);
    list.push_back(e);
  }
  return list;
}

}  // namespace

void add_boards_data(const PageContext& at, TemplateData& d) {
  std::vector<const HealthBoard*> boards;
  for (const auto& b : at.site.boards) boards.push_back(&b);
  TemplateList list;
  for (const HealthBoard* b : in_name_order(std::move(boards), at.lang)) list.push_back(board_entry(at, *b));
  d.set("boards", list);
}

void add_board_data(const PageContext& at, TemplateData& d) { d.set("board", board_entry(at, *at.page.board)); }

void add_cluster_data(const PageContext& at, TemplateData& d) {
  const Cluster& c = *at.page.cluster;
  TemplateData e = cluster_entry(at, c);
  e.set("board_name", at.page.board ? at.page.board->name.in(at.lang) : c.board_id);
  e.set("board_href", at.href("board/" + c.board_id));
  e.set("member_count", std::to_string(c.members.size()));
  e.set("has_review", c.terms.review.has_value());
  e.set("review", c.terms.review ? format_date(*c.terms.review, at.lang) : "");
  e.set("review_iso", c.terms.review ? c.terms.review->iso() : "");
  // The meetings' calendar feed, written beside this page.
  e.set("has_calendar", !c.meetings.empty());
  e.set("calendar_href", "meetings.ics");
  d.set("cluster", e);
  d.set("members", member_rows(at, c));
  TemplateList documents = cluster_documents(at, c);
  d.set("has_documents", !documents.empty());
  d.set("documents", documents);
}

void add_document_data(const PageContext& at, TemplateData& d) {
  const Cluster& c = *at.page.cluster;
  TemplateData doc;
  doc.set("cluster_name", c.name.in(at.lang));
  doc.set("cluster_href", at.href(cluster_key(c)));
  doc.set("board_name", at.page.board ? at.page.board->name.in(at.lang) : c.board_id);
  doc.set("example", c.example);
  d.set("document", doc);
}

}  // namespace cp
