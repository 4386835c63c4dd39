#include "content/source_page.h"

#include "data/reader.h"
#include "data/yaml_tree.h"

namespace cp {

bool split_content_name(const std::string& file_name, std::string& stem, std::string& lang_code) {
  const std::string md = ".md";
  if (file_name.size() <= md.size() + 3 || file_name.compare(file_name.size() - md.size(), md.size(), md) != 0)
    return false;
  std::string base = file_name.substr(0, file_name.size() - md.size());
  size_t dot = base.rfind('.');
  if (dot == std::string::npos || dot == 0) return false;
  stem = base.substr(0, dot);
  lang_code = base.substr(dot + 1);
  return true;
}

namespace {

bool read_front_matter(const std::string& path, const std::string& yaml, Diagnostics& diags, FrontMatter& out) {
  YamlNode root;
  if (!parse_yaml(path, yaml, root, diags)) return false;
  int before = diags.error_count();
  DataReader r(path, diags);
  if (root.is_null()) {
    diags.error({path, 1, 1}, "the front matter is empty", "give at least a title: 'title: \"…\"'");
    return false;
  }
  Fields f(r, root, "the front matter");
  if (auto n = f.required("title"))
    if (auto t = r.text(*n)) out.title = *t;
  if (auto n = f.optional("summary"))
    if (auto t = r.text(*n)) out.summary = *t;
  if (auto n = f.optional("slug")) {
    if (auto t = r.id(*n)) {
      bool lower = t->find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
      if (lower)
        out.slug = *t;
      else
        r.error(*n, "invalid slug '" + *t + "'", "slugs use lowercase letters a–z, digits and '-'");
    }
  }
  if (auto n = f.optional("chapter"))
    if (auto v = r.integer(*n, 1, 99)) out.chapter = static_cast<int>(*v);
  if (auto n = f.optional("key_actions"))
    r.list(*n, [&](const YamlNode& item) {
      if (auto t = r.text(item)) out.key_actions.push_back(*t);
    });
  if (auto n = f.optional("key_actions_shared_with"))
    if (auto v = r.integer(*n, 1, 99)) out.key_actions_shared_with = static_cast<int>(*v);
  return diags.error_count() == before;
}

}  // namespace

std::optional<SourcePage> parse_source_page(const std::string& path, std::string text, Diagnostics& diags,
                                            SourceRegistry& sources) {
  SourcePage page;
  page.path = path;
  size_t slash = path.rfind('/');
  std::string name = path.substr(slash + 1);
  std::string dir = path.substr(0, slash);  // "content/guide"
  page.dir = dir == "content" ? "" : dir.substr(std::string("content/").size());
  std::string lang_code;
  if (!split_content_name(name, page.stem, lang_code)) return std::nullopt;
  auto lang = parse_language(lang_code);
  if (!lang) return std::nullopt;
  page.lang = *lang;
  page.key = page.dir.empty() ? page.stem : page.dir + "/" + page.stem;

  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  sources.add(path, text);
  Utf8Error bad;
  if (!valid_utf8(text, &bad)) {
    diags.error({path, bad.line, bad.col}, "invalid UTF-8 at byte offset " + std::to_string(bad.offset),
                "save the file as UTF-8");
    return std::nullopt;
  }
  // Front matter: a first line "---", YAML, and a closing "---" line.
  auto line_is_fence = [](const std::string& t, size_t at) {
    size_t end = t.find('\n', at);
    std::string line = t.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line == "---";
  };
  if (!line_is_fence(text, 0)) {
    diags.error({path, 1, 1}, "the page has no front matter",
                "start the file with '---', a line 'title: …', and another '---'");
    return std::nullopt;
  }
  size_t pos = text.find('\n');
  int line = 2;
  size_t close = std::string::npos;
  while (pos != std::string::npos) {
    size_t start = pos + 1;
    if (start >= text.size()) break;
    if (line_is_fence(text, start)) {
      close = start;
      break;
    }
    pos = text.find('\n', start);
    ++line;
  }
  if (close == std::string::npos) {
    diags.error({path, 1, 1}, "the front matter never closes", "end it with a line holding only '---'");
    return std::nullopt;
  }
  // Keep line numbers: the YAML starts on line 2 of the file, so it is given
  // one blank line in front.
  std::string yaml = "\n" + text.substr(text.find('\n') + 1, close - text.find('\n') - 1);
  if (!read_front_matter(path, yaml, diags, page.front)) return std::nullopt;
  size_t body_start = text.find('\n', close);
  page.body = body_start == std::string::npos ? "" : text.substr(body_start + 1);
  page.body_line = line + 1;
  return page;
}

}  // namespace cp
