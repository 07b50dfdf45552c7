package org.perfbook.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Spc;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Spine;
import org.perfbook.model.Benchmark;
import org.perfbook.files.FileNames;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Status;

/**
 * Decides which charts the book needs, with their sizes and alternative text; each is drawn and
 * saved as PNG and SVG on its own, so the caller may draw them in parallel.
 */
public final class ChartSet {

    /** Print sizes in inches: half an A4 text width tall, full width wide. */
    static final double WIDTH = 6.5;
    static final double HEIGHT = 3.6;

    public static final String SUMMARY = "summary-status";
    /** Spine charts' names start with this, then the priority. */
    public static final String SPINE = "spine-";
    /** Spine charts are printed landscape, a full A4 width. */
    static final double SPINE_WIDTH = 10;
    /** A rank chart needs this many periods with the neighbours' figures. */
    static final int BUMP_PERIODS = 3;

    /**
     * A chart the book needs, not yet drawn. Drawing makes a new chart object each time (JFreeChart is
     * not thread-safe), so charts may be drawn on several threads at once.
     */
    public static final class Chart {
        private final String name;
        private final String indicatorId;
        private final String kind;
        private final String alt;
        private final double widthIn;
        private final double heightIn;
        private final Supplier<JFreeChart> chart;

        private Chart(String name, String indicatorId, String kind, String alt, double widthIn, double heightIn,
                Supplier<JFreeChart> chart) {
            this.name = name;
            this.indicatorId = indicatorId;
            this.kind = kind;
            this.alt = alt;
            this.widthIn = widthIn;
            this.heightIn = heightIn;
            this.chart = chart;
        }

        public String name() {
            return name;
        }

        /** What a screen-reader user needs to know from the chart. */
        public String altText() {
            return alt;
        }

        /** Empty for a chart of no one indicator (the Summary's, a spine chart). */
        public String indicatorId() {
            return indicatorId;
        }

        /** The print size in inches. */
        public double widthIn() {
            return widthIn;
        }

        public double heightIn() {
            return heightIn;
        }

        /**
         * Draws the chart and saves it as {@code <name>.png} and {@code <name>.svg} in {@code dir}; only
         * the PNG (wanted in the book) is kept in memory.
         */
        public ChartImage draw(Path dir) throws IOException {
            byte[] png = Export.save(chart.get(), widthIn, heightIn, dir, name);
            return new ChartImage(name, indicatorId, kind, alt, widthIn, heightIn, png);
        }
    }

    private ChartSet() {
    }

    /** Every chart the book needs, in the order the book shows them. */
    public static List<Chart> plan(List<Assessment> assessments, List<String> priorities, Period period) {
        return plan(assessments, priorities, period, Settings.DEFAULTS);
    }

    /** @param settings the authority's name for series and sentences, and where benchmarks come from */
    public static List<Chart> plan(List<Assessment> assessments, List<String> priorities, Period period,
            Settings settings) {
        return plan(assessments, priorities, period, settings, List.of());
    }

    /** @param neighbours the statistical neighbours, for the rank charts */
    public static List<Chart> plan(List<Assessment> assessments, List<String> priorities, Period period,
            Settings settings, List<String> neighbours) {
        List<Chart> jobs = new ArrayList<>();
        jobs.add(new Chart(SUMMARY, "", "status", statusAlt(assessments, priorities, period), WIDTH, 2.3 + 0.5 * Math.max(1, priorities.size()),
                () -> CommitteeCharts.statusSummary(assessments, priorities, period)));
        for (String priority : priorities) {
            Spine spine = Spine.of(priority, assessments);
            if (!spine.rows().isEmpty()) {
                jobs.add(new Chart(SPINE + safe(priority), "", "spine", spineAlt(spine, period, settings), SPINE_WIDTH,
                        1.45 + 0.3 * (spine.rows().size() + 1), () -> SpineCharts.spine(spine, period, settings)));
            }
        }
        for (Assessment a : assessments) {
            Indicator ind = a.indicator();
            String id = safe(ind.id());
            List<Evaluation> trend = a.series().stream().filter(e -> e.observation().period().kind() == a.period().kind())
                    .toList();
            if (trend.size() >= 2) {
                jobs.add(new Chart(id + "-trend", ind.id(), "trend", trendAlt(a, trend), WIDTH, HEIGHT,
                        () -> CommitteeCharts.trend(a, a.benchmarkSeries(), period, settings)));
            }
            Spc spc = a.spc();
            if (spc != null) {
                jobs.add(new Chart(id + "-spc", ind.id(), "spc", XmrChart.alt(a, spc), WIDTH, HEIGHT,
                        () -> XmrChart.of(a, spc, period)));
            }
            if (a.current() != null && (!a.comparisons().isEmpty() || !a.benchmarks().isEmpty())) {
                int bars = 4 + CommitteeCharts.authorityBars(a, neighbours).size();
                double h = Math.max(HEIGHT * 0.8, 1.3 + 0.3 * bars);
                jobs.add(new Chart(id + "-benchmark", ind.id(), "benchmark", benchmarkAlt(a, settings, neighbours), WIDTH,
                        h, () -> CommitteeCharts.benchmark(a, a.benchmarkIntervals(), period, settings, neighbours)));
            }
            if (!a.breakdown().isEmpty()) {
                Funnel funnel = Funnel.forBreakdown(ind, a.breakdown());
                if (funnel != null) {
                    jobs.add(new Chart(id + "-breakdown", ind.id(), "breakdown", funnelAlt(a, funnel), WIDTH, HEIGHT * 1.25,
                            () -> CommitteeCharts.funnel(a, funnel, period)));
                } else {
                    double h = Math.max(HEIGHT, 1.3 + 0.27 * a.breakdown().size());
                    jobs.add(new Chart(id + "-breakdown", ind.id(), "breakdown", breakdownAlt(a, settings), WIDTH, h,
                            () -> CommitteeCharts.breakdown(a, period, settings)));
                }
            }
            RankHistory.AmongNeighbours bump = neighbours.isEmpty() ? null
                    : RankHistory.amongNeighbours(a, neighbours, settings.authorityLabel());
            if (bump != null && bump.periods().size() >= BUMP_PERIODS) {
                jobs.add(new Chart(id + "-rank", ind.id(), "rank", bumpAlt(a, bump, settings), WIDTH, HEIGHT,
                        () -> SpineCharts.bump(a, bump, period, settings)));
            }
            if (ind.measure() == Measure.COUNT && ind.frequency() == Frequency.QUARTERLY && hasTwoYears(a, period)) {
                jobs.add(new Chart(id + "-year-on-year", ind.id(), "year-on-year", yearOnYearAlt(a, period), WIDTH, HEIGHT,
                        () -> CommitteeCharts.yearOnYear(a, period)));
            }
        }
        return jobs;
    }

