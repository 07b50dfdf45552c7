package org.perfbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's lookups by ID, and the districts it knows. */
class CatalogueTest {

    static final Indicator CLA = new Indicator("CSC-01", "Children looked after per 10,000 aged 0-17", "", "",
            "Children's Social Care", Frequency.QUARTERLY, Measure.RATE, 10_000, "Aged 0-17", Polarity.LOW,
            Target.of(60), Tolerance.DEFAULT, false, 1, "District");
    static final Indicator OTHER = new Indicator("CSC-02", "Other", "", "", "Children's Social Care",
            Frequency.QUARTERLY, Measure.COUNT, 1, "", Polarity.LOW, null, Tolerance.DEFAULT, false, 0, "");

    private static Catalogue catalogue() {
        List<Catalogue.YearTarget> targets = List.of(
                new Catalogue.YearTarget("csc-01", Period.year(2021), Target.of(55), Tolerance.absolute(2)),
                new Catalogue.YearTarget("CSC-01", Period.year(2021), Target.of(50), null),
                new Catalogue.YearTarget("CSC-01", Period.year(2020), Target.of(58), null));
        List<Catalogue.Population> populations = List.of(
                new Catalogue.Population("Aged 0-17", Period.year(2019), "", 240_000),
                new Catalogue.Population("aged 0-17", Period.year(2020), "", 245_000),
                new Catalogue.Population("Aged 0-17", Period.year(2020), "", 1),
                new Catalogue.Population("Aged 0-17", Period.year(2023), "", 250_000),
                new Catalogue.Population("Aged 0-17", Period.year(2020), "Burnley", 20_000),
                new Catalogue.Population("Aged 0-17", Period.year(2020), " Preston ", 30_000),
                new Catalogue.Population("Aged 65+", Period.year(2020), "burnley", 15_000));
        List<Benchmark> benchmarks = List.of(
                new Benchmark("CSC-01", Period.year(2020), Benchmark.ENGLAND, 60.0, null, null),
                new Benchmark("CSC-02", Period.year(2020), Benchmark.ENGLAND, 6.0, null, null),
                new Benchmark("csc-01", Period.year(2021), Benchmark.ENGLAND, 62.0, null, null));
        return new Catalogue(List.of(CLA, OTHER), targets, populations, benchmarks, List.of());
    }

    @Test
    void targetsAndTolerancesByIdAndYearFirstGivenWins() {
        Catalogue c = catalogue();
        assertEquals(Target.of(55), c.targetFor(CLA, Period.quarter(2021, 3)));
        assertEquals(Tolerance.absolute(2), c.toleranceFor(CLA, Period.quarter(2021, 3)));
        assertEquals(Target.of(58), c.targetFor(CLA, Period.quarter(2020, 1)));
        assertEquals(Tolerance.DEFAULT, c.toleranceFor(CLA, Period.quarter(2020, 1)), "no tolerance: the default");
        assertEquals(Target.of(60), c.targetFor(CLA, Period.quarter(2022, 1)), "no year target: the indicator's");
        assertEquals(null, c.targetFor(OTHER, Period.quarter(2021, 1)));
    }

    @Test
    void populationsAreTheYearsOrTheLatestEarlierNeverALaterOne() {
        Catalogue c = catalogue();
        assertEquals(245_000, c.population("AGED 0-17", Period.quarter(2020, 2), "").orElseThrow().value());
        assertEquals(245_000, c.population("Aged 0-17", Period.quarter(2022, 2), null).orElseThrow().value());
        assertEquals(240_000, c.population("Aged 0-17", Period.year(2019), "").orElseThrow().value());
        assertTrue(c.population("Aged 0-17", Period.year(2018), "").isEmpty());
        assertEquals(20_000, c.population("Aged 0-17", Period.quarter(2021, 1), "BURNLEY").orElseThrow().value());
        assertTrue(c.population("Aged 0-17", Period.quarter(2021, 1), "Lancaster").isEmpty());
    }

    @Test
    void benchmarksById() {
        Catalogue c = catalogue();
        assertEquals(List.of(60.0, 62.0), c.benchmarksFor("Csc-01").stream().map(Benchmark::value).toList());
        assertEquals(62.0, c.benchmarks("CSC-01", Period.year(2021)).get(Benchmark.ENGLAND).value());
        assertTrue(c.benchmarksFor("XYZ-01").isEmpty());
    }

    @Test
    void areasAreTheDistinctDistrictsFirstSpellingFirst() {
        assertEquals(List.of("Burnley", "Preston"), catalogue().areas());
    }

    @Test
    void theCatalogueKeepsNoReferenceToTheListsItWasGiven() {
        List<Indicator> indicators = new ArrayList<>(List.of(CLA));
        List<Catalogue.Population> populations = new ArrayList<>(
                List.of(new Catalogue.Population("Aged 0-17", Period.year(2020), "Burnley", 1)));
        Catalogue c = new Catalogue(indicators, List.of(), populations, List.of(), List.of());
        indicators.add(OTHER);
        populations.add(new Catalogue.Population("Aged 0-17", Period.year(2020), "Preston", 1));
        assertEquals(1, c.indicators().size());
        assertEquals(List.of("Burnley"), c.areas());
    }
}
