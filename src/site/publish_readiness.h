#pragma once
// What is still a placeholder before a site is published: clusters marked
// as example data, the shipped example publisher, and base URLs on an
// example domain. `check --publish` and `build --publish` report each as
// an error at its place in the files; a plain build counts them in a note.
#include <vector>

#include "diag/diagnostic.h"
#include "site/site_inputs.h"

namespace cp {

// True for a URL whose host is a documentation placeholder (RFC 2606's
// example.com/.net/.org and *.example, or any host with an "example"
// label, such as the shipped clusters.example.wales).
bool is_example_url(const std::string& url);

// A cluster marked as example data, as a placeholder.
Diagnostic example_cluster_placeholder(const Cluster& cluster);

// Every placeholder of `in`, as errors with hints. `shipped` is the
// built-in site's settings, whose publisher is the example one.
std::vector<Diagnostic> publish_placeholders(const SiteInputs& in, const SiteConfig& shipped);

}  // namespace cp
