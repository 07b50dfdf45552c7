package org.perfbook.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Spine;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;

/**
 * The spine chart of a priority (Fingertips area profiles) and the bump chart of an indicator's rank
 * among the statistical neighbours.
 */
public final class SpineCharts {

    /** Fingertips' greys: outer quarters light, the middle half dark. */
    static final Color OUTER = new Color(0xC9, 0xC9, 0xC9);
    static final Color MIDDLE = new Color(0x8B, 0x8B, 0x8B);
    static final Color REGION_MARK = new Color(0x4D, 0x4D, 0x4D);

    /** Where the table's columns stand, left of the spine (which runs from 0 to 1). */
    private static final double[] COLUMNS = {-2.95, -1.32, -1.06, -0.81, -0.57, -0.33, -0.09};
    private static final String[] HEADERS = {"Indicator", "Period", "Value", "England", "Region", "Worst", "Best"};
    private static final int NAME_CHARS = 52;

    private SpineCharts() {
    }

    static Color markColour(Spine.Mark m) {
        return switch (m) {
            case BETTER -> new Color(0x92, 0xD0, 0x50);
            case SIMILAR -> new Color(0xFF, 0xC0, 0x00);
            case WORSE -> new Color(0xC0, 0x00, 0x00);
            case NOT_COMPARED -> Color.WHITE;
        };
    }

    /** Shapes say it without colour: better points right (to the best end), worse left, similar round. */
    static Shape markShape(Spine.Mark m) {
        double r = 5.5;
        return switch (m) {
            case BETTER -> triangle(r, true);
            case WORSE -> triangle(r, false);
            case SIMILAR -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case NOT_COMPARED -> new Rectangle2D.Double(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6);
        };
    }

    private static Shape triangle(double r, boolean right) {
        Path2D.Double p = new Path2D.Double();
        double s = right ? 1 : -1;
        p.moveTo(s * r * 1.15, 0);
        p.lineTo(-s * r * 0.85, -r);
        p.lineTo(-s * r * 0.85, r);
        p.closePath();
        return p;
    }

    /** Name cut to fit its column. */
    static String shortName(Indicator ind) {
        String s = ind.id() + " " + ind.name();
        return s.length() <= NAME_CHARS ? s : s.substring(0, NAME_CHARS - 1).strip() + "\u2026";
    }

