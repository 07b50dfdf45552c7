package org.perfbook.model;

/** A likelihood and an impact, each 1 to 5; the score is their product. */
public record RiskScore(int likelihood, int impact) {

    public RiskScore {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact run from 1 to 5: " + likelihood + ", " + impact);
        }
    }

    public int score() {
        return likelihood * impact;
    }

    /** "12 (Possible (3) x Major (4))". */
    public String describe(RiskKind kind) {
        return score() + " (" + RiskScale.likelihood(likelihood) + " \u00D7 " + RiskScale.impact(impact, kind) + ")";
    }
}
