package org.perfbook.model;

import java.util.Locale;

/**
 * How a year's outturn is made from the periods returned in it. The catalogue may name one in its
 * optional Outturn column; otherwise {@link #derived(Indicator)} chooses from the measure and the
 * cumulative flag.
 */
public enum OutturnRule {
    /** A flow counted afresh each period: the year is the sum of its periods. */
    SUM("Sum"),
    /** A snapshot or a rolling-year figure: the year is its last period. */
    YEAR_END("Year end"),
    /** Each period's figure is already April to date: the year is its last period, which covers it all. */
    YEAR_TO_DATE("Year to date"),
    /** A percentage or rate of flows: the year's numerators over the year's denominators. */
    RECOMPUTED("Recomputed");

    private final String label;

    OutturnRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the outturn covers the whole year, rather than standing at its end. */
    public boolean coversYear() {
        return this != YEAR_END;
    }

    /**
     * The rule when the catalogue names none: what adds up sums, percentages and rates of the service's
     * own counts are recomputed, and anything else (snapshots, averages, population rates, which are
     * usually rolling-year or point-in-time) takes the year end.
     */
    public static OutturnRule derived(Indicator ind) {
        Measure m = ind.measure();
        boolean ownCounts = m == Measure.PERCENTAGE || m == Measure.RATE && !ind.usesPopulation();
        if (ind.cumulative()) {
            if (m.isQuotient()) {
                return RECOMPUTED;
            }
            return m == Measure.COUNT || m == Measure.MONEY ? SUM : YEAR_END;
        }
        return ownCounts ? RECOMPUTED : YEAR_END;
    }

    public static OutturnRule parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
        for (OutturnRule r : values()) {
            if (r.label.toLowerCase(Locale.ROOT).equals(t)) {
                return r;
            }
        }
        return switch (t) {
            case "total", "sum of quarters" -> SUM;
            case "ytd" -> YEAR_TO_DATE;
            case "q4", "last period", "year end figure" -> YEAR_END;
            default -> throw new IllegalArgumentException("'" + text
                    + "' is not an outturn rule: use Sum, Year end, Year to date or Recomputed");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
