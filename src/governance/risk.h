#pragma once
// The NHS 5×5 risk scoring matrix.
#include "data/values.h"

namespace cp {

enum class RiskBand { Low, Moderate, High, Extreme };

// likelihood (1–5) × impact (1–5).
int risk_score(int likelihood, int impact);
// 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme (the only products of
// two numbers 1–5 are these ranges). Any other score takes the band whose
// lower bound it has reached: 0 and below low, 7 moderate, 13–14 high.
RiskBand band_for(int score);
// "low", "moderate", "high", "extreme": stable ids for UI strings and CSS.
const char* band_id(RiskBand band);
// Scores at or above the cluster's escalation score go to the health board.
bool needs_escalation(int score, int escalate_at);
// A review date strictly before today is overdue. An unset date (year 0),
// on either side, is never overdue.
bool review_overdue(const Date& review, const Date& today);

}  // namespace cp
