#include <doctest/doctest.h>

#include <limits>

#include "governance/decision_outcome.h"
#include "governance/majority.h"
#include "governance/money.h"
#include "governance/options.h"
#include "governance/quorum.h"
#include "governance/risk.h"

using namespace cp;

namespace {

// Members m1…mn, one vote each.
std::vector<VotingMember> members(int n) {
  std::vector<VotingMember> out;
  for (int i = 1; i <= n; ++i) out.push_back({"m" + std::to_string(i), 1});
  return out;
}

// Ids m<from>…m<to>, inclusive; empty when to < from.
std::vector<std::string> ids(int from, int to) {
  std::vector<std::string> out;
  for (int i = from; i <= to; ++i) out.push_back("m" + std::to_string(i));
  return out;
}

VoteRecord record(int n, int yes, int no, int abstain) {
  VoteRecord r;
  r.members = members(n);
  r.votes_for = ids(1, yes);
  r.votes_against = ids(yes + 1, yes + no);
  r.abstentions = ids(yes + no + 1, yes + no + abstain);
  return r;
}

const Pence kMax = std::numeric_limits<Pence>::max();
const Pence kMin = std::numeric_limits<Pence>::min();

}  // namespace

// ---- quorum ----

TEST_CASE("a percentage quorum is rounded up: 50% of 9 is 5 and 60% of 7 is 5") {
  CHECK(quorum_for(9, {true, 50}) == 5);
  CHECK(quorum_for(7, {true, 60}) == 5);
  CHECK(quorum_for(10, {true, 50}) == 5);
  CHECK(quorum_for(1, {true, 50}) == 1);
  CHECK(quorum_for(3, {true, 33}) == 1);
  CHECK(quorum_for(3, {true, 34}) == 2);
  CHECK(quorum_for(1, {true, 1}) == 1);
  CHECK(quorum_for(8, {true, 75}) == 6);
}

TEST_CASE("a 100% quorum needs every voting member") {
  CHECK(quorum_for(7, {true, 100}) == 7);
  CHECK(quorum_for(1, {true, 100}) == 1);
  CHECK(quorum_for(2000000000, {true, 100}) == 2000000000);
}

TEST_CASE("a fixed quorum is taken as it is, even when larger than the membership") {
  CHECK(quorum_for(9, {false, 4}) == 4);
  CHECK(quorum_for(9, {false, 9}) == 9);
  CHECK(quorum_for(9, {false, 12}) == 12);
  CHECK(quorum_for(9, {false, 0}) == 0);
}

TEST_CASE("with no voting members the quorum is 0") {
  CHECK(quorum_for(0, {true, 50}) == 0);
  CHECK(quorum_for(0, {true, 100}) == 0);
  CHECK(quorum_for(0, {false, 4}) == 0);
}

TEST_CASE("a zero or negative quorum rule needs nobody") {
  CHECK(quorum_for(9, {true, 0}) == 0);
  CHECK(quorum_for(9, {true, -10}) == 0);
  CHECK(quorum_for(9, {false, -3}) == 0);
}

// ---- majorities ----

TEST_CASE("majority names parse exactly and nothing else does") {
  CHECK(parse_majority("simple") == Majority::Simple);
  CHECK(parse_majority("two-thirds") == Majority::TwoThirds);
  CHECK(parse_majority("three-quarters") == Majority::ThreeQuarters);
  CHECK(parse_majority("unanimous") == Majority::Unanimous);
  CHECK_FALSE(parse_majority("Simple").has_value());
  CHECK_FALSE(parse_majority("two_thirds").has_value());
  CHECK_FALSE(parse_majority("").has_value());
  CHECK_FALSE(parse_majority("simple ").has_value());
  CHECK(parse_majority_base("votes-cast") == MajorityBase::VotesCast);
  CHECK(parse_majority_base("eligible-members") == MajorityBase::EligibleMembers);
  CHECK_FALSE(parse_majority_base("votes_cast").has_value());
  CHECK_FALSE(parse_majority_base("members").has_value());
  CHECK_FALSE(parse_majority_base("").has_value());
}

