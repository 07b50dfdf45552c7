package org.perfbook.book;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.model.ReturnReceipt;
import org.perfbook.text.PeriodWords;
import org.perfbook.text.ReturnWords;

/** Who owed a return for the book's period, and whether it arrived: received, late, superseded or missing. */
final class ReturnsSheet implements BookSheet {

    static final List<String> HEADINGS = List.of("Service", "Contact", "File", "Saved", "Due", "State", "Errors",
            "Warnings");
    private static final int[] WIDTHS = {30, 34, 50, 20, 18, 16, 9, 10};
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Book book;
    private final Styles styles;

    ReturnsSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        Cells.header(s, 0, HEADINGS, styles.header());
        int r = 1;
        for (ReturnReceipt receipt : book.receipts()) {
            Row row = s.createRow(r++);
            boolean missing = receipt.state() == ReturnReceipt.State.MISSING;
            Cells.cell(row, 0, receipt.service(), styles.text(true));
            Cells.cell(row, 1, receipt.contact(), styles.text(true));
            Cells.cell(row, 2, missing ? "(not received)" : receipt.file(), styles.text(true));
            Cells.cell(row, 3, receipt.saved() == null ? "" : SAVED.format(receipt.saved()), null);
            Cells.cell(row, 4, PeriodWords.day(receipt.due()), null);
            Cells.cell(row, 5, receipt.state().label(), missing || receipt.state() == ReturnReceipt.State.LATE
                    ? styles.bold() : null);
            if (!missing) {
                row.createCell(6).setCellValue(receipt.errors());
                row.createCell(7).setCellValue(receipt.warnings());
            }
            Cells.fitHeight(row, WIDTHS);
        }
        Cells.table(s, "ReturnsReceived", HEADINGS, r - 1);
        Cells.text(s, r + 1, 0, book.period().label() + ": " + ReturnWords.summary(book.receipts()) + ".",
                styles.italic());
        Cells.widths(s, WIDTHS);
        Cells.landscape(s);
        s.createFreezePane(0, 1);
    }
}
