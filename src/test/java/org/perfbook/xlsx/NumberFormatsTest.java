package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The number formats of a styles part, read in one pass, are the ones POI's StylesTable gives. */
class NumberFormatsTest {

    private static byte[] stylesPart() throws Exception {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String f : new String[] {"0.0%", "£#,##0", "d mmm yyyy", "@", "0.00", "#,##0;[Red]-#,##0", "General"}) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
            }
            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            wb.write(saved);
        }
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(saved.toByteArray()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals("xl/styles.xml")) {
                    return z.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no styles part");
    }

    @Test
    void everyCellFormatHasPoisNumberFormat() throws Exception {
        byte[] part = stylesPart();
        StylesTable poi;
        try (InputStream in = new ByteArrayInputStream(part)) {
            poi = new StylesTable(in);
        }
        NumberFormats ours;
        try (InputStream in = new ByteArrayInputStream(part)) {
            ours = NumberFormats.read(in);
        }
        assertEquals(9, poi.getNumCellStyles(), "the default format and the eight made");
        for (int i = 0; i < poi.getNumCellStyles(); i++) {
            assertEquals(poi.getStyleAt(i).getDataFormat(), ours.at(i).getDataFormat(), "format id of " + i);
            assertEquals(poi.getStyleAt(i).getDataFormatString(), ours.at(i).getDataFormatString(), "format of " + i);
        }
        assertEquals("0.0%", ours.at(1).getDataFormatString());
        assertEquals("m/d/yy", ours.at(8).getDataFormatString(), "built-in format 14 as POI names it");
        assertNull(ours.at(poi.getNumCellStyles()), "an index the part does not have");
        assertThrows(UnsupportedOperationException.class, () -> ours.at(1).getFontIndex());
    }

    @Test
    void aPartTheSameAsOneReadBeforeGivesItsFormatsAndAnotherPartItsOwn() throws Exception {
        // returns made from one template share their styles part, which is read once; a part differing in one
        // format must not be taken for it
        byte[] part = stylesPart();
        byte[] other = new String(part, java.nio.charset.StandardCharsets.UTF_8).replace("0.0%", "0.00%")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NumberFormats first = NumberFormats.read(new ByteArrayInputStream(part));
        NumberFormats again = NumberFormats.read(new ByteArrayInputStream(part.clone()));
        NumberFormats changed = NumberFormats.read(new ByteArrayInputStream(other));
        assertSame(first, again);
        assertEquals("0.0%", again.at(1).getDataFormatString());
        assertEquals("0.00%", changed.at(1).getDataFormatString());
        assertEquals("£#,##0", changed.at(2).getDataFormatString());
    }
}
