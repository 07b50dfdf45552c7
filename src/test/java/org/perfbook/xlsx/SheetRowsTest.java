package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Source;

class SheetRowsTest {

    @Test
    void rowsComeInOrderSkippingThoseThatDoNotExist() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Data");
            s.createRow(4).createCell(2).setCellValue(" x ");
            s.createRow(1).createCell(0).setCellValue(7);
            s.getRow(1).createCell(3).setCellValue("");
            SheetRows rows = SheetRows.of(s);
            List<Integer> seen = new ArrayList<>();
            rows.rows().forEach(r -> seen.add(r.index()));
            assertEquals(List.of(1, 4), seen);
            List<Integer> fromTwo = new ArrayList<>();
            rows.rows(2).forEach(r -> fromTwo.add(r.index()));
            assertEquals(List.of(4), fromTwo);
            assertEquals(4, rows.lastRow());
            assertNull(rows.row(2));
            assertEquals("x", rows.row(4).text(2));
            assertEquals("", rows.row(4).text(0));
            assertArrayEquals(new int[] {0, 3}, rows.row(1).columns());
            assertEquals(4, rows.row(1).width());
            assertEquals(7.0, rows.row(1).value(0).number());
            assertEquals("A2", rows.row(1).value(0).a1());
            assertTrue(rows.row(1).value(3).blank());
            assertFalse(rows.row(1).isBlank());
            assertEquals(-1, SheetRows.of(wb.createSheet("Empty")).lastRow());
        }
    }

    @Test
    void aMergedValueIsShownAcrossItsRegionAndSourcedAtItsTopLeft() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            Row r = s.createRow(2);
            r.createCell(1).setCellValue(93.5);
            s.addMergedRegion(new CellRangeAddress(2, 4, 1, 2));
            // Merges are indexed down to the last row that exists, not to the end of a whole-column merge.
            s.createRow(5);
            SheetRows rows = SheetRows.of(s);
            Merges m = rows.merges();
            assertFalse(m.isEmpty());
            assertEquals(new Merges.Region(2, 1, 4, 2), m.regionAt(4, 2));
            assertNull(m.regionAt(5, 2));
            assertEquals("93.5", rows.shownText(4, 2));
            CellReading x = rows.shownReading("a.xlsx", 3, 2);
            assertEquals(93.5, x.number());
            assertEquals(new Source("a.xlsx", "Return", "B3"), x.source());
            assertEquals(new Source("a.xlsx", "Return", "C6"), rows.shownReading("a.xlsx", 5, 2).source());
            assertEquals("", rows.shownText(2, -1));
        }
    }

    @Test
    void aFormulaHoldsSomethingEvenWithoutASavedResult() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            s.createRow(0).createCell(0).setCellFormula("1/0");
            SheetRows rows = SheetRows.of(s);
            assertTrue(rows.shownFormula(0, 0));
            assertFalse(rows.shownFormula(0, 1));
            assertEquals(CellValue.NO_RESULT, rows.row(0).value(0).error());
        }
    }
}
