package org.perfbook.calc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Direction;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * Derives everything the book shows from the catalogue and the accepted observations: each
 * observation's interval, status and direction, and each indicator's assessment at the book's period.
 */
public final class Assessor {

    private static final double CONFIDENCE = 0.95;

    private final Catalogue catalogue;
    /** indicator ID (upper case) → breakdown (lower case; empty for the whole authority) → observations by period. */
    private final Map<String, TreeMap<String, TreeMap<Period, Observation>>> byIndicator = new HashMap<>();
    /** Rows whose figure had an error, by indicator ID (upper case), in the order given. */
    private final Map<String, List<Observation>> withheldByIndicator = new HashMap<>();
    /** Rows the service said have no figure, by indicator ID (upper case), in the order given. */
    private final Map<String, List<Observation>> notAvailableByIndicator = new HashMap<>();

    /**
     * @param observations accepted figures of every period; of two for the same indicator, period and
     *                     breakdown the later in the list wins (returns after history)
     */
    public Assessor(Catalogue catalogue, Collection<Observation> observations) {
        this(catalogue, observations, List.of());
    }

    /**
     * @param withheld returned rows whose figure had an error and is not used (no value, the service's
     *                 commentary kept): never figures, only carried to the book where no figure stands in
     *                 their place
     */
    public Assessor(Catalogue catalogue, Collection<Observation> observations, Collection<Observation> withheld) {
        this(catalogue, observations, withheld, List.of());
    }

