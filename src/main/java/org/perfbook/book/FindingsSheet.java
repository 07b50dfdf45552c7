package org.perfbook.book;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.model.Finding;

/** Every finding of the build as an Excel table of {@link FindingColumn}s, in file and cell order. */
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
        int[] widths = FindingColumn.widths();
        Cells.header(s, 0, headings, styles.header());
        int r = 1;
        for (Finding f : book.findings()) {
            Row row = s.createRow(r++);
            for (FindingColumn column : FindingColumn.values()) {
                // only the message is long enough to wrap
                boolean wrap = column == FindingColumn.MESSAGE;
                Cells.cell(row, column.index(), column.value(f), wrap ? styles.text(true) : null);
            }
            Cells.fitHeight(row, widths);
        }
        if (book.findings().isEmpty()) {
            s.createRow(1).createCell(0).setCellValue("");
            r = 2;
        }
        Cells.table(s, "BuildFindings", headings, r - 1);
        Cells.widths(s, widths);
        Cells.landscape(s);
        s.createFreezePane(0, 1);
    }
}
