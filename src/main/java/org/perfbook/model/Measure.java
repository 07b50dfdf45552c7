package org.perfbook.model;

import java.util.Locale;

/** What kind of figure an indicator is; decides the arithmetic and the display. */
public enum Measure {
    COUNT("Count"),
    PERCENTAGE("Percentage"),
    RATE("Rate"),
    AVERAGE("Average"),
    MONEY("Money"),
    SCORE("Score"),
    RATIO("Ratio"),
    /** No figure: a report to committee on a schedule, e.g. "Annual Report – schedule to be confirmed". */
    REPORT("Report");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the value is derived from a numerator and a denominator. */
    public boolean isQuotient() {
        return this == PERCENTAGE || this == RATE;
    }

    public static Measure parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Measure m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(t)) {
                return m;
            }
        }
        if (t.equals("%") || t.equals("percent")) {
            return PERCENTAGE;
        }
        if (t.equals("number")) {
            return COUNT;
        }
        throw new IllegalArgumentException("'" + text
                + "' is not a measure: use Count, Percentage, Rate, Average, Money, Score, Ratio or Report");
    }

    @Override
    public String toString() {
        return label;
    }
}
