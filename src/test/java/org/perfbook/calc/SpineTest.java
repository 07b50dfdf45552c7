package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.testing.Indicators;

class SpineTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String PRIORITY = "Caring for the vulnerable";
    static final double TOLERANCE = 1e-9;

    static final Indicator HIGH = Indicators.percentage("HI-01").priority(PRIORITY).polarity(Polarity.HIGH).build();
    static final Indicator LOW = Indicators.percentage("LO-01").priority(PRIORITY).polarity(Polarity.LOW).build();
    static final Indicator FEW = Indicators.percentage("FEW-01").priority(PRIORITY).polarity(Polarity.LOW).build();
    static final Indicator ALONE = Indicators.percentage("ONE-01").priority(PRIORITY).polarity(Polarity.HIGH).build();
    static final Indicator NONE = Indicators.percentage("NO-01").priority(PRIORITY).polarity(Polarity.HIGH).build();
    static final Indicator MISSING = Indicators.percentage("MIS-01").priority(PRIORITY).polarity(Polarity.HIGH).build();
    static final Indicator ELSEWHERE = Indicators.percentage("EL-01").priority("Other").polarity(Polarity.HIGH).build();

    static final double[] HIGH_OTHERS = {83.0, 76.2, 88.0, 71.5, 79.3, 90.2, 68.4, 81.1, 85.5, 74.9, 79.3};
    static final double[] LOW_OTHERS = {14.2, 9.8, 22.5, 13.1, 18.7, 11.4, 25.3, 15.0, 12.6};

    static List<Assessment> assessments() {
        List<Benchmark> b = new ArrayList<>();
        b.add(new Benchmark("HI-01", Q3, "England", 79.1, null, null));
        b.add(new Benchmark("HI-01", Q3, "North West", 79.9, null, null));
        for (int i = 0; i < HIGH_OTHERS.length; i++) {
            b.add(new Benchmark("HI-01", Q3, "Authority " + i, HIGH_OTHERS[i], null, null));
        }
        b.add(new Benchmark("LO-01", Q3, "England", 14.6, null, null));
        b.add(new Benchmark("LO-01", Q3, "North West", 16.5, null, null));
        for (int i = 0; i < LOW_OTHERS.length; i++) {
            b.add(new Benchmark("LO-01", Q3, "Authority " + i, LOW_OTHERS[i], null, null));
        }
        b.add(new Benchmark("FEW-01", Q3, "England", 14.6, null, null));
        for (int i = 0; i < 3; i++) {
            b.add(new Benchmark("FEW-01", Q3, "Authority " + i, LOW_OTHERS[i], null, null));
        }
        // authorities' figures only for a year long gone: the row says there is nothing to compare with
        b.add(new Benchmark("ONE-01", Q3, "England", 50.0, null, null));
        b.add(new Benchmark("ONE-01", Period.year(2015), "Authority 1", 48.0, null, null));
        b.add(new Benchmark("NO-01", Q3, "England", 50.0, null, null));
        b.add(new Benchmark("MIS-01", Q3, "England", 79.1, null, null));
        b.add(new Benchmark("MIS-01", Q3, "North West", 79.9, null, null));
        for (int i = 0; i < 6; i++) {
            b.add(new Benchmark("MIS-01", Q3, "Authority " + i, HIGH_OTHERS[i], null, null));
        }
        b.add(new Benchmark("EL-01", Q3, "England", 50.0, null, null));
        b.add(new Benchmark("EL-01", Q3, "Authority 1", 48.0, null, null));
        Catalogue c = new Catalogue(List.of(HIGH, LOW, FEW, ALONE, NONE, MISSING, ELSEWHERE), List.of(), List.of(), b, List.of());
        List<Observation> o = List.of(
                new Observation("HI-01", Q3, "", 87.4, 874.0, 1000.0, "", Source.of("x")),
                new Observation("LO-01", Q3, "", 16.9, 1690.0, 10000.0, "", Source.of("x")),
                new Observation("FEW-01", Q3, "", 16.9, null, null, "", Source.of("x")),
                new Observation("ONE-01", Q3, "", 52.0, null, null, "", Source.of("x")),
                new Observation("NO-01", Q3, "", 52.0, null, null, "", Source.of("x")),
                new Observation("EL-01", Q3, "", 52.0, null, null, "", Source.of("x")));
        return new Assessor(c, o).assess(Q3);
    }

    static Spine.Row row(Spine s, String id) {
        return s.rows().stream().filter(r -> r.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void highIsGoodQuartilesAndPositionsMatchTheDefinitions() {
        // expected from numpy.quantile(values, [0.25, 0.75], method='linear') (Hyndman-Fan type 7) over the 11
        // authorities and 87.4, and the Fingertips scaling 0.5 + (v - E) / 2h, h = max(E - min, max - E)
        Spine.Row r = row(Spine.of(PRIORITY, assessments()), "HI-01");
        Spine.Quartiles q = r.quartiles();
        assertEquals(12, r.authorities());
        assertEquals(68.4, q.worst(), TOLERANCE);
        assertEquals(75.875, q.worseQuartile(), TOLERANCE);
        assertEquals(85.975, q.betterQuartile(), TOLERANCE);
        assertEquals(90.2, q.best(), TOLERANCE);
        assertEquals(0.01801801801801889, q.worstAt(), TOLERANCE);
        assertEquals(0.3547297297297301, q.worseQuartileAt(), TOLERANCE);
        assertEquals(0.8096846846846845, q.betterQuartileAt(), TOLERANCE);
        assertEquals(1.0, q.bestAt(), TOLERANCE);
        assertEquals(0.873873873873874, r.valueAt(), TOLERANCE);
        assertEquals(0.5360360360360366, r.regionAt(), TOLERANCE);
        // 87.4% of 1,000 has a 95% interval above England's 79.1
        assertEquals(Spine.Mark.BETTER, r.mark());
        assertEquals("", r.note());
    }

    @Test
    void lowIsGoodIsReversedSoTheBestIsOnTheRight() {
        // numpy as above over the 9 authorities and 16.9; scaling 0.5 - (v - E) / 2h
        Spine.Row r = row(Spine.of(PRIORITY, assessments()), "LO-01");
        Spine.Quartiles q = r.quartiles();
        assertEquals(25.3, q.worst(), TOLERANCE);
        assertEquals(18.25, q.worseQuartile(), TOLERANCE);
        assertEquals(12.725, q.betterQuartile(), TOLERANCE);
        assertEquals(9.8, q.best(), TOLERANCE);
        assertEquals(0.0, q.worstAt(), TOLERANCE);
        assertEquals(0.3294392523364486, q.worseQuartileAt(), TOLERANCE);
        assertEquals(0.5876168224299065, q.betterQuartileAt(), TOLERANCE);
        assertEquals(0.7242990654205607, q.bestAt(), TOLERANCE);
        assertEquals(0.39252336448598135, r.valueAt(), TOLERANCE);
        assertEquals(0.411214953271028, r.regionAt(), TOLERANCE);
        assertTrue(q.worstAt() < q.worseQuartileAt() && q.worseQuartileAt() < q.betterQuartileAt()
                && q.betterQuartileAt() < q.bestAt(), "worst to best runs left to right");
        // 16.9% of 10,000 is significantly higher than England's 14.6, and low is good
        assertEquals(Spine.Mark.WORSE, r.mark());
    }

    @Test
    void fewerThanFiveAuthoritiesGiveNoQuartilesAndSaySo() {
        Spine.Row r = row(Spine.of(PRIORITY, assessments()), "FEW-01");
        assertEquals(4, r.authorities());
        assertNull(r.quartiles());
        assertNull(r.worst());
        // still placed against the others, 0.5 - (16.9 - 14.6) / 2h with h = 22.5 - 14.6 (python)
        assertEquals(0.35443037974683556, r.valueAt(), TOLERANCE);
        assertTrue(r.note().contains("no quartiles"), r.note());
        // no interval: never called better or worse
        assertEquals(Spine.Mark.NOT_COMPARED, r.mark());
    }

    @Test
    void withoutItsOwnFigureTheRowSaysSoAndKeepsTheOthersBars() {
        // numpy.quantile(83.0 76.2 88.0 71.5 79.3 90.2, [0.25, 0.75], method='linear'); h = 90.2 - 79.1
        Spine.Row r = row(Spine.of(PRIORITY, assessments()), "MIS-01");
        assertNull(r.value());
        assertNull(r.valueAt());
        assertEquals(6, r.authorities());
        assertEquals(76.975, r.quartiles().worseQuartile(), TOLERANCE);
        assertEquals(86.75, r.quartiles().betterQuartile(), TOLERANCE);
        assertEquals(0.40427927927927937, r.quartiles().worseQuartileAt(), TOLERANCE);
        assertEquals(0.8445945945945945, r.quartiles().betterQuartileAt(), TOLERANCE);
        assertEquals(0.15765765765765816, r.quartiles().worstAt(), TOLERANCE);
        assertEquals(0.5360360360360366, r.regionAt(), TOLERANCE);
        assertEquals(Spine.Mark.NOT_COMPARED, r.mark());
        assertEquals("No figure for 2021/22 Q3.", r.note());
    }

    @Test
    void oneAuthorityAloneHasNoComparison() {
        Spine s = Spine.of(PRIORITY, assessments());
        Spine.Row r = row(s, "ONE-01");
        assertEquals(1, r.authorities());
        assertNull(r.quartiles());
        assertNull(r.valueAt());
        assertTrue(r.note().contains("no comparison"), r.note());
        // without any authority's figures an indicator has no row; another priority's indicators neither
        assertEquals(List.of("HI-01", "LO-01", "FEW-01", "ONE-01", "MIS-01"),
                s.rows().stream().map(x -> x.indicator().id()).toList());
        assertNotNull(row(Spine.of("Other", assessments()), "EL-01"));
    }
}
