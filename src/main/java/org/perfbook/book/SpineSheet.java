package org.perfbook.book;

import static org.perfbook.book.Cells.text;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfbook.xlsx.PrintSetUp;

/**
 * One spine chart per priority, one under another: where the authority stands among every English
 * authority, indicator by indicator. The chart carries its own table of figures; printed A4
 * landscape, one page wide.
 */
final class SpineSheet implements BookSheet {

    /** The charts' names start with this (the chart set names them so). */
    static final String PREFIX = "spine-";
    private static final int COLUMN_CHARS = 150;

    private final Book book;
    private final Styles styles;

    SpineSheet(Book book, Styles styles) {
        this.book = book;
        this.styles = styles;
    }

    static List<Picture> spines(Book book) {
        return book.pictures().stream().filter(p -> p.indicatorId().isEmpty() && p.name().startsWith(PREFIX)).toList();
    }

    @Override
    public void write(SXSSFSheet s) {
        int r = 0;
        text(s, r++, 0, "Spine charts: " + book.period().label(), styles.title());
        // short lines: a long one would run past the printed page
        text(s, r++, 0, "Each indicator's figure among every English authority's in the catalogue, England in the middle "
                + "and the best always to the right.", styles.plain());
        text(s, r++, 0, "Bars: the worst quarter, the middle half (between the quartiles) and the best quarter.",
                styles.plain());
        r++;
        Pictures pics = new Pictures((SXSSFWorkbook) s.getWorkbook(), s.getSheetName());
        for (Picture p : spines(book)) {
            pics.place(p, r, 0, p.widthIn());
            s.createRow(r).setHeightInPoints(Pictures.heightPoints(p, p.widthIn()));
            r += 2;
        }
        s.setColumnWidth(0, COLUMN_CHARS * 256);
        pics.finish();
        PrintSetUp.landscape(s);
        PrintSetUp.fitToWidth(s);
        PrintSetUp.printArea(s, 0, Math.max(0, r - 1));
    }
}
