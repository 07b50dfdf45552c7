package org.perfbook.model;

import java.util.List;

/**
 * The seeds' "Key to Scores": likelihood Rare 1 to Certain 5, impact Insignificant 1 to Catastrophic 5
 * (Outstanding for an opportunity); an entry's score is likelihood times impact, 1 to 25.
 */
public final class RiskScale {

    public static final List<String> LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Certain");
    public static final List<String> IMPACT = List.of("Insignificant", "Minor", "Moderate", "Major", "Catastrophic");
    /** The top of the impact scale for an opportunity. */
    public static final String OUTSTANDING = "Outstanding";

    private RiskScale() {
    }

    /** "Possible (3)". */
    public static String likelihood(int n) {
        return LIKELIHOOD.get(n - 1) + " (" + n + ")";
    }

    /** "Major (4)"; "Outstanding (5)" for an opportunity's top impact. */
    public static String impact(int n, RiskKind kind) {
        return (n == 5 && kind == RiskKind.OPPORTUNITY ? OUTSTANDING : IMPACT.get(n - 1)) + " (" + n + ")";
    }

    /** The band a score's cell is shaded by on the heat map. */
    public enum Band {
        LOW("Low", 1, 4),
        MEDIUM("Medium", 5, 10),
        HIGH("High", 12, 16),
        VERY_HIGH("Very high", 20, 25);

        private final String label;
        private final int from;
        private final int to;

        Band(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        /** "High (12-16)". */
        public String range() {
            return label + " (" + from + "\u2013" + to + ")";
        }

        public static Band of(int score) {
            for (Band b : values()) {
                if (score <= b.to) {
                    return b;
                }
            }
            return VERY_HIGH;
        }
    }
}
