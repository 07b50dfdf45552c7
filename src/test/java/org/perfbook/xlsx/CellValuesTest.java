package org.perfbook.xlsx;

import org.perfbook.testing.ReturnsTestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfbook.model.Source;
import org.perfbook.xlsx.CellReading.Kind;

class CellValuesTest {

    private static final Source AT = new Source("hw.xlsx", "Return", "J8");

    // Cells starting with # are quoted: an unquoted # line is a comment in a CSV text block.
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        1,234                  | NUMBER        | 1234    | false
        93%                    | NUMBER        | 93      | true
        £300,000               | NUMBER        | 300000  | false
        ' 56 '                 | NUMBER        | 56      | false
        -12.5                  | NUMBER        | -12.5   | false
        +7                     | NUMBER        | 7       | false
        -2.28%                 | NUMBER        | -2.28   | true
        −3                     | NUMBER        | -3      | false
        -£1,234.50             | NUMBER        | -1234.5 | false
        (1,234)                | NUMBER        | -1234   | false
        (£1,234)               | NUMBER        | -1234   | false
        0.93                   | NUMBER        | 0.93    | false
        .5                     | NUMBER        | 0.5     | false
        93 %                   | NUMBER        | 93      | true
        1,234,567.5            | NUMBER        | 1234567.5 | false
        43%*                   | GUESSED       | 43      | true
        93.02% (40 out of 43)  | GUESSED       | 93.02   | true
        12.68 days             | GUESSED       | 12.68   | false
        1,234 approx           | GUESSED       | 1234    | false
        0 investment           | GUESSED       | 0       | false
        1,23                   | TEXT          | null    | false
        1234,567               | TEXT          | null    | false
        18 841                 | TEXT          | null    | false
        31/03/2025             | TEXT          | null    | false
        £17.39m                | TEXT          | null    | false
        124k                   | TEXT          | null    | false
        nil                    | TEXT          | null    | false
        approx. 127 people     | TEXT          | null    | false
        New measure starting from Q1 2020/21 | TEXT | null | false
        '(40 out of 43)'       | TEXT          | null    | false
        n/a                    | NOT_AVAILABLE | null    | false
        N/A                    | NOT_AVAILABLE | null    | false
        NA                     | NOT_AVAILABLE | null    | false
        n.a.                   | NOT_AVAILABLE | null    | false
        -                      | NOT_AVAILABLE | null    | false
        –                      | NOT_AVAILABLE | null    | false
        —                      | NOT_AVAILABLE | null    | false
        Not Available          | NOT_AVAILABLE | null    | false
        '#DIV/0!'              | ERROR         | null    | false
        '#N/A'                 | ERROR         | null    | false
        '#REF!'                | ERROR         | null    | false
        '#VALUE!'              | ERROR         | null    | false
        '#NAME?'               | ERROR         | null    | false
        '#NUM!'                | ERROR         | null    | false
        '#NULL!'               | ERROR         | null    | false
        '#1 priority'          | TEXT          | null    | false
        """)
    void readsTextAsPeopleTypeIt(String typed, Kind kind, Double number, boolean percent) {
        CellReading r = CellValues.text(typed, AT);
        assertEquals(kind, r.kind(), typed);
        assertEquals(number, r.number(), typed);
        assertEquals(percent, r.percent(), typed);
        assertEquals(AT, r.source());
    }

    @Test
    void trimsNonBreakingSpacesAndTabs() {
        CellReading r = CellValues.text("\u00A0\t1,234\u00A0 ", AT);
        assertEquals(Kind.NUMBER, r.kind());
        assertEquals(1234.0, r.number());
        assertEquals("1,234", r.typed());
        assertEquals(Kind.BLANK, CellValues.text("\u00A0 \t", AT).kind());
        assertEquals(Kind.NOT_AVAILABLE, CellValues.text("\tn/a\u00A0", AT).kind());
    }

    @Test
    void nullCellIsBlankAtTheGivenPlace() {
        CellReading r = CellValues.read(null, "hw.xlsx", "Return", 8, 7);
        assertEquals(Kind.BLANK, r.kind());
        assertEquals("", r.typed());
        assertEquals(new Source("hw.xlsx", "Return", "H9"), r.source());
    }

    @Test
    void numberCellsReadAsDisplayedWithPercentFormatsScaled() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("Return").createRow(0);
            Cell plain = row.createCell(0);
            plain.setCellValue(1234.5);
            Cell pct = row.createCell(1);
            pct.setCellValue(0.93);
            CellStyle p = wb.createCellStyle();
            p.setDataFormat(wb.createDataFormat().getFormat("0%"));
            pct.setCellStyle(p);
            Cell pct1 = row.createCell(2);
            pct1.setCellValue(0.9302);
            CellStyle p1 = wb.createCellStyle();
            p1.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            pct1.setCellStyle(p1);

            CellReading a = CellValues.read(plain, "f", "Return", 0, 0);
            assertEquals(Kind.NUMBER, a.kind());
            assertEquals(1234.5, a.number());
            assertFalse(a.percent());
            assertEquals("1234.5", a.typed());

            CellReading b = CellValues.read(pct, "f", "Return", 0, 1);
            assertEquals(Kind.NUMBER, b.kind());
            assertEquals(93.0, b.number());
            assertTrue(b.percent());
            assertEquals("93%", b.typed());

            CellReading c = CellValues.read(pct1, "f", "Return", 0, 2);
            assertEquals(93.02, c.number());
            assertEquals("93.0%", c.typed());
        }
    }

    @Test
    void aDateWhereANumberBelongsIsText() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell c = wb.createSheet("Return").createRow(0).createCell(0);
            c.setCellValue(LocalDate.of(2025, 3, 31));
            CellStyle d = wb.createCellStyle();
            d.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            c.setCellStyle(d);
            CellReading r = CellValues.read(c, "f", "Return", 0, 0);
            assertEquals(Kind.TEXT, r.kind());
            assertNull(r.number());
            assertEquals("31/03/2025", r.typed());
        }
    }

    @Test
    void booleanIsTextAndStringCellsAreParsed() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("Return").createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue("£300,000");
            row.createCell(2).setCellValue("43%*");
            assertEquals(Kind.TEXT, CellValues.read(row.getCell(0), "f", "Return", 0, 0).kind());
            assertEquals("TRUE", CellValues.read(row.getCell(0), "f", "Return", 0, 0).typed());
            CellReading money = CellValues.read(row.getCell(1), "f", "Return", 0, 1);
            assertEquals(Kind.NUMBER, money.kind());
            assertEquals(300000.0, money.number());
            assertEquals("£300,000", money.typed());
            CellReading guessed = CellValues.read(row.getCell(2), "f", "Return", 0, 2);
            assertEquals(Kind.GUESSED, guessed.kind());
            assertEquals(43.0, guessed.number());
            assertTrue(guessed.percent());
        }
    }

    @Test
    void formulaUsesTheCachedResultAndNeverEvaluates() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("Return").createRow(0);
            Cell n = row.createCell(0);
            n.setCellFormula("40/43*100");
            n.setCellValue(93.02); // the cached result, deliberately not what the formula gives
            Cell s = row.createCell(1);
            s.setCellFormula("\"n/a\"");
            s.setCellValue("n/a");
            Cell pct = row.createCell(2);
            pct.setCellFormula("40/43");
            pct.setCellValue(0.93);
            CellStyle p = wb.createCellStyle();
            p.setDataFormat(wb.createDataFormat().getFormat("0%"));
            pct.setCellStyle(p);

            CellReading a = CellValues.read(n, "f", "Return", 0, 0);
            assertEquals(Kind.NUMBER, a.kind());
            assertEquals(93.02, a.number());
            assertEquals("93.02", a.typed());
            assertEquals(Kind.NOT_AVAILABLE, CellValues.read(s, "f", "Return", 0, 1).kind());
            CellReading c = CellValues.read(pct, "f", "Return", 0, 2);
            assertEquals(93.0, c.number());
            assertTrue(c.percent());
        }
    }

    @Test
    void formulaWithACachedErrorIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("err.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCell c = wb.createSheet("Return").createRow(0).createCell(0);
            c.setCellFormula("1/0");
            c.setCellErrorValue(FormulaError.DIV0);
            ReturnsTestData.save(wb, file);
        }
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            CellReading r = CellValues.read(wb.getSheetAt(0).getRow(0).getCell(0), "err.xlsx", "Return", 0, 0);
            assertEquals(Kind.ERROR, r.kind());
            assertEquals("#DIV/0!", r.typed());
            assertNull(r.number());
        }
    }

    @Test
    void errorCellsInBothFormatsAreErrors() throws IOException {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb) {
                Cell c = wb.createSheet("Return").createRow(0).createCell(0);
                c.setCellErrorValue(FormulaError.REF.getCode());
                CellReading r = CellValues.read(c, "f", "Return", 0, 0);
                assertEquals(Kind.ERROR, r.kind());
                assertEquals("#REF!", r.typed());
            }
        }
    }

    @Test
    void formulaWithoutASavedResultIsNoResult() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCell c = wb.createSheet("Return").createRow(0).createCell(0);
            c.setCellFormula("A2*2");
            if (c.getCTCell().isSetV()) {
                c.getCTCell().unsetV();
            }
            CellReading r = CellValues.read(c, "f", "Return", 0, 0);
            assertEquals(Kind.NO_RESULT, r.kind());
            assertNull(r.number());
            assertEquals("", CellValues.format(c), "shown as nothing, never as 0");
            assertTrue(CellValues.noResult(c));
        }
    }

    @Test
    void twoFiguresInOneCellAreFoundWhateverTheWording() {
        assertEquals(new CellValues.OutOf(40, 43), CellValues.outOf("40 out of 43").orElseThrow());
        assertEquals(new CellValues.OutOf(40, 43), CellValues.outOf(" 40 of 43 ").orElseThrow());
        assertEquals(new CellValues.OutOf(40, 43), CellValues.outOf("40/43").orElseThrow());
        assertEquals(new CellValues.OutOf(1234, 1500), CellValues.outOf("1,234 Out Of 1,500 repaired").orElseThrow());
        assertTrue(CellValues.outOf("31/03/2025").isEmpty(), "a date is not two figures");
        assertTrue(CellValues.outOf("93.02% (40 out of 43)").isEmpty(), "a percentage with its counts is read as a guess");
        assertTrue(CellValues.outOf("40").isEmpty());
        assertTrue(CellValues.outOf("forty of forty-three").isEmpty());
    }

    @Test
    void percentSignsInQuotesOrEscapedAreNotPercentFormats() {
        assertTrue(CellValues.isPercentFormat("0.0%"));
        assertTrue(CellValues.isPercentFormat("#,##0%;[Red]-#,##0%"));
        assertFalse(CellValues.isPercentFormat("0.0\" %\""));
        assertFalse(CellValues.isPercentFormat("0\\%"));
        assertFalse(CellValues.isPercentFormat("General"));
        assertFalse(CellValues.isPercentFormat(null));
    }

    // ------------------------------------------------------------------ table cells at face value

    @Test
    void aTableCellIsReadAtFaceValue() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row r = wb.createSheet("T").createRow(6);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(0).setCellValue("Good\u00A0is ");
            r.createCell(1).setCellValue(0.05);
            r.getCell(1).setCellStyle(percent);
            r.createCell(2).setCellValue(LocalDate.of(2021, 12, 1));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(true);
            r.createCell(4).setCellErrorValue(FormulaError.REF.getCode());
            r.createCell(5).setCellFormula("1+1");
            r.createCell(6).setCellValue("1,234");

            CellValue text = CellValues.value(r.getCell(0), 6, 0);
            assertEquals(new CellValue("Good is", null, false, null, null, "A7"), text);
            CellValue share = CellValues.value(r.getCell(1), 6, 1);
            assertEquals(0.05, share.number());
            assertTrue(share.percent());
            assertEquals(5.0, share.asNumber().getAsDouble());
            assertEquals("5.0%", share.text());
            CellValue day = CellValues.value(r.getCell(2), 6, 2);
            assertNull(day.number());
            assertEquals(LocalDate.of(2021, 12, 1), day.date().toLocalDate());
            assertEquals("TRUE", CellValues.value(r.getCell(3), 6, 3).text());
            assertEquals("#REF!", CellValues.value(r.getCell(4), 6, 4).error());
            assertEquals(CellValue.NO_RESULT, CellValues.value(r.getCell(5), 6, 5).error());
            CellValue typed = CellValues.value(r.getCell(6), 6, 6);
            assertNull(typed.number());
            assertEquals(1234.0, typed.asNumber().getAsDouble());
            assertTrue(CellValues.value(null, 0, 0).blank());
            assertEquals("B1", CellValues.value(null, 0, 1).a1());
        }
    }
}
