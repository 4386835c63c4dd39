#include "site/site_documents.h"

namespace cp {

GenerateInputs generate_inputs(const SiteInputs& in, const Cluster& cluster) {
  const HealthBoard* board = board_of(in, cluster);
  // Self-assessments quote the guide's key actions; CND reports need the
  // indicator sets.
  return {cluster, board, in.templates, in.strings, all_languages(), today_for(in, cluster), &in.key_actions, &in.cnd_sets};
}

size_t count_documents(const SiteInputs& in, const Cluster& cluster, Diagnostics& diags) {
  return generate_documents(generate_inputs(in, cluster), diags).size();
}

SiteDocuments::SiteDocuments(const SiteInputs& in) : clusters_(in.clusters.data()), cluster_count_(in.clusters.size()) {
  for (const auto& cluster : in.clusters) {
    Range range{plans_.size(), plans_.size()};
    for (auto& plan : plan_documents(cluster, in.templates, all_languages(), in.strings)) {
      PlannedDocument planned;
      planned.cluster = &cluster;
      planned.id = plan.id;
      planned.title = plan.title;
      planned.template_id = plan.source->id;
      planned.made_from = plan.source->needs;
      if (plan.body) planned.body = plan.body->id;
      planned_.push_back(std::move(planned));
      plans_.push_back(std::move(plan));
    }
    range.end = plans_.size();
    by_cluster_.push_back(range);
  }
}

SiteDocuments::Range SiteDocuments::range_of(const Cluster* cluster) const {
  if (cluster < clusters_ || cluster >= clusters_ + cluster_count_) return {};
  return by_cluster_[static_cast<size_t>(cluster - clusters_)];
}

bool SiteDocuments::has_documents(const Cluster* cluster) const {
  Range r = range_of(cluster);
  return r.end > r.begin;
}

bool SiteDocuments::replan(const SiteInputs& in, const Cluster& cluster) {
  Range r = range_of(&cluster);
  std::vector<DocumentPlan> plans = plan_documents(cluster, in.templates, all_languages(), in.strings);
  if (plans.size() != r.end - r.begin) return false;
  for (size_t i = 0; i < plans.size(); ++i) {
    const PlannedDocument& old = planned_[r.begin + i];
    if (old.id != plans[i].id || old.title.en != plans[i].title.en || old.title.cy != plans[i].title.cy) return false;
  }
  for (size_t i = 0; i < plans.size(); ++i) plans_[r.begin + i] = std::move(plans[i]);
  return true;
}

ClusterDocuments SiteDocuments::render(const SiteInputs& in, const Cluster& cluster, Diagnostics& diags) const {
  ClusterDocuments out;
  out.cluster = &cluster;
  Range r = range_of(&cluster);
  if (r.begin == r.end) return out;
  out.first = &planned_[r.begin];
  out.docs = render_documents(generate_inputs(in, cluster), std::span(plans_).subspan(r.begin, r.end - r.begin), diags);
  return out;
}

}  // namespace cp
