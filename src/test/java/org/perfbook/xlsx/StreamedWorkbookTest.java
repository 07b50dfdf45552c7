package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Period;
import org.perfbook.model.Source;
import org.perfbook.pipeline.InputsFolder;
import org.perfbook.pipeline.Progress;
import org.perfbook.sample.SampleData;
import org.perfbook.sample.SampleWriter;
import org.perfbook.template.TemplateIdentity;
import org.perfbook.testing.ReturnsTestData;
import org.perfbook.testing.Slow;

/**
 * The streaming reader must read every workbook exactly as POI's usermodel does: the same sheets,
 * rows, cells (text, values, readings, formats, errors, formulas with no saved result), hidden rows
 * and sheets, merges and document properties.
 */
class StreamedWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateMadeReturnWithOddContentReadsTheSameBothWays() throws Exception {
        Path file = ReturnsTestData.template(dir, ReturnsTestData.HIGHWAYS);
        try (XSSFWorkbook wb = ReturnsTestData.open(file)) {
            Sheet s = wb.getSheetAt(0);
            oddContent(wb, s, 30);
            // properties of every type another program might save them with
            var custom = wb.getProperties().getCustomProperties();
            custom.addProperty("count", 12);
            custom.addProperty("rate", 0.1 + 0.2);
            custom.addProperty("flag", true);
            custom.addProperty("text", "  spaced  ");
            ReturnsTestData.save(wb, file);
        }
        try (Workbooks.Opened streamed = Workbooks.openStreamed(file, "r.xlsx")) {
            assertTrue(streamed.streamed());
            // the template's identity, in the custom properties and the very hidden sheet
            assertEquals(ReturnsTestData.HIGHWAYS, streamed.customProperty(TemplateIdentity.KEY_SERVICE));
            assertTrue(streamed.sheet(TemplateIdentity.SHEET).hidden());
            assertEquals("12", streamed.customProperty("count"));
            assertEquals("true", streamed.customProperty("flag"));
        }
        assertSameBothWays(file);
    }

    @Test
    void oddContentWrittenByAStreamingWriterWithInlineStringsReadsTheSameBothWays() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = Streaming.newWorkbook(100, false, false)) {
            Sheet s = wb.createSheet("Return");
            oddContent(wb, s, 0);
            Sheet hidden = wb.createSheet("Lists");
            hidden.createRow(0).createCell(0).setCellValue("kept");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.createSheet("Empty");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertSameBothWays(file);
    }

    @Test
    void aFormulaSavedWithoutItsResultIsStillSeenAsNoResult() throws Exception {
        Path file = dir.resolve("no-result.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Return");
            s.createRow(0).createCell(0).setCellFormula("B1*2");
            ReturnsTestData.save(wb, file);
        }
        try (Workbooks.Opened o = Workbooks.openStreamed(file, "no-result.xlsx")) {
            SheetRows rows = o.sheet(0);
            assertEquals(CellValue.NO_RESULT, rows.row(0).value(0).error());
            assertEquals(CellReading.Kind.NO_RESULT, rows.shownReading("f", 0, 0).kind());
            assertTrue(rows.shownFormula(0, 0));
        }
        assertSameBothWays(file);
    }

    @Test
    void aDamagedOrForeignPackageIsCorruptAsWithTheUsermodel() throws Exception {
        Path docx = dir.resolve("letter.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><document/>".getBytes());
        }
        try (Workbooks.Opened usermodel = Workbooks.open(docx, "letter.xlsx");
                Workbooks.Opened streamed = Workbooks.openStreamed(docx, "letter.xlsx")) {
            assertEquals(Workbooks.Problem.CORRUPT, usermodel.problem());
            assertEquals(Workbooks.Problem.CORRUPT, streamed.problem());
        }
    }

    /** Rows from {@code top}: every kind of cell a return can hold, some merged, some hidden. */
    static void oddContent(Workbook wb, Sheet s, int top) {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        CellStyle quotedPercent = wb.createCellStyle();
        quotedPercent.setDataFormat(wb.createDataFormat().getFormat("0\"%\""));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("\"£\"#,##0.00;[Red]-\"£\"#,##0.00"));
        CellStyle thousands = wb.createCellStyle();
        thousands.setDataFormat((short) 3); // built in: #,##0, not written to the styles part
        int r = top;
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(0.9302);
        row.getCell(0).setCellStyle(percent);
        row.createCell(1).setCellValue(93);
        row.getCell(1).setCellStyle(quotedPercent);
        row.createCell(2).setCellValue(LocalDateTime.of(2021, 12, 31, 0, 0));
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue(-300000.5);
        row.getCell(3).setCellStyle(money);
        row.createCell(4).setCellValue(1234567.891);
        row.getCell(4).setCellStyle(thousands);
        row.createCell(5).setCellValue(1.0E-12);
        row.createCell(6).setCellValue(123456789012345.0);
        row = s.createRow(r++);
        row.createCell(0).setCellValue("1,234");
        row.createCell(1).setCellValue("43%*");
        row.createCell(2).setCellValue("\u00A093.02% (40 out of 43)  ");
        row.createCell(3).setCellValue("n/a");
        row.createCell(4).setCellValue("#DIV/0!");
        // line breaks and a typed escape-like text (saved as _x000D_ and read back decoded), the same
        // shared string in several cells: each decoded as POI decodes it
        Row escapes = s.createRow(r++);
        escapes.createCell(0).setCellValue("first line\r\nsecond line");
        escapes.createCell(1).setCellValue("code _x0041_ typed");
        escapes.createCell(2).setCellValue("first line\r\nsecond line");
        escapes.createCell(3).setCellValue("n/a");
        row.createCell(5).setCellValue("£17.39m");
        row.createCell(6).setCellValue("");
        row.createCell(7); // blank cell that exists
        row = s.createRow(r++);
        row.createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
        row.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
        row.createCell(2).setCellValue(true);
        row.createCell(3).setCellValue(false);
        row.createCell(4).setCellFormula("A1*100");
        row.createCell(5).setCellFormula("\"x\"&\"y\"");
        row.createCell(6).setCellFormula("1/0");
        row.createCell(7).setCellFormula("1=1");
        row = s.createRow(r++);
        row.setZeroHeight(true);
        row.createCell(0).setCellValue("hidden row");
        row.createCell(1).setCellValue(42);
        row = s.createRow(r++);
        row.createCell(0).setCellValue("merged across");
        row.createCell(2).setCellValue("under the merge");
        s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum() + 2, 0, 2));
        r += 3; // rows under the merge that do not exist
        row = s.createRow(r++);
        if (wb instanceof XSSFWorkbook x) {
            XSSFFont bold = x.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("Bold and plain");
            rich.applyFont(0, 4, bold);
            row.createCell(0).setCellValue(rich);
        } else {
            row.createCell(0).setCellValue("Bold and plain");
        }
        row.createCell(300).setCellValue("far right");
        if (wb instanceof XSSFWorkbook) {
            // a cached result for some formulas, as Excel saves them; the rest keep none
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row f = s.getRow(top + 2);
            evaluator.evaluateFormulaCell(f.getCell(4));
            evaluator.evaluateFormulaCell(f.getCell(5));
            evaluator.evaluateFormulaCell(f.getCell(6));
            Row arrays = s.createRow(r++);
            s.setArrayFormula("A1:B1*2", new CellRangeAddress(arrays.getRowNum(), arrays.getRowNum(), 0, 1));
        }
    }

    /** Opens {@code file} both ways and compares every sheet cell by cell, over and around what exists. */
    static void assertSameBothWays(Path file) {
        String name = file.getFileName().toString();
        try (Workbooks.Opened usermodel = Workbooks.open(file, name);
                Workbooks.Opened streamed = Workbooks.openStreamed(file, name)) {
            assertTrue(usermodel.isOpen(), name);
            assertTrue(streamed.streamed(), name);
            assertFalse(usermodel.streamed(), name);
            assertEquals(usermodel.sheetNames(), streamed.sheetNames(), name);
            assertEquals(usermodel.savedAt(), streamed.savedAt(), name);
            for (String key : List.of(TemplateIdentity.KEY_FORMAT, TemplateIdentity.KEY_SERVICE, TemplateIdentity.KEY_PERIOD,
                    TemplateIdentity.KEY_INDICATORS, TemplateIdentity.KEY_BREAKDOWNS, "count", "rate", "flag", "text",
                    "no such property")) {
                assertEquals(usermodel.customProperty(key), streamed.customProperty(key), name + " " + key);
            }
            for (int i = 0; i < usermodel.sheetCount(); i++) {
                assertSameSheet(name, usermodel.sheet(i), streamed.sheet(i));
            }
        }
    }

    private static void assertSameSheet(String file, SheetRows a, SheetRows b) {
        String at = file + "!" + a.name();
        assertEquals(a.name(), b.name(), at);
        assertEquals(a.hidden(), b.hidden(), at);
        assertEquals(a.lastRow(), b.lastRow(), at);
        assertEquals(indices(a), indices(b), at);
        int width = 0;
        for (SheetRows.SheetRow ra : a.rows()) {
            SheetRows.SheetRow rb = b.row(ra.index());
            String rowAt = at + " row " + (ra.index() + 1);
            assertEquals(ra.hidden(), rb.hidden(), rowAt);
            assertEquals(ra.width(), rb.width(), rowAt);
            assertEquals(List.of(box(ra.columns())), List.of(box(rb.columns())), rowAt);
            assertEquals(ra.isBlank(), rb.isBlank(), rowAt);
            width = Math.max(width, ra.width());
            for (int c = 0; c <= ra.width(); c++) {
                String cell = rowAt + " column " + c;
                Source src = new Source(file, a.name(), "X1");
                assertEquals(ra.text(c), rb.text(c), cell);
                assertEquals(ra.value(c), rb.value(c), cell);
                assertEquals(ra.reading(c, src), rb.reading(c, src), cell);
            }
        }
        assertEquals(a.merges().isEmpty(), b.merges().isEmpty(), at);
        for (int r = -1; r <= a.lastRow() + 1; r++) {
            assertEquals(a.row(r) == null, b.row(r) == null, at + " row " + (r + 1));
            for (int c = -1; c <= Math.min(width, 40) + 1; c++) {
                String cell = at + " (" + r + ", " + c + ")";
                assertEquals(a.merges().regionAt(r, c), b.merges().regionAt(r, c), cell);
                assertEquals(a.shownText(r, c), b.shownText(r, c), cell);
                assertEquals(a.shownFormula(r, c), b.shownFormula(r, c), cell);
                if (r >= 0 && c >= 0) {
                    assertEquals(a.shownReading(file, r, c), b.shownReading(file, r, c), cell);
                }
            }
        }
    }

    private static List<Integer> indices(SheetRows s) {
        List<Integer> out = new ArrayList<>();
        s.rows().forEach(r -> out.add(r.index()));
        return out;
    }

    private static Integer[] box(int[] a) {
        return java.util.Arrays.stream(a).boxed().toArray(Integer[]::new);
    }

    @Test
    void anXlsIsOpenedWithTheUsermodel() throws Exception {
        Path xls = dir.resolve("old.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("Return").createRow(0).createCell(0).setCellValue("ID");
            try (var out = Files.newOutputStream(xls)) {
                wb.write(out);
            }
        }
        try (Workbooks.Opened o = Workbooks.openStreamed(xls, "old.xls")) {
            assertTrue(o.isOpen());
            assertFalse(o.streamed());
            assertEquals("ID", o.sheet(0).row(0).text(0));
            assertNull(o.customProperty(TemplateIdentity.KEY_SERVICE));
        }
    }

    /** Every workbook of the shipped sample, with the mistakes it carries on purpose. */
    @Slow
    @Test
    void everyWorkbookOfTheSampleReadsTheSameBothWays() throws Exception {
        InputsFolder folder = new InputsFolder(dir.resolve("sample"));
        SampleWriter.write(SampleData.load(), folder, Period.quarter(2019, 1), Period.quarter(2021, 3), 1, Progress.NONE);
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder.root())) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        assertTrue(files.size() > 100, "returns written: " + files.size());
        for (Path f : files) {
            assertSameBothWays(f);
        }
    }
}
