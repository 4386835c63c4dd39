#pragma once
// The options that change what a build assumes: --as-of (its "today") and
// --base-url (where it is published). Each reader returns a usage problem
// (exit 2: the message, then "hint: …") or empty.
#include <optional>
#include <string>

#include "cli/commands.h"
#include "data/values.h"
#include "site/build.h"

namespace cp {

std::string read_as_of(const std::string& given, std::optional<Date>& today);
// --as-of and --base-url into `options`.
std::string read_build_overrides(const BuildArgs& args, BuildOptions& options);

}  // namespace cp
