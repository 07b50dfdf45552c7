package org.perfbook.book;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.perfbook.model.Status;

/** The book's cell styles, each made once: a workbook holds at most 64,000. */
final class Styles {

    private final Workbook wb;
    private final Map<String, CellStyle> cache = new HashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
    }

    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(true, 14, null, false));
            return s;
        });
    }

    CellStyle subtitle() {
        return cache.computeIfAbsent("subtitle", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(false, 10, "595959", true));
            return s;
        });
    }

    CellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setFont(font(true, 10, "FFFFFF", false));
            s.setFillForegroundColor(new XSSFColor(rgb("1F3864"), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            border(s);
            return s;
        });
    }

    /** Body text; wrapped where long text lives (names, commentary). */
    CellStyle text(boolean wrap) {
        return cache.computeIfAbsent("text" + wrap, k -> {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            border(s);
            return s;
        });
    }

    CellStyle figure() {
        return cache.computeIfAbsent("figure", k -> {
            CellStyle s = wb.createCellStyle();
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            border(s);
            return s;
        });
    }

    CellStyle italic() {
        return cache.computeIfAbsent("italic", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(false, 10, "404040", true));
            return s;
        });
    }

    CellStyle bold() {
        return cache.computeIfAbsent("bold", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(true, 10, null, false));
            border(s);
            return s;
        });
    }

    /** Bold, wrapping in a narrow column, top-aligned with its neighbours. */
    CellStyle boldWrapped() {
        return cache.computeIfAbsent("boldWrapped", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(true, 10, null, false));
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            border(s);
            return s;
        });
    }

    /** Plain numbers at full precision in the Data sheet; the format only limits what is shown. */
    CellStyle number() {
        return cache.computeIfAbsent("number", k -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat("#,##0.########"));
            return s;
        });
    }

    CellStyle plain() {
        return cache.computeIfAbsent("plain", k -> wb.createCellStyle());
    }

    /** Status cells: a fill and its words, so the status survives greyscale printing. */
    CellStyle status(Status status) {
        return cache.computeIfAbsent("status" + status, k -> {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            String[] c = colours(status);
            s.setFont(font(true, 10, c[1], false));
            s.setFillForegroundColor(new XSSFColor(rgb(c[0]), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            border(s);
            return s;
        });
    }

    /** Fill and text colours: light fills with dark text, distinct in lightness as well as hue. */
    static String[] colours(Status status) {
        return switch (status) {
            case GREEN -> new String[] {"C6EFCE", "006100"};
            case AMBER -> new String[] {"FFEB9C", "7F4F00"};
            case RED -> new String[] {"FFC7CE", "9C0006"};
            case NOT_RATED -> new String[] {"EDEDED", "404040"};
            case NOT_REPORTED -> new String[] {"BFBFBF", "000000"};
        };
    }

    private Font font(boolean bold, int points, String colour, boolean italic) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        f.setFontName("Calibri");
        if (colour != null) {
            f.setColor(new XSSFColor(rgb(colour), null));
        }
        return f;
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setBottomBorderColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
        s.setTopBorderColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
        s.setLeftBorderColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
        s.setRightBorderColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) 0xFF, (byte) (v >> 16), (byte) (v >> 8), (byte) v}; // ARGB: the schema wants 4 bytes
    }
}
