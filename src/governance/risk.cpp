#include "governance/risk.h"

namespace cp {

int risk_score(int likelihood, int impact) { return likelihood * impact; }

RiskBand band_for(int score) {
  // Lower bounds, so a score no product can reach (7, 13, 14) still has a band.
  if (score >= 15) return RiskBand::Extreme;
  if (score >= 8) return RiskBand::High;
  if (score >= 4) return RiskBand::Moderate;
  return RiskBand::Low;
}

const char* band_id(RiskBand band) {
  switch (band) {
    case RiskBand::Low: return "low";
    case RiskBand::Moderate: return "moderate";
    case RiskBand::High: return "high";
    case RiskBand::Extreme: return "extreme";
  }
  return "low";
}

bool needs_escalation(int score, int escalate_at) { return score >= escalate_at; }

bool review_overdue(const Date& review, const Date& today) {
  // An unset date must not make every risk look overdue.
  if (!review.valid() || !today.valid()) return false;
  return review < today;
}

}  // namespace cp
