#pragma once
// Every cluster's governance documents. They are planned for the whole site
// at once (which documents each cluster has, their ids and titles: what the
// page plan needs), but rendered one cluster at a time, when that cluster's
// pages and PDFs are made, and freed after: holding every cluster's document
// trees took 1.4 MB per cluster, most of a build's memory.
#include <vector>

#include "documents/generate.h"
#include "pages/page_plan.h"
#include "site/site_inputs.h"

namespace cp {

// One cluster's documents, rendered.
struct ClusterDocuments {
  const Cluster* cluster = nullptr;
  const PlannedDocument* first = nullptr;  // the planned entry of docs[0]
  std::vector<GeneratedDocument> docs;     // in planned order

  const GeneratedDocument& of(const PlannedDocument* planned_doc) const {
    return docs.at(static_cast<size_t>(planned_doc - first));
  }
};

class SiteDocuments {
 public:
  SiteDocuments() = default;
  // Plans the documents of every cluster of `in` (renders nothing).
  explicit SiteDocuments(const SiteInputs& in);
  SiteDocuments(const SiteDocuments&) = delete;  // planned() points into itself
  SiteDocuments& operator=(const SiteDocuments&) = delete;
  SiteDocuments(SiteDocuments&&) = default;
  SiteDocuments& operator=(SiteDocuments&&) = default;

  // Every cluster's documents, cluster by cluster, each cluster's in the
  // order its templates come.
  const std::vector<PlannedDocument>& planned() const { return planned_; }
  // Whether `cluster` has any document (and so a pack).
  bool has_documents(const Cluster* cluster) const;
  // After `cluster` (one of the site's) was read again in place: plans its
  // documents again. True when they are the same documents (ids and
  // titles), whose planned entries then stay where they are; false when
  // they differ, and the site's documents must be planned anew.
  bool replan(const SiteInputs& in, const Cluster& cluster);
  // Renders the documents of `cluster` (one of the site's).
  ClusterDocuments render(const SiteInputs& in, const Cluster& cluster, Diagnostics& diags) const;

 private:
  struct Range {
    size_t begin = 0, end = 0;
  };
  std::vector<PlannedDocument> planned_;
  std::vector<DocumentPlan> plans_;  // plans_[i] is how to render planned_[i]
  std::vector<Range> by_cluster_;    // by the cluster's index in in.clusters
  const Cluster* clusters_ = nullptr;
  size_t cluster_count_ = 0;
  Range range_of(const Cluster* cluster) const;
};

// The inputs generate_documents needs for one of the site's clusters.
GenerateInputs generate_inputs(const SiteInputs& in, const Cluster& cluster);

// Makes every document of `cluster` (for their messages: `check FILE`) and
// says how many there are.
size_t count_documents(const SiteInputs& in, const Cluster& cluster, Diagnostics& diags);

}  // namespace cp