TEST_CASE("every majority at bases 0 to 12 matches the hand-computed table") {
  // Worked by hand: simple = floor(n/2)+1, two-thirds = ceil(2n/3),
  // three-quarters = ceil(3n/4), unanimous = n; a base of 0 needs 0.
  const int simple[13] = {0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7};
  const int two_thirds[13] = {0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8};
  const int three_quarters[13] = {0, 1, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 9};
  const int unanimous[13] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  for (int n = 0; n <= 12; ++n) {
    CAPTURE(n);
    CHECK(votes_needed(Majority::Simple, n) == simple[n]);
    CHECK(votes_needed(Majority::TwoThirds, n) == two_thirds[n]);
    CHECK(votes_needed(Majority::ThreeQuarters, n) == three_quarters[n]);
    CHECK(votes_needed(Majority::Unanimous, n) == unanimous[n]);
  }
}

TEST_CASE("with 9 voting members a financial decision at two-thirds needs 6") {
  CHECK(votes_needed(Majority::TwoThirds, 9) == 6);
  CHECK(votes_needed(Majority::Simple, 9) == 5);
  CHECK(votes_needed(Majority::ThreeQuarters, 9) == 7);
  CHECK(votes_needed(Majority::Simple, 10) == 6);
}

TEST_CASE("a negative base needs 0 and a huge base does not overflow") {
  CHECK(votes_needed(Majority::Simple, -4) == 0);
  CHECK(votes_needed(Majority::Unanimous, -4) == 0);
  CHECK(votes_needed(Majority::Simple, 2147483647) == 1073741824);
  CHECK(votes_needed(Majority::TwoThirds, 2000000000) == 1333333334);
  CHECK(votes_needed(Majority::ThreeQuarters, 2000000000) == 1500000000);
  CHECK(votes_needed(Majority::Unanimous, 2147483647) == 2147483647);
}

// ---- decision outcomes ----

TEST_CASE("outcome ids are stable") {
  CHECK(std::string(outcome_id(Outcome::Carried)) == "carried");
  CHECK(std::string(outcome_id(Outcome::NotCarried)) == "not-carried");
  CHECK(std::string(outcome_id(Outcome::Inquorate)) == "inquorate");
  CHECK(std::string(outcome_id(Outcome::Tied)) == "tied");
  CHECK(std::string(outcome_id(Outcome::CarriedOnCastingVote)) == "carried-casting-vote");
  CHECK(std::string(outcome_id(Outcome::NotCarriedOnCastingVote)) == "not-carried-casting-vote");
}

TEST_CASE("a simple majority of votes cast carries, and every count is reported") {
  DecisionResult r = decide(record(9, 5, 3, 1));
  CHECK(r.eligible_members == 9);
  CHECK(r.eligible_votes == 9);
  CHECK(r.taking_part == 9);
  CHECK(r.quorum_needed == 5);
  CHECK(r.votes_for == 5);
  CHECK(r.votes_against == 3);
  CHECK(r.abstentions == 1);
  CHECK(r.base == 8);
  CHECK(r.votes_needed == 5);
  CHECK(r.outcome == Outcome::Carried);
}

TEST_CASE("fewer for than the majority is not carried") {
  DecisionResult r = decide(record(9, 3, 4, 2));
  CHECK(r.base == 7);
  CHECK(r.votes_needed == 4);
  CHECK(r.outcome == Outcome::NotCarried);
  CHECK(decide(record(9, 4, 4, 0)).outcome == Outcome::Tied);  // a tie, not a loss
}

TEST_CASE("equal votes for and against on a simple majority is tied") {
  DecisionResult r = decide(record(9, 4, 4, 1));
  CHECK(r.base == 8);
  CHECK(r.votes_needed == 5);
  CHECK(r.outcome == Outcome::Tied);
  CHECK(decide(record(2, 1, 1, 0)).outcome == Outcome::Tied);
}

TEST_CASE("the chair's casting vote decides a tie either way") {
  VoteRecord r = record(9, 4, 4, 1);
  r.casting_vote = true;
  DecisionResult yes = decide(r);
  CHECK(yes.outcome == Outcome::CarriedOnCastingVote);
  CHECK(yes.votes_for == 4);  // the casting vote is not added to the counts
  r.casting_vote = false;
  CHECK(decide(r).outcome == Outcome::NotCarriedOnCastingVote);
}

TEST_CASE("a casting vote on a decision that is not tied changes nothing") {
  VoteRecord r = record(9, 5, 3, 0);
  r.casting_vote = false;
  CHECK(decide(r).outcome == Outcome::Carried);
  VoteRecord lost = record(9, 3, 5, 0);
  lost.casting_vote = true;
  CHECK(decide(lost).outcome == Outcome::NotCarried);
}

