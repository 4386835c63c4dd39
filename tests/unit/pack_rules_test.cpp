// The rules behind the plan and report documents (src/governance/):
// financial years, self-assessment progress, CND points, the funding line
// of a prioritisation and the practices table's totals. Every expected
// number is worked out by hand in the comment beside it.
#include <doctest/doctest.h>

#include "governance/attendance.h"
#include "governance/cnd_points.h"
#include "governance/financial_year.h"
#include "governance/prioritisation.h"
#include "governance/progress.h"
#include "governance/staff_totals.h"

using namespace cp;

TEST_CASE("a financial year runs from 1 April to 31 March") {
  auto y = parse_financial_year("2026/27");
  REQUIRE(y);
  CHECK(y->start == Date{2026, 4, 1});
  CHECK(y->end == Date{2027, 3, 31});
  CHECK(y->contains(Date{2026, 4, 1}));
  CHECK(y->contains(Date{2027, 3, 31}));
  CHECK_FALSE(y->contains(Date{2026, 3, 31}));
  CHECK_FALSE(y->contains(Date{2027, 4, 1}));
  auto turn = parse_financial_year("1999/00");  // the century turns
  REQUIRE(turn);
  CHECK(turn->end == Date{2000, 3, 31});
}

TEST_CASE("an annual report's figures are as at the end of its year, or today while it runs") {
  auto y = parse_financial_year("2025/26");
  REQUIRE(y);
  CHECK(y->as_at(Date{2026, 11, 23}) == Date{2026, 3, 31});  // the year is over: its last day
  CHECK(y->as_at(Date{2026, 3, 31}) == Date{2026, 3, 31});   // its last day: the same
  CHECK(y->as_at(Date{2025, 12, 1}) == Date{2025, 12, 1});   // still running: today
}

TEST_CASE("financial years are written YYYY/YY with consecutive years, and nothing else") {
  for (const char* bad : {"2026-27", "2026/28", "2026/2027", "26/27", "", "2026/2", "abcd/ef", "2026/27 ", "0000/01"})
    CHECK_MESSAGE(!parse_financial_year(bad), bad);
}

TEST_CASE("progress counts done in full and in progress as half, rounded half up") {
  CHECK(Progress{1, 1, 0}.percent() == 75);  // 1.5 of 2
  CHECK(Progress{1, 0, 2}.percent() == 33);  // 1 of 3 = 33.3
  CHECK(Progress{2, 0, 1}.percent() == 67);  // 2 of 3 = 66.7
  CHECK(Progress{0, 1, 1}.percent() == 25);  // 0.5 of 2
  CHECK(Progress{2, 2, 3}.percent() == 43);  // 3 of 7 = 42.86
  CHECK(Progress{0, 1, 0}.percent() == 50);
  CHECK(Progress{0, 1, 7}.percent() == 6);   // 0.5 of 8 = 6.25
  CHECK(Progress{0, 1, 99}.percent() == 1);  // 0.5 of 100 = 0.5, halves up
  CHECK(Progress{4, 0, 0}.percent() == 100);
  CHECK(Progress{0, 0, 5}.percent() == 0);
  CHECK(Progress{}.percent() == 0);  // no actions
  CHECK(Progress{2, 2, 3}.total() == 7);
}

TEST_CASE("the progress bar moves in steps of ten, halves up") {
  CHECK(Progress{1, 1, 0}.bar_step() == 80);  // 75
  CHECK(Progress{1, 0, 2}.bar_step() == 30);  // 33
  CHECK(Progress{0, 1, 1}.bar_step() == 30);  // 25
  CHECK(Progress{2, 2, 3}.bar_step() == 40);  // 43
  CHECK(Progress{0, 1, 99}.bar_step() == 0);  // 1
  CHECK(Progress{4, 0, 0}.bar_step() == 100);
  Progress all{1, 1, 0};
  all += Progress{1, 0, 2};
  CHECK(all.done == 2);
  CHECK(all.in_progress == 1);
  CHECK(all.not_started == 2);
}

TEST_CASE("a practice earns an item's points only when it achieves it") {
  std::vector<CndItemState> items = {{30, Date{2017, 5, 31}, true},
                                     {50, Date{2017, 7, 31}, true},
                                     {20, Date{2018, 3, 31}, false},
                                     {5, Date{2018, 3, 31}, true},
                                     {50, Date{2018, 3, 31}, false},
                                     {45, Date{2018, 3, 31}, false}};
  CHECK(cnd_points(items) == 85);  // 30 + 50 + 5
  CHECK(cnd_points({}) == 0);
}

TEST_CASE("an item not achieved is overdue from the day after its due date") {
  CndItemState item{30, Date{2017, 5, 31}, false};
  CHECK_FALSE(cnd_overdue(item, Date{2017, 5, 31}));
  CHECK(cnd_overdue(item, Date{2017, 6, 1}));
  item.achieved = true;
  CHECK_FALSE(cnd_overdue(item, Date{2026, 1, 1}));
  CndItemState undated{30, std::nullopt, false};
  CHECK_FALSE(cnd_overdue(undated, Date{2026, 1, 1}));
}

