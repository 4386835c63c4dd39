#include "cli/check_files.h"

#include <iostream>

#include "cli/build_overrides.h"
#include "cli/lone_cluster.h"
#include "site/publish_readiness.h"
#include "site/site_documents.h"

namespace cp {

int run_check_files(const BuildArgs& args) {
  LoadOptions options;
  if (std::string problem = read_as_of(args.as_of, options.today); !problem.empty()) {
    std::cerr << "clusterpack: error: " << problem << "\n";
    return 2;
  }
  bool all_ok = true;
  for (const auto& file : args.files) {
    LoneCluster lone(file, args.source_given ? args.source : "", options, args.strict);
    if (!lone.usage_problem().empty()) {
      std::cerr << "clusterpack: error: " << lone.usage_problem() << "\n";
      return 2;
    }
    size_t documents = 0;
    if (const Cluster* cluster = lone.cluster()) {
      if (args.publish && cluster->example) lone.diags().add(example_cluster_placeholder(*cluster));
      documents = count_documents(lone.site(), *cluster, lone.diags());
    }
    lone.report();
    bool ok = lone.cluster() && !lone.diags().has_errors();
    all_ok = all_ok && ok;
    if (ok) {
      int warnings = lone.diags().warning_count();
      std::cout << "Checked " << file << ": " << documents << (documents == 1 ? " document, " : " documents, ")
                << warnings << (warnings == 1 ? " warning" : " warnings") << "\n";
    }
  }
  return all_ok ? 0 : 1;
}

}  // namespace cp
