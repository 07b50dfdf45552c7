package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Spine;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Settings;
import org.perfbook.model.Source;
import org.perfbook.testing.Indicators;

class SpineChartTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final String PRIORITY = "Caring for the vulnerable";
    static final Settings LANCASHIRE = new Settings("Lancashire", "", "", "", "", "", "", "", "OHID Fingertips");
    static final List<String> NEIGHBOURS = List.of("Authority 0", "Authority 1", "Authority 2");

    /** Two indicators with ten other authorities each over three quarters, one with only three. */
    static List<Assessment> assessments() {
        Indicator high = Indicators.percentage("HI-01").name("Reablement").priority(PRIORITY).polarity(Polarity.HIGH).build();
        Indicator low = Indicators.percentage("LO-01").name("Readmissions").priority(PRIORITY).polarity(Polarity.LOW).build();
        Indicator few = Indicators.percentage("FEW-01").name("Few").priority(PRIORITY).polarity(Polarity.LOW).build();
        List<Benchmark> b = new ArrayList<>();
        List<Observation> o = new ArrayList<>();
        Period p = Q3.previous().previous();
        for (int q = 0; q < 3; q++, p = p.next()) {
            for (Indicator ind : List.of(high, low, few)) {
                b.add(new Benchmark(ind.id(), p, "England", 50.0, null, null));
                b.add(new Benchmark(ind.id(), p, "North West", 52.0, null, null));
                int n = ind == few ? 3 : 10;
                for (int i = 0; i < n; i++) {
                    b.add(new Benchmark(ind.id(), p, "Authority " + i, 40.0 + 2 * i + q * ((i % 3) - 1), null, null));
                }
                o.add(new Observation(ind.id(), p, "", 47.0 + q, 470.0 + 10 * q, 1000.0, "", Source.of("x")));
            }
        }
        Catalogue c = new Catalogue(List.of(high, low, few), List.of(), List.of(), b, NEIGHBOURS, LANCASHIRE);
        return new Assessor(c, o).assess(Q3);
    }

    @Test
    void aSpineChartPerPriorityWithARowPerIndicator(@TempDir Path dir) throws Exception {
        List<Assessment> a = assessments();
        List<ChartSet.Chart> plan = ChartSet.plan(a, List.of(PRIORITY, "Elsewhere"), Q3, LANCASHIRE, NEIGHBOURS);
        List<ChartSet.Chart> spines = plan.stream().filter(c -> c.name().startsWith(ChartSet.SPINE)).toList();
        // a priority with no indicator with authorities' figures has no spine chart
        assertEquals(List.of("spine-Caring-for-the-vulnerable"), spines.stream().map(ChartSet.Chart::name).toList());
        String alt = spines.get(0).altText();
        assertTrue(alt.contains(Spine.METHOD), alt);
        assertTrue(alt.contains("HI-01 Reablement, 2021/22 Q3: 49.0%, England 50.0, North West 52.0, worst 38.0, best 58.0; in the middle half of 11; similar to England"), alt);
        assertTrue(alt.contains("FEW-01 Few") && alt.contains("no quartiles"), alt);

        JFreeChart chart = SpineCharts.spine(Spine.of(PRIORITY, a), Q3, LANCASHIRE);
        XYPlot plot = chart.getXYPlot();
        // the authority's points: one per row, at the row's index, where the calc put them
        Spine spine = Spine.of(PRIORITY, a);
        int points = 0;
        for (int s = 0; s < plot.getDataset().getSeriesCount() - 1; s++) {
            for (int i = 0; i < plot.getDataset().getItemCount(s); i++) {
                int row = (int) plot.getDataset().getYValue(s, i);
                assertEquals(spine.rows().get(row).valueAt(), plot.getDataset().getXValue(s, i), 1e-12);
                points++;
            }
        }
        assertEquals(3, points);
        int region = plot.getDataset().getSeriesCount() - 1;
        assertEquals(Benchmark.REGION, plot.getDataset().getSeriesKey(region));
        assertEquals(3, plot.getDataset().getItemCount(region));
        // three bars for each of the two rows with quartiles, none for the row without
        long bars = ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations().stream().filter(x -> x instanceof XYBoxAnnotation).count();
        assertEquals(6, bars);
        assertTrue(subtitleText(chart).contains(Spine.METHOD), subtitleText(chart));

        spines.get(0).draw(dir);
        assertTrue(Files.size(dir.resolve("spine-Caring-for-the-vulnerable.png")) > 0);
        assertTrue(Files.readString(dir.resolve("spine-Caring-for-the-vulnerable.svg")).contains("Reablement"));
    }

    private static String subtitleText(JFreeChart chart) {
        StringBuilder s = new StringBuilder();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle tt) {
                s.append(tt.getText()).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void aRankChartWhereThreePeriodsHaveTheNeighbours() {
        List<Assessment> a = assessments();
        List<ChartSet.Chart> plan = ChartSet.plan(a, List.of(PRIORITY), Q3, LANCASHIRE, NEIGHBOURS);
        List<String> ranks = plan.stream().map(ChartSet.Chart::name).filter(n -> n.endsWith("-rank")).toList();
        assertEquals(List.of("HI-01-rank", "LO-01-rank", "FEW-01-rank"), ranks);
        // without neighbours, none
        assertTrue(ChartSet.plan(a, List.of(PRIORITY), Q3, LANCASHIRE).stream().noneMatch(c -> c.name().endsWith("-rank")));

        Assessment hi = a.get(0);
        RankHistory.AmongNeighbours b = RankHistory.amongNeighbours(hi, NEIGHBOURS, "Lancashire");
        // 47, 48, 49 against 40, 42, 44 then 39, 42, 45 then 38, 42, 46: first each time, high is good
        assertEquals(List.of(1, 1, 1), b.ranks().get("Lancashire"));
        String alt = plan.stream().filter(c -> c.name().equals("HI-01-rank")).findFirst().orElseThrow().altText();
        assertTrue(alt.contains("among its 3 statistical neighbours, 1 = best: 2021/22 Q1 1, 2021/22 Q2 1, 2021/22 Q3 1"), alt);
        XYPlot plot = SpineCharts.bump(hi, b, Q3, LANCASHIRE).getXYPlot();
        assertEquals(4, plot.getDataset().getSeriesCount());
        assertEquals(3, plot.getDataset().getItemCount(0));
        assertEquals(1.0, plot.getDataset().getYValue(0, 2));
    }
}
