package org.perfbook.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfbook.xlsx.BadFiles;
import org.perfbook.xlsx.ZipEntries;

class TablesTest {

    @TempDir
    Path dir;

    @Test
    void rowNumbersAreWhereTheRowsAreInTheFile() throws Exception {
        Path csv = dir.resolve("rows.csv");
        // a blank line and a quoted cell over two lines: rows start on lines 2, 4 and 6
        Files.writeString(csv, "area,note\nA,x\n\nB,\"two\nlines\"\nC,y\n");
        Table t = Tables.read(csv);
        assertEquals(List.of(2, 4, 6), t.rowNumbers());
        assertEquals("two\nlines", t.rows().get(1).get(1));

        Path xlsx = dir.resolve("rows.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Data");
            s.createRow(2).createCell(0).setCellValue("area");
            s.createRow(3).createCell(0).setCellValue("A");
            s.createRow(6).createCell(0).setCellValue("B");
            wb.write(os);
        }
        assertEquals(List.of(4, 7), Tables.read(xlsx).rowNumbers(), "sheet rows as Excel numbers them");
    }

    @Test
    void aWorkbookTableKeepsNumbersAsStoredAndTheRestAsShown() throws Exception {
        Path p = dir.resolve("table.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Data");
            s.createRow(2).createCell(0).setCellValue(" Area ");
            s.getRow(2).createCell(1).setCellValue("Share");
            s.getRow(2).createCell(2).setCellValue("Flag");
            s.getRow(2).createCell(3).setCellValue("Error");
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("Burnley");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            r.createCell(1).setCellValue(0.25);
            r.getCell(1).setCellStyle(percent);
            r.createCell(2).setCellValue(true);
            r.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Table t = Tables.read(p);
        assertEquals(List.of("Area", "Share", "Flag", "Error"), t.header());
        assertEquals(List.of(List.of("Burnley", 0.25, "TRUE", "#DIV/0!")), t.rows());
    }

    @Test
    void aFormulaWithNoSavedResultSaysSoRatherThanBlankOrZero() throws Exception {
        Path p = dir.resolve("uncalculated.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("area");
            s.getRow(0).createCell(1).setCellValue("numerator");
            s.getRow(0).createCell(2).setCellValue("denominator");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("Burnley");
            var numerator = (org.apache.poi.xssf.usermodel.XSSFCell) r.createCell(1);
            numerator.setCellFormula("C2/10");
            if (numerator.getCTCell().isSetV()) {
                numerator.getCTCell().unsetV();
            }
            r.createCell(2).setCellValue(20000);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Table t = Tables.read(p);
        assertEquals(Tables.NO_RESULT, t.rows().get(0).get(1));
        StatsTable.Result computed = StatsTable.compute(t, p, org.perfbook.calc.Statistic.RATE, 10000, List.of(95.0));
        assertEquals(1, computed.failed(), "never computed from a 0 or a blank");
        List<Object> row = computed.table().rows().get(0);
        String note = (String) row.get(computed.table().column("note"));
        assertTrue(note.contains("no saved result") && note.contains("Excel"), note);
        assertEquals(null, row.get(computed.table().column("value")));
    }

    @Test
    void aWrittenWorkbookHasPlainDatedZipEntries() throws Exception {
        Path p = dir.resolve("out.xlsx");
        Tables.write(new Table(List.of("Area", "Value"), List.of(List.of("Burnley", 0.25))), p);
        ZipEntries.assertPlainAndDated(p);
        assertEquals(List.of(List.of("Burnley", 0.25)), Tables.read(p).rows());
    }

    @ParameterizedTest
    @EnumSource(BadFiles.Kind.class)
    void everyKindOfBadWorkbookIsOneLineNamingTheFile(BadFiles.Kind kind) throws IOException {
        Path p = BadFiles.write(dir, kind);
        TableFormatException e = assertThrows(TableFormatException.class, () -> Tables.read(p));
        String prefix = p + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        String message = e.getMessage().substring(prefix.length());
        assertFalse(message.contains("\n"), message);
        assertEquals(kind.problem.message(), message);
    }
}
