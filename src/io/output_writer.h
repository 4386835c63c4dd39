#pragma once
// Everything a build produces goes through one funnel. A build writes into
// a fresh staging directory beside the output and swaps it in only when the
// build succeeded, so a failed or killed build leaves the previous output
// exactly as it was.
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace cp {

// write() and link() may be called from several threads at once.
class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  // `path` is relative to the output root; a path that could leave the root
  // throws std::invalid_argument (a bug in the caller, never user input).
  virtual void write(const std::string& path, std::string_view bytes) = 0;
  // Puts the file `from` (outside the output, e.g. in the build cache) at
  // `path`; by default a copy. Throws std::runtime_error when it cannot.
  virtual void link(const std::string& path, const std::string& from);
  // The build failed after writing some files (PDFs are written as they are
  // made, to keep memory flat): forget everything written.
  virtual void discard() = 0;
};

class MemoryOutput : public OutputWriter {
 public:
  void write(const std::string& path, std::string_view bytes) override;
  void discard() override { files_.clear(); }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

class StagedDiskOutput : public OutputWriter {
 public:
  // Creates the staging directory next to `final_dir`; throws
  // std::runtime_error when it cannot.
  explicit StagedDiskOutput(std::string final_dir);
  ~StagedDiskOutput() override;  // removes the staging directory unless committed
  void write(const std::string& path, std::string_view bytes) override;
  // A hard link (no copy of the bytes); a copy where links cannot be made.
  void link(const std::string& path, const std::string& from) override;
  void discard() override;  // empties the staging directory; the final one is untouched
  // Atomically puts the staged tree in place of the final directory
  // (renameat2 RENAME_EXCHANGE, then the old tree is removed, on `threads`).
  void commit(int threads = 1);
  const std::string& staging_dir() const { return staging_; }

 private:
  void make_parent(const std::string& path);  // the folders of `path`, below the staging folder
  std::string final_;
  std::string staging_;
  bool committed_ = false;
  std::mutex dirs_mutex_;
  std::set<std::string> dirs_;  // folders made so far, below the staging folder
};

// Removes the folder `path` and everything in it (links are removed, not
// followed), with `threads` removing its deeper folders side by side.
void remove_tree(const std::string& path, int threads = 1);

// Removes staging and retired directories left beside `final_dir` by builds
// that were killed.
void remove_stale_staging(const std::string& final_dir);

}  // namespace cp