TEST_CASE("equal votes under a two-thirds majority are simply not carried") {
  VoteRecord r = record(9, 4, 4, 0);
  r.majority = Majority::TwoThirds;
  CHECK(decide(r).outcome == Outcome::NotCarried);
  r.casting_vote = true;
  CHECK(decide(r).outcome == Outcome::NotCarried);
}

TEST_CASE("when everyone abstains nothing is carried") {
  DecisionResult r = decide(record(6, 0, 0, 6));
  CHECK(r.taking_part == 6);
  CHECK(r.abstentions == 6);
  CHECK(r.base == 0);
  CHECK(r.votes_needed == 0);
  CHECK(r.outcome == Outcome::NotCarried);
  VoteRecord casting = record(6, 0, 0, 6);
  casting.casting_vote = true;
  CHECK(decide(casting).outcome == Outcome::NotCarried);
  VoteRecord eligible = record(6, 0, 0, 6);
  eligible.base = MajorityBase::EligibleMembers;
  CHECK(decide(eligible).outcome == Outcome::NotCarried);
}

TEST_CASE("when everyone is conflicted the decision is inquorate") {
  VoteRecord r = record(4, 2, 1, 1);
  r.conflicted = ids(1, 4);
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 0);
  CHECK(d.eligible_votes == 0);
  CHECK(d.taking_part == 0);
  CHECK(d.quorum_needed == 0);
  CHECK(d.votes_for == 0);
  CHECK(d.outcome == Outcome::Inquorate);
}

TEST_CASE("a decision with no members at all is inquorate") {
  CHECK(decide(VoteRecord{}).outcome == Outcome::Inquorate);
}

TEST_CASE("fewer taking part than the quorum is inquorate, exactly the quorum is not") {
  DecisionResult short_one = decide(record(9, 3, 1, 0));
  CHECK(short_one.taking_part == 4);
  CHECK(short_one.quorum_needed == 5);
  CHECK(short_one.outcome == Outcome::Inquorate);
  CHECK(short_one.votes_for == 3);  // counts are still reported
  DecisionResult exactly = decide(record(9, 3, 1, 1));
  CHECK(exactly.taking_part == 5);
  CHECK(exactly.outcome == Outcome::Carried);
}

TEST_CASE("abstaining counts towards the quorum") {
  DecisionResult r = decide(record(9, 1, 0, 4));
  CHECK(r.taking_part == 5);
  CHECK(r.base == 1);
  CHECK(r.votes_needed == 1);
  CHECK(r.outcome == Outcome::Carried);
}

TEST_CASE("a fixed quorum larger than the membership can never be met") {
  VoteRecord r = record(5, 5, 0, 0);
  r.quorum = {false, 6};
  DecisionResult d = decide(r);
  CHECK(d.quorum_needed == 6);
  CHECK(d.outcome == Outcome::Inquorate);
  r.quorum = {false, 5};
  CHECK(decide(r).outcome == Outcome::Carried);
}

TEST_CASE("a 100% quorum needs every eligible member but not the conflicted ones") {
  VoteRecord r = record(5, 3, 1, 0);
  r.quorum = {true, 100};
  r.conflicted = {"m5"};
  DecisionResult d = decide(r);
  CHECK(d.quorum_needed == 4);
  CHECK(d.outcome == Outcome::Carried);
  r.conflicted.clear();
  CHECK(decide(r).outcome == Outcome::Inquorate);
}

TEST_CASE("conflicted members leave the quorum and the count, and their votes are ignored") {
  VoteRecord r = record(9, 4, 0, 0);
  r.conflicted = {"m1", "m9", "m8"};  // m1 voted for despite the conflict
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 6);
  CHECK(d.eligible_votes == 6);
  CHECK(d.quorum_needed == 3);
  CHECK(d.taking_part == 3);
  CHECK(d.votes_for == 3);
  CHECK(d.base == 3);
  CHECK(d.outcome == Outcome::Carried);
}

