package org.perfbook.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.FindingCode;

/** A file far larger than a return is refused before it is inflated, with one plain finding. */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aSheetOfMoreThanTheLimitIsNotReadAndSaysWhy() throws Exception {
        Path small = dir.resolve("small.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(small)) {
            wb.createSheet("Return").createRow(0).createCell(0).setCellValue("ID");
            wb.write(out);
        }
        // the same workbook with its sheet filled far down: blank rows compress to almost nothing
        Path huge = dir.resolve("filled-down.xlsx");
        try (ZipFile in = new ZipFile(small.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(huge))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] row = "<row/>".getBytes();
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes());
                    for (long n = 0; n <= Workbooks.MAX_SHEET_BYTES / row.length; n++) {
                        out.write(row);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(huge) < Workbooks.MAX_FILE_BYTES, "small on disk: " + Files.size(huge));
        try (Workbooks.Opened opened = Workbooks.open(huge, "filled-down.xlsx")) {
            assertFalse(opened.isOpen());
            assertEquals(Workbooks.Problem.TOO_LARGE, opened.problem());
            assertTrue(opened.finding().is(FindingCode.TOO_LARGE));
            assertTrue(opened.finding().message().contains("filled down"), opened.finding().message());
        }
        try (Workbooks.Opened opened = Workbooks.open(small, "small.xlsx")) {
            assertTrue(opened.isOpen());
        }
    }
}
