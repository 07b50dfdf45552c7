package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Direction;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Numbers;
import org.perfbook.model.Observation;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;
import org.perfbook.sample.SampleData;

class AssessorTest {

    static final Period Q3 = Period.quarter(2021, 3);

    static Indicator indicator(String id, Frequency f, Measure m, double per, String population, Polarity p,
            Target t, boolean cumulative) {
        return new Indicator(id, id + " name", "Caring for the vulnerable", "ASHW", "Adult Social Care", f, m, per,
                population, p, t, Tolerance.DEFAULT, cumulative, 1, "");
    }

    static Observation obs(String id, Period p, Double value, Double n, Double d) {
        return new Observation(id, p, "", value, n, d, "", Source.of("x.xlsx"));
    }

    static final Indicator REABLEMENT = indicator("ASC-02", Frequency.QUARTERLY, Measure.PERCENTAGE, 100, "",
            Polarity.HIGH, Target.of(87.4), false);
    static final Indicator VISITS = indicator("LIB-01", Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.HIGH,
            Target.of(1_400_000), true);
    static final Indicator A8 = indicator("EDU-01", Frequency.ANNUAL, Measure.SCORE, 1, "", Polarity.HIGH, null, false);
    static final Indicator CLA = indicator("CSC-01", Frequency.QUARTERLY, Measure.RATE, 10000, "Aged 0-17",
            Polarity.LOW, null, false);

    private static Catalogue catalogue(List<Benchmark> benchmarks) {
        return new Catalogue(List.of(REABLEMENT, VISITS, A8, CLA), List.of(), List.of(
                new Catalogue.Population("Aged 0-17", Period.year(2021), "", 246700),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Burnley", 20110),
                new Catalogue.Population("Aged 0-17", Period.year(2021), "Wyre", 25720)),
                benchmarks, List.of("Cumbria", "Kent", "Durham"));
    }

    @Test
    void reablementAtQuarterThree() {
        List<Observation> o = List.of(
                obs("ASC-02", Period.quarter(2019, 4), 84.3, null, null),
                obs("ASC-02", Period.quarter(2020, 3), 80.0, 320.0, 400.0),
                obs("ASC-02", Period.quarter(2020, 4), 81.6, null, null),
                obs("ASC-02", Period.quarter(2021, 1), 86.7, null, null),
                obs("ASC-02", Period.quarter(2021, 2), 341.0 / 400 * 100, 341.0, 400.0),
                obs("ASC-02", Q3, 349.6 / 400 * 100, 349.6, 400.0));
        List<Benchmark> b = List.of(
                new Benchmark("ASC-02", Q3, "England", 79.1, null, null),
                new Benchmark("ASC-02", Q3, "North West", 79.9, null, null));
        Assessment a = new Assessor(catalogue(b), o).assess(REABLEMENT, Q3);
        assertEquals(Status.GREEN, a.status(), "87.4 against 87.4 is on track");
        assertEquals(StatusBasis.TARGET, a.statusBasis());
        assertEquals(Direction.IMPROVING, a.current().direction());
        assertEquals(87.4 - 85.25, a.sincePrevious().absolute(), 1e-9);
        assertTrue(a.sincePrevious().points());
        assertEquals(7.4, a.sinceLastYear().absolute(), 1e-9);
        assertEquals(List.of(Period.year(2019), Period.year(2020), Period.year(2021)),
                List.copyOf(a.yearOutturns().keySet()));
        // the year is recomputed from its counts: only 2020/21 Q3 has them, so no figure, not Q4's 81.6
        Outturn y2020 = a.yearOutturns().get(Period.year(2020));
        assertNull(y2020.value());
        assertEquals("1 of 4 quarters", y2020.progress());
        assertEquals(3, a.thisYear().size());
        assertNotNull(a.current().interval95());
        assertEquals(2, a.comparisons().size());
        assertEquals("significantly higher than England", a.comparisons().get(0).describe());
    }

