package org.perfbook.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.template.TemplateLayout;
import org.perfbook.testing.ReturnsTestData;

/** What a return may hold is bounded, and every bound says what it left out, at its cell. */
class ReturnLimitsTest {

    private static final String[] HEADINGS = TemplateLayout.HEADINGS.toArray(String[]::new);
    private static final int COMMENTARY = TemplateLayout.HEADINGS.indexOf("Commentary");

    @TempDir
    Path dir;

    @Test
    void rowsFarBelowTheIndicatorsAreNotReadAndTheFirstOfThemIsNamed() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {
                {"HW-01", "Defects", null, "Percentage", "High", "95", null, 40, 43},
            });
            // a figure typed far down, past the limit (header on row 3, so data from row 4)
            var s = wb.getSheet("Return");
            ReturnsTestData.set(s, 2 + ReturnReader.MAX_ROWS, 0, "HW-02");
            ReturnsTestData.set(s, 2 + ReturnReader.MAX_ROWS, 9, 100);
            ReturnsTestData.set(s, 3 + ReturnReader.MAX_ROWS, 0, "HW-03");
            ReturnsTestData.set(s, 3 + ReturnReader.MAX_ROWS, 9, 200);
            p = ReturnsTestData.save(wb, dir.resolve("long.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "long.xlsx");
        assertTrue(f.readable());
        // the last row within the limit is read, the one after it is not
        assertEquals(List.of("HW-01", "HW-02"), f.rows().stream().map(ReturnRow::indicatorId).toList());
        List<Finding> tooLarge = f.findings().stream().filter(x -> x.is(FindingCode.TOO_LARGE)).toList();
        assertEquals(1, tooLarge.size(), f.findings().toString());
        String firstUnread = "A" + (ReturnReader.MAX_ROWS + 4);
        assertEquals(firstUnread, tooLarge.get(0).source().cell());
        assertTrue(tooLarge.get(0).message().contains("row " + String.format("%,d", ReturnReader.MAX_ROWS + 4)),
                tooLarge.get(0).message());
        assertEquals(Finding.Severity.ERROR, tooLarge.get(0).severity());
    }

    @Test
    void aMillionRowsAreReadOnlyToTheLimit() throws IOException {
        Path p = dir.resolve("filled-down.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            var s = wb.createSheet("Return");
            var h = s.createRow(2);
            for (int c = 0; c < HEADINGS.length; c++) {
                h.createCell(c).setCellValue(HEADINGS[c]);
            }
            for (int r = 3; r < 200_000; r++) {
                s.createRow(r).createCell(0).setCellValue("HW-01");
            }
            try (var out = java.nio.file.Files.newOutputStream(p)) {
                wb.write(out);
            }
            wb.dispose();
        }
        ReturnFile f = ReturnReader.read(p, "filled-down.xlsx");
        assertTrue(f.findings().stream().anyMatch(x -> x.is(FindingCode.TOO_LARGE)), f.findings().toString());
        assertTrue(f.rows().size() <= ReturnReader.MAX_ROWS, "rows read: " + f.rows().size());
    }

    @Test
    void commentaryLongerThanACellHoldsIsKeptWholeWithAWarningAtItsCell() throws IOException {
        String longText = "The service restructure explains the fall. ".repeat(800); // ~35,000 characters
        assertTrue(longText.length() > ReturnReader.MAX_TEXT);
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Object[] row = new Object[HEADINGS.length];
            row[0] = "HW-01";
            row[7] = 40;
            row[8] = 43;
            row[COMMENTARY] = "PLACEHOLDER";
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {row});
            p = ReturnsTestData.save(wb, dir.resolve("placeholder.xlsx"));
        }
        // Excel and POI refuse to type more than a cell holds; other tools write it, so put it in the XML
        p = withSharedString(p, "PLACEHOLDER", longText, dir.resolve("long-commentary.xlsx"));
        ReturnFile f = ReturnReader.read(p, "long-commentary.xlsx");
        assertEquals(longText.strip(), f.rows().get(0).commentary().strip());
        List<Finding> longs = f.findings().stream().filter(x -> x.is(FindingCode.LONG_TEXT)).toList();
        assertEquals(1, longs.size(), f.findings().toString());
        assertEquals(String.valueOf((char) ('A' + COMMENTARY)) + "4", longs.get(0).source().cell());
        assertEquals(Finding.Severity.WARNING, longs.get(0).severity());
    }

    private static Path withSharedString(Path in, String placeholder, String text, Path out) throws IOException {
        try (var zin = new java.util.zip.ZipFile(in.toFile());
                var zout = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(out))) {
            for (var e : zin.stream().toList()) {
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] bytes = zin.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(xml.contains(placeholder));
                    bytes = xml.replace(placeholder, text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        return out;
    }

    @Test
    void textHiddenUnderAMergedCommentaryIsAnErrorAtItsOwnCell() throws IOException {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Object[] first = new Object[HEADINGS.length];
            first[0] = "HW-01";
            first[7] = 40;
            first[8] = 43;
            Object[] second = first.clone();
            second[0] = "HW-02";
            second[7] = null;
            second[8] = null;
            second[9] = 300000;
            second[COMMENTARY] = "Spend is on profile.";
            ReturnsTestData.plainReturn(wb, HEADINGS, new Object[][] {first, second});
            // merged over both rows: Excel shows only the top cell, which is empty
            wb.getSheet("Return").addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 4, COMMENTARY, COMMENTARY));
            p = ReturnsTestData.save(wb, dir.resolve("merged-commentary.xlsx"));
        }
        ReturnFile f = ReturnReader.read(p, "merged-commentary.xlsx");
        List<Finding> merged = f.findings().stream().filter(x -> x.is(FindingCode.MERGED_INPUT)).toList();
        assertEquals(1, merged.size(), f.findings().toString());
        String cell = String.valueOf((char) ('A' + COMMENTARY)) + "5";
        assertEquals(cell, merged.get(0).source().cell());
        assertTrue(merged.get(0).message().contains("Spend is on profile."), merged.get(0).message());
        assertTrue(merged.get(0).isError());
    }
}
