#include "site/work_queue.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cp {

int default_jobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

void run_ordered(size_t n, int jobs, size_t window, const std::function<void(size_t)>& work,
                 const std::function<void(size_t)>& consume) {
  size_t threads = std::min(n, static_cast<size_t>(std::max(1, jobs)));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) {
      work(i);
      consume(i);
    }
    return;
  }
  window = std::max(window, threads);
  std::mutex m;
  std::condition_variable changed;
  std::vector<char> done(n, 0);
  size_t next = 0, consumed = 0;
  bool stop = false;
  std::exception_ptr failure;
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        changed.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      try {
        work(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(m);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
      {
        std::lock_guard<std::mutex> lock(m);
        done[i] = 1;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  try {
    for (size_t i = 0; i < n; ++i) {
      {
        std::unique_lock<std::mutex> lock(m);
        changed.wait(lock, [&] { return stop || done[i]; });
        if (stop) break;
      }
      consume(i);
      {
        std::lock_guard<std::mutex> lock(m);
        consumed = i + 1;
      }
      changed.notify_all();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(m);
    if (!failure) failure = std::current_exception();
    stop = true;
  }
  {
    std::lock_guard<std::mutex> lock(m);
    stop = true;
  }
  changed.notify_all();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace cp