TEST_CASE("a proxy's vote counts as the absent member's vote") {
  // m3 is absent; their deputy votes for them, so m3 is listed in votes_for.
  VoteRecord r;
  r.members = members(5);
  r.quorum = {false, 3};
  r.votes_for = {"m1", "m3"};
  r.votes_against = {"m2"};
  DecisionResult d = decide(r);
  CHECK(d.taking_part == 3);
  CHECK(d.votes_for == 2);
  CHECK(d.votes_against == 1);
  CHECK(d.outcome == Outcome::Carried);
  r.votes_for = {"m1"};  // without the proxy: too few, and a tie of 1–1
  CHECK(decide(r).outcome == Outcome::Inquorate);
}

TEST_CASE("a proxy for a weighted member carries the member's full weight") {
  VoteRecord r;
  r.members = {{"big", 2}, {"a", 1}, {"b", 1}};
  r.votes_for = {"big"};  // cast by big's deputy
  r.votes_against = {"a"};
  DecisionResult d = decide(r);
  CHECK(d.votes_for == 2);
  CHECK(d.base == 3);
  CHECK(d.votes_needed == 2);
  CHECK(d.outcome == Outcome::Carried);
}

TEST_CASE("zero-vote members are not eligible and their votes do not count") {
  VoteRecord r;
  r.members = members(4);
  r.members.push_back({"observer1", 0});
  r.members.push_back({"observer2", 0});
  r.votes_for = {"m1", "observer1", "observer2"};
  r.votes_against = {"m2"};
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 4);
  CHECK(d.eligible_votes == 4);
  CHECK(d.quorum_needed == 2);
  CHECK(d.taking_part == 2);
  CHECK(d.votes_for == 1);
  CHECK(d.votes_against == 1);
  CHECK(d.outcome == Outcome::Tied);
}

TEST_CASE("zero-vote members do not help a quorum") {
  VoteRecord r;
  r.members = members(4);
  r.members.push_back({"observer1", 0});
  r.members.push_back({"observer2", 0});
  r.votes_for = {"m1", "observer1", "observer2"};
  DecisionResult d = decide(r);
  CHECK(d.taking_part == 1);
  CHECK(d.outcome == Outcome::Inquorate);
}

TEST_CASE("a negative weight is treated as a non-voting member") {
  VoteRecord r;
  r.members = {{"a", 1}, {"odd", -1}};
  r.votes_for = {"a"};
  r.votes_against = {"odd"};
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 1);
  CHECK(d.eligible_votes == 1);
  CHECK(d.votes_against == 0);
  CHECK(d.outcome == Outcome::Carried);
}

TEST_CASE("weighted members count their weight in votes and once in the quorum") {
  VoteRecord r;
  r.members = {{"big", 2}, {"a", 1}, {"b", 1}, {"c", 1}};
  r.votes_for = {"big"};
  r.votes_against = {"a", "b"};
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 4);
  CHECK(d.eligible_votes == 5);
  CHECK(d.quorum_needed == 2);
  CHECK(d.taking_part == 3);
  CHECK(d.votes_for == 2);
  CHECK(d.votes_against == 2);
  CHECK(d.base == 4);
  CHECK(d.votes_needed == 3);
  CHECK(d.outcome == Outcome::Tied);
  r.votes_against = {"a"};
  r.abstentions = {"b"};
  DecisionResult won = decide(r);
  CHECK(won.abstentions == 1);
  CHECK(won.base == 3);
  CHECK(won.outcome == Outcome::Carried);
}

TEST_CASE("a heavy member alone cannot make a quorum") {
  VoteRecord r;
  r.members = {{"big", 5}, {"a", 1}, {"b", 1}, {"c", 1}};
  r.votes_for = {"big"};
  DecisionResult d = decide(r);
  CHECK(d.taking_part == 1);
  CHECK(d.quorum_needed == 2);
  CHECK(d.outcome == Outcome::Inquorate);
}

TEST_CASE("weighted abstentions are summed") {
  VoteRecord r;
  r.members = {{"big", 2}, {"a", 1}};
  r.votes_for = {"a"};
  r.abstentions = {"big"};
  DecisionResult d = decide(r);
  CHECK(d.abstentions == 2);
  CHECK(d.base == 1);
  CHECK(d.outcome == Outcome::Carried);
}

TEST_CASE("on votes cast abstentions do not count, on eligible members they count against") {
  VoteRecord r = record(10, 5, 2, 3);
  DecisionResult cast = decide(r);
  CHECK(cast.base == 7);
  CHECK(cast.votes_needed == 4);
  CHECK(cast.outcome == Outcome::Carried);
  r.base = MajorityBase::EligibleMembers;
  DecisionResult eligible = decide(r);
  CHECK(eligible.base == 10);
  CHECK(eligible.votes_needed == 6);
  CHECK(eligible.outcome == Outcome::NotCarried);
}

