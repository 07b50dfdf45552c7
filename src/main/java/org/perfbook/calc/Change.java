package org.perfbook.calc;

import org.perfbook.model.Measure;

/**
 * The change from an earlier figure to a later one.
 *
 * @param absolute        later − earlier, in the indicator's units (percentage points for percentages)
 * @param relativePercent (later − earlier) ÷ earlier × 100, or null when the earlier figure is zero
 * @param points          whether {@code absolute} is in percentage points
 */
public record Change(double current, double previous, double absolute, Double relativePercent, boolean points) {

    public static Change between(double current, double previous, Measure measure) {
        double absolute = current - previous;
        Double relative = previous == 0 ? null : absolute / Math.abs(previous) * 100;
        return new Change(current, previous, absolute, relative, measure == Measure.PERCENTAGE);
    }

    /** "+1.2 percentage points" or "−35" or "+83.1%": the unit of a difference is never left to guess. */
    public String describe(int decimals) {
        String fmt = "%+,." + decimals + "f";
        if (points) {
            return String.format(java.util.Locale.UK, fmt, absolute) + " percentage points";
        }
        String abs = String.format(java.util.Locale.UK, fmt, absolute);
        return relativePercent == null ? abs
                : abs + " (" + String.format(java.util.Locale.UK, "%+.1f", relativePercent) + "%)";
    }
}
