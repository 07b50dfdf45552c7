package org.perfbook.model;

import java.util.Locale;

/** How often an indicator is reported. */
public enum Frequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    ANNUAL("Annual");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Frequency parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "monthly", "month", "m" -> MONTHLY;
            case "quarterly", "quarter", "q" -> QUARTERLY;
            case "annual", "annually", "yearly", "year", "a" -> ANNUAL;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a frequency: use Monthly, Quarterly or Annual");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
