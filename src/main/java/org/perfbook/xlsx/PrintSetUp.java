package org.perfbook.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets perfbook writes are printed: on A4, one page wide and as many pages tall as the rows
 * need, so a wide table never prints its last columns on a page of their own.
 */
public final class PrintSetUp {

    private PrintSetUp() {
    }

    /** A4, portrait, one page wide. */
    public static void fitToWidth(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    /** A4, landscape, one page wide: how committee tables are printed. */
    public static void landscape(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        fitToWidth(sheet);
    }

    /** Rows {@code first} to {@code last} (zero-based) printed at the top of every page. */
    public static void repeatRows(Sheet sheet, int first, int last) {
        sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
    }

    /** Left and right margins, in inches. */
    public static void sideMargins(Sheet sheet, double inches) {
        sheet.setMargin(PageMargin.LEFT, inches);
        sheet.setMargin(PageMargin.RIGHT, inches);
    }

    /** Prints columns 0 to {@code lastColumn} of rows 0 to {@code lastRow} (zero-based), with automatic page breaks. */
    public static void printArea(Sheet sheet, int lastColumn, int lastRow) {
        sheet.setAutobreaks(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }
}
