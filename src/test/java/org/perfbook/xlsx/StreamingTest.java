package org.perfbook.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {

    @TempDir
    Path dir;

    @Test
    void aStreamingWorkbookIsWrittenAsPlainDatedZipEntries() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        SXSSFWorkbook wb = Streaming.newWorkbook(10, false, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Data");
            for (int r = 0; r < 50; r++) {
                sheet.createRow(r).createCell(0).setCellValue("row " + r);
            }
            wb.write(out);
        } finally {
            wb.close();
        }
        ZipEntries.assertPlainAndDated(file);
    }
}
