package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * Statistical process control of a series as NHS England's "Making Data Count" draws it (an XmR chart,
 * with the rules and defaults of NHSRplotthedots): the mean; the moving ranges |xᵢ − xᵢ₋₁|, whose mean,
 * after leaving out any moving range of 3.267 times that mean or more and taking the mean again, is
 * the mean moving range; process limits at mean ± 2.66 × mean moving range (three sigma, sigma ≈ mean
 * moving range ÷ 1.128) and two-sigma lines at mean ± ⅔ × 2.66 × mean moving range.
 *
 * <p>A point is a special cause when it is outside the process limits; else part of six consecutive
 * increases or decreases (seven points, a tie breaking the run); else, being beyond a two-sigma line but
 * within the limits, one of two such points in three consecutive points all on one side of the mean;
 * else part of a run of seven or more points on one side of the mean (a point on the mean breaks it).
 * The variation is that of the latest point; the assurance compares the target with the process limits.
 *
 * @param points     the series, oldest first, each with its special cause
 * @param mean       the centre line
 * @param movingRange the mean moving range used for the limits
 * @param lower      lower process limit
 * @param upper      upper process limit
 * @param variation  the latest point's variation
 * @param assurance  against the target, or {@link Assurance#NONE} without a target or polarity
 */
public record Spc(List<Point> points, double mean, double movingRange, double lower, double upper,
        Variation variation, Assurance assurance) {

    /** Fewer points than this give no chart: Making Data Count asks for 15 or more (NHSRplotthedots warns under 13). */
    public static final int MIN_POINTS = 15;
    /** Process limits in mean moving ranges: 3 ÷ 1.128 (d₂ for ranges of two), rounded as published. */
    public static final double LIMIT = 2.66;
    /** Two-sigma lines in mean moving ranges. */
    public static final double NEAR_LIMIT = 2 * LIMIT / 3;
    /** Moving ranges this many mean moving ranges or more are screened out before the mean is taken again. */
    public static final double SCREEN = 3.267;
    /** Consecutive points on one side of the mean that make a shift. */
    public static final int RUN = 7;
    /** Consecutive increases (or decreases) that make a trend: seven points. */
    public static final int TREND = 6;

    /** How the method is labelled on charts and in the book. */
    public static final String METHOD = "XmR chart (Making Data Count): limits mean ± 2.66 × mean moving range";

    public Spc {
        points = List.copyOf(points);
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
    }

    /** Why a point is a special cause, in the order a point is classed (the first that applies). */
    public enum Cause {
        NONE("Common cause"),
        ABOVE_LIMIT("Above the upper process limit"),
        BELOW_LIMIT("Below the lower process limit"),
        INCREASING_TREND("Part of six or more consecutive increases"),
        DECREASING_TREND("Part of six or more consecutive decreases"),
        TWO_OF_THREE_HIGH("Two of three points beyond two sigma above the mean"),
        TWO_OF_THREE_LOW("Two of three points beyond two sigma below the mean"),
        RUN_ABOVE("Part of seven or more points above the mean"),
        RUN_BELOW("Part of seven or more points below the mean");

        private final String label;

        Cause(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** +1 for a cause that lies high, −1 low, 0 for none. */
        public int side() {
            return switch (this) {
                case NONE -> 0;
                case ABOVE_LIMIT, INCREASING_TREND, TWO_OF_THREE_HIGH, RUN_ABOVE -> 1;
                default -> -1;
            };
        }
    }

    /** Making Data Count's variation icons, in words. */
    public enum Variation {
        COMMON("Common cause variation"),
        IMPROVING("Special cause improving variation"),
        CONCERNING("Special cause concerning variation"),
        /** A special cause where neither direction is better. */
        NEITHER("Special cause variation");

        private final String label;

        Variation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Making Data Count's assurance icons, in words. */
    public enum Assurance {
        HITS("Consistently hits target"),
        FAILS("Consistently fails target"),
        INCONSISTENT("Inconsistently passes and fails target"),
        NONE("");

        private final String label;

        Assurance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One figure of the series, and how it varies. */
    public record Point(Period period, double value, Cause cause, Variation variation) {
    }

    /** The variation and, with a target, the assurance, as the book and the chart say them. */
    public String words() {
        return assurance == Assurance.NONE ? variation.label() : variation.label() + "; " + assurance.label();
    }

    /**
     * The chart for {@code values} (oldest first, one per period), or null with fewer than {@link #MIN_POINTS}
     * or any figure not finite.
     *
     * @param target a single-value target to assure against, or null
     */
    public static Spc of(List<Period> periods, double[] values, Polarity polarity, Double target) {
        int n = values.length;
        if (n < MIN_POINTS || periods.size() != n || Arrays.stream(values).anyMatch(v -> !Double.isFinite(v))) {
            return null;
        }
        double mean = Arrays.stream(values).sum() / n;
        double[] mr = new double[n - 1];
        for (int i = 1; i < n; i++) {
            mr[i - 1] = Math.abs(values[i] - values[i - 1]);
        }
        double firstMean = Arrays.stream(mr).sum() / mr.length;
        double kept = 0;
        int count = 0;
        for (double r : mr) {
            if (r < SCREEN * firstMean) {
                kept += r;
                count++;
            }
        }
        // every range equal and zero keeps none by the strict test; the mean range is then zero
        double amr = count == 0 ? firstMean : kept / count;
        double lower = mean - LIMIT * amr;
        double upper = mean + LIMIT * amr;
        double nearLower = mean - NEAR_LIMIT * amr;
        double nearUpper = mean + NEAR_LIMIT * amr;

        int[] side = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            side[i] = (int) Math.signum(values[i] - mean);
            outside[i] = values[i] > upper || values[i] < lower;
            near[i] = !outside[i] && (values[i] < nearLower || values[i] > nearUpper);
        }
        boolean[] inTrend = partOf(trendEnds(values), TREND + 1);
        boolean[] inRun = partOf(runEnds(side), RUN);
        boolean[] inTwoOfThree = twoOfThree(near, side);

        int improving = switch (polarity) {
            case HIGH -> 1;
            case LOW -> -1;
            default -> 0;
        };
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cause cause;
            if (outside[i]) {
                cause = side[i] > 0 ? Cause.ABOVE_LIMIT : Cause.BELOW_LIMIT;
            } else if (inTrend[i]) {
                cause = trendDirection(values, inTrend, i) > 0 ? Cause.INCREASING_TREND : Cause.DECREASING_TREND;
            } else if (inTwoOfThree[i]) {
                cause = side[i] > 0 ? Cause.TWO_OF_THREE_HIGH : Cause.TWO_OF_THREE_LOW;
            } else if (inRun[i]) {
                cause = side[i] > 0 ? Cause.RUN_ABOVE : Cause.RUN_BELOW;
            } else {
                cause = Cause.NONE;
            }
            points.add(new Point(periods.get(i), values[i], cause, variation(cause, improving)));
        }
        Assurance assurance = Assurance.NONE;
        if (target != null && Double.isFinite(target) && improving != 0) {
            if (target > upper) {
                assurance = improving > 0 ? Assurance.FAILS : Assurance.HITS;
            } else if (target < lower) {
                assurance = improving > 0 ? Assurance.HITS : Assurance.FAILS;
            } else {
                assurance = Assurance.INCONSISTENT;
            }
        }
        return new Spc(points, mean, amr, lower, upper, points.get(n - 1).variation(), assurance);
    }

    private static Variation variation(Cause cause, int improving) {
        if (cause == Cause.NONE) {
            return Variation.COMMON;
        }
        if (improving == 0) {
            return Variation.NEITHER;
        }
        return cause.side() * improving > 0 ? Variation.IMPROVING : Variation.CONCERNING;
    }

    /** +1 (or −1) at each point that ends six consecutive increases (decreases), else 0. */
    private static int[] trendEnds(double[] y) {
        int[] ends = new int[y.length];
        for (int i = TREND; i < y.length; i++) {
            int up = 0;
            int down = 0;
            for (int k = i - TREND + 1; k <= i; k++) {
                double d = y[k] - y[k - 1];
                up += d > 0 ? 1 : 0;
                down += d < 0 ? 1 : 0;
            }
            ends[i] = up == TREND ? 1 : down == TREND ? -1 : 0;
        }
        return ends;
    }

    /** +1 (or −1) at each point that ends seven consecutive points above (below) the mean, else 0. */
    private static int[] runEnds(int[] side) {
        int[] ends = new int[side.length];
        for (int i = RUN - 1; i < side.length; i++) {
            boolean same = side[i] != 0;
            for (int k = i - RUN + 1; k < i && same; k++) {
                same = side[k] == side[i];
            }
            ends[i] = same ? side[i] : 0;
        }
        return ends;
    }

    /** A point is part of a pattern of {@code length} points when one ends at it or within the next length − 1. */
    private static boolean[] partOf(int[] ends, int length) {
        boolean[] part = new boolean[ends.length];
        for (int i = 0; i < ends.length; i++) {
            for (int k = i; k < Math.min(ends.length, i + length) && !part[i]; k++) {
                part[i] = ends[k] != 0;
            }
        }
        return part;
    }

    /** A trend point's direction: the step after it where the next point is in the trend too, else the step before. */
    private static int trendDirection(double[] y, boolean[] inTrend, int i) {
        double d = i + 1 < y.length && inTrend[i + 1] ? y[i + 1] - y[i] : y[i] - y[i - 1];
        return (int) Math.signum(d);
    }

    /**
     * Points beyond a two-sigma line (within the limits) in some three consecutive points, all on one side of
     * the mean, of which at least two are beyond that line.
     */
    private static boolean[] twoOfThree(boolean[] near, int[] side) {
        int n = near.length;
        boolean[] in = new boolean[n];
        for (int start = 0; start + 2 < n; start++) {
            int beyond = 0;
            int sides = 0;
            for (int k = start; k < start + 3; k++) {
                beyond += near[k] ? 1 : 0;
                sides += side[k];
            }
            if (beyond >= 2 && Math.abs(sides) == 3) {
                for (int k = start; k < start + 3; k++) {
                    in[k] |= near[k];
                }
            }
        }
        return in;
    }
}
