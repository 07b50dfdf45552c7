package org.perfbook.book;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.xlsx.PrintSetUp;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.perfbook.model.FindingContext;

/**
 * Every finding of the build as Excel tables of {@link FindingColumn}s: this period's first, errors before
 * warnings, then, under a heading, those in earlier periods' returns, which earlier books already used.
 */
final class FindingsSheet implements BookSheet {

    private final Book book;
    private final Styles styles;

    FindingsSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        List<String> headings = FindingColumn.headings();
        Cells.header(s, 0, headings, styles.header());
        List<FindingContext> current = book.currentFindings();
        int r = rows(s, 1, current);
        if (current.isEmpty()) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        Cells.table(s, "BuildFindings", headings, r - 1);
        List<FindingContext> earlier = book.earlierFindings();
        if (!earlier.isEmpty()) {
            // a blank row between, so the tables stay apart and the first can grow in Excel
            r++;
            Row heading = s.createRow(r++);
            heading.setHeightInPoints(20);
            Cells.cell(heading, 0, heading(earlier), styles.title());
            Cells.text(s, r++, 0, "Earlier books used these returns; their figures still feed this book's trends "
                    + "and year-to-date totals. A corrected return goes in its period's folder.", styles.subtitle());
            int header = r;
            Cells.header(s, r++, headings, styles.header());
            r = rows(s, r, earlier);
            table(s, "EarlierFindings", headings, header, r - 1);
        }
        Cells.widths(s, FindingColumn.widths());
        Cells.landscape(s);
        PrintSetUp.sideMargins(s, 0.25);
        PrintSetUp.repeatRows(s, 0, 0);
        s.createFreezePane(0, 1);
    }

    /** "Earlier periods' returns: 2 errors and 40 warnings in the returns from 2019/20 Q1 to 2021/22 Q2". */
    static String heading(List<FindingContext> earlier) {
        long errors = earlier.stream().filter(FindingContext::isError).count();
        long warnings = earlier.size() - errors;
        // latest first, as the rows are
        List<String> periods = earlier.stream().map(f -> f.period().label()).distinct().toList();
        String listed = periods.size() == 1 ? "for " + periods.get(0)
                : periods.size() == 2 ? "for " + periods.get(1) + " and " + periods.get(0)
                : "from " + periods.get(periods.size() - 1) + " to " + periods.get(0);
        String counts = errors == 0 ? count(warnings, "warning") : warnings == 0 ? count(errors, "error")
                : count(errors, "error") + " and " + count(warnings, "warning");
        return "Earlier periods' returns: " + counts + " in the returns " + listed;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int rows(SXSSFSheet s, int r, List<FindingContext> findings) {
        int[] widths = FindingColumn.widths();
        for (FindingContext f : findings) {
            Row row = s.createRow(r++);
            for (FindingColumn column : FindingColumn.values()) {
                // the long texts wrap, so the sheet prints legibly one page wide; the rest sit at the top beside them
                Cells.cell(row, column.index(), column.value(f), styles.text(column == FindingColumn.MESSAGE
                        || column == FindingColumn.SERVICE || column == FindingColumn.FILE));
            }
            Cells.fitHeight(row, widths);
        }
        return r;
    }

    /** An Excel table whose header is row {@code header}, styled as {@link Cells#table} styles the first. */
    private static void table(SXSSFSheet s, String name, List<String> headings, int header, int lastRow) {
        XSSFTable t = s.getWorkbook().getXSSFWorkbook().getSheet(s.getSheetName()).createTable(
                new AreaReference(new CellReference(header, 0), new CellReference(lastRow, headings.size() - 1),
                        SpreadsheetVersion.EXCEL2007));
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