TEST_CASE("on eligible members absent members count against") {
  VoteRecord r = record(10, 6, 0, 0);
  r.base = MajorityBase::EligibleMembers;
  DecisionResult d = decide(r);
  CHECK(d.taking_part == 6);
  CHECK(d.base == 10);
  CHECK(d.outcome == Outcome::Carried);
  r.votes_for = ids(1, 5);
  CHECK(decide(r).outcome == Outcome::NotCarried);
}

TEST_CASE("on eligible members the base excludes conflicted members and sums weights") {
  VoteRecord r;
  r.members = {{"big", 2}, {"a", 1}, {"b", 1}, {"c", 1}};
  r.conflicted = {"c"};
  r.base = MajorityBase::EligibleMembers;
  r.votes_for = {"big"};
  r.votes_against = {"a"};
  DecisionResult d = decide(r);
  CHECK(d.eligible_votes == 4);
  CHECK(d.base == 4);
  CHECK(d.votes_needed == 3);
  CHECK(d.outcome == Outcome::NotCarried);
}

TEST_CASE("on eligible members an even split with nobody abstaining is tied") {
  VoteRecord r = record(10, 5, 5, 0);
  r.base = MajorityBase::EligibleMembers;
  CHECK(decide(r).outcome == Outcome::Tied);
  r.casting_vote = true;
  CHECK(decide(r).outcome == Outcome::CarriedOnCastingVote);
  r.casting_vote = false;
  CHECK(decide(r).outcome == Outcome::NotCarriedOnCastingVote);
}

TEST_CASE("on eligible members a tie one vote short of the majority goes to the casting vote") {
  VoteRecord r = record(9, 4, 4, 1);
  r.base = MajorityBase::EligibleMembers;
  DecisionResult d = decide(r);
  CHECK(d.votes_needed == 5);
  CHECK(d.outcome == Outcome::Tied);
  r.casting_vote = true;
  CHECK(decide(r).outcome == Outcome::CarriedOnCastingVote);
}

TEST_CASE("on eligible members equal votes that a casting vote could not carry are not carried") {
  VoteRecord r = record(10, 3, 3, 4);
  r.base = MajorityBase::EligibleMembers;
  DecisionResult d = decide(r);
  CHECK(d.votes_needed == 6);
  CHECK(d.outcome == Outcome::NotCarried);
  r.casting_vote = true;
  CHECK(decide(r).outcome == Outcome::NotCarried);
}

TEST_CASE("a two-thirds financial decision with 9 voting: 6 carries, 5 does not") {
  VoteRecord r = record(9, 6, 3, 0);
  r.majority = Majority::TwoThirds;
  DecisionResult d = decide(r);
  CHECK(d.votes_needed == 6);
  CHECK(d.outcome == Outcome::Carried);
  VoteRecord lost = record(9, 5, 4, 0);
  lost.majority = Majority::TwoThirds;
  CHECK(decide(lost).outcome == Outcome::NotCarried);
}

TEST_CASE("a three-quarters majority of 9 votes cast needs 7") {
  VoteRecord r = record(9, 7, 2, 0);
  r.majority = Majority::ThreeQuarters;
  DecisionResult d = decide(r);
  CHECK(d.votes_needed == 7);
  CHECK(d.outcome == Outcome::Carried);
  VoteRecord lost = record(9, 6, 3, 0);
  lost.majority = Majority::ThreeQuarters;
  CHECK(decide(lost).outcome == Outcome::NotCarried);
}

TEST_CASE("a unanimous decision allows abstentions on votes cast but not a single vote against") {
  VoteRecord r = record(7, 5, 0, 2);
  r.majority = Majority::Unanimous;
  DecisionResult d = decide(r);
  CHECK(d.votes_needed == 5);
  CHECK(d.outcome == Outcome::Carried);
  VoteRecord lost = record(7, 5, 1, 1);
  lost.majority = Majority::Unanimous;
  CHECK(decide(lost).outcome == Outcome::NotCarried);
  VoteRecord eligible = record(7, 5, 0, 2);
  eligible.majority = Majority::Unanimous;
  eligible.base = MajorityBase::EligibleMembers;
  CHECK(decide(eligible).outcome == Outcome::NotCarried);
}

