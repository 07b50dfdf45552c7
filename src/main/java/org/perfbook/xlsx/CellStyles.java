package org.perfbook.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The pieces the workbooks perfbook writes build their cell styles from. Each call makes a new font
 * or style, so callers make each once per workbook and share it (a style per cell soon reaches
 * Excel's limit).
 */
public final class CellStyles {

    private CellStyles() {
    }

    /** A bold font at the default size. */
    public static Font bold(Workbook wb) {
        Font f = wb.createFont();
        f.setBold(true);
        return f;
    }

    /** A bold font at {@code points}. */
    public static Font bold(Workbook wb, int points) {
        Font f = bold(wb);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    /** A new style showing numbers (or text) with the Excel format {@code pattern}, e.g. "@" or "#,##0". */
    public static CellStyle formatted(Workbook wb, String pattern) {
        return format(wb, wb.createCellStyle(), pattern);
    }

    /** Gives {@code s} the Excel format {@code pattern}; returns {@code s}. */
    public static CellStyle format(Workbook wb, CellStyle s, String pattern) {
        s.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return s;
    }

    /** "#,##0" for whole numbers, "#,##0.0" for one decimal place, and so on. */
    public static String numberFormat(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** A solid background. */
    public static void fill(CellStyle s, IndexedColors colour) {
        s.setFillForegroundColor(colour.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** A thin border on all four sides in {@code colour}. */
    public static void thinBorder(CellStyle s, IndexedColors colour) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(colour.getIndex());
        s.setBottomBorderColor(colour.getIndex());
        s.setLeftBorderColor(colour.getIndex());
        s.setRightBorderColor(colour.getIndex());
    }
}
