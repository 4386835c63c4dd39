#pragma once
// `clusterpack serve`: builds the site into memory, serves it over HTTP on
// loopback (cpp-httplib), watches the inputs and rebuilds what a change
// affects, telling open pages to reload through server-sent events.
#include <string>

namespace cp {

struct ServeOptions {
  std::string source = ".";
  std::string bind = "127.0.0.1";
  int port = 1313;
  int max_live_clients = 64;  // each open tab holds one server thread
};

// Runs until SIGINT/SIGTERM; returns the exit code.
int run_serve(const ServeOptions& options);

// Maps a request path to an output path: "/" → "index.html", "/en/" →
// "en/index.html". Empty for anything that could leave the output
// ("..", ".", backslashes, NUL, encoded forms already decoded by the server).
std::string output_path_for_request(const std::string& request_path);
// The Content-Type for an output path.
std::string content_type_for(const std::string& path);

}  // namespace cp
