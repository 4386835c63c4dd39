#pragma once
// Progress on a list of key actions (the self-assessment): each action is
// not started, in progress or done.
namespace cp {

struct Progress {
  int done = 0, in_progress = 0, not_started = 0;
  int total() const { return done + in_progress + not_started; }
  // Done counts in full and in progress counts half, as a share of all
  // actions, rounded to the nearest whole percent (halves up); 0 when there
  // are no actions.
  int percent() const;
  // The percentage rounded to the nearest 10 (halves up), for drawing a
  // bar in steps: 0, 10, … 100.
  int bar_step() const;
  Progress& operator+=(const Progress& other);
};

}  // namespace cp
