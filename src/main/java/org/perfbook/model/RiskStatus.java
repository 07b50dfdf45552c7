package org.perfbook.model;

import java.util.Locale;
import java.util.Optional;

/** Where an entry of a risk register stands: open, proposed for the register, or closed (to be removed). */
public enum RiskStatus {
    OPEN("Open"),
    PROPOSED("Proposed"),
    CLOSED("Closed");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RiskStatus> parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (RiskStatus s : values()) {
            if (t.equals(s.label.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