    @Test
    void aWithheldRowIsNoFigureButKeepsItsCommentary() {
        Observation q2 = obs("ASC-02", Period.quarter(2021, 2), 341.0 / 400 * 100, 341.0, 400.0);
        Observation rejected = new Observation("ASC-02", Q3, "", null, null, null, "Staff shortages in November.",
                new Source("r.xlsx", "Return", "J8"));
        Observation later = new Observation("ASC-02", Period.quarter(2021, 4), "", null, null, null, "Later.",
                Source.of("r.xlsx"));
        Observation replaced = new Observation("ASC-02", Period.quarter(2021, 2), "", null, null, null, "Superseded.",
                Source.of("r.xlsx"));
        Assessment a = new Assessor(catalogue(List.of()), List.of(q2), List.of(later, rejected, replaced))
                .assess(REABLEMENT, Q3);
        assertNull(a.current(), "no figure stands in for the rejected one");
        assertEquals(Status.NOT_RATED, a.status());
        assertEquals(List.of(rejected), a.withheld(), "up to the book's period, and only where no figure was accepted");
        assertEquals(rejected, a.withheldAt(Q3));
        assertNull(a.withheldAt(Period.quarter(2021, 2)));
        assertEquals(1, a.series().size());
        assertEquals(1, new Assessor(catalogue(List.of()), List.of(q2), List.of(rejected)).evaluateAll().size(),
                "never evaluated as a figure");
    }

    @Test
    void cumulativeIsRatedOnTheYearToDateAgainstAProRataTarget() {
        List<Observation> o = List.of(
                obs("LIB-01", Period.quarter(2021, 1), 265139.0, null, null),
                obs("LIB-01", Period.quarter(2021, 2), 393140.0, null, null),
                obs("LIB-01", Q3, 440628.0, null, null));
        Assessment a = new Assessor(catalogue(List.of()), o).assess(VISITS, Q3);
        assertEquals(1_098_907, a.current().rated(), 1e-9);
        assertEquals(1_050_000, a.current().yearToDate().proRataTarget().low(), 1e-6);
        assertEquals(Status.GREEN, a.status());
        // a quarter missing from the year so far: no total, no colour
        Assessment gap = new Assessor(catalogue(List.of()), List.of(o.get(0), o.get(2))).assess(VISITS, Q3);
        assertNull(gap.current().yearToDate());
        assertEquals(Status.NOT_RATED, gap.status());
    }

