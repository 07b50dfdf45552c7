package org.perfbook.book;

import static org.perfbook.book.Cells.cell;
import static org.perfbook.book.Cells.fitHeight;
import static org.perfbook.book.Cells.header;
import static org.perfbook.book.Cells.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.BenchmarkComparison;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Outturn;
import org.perfbook.calc.StatusBasis;
import org.perfbook.calc.Spc;
import org.perfbook.calc.Trend;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Target;
import org.perfbook.text.Display;
import org.perfbook.text.PeriodWords;
import org.perfbook.text.Sentences;
import org.perfbook.xlsx.PrintSetUp;

/**
 * One priority's indicators as the committee reads them: outturns, this year's quarters, target,
 * status, direction and benchmarks, the commentary on a row under each indicator and any breakdown
 * under that; printed A4 landscape, one page wide, with the header on every page.
 */
final class ScorecardSheet implements BookSheet {

    /** Where a return's figure had an error: the book shows no figure rather than a wrong one. */
    static final String NOT_USED = "Figure not used";
    /** How the row under an indicator begins. */
    static final String COMMENTARY_LABEL = "Commentary: ";

    private final Book book;
    private final Styles styles;
    private final String priority;
    private final Settings settings;

    ScorecardSheet(Book book, Styles styles, String priority, Settings settings) {
        this.book = book;
        this.styles = styles;
        this.priority = priority;
        this.settings = settings;
    }

    @Override
    public void write(SXSSFSheet s) {
        Period year = book.period().financialYear();
        List<Period> quarters = new ArrayList<>();
        if (book.period().kind() == Period.Kind.QUARTER) {
            for (int q = 1; q <= book.period().number(); q++) {
                quarters.add(Period.quarter(year.year(), q));
            }
        }
        List<String> heads = new ArrayList<>(List.of("ID", "Performance Indicator", "Frequency", "Directorate", "Good is",
                year.previous().previous().label() + " outturn", year.previous().label() + " outturn"));
        for (Period q : quarters) {
            heads.add("Q" + q.number() + " " + year.label() + " (" + PeriodWords.bookQuarterMonths(q) + ")");
        }
        heads.addAll(List.of(year.label() + " target", "Status", "Direction of travel", "Compared with"));
        int r = 0;
        text(s, r++, 0, priority + ": " + book.period().label(), styles.title());
        int keyRow = r;
        r = Cells.statusKey(s, r, book, styles);
        text(s, r++, 0, "Each indicator's commentary is on the row under it; its charts are on the "
                + BookWriter.CHARTS + " sheet.", styles.italic());
        int firstQuarter = 7;
        int after = firstQuarter + quarters.size();
        int last = heads.size() - 1;
        // narrow enough that A4 landscape, one page wide, prints the 10 pt text at 8 pt or more
        int[] widths = new int[heads.size()];
        Arrays.fill(widths, 10);
        widths[0] = 8;
        widths[1] = 27;
        widths[3] = 11;
        widths[4] = 6;
        widths[after] = 11;
        widths[after + 1] = 12;
        widths[after + 2] = 15;
        widths[after + 3] = 20;
        int headerRow = r;
        header(s, r++, heads, styles.header());
        fitHeight(s.getRow(headerRow), widths);
        fitHeight(s.getRow(keyRow), widths);
        s.createFreezePane(2, r);
        for (Assessment a : book.assessments()) {
            if (!a.indicator().priority().equals(priority)) {
                continue;
            }
            Indicator ind = a.indicator();
            Row row = s.createRow(r++);
            cell(row, 0, ind.id(), styles.text(false));
            cell(row, 1, ind.name() + (ind.unit().isEmpty() || ind.unit().equals("%") || ind.unit().equals("£")
                    ? "" : " (" + ind.unit() + ")"), styles.text(true));
            cell(row, 2, ind.frequency().label() + (ind.cumulative() ? ", cumulative" : ""), styles.text(true));
            cell(row, 3, ind.directorate(), styles.text(true));
            cell(row, 4, ind.polarity().label(), styles.text(true));
            int c = 5;
            for (Period y : List.of(year.previous().previous(), year.previous())) {
                cell(row, c++, outturnText(ind, a.yearOutturns().get(y)), styles.figure());
            }
            for (Period q : quarters) {
                Evaluation e = a.figureFor(q);
                cell(row, c++, e == null && a.withheldAt(q) != null ? NOT_USED
                        : Display.evaluation(ind, e) + Display.monthOf(e),
                        styles.figure());
            }
            cell(row, after, targetText(a), styles.figure());
            cell(row, after + 1, statusWords(a), styles.status(a.status()));
            cell(row, after + 2, directionAndTrend(a), styles.text(true));
            cell(row, after + 3, comparisons(a), styles.text(true));
            fitHeight(row, widths);
            r = commentaryRow(s, r, a, last, widths);
            if (!a.breakdown().isEmpty()) {
                r = breakdown(s, r, a, quarters.isEmpty() ? 6 : after - 1, after + 2, widths);
            }
        }
        Cells.widths(s, widths);
        Cells.landscape(s);
        PrintSetUp.sideMargins(s, 0.4);
        PrintSetUp.repeatRows(s, headerRow, headerRow);
        PrintSetUp.printArea(s, last, Math.max(headerRow, r - 1));
    }