    /** IDs become file names: letters, digits and dashes only, so nothing escapes the folder. */
    static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "indicator" : FileNames.bounded(s, id);
    }

    private static boolean hasTwoYears(Assessment a, Period period) {
        Period year = period.financialYear();
        boolean now = a.series().stream().anyMatch(e -> year.contains(e.observation().period()));
        boolean before = a.series().stream().anyMatch(e -> year.previous().contains(e.observation().period()));
        return now && before;
    }

    // ---- alternative text: what a screen-reader user needs to know from each chart

    private static String latest(Assessment a) {
        // a cumulative figure has no year to date while a period of the year is missing: its own value then
        Double shown = a.current() == null ? null
                : a.current().rated() != null ? a.current().rated() : a.current().observation().value();
        if (shown == null) {
            return "There is no figure for " + a.period().label() + ".";
        }
        Indicator ind = a.indicator();
        String s = "The latest figure, for " + a.period().label() + ", is "
                + CommitteeCharts.format(ind).format(shown) + unitWord(ind);
        if (a.current().target() != null) {
            s += " against a target of " + a.current().target();
        }
        return s + "; status: " + a.status().wording() + ".";
    }

    private static String unitWord(Indicator ind) {
        return switch (ind.measure()) {
            case PERCENTAGE -> "%";
            case RATE -> " " + ind.unit();
            default -> "";
        };
    }

    private static String trendAlt(Assessment a, List<Evaluation> trend) {
        Period first = trend.get(Math.max(0, trend.size() - CommitteeCharts.TREND_PERIODS)).observation().period();
        return "Line chart of " + a.indicator().name() + " from " + first.label() + " to "
                + trend.get(trend.size() - 1).observation().period().label() + ". " + latest(a);
    }

    private static String benchmarkAlt(Assessment a, Settings settings, List<String> neighbours) {
        StringBuilder s = new StringBuilder("Bar chart comparing " + a.indicator().name() + " with ");
        List<String> parts = new ArrayList<>();
        a.comparisons().forEach(c -> parts.add(c.describe()));
        List<String> shown = new ArrayList<>(a.benchmarks().keySet().stream()
                .filter(k -> a.benchmarks().get(k).isAggregate()).toList());
        CommitteeCharts.authorityBars(a, neighbours).forEach(b -> shown.add(b.comparator()));
        s.append(shown.isEmpty() ? "other areas" : String.join(", ", shown));
        s.append(", ").append(a.period().label()).append(". ");
        if (!parts.isEmpty()) {
            s.append(settings.authoritySubject()).append(" is ").append(String.join("; ", parts)).append(". ");
        }
        return s.append(latest(a)).toString();
    }

    private static String breakdownAlt(Assessment a, Settings settings) {
        List<Evaluation> b = a.breakdown();
        Evaluation hi = b.stream().max(Comparator.comparingDouble(e -> e.observation().value())).orElseThrow();
        Evaluation lo = b.stream().min(Comparator.comparingDouble(e -> e.observation().value())).orElseThrow();
        var f = CommitteeCharts.format(a.indicator());
        return "Bar chart of " + a.indicator().name() + " by " + a.indicator().breakdown().toLowerCase(Locale.ROOT)
                + ", " + a.period().label() + ": highest " + hi.observation().breakdown() + " ("
                + f.format(hi.observation().value()) + "), lowest " + lo.observation().breakdown() + " ("
                + f.format(lo.observation().value()) + ")" + (a.current() == null ? "."
                        : "; " + settings.authorityInText() + " overall is " + f.format(a.current().observation().value()) + ".");
    }

    /** Names the districts outside each limit, so the reader hears what the funnel shows. */
    static String funnelAlt(Assessment a, Funnel f) {
        Indicator ind = a.indicator();
        var fmt = CommitteeCharts.format(ind);
        StringBuilder s = new StringBuilder("Funnel plot of " + ind.name() + " by "
                + (ind.breakdown().isEmpty() ? "area" : ind.breakdown().toLowerCase(Locale.ROOT)) + " against "
                + CommitteeCharts.denominatorLabel(ind).toLowerCase(Locale.ROOT) + ", " + a.period().label()
                + ": the average is " + fmt.format(f.average()) + unitWord(ind) + ". ");
        List<String> parts = new ArrayList<>();
        for (Funnel.Significance sig : Funnel.Significance.values()) {
            if (!sig.outlier()) {
                continue;
            }
            List<String> names = f.areas().stream().filter(x -> x.significance() == sig)
                    .map(x -> x.name() + " (" + fmt.format(x.value()) + ")").toList();
            if (!names.isEmpty()) {
                parts.add(sig.label() + ": " + String.join(", ", names));
            }
        }
        long within = f.areas().size() - f.outliers().size();
        s.append(parts.isEmpty() ? "All " + f.areas().size() + " are within the 95% limits."
                : String.join("; ", parts) + "; " + within + " of " + f.areas().size() + " not significant.");
        return s.append(" ").append(f.method()).append(".").toString();
    }

    /** Each indicator's figures read out, with where the authority stands among the others. */
    static String spineAlt(Spine spine, Period period, Settings settings) {
        StringBuilder s = new StringBuilder("Spine chart of " + spine.priority() + ", " + period.label() + ": "
                + settings.authorityInText() + " against every English authority, England in the middle and the best "
                + "to the right (" + Spine.METHOD + "). ");
        for (Spine.Row r : spine.rows()) {
            var f = CommitteeCharts.format(r.indicator());
            s.append(r.indicator().id()).append(" ").append(r.indicator().name()).append(", ")
                    .append(r.benchmarkPeriod().label()).append(": ")
                    .append(r.value() == null ? "no figure" : f.format(r.value()) + unitWord(r.indicator()))
                    .append(", England ").append(f.format(r.england()));
            if (r.region() != null) {
                s.append(", ").append(Benchmark.REGION).append(" ").append(f.format(r.region()));
            }
            Spine.Quartiles q = r.quartiles();
            if (q != null) {
                s.append(", worst ").append(f.format(q.worst())).append(", best ").append(f.format(q.best()));
                if (r.valueAt() != null) {
                    s.append("; ").append(r.valueAt() >= q.betterQuartileAt() ? "in the best quarter"
                            : r.valueAt() <= q.worseQuartileAt() ? "in the worst quarter" : "in the middle half")
                            .append(" of ").append(r.authorities());
                }
            }
            s.append("; ").append(lowerFirst(r.mark().label()));
            if (!r.note().isEmpty()) {
                s.append("; ").append(lowerFirst(r.note().replaceAll("\\.$", "")));
            }
            s.append(". ");
        }
        return s.toString().strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static String bumpAlt(Assessment a, RankHistory.AmongNeighbours b, Settings settings) {
        List<Integer> own = b.ranks().get(settings.authorityLabel());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < b.periods().size(); i++) {
            parts.add(b.periods().get(i).label() + " " + (own.get(i) == null ? "no figure" : own.get(i)));
        }
        return "Line chart of " + settings.authorityInText() + "'s rank for " + a.indicator().name() + " among its "
                + (b.ranks().size() - 1) + " statistical neighbours, 1 = best: " + String.join(", ", parts) + ".";
    }

    private static String yearOnYearAlt(Assessment a, Period period) {
        return "Bar chart comparing " + a.indicator().name() + " quarter by quarter in "
                + period.financialYear().previous().label() + " and " + period.financialYear().label() + ". " + latest(a);
    }

    private static String statusAlt(List<Assessment> assessments, List<String> priorities, Period period) {
        StringBuilder s = new StringBuilder("Stacked bar chart of indicator status by priority, " + period.label() + ". ");
        for (String p : priorities) {
            s.append(p).append(": ");
            List<String> parts = new ArrayList<>();
            for (Status st : Status.values()) {
                long n = assessments.stream().filter(a -> a.indicator().priority().equals(p) && a.status() == st).count();
                if (n > 0) {
                    parts.add(n + " " + st.label());
                }
            }
            s.append(parts.isEmpty() ? "none" : String.join(", ", parts)).append(". ");
        }
        return s.toString().strip();
    }
}
