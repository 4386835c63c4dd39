#pragma once
// `--jobs N`: a work queue over the pages and PDFs of a build. N threads
// take items in order from a shared counter; each result is handed to
// `consume` on the calling thread, in item order, whatever N is, so the
// output (files, their order, the diagnostics) is the same for any N.
#include <cstddef>
#include <functional>
#include <optional>

namespace cp {

// All the cores the machine has (at least 1): the default of --jobs.
int default_jobs();

// Runs work(i) for i in [0, n) on up to `jobs` threads and consume(i) for
// each i in increasing order on the calling thread, once work(i) is done.
// At most `window` items are finished but not yet consumed (their results
// wait in memory: keep it small for PDFs). work must only touch state of
// its own item; consume may touch anything. An exception thrown by work is
// rethrown here after the threads have stopped.
void run_ordered(size_t n, int jobs, size_t window, const std::function<void(size_t)>& work,
                 const std::function<void(size_t)>& consume);

}  // namespace cp
