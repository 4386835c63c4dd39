#pragma once
// One function per subcommand; main.cpp only parses arguments.
// Exit codes: 0 success, 1 errors in the input, 2 usage errors.
#include <string>

namespace cp {

struct BuildArgs {
  std::string source = ".";
  std::string output = "output";
  bool strict = false;
};

int run_build(const BuildArgs& args);
int run_check(const BuildArgs& args);

}  // namespace cp
