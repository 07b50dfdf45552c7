package org.perfbook.book;

import org.perfbook.text.Display;

import org.perfbook.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.perfbook.calc.Assessment;
import org.perfbook.calc.StatusBasis;
import org.perfbook.calc.BenchmarkComparison;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Benchmark;
import org.perfbook.model.Finding;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Status;
import org.perfbook.model.Target;

/**
 * Writes the performance book: Summary, one scorecard per priority, Data, Findings and About.
 * Streams with SXSSF so memory stays flat however many observations there are, and writes to a
 * temporary file that is moved into place only when complete.
 */
public final class BookWriter {

    public static final List<String> DATA_HEADINGS = List.of("ID", "Indicator", "Priority", "Period", "Breakdown",
            "Value", "Numerator", "Denominator", "Lower 95% CI", "Upper 95% CI", "Target", "Status", "Direction", "Source");
    public static final List<String> FINDING_HEADINGS = List.of("File", "Sheet", "Cell", "Severity", "Code", "Message");
    private static final int[] FINDING_WIDTHS = {44, 10, 8, 9, 24, 100};
    static final String SUMMARY = "Summary";
    static final String DATA = "Data";
    static final String FINDINGS = "Findings";
    static final String ABOUT = "About";
    /** How wide charts are shown beside their indicators, and the width of the columns that hold them. */
    static final double CHART_WIDTH_IN = 3.8;
    private static final int CHART_COLUMN_CHARS = (int) Math.ceil((CHART_WIDTH_IN * 96 + 12) / 7);
    /** Excel's limit on the text of one cell. */
    private static final int MAX_TEXT = 32_767;

    private final Book book;
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    private BookWriter(Book book, SXSSFWorkbook wb) {
        this.book = book;
        this.wb = wb;
        this.styles = new Styles(wb);
        book.assessments().forEach(a -> indicators.put(a.indicator().id(), a.indicator()));
    }

