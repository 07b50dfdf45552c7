package org.perfbook.book;

import static org.perfbook.book.Cells.cell;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.model.Finding;

/** Every finding of the build as an Excel table, in file and cell order. */
final class FindingsSheet implements BookSheet {

    private static final List<String> HEADINGS = BookWriter.FINDING_HEADINGS;
    private static final int[] WIDTHS = {44, 10, 8, 9, 24, 100};

    private final Book book;
    private final Styles styles;

    FindingsSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        Cells.header(s, 0, HEADINGS, styles.header());
        int r = 1;
        for (Finding f : book.findings()) {
            Row row = s.createRow(r++);
            cell(row, 0, f.source().file(), null);
            cell(row, 1, f.source().sheet(), null);
            cell(row, 2, f.source().cell(), null);
            cell(row, 3, f.severity().label(), null);
            cell(row, 4, f.code(), null);
            cell(row, 5, f.message(), styles.text(true));
            Cells.fitHeight(row, WIDTHS);
        }
        if (book.findings().isEmpty()) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        Cells.table(s, "BuildFindings", HEADINGS, r - 1);
        Cells.widths(s, WIDTHS);
        Cells.landscape(s);
        s.createFreezePane(0, 1);
    }
}
