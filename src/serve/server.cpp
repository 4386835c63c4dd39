#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include "data/language.h"
#include "html/escape.h"
#include "io/embedded_files.h"
#include "io/json_writer.h"
#include "serve/live_script.h"
#include "serve/live_site.h"
#include "serve/watcher.h"

namespace cp {

namespace {

std::atomic<bool> g_stop{false};
void on_signal(int) { g_stop = true; }

// What the pages see of the site's state, shared between the watcher thread
// and the HTTP threads.
struct SharedState {
  std::mutex mutex;
  std::condition_variable changed;
  bool built = false;  // a good site exists: its files are served
  long version = 0;
  std::string event;  // JSON of the last build: version, changed outputs, errors
  int live_clients = 0;
  // The live site itself: rebuilt by the watcher thread, asked for PDFs by
  // the HTTP threads. Whoever uses it holds site_mutex, so a PDF is made
  // from one consistent state and a rebuild waits for it (and vice versa).
  std::mutex site_mutex;
  LiveSite* site = nullptr;
};

std::string build_event(long version, const LiveSite& site) {
  JsonWriter json;
  json.begin_object().member("version", static_cast<long long>(version));
  json.key("changed").begin_array();
  for (const auto& path : site.changed_outputs()) json.value(path);
  json.end_array().key("errors").begin_array();
  for (const auto& d : site.problems().sorted()) {
    if (d.severity != Severity::Error) continue;
    json.begin_object()
        .member("file", d.where.file)
        .member("line", d.where.line)
        .member("col", d.where.col)
        .member("message", d.message)
        .member("hint", d.hint)
        .member("source", site.sources().line_text(d.where.file, d.where.line))
        .end_object();
  }
  return json.end_array().end_object().text();
}

void publish(SharedState& state, const LiveSite& site) {
  std::lock_guard<std::mutex> lock(state.mutex);
  ++state.version;
  state.built = state.built || !site.files().empty();
  state.event = build_event(state.version, site);
  state.changed.notify_all();
}

std::string inject_live_script(const std::string& html) {
  const std::string tag = "<script src=\"/__clusterpack/live.js\" defer></script>\n";
  size_t at = html.rfind("</body>");
  return at == std::string::npos ? html + tag : html.substr(0, at) + tag + html.substr(at);
}

// The language of a path below the output root, by its first folder
// ("cy/…", or "/cy/…" as asked for): what a page served in place of the
// file asked for speaks. English outside both folders.
Language language_of_path(std::string_view path) {
  if (path.starts_with('/')) path.remove_prefix(1);
  for (Language lang : all_languages())
    if (path.starts_with(code(lang) + "/")) return lang;
  return Language::en;
}

// The page a PDF request gets when the PDF cannot be made, in the
// language of its path: why, with the diagnostics as text. It carries the
// live script, so a broken build also shows the overlay, and the page
// reloads (into the PDF) once a change fixes it.
std::string pdf_error_page(const std::string& path, bool broken_build, const std::string& problems) {
  const Language lang = language_of_path(path);
  const bool cy = lang == Language::cy;
  std::string title = cy ? "Nid oedd modd creu'r PDF hwn" : "This PDF could not be made";
  std::string why = broken_build
                        ? (cy ? "Mae gwallau yn y wefan, a restrir isod. Cywirwch nhw a chadw'r ffeil: bydd y "
                                "dudalen hon wedyn yn dangos y PDF."
                              : "The site has errors, listed below. Fix them and save: this page then shows the PDF.")
                        : (cy ? "Methodd creu'r PDF:" : "Making the PDF failed:");
  std::string name = path.substr(path.rfind('/') + 1);
  return "<!DOCTYPE html>\n<html lang=\"" + code(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
         html_escape(title) + "</title>\n</head>\n<body>\n<h1>" + html_escape(title) + "</h1>\n<p><code>" +
         html_escape(name) + "</code></p>\n<p>" + html_escape(why) + "</p>\n<pre>" + html_escape(problems) +
         "</pre>\n</body>\n</html>\n";
}

// A PDF a page links: from the live site's cache, or made now. False when
// no page links a PDF at `path`.
bool serve_pdf(SharedState& state, const std::string& path, httplib::Response& res) {
  if (!path.ends_with(".pdf")) return false;
  std::lock_guard<std::mutex> lock(state.site_mutex);
  LiveSite& site = *state.site;
  if (!site.has_pdf(path)) return false;
  size_t cached = site.cached_pdfs();
  auto t0 = std::chrono::steady_clock::now();
  Diagnostics diags;
  std::optional<std::string> bytes = site.pdf(path, diags);
  res.set_header("Cache-Control", "no-store");
  if (bytes) {
    if (site.cached_pdfs() != cached)
      std::printf("Made %s in %.0f ms\n", path.c_str(),
                  std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    std::fflush(stdout);
    res.set_content(*bytes, content_type_for(path).c_str());
    return true;
  }
  bool broken = site.problems().has_errors();
  std::string problems = format_all(diags, site.sources());
  if (!broken) std::fprintf(stderr, "Could not make %s:\n%s", path.c_str(), problems.c_str());
  res.status = 500;
  res.set_content(inject_live_script(pdf_error_page(path, broken, problems)), "text/html; charset=utf-8");
  return true;
}

void install_routes(httplib::Server& server, SharedState& state, int max_clients) {
  // Only GET and HEAD: the preview changes nothing.
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content("method not allowed\n", "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get("/__clusterpack/live.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(kLiveScript, "text/javascript; charset=utf-8");
  });
  server.Get("/__clusterpack/status", [&state](const httplib::Request&, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(state.mutex);
    res.set_header("Cache-Control", "no-store");
    res.set_content(state.event, "application/json");
  });
  server.Get("/__clusterpack/events", [&state, max_clients](const httplib::Request&, httplib::Response& res) {
    {
      std::lock_guard<std::mutex> lock(state.mutex);
      if (state.live_clients >= max_clients) {
        res.status = 503;
        res.set_content("too many open pages\n", "text/plain; charset=utf-8");
        return;
      }
      ++state.live_clients;
    }
    res.set_header("Cache-Control", "no-store");
    auto sent = std::make_shared<long>(-1);
    res.set_chunked_content_provider(
        "text/event-stream",
        [&state, sent](size_t, httplib::DataSink& sink) {
          std::unique_lock<std::mutex> lock(state.mutex);
          if (*sent == state.version)
            state.changed.wait_for(lock, std::chrono::seconds(10), [&] { return g_stop || *sent != state.version; });
          if (g_stop) return false;
          std::string message = *sent == state.version ? std::string(": keep-alive\n\n")
                                                       : "event: build\ndata: " + state.event + "\n\n";
          *sent = state.version;
          lock.unlock();
          return sink.write(message.data(), message.size());
        },
        [&state](bool) {
          std::lock_guard<std::mutex> lock(state.mutex);
          --state.live_clients;
        });
  });
  server.Get(R"(/.*)", [&state](const httplib::Request& req, httplib::Response& res) {
    std::string path = output_path_for_request(req.path);
    bool built;
    {
      std::lock_guard<std::mutex> lock(state.mutex);
      built = state.built;
    }
    // The files are read from the live site itself (no copy of the site per
    // update): an update holds their lock only while it puts its files in.
    std::optional<std::string> file;
    if (!path.empty() && built) file = state.site->file(path);
    if (!path.empty() && built && !file && serve_pdf(state, path, res)) return;
    if (!file) {
      res.status = 404;
      auto page = built ? state.site->file(code(language_of_path(req.path)) + "/404.html") : std::nullopt;
      if (page)
        res.set_content(inject_live_script(*page), "text/html; charset=utf-8");
      else
        res.set_content("not found\n", "text/plain; charset=utf-8");
      return;
    }
    res.set_header("Cache-Control", "no-store");
    std::string type = content_type_for(path);
    if (type.rfind("text/html", 0) == 0)
      res.set_content(inject_live_script(*file), type.c_str());
    else
      res.set_content(std::move(*file), type.c_str());
  });
}

}  // namespace

std::string output_path_for_request(const std::string& request_path) {
  if (request_path.empty() || request_path[0] != '/') return {};
  if (request_path.find_first_of(std::string("\\\0", 2)) != std::string::npos) return {};
  std::string path = request_path.substr(1);
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    std::string segment = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment == ".." || segment == "." || (segment.empty() && slash != std::string::npos)) return {};
    if (segment.find("%2e") != std::string::npos || segment.find("%2E") != std::string::npos) return {};
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (path.empty() || path.back() == '/') path += "index.html";
  return path;
}

std::string content_type_for(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".xml")) return "application/xml";
  if (ends(".pdf")) return "application/pdf";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".woff")) return "font/woff";
  if (ends(".wasm")) return "application/wasm";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

