package org.perfbook.book;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.perfbook.model.Status;

/** How every sheet of the book writes its cells, rows, tables and print set-up. */
final class Cells {

    /** Excel's limit on the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    /** The statuses in the order the key and the counts show them. */
    private static final List<Status> KEY = List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED);

    /** The statuses the key and the counts show: "Not reported" only in a book where a return is missing. */
    static List<Status> key(Book book) {
        if (book.assessments().stream().noneMatch(a -> a.status() == Status.NOT_REPORTED)) {
            return KEY;
        }
        List<Status> key = new ArrayList<>(KEY);
        key.add(Status.NOT_REPORTED);
        return key;
    }

    private Cells() {
    }

    /** A new row holding one text cell. */
    static void text(Sheet s, int r, int c, String text, CellStyle style) {
        cell(s.createRow(r), c, text, style);
    }

    /** Always a string cell: text from a return such as "=HYPERLINK(...)" is never a formula. */
    static void cell(Row row, int c, String text, CellStyle style) {
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

    /** A number cell at full precision, left out when there is no number to show. */
    static void number(Row row, int c, Double v, Styles styles) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(styles.number());
    }

    static void header(Sheet s, int r, List<String> labels, CellStyle style) {
        Row row = s.createRow(r);
        for (int i = 0; i < labels.size(); i++) {
            cell(row, i, labels.get(i), style);
        }
    }

    /** The colour key for statuses, one row. */
    static int statusKey(Sheet s, int r, Book book, Styles styles) {
        Row row = s.createRow(r);
        cell(row, 0, "Key for performance:", styles.boldWrapped());
        int c = 1;
        for (Status st : key(book)) {
            cell(row, c++, st.wording(), styles.status(st));
        }
        return r + 1;
    }

    /**
     * Sets a row tall enough for its wrapped text. SXSSF cannot measure text and LibreOffice keeps
     * the default height of rows written without one, so the height is estimated from the text
     * length and the column widths (in characters).
     */
    static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell c : row) {
            int col = c.getColumnIndex();
            if (col >= widths.length || c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()) {
                continue;
            }
            double perLine = Math.max(4, widths[col] * 1.15 - 1);
            int n = 0;
            for (String paragraph : c.getStringCellValue().split("\n", -1)) {
                n += wrappedLines(paragraph, perLine);
            }
            lines = Math.max(lines, n);
        }
        float needed = lines * 12.8f + 3;
        if (lines > 1 && needed > row.getHeightInPoints()) {
            row.setHeightInPoints(Math.min(needed, 409));
        }
    }

    /** Column widths in characters, from the first column. */
    /** Lines a paragraph takes when wrapped at spaces, as Excel and LibreOffice wrap it. */
    static int wrappedLines(String paragraph, double perLine) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.split(" ")) {
            double w = word.length();
            if (used > 0 && used + 1 + w > perLine) {
                lines++;
                used = 0;
            }
            // a word longer than the line is broken across lines
            while (w > perLine) {
                lines++;
                w -= perLine;
            }
            used += (used > 0 ? 1 : 0) + w;
        }
        return lines;
    }

    static void widths(Sheet s, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Landscape, one page wide: how committee tables are printed. */
    static void landscape(Sheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * An Excel table over the streamed rows from the header row down to {@code lastRow}; its column
     * names must equal the header cells exactly.
     */
    static void table(SXSSFSheet s, String name, List<String> headings, int lastRow) {
        XSSFSheet xs = s.getWorkbook().getXSSFWorkbook().getSheet(s.getSheetName());
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
}
