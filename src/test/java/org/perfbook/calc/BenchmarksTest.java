package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfbook.calc.BenchmarkComparison.Judgement;
import org.perfbook.calc.BenchmarkComparison.Significance;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

class BenchmarksTest {

    @Test
    void childrenLookedAfterAgainstEnglandAndTheRegion() {
        // 1,784 children looked after, 72.7 per 10,000 aged 0-17: "significantly higher" than England's 60.0
        // and "significantly lower" than the North West's 82.0 (seed catalogue C21)
        Estimate rate = Estimate.rate(1784, 245500, 10000);
        Interval ci = ConfidenceIntervals.rate(1784, 245500, 10000, 0.95);
        var england = BenchmarkComparison.compare("England", rate.value(), ci, 60.0, Polarity.LOW);
        assertEquals(Significance.HIGHER, england.significance());
        assertEquals(Judgement.WORSE, england.judgement());
        assertEquals("significantly higher than England", england.describe());
        var region = BenchmarkComparison.compare("North West", rate.value(), ci, 82.0, Polarity.LOW);
        assertEquals(Significance.LOWER, region.significance());
        assertEquals(Judgement.BETTER, region.judgement());
        assertEquals(72.67 - 82.0, region.difference(), 0.01);
    }

    @Test
    void similarWhenTheBenchmarkIsInsideTheInterval() {
        // EYFS 69.2% vs England 69.3%: similar (cohort of about 13,000)
        Interval ci = ConfidenceIntervals.wilson(9000, 13006, 0.95, 100);
        var c = BenchmarkComparison.compare("England", 69.2, ci, 69.3, Polarity.HIGH);
        assertEquals(Significance.SIMILAR, c.significance());
        assertEquals("similar to England", c.describe());
    }

    @Test
    void withoutAnIntervalNothingIsSignificant() {
        // Attainment 8: 50.4 vs England 48.9, "higher"
        var c = BenchmarkComparison.compare("England", 50.4, null, 48.9, Polarity.HIGH);
        assertFalse(c.tested());
        assertEquals("higher than England", c.describe());
        assertEquals(Judgement.BETTER, c.judgement());
    }

