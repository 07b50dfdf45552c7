package org.perfbook.model;

import java.util.Locale;
import java.util.Optional;

/** A risk (a lower score is better) or an opportunity (a higher score is better). */
public enum RiskKind {
    RISK("Risk"),
    OPPORTUNITY("Opportunity");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Risk", "opportunity", "Opp" in any case. */
    public static Optional<RiskKind> parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.equals("risk")) {
            return Optional.of(RISK);
        }
        if (t.equals("opportunity") || t.equals("opp")) {
            return Optional.of(OPPORTUNITY);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