    /**
     * The service's words on a row of their own under the figures, across the table, so the table
     * prints one page wide and the commentary is read in full, as the committee papers print it.
     */
    private int commentaryRow(SXSSFSheet s, int r, Assessment a, int last, int[] widths) {
        String words = commentary(a);
        // the figures in a sentence first; the service's words, when there are any, on the line under it
        String text = Sentences.withoutName(a, settings);
        if (a.current() == null && a.withheldAt(a.period()) != null) {
            // the words say why there is no figure and label the service's commentary themselves
            text = words;
        } else if (a.current() != null && !words.isBlank()) {
            text += "\n" + COMMENTARY_LABEL + words;
        }
        Row row = s.createRow(r);
        cell(row, 1, text, styles.text(true));
        // one row each, so none can overlap: POI's check against every earlier merge grew with the indicators
        s.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, last));
        int across = 0;
        for (int i = 1; i <= last; i++) {
            across += widths[i];
        }
        fitHeight(row, new int[] {0, across});
        return r + 1;
    }

    /** The breakdown's rows under its indicator: each figure in the latest figure's column, its interval beside. */
    private int breakdown(SXSSFSheet s, int r, Assessment a, int figureColumn, int intervalColumn, int[] widths) {
        Indicator ind = a.indicator();
        Row label = s.createRow(r++);
        Funnel funnel = Funnel.forBreakdown(ind, a.breakdown());
        cell(label, 1, "Breakdown by " + (ind.breakdown().isEmpty() ? "area" : ind.breakdown().toLowerCase(Locale.ROOT))
                + ", " + a.period().label() + (funnel == null ? ""
                        : "; compared with the average of " + Display.value(ind, funnel.average())
                                + (ind.measure() == Measure.RATE ? " " + ind.unit() : "") + " ("
                                + funnel.method() + ")"), styles.italic());
        for (Evaluation e : a.breakdown()) {
            Row br = s.createRow(r++);
            cell(br, 1, "    " + e.observation().breakdown(), styles.text(false));
            cell(br, figureColumn, Display.figure(ind, e.observation()), styles.figure());
            Funnel.Significance place = funnel == null ? null : funnel.significanceOf(e.observation().breakdown());
            List<String> notes = new ArrayList<>();
            if (e.interval95() != null) {
                notes.add("95% CI " + Display.value(ind, e.interval95().lower()) + " to "
                        + Display.value(ind, e.interval95().upper()));
            }
            if (place != null) {
                notes.add("funnel: " + place.label());
            }
            if (!notes.isEmpty()) {
                cell(br, intervalColumn, String.join("; ", notes), styles.text(true));
            }
            fitHeight(br, widths);
        }
        return r;
    }

    /**
     * A year's outturn saying what it is, since the rule differs from row to row under one heading:
     * "326.85 (year)", "92.94% (year: 250 of 269)", "84.0 (Q4)"; "3 of 4 quarters" while the year is
     * short; nothing for a year with no figures at all.
     */
    static String outturnText(Indicator ind, Outturn o) {
        if (o == null || !o.complete() && o.periodsIn() == 0) {
            return "";
        }
        if (!o.complete()) {
            return o.progress();
        }
        String when = o.rule().coversYear() || o.periodsInYear() == 1 ? "year" : o.periodsInYear() == 12 ? "March" : "Q4";
        String v = Display.value(ind, o.value());
        if (o.numerator() != null && o.denominator() != null && ind.measure().isQuotient()) {
            return v + " (" + when + ": " + Display.count(o.numerator()) + " of " + Display.count(o.denominator()) + ")";
        }
        return v + " (" + when + ")";
    }

    /**
     * The service's commentary; where its figure had an error, saying so before the service's words; where the
     * service said there is no figure, its words, which are the reason.
     */
    static String commentary(Assessment a) {
        if (a.current() != null) {
            return a.current().observation().commentary();
        }
        Observation na = a.notAvailableAt(a.period());
        if (na != null && a.withheldAt(a.period()) == null) {
            return na.commentary();
        }
        Observation withheld = a.withheldAt(a.period());
        if (withheld == null) {
            return "No figure this period.";
        }
        return NOT_USED + ": see the Findings sheet." + (withheld.commentary().isBlank() ? ""
                : " Commentary: " + withheld.commentary());
    }

    static String targetText(Assessment a) {
        Indicator ind = a.indicator();
        Target target = a.current() != null ? a.current().target() : null;
        if (target == null && a.current() == null) {
            target = ind.target();
        }
        String text = Display.target(ind, target);
        if (a.current() != null && a.current().yearToDate() != null && a.current().yearToDate().proRataTarget() != null
                && a.current().yearToDate().fractionElapsed() < 1) {
            text += "; pro rata " + Display.target(ind, a.current().yearToDate().proRataTarget())
                    + "; forecast " + Display.value(ind, a.current().yearToDate().forecastYearEnd());
        }
        return text;
    }

    /** The status in words, saying when it was rated against England for want of a target. */
    static String statusWords(Assessment a) {
        String s = a.status().wording();
        if (a.statusBasis() == StatusBasis.BENCHMARK) {
            s += " (against England; no target)";
        }
        return s;
    }

    /** The direction against the previous period, then the recent trend where it could be calculated. */
    static String directionAndTrend(Assessment a) {
        String direction = a.current() == null ? "" : direction(a);
        Trend trend = a.trend();
        String words = !trend.calculated() ? ""
                : "Recent trend, " + trend.from().label() + " to " + trend.to().label() + ": " + trend.label();
        Spc spc = a.spc();
        if (spc != null) {
            words += (words.isEmpty() ? "" : "\n") + "SPC, " + spc.points().size() + " " + kinds(a.period()) + ": "
                    + spc.words();
        }
        return direction.isEmpty() || words.isEmpty() ? direction + words : direction + "\n" + words;
    }


    private static String kinds(Period p) {
        return switch (p.kind()) {
            case MONTH -> "months";
            case QUARTER -> "quarters";
            case YEAR -> "years";
        };
    }

    private static String direction(Assessment a) {
        var d = a.current().direction();
        if (d.label().isEmpty()) {
            return "";
        }
        String s = d.arrow() + " " + d.label();
        if (a.sincePrevious() != null) {
            s += " (" + a.sincePrevious().describe(a.indicator().decimals()) + ")";
        }
        return s;
    }

    /** England, the region and the neighbours, a line each, in one column so the scorecard prints legibly. */
    static String comparisons(Assessment a) {
        List<String> lines = new ArrayList<>();
        for (String comparator : List.of(Benchmark.ENGLAND, Benchmark.REGION, Benchmark.NEIGHBOURS)) {
            String c = comparison(a, comparator);
            if (!c.isEmpty()) {
                lines.add((comparator.equals(Benchmark.NEIGHBOURS) ? "Neighbours" : comparator) + ": " + c);
            }
        }
        String ranks = ranks(a);
        if (!ranks.isEmpty()) {
            lines.add(ranks);
        }
        return String.join("\n", lines);
    }

    /** "Rank: 76 of 150 (third quartile), 2021/22 Q3; earlier 80 (2021/22 Q1), 78 (2021/22 Q2)". */
    static String ranks(Assessment a) {
        List<RankHistory.At> all = RankHistory.overTime(a);
        if (all.isEmpty()) {
            return "";
        }
        RankHistory.At last = all.get(all.size() - 1);
        String s = "Rank: " + last.rank().describe() + ", " + last.period().label();
        List<String> earlier = all.subList(0, all.size() - 1).stream()
                .map(x -> x.rank().rank() + " (" + x.period().label() + ")").toList();
        return earlier.isEmpty() ? s : s + "; earlier " + String.join(", ", earlier);
    }

    private static String comparison(Assessment a, String comparator) {
        BenchmarkComparison c = a.comparisons().stream().filter(x -> x.comparator().equals(comparator)).findFirst()
                .orElse(null);
        if (c == null) {
            Benchmark b = a.benchmarks().get(comparator);
            return b == null ? "" : Display.value(a.indicator(), b.value());
        }
        String s = Display.comparison(a.indicator(), c);
        Benchmark b = a.benchmarks().get(comparator);
        if (b != null && !b.period().equals(a.period())) {
            s += ", " + b.period().label();
        }
        if (comparator.equals(Benchmark.NEIGHBOURS) && a.rank() != null && RankHistory.overTime(a).isEmpty()) {
            s += "; ranked " + a.rank().describe() + " among the authorities given";
        }
        return s;
    }
}
