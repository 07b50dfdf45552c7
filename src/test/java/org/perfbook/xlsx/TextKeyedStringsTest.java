package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;

/** Shared strings told apart by their text make the same workbook as POI's own table. */
class TextKeyedStringsTest {

    /** The same cells, plain and rich, repeated, spaced and escaped, into a workbook; its parts by name. */
    private static java.util.Map<String, byte[]> write(Supplier<SXSSFWorkbook> make) throws IOException {
        List<String> texts = List.of("On track / good", "Slightly below desired level", "On track / good", " spaced ",
                "spaced", "", "a & b < c > d \"e\"", "Requires improvement", "tab\there", "two\nlines", "\u00a3 1,200",
                "Slightly below desired level");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = make.get()) {
            Sheet s = wb.createSheet("Data");
            int r = 0;
            for (String t : texts) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(t);
                row.createCell(1).setCellValue(t);
            }
            // a rich string with the same text as a plain one stays a string of its own
            XSSFFont bold = (XSSFFont) wb.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("On track / good");
            rich.applyFont(0, 8, bold);
            s.createRow(r++).createCell(0).setCellValue(rich);
            XSSFRichTextString again = new XSSFRichTextString("On track / good");
            again.applyFont(0, 8, bold);
            s.createRow(r).createCell(0).setCellValue(again);
            Streaming.write(wb, out);
        }
        java.util.Map<String, byte[]> parts = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void theSameCellsMakeTheSamePartsAsWithPoisOwnTable() throws IOException {
        var ours = write(() -> Streaming.newWorkbook(100, false, true));
        var pois = write(() -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, true);
            Streaming.plainZip(wb);
            return wb;
        });
        assertEquals(pois.keySet(), ours.keySet());
        for (String part : pois.keySet()) {
            assertArrayEquals(pois.get(part), ours.get(part), part);
        }
        String strings = new String(ours.get("xl/sharedStrings.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, strings.contains("count=\"26\" uniqueCount=\"11\""), strings);
    }

    @Test
    void aNewStreamingWorkbookSharesItsTextThroughTheTextKeyedTable() throws IOException {
        try (SXSSFWorkbook wb = Streaming.newWorkbook(100, false, true)) {
            assertInstanceOf(TextKeyedStrings.class, wb.getXSSFWorkbook().getSharedStringSource());
        }
    }
}
