package org.perfbook.model;

import java.util.OptionalDouble;

/**
 * The amber band beside a target: relative ("5%" of the target) or absolute in the indicator's
 * units (percentage points for percentages).
 *
 * @param amount   a fraction (0.05) when relative, else an amount in the indicator's units
 * @param relative whether {@code amount} is a fraction of the target
 */
public record Tolerance(double amount, boolean relative) {

    /** The rule that reproduces every rating in the 2021/22 report. */
    public static final Tolerance DEFAULT = new Tolerance(0.05, true);

    public Tolerance {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("a tolerance must be zero or more, not " + amount);
        }
    }

    public static Tolerance relative(double fraction) {
        return new Tolerance(fraction, true);
    }

    public static Tolerance absolute(double amount) {
        return new Tolerance(amount, false);
    }

    /** "5%" is relative, "0.5" absolute; blank gives {@link #DEFAULT}. */
    public static Tolerance parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String t = text.replace('\u00A0', ' ').strip();
        OptionalDouble n = Numbers.parsePlain(t);
        if (n.isEmpty() || n.getAsDouble() < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a tolerance: use a share of the target "
                    + "such as 5%, or an amount in the indicator's units such as 0.5");
        }
        return t.endsWith("%") ? relative(n.getAsDouble() / 100.0) : absolute(n.getAsDouble());
    }

    /** The width of the amber band next to {@code bound}. */
    public double band(double bound) {
        return relative ? Math.abs(bound) * amount : amount;
    }

    @Override
    public String toString() {
        if (relative) {
            return Numbers.plainPercent(amount) + "%";
        }
        return Numbers.plain(amount);
    }
}
