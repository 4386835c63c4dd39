#pragma once
// "did you mean 'quorum'?" — the closest known name to a misspelt one.
#include <string>
#include <vector>

namespace cp {

// Levenshtein distance, counted in bytes (names are ASCII ids and keys).
int edit_distance(const std::string& a, const std::string& b);

// The candidate closest to `word`, or "" when none is close enough to be a
// plausible typo (distance at most a third of the word's length, min 1).
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or, with no close match, "expected one of: a, b, c".
std::string suggestion_hint(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace cp