    /**
     * @param notAvailable returned rows the service said have no figure (n/a, or a commentary in place of a
     *                     figure), in the same form as {@code withheld}: the commentary is the reason
     */
    public Assessor(Catalogue catalogue, Collection<Observation> observations, Collection<Observation> withheld,
            Collection<Observation> notAvailable) {
        this.catalogue = catalogue;
        for (Observation o : notAvailable) {
            notAvailableByIndicator.computeIfAbsent(o.indicatorId().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(o);
        }
        for (Observation o : observations) {
            byIndicator.computeIfAbsent(o.indicatorId().toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                    .computeIfAbsent(o.breakdown().toLowerCase(Locale.ROOT), k -> new TreeMap<>()).put(o.period(), o);
        }
        for (Observation o : withheld) {
            withheldByIndicator.computeIfAbsent(o.indicatorId().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
        }
    }

    /** The indicator's withheld rows up to {@code period} for which no figure was accepted, oldest first. */
    private List<Observation> withheld(Indicator ind, Period period) {
        return unaccepted(withheldByIndicator, ind, period);
    }

    private List<Observation> unaccepted(Map<String, List<Observation>> rows, Indicator ind, Period period) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : rows.getOrDefault(ind.id().toUpperCase(Locale.ROOT), List.of())) {
            TreeMap<Period, Observation> accepted = series(ind, o.breakdown());
            if (!o.period().end().isAfter(period.end()) && (accepted == null || !accepted.containsKey(o.period()))) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(Observation::period));
        return out;
    }

    /** One indicator's series by breakdown, in breakdown order (the whole authority's first). */
    private TreeMap<String, TreeMap<Period, Observation>> seriesOf(Indicator ind) {
        return byIndicator.getOrDefault(ind.id().toUpperCase(Locale.ROOT), new TreeMap<>());
    }

    private TreeMap<Period, Observation> series(Indicator ind, String breakdown) {
        return seriesOf(ind).get(breakdown.toLowerCase(Locale.ROOT));
    }

    /** Every observation evaluated, indicators in catalogue order, then breakdown, then period. */
    public List<Evaluation> evaluateAll() {
        List<Evaluation> out = new ArrayList<>();
        for (Indicator ind : catalogue.indicators()) {
            for (TreeMap<Period, Observation> series : seriesOf(ind).values()) {
                for (Observation o : series.values()) {
                    out.add(evaluate(ind, o));
                }
            }
        }
        return out;
    }

    public List<Assessment> assess(Period bookPeriod) {
        return assess(bookPeriod, Set.of());
    }

    /**
     * @param notReported indicators whose return for the period did not arrive: with no figure they are
     *                    {@link Status#NOT_REPORTED}, counted with the rest rather than left out as not rated
     */
    public List<Assessment> assess(Period bookPeriod, Set<String> notReported) {
        return catalogue.indicators().stream().map(i -> assess(i, bookPeriod, notReported.contains(i.id()))).toList();
    }

    public Assessment assess(Indicator ind, Period bookPeriod) {
        return assess(ind, bookPeriod, false);
    }

    private Assessment assess(Indicator ind, Period bookPeriod, boolean notReported) {
        TreeMap<Period, Observation> series = seriesOf(ind).getOrDefault("", new TreeMap<>());
        Period period = reportPeriod(ind, bookPeriod, series);
        List<Evaluation> evaluated = new ArrayList<>();
        for (Observation o : series.headMap(period, true).values()) {
            evaluated.add(evaluate(ind, o));
        }
        Evaluation current = find(evaluated, period);
        Evaluation previous = find(evaluated, period.previous());
        Evaluation lastYear = find(evaluated, period.sameLastYear());
        Tolerance tolerance = catalogue.toleranceFor(ind, period);

        List<Benchmark> benchmarkSeries = catalogue.benchmarksFor(ind.id());
        Map<String, Benchmark> used = Benchmarks.select(benchmarkSeries, period);
        Map<String, Interval> benchmarkIntervals = Benchmarks.intervals(ind, used);
        Double local = current == null ? null : current.rated();
        Double neighbourMean = Benchmarks.neighbourMean(used, catalogue.neighbours());
        List<BenchmarkComparison> comparisons = Benchmarks.compare(ind, local,
                current == null ? null : current.interval95(), used, neighbourMean);
        Rank rank = Benchmarks.rank(local, used, ind.polarity());

        Status status = current != null ? current.status() : notReported ? Status.NOT_REPORTED : Status.NOT_RATED;
        StatusBasis basis = current == null || status == Status.NOT_RATED ? StatusBasis.NONE : StatusBasis.TARGET;
        Target target = catalogue.targetFor(ind, period);
        if (current != null && (target == null || !target.rates()) && ind.polarity() != Polarity.NONE) {
            BenchmarkComparison england = comparisons.stream()
                    .filter(c -> c.comparator().equals(Benchmark.ENGLAND)).findFirst().orElse(null);
            Status fromBenchmark = StatusRules.fromBenchmark(england);
            if (fromBenchmark != Status.NOT_RATED) {
                status = fromBenchmark;
                basis = StatusBasis.BENCHMARK;
            }
        }
        Change sincePrevious = change(ind, current, previous, false);
        Change sinceLastYear = change(ind, current, lastYear, ind.cumulative());

        Period year = bookPeriod.financialYear();
        // only what was known at the book's period: a later Q4 must not complete the book's year
        Map<Period, Observation> known = new TreeMap<>();
        series.forEach((p, o) -> {
            if (!p.end().isAfter(bookPeriod.end())) {
                known.put(p, o);
            }
        });
        Map<Period, Outturn> yearOutturns = new LinkedHashMap<>();
        for (Period y : List.of(year.previous().previous(), year.previous(), year)) {
            yearOutturns.put(y, Outturn.of(ind, y, known, catalogue.targetFor(ind, y), catalogue.toleranceFor(ind, y)));
        }
        List<Evaluation> thisYear = period.kind() == Period.Kind.YEAR ? List.of()
                : evaluated.stream().filter(e -> year.contains(e.observation().period())).toList();

        List<Evaluation> breakdown = new ArrayList<>();
        for (var entry : seriesOf(ind).entrySet()) {
            Observation o = entry.getKey().isEmpty() ? null : entry.getValue().get(period);
            if (o != null) {
                breakdown.add(evaluate(ind, o));
            }
        }
        List<String> areas = catalogue.areas();
        breakdown.sort(Comparator.comparing((Evaluation e) -> {
            int i = areas.indexOf(e.observation().breakdown());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(e -> e.observation().breakdown()));

        return new Assessment(ind, period, current, tolerance, status, basis, previous == null ? null : previous.status(),
                sincePrevious, sinceLastYear, thisYear, comparisons, used, benchmarkIntervals, benchmarkSeries,
                neighbourMean, rank, breakdown, evaluated, yearOutturns, withheld(ind, bookPeriod),
                unaccepted(notAvailableByIndicator, ind, bookPeriod));
    }

    /** Annual indicators report their latest year ended by the book's period. */
    private static Period reportPeriod(Indicator ind, Period bookPeriod, TreeMap<Period, Observation> series) {
        if (ind.frequency() == Frequency.MONTHLY && bookPeriod.kind() != Period.Kind.MONTH) {
            // the latest month of the book's period with a figure, else its last month
            Period latest = Period.month(YearMonth.from(bookPeriod.end()));
            for (Period p = latest; bookPeriod.contains(p); p = p.previous()) {
                if (series.containsKey(p)) {
                    return p;
                }
            }
            return latest;
        }
        if (ind.frequency() != Frequency.ANNUAL) {
            return bookPeriod;
        }
        Period latest = null;
        for (Period p : series.keySet()) {
            if (p.kind() == Period.Kind.YEAR && !p.end().isAfter(bookPeriod.end())) {
                latest = p;
            }
        }
        return latest != null ? latest
                : bookPeriod.kind() == Period.Kind.YEAR ? bookPeriod : bookPeriod.financialYear().previous();
    }

    private static Evaluation find(List<Evaluation> evaluations, Period p) {
        for (Evaluation e : evaluations) {
            if (e.observation().period().equals(p)) {
                return e;
            }
        }
        return null;
    }

    private static Change change(Indicator ind, Evaluation now, Evaluation before, boolean yearToDate) {
        if (now == null || before == null) {
            return null;
        }
        Double a = yearToDate ? now.rated() : now.observation().value();
        Double b = yearToDate ? before.rated() : before.observation().value();
        return a == null || b == null ? null : Change.between(a, b, ind.measure());
    }

    public Evaluation evaluate(Indicator ind, Observation o) {
        Interval ci = interval(ind, o);
        Target target = catalogue.targetFor(ind, o.period());
        Tolerance tol = catalogue.toleranceFor(ind, o.period());
        Double rated = o.value();
        YearToDate ytd = null;
        Target ratedAgainst = target;
        if (ind.cumulative() && o.period().kind() != Period.Kind.YEAR) {
            ytd = yearToDate(ind, o, target);
            rated = ytd == null ? null : ytd.total();
            ratedAgainst = ytd == null ? null : ytd.proRataTarget();
        }
        Status status = StatusRules.status(rated, ratedAgainst, tol, ind.polarity());
        TreeMap<Period, Observation> series = series(ind, o.breakdown());
        Observation before = series == null ? null : series.get(o.period().previous());
        Direction direction = Directions.of(o.value(), before == null ? null : before.value(), ind.polarity(), target);
        return new Evaluation(o, ci, target, status, direction, rated, ytd);
    }

    private YearToDate yearToDate(Indicator ind, Observation o, Target target) {
        TreeMap<Period, Observation> series = series(ind, o.breakdown());
        List<Double> values = new ArrayList<>();
        Period year = o.period().financialYear();
        for (Period p = o.period().kind() == Period.Kind.MONTH ? Period.month(YearMonth.from(year.start()))
                : Period.quarter(year.year(), 1); p.compareTo(o.period()) <= 0; p = p.next()) {
            Observation q = series == null ? null : series.get(p);
            if (q == null || q.value() == null) {
                return null;
            }
            values.add(q.value());
        }
        return YearToDate.of(values, o.period(), target);
    }

    static Interval interval(Indicator ind, Observation o) {
        return interval(ind, o.numerator(), o.denominator());
    }

    /** 95% interval from the counts: Wilson for percentages, Byar's or exact for rates; null for other measures. */
    public static Interval interval(Indicator ind, Double n, Double d) {
        if (n == null || d == null || !(d > 0) || n < 0) {
            return null;
        }
        if (ind.measure() == Measure.PERCENTAGE && n <= d) {
            return ConfidenceIntervals.wilson(n, d, CONFIDENCE, 100);
        }
        if (ind.measure() == Measure.RATE) {
            return ConfidenceIntervals.rate(n, d, ind.per(), CONFIDENCE);
        }
        return null;
    }
}
