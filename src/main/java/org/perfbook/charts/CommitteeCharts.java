package org.perfbook.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Interval;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.text.PeriodWords;

/**
 * The chart kinds of the committee papers, each built from the calculation layer's results. Every
 * call makes a new chart, so charts can be drawn on several threads at once.
 */
public final class CommitteeCharts {

    /** The label this council's own figures carry in legends and bars. */
    /** Trend charts show at most this many periods: three years of quarters. */
    static final int TREND_PERIODS = 12;

    private CommitteeCharts() {
    }

    /** "Source: OHID Fingertips; Lancashire: Highways return, 2021/22 Q3": the benchmarks are not the service's. */
    static String benchmarkSource(Indicator ind, Period period, Settings settings) {
        return "Source: " + settings.benchmarkSourceLabel() + "; " + settings.authorityLabel() + ": " + ind.service()
                + " return, " + period.label();
    }

    /** "Source: Highways return, 2021/22 Q3". */
    public static String source(Indicator ind, Period period) {
        return "Source: " + ind.service() + " return, " + period.label();
    }

    /** The y-axis label, with units: "% of cases", "per 10,000 aged 0-17", "£". */
    static String axisLabel(Indicator ind) {
        return switch (ind.measure()) {
            case PERCENTAGE -> "Per cent (%)";
            case RATE -> "P" + ind.unit().substring(1);
            case MONEY -> "Pounds (£)";
            case COUNT -> "Number";
            case AVERAGE -> "Average";
            case SCORE -> "Score";
            case RATIO -> "Ratio";
            case REPORT -> "";
        };
    }