    @Test
    void rankAndQuartileWithOneBestByPolarity() {
        // ranked 76 of 150: the third quartile (ceil(4 x 76 / 150) = 3)
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            others.add(60.0 + i);   // 75 authorities better
        }
        for (int i = 0; i < 74; i++) {
            others.add(40.0 - i * 0.1);
        }
        Rank r = Rank.of(50.4, others, Polarity.HIGH).orElseThrow();
        assertEquals(76, r.rank());
        assertEquals(150, r.of());
        assertEquals(3, r.quartile());
        assertEquals("76 of 150 (third quartile)", r.describe());
        // the same figures with Good is Low put this authority 75th: second quartile
        Rank low = Rank.of(50.4, others, Polarity.LOW).orElseThrow();
        assertEquals(75, low.rank());
        assertEquals(2, low.quartile());
    }

    @Test
    void tiesShareARank() {
        Rank r = Rank.of(10.0, List.of(12.0, 10.0, 10.0, 8.0), Polarity.HIGH).orElseThrow();
        assertEquals(2, r.rank());
        Rank best = Rank.of(12.0, List.of(12.0, 10.0), Polarity.HIGH).orElseThrow();
        assertEquals(1, best.rank());
        assertEquals(1, best.quartile());
        assertTrue(Rank.of(10.0, List.of(12.0), Polarity.NONE).isEmpty());
    }

    @Test
    void neighbourMeanIgnoresBlanks() {
        assertEquals(262.8, Benchmarks.neighbourMean(java.util.Arrays.asList(250.0, 275.6, null)).orElseThrow(), 1e-9);
        assertTrue(Benchmarks.neighbourMean(List.of()).isEmpty());
    }

    private static Benchmark bench(Period period, String comparator, double value) {
        return new Benchmark("SCH-01", period, comparator, value, null, null);
    }

    @Test
    void eachComparatorsBenchmarkForThePeriodOrItsLatestWithinTheYearBefore() {
        Period q3 = Period.quarter(2021, 3);
        List<Benchmark> all = List.of(
                bench(Period.year(2020), Benchmark.ENGLAND, 48.9),
                bench(Period.quarter(2021, 2), Benchmark.ENGLAND, 49.0),
                bench(Period.quarter(2021, 4), Benchmark.ENGLAND, 50.0),  // later than the period
                bench(Period.year(2019), Benchmark.REGION, 47.0),         // more than a year before
                bench(Period.year(2020), "Blackpool", 45.0));
        Map<String, Benchmark> used = Benchmarks.select(all, q3);
        assertEquals(List.of(Benchmark.ENGLAND, "Blackpool"), List.copyOf(used.keySet()));
        assertEquals(49.0, used.get(Benchmark.ENGLAND).value());
    }

    @Test
    void theNeighboursFigureAsPublishedElseTheMeanOfTheNamedNeighbours() {
        Period y = Period.year(2020);
        Map<String, Benchmark> named = Map.of("Blackpool", bench(y, "Blackpool", 250.0), "Bolton",
                bench(y, "Bolton", 275.6), "Bury", bench(y, "Bury", 900.0));
        assertEquals(262.8, Benchmarks.neighbourMean(named, List.of("Blackpool", "Bolton", "Wigan")), 1e-9);
        Map<String, Benchmark> published = new java.util.HashMap<>(named);
        published.put(Benchmark.NEIGHBOURS, bench(y, Benchmark.NEIGHBOURS, 262.0));
        assertEquals(262.0, Benchmarks.neighbourMean(published, List.of("Blackpool", "Bolton")));
        assertNull(Benchmarks.neighbourMean(Map.of(), List.of("Blackpool")));
    }

    @Test
    void rankAmongTheSingleAuthoritiesOnly() {
        Period y = Period.year(2020);
        Map<String, Benchmark> used = new java.util.LinkedHashMap<>();
        used.put(Benchmark.ENGLAND, bench(y, Benchmark.ENGLAND, 99.0));
        used.put("Blackpool", bench(y, "Blackpool", 51.0));
        assertNull(Benchmarks.rank(50.0, used, Polarity.HIGH), "one authority is not enough to rank against");
        used.put("Bolton", bench(y, "Bolton", 49.0));
        Rank r = Benchmarks.rank(50.0, used, Polarity.HIGH);
        assertEquals(2, r.rank());
        assertEquals(3, r.of());
        assertNull(Benchmarks.rank(null, used, Polarity.HIGH));
    }

    @Test
    void comparedWithEnglandTheRegionAndTheNeighboursInThatOrder() {
        Period y = Period.year(2020);
        Indicator a8 = new Indicator("SCH-01", "Attainment 8", "", "", "", Frequency.ANNUAL, Measure.SCORE, 1, "",
                Polarity.HIGH, null, null, false, 1, "");
        Map<String, Benchmark> used = new java.util.LinkedHashMap<>();
        used.put(Benchmark.REGION, bench(y, Benchmark.REGION, 49.6));
        used.put(Benchmark.ENGLAND, bench(y, Benchmark.ENGLAND, 48.9));
        List<BenchmarkComparison> c = Benchmarks.compare(a8, 50.4, null, used, 49.9);
        assertEquals(List.of(Benchmark.ENGLAND, Benchmark.REGION, Benchmark.NEIGHBOURS),
                c.stream().map(BenchmarkComparison::comparator).toList());
        assertTrue(Benchmarks.compare(a8, null, null, used, 49.9).isEmpty());
    }

    @Test
    void intervalsOnlyWhereABenchmarksCountsAreGiven() {
        Period q3 = Period.quarter(2021, 3);
        Indicator reablement = new Indicator("ASC-02", "Reablement", "", "", "", Frequency.QUARTERLY,
                Measure.PERCENTAGE, 100, "", Polarity.HIGH, null, null, false, 1, "");
        Map<String, Benchmark> used = new java.util.LinkedHashMap<>();
        used.put(Benchmark.REGION, new Benchmark("ASC-02", q3, Benchmark.REGION, 79.9, null, null));
        used.put(Benchmark.ENGLAND, new Benchmark("ASC-02", q3, Benchmark.ENGLAND, 79.1, 7910.0, 10000.0));
        Map<String, Interval> intervals = Benchmarks.intervals(reablement, used);
        assertEquals(List.of(Benchmark.ENGLAND), List.copyOf(intervals.keySet()));
        assertEquals(ConfidenceIntervals.wilson(7910, 10000, 0.95, 100), intervals.get(Benchmark.ENGLAND));
    }
}