TEST_CASE("ids that name no member are ignored") {
  VoteRecord r = record(3, 1, 1, 0);
  r.votes_for.push_back("ghost");
  r.abstentions.push_back("phantom");
  r.conflicted.push_back("nobody");
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 3);
  CHECK(d.taking_part == 2);
  CHECK(d.votes_for == 1);
  CHECK(d.abstentions == 0);
  CHECK(d.outcome == Outcome::Tied);
}

TEST_CASE("a member who votes twice counts once, in the first list") {
  VoteRecord r = record(3, 1, 1, 0);
  r.votes_for.push_back("m1");
  r.votes_against.push_back("m1");
  r.abstentions = {"m2"};
  DecisionResult d = decide(r);
  CHECK(d.taking_part == 2);
  CHECK(d.votes_for == 1);
  CHECK(d.votes_against == 1);
  CHECK(d.abstentions == 0);
}

TEST_CASE("a member listed twice in the membership counts once") {
  VoteRecord r;
  r.members = {{"a", 1}, {"a", 3}, {"b", 1}};
  r.votes_for = {"a"};
  DecisionResult d = decide(r);
  CHECK(d.eligible_members == 2);
  CHECK(d.eligible_votes == 2);
  CHECK(d.votes_for == 1);
}

// ---- risk ----

TEST_CASE("every cell of the 5x5 matrix has the right score and band") {
  const int scores[5][5] = {
      {1, 2, 3, 4, 5}, {2, 4, 6, 8, 10}, {3, 6, 9, 12, 15}, {4, 8, 12, 16, 20}, {5, 10, 15, 20, 25}};
  const char* bands[5][5] = {
      {"low", "low", "low", "moderate", "moderate"},
      {"low", "moderate", "moderate", "high", "high"},
      {"low", "moderate", "high", "high", "extreme"},
      {"moderate", "high", "high", "extreme", "extreme"},
      {"moderate", "high", "extreme", "extreme", "extreme"},
  };
  for (int l = 1; l <= 5; ++l)
    for (int i = 1; i <= 5; ++i) {
      CAPTURE(l);
      CAPTURE(i);
      CHECK(risk_score(l, i) == scores[l - 1][i - 1]);
      CHECK(std::string(band_id(band_for(risk_score(l, i)))) == bands[l - 1][i - 1]);
    }
}

TEST_CASE("risk bands change exactly at 3 to 4, 6 to 8 and 12 to 15") {
  CHECK(band_for(1) == RiskBand::Low);
  CHECK(band_for(3) == RiskBand::Low);
  CHECK(band_for(4) == RiskBand::Moderate);
  CHECK(band_for(6) == RiskBand::Moderate);
  CHECK(band_for(8) == RiskBand::High);
  CHECK(band_for(12) == RiskBand::High);
  CHECK(band_for(15) == RiskBand::Extreme);
  CHECK(band_for(25) == RiskBand::Extreme);
}

TEST_CASE("scores no matrix cell can give fall in the band below the next boundary") {
  CHECK(band_for(0) == RiskBand::Low);
  CHECK(band_for(7) == RiskBand::Moderate);
  CHECK(band_for(13) == RiskBand::High);
  CHECK(band_for(14) == RiskBand::High);
}

TEST_CASE("risk band ids are stable") {
  CHECK(std::string(band_id(RiskBand::Low)) == "low");
  CHECK(std::string(band_id(RiskBand::Moderate)) == "moderate");
  CHECK(std::string(band_id(RiskBand::High)) == "high");
  CHECK(std::string(band_id(RiskBand::Extreme)) == "extreme");
}

TEST_CASE("a risk is escalated at exactly the threshold and above") {
  CHECK(needs_escalation(15, 15));
  CHECK(needs_escalation(16, 15));
  CHECK_FALSE(needs_escalation(14, 15));
  CHECK(needs_escalation(12, 12));
  CHECK_FALSE(needs_escalation(10, 12));
  CHECK(needs_escalation(25, 25));
  CHECK_FALSE(needs_escalation(20, 25));
}