    static NumberFormat format(Indicator ind) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(ind.decimals());
        f.setMinimumFractionDigits(ind.decimals());
        if (ind.measure() == Measure.MONEY) {
            f.setPositivePrefix("£");
            f.setNegativePrefix("-£");
        }
        return f;
    }

    // ---- trend

    /**
     * Values by period, the target as a line (or the target range as a band), England, region and
     * statistical-neighbour lines where known, and 95% whiskers where the value has an interval.
     *
     * @param benchmarks the indicator's benchmarks of every period
     */
    public static JFreeChart trend(Assessment a, List<Benchmark> benchmarks, Period bookPeriod) {
        return trend(a, benchmarks, bookPeriod, Settings.DEFAULTS);
    }

    public static JFreeChart trend(Assessment a, List<Benchmark> benchmarks, Period bookPeriod, Settings settings) {
        Indicator ind = a.indicator();
        List<Evaluation> series = a.series().stream()
                .filter(e -> e.observation().period().kind() == a.period().kind()).toList();
        if (series.size() > TREND_PERIODS) {
            series = series.subList(series.size() - TREND_PERIODS, series.size());
        }
        List<Period> periods = series.stream().map(e -> e.observation().period()).toList();
        String[] labels = periods.stream().map(PeriodWords::chartLabel).toArray(String[]::new);

        YIntervalSeries council = new YIntervalSeries(settings.authorityLabel());
        XYSeries target = new XYSeries("Target");
        boolean anyTarget = false;
        for (int i = 0; i < series.size(); i++) {
            Evaluation e = series.get(i);
            double v = e.observation().value();
            Interval ci = e.interval95();
            council.add(i, v, ci == null ? v : ci.lower(), ci == null ? v : ci.upper());
            Target t = e.target();
            if (t != null && !t.isRange() && t.rates() && !ind.cumulative()) {
                target.add(i, t.low());
                anyTarget = true;
            }
        }
        YIntervalSeriesCollection own = new YIntervalSeriesCollection();
        own.addSeries(council);
        XYErrorRenderer ownRenderer = new XYErrorRenderer();
        ownRenderer.setDefaultLinesVisible(true);
        ownRenderer.setDefaultShapesVisible(true);
        ownRenderer.setDrawXError(false);
        ownRenderer.setDrawYError(true);
        ownRenderer.setErrorPaint(new Color(0x40, 0x40, 0x40));
        ownRenderer.setCapLength(5);
        ownRenderer.setAutoPopulateSeriesStroke(false);
        ownRenderer.setSeriesPaint(0, HouseStyle.COUNCIL);
        ownRenderer.setSeriesStroke(0, HouseStyle.LINE);
        ownRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));

        SymbolAxis x = new SymbolAxis(null, labels);
        x.setGridBandsVisible(false);
        x.setVerticalTickLabels(labels.length > 8);
        NumberAxis y = new NumberAxis(axisLabel(ind));
        y.setNumberFormatOverride(format(ind));
        y.setAutoRangeIncludesZero(ind.measure() == Measure.COUNT || ind.measure() == Measure.MONEY);
        XYPlot plot = new XYPlot(own, x, y, ownRenderer);

        XYSeriesCollection others = new XYSeriesCollection();
        XYLineAndShapeRenderer othersRenderer = new XYLineAndShapeRenderer(true, true);
        othersRenderer.setAutoPopulateSeriesStroke(false);
        othersRenderer.setAutoPopulateSeriesShape(false);
        int s = 0;
        if (anyTarget) {
            others.addSeries(target);
            othersRenderer.setSeriesPaint(s, HouseStyle.TARGET);
            othersRenderer.setSeriesStroke(s, HouseStyle.DASHED);
            othersRenderer.setSeriesShapesVisible(s, false);
            s++;
        }
        for (String c : List.of(Benchmark.ENGLAND, Benchmark.REGION, Benchmark.NEIGHBOURS)) {
            XYSeries b = new XYSeries(c);
            for (Benchmark bm : benchmarks) {
                int i = periods.indexOf(bm.period());
                if (i >= 0 && bm.comparator().equals(c)) {
                    b.add(i, bm.value());
                }
            }
            if (b.getItemCount() > 0) {
                others.addSeries(b);
                Color colour = c.equals(Benchmark.ENGLAND) ? HouseStyle.ENGLAND
                        : c.equals(Benchmark.REGION) ? HouseStyle.REGION : HouseStyle.NEIGHBOURS;
                othersRenderer.setSeriesPaint(s, colour);
                othersRenderer.setSeriesStroke(s, c.equals(Benchmark.ENGLAND) ? HouseStyle.DOTTED : HouseStyle.DASHED);
                // a distinct marker per comparator, so the lines differ without colour
                othersRenderer.setSeriesShape(s, c.equals(Benchmark.ENGLAND) ? new Rectangle2D.Double(-3, -3, 6, 6)
                        : c.equals(Benchmark.REGION) ? HouseStyle.diamond(4) : triangle(4));
                othersRenderer.setSeriesShapesVisible(s, true);
                s++;
            }
        }
        if (others.getSeriesCount() > 0) {
            plot.setDataset(1, others);
            plot.setRenderer(1, othersRenderer);
        }
        Target now = a.current() == null ? ind.target() : a.current().target();
        if (now != null && now.isRange() && now.rates() && !ind.cumulative()) {
            IntervalMarker band = new IntervalMarker(now.low(), now.high(), HouseStyle.TARGET_BAND);
            plot.addRangeMarker(band, Layer.BACKGROUND);
            y.setAutoRangeIncludesZero(false);
            includeInRange(y, plot, now.low(), now.high());
        }
        String title = ind.name();
        JFreeChart chart = new JFreeChart(title, HouseStyle.font(Font.BOLD, 13f), plot, true);
        String span = periods.isEmpty() ? "no figures yet"
                : periods.get(0).label() + " to " + periods.get(periods.size() - 1).label();
        boolean band = now != null && now.isRange() && now.rates() && !ind.cumulative();
        HouseStyle.apply(chart, "Trend by " + (a.period().kind() == Period.Kind.YEAR ? "year"
                : a.period().kind() == Period.Kind.MONTH ? "month" : "quarter") + ", " + span
                + (series.stream().anyMatch(e -> e.interval95() != null) ? "; whiskers: 95% confidence intervals" : "")
                + (band ? "; shaded: target " + format(ind).format(now.low()) + " to " + format(ind).format(now.high())
                        : ""),
                source(ind, bookPeriod));
        return chart;
    }

    /** Marker labels on a white ground, so they read where they cross bars or lines. */
    private static void label(org.jfree.chart.plot.Marker m, String text, RectangleAnchor anchor, TextAnchor textAnchor,
            Color paint) {
        m.setLabel(text);
        m.setLabelFont(HouseStyle.font(Font.BOLD, 8.5f));
        m.setLabelPaint(paint);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
    }

    private static void includeInRange(NumberAxis y, XYPlot plot, double low, double high) {
        org.jfree.data.Range r = plot.getDataRange(y);
        double lo = Math.min(low, r == null ? low : r.getLowerBound());
        double hi = Math.max(high, r == null ? high : r.getUpperBound());
        double pad = (hi - lo) * 0.08;
        y.setRange(lo - pad, hi + pad);
    }

    private static java.awt.Shape triangle(double r) {
        java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r);
        p.lineTo(-r, r);
        p.closePath();
        return p;
    }

    // ---- benchmark comparison

    /**
     * This council against England, the region, the statistical-neighbour mean and each neighbour,
     * as horizontal bars with 95% whiskers where there is an interval; the council's bar stands out.
     *
     * @param neighbourIntervals intervals of the benchmark figures, by comparator, where their counts are known
     */
    public static JFreeChart benchmark(Assessment a, Map<String, Interval> neighbourIntervals, Period bookPeriod) {
        return benchmark(a, neighbourIntervals, bookPeriod, Settings.DEFAULTS);
    }

    public static JFreeChart benchmark(Assessment a, Map<String, Interval> neighbourIntervals, Period bookPeriod,
            Settings settings) {
        return benchmark(a, neighbourIntervals, bookPeriod, settings, List.of());
    }

    /** At most this many other authorities' bars when the catalogue names no statistical neighbours. */
    static final int MAX_AUTHORITY_BARS = 20;

    /**
     * The other authorities a benchmark chart gives a bar each, best first by value: the statistical
     * neighbours where the catalogue names them, else every authority given if there are at most
     * {@link #MAX_AUTHORITY_BARS}, else none. Every authority in England made a chart 47 inches tall; their
     * spread is the spine chart's, and the rank the sentence's.
     */
    static List<Benchmark> authorityBars(Assessment a, List<String> neighbours) {
        List<Benchmark> all = a.benchmarks().values().stream().filter(b -> !b.isAggregate())
                .sorted(Comparator.comparingDouble(Benchmark::value).reversed()).toList();
        if (!neighbours.isEmpty()) {
            return all.stream().filter(b -> neighbours.contains(b.comparator())).toList();
        }
        return all.size() <= MAX_AUTHORITY_BARS ? all : List.of();
    }

    /** @param neighbours the statistical neighbours, the only authorities with a bar where given */
    public static JFreeChart benchmark(Assessment a, Map<String, Interval> neighbourIntervals, Period bookPeriod,
            Settings settings, List<String> neighbours) {
        Indicator ind = a.indicator();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        WhiskerBarRenderer renderer = new WhiskerBarRenderer();
        String series = ind.name();
        double max = 0;
        double min = 0;
        NumberFormat f = format(ind);
        // no bar for a cumulative figure whose year to date is not known
        if (a.current() != null && a.current().rated() != null) {
            double v = a.current().rated();
            String key = settings.authorityLabel() + " " + f.format(v);
            data.addValue(v, series, key);
            renderer.paint(key, HouseStyle.COUNCIL);
            renderer.interval(key, a.current().interval95());
            max = Math.max(max, a.current().interval95() == null ? v : a.current().interval95().upper());
            min = Math.min(min, v);
        }
        Map<String, Double> aggregates = new LinkedHashMap<>();
        for (String c : List.of(Benchmark.ENGLAND, Benchmark.REGION)) {
            Benchmark b = a.benchmarks().get(c);
            if (b != null) {
                aggregates.put(c, b.value());
            }
        }
        if (a.neighbourMean() != null) {
            aggregates.put("Statistical neighbours (mean)", a.neighbourMean());
        }
        for (var e : aggregates.entrySet()) {
            String key = e.getKey() + " " + f.format(e.getValue());
            data.addValue(e.getValue(), series, key);
            renderer.paint(key, e.getKey().equals(Benchmark.ENGLAND) ? new Color(0x4D, 0x4D, 0x4D)
                    : new Color(0x80, 0x80, 0x80));
            Interval ci = neighbourIntervals.get(e.getKey());
            renderer.interval(key, ci);
            max = Math.max(max, ci == null ? e.getValue() : ci.upper());
            min = Math.min(min, e.getValue());
        }
        for (Benchmark b : authorityBars(a, neighbours)) {
            String key = b.comparator() + " " + f.format(b.value());
            data.addValue(b.value(), series, key);
            renderer.paint(key, HouseStyle.OTHERS);
            Interval ci = neighbourIntervals.get(b.comparator());
            renderer.interval(key, ci);
            max = Math.max(max, ci == null ? b.value() : ci.upper());
            min = Math.min(min, b.value());
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis y = new NumberAxis(axisLabel(ind));
        y.setNumberFormatOverride(format(ind));
        y.setRange(min < 0 ? min * 1.1 : 0, max <= 0 ? 1 : max * 1.12);
        renderer.setMaximumBarWidth(0.7);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Target t = a.current() == null ? null : a.current().target();
        if (t != null && t.rates() && !ind.cumulative()) {
            ValueMarker m = new ValueMarker(t.isRange() ? t.high() : t.low(), HouseStyle.TARGET, HouseStyle.DASHED);
            plot.addRangeMarker(m);
            y.setUpperBound(Math.max(y.getUpperBound(), (t.isRange() ? t.high() : t.low()) * 1.12));
        }
        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, false);
        boolean marked = t != null && t.rates() && !ind.cumulative();
        HouseStyle.apply(chart, "Compared with England, the region and statistical neighbours, " + a.period().label()
                + (a.current() != null && a.current().interval95() != null ? "; bars show 95% confidence intervals" : "")
                + (marked ? "; dashed line: target " + format(ind).format(t.isRange() ? t.high() : t.low()) : ""),
                benchmarkSource(ind, bookPeriod, settings));
        return chart;
    }

    // ---- status summary

    /** Green / Amber / Red / Not rated per priority as stacked bars, each segment labelled with its count. */
    public static JFreeChart statusSummary(List<Assessment> assessments, List<String> priorities, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Status> order = new ArrayList<>(List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED));
        if (assessments.stream().anyMatch(a -> a.status() == Status.NOT_REPORTED)) {
            order.add(Status.NOT_REPORTED);
        }
        for (Status st : order) {
            for (String p : priorities) {
                long n = assessments.stream().filter(a -> a.indicator().priority().equals(p) && a.status() == st).count();
                data.addValue(n, st == Status.NOT_RATED ? st.label() : st.label() + ": " + st.wording(), p);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(1.5f));
        renderer.setMaximumBarWidth(0.6);
        for (int i = 0; i < order.size(); i++) {
            renderer.setSeriesPaint(i, HouseStyle.status(order.get(i)));
            renderer.setSeriesItemLabelPaint(i, HouseStyle.onStatus(order.get(i)));
        }
        // the count and the status initial on each segment: readable without colour
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number n = dataset.getValue(row, column);
                if (n == null || n.intValue() == 0) {
                    return null;
                }
                return order.get(row).label() + " " + n.intValue();
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(HouseStyle.font(Font.BOLD, 9f));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelLines(2);
        x.setMaximumCategoryLabelWidthRatio(0.3f);
        NumberAxis y = new NumberAxis("Number of indicators");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart("Status of indicators by priority, " + period.label(),
                HouseStyle.font(Font.BOLD, 13f), plot, true);
        // an indicator whose return did not arrive still counts, so a missing return cannot raise the share
        long rated = assessments.stream().filter(a -> a.status() != Status.NOT_RATED).count();
        long green = assessments.stream().filter(a -> a.status() == Status.GREEN).count();
        HouseStyle.apply(chart, green + " of " + rated + " rated indicators on track"
                + (rated == 0 ? "" : " (" + Math.round(100.0 * green / rated) + "%)"),
                "Source: services' returns, " + period.label());
        return chart;
    }

    // ---- district breakdown

    /** A bar per area, sorted best first by polarity, with the council's overall figure as a reference line. */
    public static JFreeChart breakdown(Assessment a, Period bookPeriod) {
        return breakdown(a, bookPeriod, Settings.DEFAULTS);
    }

    public static JFreeChart breakdown(Assessment a, Period bookPeriod, Settings settings) {
        Indicator ind = a.indicator();
        List<Evaluation> areas = new ArrayList<>(a.breakdown());
        Comparator<Evaluation> byValue = Comparator.comparingDouble(e -> e.observation().value());
        areas.sort(ind.polarity() == org.perfbook.model.Polarity.LOW ? byValue : byValue.reversed());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        WhiskerBarRenderer renderer = new WhiskerBarRenderer();
        double max = 0;
        NumberFormat f = format(ind);
        for (Evaluation e : areas) {
            String name = e.observation().breakdown() + " " + f.format(e.observation().value());
            data.addValue(e.observation().value(), ind.name(), name);
            renderer.paint(name, HouseStyle.COUNCIL);
            renderer.interval(name, e.interval95());
            max = Math.max(max, e.interval95() == null ? e.observation().value() : e.interval95().upper());
        }
        renderer.setMaximumBarWidth(0.7);
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = new NumberAxis(axisLabel(ind));
        y.setNumberFormatOverride(format(ind));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (a.current() != null) {
            double overall = a.current().observation().value();
            ValueMarker m = new ValueMarker(overall, HouseStyle.INK, HouseStyle.DASHED);
            label(m, settings.authorityLabel() + " overall " + format(ind).format(overall), RectangleAnchor.BOTTOM_RIGHT,
                    TextAnchor.BOTTOM_LEFT, HouseStyle.INK);
            plot.addRangeMarker(m, Layer.FOREGROUND);
            max = Math.max(max, overall);
        }
        y.setRange(0, max <= 0 ? 1 : max * 1.15);
        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, false);
        HouseStyle.apply(chart, "By " + (ind.breakdown().isEmpty() ? "area" : ind.breakdown().toLowerCase(Locale.ROOT))
                + ", " + a.period().label() + ", best first"
                + (areas.stream().anyMatch(e -> e.interval95() != null) ? "; bars show 95% confidence intervals" : ""),
                source(ind, bookPeriod));
        return chart;
    }

    /**
     * The district chart: a funnel plot where the districts' denominators differ, else the ranked bar.
     */
    public static JFreeChart districts(Assessment a, Period bookPeriod, Settings settings) {
        Funnel f = Funnel.forBreakdown(a.indicator(), a.breakdown());
        return f == null ? breakdown(a, bookPeriod, settings) : funnel(a, f, bookPeriod);
    }

    /** Points and curves sampled per funnel: enough for the limits to look smooth at print size. */
    static final int FUNNEL_SAMPLES = 200;

    /** Colour-blind-safe colours for the five classes, high in oranges and low in blues. */
    static Color significanceColour(Funnel.Significance s) {
        return switch (s) {
            case HIGH_OUTER -> HouseStyle.TARGET;
            case HIGH_INNER -> HouseStyle.REGION;
            case NOT_SIGNIFICANT -> HouseStyle.OTHERS;
            case LOW_INNER -> new Color(0x56, 0xB4, 0xE9);
            case LOW_OUTER -> HouseStyle.COUNCIL;
        };
    }

    /** The x axis: the funnel's denominator, in people. */
    static String denominatorLabel(Indicator ind) {
        String who = ind.population().isBlank() ? "" : " (" + ind.population().strip().toLowerCase(Locale.ROOT) + ")";
        return (ind.measure() == Measure.RATE ? "Population" : "Denominator") + who;
    }

    private static final ItemLabelPosition LABEL_ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
            TextAnchor.BOTTOM_CENTER);
    private static final ItemLabelPosition LABEL_BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
            TextAnchor.TOP_CENTER);

    /**
     * Whether a district's name goes above its point rather than below: to the side with more room before
     * the next of the average and the four limit curves at its denominator (an edge of the plot where no curve
     * lies that way). A name to the right ran along those nearly flat curves and across them.
     */
    static boolean funnelLabelAbove(Funnel f, Funnel.Area x) {
        Funnel.Limits l = f.limits(x.denominator());
        double above = Double.POSITIVE_INFINITY;
        double below = Double.POSITIVE_INFINITY;
        for (double c : new double[] {f.average(), l.lowerOuter(), l.lowerInner(), l.upperInner(), l.upperOuter()}) {
            if (!Double.isFinite(c)) {
                continue;
            }
            if (c > x.value()) {
                above = Math.min(above, c - x.value());
            } else {
                below = Math.min(below, x.value() - c);
            }
        }
        return above >= below;
    }

    /**
     * A funnel plot: each district's figure against its denominator, the pooled average and the
     * 95% and 99.8% control limits drawn as curves, districts coloured and named by where they lie.
     */
    public static JFreeChart funnel(Assessment a, Funnel f, Period bookPeriod) {
        Indicator ind = a.indicator();
        NumberFormat fmt = format(ind);
        double min = f.minDenominator();
        double max = f.maxDenominator();
        // like the Fingertips tool: the axis starts at zero where the denominators spread widely
        boolean wide = max > 2 * min;
        double axisFrom = wide ? 0 : min * 0.9;
        double from = wide ? min * 0.5 : axisFrom;
        // room on the right for half the last district's name
        double to = max * 1.08;

        XYSeriesCollection points = new XYSeriesCollection();
        Map<Funnel.Significance, List<String>> names = new LinkedHashMap<>();
        for (Funnel.Significance s : Funnel.Significance.values()) {
            List<Funnel.Area> in = f.areas().stream().filter(x -> x.significance() == s).toList();
            if (in.isEmpty()) {
                continue;
            }
            XYSeries series = new XYSeries(s.label(), false, true);
            in.forEach(x -> series.add(x.denominator(), x.value()));
            names.put(s, in.stream().map(Funnel.Area::name).toList());
            points.addSeries(series);
        }
        List<Funnel.Significance> order = new ArrayList<>(names.keySet());
        Map<Funnel.Significance, List<Funnel.Area>> areasBySignificance = new LinkedHashMap<>();
        order.forEach(s -> areasBySignificance.put(s, f.areas().stream().filter(x -> x.significance() == s).toList()));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true) {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                return funnelLabelAbove(f, areasBySignificance.get(order.get(series)).get(item)) ? LABEL_ABOVE
                        : LABEL_BELOW;
            }

            @Override
            public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
                return getPositiveItemLabelPosition(series, item);
            }
        };
        for (int i = 0; i < order.size(); i++) {
            dots.setSeriesPaint(i, significanceColour(order.get(i)));
            dots.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            dots.setSeriesOutlinePaint(i, HouseStyle.INK);
        }
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        dots.setDefaultItemLabelGenerator((data, series, item) -> names.get(order.get(series)).get(item));
        dots.setDefaultItemLabelsVisible(true);
        dots.setDefaultItemLabelFont(HouseStyle.font(Font.PLAIN, 7.5f));
        dots.setDefaultItemLabelPaint(HouseStyle.INK);

        XYSeries avg = new XYSeries("Average " + fmt.format(f.average()), false, true);
        XYSeries in95 = new XYSeries("95% limits", false, true);
        XYSeries in95Low = new XYSeries("95% lower", false, true);
        XYSeries out998 = new XYSeries("99.8% limits", false, true);
        XYSeries out998Low = new XYSeries("99.8% lower", false, true);
        double lowest = f.areas().stream().mapToDouble(Funnel.Area::value).min().orElse(0);
        double highest = f.areas().stream().mapToDouble(Funnel.Area::value).max().orElse(1);
        double ratio = Math.pow(to / from, 1.0 / (FUNNEL_SAMPLES - 1));
        if (axisFrom < from) {
            avg.add(axisFrom, f.average());
        }
        for (int i = 0; i < FUNNEL_SAMPLES; i++) {
            double n = i == FUNNEL_SAMPLES - 1 ? to : from * Math.pow(ratio, i);
            Funnel.Limits l = f.limits(n);
            avg.add(n, f.average());
            in95.add(n, l.upperInner());
            in95Low.add(n, l.lowerInner());
            out998.add(n, l.upperOuter());
            out998Low.add(n, l.lowerOuter());
        }
        Funnel.Limits atMin = f.limits(min);
        lowest = Math.min(lowest, atMin.lowerOuter());
        highest = Math.max(highest, atMin.upperOuter());
        XYSeriesCollection curves = new XYSeriesCollection();
        for (XYSeries s : List.of(avg, in95, in95Low, out998, out998Low)) {
            curves.addSeries(s);
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        // one path per curve, so the dashes run on along it instead of restarting at every sample
        lines.setDrawSeriesLineAsPath(true);
        lines.setSeriesPaint(0, HouseStyle.INK);
        lines.setSeriesStroke(0, new java.awt.BasicStroke(1.4f));
        for (int s = 1; s <= 4; s++) {
            lines.setSeriesPaint(s, HouseStyle.MUTED);
            lines.setSeriesStroke(s, s <= 2 ? HouseStyle.DASHED : HouseStyle.DOTTED);
        }
        lines.setSeriesVisibleInLegend(2, false);
        lines.setSeriesVisibleInLegend(4, false);

        NumberAxis x = new NumberAxis(denominatorLabel(ind));
        x.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.UK));
        x.setRange(axisFrom, to);
        NumberAxis y = new NumberAxis(axisLabel(ind));
        y.setNumberFormatOverride(fmt);
        // room for a name above the highest point and below the lowest
        double pad = (highest - lowest) * 0.12;
        double bottom = Math.max(0, lowest - pad);
        double top = highest + pad;
        if (ind.measure() == Measure.PERCENTAGE) {
            top = Math.min(100, top);
        }
        y.setRange(bottom, top <= bottom ? bottom + 1 : top);
        XYPlot plot = new XYPlot(points, x, y, dots);
        plot.setDataset(1, curves);
        plot.setRenderer(1, lines);
        // the districts on top of the curves
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, true);
        long outliers = f.outliers().size();
        HouseStyle.apply(chart, "By " + (ind.breakdown().isEmpty() ? "area" : ind.breakdown().toLowerCase(Locale.ROOT))
                + ", " + a.period().label() + ", against the average of all " + f.areas().size() + "; "
                + (outliers == 0 ? "none outside the 95% limits" : outliers + " outside the 95% limits")
                + (a.breakdown().size() > f.areas().size()
                        ? "; " + (a.breakdown().size() - f.areas().size()) + " without counts not shown" : ""),
                source(ind, bookPeriod) + ". " + f.method());
        return chart;
    }

    // ---- year on year

    /**
     * Two financial years side by side by quarter, like the seeds' complaints "Graph 1": last year's
     * bars pale, this year's strong, each labelled with its figure.
     */
    public static JFreeChart yearOnYear(Assessment a, Period bookPeriod) {
        Indicator ind = a.indicator();
        Period year = bookPeriod.financialYear();
        Period last = year.previous();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Period y : List.of(last, year)) {
            for (int q = 1; q <= 4; q++) {
                Period p = Period.quarter(y.year(), q);
                Double v = a.series().stream().filter(e -> e.observation().period().equals(p))
                        .map(e -> e.observation().value()).findFirst().orElse(null);
                data.addValue(v, y.label(), "Q" + q + " (" + PeriodWords.chartQuarterMonths(p) + ")");
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.06);
        renderer.setSeriesPaint(0, HouseStyle.EARLIER);
        renderer.setSeriesPaint(1, HouseStyle.COUNCIL);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, HouseStyle.COUNCIL);
        renderer.setSeriesOutlinePaint(1, HouseStyle.COUNCIL);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(ind)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(HouseStyle.font(Font.PLAIN, 8.5f));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(axisLabel(ind));
        y.setNumberFormatOverride(format(ind));
        y.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(ind.name(), HouseStyle.font(Font.BOLD, 13f), plot, true);
        HouseStyle.apply(chart, last.label() + " and " + year.label() + " by quarter", source(ind, bookPeriod));
        return chart;
    }
}
