package org.perfbook.book;

import static org.perfbook.book.Cells.cell;
import static org.perfbook.book.Cells.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.perfbook.calc.Evaluation;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Target;

/** Every observation of every period as a tidy Excel table, numbers at full precision. */
final class DataSheet implements BookSheet {

    private static final List<String> HEADINGS = BookWriter.DATA_HEADINGS;
    private static final int[] WIDTHS = {9, 48, 26, 12, 16, 14, 12, 12, 13, 13, 12, 10, 12, 50};

    private final Book book;
    private final Styles styles;
    private final Map<String, Indicator> indicators = new HashMap<>();

    DataSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
        book.assessments().forEach(a -> indicators.put(a.indicator().id(), a.indicator()));
    }

    @Override
    public void write(SXSSFSheet s) {
        Cells.header(s, 0, HEADINGS, styles.header());
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
            number(row, 5, o.value(), styles.number());
            number(row, 6, o.numerator(), styles.number());
            number(row, 7, o.denominator(), styles.number());
            number(row, 8, e.interval95() == null ? null : e.interval95().lower(), styles.number());
            number(row, 9, e.interval95() == null ? null : e.interval95().upper(), styles.number());
            Target t = e.target();
            if (t != null && !t.isRange() && t.caveat().isEmpty()) {
                number(row, 10, t.low(), styles.number());
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
        Cells.table(s, "PerformanceData", HEADINGS, r - 1);
        Cells.widths(s, WIDTHS);
        s.createFreezePane(0, 1);
    }
}