    /** Writes the book to {@code file}; on any failure the file is left as it was. */
    public static void write(Book book, Path file) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try {
            new BookWriter(book, wb).writeAll();
            SafeFiles.write(file, wb::write);
        } finally {
            wb.close();
        }
    }

    private void writeAll() {
        Map<String, String> sheetNames = sheetNames();
        writeSummary(sheetNames);
        for (String priority : book.priorities()) {
            writeScorecard(priority, sheetNames.get(priority));
        }
        writeData();
        writeFindings();
        writeAbout();
        wb.setActiveSheet(0);
    }

    /** Sheet names from priorities: legal, unique, and never one of the fixed sheets. */
    private Map<String, String> sheetNames() {
        Set<String> used = new HashSet<>(List.of(SUMMARY.toLowerCase(Locale.ROOT), DATA.toLowerCase(Locale.ROOT),
                FINDINGS.toLowerCase(Locale.ROOT), ABOUT.toLowerCase(Locale.ROOT)));
        Map<String, String> names = new LinkedHashMap<>();
        for (String p : book.priorities()) {
            String base = WorkbookUtil.createSafeSheetName(p.isBlank() ? "Indicators" : p);
            String name = base;
            for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
                String suffix = " (" + i + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            names.put(p, name);
        }
        return names;
    }

    // ---- Summary

    private void writeSummary(Map<String, String> sheetNames) {
        Sheet s = wb.createSheet(SUMMARY);
        int[] widths = {30, 44, 28, 24, 22, 18, 70};
        int r = 0;
        text(s, r++, 0, "Performance book: " + book.period().label(), styles.title());
        text(s, r++, 0, periodWords(book.period()) + ". Built " + book.builtAt().format(
                DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)) + " by perfbook " + book.version() + ".",
                styles.subtitle());
        r++;
        r = key(s, r);
        r++;
        text(s, r++, 0, "Status by priority", styles.bold());
        int head = r;
        header(s, r++, List.of("Priority", "Green", "Amber", "Red", "Not rated", "On track"));
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
        text(s, r++, 0, "Exceptions: indicators that require improvement, or are slightly below the desired level "
                + "two periods running", styles.bold());
        header(s, r++, List.of("ID", "Indicator", "Priority", "Status", "Figure", "Target", "Commentary"));
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
            cell(row, 3, statusWords(a), styles.status(a.status()));
            cell(row, 4, Display.evaluation(ind, a.current()), styles.figure());
            cell(row, 5, Display.target(ind, a.current() == null ? null : a.current().target()), styles.figure());
            cell(row, 6, a.current() == null ? "" : a.current().observation().commentary(), styles.text(true));
            fitHeight(row, widths);
        }
        if (exceptions == 0) {
            text(s, r++, 0, "None: no indicator requires improvement.", styles.italic());
        }
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
            Pictures pics = new Pictures(wb, s.getSheetName());
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
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        landscape(s);
    }

    private int key(Sheet s, int r) {
        Row row = s.createRow(r);
        cell(row, 0, "Key for performance:", styles.bold());
        int c = 1;
        for (Status st : List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED)) {
            cell(row, c++, st.wording(), styles.status(st));
        }
        return r + 1;
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
        for (Status st : List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED)) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(counts.getOrDefault(st, 0));
            cell.setCellStyle(style);
        }
        int green = counts.getOrDefault(Status.GREEN, 0);
        int rated = green + counts.getOrDefault(Status.AMBER, 0) + counts.getOrDefault(Status.RED, 0);
        cell(row, 5, rated == 0 ? "none rated" : green + " of " + rated + " ("
                + Math.round(100.0 * green / rated) + "%)", style);
        return r + 1;
    }

    // ---- Scorecards

    private void writeScorecard(String priority, String sheetName) {
        Sheet s = wb.createSheet(sheetName);
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
            heads.add("Q" + q.number() + " " + year.label() + " (" + monthsShort(q) + ")");
        }
        heads.addAll(List.of(year.label() + " target", "Status", "Direction of travel", "vs England", "vs North West",
                "vs statistical neighbours", "Commentary"));
        int r = 0;
        text(s, r++, 0, priority + ": " + book.period().label(), styles.title());
        r = key(s, r);
        r++;
        header(s, r++, heads);
        s.createFreezePane(2, r);
        int firstQuarter = 7;
        int after = firstQuarter + quarters.size();
        int chartColumn = heads.size();
        int[] widths = new int[heads.size()];
        java.util.Arrays.fill(widths, 16);
        widths[0] = 9;
        widths[1] = 42;
        widths[2] = 12;
        widths[3] = 20;
        widths[4] = 8;
        widths[after + 1] = 16;
        widths[after + 2] = 15;
        widths[heads.size() - 1] = 60;
        Pictures pics = new Pictures(wb, sheetName);
        int maxCharts = 0;
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
            cell(row, 4, ind.polarity().label(), styles.text(false));
            int c = 5;
            for (Period y : List.of(year.previous().previous(), year.previous())) {
                Evaluation e = a.outturns().get(y);
                cell(row, c++, e == null ? "" : Display.figure(ind, e.observation()), styles.figure());
            }
            for (Period q : quarters) {
                Evaluation e = a.thisYear().stream().filter(x -> x.observation().period().equals(q)).findFirst().orElse(null);
                cell(row, c++, Display.evaluation(ind, e), styles.figure());
            }
            Target target = a.current() != null ? a.current().target() : null;
            if (target == null && a.current() == null) {
                target = a.indicator().target();
            }
            String targetText = Display.target(ind, target);
            if (a.current() != null && a.current().yearToDate() != null && a.current().yearToDate().proRataTarget() != null
                    && a.current().yearToDate().fractionElapsed() < 1) {
                targetText += "; pro rata " + Display.target(ind, a.current().yearToDate().proRataTarget())
                        + "; forecast " + Display.value(ind, a.current().yearToDate().forecastYearEnd());
            }
            cell(row, after, targetText, styles.figure());
            cell(row, after + 1, statusWords(a), styles.status(a.status()));
            cell(row, after + 2, a.current() == null ? "" : direction(a), styles.text(true));
            cell(row, after + 3, comparison(a, Benchmark.ENGLAND), styles.text(true));
            cell(row, after + 4, comparison(a, Benchmark.REGION), styles.text(true));
            cell(row, after + 5, comparison(a, Benchmark.NEIGHBOURS), styles.text(true));
            cell(row, after + 6, a.current() == null ? "No figure this period." : a.current().observation().commentary(),
                    styles.text(true));
            List<Picture> charts = book.pictures().stream().filter(p -> p.indicatorId().equals(ind.id())).toList();
            float height = 0;
            for (int k = 0; k < charts.size(); k++) {
                pics.place(charts.get(k), row.getRowNum(), chartColumn + k, CHART_WIDTH_IN);
                height = Math.max(height, Pictures.heightPoints(charts.get(k), CHART_WIDTH_IN));
            }
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            fitHeight(row, widths);
            maxCharts = Math.max(maxCharts, charts.size());
            if (!a.breakdown().isEmpty()) {
                Row label = s.createRow(r++);
                cell(label, 1, "Breakdown by " + (ind.breakdown().isEmpty() ? "area" : ind.breakdown().toLowerCase(Locale.ROOT))
                        + ", " + a.period().label(), styles.italic());
                for (Evaluation e : a.breakdown()) {
                    Row br = s.createRow(r++);
                    cell(br, 1, "    " + e.observation().breakdown(), styles.text(false));
                    int col = quarters.isEmpty() ? 6 : after - 1;
                    cell(br, col, Display.figure(ind, e.observation()), styles.figure());
                    if (e.interval95() != null) {
                        cell(br, after + 2, "95% CI " + Display.value(ind, e.interval95().lower()) + " to "
                                + Display.value(ind, e.interval95().upper()), styles.text(true));
                    }
                    fitHeight(br, widths);
                }
            }
        }
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        for (int k = 0; k < maxCharts; k++) {
            s.setColumnWidth(chartColumn + k, CHART_COLUMN_CHARS * 256);
        }
        pics.finish();
        landscape(s);
    }

    /** Landscape, one page wide: how committee tables are printed. */
    private static void landscape(Sheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    private static String statusWords(Assessment a) {
        String s = a.status().wording();
        if (a.statusBasis() == StatusBasis.BENCHMARK) {
            s += " (against England; no target)";
        }
        return s;
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
        if (comparator.equals(Benchmark.NEIGHBOURS) && a.rank() != null) {
            s += "; ranked " + a.rank().describe() + " among the authorities given";
        }
        return s;
    }

    // ---- Data

    private void writeData() {
        SXSSFSheet s = wb.createSheet(DATA);
        header(s, 0, DATA_HEADINGS);
        int r = 1;
        for (Evaluation e : book.data()) {
            Observation o = e.observation();
            Indicator ind = indicators.get(o.indicatorId());
            Row row = s.createRow(r++);
            cell(row, 0, o.indicatorId(), null);
            cell(row, 1, ind == null ? "" : ind.name(), null);
            cell(row, 2, ind == null ? "" : ind.priority(), null);
            cell(row, 3, o.period().label(), null);
            cell(row, 4, o.breakdown(), null);
            number(row, 5, o.value());
            number(row, 6, o.numerator());
            number(row, 7, o.denominator());
            number(row, 8, e.interval95() == null ? null : e.interval95().lower());
            number(row, 9, e.interval95() == null ? null : e.interval95().upper());
            Target t = e.target();
            if (t != null && !t.isRange() && t.caveat().isEmpty()) {
                number(row, 10, t.low());
            } else {
                cell(row, 10, t == null ? "" : t.toString(), null);
            }
            cell(row, 11, e.status().label(), null);
            cell(row, 12, e.direction().label(), null);
            cell(row, 13, o.source().toString(), null);
        }
        if (book.data().isEmpty()) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        table(s, "PerformanceData", DATA_HEADINGS, r - 1);
        int[] widths = {9, 48, 26, 12, 16, 14, 12, 12, 13, 13, 12, 10, 12, 50};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
    }

    /** An Excel table over the streamed rows; its column names must equal the header cells exactly. */
    private void table(SXSSFSheet s, String name, List<String> headings, int lastRow) {
        XSSFSheet xs = wb.getXSSFWorkbook().getSheet(s.getSheetName());
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(Math.max(1, lastRow), headings.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable t = xs.createTable(area);
        t.setName(name);
        t.setDisplayName(name);
        for (int i = 0; i < headings.size(); i++) {
            t.getCTTable().getTableColumns().getTableColumnArray(i).setName(headings.get(i));
        }
        t.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
        t.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        t.getCTTable().getTableStyleInfo().setShowColumnStripes(false);
    }

    // ---- Findings and About

    private void writeFindings() {
        SXSSFSheet s = wb.createSheet(FINDINGS);
        header(s, 0, FINDING_HEADINGS);
        int r = 1;
        for (Finding f : book.findings()) {
            Row row = s.createRow(r++);
            cell(row, 0, f.source().file(), null);
            cell(row, 1, f.source().sheet(), null);
            cell(row, 2, f.source().cell(), null);
            cell(row, 3, f.severity().label(), null);
            cell(row, 4, f.code(), null);
            cell(row, 5, f.message(), styles.text(true));
            fitHeight(row, FINDING_WIDTHS);
        }
        if (book.findings().isEmpty()) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        table(s, "BuildFindings", FINDING_HEADINGS, r - 1);
        for (int i = 0; i < FINDING_WIDTHS.length; i++) {
            s.setColumnWidth(i, FINDING_WIDTHS[i] * 256);
        }
        landscape(s);
        s.createFreezePane(0, 1);
    }

    private void writeAbout() {
        Sheet s = wb.createSheet(ABOUT);
        int r = 0;
        text(s, r++, 0, "About this book", styles.title());
        r = pair(s, r, "Period", book.period().label() + " (" + periodWords(book.period()) + ")");
        r = pair(s, r, "Built", book.builtAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        r = pair(s, r, "perfbook version", book.version());
        r = pair(s, r, "Indicators", Integer.toString(book.assessments().size()));
        r = pair(s, r, "Observations", Integer.toString(book.data().size()));
        r = pair(s, r, "Findings", Integer.toString(book.findings().size()));
        r++;
        text(s, r++, 0, "Input files", styles.bold());
        header(s, r++, List.of("File", "Role", "Bytes", "SHA-256"));
        for (Book.InputFile f : book.inputs()) {
            Row row = s.createRow(r++);
            cell(row, 0, f.name(), styles.text(false));
            cell(row, 1, f.role(), styles.text(false));
            Cell bytes = row.createCell(2);
            bytes.setCellValue(f.bytes());
            cell(row, 3, f.sha256(), styles.text(false));
        }
        int[] widths = {50, 22, 12, 68};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        landscape(s);
    }

    private int pair(Sheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        cell(row, 0, label, styles.bold());
        cell(row, 1, value, styles.plain());
        return r + 1;
    }

    // ---- cells

    /**
     * Sets a row tall enough for its wrapped text. SXSSF cannot measure text and LibreOffice keeps
     * the default height of rows written without one, so the height is estimated from the text
     * length and the column widths (in characters).
     */
    static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell c : row) {
            int col = c.getColumnIndex();
            if (col >= widths.length || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                    || !c.getCellStyle().getWrapText()) {
                continue;
            }
            double perLine = Math.max(4, widths[col] * 1.15 - 1);
            int n = 0;
            for (String paragraph : c.getStringCellValue().split("\n", -1)) {
                n += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
            }
            lines = Math.max(lines, n);
        }
        float needed = lines * 12.8f + 3;
        if (lines > 1 && needed > row.getHeightInPoints()) {
            row.setHeightInPoints(Math.min(needed, 409));
        }
    }

    private void header(Sheet s, int r, List<String> labels) {
        Row row = s.createRow(r);
        for (int i = 0; i < labels.size(); i++) {
            cell(row, i, labels.get(i), styles.header());
        }
    }

    private static void text(Sheet s, int r, int c, String text, CellStyle style) {
        cell(s.createRow(r), c, text, style);
    }

    /** Always a string cell: text from a return such as "=HYPERLINK(...)" is never a formula. */
    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        String t = text == null ? "" : text;
        if (t.length() > MAX_TEXT) {
            t = t.substring(0, MAX_TEXT - 40) + " [cut: longer than Excel allows]";
        }
        cell.setCellValue(t);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void number(Row row, int c, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(styles.number());
    }

    static String periodWords(Period p) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        return p.start().format(month) + " to " + p.end().format(month);
    }

    private static String monthsShort(Period q) {
        DateTimeFormatter m = DateTimeFormatter.ofPattern("MMM", Locale.UK);
        return q.start().format(m) + "–" + q.end().format(m);
    }
}
