package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The print set-up, protection and style pieces the writers share. */
class SheetWritingTest {

    @Test
    void landscapeIsA4OnePageWide() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Return");
            PrintSetUp.landscape(s);
            PrintSetUp.repeatRows(s, 6, 6);
            PrintSetUp.sideMargins(s, 0.4);
            PrintSetUp.printArea(s, 11, 20);
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(0, s.getPrintSetup().getFitHeight());
            assertEquals("7:7", s.getRepeatingRows().formatAsString());
            assertEquals(0.4, s.getMargin(PageMargin.LEFT));
            assertEquals(0.4, s.getMargin(PageMargin.RIGHT));
            assertEquals("Return!$A$1:$L$21", wb.getPrintArea(0));

            XSSFSheet portrait = wb.createSheet("Guidance");
            PrintSetUp.fitToWidth(portrait);
            assertFalse(portrait.getPrintSetup().getLandscape());
            assertTrue(portrait.getFitToPage());
        }
    }

    @Test
    void protectionHasNoPasswordHash() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Return");
            Protection.withoutPassword(s);
            assertTrue(s.getProtect());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetPassword());
        }
    }

    @Test
    void stylePieces() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            assertTrue(CellStyles.bold(wb).getBold());
            assertEquals(14, CellStyles.bold(wb, 14).getFontHeightInPoints());
            assertEquals("#,##0", CellStyles.numberFormat(0));
            assertEquals("#,##0.00", CellStyles.numberFormat(2));
            assertEquals("@", CellStyles.formatted(wb, "@").getDataFormatString());
            CellStyle s = wb.createCellStyle();
            CellStyles.fill(s, IndexedColors.PALE_BLUE);
            CellStyles.thinBorder(s, IndexedColors.GREY_50_PERCENT);
            assertEquals(FillPatternType.SOLID_FOREGROUND, s.getFillPattern());
            assertEquals(IndexedColors.PALE_BLUE.getIndex(), s.getFillForegroundColor());
            assertEquals(BorderStyle.THIN, s.getBorderLeft());
            assertEquals(IndexedColors.GREY_50_PERCENT.getIndex(), s.getRightBorderColor());
        }
    }
}
