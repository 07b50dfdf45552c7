package org.perfbook.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.book.DataColumn.DataRow;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.Evaluation;
import org.perfbook.calc.Rank;
import org.perfbook.calc.RankHistory;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Spc;
import org.perfbook.model.Direction;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Settings;
import org.perfbook.model.Status;
import org.perfbook.text.Sentences;

/** Every observation of every period as a tidy Excel table of {@link DataColumn}s, numbers at full precision. */
final class DataSheet implements BookSheet {

    private final Book book;
    private final Styles styles;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<NoteKey, String> dataNotes = new HashMap<>();
    /** Each indicator's recent trend, on the whole-authority row of the period it is reported for. */
    private final Map<TrendKey, String> trends = new HashMap<>();
    /** Each indicator's sentence from its figures, on the same row as its trend. */
    private final Map<TrendKey, String> sentences = new HashMap<>();
    /** Each point's variation on its XmR chart, by indicator and period. */
    private final Map<TrendKey, String> spcs = new HashMap<>();
    private final Map<TrendKey, Rank> ranks = new HashMap<>();

    /** Each district's place on its indicator's funnel plot, for the period reported. */
    private final Map<FunnelKey, String> funnels = new HashMap<>();

    private record FunnelKey(String indicatorId, Period period, String breakdown) {

        FunnelKey {
            indicatorId = indicatorId.strip().toUpperCase(Locale.ROOT);
            breakdown = breakdown.strip().toLowerCase(Locale.ROOT);
        }
    }

    private record TrendKey(String indicatorId, Period period) {

        TrendKey {
            indicatorId = indicatorId.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** A return's row, matched as the return validator matches IDs and breakdowns: ignoring case. */
    private record NoteKey(String file, String indicatorId, String breakdown) {

        NoteKey {
            indicatorId = indicatorId.strip().toUpperCase(Locale.ROOT);
            breakdown = breakdown.strip().toLowerCase(Locale.ROOT);
        }

        static NoteKey of(Observation o) {
            return new NoteKey(o.source().file(), o.indicatorId(), o.breakdown());
        }
    }

    DataSheet(Book book, Styles styles) {
        this(book, styles, Settings.DEFAULTS);
    }

    DataSheet(Book book, Styles styles, Settings settings) {
        this.book = book;
        this.styles = styles;
        book.assessments().forEach(a -> indicators.put(a.indicator().id(), a.indicator()));
        for (Assessment a : book.assessments()) {
            RankHistory.overTime(a).forEach(x -> ranks.put(new TrendKey(a.indicator().id(), x.period()), x.rank()));
            if (a.current() != null) {
                trends.put(new TrendKey(a.indicator().id(), a.period()), a.trend().describe());
                sentences.put(new TrendKey(a.indicator().id(), a.period()), Sentences.of(a, settings));
            }
            Spc spc = a.spc();
            if (spc != null) {
                for (Spc.Point p : spc.points()) {
                    String words = p.variation().label() + (p.cause() == Spc.Cause.NONE ? "" : " (" + p.cause().label() + ")");
                    if (p.period().equals(a.period()) && spc.assurance() != Spc.Assurance.NONE) {
                        words += "; " + spc.assurance().label();
                    }
                    spcs.put(new TrendKey(a.indicator().id(), p.period()), words);
                }
            }
            Funnel f = Funnel.forBreakdown(a.indicator(), a.breakdown());
            if (f != null) {
                for (Funnel.Area area : f.areas()) {
                    funnels.put(new FunnelKey(a.indicator().id(), a.period(), area.name()), area.significance().label());
                }
            }
        }
        for (Book.ReturnRead r : book.returns()) {
            for (Book.DataNote n : r.dataNotes()) {
                dataNotes.put(new NoteKey(r.file(), n.indicatorId(), n.breakdown()), n.note());
            }
        }
    }

    /**
     * The book's figures in their order (indicator, breakdown, period), with the rows whose figure was not
     * used put among them where their figure would have been.
     */
    private List<DataRow> rows() {
        List<DataRow> rows = new ArrayList<>();
        for (Evaluation e : book.data()) {
            Observation o = e.observation();
            String trend = o.isTotal() ? trends.getOrDefault(new TrendKey(o.indicatorId(), o.period()), "") : "";
            String funnel = o.isTotal() ? "" : funnels.getOrDefault(new FunnelKey(o.indicatorId(), o.period(), o.breakdown()), "");
            String sentence = o.isTotal() ? sentences.getOrDefault(new TrendKey(o.indicatorId(), o.period()), "") : "";
            String spc = o.isTotal() ? spcs.getOrDefault(new TrendKey(o.indicatorId(), o.period()), "") : "";
            Rank rank = o.isTotal() ? ranks.get(new TrendKey(o.indicatorId(), o.period())) : null;
            rows.add(new DataRow(e, indicators.get(o.indicatorId()), dataNotes.getOrDefault(NoteKey.of(o), ""), false,
                    trend, funnel, sentence, spc, rank));
        }
        boolean any = false;
        for (Assessment a : book.assessments()) {
            for (Observation o : a.withheld()) {
                Evaluation none = new Evaluation(o, null, null, Status.NOT_RATED, Direction.NOT_AVAILABLE, null, null);
                rows.add(new DataRow(none, a.indicator(), dataNotes.getOrDefault(NoteKey.of(o), ""), true));
                any = true;
            }
        }
        if (!any) {
            return rows;
        }
        Map<String, Integer> order = new HashMap<>();
        book.assessments().forEach(a -> order.putIfAbsent(a.indicator().id().toUpperCase(Locale.ROOT), order.size()));
        rows.sort(Comparator.comparing((DataRow d) -> order.getOrDefault(
                d.observation().indicatorId().toUpperCase(Locale.ROOT), Integer.MAX_VALUE))
                .thenComparing(d -> d.observation().breakdown().toLowerCase(Locale.ROOT))
                .thenComparing(d -> d.observation().period()));
        return rows;
    }

    @Override
    public void write(SXSSFSheet s) {
        List<String> headings = DataColumn.headings();
        Cells.header(s, 0, headings, styles.header());
        int r = 1;
        for (DataRow data : rows()) {
            Row row = s.createRow(r++);
            for (DataColumn column : DataColumn.values()) {
                Object v = column.value(data);
                if (v instanceof Double d) {
                    Cells.number(row, column.index(), d, styles);
                } else if (v != null) {
                    Cells.cell(row, column.index(), v.toString(), null);
                }
            }
        }
        if (r == 1) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        Cells.table(s, "PerformanceData", headings, r - 1);
        for (DataColumn column : DataColumn.values()) {
            s.setColumnWidth(column.index(), column.width() * 256);
        }
        s.createFreezePane(0, 1);
        // printed: the figures, ID to Status, one A4 landscape page wide at 8 pt or more with the headings on every
        // page; direction, funnel, trend, source and data note are for the screen (and the scorecards print them)
        Cells.landscape(s);
        PrintSetUp.sideMargins(s, 0.25);
        PrintSetUp.repeatRows(s, 0, 0);
        PrintSetUp.printArea(s, DataColumn.STATUS.index(), r - 1);
    }
}
