#include "pages/urls.h"

#include <vector>

namespace cp {

std::string file_for_url(const std::string& url) {
  if (url.empty() || url.back() == '/') return url + "index.html";
  return url;
}

namespace {

std::vector<std::string> directory_segments(const std::string& url) {
  std::string dir = url.substr(0, url.rfind('/') == std::string::npos ? 0 : url.rfind('/') + 1);
  std::vector<std::string> out;
  size_t start = 0;
  while (start < dir.size()) {
    size_t slash = dir.find('/', start);
    out.push_back(dir.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

}  // namespace

std::string root_prefix(const std::string& from_url) {
  std::string out;
  for (size_t i = 0; i < directory_segments(from_url).size(); ++i) out += "../";
  return out;
}

std::string relative_href(const std::string& from_url, const std::string& to_url) {
  std::vector<std::string> from = directory_segments(from_url);
  std::vector<std::string> to = directory_segments(file_for_url(to_url));
  size_t common = 0;
  while (common < from.size() && common < to.size() && from[common] == to[common]) ++common;
  std::string out;
  for (size_t i = common; i < from.size(); ++i) out += "../";
  for (size_t i = common; i < to.size(); ++i) out += to[i] + "/";
  std::string file = file_for_url(to_url);
  out += file.substr(file.rfind('/') == std::string::npos ? 0 : file.rfind('/') + 1);
  return out;
}

}  // namespace cp
