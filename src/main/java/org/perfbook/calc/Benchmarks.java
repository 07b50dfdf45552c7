package org.perfbook.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/** An indicator's benchmarks at a period: which are used, the statistical neighbours' figure and the rank. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * Each comparator's benchmark for the period, or its latest within the year before.
     *
     * @param ofIndicator one indicator's benchmarks of every period, in catalogue order
     * @return by comparator, in the order first met
     */
    public static Map<String, Benchmark> select(Collection<Benchmark> ofIndicator, Period period) {
        Map<String, Benchmark> m = new LinkedHashMap<>();
        for (Benchmark b : ofIndicator) {
            if (b.period().end().isAfter(period.end()) || b.period().end().isBefore(period.end().minusYears(1))) {
                continue;
            }
            Benchmark have = m.get(b.comparator());
            if (have == null || b.period().compareTo(have.period()) > 0) {
                m.put(b.comparator(), b);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The 95% intervals of the benchmarks used, by comparator, where their counts are given. */
    public static Map<String, Interval> intervals(Indicator ind, Map<String, Benchmark> used) {
        Map<String, Interval> m = new LinkedHashMap<>();
        used.forEach((c, b) -> {
            Interval ci = Assessor.interval(ind, b.numerator(), b.denominator());
            if (ci != null) {
                m.put(c, ci);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /**
     * The statistical neighbours' figure: as published, else the mean of the named neighbours' figures.
     *
     * @return null when neither is given
     */
    public static Double neighbourMean(Map<String, Benchmark> used, List<String> neighbours) {
        Benchmark published = used.get(Benchmark.NEIGHBOURS);
        if (published != null) {
            return published.value();
        }
        List<Double> named = new ArrayList<>();
        for (String n : neighbours) {
            Benchmark b = used.get(n);
            if (b != null) {
                named.add(b.value());
            }
        }
        return neighbourMean(named).orElse(null);
    }

    /** The mean of the statistical neighbours' figures, or empty when none are given. */
    public static Optional<Double> neighbourMean(Collection<Double> values) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum / n);
    }

    /** Against England, the region and the neighbours' figure, where given; none without a local figure. */
    public static List<BenchmarkComparison> compare(Indicator ind, Double local, Interval ci,
            Map<String, Benchmark> used, Double neighbourMean) {
        List<BenchmarkComparison> comparisons = new ArrayList<>();
        if (local == null) {
            return comparisons;
        }
        for (String c : List.of(Benchmark.ENGLAND, Benchmark.REGION)) {
            Benchmark b = used.get(c);
            if (b != null) {
                comparisons.add(BenchmarkComparison.compare(c, local, ci, b.value(), ind.polarity()));
            }
        }
        if (neighbourMean != null) {
            comparisons.add(BenchmarkComparison.compare(Benchmark.NEIGHBOURS, local, ci, neighbourMean, ind.polarity()));
        }
        return comparisons;
    }

    /**
     * The local figure's rank among the single authorities' benchmarks.
     *
     * @return null without a local figure, with fewer than two authorities, or for a polarity with no better direction
     */
    public static Rank rank(Double local, Map<String, Benchmark> used, Polarity polarity) {
        List<Double> authorities = new ArrayList<>();
        for (Benchmark b : used.values()) {
            if (!b.isAggregate()) {
                authorities.add(b.value());
            }
        }
        return local == null || authorities.size() < 2 ? null : Rank.of(local, authorities, polarity).orElse(null);
    }
}
