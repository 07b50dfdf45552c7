package org.perfbook.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.files.SafeFiles;
import org.perfbook.model.Settings;
import org.perfbook.files.PackageParts;
import org.perfbook.xlsx.Streaming;

/**
 * Writes the performance book: Summary, one scorecard per priority, Data, Findings and About.
 * Streams with SXSSF so memory stays flat however many observations there are, and writes to a
 * temporary file that is moved into place only when complete. Pictures are saved as small stand-ins
 * and streamed into their places afterwards ({@link PackageParts}), so memory does not grow with
 * the number of charts.
 *
 * <p>This class only names the sheets and puts them in order; each sheet's class writes its cells.
 * A new sheet is a {@link BookSheet} put in its place in {@link #sheets}, with its name in {@link #FIXED}.
 */
public final class BookWriter {

    static final String SUMMARY = "Summary";
    static final String CHARTS = "Charts";
    static final String SPINE = "Spine charts";
    static final String DATA = "Data";
    static final String FINDINGS = "Findings";
    static final String RETURNS = "Returns";
    static final String ABOUT = "About";
    /** Sheets a book has; a scorecard never takes one of their names. */
    private static final List<String> FIXED = List.of(SUMMARY, SPINE, CHARTS, DATA, FINDINGS, RETURNS, ABOUT);

    private BookWriter() {
    }

    /** Writes the book to {@code file}; on any failure the file is left as it was. */
    public static void write(Book book, Path file) throws IOException {
        write(book, Settings.DEFAULTS, file);
    }

    /** As {@link #write(Book, Path)}, the sentences naming the authority of {@code settings}. */
    public static void write(Book book, Settings settings, Path file) throws IOException {
        SXSSFWorkbook wb = Streaming.newWorkbook(200, true, true);
        try {
            sheets(book, new Styles(wb), settings).forEach((name, sheet) -> sheet.write(wb.createSheet(name)));
            wb.setActiveSheet(0);
            Map<String, PackageParts.Content> pictures = Picture.parts(wb.getXSSFWorkbook().getPackage(), book.pictures());
            SafeFiles.write(file, out -> PackageParts.write(o -> Streaming.write(wb, o), pictures, out));
        } finally {
            wb.close();
        }
    }

    /** The book's sheets by name, in the order they appear. */
    private static Map<String, BookSheet> sheets(Book book, Styles styles, Settings settings) {
        Map<String, BookSheet> sheets = new LinkedHashMap<>();
        sheets.put(SUMMARY, new SummarySheet(book, styles));
        scorecardNames(book.priorities()).forEach((priority, name) ->
                sheets.put(name, new ScorecardSheet(book, styles, priority, settings)));
        if (!SpineSheet.spines(book).isEmpty()) {
            sheets.put(SPINE, new SpineSheet(book, styles));
        }
        sheets.put(CHARTS, new ChartsSheet(book, styles));
        sheets.put(DATA, new DataSheet(book, styles, settings));
        sheets.put(FINDINGS, new FindingsSheet(book, styles));
        if (!book.receipts().isEmpty()) {
            sheets.put(RETURNS, new ReturnsSheet(book, styles));
        }
        sheets.put(ABOUT, new AboutSheet(book, styles));
        return sheets;
    }

    /** Sheet names from priorities: legal, unique, and never one of the fixed sheets. */
    private static Map<String, String> scorecardNames(List<String> priorities) {
        Set<String> used = new HashSet<>();
        FIXED.forEach(f -> used.add(f.toLowerCase(Locale.ROOT)));
        Map<String, String> names = new LinkedHashMap<>();
        for (String p : priorities) {
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
}
