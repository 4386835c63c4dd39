#include "site/publish_readiness.h"

namespace cp {

bool is_example_url(const std::string& url) {
  size_t start = url.find("://");
  if (start == std::string::npos) return false;
  start += 3;
  size_t end = url.find_first_of(":/", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  size_t from = 0;
  while (from <= host.size()) {
    size_t dot = host.find('.', from);
    std::string label = host.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
    if (label == "example") return true;
    if (dot == std::string::npos) break;
    from = dot + 1;
  }
  return false;
}

Diagnostic example_cluster_placeholder(const Cluster& cluster) {
  return {Severity::Error, cluster.example_where, "the cluster '" + cluster.id + "' is fictional example data",
          "remove " + cluster.file + " before publishing, or replace its data with your cluster's and remove "
          "'example: true'"};
}

std::vector<Diagnostic> publish_placeholders(const SiteInputs& in, const SiteConfig& shipped) {
  std::vector<Diagnostic> out;
  auto add = [&](Location where, std::string message, std::string hint) {
    out.push_back({Severity::Error, std::move(where), std::move(message), std::move(hint)});
  };
  const Text& publisher = in.config.publisher;
  if (!publisher.empty() && publisher.en == shipped.publisher.en && publisher.cy == shipped.publisher.cy)
    add(publisher.where, "the publisher is still the example one",
        "give your health board's name in both languages under 'publisher' in site.yaml");
  for (const auto& lang : in.config.languages)
    if (is_example_url(lang.base_url))
      add(lang.base_url_where, "the " + lang.name + " base URL '" + lang.base_url + "' is an example address",
          "give the address the site will be published at, or build a staging copy with --base-url");
  for (const auto& cluster : in.clusters)
    if (cluster.example) out.push_back(example_cluster_placeholder(cluster));
  return out;
}

}  // namespace cp
