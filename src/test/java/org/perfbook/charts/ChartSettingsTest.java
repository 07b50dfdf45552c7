package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.perfbook.calc.Assessment;
import org.perfbook.model.Settings;

/** The authority's name and the benchmarks' source, from the catalogue's Settings, on the charts. */
class ChartSettingsTest {

    static final Settings LANCASHIRE = new Settings("Lancashire", "Cabinet Committee on Performance Improvement",
            "", "", "", "", "", "", "OHID Fingertips");

    private static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void theTrendNamesTheAuthorityNotTheCouncil() {
        Assessment a = ChartFixtures.assessment("ASC-02");
        JFreeChart named = CommitteeCharts.trend(a, a.benchmarkSeries(), ChartFixtures.Q3, LANCASHIRE);
        var keys = named.getXYPlot().getDataset(0).getSeriesKey(0).toString();
        assertTrue(keys.equals("Lancashire"), keys);
        JFreeChart plain = CommitteeCharts.trend(a, a.benchmarkSeries(), ChartFixtures.Q3);
        assertTrue(plain.getXYPlot().getDataset(0).getSeriesKey(0).toString().equals("Council"));
    }

    @Test
    void aBenchmarkChartSaysWhereTheBenchmarksCameFrom() {
        Assessment a = ChartFixtures.assessment("ASC-02");
        List<String> t = texts(CommitteeCharts.benchmark(a, a.benchmarkIntervals(), ChartFixtures.Q3, LANCASHIRE));
        assertTrue(t.stream().anyMatch(s -> s.startsWith("Source: OHID Fingertips; Lancashire: ")), t.toString());
        List<String> plain = texts(CommitteeCharts.benchmark(a, a.benchmarkIntervals(), ChartFixtures.Q3));
        assertTrue(plain.stream().anyMatch(s -> s.startsWith("Source: published benchmarks; Council: ")),
                plain.toString());
    }

    @Test
    void altTextSpeaksOfTheAuthority() {
        List<ChartSet.Chart> charts = ChartSet.plan(ChartFixtures.assessments(), List.of("Caring for the vulnerable"),
                ChartFixtures.Q3, LANCASHIRE);
        String benchmark = charts.stream().filter(c -> c.name().equals("ASC-02-benchmark")).findFirst().orElseThrow()
                .altText();
        assertTrue(benchmark.contains("Lancashire is "), benchmark);
        assertFalse(benchmark.toLowerCase(Locale.ROOT).contains("council"), benchmark);
    }
}
