#pragma once
// Alphabetical order by language. Welsh has 29 letters, with digraphs that
// are single letters (ch dd ff ng ll ph rh th): "lori" sorts before
// "llaeth". Accents do not change the order.
#include <string>
#include <vector>

#include "data/language.h"

namespace cp {

// A key whose byte order is the language's alphabetical order.
std::string collation_key(const std::string& text, Language lang);
bool collate_less(const std::string& a, const std::string& b, Language lang);

}  // namespace cp
