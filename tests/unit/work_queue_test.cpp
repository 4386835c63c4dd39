#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "site/work_queue.h"

using namespace cp;

TEST_CASE("the work queue consumes results in item order for any number of jobs") {
  for (int jobs : {1, 2, 3, 8}) {
    std::vector<int> squares(50, -1);
    std::vector<int> order;
    run_ordered(
        squares.size(), jobs, 2, [&](size_t i) { squares[i] = static_cast<int>(i * i); },
        [&](size_t i) {
          CHECK(squares[i] == static_cast<int>(i * i));
          order.push_back(static_cast<int>(i));
        });
    REQUIRE(order.size() == squares.size());
    for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == static_cast<int>(i));
  }
}

TEST_CASE("the work queue keeps at most `window` results waiting") {
  std::atomic<int> waiting{0}, most{0};
  run_ordered(
      40, 4, 4,
      [&](size_t) {
        int now = ++waiting;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
      },
      [&](size_t) { --waiting; });
  CHECK(most.load() <= 4);
}

TEST_CASE("an exception in a job stops the queue and reaches the caller") {
  std::atomic<int> done{0};
  CHECK_THROWS_AS(run_ordered(
                      100, 2, 4,
                      [&](size_t i) {
                        if (i == 7) throw std::runtime_error("boom");
                        ++done;
                      },
                      [](size_t) {}),
                  std::runtime_error);
  CHECK(done.load() < 100);
}

TEST_CASE("no items, no calls") {
  int calls = 0;
  run_ordered(0, 4, 4, [&](size_t) { ++calls; }, [&](size_t) { ++calls; });
  CHECK(calls == 0);
}
