package org.perfbook.template;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfbook.xlsx.CellStyles;

/** The template's cell styles, each made once per workbook (pitfall W2). */
final class TemplateStyles {
    private static final IndexedColors BORDER = IndexedColors.GREY_50_PERCENT;

    final CellStyle title;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle heading;
    final CellStyle date;
    final CellStyle inputWanted;
    final CellStyle inputGreyed;
    final CellStyle inputText;
    final CellStyle inputDate;
    private final XSSFWorkbook wb;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    TemplateStyles(XSSFWorkbook wb) {
        this.wb = wb;
        Font bold = CellStyles.bold(wb);
        Font big = CellStyles.bold(wb, 14);

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
        CellStyles.fill(heading, IndexedColors.PALE_BLUE);
        CellStyles.thinBorder(heading, BORDER);

        date = wb.createCellStyle();
        date.setAlignment(HorizontalAlignment.LEFT);
        CellStyles.format(wb, date, "d mmmm yyyy");

        inputWanted = input(IndexedColors.LIGHT_YELLOW, false);
        inputGreyed = input(IndexedColors.GREY_25_PERCENT, false);
        inputText = input(IndexedColors.LIGHT_YELLOW, true);
        inputDate = input(IndexedColors.LIGHT_YELLOW, false);
        CellStyles.format(wb, inputDate, "d mmmm yyyy");
    }

    private CellStyle input(IndexedColors fill, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setLocked(false);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyles.fill(s, fill);
        CellStyles.thinBorder(s, BORDER);
        return s;
    }

    /** Locked number with the indicator's decimals, e.g. #,##0.0. */
    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return CellStyles.format(wb, s, CellStyles.numberFormat(d));
        });
    }
}
