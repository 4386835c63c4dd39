#pragma once
// Majorities: how many votes in favour a decision needs.
#include <optional>
#include <string>
#include <string_view>

namespace cp {

enum class Majority { Simple, TwoThirds, ThreeQuarters, Unanimous };
enum class MajorityBase { VotesCast, EligibleMembers };

// "simple", "two-thirds", "three-quarters", "unanimous"; nullopt otherwise.
std::optional<Majority> parse_majority(std::string_view text);
// "votes-cast", "eligible-members"; nullopt otherwise.
std::optional<MajorityBase> parse_majority_base(std::string_view text);

// Votes in favour needed out of `base` votes (votes cast, or eligible
// members' votes): simple = more than half (5 of 9, 6 of 10); two-thirds
// and three-quarters = at least that fraction, rounded up (6 of 9, 7 of 9);
// unanimous = all of them. A base of 0 (or less) needs 0 (the decision
// outcome treats "no votes" separately).
int votes_needed(Majority majority, int base);

}  // namespace cp
