package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfbook.model.Period;
import org.perfbook.xlsx.ZipEntries;

/** The book file itself: a zip every spreadsheet program and zip reader opens. */
class BookFileTest {

    @Test
    void theBookHasPlainDatedZipEntries(@TempDir Path dir) throws Exception {
        Book empty = new Book(Period.quarter(2021, 3), ZonedDateTime.now(), "test", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Path file = dir.resolve("book.xlsx");
        BookWriter.write(empty, file);
        ZipEntries.assertPlainAndDated(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals("Summary", wb.getSheetName(0));
        }
    }
}
