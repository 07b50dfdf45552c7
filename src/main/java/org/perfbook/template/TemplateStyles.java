package org.perfbook.template;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The template's cell styles, each made once per workbook (pitfall W2). */
final class TemplateStyles {
    final CellStyle title;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle heading;
    final CellStyle date;
    final CellStyle inputWanted;
    final CellStyle inputGreyed;
    final CellStyle inputText;
    private final XSSFWorkbook wb;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    TemplateStyles(XSSFWorkbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        plain = wb.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(heading);

        date = wb.createCellStyle();
        date.setAlignment(HorizontalAlignment.LEFT);
        date.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));

        inputWanted = input(IndexedColors.LIGHT_YELLOW, false);
        inputGreyed = input(IndexedColors.GREY_25_PERCENT, false);
        inputText = input(IndexedColors.LIGHT_YELLOW, true);
    }

    private CellStyle input(IndexedColors fill, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setLocked(false);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(s);
        return s;
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }

    /** Locked number with the indicator's decimals, e.g. #,##0.0. */
    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            return s;
        });
    }
}