TEST_CASE("a review is overdue from the day after its date") {
  Date today{2026, 7, 14};
  CHECK(review_overdue({2026, 7, 13}, today));
  CHECK_FALSE(review_overdue({2026, 7, 14}, today));
  CHECK_FALSE(review_overdue({2026, 7, 15}, today));
  CHECK(review_overdue({2026, 6, 30}, {2026, 7, 1}));
  CHECK(review_overdue({2026, 12, 31}, {2027, 1, 1}));
  CHECK_FALSE(review_overdue({2027, 1, 1}, {2026, 12, 31}));
}

TEST_CASE("an unset date is never overdue") {
  CHECK_FALSE(review_overdue(Date{}, {2026, 7, 14}));
  CHECK_FALSE(review_overdue({2026, 7, 13}, Date{}));
}

// ---- money ----

TEST_CASE("whole pounds are shown without pence, with thousands separators") {
  CHECK(format_money(0) == "£0");
  CHECK(format_money(100) == "£1");
  CHECK(format_money(99900) == "£999");
  CHECK(format_money(100000) == "£1,000");
  CHECK(format_money(5200000) == "£52,000");
  CHECK(format_money(10000000) == "£100,000");
  CHECK(format_money(100000000) == "£1,000,000");
}

TEST_CASE("amounts with pence show two decimals") {
  CHECK(format_money(1) == "£0.01");
  CHECK(format_money(50) == "£0.50");
  CHECK(format_money(99999) == "£999.99");
  CHECK(format_money(125050) == "£1,250.50");
  CHECK(format_money(123456789) == "£1,234,567.89");
}

TEST_CASE("negative amounts use a true minus sign before the pound sign") {
  CHECK(format_money(-500) == "\xE2\x88\x92£5");
  CHECK(format_money(-150) == "\u2212£1.50");
  CHECK(format_money(-1) == "\u2212£0.01");
  CHECK(format_money(-123456789) == "\u2212£1,234,567.89");
  CHECK(format_money_with_pence(-500) == "\u2212£5.00");
}

TEST_CASE("the extremes of int64 format without overflow") {
  CHECK(format_money(kMax) == "£92,233,720,368,547,758.07");
  CHECK(format_money(kMin) == "\u2212£92,233,720,368,547,758.08");
}

TEST_CASE("money with pence always shows two decimals") {
  CHECK(format_money_with_pence(0) == "£0.00");
  CHECK(format_money_with_pence(5) == "£0.05");
  CHECK(format_money_with_pence(100) == "£1.00");
  CHECK(format_money_with_pence(5200000) == "£52,000.00");
  CHECK(format_money_with_pence(125050) == "£1,250.50");
  CHECK(format_money_with_pence(123456789) == "£1,234,567.89");
}

TEST_CASE("any_pence is true only when some amount is not whole pounds") {
  CHECK_FALSE(any_pence({}));
  CHECK_FALSE(any_pence({0, 100, 5200000}));
  CHECK_FALSE(any_pence({-500}));
  CHECK(any_pence({100, 150}));
  CHECK(any_pence({1}));
  CHECK(any_pence({-50}));
  CHECK(any_pence({5200000, 5356099}));
}

TEST_CASE("cost totals add across years and down lines") {
  auto t = cost_totals({{5200000, 5356000}, {100050, 200000}});
  REQUIRE(t.has_value());
  CHECK(t->row_totals == std::vector<Pence>{10556000, 300050});
  CHECK(t->column_totals == std::vector<Pence>{5300050, 5556000});
  CHECK(t->grand_total == 10856050);
}

TEST_CASE("ragged cost rows count missing years as 0") {
  auto t = cost_totals({{100, 200, 300}, {400}, {}});
  REQUIRE(t.has_value());
  CHECK(t->row_totals == std::vector<Pence>{600, 400, 0});
  CHECK(t->column_totals == std::vector<Pence>{500, 200, 300});
  CHECK(t->grand_total == 1000);
}

TEST_CASE("no cost rows give empty totals") {
  auto t = cost_totals({});
  REQUIRE(t.has_value());
  CHECK(t->row_totals.empty());
  CHECK(t->column_totals.empty());
  CHECK(t->grand_total == 0);
}

TEST_CASE("negative costs are totalled") {
  auto t = cost_totals({{-100, 50}, {20}});
  REQUIRE(t.has_value());
  CHECK(t->row_totals == std::vector<Pence>{-50, 20});
  CHECK(t->column_totals == std::vector<Pence>{-80, 50});
  CHECK(t->grand_total == -30);
}

