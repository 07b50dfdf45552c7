package org.perfbook.model;

import java.util.Locale;

/** Which direction is good for an indicator: the committee tables' "Good is" column. */
public enum Polarity {
    HIGH("High"),
    LOW("Low"),
    /** Good inside the target range; both sides of it are worse. */
    RANGE("Range"),
    /** Context indicators: reported, never rated. */
    NONE("None");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the catalogue's "Good is" cell; the seeds' "On target" and blanks mean no direction. */
    public static Polarity parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "high", "higher", "high is good" -> HIGH;
            case "low", "lower", "low is good" -> LOW;
            case "range", "in range", "within range" -> RANGE;
            case "none", "", "n/a", "on target" -> NONE;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a \"Good is\" value: use High, Low, Range or None");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
