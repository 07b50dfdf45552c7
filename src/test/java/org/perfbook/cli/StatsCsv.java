package org.perfbook.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The CSV tables the {@code stats} tests feed in and read back. */
final class StatsCsv {

    private StatsCsv() {
    }

    /** {@code content} saved as {@code input.csv} in {@code dir}. */
    static Path input(Path dir, String content) throws IOException {
        Path f = dir.resolve("input.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** What {@code stats} printed, as records by heading. */
    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