TEST_CASE("cost totals overflow to nullopt in a row, a column or the grand total") {
  CHECK_FALSE(cost_totals({{kMax, 1}}).has_value());
  CHECK_FALSE(cost_totals({{kMax}, {1}}).has_value());
  CHECK_FALSE(cost_totals({{kMax, 0}, {0, 1}}).has_value());
  CHECK_FALSE(cost_totals({{kMin}, {-1}}).has_value());
}

TEST_CASE("cost totals at exactly the int64 limits are kept") {
  auto t = cost_totals({{kMax - 1}, {1}});
  REQUIRE(t.has_value());
  CHECK(t->grand_total == kMax);
  auto low = cost_totals({{kMin + 1, -1}});
  REQUIRE(low.has_value());
  CHECK(low->grand_total == kMin);
}

// ---- options appraisal ----

TEST_CASE("options are ranked by weighted total with competition ranking 1 2 2 4") {
  std::vector<int> weights = {2, 1};
  // Listed out of order: results keep this order.
  auto r = rank_options(weights, {{"D", {2, 1}}, {"B", {4, 3}}, {"A", {5, 5}}, {"C", {3, 5}}});
  REQUIRE(r.size() == 4);
  CHECK(r[0].id == "D");
  CHECK(r[0].weighted_total == 5);
  CHECK(r[0].rank == 4);
  CHECK_FALSE(r[0].tied);
  CHECK(r[1].id == "B");
  CHECK(r[1].weighted_total == 11);
  CHECK(r[1].rank == 2);
  CHECK(r[1].tied);
  CHECK(r[2].id == "A");
  CHECK(r[2].weighted_total == 15);
  CHECK(r[2].rank == 1);
  CHECK_FALSE(r[2].tied);
  CHECK(r[3].id == "C");
  CHECK(r[3].weighted_total == 11);
  CHECK(r[3].rank == 2);
  CHECK(r[3].tied);
}

TEST_CASE("options tied at the top share rank 1 and the next is 3") {
  auto r = rank_options({1}, {{"A", {4}}, {"B", {4}}, {"C", {2}}});
  CHECK(r[0].rank == 1);
  CHECK(r[1].rank == 1);
  CHECK(r[2].rank == 3);
  CHECK(r[0].tied);
  CHECK(r[1].tied);
  CHECK_FALSE(r[2].tied);
}

TEST_CASE("missing scores count as 0") {
  auto r = rank_options({3, 2, 1}, {{"X", {5}}, {"Y", {}}, {"Z", {1, 1, 1}}});
  CHECK(r[0].weighted_total == 15);
  CHECK(r[1].weighted_total == 0);
  CHECK(r[2].weighted_total == 6);
  CHECK(r[0].rank == 1);
  CHECK(r[1].rank == 3);
  CHECK(r[2].rank == 2);
}

TEST_CASE("scores beyond the last criterion add nothing") {
  auto r = rank_options({1}, {{"A", {2, 5}}});
  CHECK(r[0].weighted_total == 2);
}

TEST_CASE("a zero weight criterion does not affect the ranking") {
  auto r = rank_options({0, 1}, {{"A", {5, 1}}, {"B", {0, 2}}});
  CHECK(r[0].weighted_total == 1);
  CHECK(r[1].weighted_total == 2);
  CHECK(r[0].rank == 2);
  CHECK(r[1].rank == 1);
}

TEST_CASE("all options equal share rank 1, a single option is not tied") {
  auto all = rank_options({1, 1}, {{"A", {1, 2}}, {"B", {2, 1}}, {"C", {3, 0}}});
  for (const auto& o : all) {
    CAPTURE(o.id);
    CHECK(o.weighted_total == 3);
    CHECK(o.rank == 1);
    CHECK(o.tied);
  }
  auto one = rank_options({2}, {{"only", {3}}});
  REQUIRE(one.size() == 1);
  CHECK(one[0].weighted_total == 6);
  CHECK(one[0].rank == 1);
  CHECK_FALSE(one[0].tied);
}

TEST_CASE("no options give no ranking and no criteria give totals of 0") {
  CHECK(rank_options({1, 2}, {}).empty());
  auto r = rank_options({}, {{"A", {5}}, {"B", {1}}});
  CHECK(r[0].weighted_total == 0);
  CHECK(r[0].rank == 1);
  CHECK(r[1].rank == 1);
  CHECK(r[1].tied);
}
