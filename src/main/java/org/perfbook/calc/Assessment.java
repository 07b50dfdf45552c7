package org.perfbook.calc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Status;
import org.perfbook.model.Tolerance;

/**
 * An indicator at the book's period: what the scorecard row, the exceptions list and the charts show.
 *
 * @param period        the period reported: the book's period, or for an annual indicator its latest year
 * @param current       the whole-authority figure for {@code period}, or null when none was returned
 * @param statusBasis   the target, a tested benchmark comparison (no usable target), or none
 * @param previousStatus the status one period earlier, for "Amber two periods running"
 * @param sincePrevious change against the previous period, or null
 * @param sinceLastYear change against the same period last year, or null
 * @param thisYear      the book's financial year's periods up to {@code period}, oldest first
 * @param comparisons   against England, the region and the statistical-neighbour mean, where given
 * @param benchmarks    the benchmarks used, by comparator, each for the period it was published for
 * @param benchmarkIntervals the 95% intervals of the benchmarks used, by comparator, where their counts are given
 * @param benchmarkSeries every benchmark of the indicator, every period, in catalogue order, for trends
 * @param neighbourMean the statistical neighbours' figure: as published, else the mean of the named neighbours
 * @param rank          among the authorities whose figures are given, or null
 * @param breakdown     this period's breakdown figures (e.g. districts), in catalogue order
 * @param series        every whole-authority evaluation up to {@code period}, oldest first, for trends
 * @param yearOutturns  by the indicator's outturn rule, the two financial years before the book's and the
 *                      book's own, oldest first; a year not yet complete has no value, only its progress
 * @param withheld      the indicator's returned rows up to {@code period} whose figure had an error and was
 *                      not used, whole authority and breakdowns, oldest first: no figure, only the
 *                      service's commentary and where the row is
 * @param notAvailable  the indicator's returned rows up to {@code period} the service said have no figure, in
 *                      the same form, for which no figure was accepted: the commentary is the service's reason
 */
public record Assessment(
        Indicator indicator,
        Period period,
        Evaluation current,
        Tolerance tolerance,
        Status status,
        StatusBasis statusBasis,
        Status previousStatus,
        Change sincePrevious,
        Change sinceLastYear,
        List<Evaluation> thisYear,
        List<BenchmarkComparison> comparisons,
        Map<String, Benchmark> benchmarks,
        Map<String, Interval> benchmarkIntervals,
        List<Benchmark> benchmarkSeries,
        Double neighbourMean,
        Rank rank,
        List<Evaluation> breakdown,
        List<Evaluation> series,
        Map<Period, Outturn> yearOutturns,
        List<Observation> withheld,
        List<Observation> notAvailable) {

    /** Without rows said to have no figure. */
    public Assessment(Indicator indicator, Period period, Evaluation current, Tolerance tolerance, Status status,
            StatusBasis statusBasis, Status previousStatus, Change sincePrevious, Change sinceLastYear,
            List<Evaluation> thisYear, List<BenchmarkComparison> comparisons, Map<String, Benchmark> benchmarks,
            Map<String, Interval> benchmarkIntervals, List<Benchmark> benchmarkSeries, Double neighbourMean, Rank rank,
            List<Evaluation> breakdown, List<Evaluation> series, Map<Period, Outturn> yearOutturns,
            List<Observation> withheld) {
        this(indicator, period, current, tolerance, status, statusBasis, previousStatus, sincePrevious, sinceLastYear,
                thisYear, comparisons, benchmarks, benchmarkIntervals, benchmarkSeries, neighbourMean, rank, breakdown,
                series, yearOutturns, withheld, List.of());
    }

    public Assessment {
        thisYear = thisYear == null ? List.of() : List.copyOf(thisYear);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        benchmarks = ordered(benchmarks);
        benchmarkIntervals = ordered(benchmarkIntervals);
        benchmarkSeries = benchmarkSeries == null ? List.of() : List.copyOf(benchmarkSeries);
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        series = series == null ? List.of() : List.copyOf(series);
        yearOutturns = ordered(yearOutturns);
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
        notAvailable = notAvailable == null ? List.of() : List.copyOf(notAvailable);
    }

    /**
     * The whole-authority row for {@code p} the service said has no figure (n/a, or a commentary in place of
     * a figure), its commentary the reason; null where there is none or a figure was accepted.
     */
    public Observation notAvailableAt(Period p) {
        return notAvailable.stream().filter(o -> o.isTotal() && o.period().equals(p)).findFirst().orElse(null);
    }

    /** The whole-authority row withheld for {@code p} because its figure had an error, or null. */
    public Observation withheldAt(Period p) {
        return withheld.stream().filter(o -> o.isTotal() && o.period().equals(p)).findFirst().orElse(null);
    }

    /** An unmodifiable copy that keeps the order (oldest first, catalogue order), which Map.copyOf does not. */
    private static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * The recent trend over the latest five unbroken periods of the reported period's kind up to it, from
     * {@link #series}; "Cannot be calculated" with the reason where the history does not allow it.
     */
    public Trend trend() {
        return Trend.of(indicator, period, series);
    }

    /**
     * The figure a column for {@code p} (a quarter of the scorecard) shows: the one for {@code p}, else for a
     * monthly indicator the latest month of {@code p} with a figure; null when there is none.
     */
    public Evaluation figureFor(Period p) {
        Evaluation latest = null;
        for (Evaluation e : thisYear) {
            Period at = e.observation().period();
            if (at.equals(p)) {
                return e;
            }
            if (at.kind() == Period.Kind.MONTH && p.kind() != Period.Kind.MONTH && p.contains(at)) {
                latest = e;
            }
        }
        return latest;
    }

    /**
     * The XmR chart of the whole-authority figures of the reported period's kind (months for a monthly
     * indicator) up to it, with the target in force for assurance where it is one figure; null with fewer
     * than {@link Spc#MIN_POINTS} figures.
     */
    public Spc spc() {
        List<Period> periods = new java.util.ArrayList<>();
        List<Double> values = new java.util.ArrayList<>();
        for (Evaluation e : series) {
            Observation o = e.observation();
            if (o.period().kind() == period.kind() && o.value() != null && Double.isFinite(o.value())
                    && !o.period().end().isAfter(period.end())) {
                periods.add(o.period());
                values.add(o.value());
            }
        }
        // a cumulative indicator's target is the year's, not a period's
        Double target = current != null && !indicator.cumulative() && current.target() != null && !current.target().isRange()
                && current.target().rates() ? current.target().low() : null;
        return Spc.of(periods, values.stream().mapToDouble(Double::doubleValue).toArray(), indicator.polarity(),
                target);
    }

    /** Red, or Amber two periods running: the indicators that need a recovery plan. */
    public boolean isException() {
        return status == Status.RED || status == Status.AMBER && previousStatus == Status.AMBER;
    }
}
