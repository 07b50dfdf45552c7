package org.perfbook.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Assessor;
import org.perfbook.calc.Spc;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

class XmrChartTest {

    static final Period Q3 = Period.quarter(2021, 3);
    static final Indicator SICKNESS = new Indicator("HR-04", "Sickness days per FTE", "Better services", "CEDR", "HR",
            Frequency.MONTHLY, Measure.AVERAGE, 1, "", Polarity.LOW, Target.of(12.0), Tolerance.DEFAULT, false, 2, "");

    /** 18 months, common cause but for the last, far above the rest. */
    private static Assessment assessment() {
        double[] v = {10.8, 10.9, 10.7, 10.8, 10.6, 10.9, 10.8, 10.7, 10.9, 10.8, 10.7, 10.8, 10.9, 10.6, 10.8, 10.7,
                10.8, 11.9};
        List<Observation> obs = new ArrayList<>();
        Period p = Period.parse("Jul 2020");
        for (double x : v) {
            obs.add(new Observation("HR-04", p, "", x, null, null, "", Source.of("hr.xlsx")));
            p = p.next();
        }
        Catalogue c = new Catalogue(List.of(SICKNESS), List.of(), List.of(), List.of(), List.of());
        return new Assessor(c, obs).assess(SICKNESS, Q3);
    }

    private static String texts(JFreeChart chart) {
        StringBuilder s = new StringBuilder(chart.getTitle().getText()).append('\n');
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                s.append(tt.getText()).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void pointsMeanLimitsAndTheSpecialCauseAreDrawn() {
        Assessment a = assessment();
        Spc spc = a.spc();
        assertNotNull(spc);
        assertEquals(Spc.Variation.CONCERNING, spc.variation());
        JFreeChart chart = XmrChart.of(a, spc, Q3);
        XYPlot plot = assertInstanceOf(XYPlot.class, chart.getPlot());
        XYDataset data = plot.getDataset();
        assertEquals(18, data.getItemCount(0), "every point joined");
        // the first and last points lie inside the plot, not on its edges where half of each was cut off
        assertTrue(plot.getDomainAxis().getLowerBound() < -0.4 && plot.getDomainAxis().getUpperBound() > 17.4,
                plot.getDomainAxis().getRange().toString());
        assertEquals(2, data.getSeriesCount(), "the points and the concerning special cause");
        assertEquals("Special cause concerning", data.getSeriesKey(1));
        assertEquals(1, data.getItemCount(1));
        assertEquals(11.9, data.getYValue(1, 0), 1e-12);
        XYItemRenderer r = plot.getRenderer();
        assertEquals(XmrChart.CONCERNING, r.getSeriesPaint(1));
        assertNotEquals(r.getSeriesShape(0).getBounds2D(), r.getSeriesShape(1).getBounds2D(),
                "a special cause differs in shape, not only colour");
        List<Double> lines = new ArrayList<>();
        for (Object m : plot.getRangeMarkers(Layer.BACKGROUND)) {
            lines.add(((ValueMarker) m).getValue());
        }
        assertTrue(lines.contains(spc.mean()) && lines.contains(spc.upper()) && lines.contains(spc.lower()), lines.toString());
        // the target is assured against, so it is drawn too
        assertTrue(lines.contains(12.0), lines.toString());
        // the lines are named in the legend with their values, never by a label at the line's end, where it
        // sat on the latest points
        for (Object m : plot.getRangeMarkers(Layer.BACKGROUND)) {
            assertEquals(null, ((ValueMarker) m).getLabel(), "no label on the line itself");
        }
        var fmt = CommitteeCharts.format(a.indicator());
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("Figure (common cause)", "Special cause concerning", "Mean " + fmt.format(spc.mean()),
                "Process limits " + fmt.format(spc.lower()) + " to " + fmt.format(spc.upper()), "Target 12.00"), legend);
        String words = texts(chart);
        assertTrue(words.contains("Special cause concerning variation"), words);
        assertTrue(words.contains(spc.assurance().label()), words);
        assertTrue(words.contains("2.66"), "the method is named: " + words);
    }

    @Test
    void theChartIsPlannedSavedAndDescribed(@TempDir Path dir) throws Exception {
        Assessment a = assessment();
        ChartSet.Chart job = ChartSet.plan(List.of(a), List.of(SICKNESS.priority()), Q3).stream()
                .filter(c -> c.name().equals("HR-04-spc")).findFirst().orElseThrow();
        assertTrue(job.altText().contains("18 points"), job.altText());
        assertTrue(job.altText().contains("Special cause concerning variation"), job.altText());
        job.draw(dir);
        assertTrue(Files.size(dir.resolve("HR-04-spc.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("HR-04-spc.svg")).contains("<svg"));
    }
}
