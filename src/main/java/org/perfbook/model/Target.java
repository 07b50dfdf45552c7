package org.perfbook.model;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's target: a single value ({@code low == high}) or a range such as 600-680, in the
 * indicator's units (percentages as percent numbers).
 *
 * @param caveat empty for a target that rates the indicator; otherwise why it does not, e.g.
 *               "pending review" or "2035 long-term" (the seeds' sickness and recycling targets)
 */
public record Target(double low, double high, String caveat) {

    private static final String NUM = "([-+\u2212]?£?[\\d,]*\\.?\\d+%?)";
    private static final Pattern RANGE = Pattern.compile(NUM + "\\s*(?:-|\u2013|\u2014|to)\\s*" + NUM);
    private static final Pattern NOTE = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");

    public Target {
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("a target must be a finite number");
        }
        if (low > high) {
            throw new IllegalArgumentException("a target range must run from low to high, not " + low + "-" + high);
        }
        caveat = caveat == null ? "" : caveat.strip();
    }

    public static Target of(double value) {
        return new Target(value, value, "");
    }

    public static Target range(double low, double high) {
        return new Target(low, high, "");
    }

    public boolean isRange() {
        return low != high;
    }

    /** A target with a caveat is shown but never used for a colour. */
    public boolean rates() {
        return caveat.isEmpty();
    }

    /**
     * Reads a target cell: {@code 95}, {@code 95%}, {@code 1,400,000}, {@code 600-680},
     * {@code -1 to 1}, {@code 9.83 (pending review)}. Returns null for a blank cell.
     *
     * @throws IllegalArgumentException with a plain-English message for anything else
     */
    public static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.replace('\u00A0', ' ').strip();
        String caveat = "";
        Matcher note = NOTE.matcher(t);
        if (note.matches()) {
            t = note.group(1).strip();
            caveat = note.group(2).strip();
        }
        OptionalDouble single = Numbers.parsePlain(t);
        if (single.isPresent()) {
            return new Target(single.getAsDouble(), single.getAsDouble(), caveat);
        }
        Matcher range = RANGE.matcher(t.toLowerCase(Locale.ROOT));
        if (range.matches()) {
            OptionalDouble lo = Numbers.parsePlain(range.group(1));
            OptionalDouble hi = Numbers.parsePlain(range.group(2));
            if (lo.isPresent() && hi.isPresent() && lo.getAsDouble() <= hi.getAsDouble()) {
                return new Target(lo.getAsDouble(), hi.getAsDouble(), caveat);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a target: use a number such as 95, "
                + "a range such as 600-680, or a number with a note such as 9.83 (pending review)");
    }

    /** "95", "600-680", "-1 to 1", "9.83 (pending review)"; numbers without trailing zeros. */
    @Override
    public String toString() {
        // "-1 to 1" reads better than "-1-1" when the range starts below zero
        String s = isRange() ? Numbers.plain(low) + (low < 0 ? " to " : "-") + Numbers.plain(high)
                : Numbers.plain(low);
        return caveat.isEmpty() ? s : s + " (" + caveat + ")";
    }
}