    /**
     * One row per indicator: the table on the left, the spine on the right. The authority's points are
     * the dataset's series, one per comparison with England, then the region's; bars, England's line and
     * the table are annotations.
     */
    public static JFreeChart spine(Spine s, Period bookPeriod, Settings settings) {
        List<Spine.Row> rows = s.rows();
        Map<Spine.Mark, XYSeries> marks = new LinkedHashMap<>();
        for (Spine.Mark m : Spine.Mark.values()) {
            marks.put(m, new XYSeries(settings.authorityLabel() + ": " + m.label().toLowerCase(java.util.Locale.ROOT),
                    false, true));
        }
        XYSeries region = new XYSeries(Benchmark.REGION, false, true);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        Font cellFont = HouseStyle.font(Font.PLAIN, 8.5f);
        Font headFont = HouseStyle.font(Font.BOLD, 8.5f);
        List<XYTextAnnotation> texts = new ArrayList<>();
        for (int c = 0; c < HEADERS.length; c++) {
            texts.add(text(HEADERS[c], COLUMNS[c], -1, headFont, HouseStyle.INK, c == 0));
        }
        texts.add(text("Better \u2192", 1.0, -1, headFont, HouseStyle.INK, false));
        texts.add(text("England", 0.5, -1, headFont, HouseStyle.INK, null));
        for (int i = 0; i < rows.size(); i++) {
            Spine.Row r = rows.get(i);
            NumberFormat f = CommitteeCharts.format(r.indicator());
            String[] cells = {shortName(r.indicator()), r.benchmarkPeriod().label(),
                r.value() == null ? "-" : f.format(r.value()),
                f.format(r.england()), r.region() == null ? "-" : f.format(r.region()),
                r.worst() == null ? "-" : f.format(r.worst()), r.best() == null ? "-" : f.format(r.best())};
            for (int c = 0; c < cells.length; c++) {
                texts.add(text(cells[c], COLUMNS[c], i, cellFont, HouseStyle.INK, c == 0));
            }
            Spine.Quartiles q = r.quartiles();
            // thinner bars where a note goes under them
            double half = r.value() == null ? 0.17 : 0.32;
            if (q != null) {
                points.addAnnotation(bar(q.worstAt(), q.worseQuartileAt(), i, half, OUTER), Layer.BACKGROUND);
                points.addAnnotation(bar(q.worseQuartileAt(), q.betterQuartileAt(), i, half, MIDDLE), Layer.BACKGROUND);
                points.addAnnotation(bar(q.betterQuartileAt(), q.bestAt(), i, half, OUTER), Layer.BACKGROUND);
            } else {
                String why = r.authorities() < 2 ? "No comparison: no other authority's figure"
                        : "No quartiles: fewer than " + Spine.MIN_FOR_QUARTILES + " authorities";
                texts.add(text(why, 0.02, i + 0.36, HouseStyle.font(Font.ITALIC, 7f), HouseStyle.MUTED, true));
            }
            if (r.valueAt() != null) {
                marks.get(r.mark()).add(r.valueAt().doubleValue(), (double) i);
            }
            if (r.value() == null && r.authorities() >= 2) {
                texts.add(text("No figure for " + r.period().label(), 0.02, i + 0.33, HouseStyle.font(Font.ITALIC, 7f),
                        HouseStyle.MUTED, true));
            }
            if (r.regionAt() != null) {
                region.add(r.regionAt().doubleValue(), (double) i);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<Spine.Mark> order = new ArrayList<>();
        marks.forEach((m, series) -> {
            if (series.getItemCount() > 0) {
                order.add(m);
                data.addSeries(series);
            }
        });
        for (int i = 0; i < order.size(); i++) {
            points.setSeriesShape(i, markShape(order.get(i)));
            points.setSeriesPaint(i, markColour(order.get(i)));
        }
        // the region under the authority's point where they meet, so the comparison stays visible
        data.addSeries(region);
        int regionIndex = order.size();
        points.setSeriesShape(regionIndex, HouseStyle.diamond(4));
        points.setSeriesPaint(regionIndex, REGION_MARK);
        points.setUseOutlinePaint(true);
        points.setDefaultOutlinePaint(HouseStyle.INK);
        points.setDrawOutlines(true);
        points.setDefaultOutlineStroke(new BasicStroke(0.8f));
        double last = Math.max(0, rows.size() - 1);
        points.addAnnotation(new XYLineAnnotation(0.5, -0.55, 0.5, last + 0.5, new BasicStroke(1.6f), HouseStyle.ENGLAND),
                Layer.BACKGROUND);
        for (int i = 0; i <= rows.size(); i++) {
            points.addAnnotation(new XYLineAnnotation(COLUMNS[0], i - 0.5, 1.02, i - 0.5, new BasicStroke(0.5f),
                    HouseStyle.GRID), Layer.BACKGROUND);
        }

        NumberAxis x = new NumberAxis();
        x.setRange(COLUMNS[0] - 0.02, 1.04);
        x.setVisible(false);
        NumberAxis y = new NumberAxis();
        y.setInverted(true);
        y.setRange(-1.6, last + 0.6);
        y.setVisible(false);
        XYPlot plot = new XYPlot(data, x, y, points);
        texts.forEach(plot::addAnnotation);
        plot.setFixedLegendItems(legend(order, settings));

        JFreeChart chart = new JFreeChart(s.priority(), HouseStyle.font(Font.BOLD, 13f), plot, true);
        int most = rows.stream().mapToInt(Spine.Row::authorities).max().orElse(0);
        HouseStyle.apply(chart, settings.authorityLabel() + " among " + most + " English authorities, "
                + bookPeriod.label() + "; the best to the right. " + Spine.METHOD,
                "Source: " + settings.benchmarkSourceLabel() + "; " + settings.authorityLabel() + ": returns, "
                        + bookPeriod.label());
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    private static LegendItemCollection legend(List<Spine.Mark> marks, Settings settings) {
        LegendItemCollection items = new LegendItemCollection();
        for (Spine.Mark m : marks) {
            items.add(new LegendItem(m.label(), null, null, null, markShape(m), markColour(m),
                    new BasicStroke(0.8f), HouseStyle.INK));
        }
        items.add(new LegendItem(Benchmark.REGION, null, null, null, HouseStyle.diamond(4), REGION_MARK, new BasicStroke(0.8f),
                HouseStyle.INK));
        items.add(new LegendItem(Benchmark.ENGLAND, null, null, null, new Line2D.Double(0, -6, 0, 6),
                new BasicStroke(1.6f), HouseStyle.ENGLAND));
        items.add(new LegendItem("Worst quarter, best quarter", null, null, null,
                new Rectangle2D.Double(-6, -4, 12, 8), OUTER));
        items.add(new LegendItem("Middle half", null, null, null, new Rectangle2D.Double(-6, -4, 12, 8), MIDDLE));
        return items;
    }

    private static XYBoxAnnotation bar(double from, double to, int row, double half, Paint fill) {
        // the y axis is inverted, so the box's first corner is the lower row edge or it has no height
        return new XYBoxAnnotation(Math.min(from, to), row + half, Math.max(from, to), row - half, null, null, fill);
    }

    /** @param left true: starts at x; false: ends at x; null: centred on x */
    private static XYTextAnnotation text(String s, double x, double y, Font font, Paint paint, Boolean left) {
        XYTextAnnotation t = new XYTextAnnotation(s, x, y);
        t.setFont(font);
        t.setPaint(paint);
        t.setTextAnchor(left == null ? TextAnchor.CENTER : left ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        return t;
    }

    // ---- bump chart

    /**
     * Rank among the statistical neighbours by period: the authority's line strong and labelled, the
     * neighbours' grey, each named at its last rank; 1 (best) at the top.
     */
    public static JFreeChart bump(Assessment a, RankHistory.AmongNeighbours b, Period bookPeriod, Settings settings) {
        Indicator ind = a.indicator();
        List<Period> periods = b.periods();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        Map<Integer, List<String>> lastNames = new LinkedHashMap<>();
        int series = 0;
        int most = 1;
        for (Map.Entry<String, List<Integer>> e : b.ranks().entrySet()) {
            boolean own = series == 0;
            XYSeries s = new XYSeries(own ? settings.authorityLabel() : e.getKey(), false, true);
            Integer lastRank = null;
            for (int i = 0; i < periods.size(); i++) {
                Integer r = e.getValue().get(i);
                if (r != null) {
                    s.add((double) i, r);
                    lastRank = r;
                    most = Math.max(most, r);
                }
            }
            data.addSeries(s);
            lines.setSeriesPaint(series, own ? HouseStyle.COUNCIL : HouseStyle.OTHERS);
            lines.setSeriesStroke(series, own ? new BasicStroke(3.2f) : new BasicStroke(1.4f));
            double r = own ? 5 : 3;
            lines.setSeriesShape(series, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            lines.setSeriesVisibleInLegend(series, series <= 1);
            if (lastRank != null) {
                lastNames.computeIfAbsent(lastRank, k -> new ArrayList<>()).add(own ? settings.authorityLabel() : e.getKey());
            }
            series++;
        }
        if (data.getSeriesCount() > 1) {
            data.getSeries(1).setKey("Statistical neighbours");
        }
        lines.setSeriesItemLabelsVisible(0, true);
        lines.setSeriesItemLabelGenerator(0, (d, sr, it) -> Integer.toString((int) d.getYValue(sr, it)));
        lines.setSeriesItemLabelFont(0, HouseStyle.font(Font.BOLD, 8.5f));
        lines.setSeriesItemLabelPaint(0, HouseStyle.COUNCIL);
        lines.setSeriesPositiveItemLabelPosition(0, new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        String[] labels = periods.stream().map(Period::label).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis("", labels);
        x.setRange(-0.3, periods.size() - 1 + 0.95);
        x.setGridBandsVisible(false);
        NumberAxis y = new NumberAxis("Rank (1 = best)");
        y.setInverted(true);
        y.setRange(0.5, most + 0.5);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, lines);
        // the authority drawn last, on top of the neighbours
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        double end = periods.size() - 1 + 0.12;
        lastNames.forEach((rank, names) -> {
            XYTextAnnotation t = text(String.join(", ", names), end, rank, HouseStyle.font(
                    names.contains(settings.authorityLabel()) ? Font.BOLD : Font.PLAIN, 8f), HouseStyle.INK, true);
            plot.addAnnotation(t);
        });
        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, true);
        HouseStyle.apply(chart, "Rank among " + settings.authorityLabel() + " and its " + (b.ranks().size() - 1)
                + " statistical neighbours, " + labels[0] + " to " + labels[labels.length - 1]
                + "; 1 = best (" + (ind.polarity().label().toLowerCase(java.util.Locale.ROOT)) + " is good), ties share a rank",
                "Source: " + settings.benchmarkSourceLabel() + "; " + settings.authorityLabel() + ": " + ind.service()
                        + " return, " + bookPeriod.label());
        plot.setDomainGridlinesVisible(false);
        return chart;
    }
}
