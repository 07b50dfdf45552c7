package org.perfbook.book;

import static org.perfbook.book.Cells.cell;
import static org.perfbook.book.Cells.header;
import static org.perfbook.book.Cells.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.calc.Assessment;
import org.perfbook.xlsx.PrintSetUp;

/**
 * Every indicator's charts, one to a row beside the indicator they show, grouped by priority in the
 * scorecards' order. Kept off the scorecards so those print one page wide at a legible size; this
 * sheet prints A4 portrait, one chart under another.
 */
final class ChartsSheet implements BookSheet {

    /** How wide each chart is shown: the A4 portrait width left beside the indicator's name. */
    static final double CHART_WIDTH_IN = 5.2;
    private static final int NAME_CHARS = 30;
    private static final int CHART_COLUMN_CHARS = (int) Math.ceil((CHART_WIDTH_IN * 96 + 12) / 7);

    private final Book book;
    private final Styles styles;

    ChartsSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    @Override
    public void write(SXSSFSheet s) {
        int r = 0;
        text(s, r++, 0, "Charts: " + book.period().label(), styles.title());
        int headerRow = r;
        header(s, r++, List.of("Indicator", "Chart"), styles.header());
        Pictures pics = new Pictures((SXSSFWorkbook) s.getWorkbook(), s.getSheetName());
        for (String priority : book.priorities()) {
            boolean headed = false;
            for (Assessment a : book.assessments()) {
                if (!a.indicator().priority().equals(priority)) {
                    continue;
                }
                List<Picture> charts = book.pictures().stream()
                        .filter(p -> p.indicatorId().equals(a.indicator().id())).toList();
                if (charts.isEmpty()) {
                    continue;
                }
                if (!headed) {
                    text(s, r++, 0, priority, styles.bold());
                    headed = true;
                }
                for (Picture p : charts) {
                    Row row = s.createRow(r);
                    cell(row, 0, a.indicator().id() + " " + a.indicator().name(), styles.text(true));
                    pics.place(p, r, 1, CHART_WIDTH_IN);
                    row.setHeightInPoints(Pictures.heightPoints(p, CHART_WIDTH_IN));
                    r++;
                }
            }
        }
        s.setColumnWidth(0, NAME_CHARS * 256);
        s.setColumnWidth(1, CHART_COLUMN_CHARS * 256);
        pics.finish();
        PrintSetUp.fitToWidth(s);
        PrintSetUp.sideMargins(s, 0.4);
        PrintSetUp.repeatRows(s, headerRow, headerRow);
        PrintSetUp.printArea(s, 1, Math.max(headerRow, r - 1));
    }
}