    @Test
    void aCumulativeOutturnIsTheYearsTotal() {
        List<Observation> o = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            o.add(obs("LIB-01", Period.quarter(2020, q), 100_000.0 * q, null, null));
        }
        Assessment a = new Assessor(catalogue(List.of()), o).assess(VISITS, Q3);
        assertEquals(1_000_000, a.yearOutturns().get(Period.year(2020)).value(), 1e-9);
    }

    @Test
    void boostJobsOutturnIsTheSumOfTheYearsQuartersNotTheFourthQuarter() {
        SampleData sample = SampleData.load();
        Indicator jobs = sample.catalogue().indicator("ECO-03").orElseThrow();
        assertEquals(OutturnRule.SUM, jobs.outturnRule(), "the shipped catalogue says the quarters add up");
        List<Observation> o = sample.figures().stream().filter(f -> f.indicatorId().equals("ECO-03"))
                .map(f -> obs("ECO-03", f.period(), Numbers.parsePlain(f.value()).getAsDouble(), null, null)).toList();
        Assessment a = new Assessor(sample.catalogue(), o).assess(jobs, Q3);
        Outturn y2019 = a.yearOutturns().get(Period.year(2019));
        assertEquals(326.85, y2019.value(), 1e-9, "61.50 + 88.20 + 104.75 + 72.40, not the Q4 72.40");
        assertEquals("2019/20 (year)", y2019.heading());
        assertEquals(Status.GREEN, y2019.status(), "against the target of 100");
        assertEquals(42.05 + 80.93 + 58.17 + 35.60, a.yearOutturns().get(Period.year(2020)).value(), 1e-9);
        Outturn thisYear = a.yearOutturns().get(Period.year(2021));
        assertNull(thisYear.value(), "the year is not over at Q3");
        assertEquals("3 of 4 quarters", thisYear.progress());
        assertEquals(Status.NOT_RATED, thisYear.status());
        assertEquals(List.of(Period.year(2019), Period.year(2020), Period.year(2021)),
                List.copyOf(a.yearOutturns().keySet()), "oldest first");
    }

    @Test
    void aPercentageOutturnIsRecomputedFromTheYearsCounts() {
        List<Observation> o = List.of(
                obs("ASC-02", Period.quarter(2020, 1), 48.0 / 51 * 100, 48.0, 51.0),
                obs("ASC-02", Period.quarter(2020, 2), 58.0 / 62 * 100, 58.0, 62.0),
                obs("ASC-02", Period.quarter(2020, 3), 56.0 / 61 * 100, 56.0, 61.0),
                obs("ASC-02", Period.quarter(2020, 4), 88.0 / 95 * 100, 88.0, 95.0));
        Assessment a = new Assessor(catalogue(List.of()), o).assess(REABLEMENT, Q3);
        Outturn y = a.yearOutturns().get(Period.year(2020));
        assertEquals(OutturnRule.RECOMPUTED, y.rule());
        assertEquals(250.0 / 269 * 100, y.value(), 1e-9, "(48 + 58 + 56 + 88) of (51 + 62 + 61 + 95)");
        assertEquals(250.0, y.numerator());
        assertEquals(269.0, y.denominator());
        assertEquals("2020/21 (year)", y.heading());
        // a quarter without its counts cannot be recomputed
        List<Observation> gap = new ArrayList<>(o);
        gap.set(1, obs("ASC-02", Period.quarter(2020, 2), 93.5, null, null));
        Outturn partial = new Assessor(catalogue(List.of()), gap).assess(REABLEMENT, Q3).yearOutturns()
                .get(Period.year(2020));
        assertNull(partial.value());
        assertEquals("3 of 4 quarters", partial.progress());
    }

    @Test
    void aSnapshotTakesTheYearEndAndAPopulationRateKeepsItsPopulation() {
        List<Observation> o = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            o.add(obs("CSC-01", Period.quarter(2020, q), 80.0 + q, (80.0 + q) * 24.67, 246700.0));
        }
        Outturn snapshot = new Assessor(catalogue(List.of()), o).assess(CLA, Q3).yearOutturns().get(Period.year(2020));
        assertEquals(OutturnRule.YEAR_END, snapshot.rule());
        assertEquals(84.0, snapshot.value(), 1e-9);
        assertEquals("2020/21 Q4", snapshot.heading());
        Indicator admissions = CLA.withOutturn(OutturnRule.RECOMPUTED);
        Catalogue c = new Catalogue(List.of(admissions), List.of(), List.of(), List.of(), List.of());
        Outturn flow = new Assessor(c, o).assess(admissions, Q3).yearOutturns().get(Period.year(2020));
        assertEquals((81 + 82 + 83 + 84) * 24.67 / 246700 * 10000, flow.value(), 1e-9,
                "the year's count over the population, not over four populations");
        // the book's own year: only what was known at its period
        List<Observation> later = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            later.add(obs("CSC-01", Period.quarter(2021, q), 80.0 + q, null, null));
        }
        Outturn open = new Assessor(catalogue(List.of()), later).assess(CLA, Q3).yearOutturns().get(Period.year(2021));
        assertNull(open.value(), "Q4 comes after the book's period");
        assertEquals("3 of 4 quarters", open.progress());
    }

    @Test
    void aWholeYearFigureIsTheOutturnAsPublished() {
        List<Observation> o = List.of(obs("EDU-01", Period.year(2020), 50.4, null, null));
        Outturn y = new Assessor(catalogue(List.of()), o).assess(A8, Q3).yearOutturns().get(Period.year(2020));
        assertEquals(50.4, y.value());
        assertEquals("2020/21 (year)", y.heading());
        assertEquals("0 of 1 years", new Assessor(catalogue(List.of()), o).assess(A8, Q3).yearOutturns()
                .get(Period.year(2021)).progress());
    }

    @Test
    void annualIndicatorsReportTheirLatestYear() {
        List<Observation> o = List.of(obs("EDU-01", Period.year(2019), 49.7, null, null),
                obs("EDU-01", Period.year(2020), 50.4, null, null));
        Assessment a = new Assessor(catalogue(List.of(new Benchmark("EDU-01", Period.year(2020), "England", 48.9, null, null))), o)
                .assess(A8, Q3);
        assertEquals(Period.year(2020), a.period());
        assertEquals(50.4, a.current().observation().value());
        assertEquals(Status.NOT_RATED, a.status(), "no target and an untested comparison: not rated");
        assertEquals("higher than England", a.comparisons().get(0).describe());
    }

    @Test
    void withoutATargetATestedBenchmarkRates() {
        List<Observation> o = List.of(obs("CSC-01", Q3, 1920.0 / 246700 * 10000, 1920.0, 246700.0));
        Assessment a = new Assessor(catalogue(List.of(new Benchmark("CSC-01", Q3, "England", 60.0, null, null))), o)
                .assess(CLA, Q3);
        assertEquals(Status.RED, a.status(), "significantly higher than England, and Good is Low");
        assertEquals(StatusBasis.BENCHMARK, a.statusBasis());
    }

    @Test
    void neighboursAreAveragedAndRanked() {
        List<Observation> o = List.of(obs("CSC-01", Q3, 77.8, 1920.0, 246700.0));
        List<Benchmark> b = List.of(new Benchmark("CSC-01", Q3, "Cumbria", 70.0, null, null),
                new Benchmark("CSC-01", Q3, "Kent", 50.0, null, null),
                new Benchmark("CSC-01", Q3, "Durham", 90.0, null, null));
        Assessment a = new Assessor(catalogue(b), o).assess(CLA, Q3);
        assertEquals(70.0, a.neighbourMean(), 1e-12);
        assertEquals(3, a.rank().rank(), "two authorities have fewer children looked after");
        assertEquals(4, a.rank().of());
    }

    @Test
    void breakdownsFollowTheCataloguesAreaOrder() {
        List<Observation> o = List.of(obs("CSC-01", Q3, 77.8, 1920.0, 246700.0),
                new Observation("CSC-01", Q3, "Wyre", 120.9, 311.0, 25720.0, "", Source.of("x")),
                new Observation("CSC-01", Q3, "Burnley", 105.4, 212.0, 20110.0, "", Source.of("x")));
        Assessment a = new Assessor(catalogue(List.of()), o).assess(CLA, Q3);
        assertEquals(List.of("Burnley", "Wyre"), a.breakdown().stream().map(e -> e.observation().breakdown()).toList());
        assertNotNull(a.breakdown().get(0).interval95());
    }

    @Test
    void amberTwoPeriodsRunningIsAnException() {
        List<Observation> o = List.of(obs("ASC-02", Period.quarter(2021, 2), 85.0, null, null),
                obs("ASC-02", Q3, 85.5, null, null));
        Assessment a = new Assessor(catalogue(List.of()), o).assess(REABLEMENT, Q3);
        assertEquals(Status.AMBER, a.status());
        assertEquals(Status.AMBER, a.previousStatus());
        assertTrue(a.isException());
    }

    @Test
    void everyObservationIsEvaluated() {
        List<Observation> o = List.of(obs("ASC-02", Q3, 85.5, null, null), obs("EDU-01", Period.year(2020), 50.4, null, null),
                new Observation("CSC-01", Q3, "Wyre", 120.9, 311.0, 25720.0, "", Source.of("x")));
        assertEquals(3, new Assessor(catalogue(List.of()), o).evaluateAll().size());
    }

    @Test
    void theAssessmentCarriesTheBenchmarkSeriesAndTheIntervalsOfThoseUsed() {
        List<Observation> o = List.of(obs("ASC-02", Q3, null, 341.0, 400.0));
        List<Benchmark> b = List.of(new Benchmark("ASC-02", Period.quarter(2021, 2), "England", 78.0, null, null),
                new Benchmark("ASC-02", Q3, "England", 79.1, 7910.0, 10000.0),
                new Benchmark("asc-02", Q3, "North West", 79.9, null, null),
                new Benchmark("CSC-01", Q3, "England", 60.0, 600.0, 10000.0));
        Assessment a = new Assessor(catalogue(b), o).assess(REABLEMENT, Q3);
        assertEquals(List.of(b.get(0), b.get(1), b.get(2)), a.benchmarkSeries(), "every period, this indicator's only");
        assertEquals(List.of("England"), List.copyOf(a.benchmarkIntervals().keySet()), "only where counts are given");
        assertEquals(ConfidenceIntervals.wilson(7910, 10000, 0.95, 100), a.benchmarkIntervals().get("England"));
    }

    @Test
    void anAssessmentKeepsNoReferenceToTheCollectionsItWasGiven() {
        Evaluation e = new Evaluation(obs("ASC-02", Q3, 85.0, null, null), null, null, Status.AMBER,
                Direction.NOT_AVAILABLE, 85.0, null);
        Map<Period, Outturn> outturns = new LinkedHashMap<>();
        outturns.put(Period.year(2020), new Outturn(Period.year(2020), OutturnRule.RECOMPUTED, 4, 4, 85.0, null, null,
                null, Status.AMBER));
        outturns.put(Period.year(2019), new Outturn(Period.year(2019), OutturnRule.RECOMPUTED, 2, 4, null, null, null,
                null, null));
        List<Evaluation> list = new ArrayList<>(List.of(e));
        List<Observation> withheld = new ArrayList<>(List.of(obs("ASC-02", Q3.previous(), null, null, null)));
        List<BenchmarkComparison> comparisons = new ArrayList<>();
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        benchmarks.put("North West", new Benchmark("ASC-02", Q3, "North West", 79.9, null, null));
        benchmarks.put("England", new Benchmark("ASC-02", Q3, "England", 79.1, null, null));
        Map<String, Interval> intervals = new LinkedHashMap<>();
        List<Benchmark> series = new ArrayList<>(benchmarks.values());
        Assessment a = new Assessment(REABLEMENT, Q3, e, Tolerance.DEFAULT, Status.AMBER, StatusBasis.TARGET, null,
                null, null, list, comparisons, benchmarks, intervals, series, null, null, list, list, outturns, withheld);

        outturns.clear();
        withheld.clear();
        list.clear();
        comparisons.add(BenchmarkComparison.compare("England", 85.0, null, 79.1, Polarity.HIGH));
        benchmarks.clear();
        intervals.put("England", ConfidenceIntervals.wilson(1, 2, 0.95, 100));
        series.clear();

        assertEquals(List.of(Period.year(2020), Period.year(2019)), List.copyOf(a.yearOutturns().keySet()), "order kept");
        assertEquals(List.of(e), a.thisYear());
        assertEquals(List.of(e), a.breakdown());
        assertEquals(List.of(e), a.series());
        assertEquals(1, a.withheld().size());
        assertTrue(a.comparisons().isEmpty());
        assertEquals(List.of("North West", "England"), List.copyOf(a.benchmarks().keySet()), "order kept");
        assertTrue(a.benchmarkIntervals().isEmpty());
        assertEquals(2, a.benchmarkSeries().size());
        assertThrows(UnsupportedOperationException.class, () -> a.yearOutturns().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.benchmarks().clear());
    }

    @Test
    void anAnnualIndicatorsTrendIsOverItsLatestFiveYearsFromItsIntervals() {
        List<Observation> o = new ArrayList<>();
        double[] events = {400, 460, 520, 580, 640};
        for (int k = 0; k < 5; k++) {
            o.add(obs("ANN-01", Period.year(2016 + k), events[k] / 246700 * 10000, events[k], 246700.0));
        }
        Indicator annual = indicator("ANN-01", Frequency.ANNUAL, Measure.RATE, 10000, "", Polarity.LOW, null, false);
        Catalogue c = new Catalogue(List.of(annual), List.of(), List.of(), List.of(), List.of());
        Trend t = new Assessor(c, o).assess(annual, Q3).trend();
        assertEquals(Trend.Method.WEIGHTED_LEAST_SQUARES, t.method());
        assertEquals(Period.year(2016), t.from());
        assertEquals(Period.year(2020), t.to(), "the latest year ended by the book's period");
        assertEquals("Increasing and getting worse", t.label());

        o.remove(2);
        assertEquals("Cannot be calculated: fewer than 5 periods (4)", new Assessor(c, o).assess(annual, Q3).trend().describe());
    }
}
