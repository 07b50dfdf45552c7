package org.perfbook.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Spc;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.text.PeriodWords;

/**
 * The XmR chart as Making Data Count draws it: the figures joined in grey, the mean as a solid line, the
 * process limits dashed, special-cause points blue where improving and orange where concerning (purple where
 * neither direction is better), each also with a shape of its own so that they read without colour; the
 * target where there is one; the variation and assurance in words in the subtitle and the method in the
 * source line.
 */
final class XmrChart {

    static final Color COMMON = new Color(0x7F, 0x7F, 0x7F);
    static final Color IMPROVING = new Color(0x00, 0x72, 0xB2);
    static final Color CONCERNING = new Color(0xE6, 0x9F, 0x00);
    static final Color NEITHER = new Color(0xCC, 0x79, 0xA7);

    private XmrChart() {
    }

    static JFreeChart of(Assessment a, Spc spc, Period bookPeriod) {
        Indicator ind = a.indicator();
        List<Spc.Point> points = spc.points();
        String[] labels = points.stream().map(p -> PeriodWords.chartLabel(p.period())).toArray(String[]::new);

        XYSeries all = new XYSeries("Figure (common cause)");
        XYSeries improving = new XYSeries("Special cause improving");
        XYSeries concerning = new XYSeries("Special cause concerning");
        XYSeries neither = new XYSeries("Special cause");
        for (int i = 0; i < points.size(); i++) {
            Spc.Point p = points.get(i);
            all.add(i, p.value());
            switch (p.variation()) {
                case IMPROVING -> improving.add(i, p.value());
                case CONCERNING -> concerning.add(i, p.value());
                case NEITHER -> neither.add(i, p.value());
                default -> {
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setAutoPopulateSeriesStroke(false);
        r.setAutoPopulateSeriesShape(false);
        data.addSeries(all);
        r.setSeriesPaint(0, COMMON);
        r.setSeriesStroke(0, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        int s = 1;
        for (XYSeries special : List.of(improving, concerning, neither)) {
            if (special.getItemCount() == 0) {
                continue;
            }
            data.addSeries(special);
            r.setSeriesLinesVisible(s, false);
            Color colour = special == improving ? IMPROVING : special == concerning ? CONCERNING : NEITHER;
            Shape shape = special == improving ? HouseStyle.diamond(5.5) : special == concerning
                    ? new Rectangle2D.Double(-4.5, -4.5, 9, 9) : triangle(5.5);
            r.setSeriesPaint(s, colour);
            r.setSeriesShape(s, shape);
            s++;
        }

        SymbolAxis x = new SymbolAxis(null, labels);
        x.setGridBandsVisible(false);
        // half a step beyond the first and last points, so neither is cut by the plot's edge
        x.setAutoRange(false);
        x.setRange(-0.6, labels.length - 0.4);
        x.setVerticalTickLabels(labels.length > 8);
        NumberAxis y = new NumberAxis(CommitteeCharts.axisLabel(ind));
        y.setNumberFormatOverride(CommitteeCharts.format(ind));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        // the special-cause shapes over the grey line and dots
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);

        var fmt = CommitteeCharts.format(ind);
        // the lines are named in the legend, not beside them: a label at the line's end sat on the latest
        // points, the ones a reader looks at first
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(r.getLegendItems());
        line(plot, legend, spc.mean(), HouseStyle.INK, new BasicStroke(1.4f), "Mean " + fmt.format(spc.mean()));
        line(plot, null, spc.upper(), HouseStyle.MUTED, HouseStyle.DASHED, "");
        line(plot, legend, spc.lower(), HouseStyle.MUTED, HouseStyle.DASHED, "Process limits " + fmt.format(spc.lower())
                + " to " + fmt.format(spc.upper()));
        double lo = Math.min(spc.lower(), points.stream().mapToDouble(Spc.Point::value).min().orElse(spc.lower()));
        double hi = Math.max(spc.upper(), points.stream().mapToDouble(Spc.Point::value).max().orElse(spc.upper()));
        Double target = spc.assurance() == Spc.Assurance.NONE ? null
                : a.current() == null || a.current().target() == null ? null : a.current().target().low();
        if (target != null) {
            line(plot, legend, target, HouseStyle.TARGET, HouseStyle.DOTTED, "Target " + fmt.format(target));
            lo = Math.min(lo, target);
            hi = Math.max(hi, target);
        }
        plot.setFixedLegendItems(legend);
        double pad = (hi - lo) * 0.1;
        y.setRange(lo - pad, hi + pad);

        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, true);
        String span = points.get(0).period().label() + " to " + points.get(points.size() - 1).period().label();
        HouseStyle.apply(chart, "XmR chart, " + span + " (" + points.size() + " " + kinds(points.get(0).period())
                + "): " + spc.words(), CommitteeCharts.source(ind, bookPeriod) + ". Method: " + Spc.METHOD + ".");
        return chart;
    }

    private static String kinds(Period p) {
        return switch (p.kind()) {
            case MONTH -> "months";
            case QUARTER -> "quarters";
            case YEAR -> "years";
        };
    }

    /** A horizontal line across the plot, named with its value in {@code legend} unless that is null. */
    private static void line(XYPlot plot, LegendItemCollection legend, double at, Color colour,
            java.awt.Stroke stroke, String name) {
        plot.addRangeMarker(new ValueMarker(at, colour, stroke), Layer.BACKGROUND);
        if (legend != null) {
            legend.add(new LegendItem(name, null, null, null, new java.awt.geom.Line2D.Double(-9, 0, 9, 0), stroke,
                    colour));
        }
    }

    private static Shape triangle(double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r);
        p.lineTo(-r, r);
        p.closePath();
        return p;
    }

    /** What the chart shows, for a screen reader. */
    static String alt(Assessment a, Spc spc) {
        List<Spc.Point> points = spc.points();
        long special = points.stream().filter(p -> p.cause() != Spc.Cause.NONE).count();
        var fmt = CommitteeCharts.format(a.indicator());
        return "XmR chart of " + a.indicator().name() + ", " + points.size() + " points from "
                + points.get(0).period().label() + " to " + points.get(points.size() - 1).period().label()
                + ": mean " + fmt.format(spc.mean()) + ", process limits " + fmt.format(spc.lower()) + " to "
                + fmt.format(spc.upper()) + "; " + special + " special-cause point" + (special == 1 ? "" : "s")
                + ". Latest, " + points.get(points.size() - 1).period().label() + ": "
                + fmt.format(points.get(points.size() - 1).value()) + ". " + spc.words() + ".";
    }
}
