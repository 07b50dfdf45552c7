package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Funnel;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Observation;
import org.perfbook.model.Source;

class FunnelChartTest {

    private static String texts(JFreeChart chart) {
        StringBuilder s = new StringBuilder();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                s.append(tt.getText()).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void districtsWithDifferentPopulationsGetAFunnel() {
        Assessment a = ChartFixtures.assessment("CSC-01");
        Funnel f = Funnel.forBreakdown(a.indicator(), a.breakdown());
        assertNotNull(f);
        JFreeChart chart = CommitteeCharts.districts(a, ChartFixtures.Q3, org.perfbook.model.Settings.DEFAULTS);
        XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
        XYDataset points = plot.getDataset(0);
        int n = 0;
        for (int s = 0; s < points.getSeriesCount(); s++) {
            n += points.getItemCount(s);
        }
        assertEquals(12, n, "one point per district");
        XYDataset curves = plot.getDataset(1);
        assertEquals(5, curves.getSeriesCount(), "average and four limits");
        assertEquals(CommitteeCharts.FUNNEL_SAMPLES, curves.getItemCount(1), "limits sampled as smooth curves");
        for (int i = 0; i < curves.getItemCount(1); i++) {
            double x = curves.getXValue(1, i);
            assertEquals(f.limits(x).upperInner(), curves.getYValue(1, i), 1e-9);
        }
        for (int i = 0; i < curves.getItemCount(0); i++) {
            assertEquals(f.average(), curves.getYValue(0, i), 1e-9);
        }
        assertEquals("Population (aged 0-17)", plot.getDomainAxis().getLabel());
        assertTrue(texts(chart).contains("exact Poisson limits"), texts(chart));
        assertTrue(plot.getDomainAxis().getRange().contains(f.minDenominator())
                && plot.getDomainAxis().getRange().contains(f.maxDenominator()));
    }

    @Test
    void eachNameSitsAboveOrBelowItsPointWhereThereIsMoreRoomBeforeACurve() {
        Assessment a = ChartFixtures.assessment("CSC-01");
        Funnel f = Funnel.forBreakdown(a.indicator(), a.breakdown());
        JFreeChart chart = CommitteeCharts.districts(a, ChartFixtures.Q3, org.perfbook.model.Settings.DEFAULTS);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset points = plot.getDataset(0);
        var renderer = plot.getRenderer(0);
        int above = 0;
        int below = 0;
        for (int s = 0; s < points.getSeriesCount(); s++) {
            for (int i = 0; i < points.getItemCount(s); i++) {
                double x = points.getXValue(s, i);
                double y = points.getYValue(s, i);
                // the room to the next curve each way, from the funnel's own limits at its denominator
                Funnel.Limits l = f.limits(x);
                double up = Double.POSITIVE_INFINITY;
                double down = Double.POSITIVE_INFINITY;
                for (double c : new double[] {f.average(), l.lowerOuter(), l.lowerInner(), l.upperInner(), l.upperOuter()}) {
                    if (c > y) {
                        up = Math.min(up, c - y);
                    } else {
                        down = Math.min(down, y - c);
                    }
                }
                var p = renderer.getPositiveItemLabelPosition(s, i);
                String which = points.getSeriesKey(s) + " at " + y + ": " + up + " free above, " + down + " below";
                if (up >= down) {
                    above++;
                    assertEquals(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, p.getItemLabelAnchor(), which);
                } else {
                    below++;
                    assertEquals(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE6, p.getItemLabelAnchor(), which);
                }
            }
        }
        assertTrue(above > 0 && below > 0, "the fixture has names on both sides: " + above + " above, " + below + " below");
    }

    @Test
    void equalDenominatorsKeepTheRankedBar() {
        Catalogue c = ChartFixtures.catalogue();
        List<Observation> obs = new ArrayList<>(ChartFixtures.observations().stream()
                .filter(o -> !(o.indicatorId().equals("CSC-01") && !o.isTotal())).toList());
        for (int i = 0; i < 4; i++) {
            double n = 50 + 10 * i;
            obs.add(new Observation("CSC-01", ChartFixtures.Q3, ChartFixtures.DISTRICTS[i], n / 20000 * 10000, n, 20000.0,
                    "", Source.of("x")));
        }
        Assessment a = new Assessor(c, obs).assess(ChartFixtures.Q3).stream()
                .filter(x -> x.indicator().id().equals("CSC-01")).findFirst().orElseThrow();
        JFreeChart chart = CommitteeCharts.districts(a, ChartFixtures.Q3, org.perfbook.model.Settings.DEFAULTS);
        assertInstanceOf(CategoryPlot.class, chart.getPlot());
        String alt = ChartSet.plan(List.of(a), List.of(), ChartFixtures.Q3).stream()
                .filter(ch -> ch.name().equals("CSC-01-breakdown")).findFirst().orElseThrow().altText();
        assertTrue(alt.startsWith("Bar chart"), alt);
    }

    @Test
    void altTextNamesTheOutliersAndTheMethod() {
        Assessment a = ChartFixtures.assessment("CSC-01");
        Funnel f = Funnel.forBreakdown(a.indicator(), a.breakdown());
        String alt = ChartSet.plan(List.of(a), List.of(), ChartFixtures.Q3).stream()
                .filter(ch -> ch.name().equals("CSC-01-breakdown")).findFirst().orElseThrow().altText();
        assertTrue(alt.startsWith("Funnel plot of Children looked after"), alt);
        assertFalse(f.outliers().isEmpty(), "the fixture has districts outside the limits");
        for (Funnel.Area o : f.outliers()) {
            assertTrue(alt.contains(o.name()), alt);
            assertTrue(alt.contains(o.significance().label()), alt);
        }
        assertTrue(alt.contains("exact Poisson limits"), alt);
    }

    @Test
    void drawsAFunnelImage(@TempDir Path dir) throws Exception {
        Assessment a = ChartFixtures.assessment("CSC-01");
        ChartSet.Chart chart = ChartSet.plan(List.of(a), List.of(), ChartFixtures.Q3).stream()
                .filter(ch -> ch.name().equals("CSC-01-breakdown")).findFirst().orElseThrow();
        chart.draw(dir);
        assertTrue(Files.size(dir.resolve("CSC-01-breakdown.png")) > 10_000);
        String out = System.getProperty("funnel.png");
        if (out != null) {
            Files.copy(dir.resolve("CSC-01-breakdown.png"), Path.of(out), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void percentagesStayBetweenNoneAndAllWithWilsonLimits(@TempDir Path dir) throws Exception {
        org.perfbook.model.Indicator ind = new org.perfbook.model.Indicator("ASC-09", "Reviews completed on time",
                "Caring for the vulnerable", "ASHW", "Adult Social Care", org.perfbook.model.Frequency.QUARTERLY,
                org.perfbook.model.Measure.PERCENTAGE, 100, "", org.perfbook.model.Polarity.HIGH, null,
                org.perfbook.model.Tolerance.DEFAULT, false, 1, "District");
        Catalogue c = new Catalogue(List.of(ind), List.of(), List.of(), List.of(), List.of());
        List<Observation> obs = new ArrayList<>();
        double[][] counts = {{18, 20}, {70, 90}, {150, 240}, {400, 520}, {900, 1200}, {1500, 1900}, {30, 60}};
        double num = 0;
        double den = 0;
        for (int i = 0; i < counts.length; i++) {
            obs.add(new Observation("ASC-09", ChartFixtures.Q3, ChartFixtures.DISTRICTS[i], counts[i][0] / counts[i][1] * 100,
                    counts[i][0], counts[i][1], "", Source.of("x")));
            num += counts[i][0];
            den += counts[i][1];
        }
        obs.add(new Observation("ASC-09", ChartFixtures.Q3, "", num / den * 100, num, den, "", Source.of("x")));
        obs.add(new Observation("ASC-09", ChartFixtures.Q3, "Wyre", 80.0, null, null, "", Source.of("x")));
        Assessment a = new Assessor(c, obs).assess(ChartFixtures.Q3).get(0);
        JFreeChart chart = CommitteeCharts.districts(a, ChartFixtures.Q3, org.perfbook.model.Settings.DEFAULTS);
        XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
        assertTrue(plot.getRangeAxis().getRange().getUpperBound() <= 100);
        assertTrue(plot.getRangeAxis().getRange().getLowerBound() >= 0);
        assertEquals("Denominator", plot.getDomainAxis().getLabel());
        assertTrue(texts(chart).contains("Wilson"), texts(chart));
        assertTrue(texts(chart).contains("1 without counts not shown"), texts(chart));
        XYDataset curves = plot.getDataset(1);
        for (int s = 0; s < curves.getSeriesCount(); s++) {
            for (int i = 0; i < curves.getItemCount(s); i++) {
                assertTrue(curves.getYValue(s, i) >= 0 && curves.getYValue(s, i) <= 100);
            }
        }
        String out = System.getProperty("funnel.percent.png");
        if (out != null) {
            Files.write(Path.of(out), Export.png(chart, ChartSet.WIDTH, ChartSet.HEIGHT * 1.25));
        }
    }
}