TEST_CASE("a cluster's CND points add up its practices' points") {
  CndClusterPoints p = cnd_cluster_points({200, 85, 0, 115}, 200);
  CHECK(p.achieved == 400);
  CHECK(p.available == 800);   // 4 practices × 200
  CHECK(p.average_tenths == 1000);  // 100.0 each
  CHECK(p.percent == 50);
  CHECK(cnd_cluster_points({1, 2}, 200).average_tenths == 15);      // 1.5
  CHECK(cnd_cluster_points({1, 1, 2}, 200).average_tenths == 13);   // 1.33
  CHECK(cnd_cluster_points({1, 1, 1, 2}, 200).average_tenths == 13);  // 1.25, halves up
  CHECK(cnd_cluster_points({60, 0, 0, 0}, 100).percent == 15);
  CHECK(cnd_cluster_points({199}, 200).percent == 100);  // 99.5, halves up
  CndClusterPoints none = cnd_cluster_points({}, 200);
  CHECK(none.achieved == 0);
  CHECK(none.available == 0);
  CHECK(none.average_tenths == 0);
  CHECK(none.percent == 0);
}

TEST_CASE("the funding line funds projects in rank order while the money lasts") {
  // P1 rank 1 £30,000; P2 rank 2 £25,000; P3 rank 4 £5,000.50; P4 rank 2 £15,000; budget £50,000.
  // P1 fits (20,000 left), P2 does not, P4 fits (5,000 left), P3 does not (5,000.50 > 5,000).
  FundingLine f = funding_line({1, 2, 4, 2}, {3'000'000, 2'500'000, 500'050, 1'500'000}, 5'000'000);
  CHECK(f.funded == std::vector<bool>{true, false, false, true});
  CHECK(f.committed == 4'500'000);
  CHECK(f.remaining == 500'000);
  CHECK(f.slipped == 3'000'050);
}

TEST_CASE("equal ranks are funded in the order written, and a project that exactly fits is funded") {
  FundingLine f = funding_line({1, 1}, {100, 100}, 100);
  CHECK(f.funded == std::vector<bool>{true, false});
  FundingLine exact = funding_line({2, 1}, {60, 40}, 100);
  CHECK(exact.funded == std::vector<bool>{true, true});
  CHECK(exact.remaining == 0);
}

TEST_CASE("with no money nothing is funded, and free projects always are") {
  FundingLine f = funding_line({1, 2}, {100, 0}, 0);
  CHECK(f.funded == std::vector<bool>{false, true});
  CHECK(f.committed == 0);
  CHECK(f.slipped == 100);
  FundingLine negative = funding_line({1}, {-5}, -100);  // treated as 0 and 0
  CHECK(negative.funded == std::vector<bool>{true});
  CHECK(negative.remaining == 0);
  CHECK(funding_line({}, {}, 100).remaining == 100);
}

TEST_CASE("staff numbers are added in exact hundredths") {
  CHECK(to_hundredths(5.4) == 540);
  CHECK(to_hundredths(1.75) == 175);
  CHECK(to_hundredths(0.1) + to_hundredths(0.2) == 30);  // 0.1 + 0.2 is not 0.3 in binary
  CHECK(format_hundredths(540) == "5.4");
  CHECK(format_hundredths(400) == "4");
  CHECK(format_hundredths(1225) == "12.25");
  CHECK(format_hundredths(5) == "0.05");
  CHECK(format_hundredths(0) == "0");
  CHECK(format_hundredths(-150) == "-1.5");
}

TEST_CASE("the practices table totals roles, practices and patients") {
  // Practice 1: 4 partners, 2.5 nurses; 2: 2 and 1.75; 3: 3 partners, no nurses.
  PracticeTotals t = practice_totals({{400, 250}, {200, 175}, {300, std::nullopt}}, {10000, 8500, 6000});
  CHECK(t.role_totals == std::vector<int64_t>{900, 425});
  CHECK(t.practice_totals == std::vector<int64_t>{650, 375, 300});
  CHECK(t.staff_total == 1325);
  CHECK(t.patient_total == 24500);
  PracticeTotals gaps = practice_totals({{100}, {}}, {std::nullopt, 50});
  CHECK(gaps.role_totals == std::vector<int64_t>{100});
  CHECK(gaps.practice_totals == std::vector<int64_t>{100, 0});
  CHECK(gaps.patient_total == 50);
}

TEST_CASE("attendance: meetings attended of those a member was expected at, to the nearest percent") {
  // Three meetings of the stakeholder board (a, b, c) and one of the
  // leadership team (a, b): a attended all four; b the 1st and 4th (2 of 4
  // = 50%); c the 2nd of its 3 (33.3% -> 33%); d, present but no member,
  // is not counted.
  std::vector<MeetingRoll> rolls = {
      {{"a", "b", "c"}, {"a", "b"}},
      {{"a", "b", "c"}, {"a", "c"}},
      {{"a", "b", "c"}, {"a", "d"}},
      {{"a", "b"}, {"a", "b"}},
  };
  auto rates = attendance_by_member(rolls);
  CHECK(rates["a"].attended == 4);
  CHECK(rates["a"].expected == 4);
  CHECK(rates["a"].percent() == 100);
  CHECK(rates["b"].attended == 2);
  CHECK(rates["b"].expected == 4);
  CHECK(rates["b"].percent() == 50);
  CHECK(rates["c"].attended == 1);
  CHECK(rates["c"].expected == 3);
  CHECK(rates["c"].percent() == 33);
  CHECK(rates.count("d") == 0);
  CHECK(AttendanceRate{2, 3}.percent() == 67);  // 66.7
  CHECK(AttendanceRate{1, 8}.percent() == 13);  // 12.5: halves up
  CHECK_FALSE(AttendanceRate{0, 0}.percent().has_value());
}
