package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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

class RankHistoryTest {

    static final Period Q1 = Period.quarter(2021, 1);
    static final Period Q2 = Period.quarter(2021, 2);
    static final Period Q3 = Period.quarter(2021, 3);

    static Assessment assessment(Polarity polarity) {
        Indicator ind = Indicators.percentage("X-01").polarity(polarity).build();
        double[][] others = {{55, 60, 70, 40, 65, 50}, {56, 61, 72, 42, 63}, {57, 62, 71, 45, 62, 52}};
        double[] local = {60, 58, 62};
        Period[] periods = {Q1, Q2, Q3};
        List<Benchmark> b = new ArrayList<>();
        List<Observation> o = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            b.add(new Benchmark("X-01", periods[p], "England", 55.0, null, null));
            for (int i = 0; i < others[p].length; i++) {
                b.add(new Benchmark("X-01", periods[p], "Authority " + i, others[p][i], null, null));
            }
            o.add(new Observation("X-01", periods[p], "", local[p], null, null, "", Source.of("x")));
        }
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), b, List.of());
        return new Assessor(c, o).assess(Q3).get(0);
    }

    @Test
    void rankAndQuartileForEveryPeriodWithTheFullSetTiesShared() {
        // expected: scipy.stats.rankdata(-values, method='min') (1 = highest, ties take the best rank), quartile
        // floor(4 (rank - 1) / n) + 1; Q2 lacks one authority so has no rank
        List<RankHistory.At> ranks = RankHistory.overTime(assessment(Polarity.HIGH));
        assertEquals(List.of(Q1, Q3), ranks.stream().map(RankHistory.At::period).toList());
        assertEquals(new Rank(3, 7, 2), ranks.get(0).rank());
        assertEquals(new Rank(2, 7, 1), ranks.get(1).rank());
        assertEquals("2 of 7 (upper quartile)", ranks.get(1).rank().describe());
        assertNull(RankHistory.at(assessment(Polarity.HIGH), Q2));
    }

    @Test
    void lowIsGoodRanksTheLowestFirst() {
        // rankdata(values, method='min'): Q1 60 among 55 60 70 40 65 50 -> 4 of 7; Q3 62 among 57 62 71 45 62 52 -> 4
        List<RankHistory.At> ranks = RankHistory.overTime(assessment(Polarity.LOW));
        assertEquals(new Rank(4, 7, 2), ranks.get(0).rank());
        assertEquals(new Rank(4, 7, 2), ranks.get(1).rank());
    }

    @Test
    void noDirectionNoRank() {
        assertTrue(RankHistory.overTime(assessment(Polarity.NONE)).isEmpty());
    }

    @Test
    void ranksAmongTheNeighboursEachPeriod() {
        // by hand from the figures (high is good): Q1 70 > 60 = 60 > 55; Q2 72 > 61 > 58 > 56; Q3 71 > 62 = 62 > 57
        var bump = RankHistory.amongNeighbours(assessment(Polarity.HIGH),
                List.of("Authority 0", "Authority 1", "Authority 2"), "Lancashire");
        assertEquals(List.of(Q1, Q2, Q3), bump.periods());
        assertEquals(List.of("Lancashire", "Authority 0", "Authority 1", "Authority 2"),
                new ArrayList<>(bump.ranks().keySet()));
        assertEquals(Arrays.asList(2, 3, 2), bump.ranks().get("Lancashire"));
        assertEquals(Arrays.asList(4, 4, 4), bump.ranks().get("Authority 0"));
        assertEquals(Arrays.asList(2, 2, 2), bump.ranks().get("Authority 1"));
        assertEquals(Arrays.asList(1, 1, 1), bump.ranks().get("Authority 2"));
    }

    @Test
    void aNeighbourMissingAPeriodHasNoRankThere() {
        var bump = RankHistory.amongNeighbours(assessment(Polarity.HIGH),
                List.of("Authority 4", "Authority 5"), "Lancashire");
        // Authority 5 has no Q2 figure, so Q2 has only one neighbour's and is left out
        assertEquals(List.of(Q1, Q3), bump.periods());
        // Q1: 65 > 60 > 50; Q3: 62 = 62 > 52
        assertEquals(Arrays.asList(2, 1), bump.ranks().get("Lancashire"));
        assertEquals(Arrays.asList(1, 1), bump.ranks().get("Authority 4"));
        assertEquals(Arrays.asList(3, 3), bump.ranks().get("Authority 5"));
    }
}
