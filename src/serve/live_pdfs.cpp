#include "serve/live_pdfs.h"

namespace cp {

std::optional<std::string> LivePdfs::pdf(const Page&, const std::string& output_path, const MakePdf& make,
                                         Diagnostics& diags, bool& from_cache) {
  auto it = entries_.find(output_path);
  if (it != entries_.end() && it->second.bytes) {
    from_cache = true;
    return it->second.bytes;
  }
  std::optional<std::string> bytes = make(diags);
  if (!bytes || diags.has_errors()) return std::nullopt;
  if (it != entries_.end()) {
    it->second.bytes = *bytes;
    ++kept_count_;
  }
  return bytes;
}

const LivePdfs::PageId* LivePdfs::page_of(const std::string& output_path) const {
  auto it = entries_.find(output_path);
  return it == entries_.end() ? nullptr : &it->second.page;
}

const std::string* LivePdfs::kept(const std::string& output_path) const {
  auto it = entries_.find(output_path);
  return it == entries_.end() || !it->second.bytes ? nullptr : &*it->second.bytes;
}

bool LivePdfs::link(const std::string& output_path, const PageId& page) {
  bool dropped = unlink(output_path);
  entries_.emplace(output_path, Entry{page, std::nullopt});
  return dropped;
}

bool LivePdfs::unlink(const std::string& output_path) {
  auto it = entries_.find(output_path);
  if (it == entries_.end()) return false;
  bool dropped = it->second.bytes.has_value();
  kept_count_ -= dropped;
  entries_.erase(it);
  return dropped;
}

void LivePdfs::unlink_all(const std::function<void(const std::string& output_path)>& dropped) {
  for (const auto& [path, entry] : entries_)
    if (entry.bytes) dropped(path);
  entries_.clear();
  kept_count_ = 0;
}

}  // namespace cp
