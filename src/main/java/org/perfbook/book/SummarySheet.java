package org.perfbook.book;

import static org.perfbook.book.Cells.cell;
import static org.perfbook.book.Cells.fitHeight;
import static org.perfbook.book.Cells.header;
import static org.perfbook.book.Cells.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.calc.Assessment;
import org.perfbook.model.Finding;
import org.perfbook.model.Indicator;
import org.perfbook.model.Status;
import org.perfbook.text.Display;
import org.perfbook.text.PeriodWords;
import org.perfbook.text.ReturnWords;

/** The first sheet: status counts by priority, the exceptions, notes and the status chart. */
final class SummarySheet implements BookSheet {

    private static final int[] WIDTHS = {30, 44, 28, 24, 22, 18, 70};

    private final Book book;
    private final Styles styles;

    SummarySheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        int r = 0;
        text(s, r++, 0, "Performance book: " + book.period().label(), styles.title());
        text(s, r++, 0, PeriodWords.months(book.period()) + ". Built " + book.builtAt().format(
                DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)) + " by perfbook " + book.version() + ".",
                styles.subtitle());
        if (!book.receipts().isEmpty()) {
            text(s, r++, 0, ReturnWords.summary(book.receipts()) + " (see the Returns sheet).", styles.bold());
        }
        r++;
        r = Cells.statusKey(s, r, book, styles);
        r++;
        text(s, r++, 0, "Status by priority", styles.bold());
        int head = r;
        List<String> heads = new ArrayList<>(List.of("Priority"));
        Cells.key(book).forEach(st -> heads.add(st.label()));
        heads.add("On track");
        header(s, r++, heads, styles.header());
        Map<Status, Integer> total = new EnumMap<>(Status.class);
        for (String p : book.priorities()) {
            Map<Status, Integer> counts = counts(p);
            counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
            r = countsRow(s, r, p, counts, styles.text(true));
        }
        r = countsRow(s, r, "All priorities", total, styles.bold());
        if (book.priorities().isEmpty()) {
            text(s, head + 1, 0, "No indicators in the catalogue.", styles.italic());
        }
        r++;
        r = exceptions(s, r);
        if (!book.notes().isEmpty()) {
            r++;
            text(s, r++, 0, "Notes", styles.bold());
            for (String n : book.notes()) {
                text(s, r++, 0, n, styles.plain());
            }
        }
        List<Picture> status = book.pictures().stream().filter(p -> p.indicatorId().isEmpty()).toList();
        if (!status.isEmpty()) {
            r++;
            text(s, r++, 0, "Status chart", styles.bold());
            Pictures pics = new Pictures((SXSSFWorkbook) s.getWorkbook(), s.getSheetName());
            pics.place(status.get(0), r, 0, status.get(0).widthIn());
            pics.finish();
            s.createRow(r).setHeightInPoints(Pictures.heightPoints(status.get(0), status.get(0).widthIn()));
            r++;
        }
        long errors = book.findings().stream().filter(Finding::isError).count();
        r++;
        text(s, r, 0, book.findings().isEmpty() ? "The returns raised no findings."
                : book.findings().size() + " findings (" + errors + " errors): see the Findings sheet. Figures "
                        + "with errors are not in this book.", styles.italic());
        Cells.widths(s, WIDTHS);
        Cells.landscape(s);
    }

    private int exceptions(Sheet s, int r) {
        text(s, r++, 0, "Exceptions: indicators that require improvement, or are slightly below the desired level "
                + "two periods running", styles.bold());
        header(s, r++, List.of("ID", "Indicator", "Priority", "Status", "Figure", "Target", "Commentary"), styles.header());
        int exceptions = 0;
        for (Assessment a : book.assessments()) {
            if (!a.isException()) {
                continue;
            }
            exceptions++;
            Row row = s.createRow(r++);
            Indicator ind = a.indicator();
            cell(row, 0, ind.id(), styles.text(false));
            cell(row, 1, ind.name(), styles.text(true));
            cell(row, 2, ind.priority(), styles.text(true));
            cell(row, 3, ScorecardSheet.statusWords(a), styles.status(a.status()));
            cell(row, 4, Display.evaluation(ind, a.current()), styles.figure());
            cell(row, 5, Display.target(ind, a.current() == null ? null : a.current().target()), styles.figure());
            cell(row, 6, a.current() == null ? "" : a.current().observation().commentary(), styles.text(true));
            fitHeight(row, WIDTHS);
        }
        if (exceptions == 0) {
            text(s, r++, 0, "None: no indicator requires improvement.", styles.italic());
        }
        return r;
    }

    private Map<Status, Integer> counts(String priority) {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            m.put(st, 0);
        }
        for (Assessment a : book.assessments()) {
            if (a.indicator().priority().equals(priority)) {
                m.merge(a.status(), 1, Integer::sum);
            }
        }
        return m;
    }

    private int countsRow(Sheet s, int r, String label, Map<Status, Integer> counts, CellStyle style) {
        Row row = s.createRow(r);
        cell(row, 0, label, style);
        int c = 1;
        for (Status st : Cells.key(book)) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(counts.getOrDefault(st, 0));
            cell.setCellStyle(style);
        }
        int green = counts.getOrDefault(Status.GREEN, 0);
        // not reported counts against the share: a missing return must not make the picture look better
        int rated = green + counts.getOrDefault(Status.AMBER, 0) + counts.getOrDefault(Status.RED, 0)
                + counts.getOrDefault(Status.NOT_REPORTED, 0);
        cell(row, c, rated == 0 ? "none rated" : green + " of " + rated + " ("
                + Math.round(100.0 * green / rated) + "%)", style);
        return r + 1;
    }
}