int run_serve(const ServeOptions& options) {
  DiskFileSystem disk(options.source);
  SourceWithDefaults fs(disk);
  LiveSite site(fs);
  SharedState state;
  state.site = &site;
  auto started = std::chrono::steady_clock::now();
  bool ok = site.rebuild_all();
  publish(state, site);
  if (!ok) std::cerr << format_all(site.problems(), site.sources());
  std::printf("Built in %.0f ms%s\n",
              std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count(),
              ok ? "" : " with errors: open pages show them");

  httplib::Server server;
  // One thread per open page's event stream, plus room for requests.
  int threads = options.max_live_clients + 16;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  install_routes(server, state, options.max_live_clients);
  if (options.bind != "127.0.0.1" && options.bind != "localhost" && options.bind != "::1")
    std::fprintf(stderr, "warning: serving on %s: anyone who can reach this address can read the preview\n",
                 options.bind.c_str());
  if (!server.bind_to_port(options.bind.c_str(), options.port)) {
    std::fprintf(stderr, "clusterpack: error: cannot listen on %s:%d\nhint: is another server using the port? try --port\n",
                 options.bind.c_str(), options.port);
    return 1;
  }
  std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  std::printf("Serving on http://%s:%d/\n  English: http://%s:%d/en/\n  Cymraeg: http://%s:%d/cy/\nPress Ctrl-C to stop.\n",
              host.c_str(), options.port, host.c_str(), options.port, host.c_str(), options.port);
  std::fflush(stdout);
  std::thread http([&server] { server.listen_after_bind(); });

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  Watcher watcher(options.source);
  if (!watcher.ok()) std::fprintf(stderr, "warning: cannot watch files (inotify); changes need a restart\n");
  while (!g_stop) {
    auto changed = watcher.wait(std::chrono::milliseconds(200), std::chrono::milliseconds(15));
    if (changed.empty()) continue;
    std::lock_guard<std::mutex> lock(state.site_mutex);
    auto t0 = std::chrono::steady_clock::now();
    bool built = site.apply(changed);
    publish(state, site);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (built) {
      std::printf("Rebuilt (%s) in %.1f ms: %zu files changed\n", site.last_scope().c_str(), ms,
                  site.changed_outputs().size());
    } else {
      std::fprintf(stderr, "%s", format_all(site.problems(), site.sources()).c_str());
      std::printf("Build failed in %.1f ms: still serving the last good site\n", ms);
    }
    std::fflush(stdout);
  }
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    state.changed.notify_all();
  }
  server.stop();
  http.join();
  std::printf("Stopped.\n");
  return 0;
}

}  // namespace cp
