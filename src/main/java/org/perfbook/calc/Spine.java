package org.perfbook.calc;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * A priority's spine chart as Fingertips area profiles draw it: per indicator, where this authority
 * stands among every authority, on a scale centred on England with the best end always on the right.
 *
 * <p>Scaling (fingertipscharts' spine_rescaler): with E England's figure and h the larger of E − lowest
 * and highest − E, a figure v sits at 0.5 + s(v − E)/2h, where s is +1 when high is good and −1 when
 * low is good. England is then mid-axis, every authority within 0 to 1, and the best to the right.
 */
public record Spine(String priority, List<Row> rows) {

    /** Fewer authorities than this give no quartiles. */
    public static final int MIN_FOR_QUARTILES = 5;
    /** Named on the chart. */
    public static final String METHOD = "Quartiles: type 7; England centred";

    public Spine {
        rows = List.copyOf(rows);
    }

    /** How this authority's figure compares with England, as the point's colour and shape say. */
    public enum Mark {
        BETTER("Better than England"),
        SIMILAR("Similar to England"),
        WORSE("Worse than England"),
        NOT_COMPARED("Not compared");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The quartile bars: figures in the indicator's units, positions on the 0-to-1 axis.
     *
     * @param worseQuartile the quartile on the worse side: Q25 when high is good, Q75 when low is good
     */
    public record Quartiles(double worst, double worseQuartile, double betterQuartile, double best,
            double worstAt, double worseQuartileAt, double betterQuartileAt, double bestAt) {
    }

    /**
     * One indicator's row.
     *
     * @param benchmarkPeriod the latest period of the authorities' figures
     * @param value           this authority's figure, or null when it has none for the period
     * @param authorities     how many authorities' figures, this one's included
     * @param quartiles       null with fewer than {@link #MIN_FOR_QUARTILES} authorities
     * @param valueAt         this authority's position on the axis; null without its figure or another to compare with
     * @param regionAt        the region's position, or null
     * @param note            why a row has no quartiles or no comparison; empty otherwise
     */
    public record Row(Indicator indicator, Period period, Period benchmarkPeriod, Double value, double england,
            Double region, int authorities, Quartiles quartiles, Double valueAt, Double regionAt, Mark mark,
            String note) {

        /** The lowest figure when high is good (or no direction), else the highest; null when only one. */
        public Double worst() {
            return quartiles == null ? null : quartiles.worst();
        }

        public Double best() {
            return quartiles == null ? null : quartiles.best();
        }
    }

    /**
     * The rows of a priority: each indicator of it with a figure for the period, England's, and other
     * authorities' figures in the catalogue.
     */
    public static Spine of(String priority, List<Assessment> assessments) {
        List<Row> rows = new ArrayList<>();
        for (Assessment a : assessments) {
            if (a.indicator().priority().equals(priority)) {
                Row r = row(a);
                if (r != null) {
                    rows.add(r);
                }
            }
        }
        return new Spine(priority, rows);
    }

    /**
     * The row of one indicator, or null without England's figure or any other authority's figure in the
     * catalogue. Without this authority's own figure the row stays, saying so, with the others' bars.
     */
    public static Row row(Assessment a) {
        Benchmark england = a.benchmarks().get(Benchmark.ENGLAND);
        if (england == null) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        Period latest = null;
        for (Benchmark b : a.benchmarks().values()) {
            if (!b.isAggregate() && !Double.isNaN(b.value())) {
                values.add(b.value());
                latest = latest == null || b.period().compareTo(latest) > 0 ? b.period() : latest;
            }
        }
        // an indicator with authorities' figures for other periods only still gets its row, saying so
        if (values.isEmpty() && a.benchmarkSeries().stream().noneMatch(b -> !b.isAggregate())) {
            return null;
        }
        Double local = a.current() == null ? null : a.current().rated();
        if (local != null) {
            values.add(local);
        }
        Benchmark regionBenchmark = a.benchmarks().get(Benchmark.REGION);
        Double region = regionBenchmark == null ? null : regionBenchmark.value();
        return row(a.indicator(), a.period(), latest == null ? england.period() : latest, local, england.value(),
                region, values, local == null ? Mark.NOT_COMPARED : mark(a));
    }

    /**
     * @param local this authority's figure, or null when it has none for the period
     * @param all   every authority's figure, this one's included
     */
    static Row row(Indicator ind, Period period, Period benchmarkPeriod, Double local, double england, Double region,
            List<Double> all, Mark mark) {
        int n = all.size();
        String missing = local == null ? "No figure for " + period.label() + ". " : "";
        if (n < 2) {
            return new Row(ind, period, benchmarkPeriod, local, england, region, n, null, null, null, mark,
                    missing + "No other authority's figure for this period: no comparison.");
        }
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lowest = Math.min(lowest, x);
            highest = Math.max(highest, x);
        }
        boolean lowIsGood = ind.polarity() == Polarity.LOW;
        double h = Math.max(england - lowest, highest - england);
        double sign = lowIsGood ? -1 : 1;
        java.util.function.DoubleUnaryOperator at = x -> h <= 0 ? 0.5 : 0.5 + sign * (x - england) / (2 * h);
        Quartiles q = null;
        String note = missing;
        if (n >= MIN_FOR_QUARTILES) {
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(v);
            double q25 = p.evaluate(25);
            double q75 = p.evaluate(75);
            double worst = lowIsGood ? highest : lowest;
            double best = lowIsGood ? lowest : highest;
            double worseQ = lowIsGood ? q75 : q25;
            double betterQ = lowIsGood ? q25 : q75;
            q = new Quartiles(worst, worseQ, betterQ, best, at.applyAsDouble(worst), at.applyAsDouble(worseQ),
                    at.applyAsDouble(betterQ), at.applyAsDouble(best));
        } else {
            note += "Fewer than " + MIN_FOR_QUARTILES + " authorities' figures (" + n + "): no quartiles.";
        }
        return new Row(ind, period, benchmarkPeriod, local, england, region, n, q,
                local == null ? null : at.applyAsDouble(local), region == null ? null : at.applyAsDouble(region),
                mark, note.strip());
    }

    /** England's tested comparison; untested or without a better direction, not compared. */
    static Mark mark(Assessment a) {
        for (BenchmarkComparison c : a.comparisons()) {
            if (c.comparator().equals(Benchmark.ENGLAND) && c.tested()) {
                return switch (c.judgement()) {
                    case BETTER -> Mark.BETTER;
                    case SIMILAR -> Mark.SIMILAR;
                    case WORSE -> Mark.WORSE;
                    case NOT_ASSESSED -> Mark.NOT_COMPARED;
                };
            }
        }
        return Mark.NOT_COMPARED;
    }
}
