package org.perfbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that never leave half a file, nor the litter of a run that was killed. */
class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aKilledRunsTemporaryFileIsRemovedByTheNextWriteAndNothingElseIs() throws IOException {
        Path book = dir.resolve("performance-book-2021-22-Q3.xlsx");
        Path leftover = dir.resolve(FileNames.temporaryName(book.getFileName().toString(), UUID.randomUUID().toString()));
        Path othersTemp = dir.resolve(".performance-book-2021-22-Q3.xlsx.notes.tmp");
        Path otherFile = dir.resolve(FileNames.temporaryName("charts.xlsx", UUID.randomUUID().toString()));
        for (Path p : new Path[] {leftover, othersTemp, otherFile}) {
            Files.writeString(p, "half");
        }
        SafeFiles.write(book, out -> out.write("whole".getBytes()));
        assertEquals("whole", Files.readString(book));
        assertFalse(Files.exists(leftover), "the killed run's temporary file is gone");
        assertTrue(Files.exists(othersTemp), "a name not of perfbook's pattern is left alone");
        assertTrue(Files.exists(otherFile), "another file's temporary is left to its own next write");
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporary() throws IOException {
        Path f = dir.resolve("book.xlsx");
        Files.writeString(f, "previous");
        assertThrows(IOException.class, () -> SafeFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("previous", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void filesWrittenTogetherAppearTogetherOrNotAtAll() throws IOException {
        Path book = dir.resolve("out/performance-book.xlsx");
        Path report = dir.resolve("out/committee-report.docx");
        Files.createDirectories(book.getParent());
        Files.writeString(book, "last quarter's book");
        Files.writeString(report, "last quarter's report");
        try (SafeFiles.Together outputs = new SafeFiles.Together()) {
            Files.writeString(outputs.draft(book), "new book");
            Files.writeString(outputs.draft(report), "new report");
            // the build fails before committing, e.g. a chart could not be drawn
        }
        assertEquals("last quarter's book", Files.readString(book));
        assertEquals("last quarter's report", Files.readString(report));
        try (Stream<Path> files = Files.list(book.getParent())) {
            assertEquals(2, files.count(), "no draft is left behind");
        }
        try (SafeFiles.Together outputs = new SafeFiles.Together()) {
            Path draft = outputs.draft(book);
            assertEquals("last quarter's book", Files.readString(book), "a draft is not the file until committed");
            Files.writeString(draft, "new book");
            Files.writeString(outputs.draft(report), "new report");
            outputs.commit();
        }
        assertEquals("new book", Files.readString(book));
        assertEquals("new report", Files.readString(report));
        try (Stream<Path> files = Files.list(book.getParent())) {
            assertEquals(2, files.count());
        }
    }
}
