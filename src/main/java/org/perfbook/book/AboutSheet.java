package org.perfbook.book;

import static org.perfbook.book.Cells.cell;
import static org.perfbook.book.Cells.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.xlsx.PrintSetUp;
import org.perfbook.text.PeriodWords;

/**
 * How the book was made: period, build time, version, counts, every input file with its checksum,
 * and the returns read with who to ask about them.
 */
final class AboutSheet implements BookSheet {

    /** A return's path ("workbooks/returns/2021-22-Q3/adult-safeguarding-and-quality-2021-22-Q3.xlsx") fits. */
    private static final int[] WIDTHS = {72, 22, 12, 68};

    private final Book book;
    private final Styles styles;

    AboutSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        int r = 0;
        text(s, r++, 0, "About this book", styles.title());
        r = pair(s, r, "Period", book.period().label() + " (" + PeriodWords.months(book.period()) + ")");
        r = pair(s, r, "Built", book.builtAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        r = pair(s, r, "perfbook version", book.version());
        r = pair(s, r, "Indicators", Integer.toString(book.assessments().size()));
        r = pair(s, r, "Observations", Integer.toString(book.data().size()));
        r = pair(s, r, "Findings", Integer.toString(book.findings().size()));
        r++;
        text(s, r++, 0, "Input files", styles.bold());
        Cells.header(s, r++, List.of("File", "Role", "Bytes", "SHA-256"), styles.header());
        for (Book.InputFile f : book.inputs()) {
            Row row = s.createRow(r++);
            cell(row, 0, f.name(), styles.text(false));
            cell(row, 1, f.role(), styles.text(false));
            Cell bytes = row.createCell(2);
            bytes.setCellValue(f.bytes());
            cell(row, 3, f.sha256(), styles.text(false));
        }
        if (!book.returns().isEmpty()) {
            r = returnsRead(s, r + 1);
        }
        Cells.widths(s, WIDTHS);
        Cells.landscape(s);
        PrintSetUp.sideMargins(s, 0.4);
    }

    /** The period beside the service because the figures of earlier periods' returns are in the book too. */
    private int returnsRead(Sheet s, int r) {
        text(s, r++, 0, "Returns read", styles.bold());
        Cells.header(s, r++, List.of("File", "Service", "Period", "Contact"), styles.header());
        for (Book.ReturnRead read : book.returns()) {
            Row row = s.createRow(r++);
            cell(row, 0, read.file(), styles.text(false));
            cell(row, 1, read.service(), styles.text(true));
            cell(row, 2, read.period() == null ? "" : read.period().label(), styles.text(false));
            cell(row, 3, read.contact(), styles.text(true));
            Cells.fitHeight(row, WIDTHS);
        }
        return r;
    }

    private int pair(Sheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        cell(row, 0, label, styles.bold());
        cell(row, 1, value, styles.plain());
        return r + 1;
    }
}
