// `clusterpack check-pdf FILE...`: the PDF/UA-1 checker (src/pdfcheck/) is
// a module beside the executable, loaded only by this command. It reads
// PDFs with qpdf, which brings a dozen libraries (gnutls, libjpeg, …) whose
// loading took 15 ms of every other command's start, a quarter of making
// one PDF with `clusterpack pdf`.
#include <dlfcn.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"

namespace cp {

namespace {

const char* const kModule = "libclusterpack-pdfcheck.so";

std::string module_path() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(kModule) : (exe.parent_path() / kModule).string();
}

}  // namespace

int run_check_pdf(const std::vector<std::string>& files) {
  const std::string path = module_path();
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!module) {
    std::cerr << "clusterpack: error: cannot load the PDF checker: " << dlerror()
              << "\nhint: it is built beside the executable (" << kModule << "); rebuild with `make build`\n";
    return 2;
  }
  using Check = int (*)(int, const char* const*);
  auto check = reinterpret_cast<Check>(dlsym(module, "clusterpack_check_pdf"));
  if (!check) {
    std::cerr << "clusterpack: error: " << path << " is not the PDF checker: " << dlerror()
              << "\nhint: it is from another build of clusterpack; rebuild with `make build`\n";
    return 2;
  }
  std::vector<const char*> names;
  for (const auto& f : files) names.push_back(f.c_str());
  return check(static_cast<int>(names.size()), names.data());  // the module stays loaded until exit
}

}  // namespace cp
