#include "site/site_documents.h"

namespace cp {

void generate_site_documents(const SiteInputs& in, Diagnostics& diags, SiteDocuments& out) {
  for (const auto& cluster : in.clusters) {
    const HealthBoard* board = nullptr;
    for (const auto& b : in.boards)
      if (b.id == cluster.board_id) board = &b;
    GenerateInputs gi{cluster, board, in.templates, in.strings, site_language_codes(), in.today, &in.key_actions,
                      &in.cnd_sets};
    for (auto& doc : generate_documents(gi, diags)) {
      PlannedDocument planned;
      planned.cluster = &cluster;
      planned.id = doc.id;
      planned.title = doc.title;
      out.generated.push_back(std::move(doc));
      out.planned.push_back(std::move(planned));
    }
  }
}

}  // namespace cp
